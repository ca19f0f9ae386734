"""The search index in a built site: what an edit rewrites, and that it equals a clean build."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from archivist.config import Config
from archivist.load import Parser
from archivist.pipeline import Options, Project, build
from archivist.search.heads import covering
from archivist.search.reader import IndexReader, parse_script
from archivist.search.store import decode_keys

from .conftest import NOW, REPO
from .test_incremental import random_article, tree

CONFIG = Config(base_url="https://example.org/", page_size=5)
INDEX_KEYED = ("search/k/", "search/h/")  # key shards and heads files: checked by the asserts below


@pytest.fixture(autouse=True)
def small_shards(monkeypatch):
    """Cut the index into small shards, so that a small site has many."""
    monkeypatch.setattr("archivist.search.outputs.SHARD_BYTES", 600)


def make_site(tmp_path: Path, count: int = 80) -> tuple[Project, Path]:
    """Write count articles and build them with a cache; return the project and the content folder."""
    rng = random.Random(11)
    content = tmp_path / "content"
    content.mkdir()
    for n in range(count):
        words = " ".join("".join(chr(rng.randrange(0xAC00, 0xD7A4)) for _ in range(3)) for _ in range(30))
        text = random_article(rng, f"기사 {n} 반도체 시장").replace("draft: true\n", "") + "\n" + words + "\n"
        (content / f"a{n:03d}.md").write_text(text, encoding="utf-8")
    project = Project(content, REPO / "templates", tmp_path / "out", CONFIG, cache=tmp_path / "cache")
    build(project, Options(jobs=1), now=NOW)
    return project, content


def search_files(output: Path) -> dict[str, bytes]:
    """Return the search index files of a built site by path."""
    return {path: data for path, data in tree(output).items() if path.startswith("search/") and path.endswith(".js")}


def shard_keys(files: dict[str, bytes]) -> dict[str, list[str]]:
    """Return the keys of every key shard file."""
    return {path: parse_script(data)[1]["k"] for path, data in files.items() if path.startswith("search/k/")}


def keys_of(path: Path) -> dict[str, int]:
    """Return the index keys of one article file, as the parse workers compute them."""
    return decode_keys(Parser(CONFIG).parse(path.name, path.read_bytes()).search)


def edit_and_compare(tmp_path: Path, project: Project, target: Path, text: str) -> tuple[dict, dict, set[str]]:
    """Edit target, rebuild; check the output equals a clean build; return (before, after, changed keys)."""
    before_files = search_files(project.output)
    old = keys_of(target)
    target.write_text(text, encoding="utf-8")
    new = keys_of(target)
    build(project, Options(jobs=1), now=NOW)
    clean = Project(project.content, project.templates, tmp_path / "clean", CONFIG)
    build(clean, Options(jobs=1, clean=True), now=NOW)
    assert tree(project.output) == tree(clean.output)
    changed = {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
    return before_files, search_files(project.output), changed


def utf16(key: str) -> bytes:
    """Return the index's sort key of an index key."""
    return key.encode("utf-16-be")


def assert_only_touched_shards_changed(before: dict, after: dict, changed: set[str]) -> None:
    """Check that every rewritten shard spans a changed key or starts right after one, and that few were."""
    assert changed
    new = {path: keys for path, keys in shard_keys(after).items() if path not in before}
    every_key = sorted({key for keys in [*shard_keys(before).values(), *shard_keys(after).values()] for key in keys},
                       key=utf16)
    follows = {every_key[i + 1] for i, key in enumerate(every_key[:-1]) if key in changed}
    for path, keys in new.items():
        spans = any(utf16(keys[0]) <= utf16(key) <= utf16(keys[-1]) for key in changed)
        assert spans or keys[0] in follows, path
    holding = {path for path, keys in shard_keys(after).items() if set(keys) & changed}
    assert len(new) <= 2 * len(holding) + 2
    assert len(new) < len(shard_keys(after)) / 2


def assert_only_heads_over_new_shards_changed(before: dict, after: dict) -> None:
    """Check that an initial consonant's heads file is new only where a shard holding its keys is new."""
    shards = sorted(((keys[0], keys[-1], path[len("search/"):-3]) for path, keys in shard_keys(after).items()),
                    key=lambda triple: utf16(triple[0]))
    new = {name for _, _, name in shards if f"search/{name}.js" not in before}
    heads = IndexReader(list(after.items())).manifest["heads"]
    rewritten = [initial for initial, name in enumerate(heads) if name and f"search/{name}.js" not in before]
    assert all(set(covering(shards, initial)) & new for initial in rewritten)
    assert len(rewritten) < len(list(filter(None, heads)))


