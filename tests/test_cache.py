"""The build cache's writes are all-or-nothing, even when the process dies in the middle of one."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest

from archivist.incremental.cache import BuildCache, CacheState
from archivist.search.store import SearchMeta, SearchStore, pack_shard


class DyingRows(dict):
    """A dict whose items() kills this process after giving `survive` rows (a build SIGKILLed mid-save)."""

    def __init__(self, rows: dict, survive: int):
        super().__init__(rows)
        self.survive = survive

    def items(self):
        """Yield the rows, dying after the first `survive` of them were handed to SQLite."""
        for index, row in enumerate(super().items()):
            if index == self.survive:
                os.kill(os.getpid(), signal.SIGKILL)
            yield row


def die_in_child(work) -> None:
    """Run work in a forked child that is expected to SIGKILL itself; fail if it does not."""
    pid = os.fork()
    if pid == 0:
        try:
            work()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def shards_of(names: list[str]) -> dict[str, bytes]:
    """Return cache rows of one-key shards with these names."""
    return {name: pack_shard([name], {name: [1]}) for name in names}


def meta_of(names: list[str]) -> SearchMeta:
    """Return a meta listing these shards."""
    return SearchMeta(("2024/a/",), ("d1",), tuple((name, name, name) for name in names), 4096)


def test_a_search_save_killed_midway_leaves_the_previous_index(tmp_path: Path):
    cache = BuildCache(tmp_path, "v1")
    old = [f"k/old{i}" for i in range(5)]
    SearchStore(cache.db).save(meta_of(old), shards_of(old))
    new = [f"k/new{i}" for i in range(5)]

    def killed_save() -> None:
        child = BuildCache(tmp_path, "v1")
        SearchStore(child.db).save(meta_of(new), DyingRows(shards_of(new), survive=2))

    die_in_child(killed_save)
    store = SearchStore(BuildCache(tmp_path, "v1").db)
    assert store.meta() == meta_of(old)
    for name in old:
        assert store.shard(name) == ([name], {name: [1]})


def test_a_search_save_that_completes_drops_the_shards_it_no_longer_has(tmp_path: Path):
    store = SearchStore(BuildCache(tmp_path, "v1").db)
    store.save(meta_of(["k/a", "k/b"]), shards_of(["k/a", "k/b"]))
    store.save(meta_of(["k/b", "k/c"]), shards_of(["k/c"]))
    assert store.meta() == meta_of(["k/b", "k/c"])
    assert {name for (name,) in store.db.execute("SELECT name FROM search_shards")} == {"k/b", "k/c"}


def test_a_quick_build_save_killed_midway_leaves_the_previous_state(tmp_path: Path):
    cache = BuildCache(tmp_path, "v1")
    cache.save_pages(CacheState(pages={"a/index.html": "key-a", "b/index.html": "key-b"}, stamp=("s1",)), {}, 2)
    pages = {f"p{i}/index.html": f"new-{i}" for i in range(6)}

    def killed_save() -> None:
        child = BuildCache(tmp_path, "v1")
        child.save_edits({"a.md": (1, 2, "d2")}, DyingRows(pages, survive=3), ["b/index.html"], [], {})

    die_in_child(killed_save)
    after = BuildCache(tmp_path, "v1")
    assert after.pages() == {"a/index.html": "key-a", "b/index.html": "key-b"}
    assert after.sources() == {}
    assert after.stamp() == ("s1",) and after.published() == 2


def test_a_failed_write_rolls_back_and_the_connection_stays_usable(tmp_path: Path):
    cache = BuildCache(tmp_path, "v1")
    cache.save_pages(CacheState(pages={"a/index.html": "key-a"}, stamp=("s1",)), {}, 1)
    bad = {"b/index.html": "key-b", "c/index.html": object()}  # the second row cannot be stored
    with pytest.raises(sqlite3.ProgrammingError):
        cache.save_pages(CacheState(pages=bad, stamp=("s2",)), {"a/index.html": "key-a"}, 2)
    assert cache.pages() == {"a/index.html": "key-a"} and cache.stamp() == ("s1",)
    cache.save_stamp(("s3",))
    assert BuildCache(tmp_path, "v1").stamp() == ("s3",)


def test_a_version_change_empties_every_table(tmp_path: Path):
    cache = BuildCache(tmp_path, "v1")
    cache.save_pages(CacheState(pages={"a/index.html": "key-a"}, stamp=("s1",)), {}, 1)
    SearchStore(cache.db).save(meta_of(["k/a"]), shards_of(["k/a"]))
    cache.close()
    other = BuildCache(tmp_path, "v2")
    assert other.pages() == {} and other.stamp() is None and SearchStore(other.db).meta() is None


def test_read_ahead_reads_the_next_keys_of_its_order_in_one_call_and_an_unlisted_key_alone():
    from archivist.incremental.cache import ReadAhead

    calls = []

    def read(keys):
        calls.append(list(keys))
        return {key: key.upper() for key in keys if key != "gone"}

    ahead = ReadAhead(read, ["a", "b", "c", "d", "e"], size=2)
    assert [ahead(key) for key in "abcde"] == ["A", "B", "C", "D", "E"]
    assert calls == [["a", "b"], ["c", "d"], ["e"]]
    assert ahead("z") == "Z" and calls[-1] == ["z"]
    with pytest.raises(KeyError):
        ahead("gone")