def test_a_body_edit_rewrites_its_shards_its_text_and_the_manifest_only(tmp_path):
    project, content = make_site(tmp_path)
    target = content / "a017.md"
    text = target.read_text(encoding="utf-8") + "\n대규모언어모델 경쟁이 새로운 국면에 들어섰다.\n"
    before, after, changed = edit_and_compare(tmp_path, project, target, text)
    assert_only_touched_shards_changed(before, after, changed)
    assert_only_heads_over_new_shards_changed(before, after)
    rewritten = {path for path in after if before.get(path) != after[path] and not path.startswith(INDEX_KEYED)}
    assert rewritten == {"search/manifest.js", next(p for p in rewritten if p.startswith("search/d/"))}
    assert "대규모언어모델" in after[next(p for p in rewritten if p.startswith("search/d/"))].decode()


def test_a_title_and_tag_edit_rewrites_its_shards_result_files_and_filters(tmp_path):
    project, content = make_site(tmp_path)
    target = content / "a040.md"
    lines = target.read_text(encoding="utf-8").split("\n")
    lines[1] = 'title: "쟁탈전이 벌어진 새 제목"'
    lines[4] = "tags: [인재, 새태그]"
    before, after, changed = edit_and_compare(tmp_path, project, target, "\n".join(lines))
    assert_only_touched_shards_changed(before, after, changed)
    assert_only_heads_over_new_shards_changed(before, after)
    rewritten = {path.split("/")[1] if path.count("/") > 1 else path
                 for path in after if before.get(path) != after[path] and not path.startswith(INDEX_KEYED)}
    assert rewritten <= {"search/manifest.js", "search/filters.js", "d", "c", "f"}
    assert {"d", "c", "search/filters.js"} <= rewritten


def test_a_new_newest_article_appends_without_renumbering(tmp_path):
    project, content = make_site(tmp_path, count=30)
    before = search_files(project.output)
    (content / "new.md").write_text('---\ntitle: "가장 새로운 기사"\nreporter: 김기자\ndate: 2025-06-01\n---\n\n앤스로픽 소식.\n',
                                    encoding="utf-8")
    build(project, Options(jobs=1), now=NOW)
    after = search_files(project.output)
    old_docs = {path for path in before if path.startswith("search/d/")}
    assert all(after[path] == before[path] for path in old_docs)
    reader = IndexReader(list(after.items()))
    assert reader.search("앤스로픽") == {30}


def test_every_file_the_manifest_names_is_in_the_site_and_the_example_is_found(tmp_path):
    project = Project(REPO / "content", REPO / "templates", tmp_path / "out", CONFIG)
    build(project, now=NOW)
    files = search_files(project.output)
    reader = IndexReader(list(files.items()))
    assert all(f"search/{name}.js" in files for _, name in reader.manifest["shards"])
    assert all(f"search/{name}.js" in files for name in reader.manifest["heads"] if name)
    for query in ("앤스로픽", "저커버그", "쟁탈전", "반도체"):
        found = reader.search(query)
        assert found and reader.doc(min(found))["u"] == "2024/03/ai-engineer-talent-war/index.html", query
    assert (project.output / "search" / "index.html").exists()


def test_a_title_only_edit_updates_its_card_like_a_clean_build(tmp_path):
    project, content = make_site(tmp_path)
    target = content / "a063.md"
    lines = target.read_text(encoding="utf-8").split("\n")
    lines[1] = 'title: "저커버그가 고친 제목"'
    before, after, changed = edit_and_compare(tmp_path, project, target, "\n".join(lines))
    assert_only_touched_shards_changed(before, after, changed)
    assert_only_heads_over_new_shards_changed(before, after)
    rewritten = {path for path in after if before.get(path) != after[path] and not path.startswith(INDEX_KEYED)}
    assert {p.split("/")[1] for p in rewritten if p.count("/") > 1} == {"d", "c"}
    reader = IndexReader(list(after.items()))
    assert [reader.doc(n)["t"] for n in reader.search("저커버그")] == ["저커버그가 고친 제목"]
    (number,) = reader.search("저커버그")
    assert [p for p in rewritten if p.startswith("search/c/")] == [f"search/c/{number}.js"]
    assert not [p for p in after if p.startswith("search/r/")]
