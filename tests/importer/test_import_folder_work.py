"""A folder import's work done once: lines undone in the first pass only, slim records from the workers,
articles written in batches (each synced before it is named, never replacing a file, listed once named)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from archivist import newfiles
from archivist.faults import Fault
from archivist.importer import converter, dump_lines, pool, template

from test_import_pool import SENTENCE, tree


def temporaries(folder: Path) -> list[Path]:
    """Return the temporary files left under a folder."""
    return sorted(folder.rglob(".*.tmp"))


def test_a_batch_names_its_files_only_when_flushed(tmp_path):
    """Files added to a batch wait under temporary names; flush syncs and names them, in order."""
    batch, unsynced = newfiles.Batch(), set()
    paths = [tmp_path / "2024" / "03" / f"{n}.md" for n in range(3)]
    for n, path in enumerate(paths):
        batch.add(path, f"article {n}\n".encode())
    assert len(batch) == 3 and paths[1] in batch
    assert not any(path.exists() for path in paths) and len(temporaries(tmp_path)) == 3
    assert batch.flush(unsynced) == [(path, None) for path in paths]
    assert [path.read_text() for path in paths] == ["article 0\n", "article 1\n", "article 2\n"]
    assert temporaries(tmp_path) == [] and unsynced == {tmp_path / "2024" / "03"} and len(batch) == 0
    batch.close()


def test_a_name_taken_meanwhile_is_not_replaced(tmp_path):
    """A file made under the name between add and flush stays; the batch's file is reported, not linked."""
    batch = newfiles.Batch()
    batch.add(tmp_path / "a.md", b"mine\n")
    batch.add(tmp_path / "b.md", b"second\n")
    (tmp_path / "a.md").write_text("theirs\n")
    [(first, error), (second, ok)] = batch.flush(set())
    assert isinstance(error, FileExistsError) and ok is None
    assert (tmp_path / "a.md").read_text() == "theirs\n" and (tmp_path / "b.md").read_text() == "second\n"
    assert temporaries(tmp_path) == []


def full(handle):
    """Fail as a full disk does."""
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_fault_while_syncing_names_no_file(tmp_path, monkeypatch):
    """A full disk met while syncing (syncfs reports it, then the fsync of each file names it) leaves none of the
    batch's files, not even their temporaries."""
    batch = newfiles.Batch()
    for name in ("a.md", "b.md"):
        batch.add(tmp_path / name, b"text\n")
    monkeypatch.setattr(newfiles, "_syncfs", lambda: lambda handle: -1)
    monkeypatch.setattr(os, "fsync", full)
    outcomes = batch.flush(set())
    assert [path.name for path, _ in outcomes] == ["a.md", "b.md"]
    assert all(isinstance(error, Fault) and error.code == errno.ENOSPC for _, error in outcomes)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    batch.close()


def test_a_batch_is_synced_by_one_syncfs_of_its_file_system(tmp_path, monkeypatch):
    """Several new files are synced by one syncfs, not an fsync each; files on two file systems by an fsync each."""
    synced = []
    monkeypatch.setattr(newfiles, "_syncfs", lambda: lambda handle: synced.append(handle) or 0)
    monkeypatch.setattr(os, "fsync", full)
    batch, paths = newfiles.Batch(), [tmp_path / f"{n}.md" for n in range(3)]
    for path in paths:
        batch.add(path, b"text\n")
    assert batch.flush(set()) == [(path, None) for path in paths] and len(synced) == 1
    real_fstat = os.fstat
    monkeypatch.setattr(os, "fstat", lambda handle: os.stat_result(real_fstat(handle)[:2] + (handle,) + real_fstat(handle)[3:]))
    for path in paths:
        batch.add(path.with_suffix(".txt"), b"text\n")
    assert all(isinstance(error, Fault) for _, error in batch.flush(set())) and len(synced) == 1
    batch.close()


def test_the_file_system_is_synced_where_the_c_library_has_syncfs():
    """On Linux the C library's syncfs is found; elsewhere the files are synced one by one."""
    handle = os.open(".", os.O_RDONLY)
    try:
        assert newfiles.sync_file_system(handle) is (os.uname().sysname == "Linux")
    finally:
        os.close(handle)


def page(title: str, day: int, n: int) -> str:
    """Return a small Korean text dump with the given headline and day of March 2024."""
    return (f"홈\n{title}\n입력 2024.03.{day:02d} 05:00\n\n{SENTENCE.format(n=n, d=day)}\n\n"
            f"{SENTENCE.format(n=n + 1, d=day).replace('정부가', '산업부가')}\n홍길동 기자 hong@example.co.kr\n")


def test_articles_waiting_in_a_batch_keep_their_names_apart(run_import, tmp_path):
    """Two articles of one headline on two days of a month, in one batch, get two names (slug, slug-2),
    and are listed in the order of the folder."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for n, day in enumerate((3, 4, 5)):
        title = "반도체 지원 계획 발표" if n < 2 else "철강 지원 계획 발표"
        (pages / f"{n}.txt").write_text(page(title, day, n), encoding="utf-8")
    status, out, err = run_import(pages, "--content", "c", "--tags", "시험")
    assert status == 0 and "imported 3" in err
    written = [line.split()[1] for line in out.splitlines() if line.startswith("wrote ")]
    assert [Path(path).name for path in written] == ["bandoche-jiwon-gyehoek-balpyo.md",
                                                     "bandoche-jiwon-gyehoek-balpyo-2.md",
                                                     "cheolgang-jiwon-gyehoek-balpyo.md"]
    assert all(Path(tmp_path / path).is_file() for path in written) and temporaries(tmp_path / "c") == []


def test_a_full_disk_while_naming_a_batch_stops_the_import_with_one_line(run_import, tmp_path, monkeypatch):
    """A fault met while a batch is synced stops the import: one line, no article, no temporary file."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        (pages / f"{n}.txt").write_text(page(f"반도체 지원 {n}번째 계획 발표", 3 + n, n), encoding="utf-8")

    monkeypatch.setattr(newfiles, "_syncfs", lambda: lambda handle: -1)
    monkeypatch.setattr(os, "fsync", full)
    status, out, err = run_import(pages, "--content", "c", "--tags", "시험")
    assert status == 1 and "no space left on device" in err and "0 articles written whole" in err
    assert "Traceback" not in err and "wrote " not in out
    assert tree(tmp_path / "c") == {} and temporaries(tmp_path / "c") == []


def test_workers_send_back_only_the_lines_the_parent_reads(tmp_path):
    """Unless --explain lists them, a worker's record keeps only the dropped lines naming the outlet."""
    dump = tmp_path / "a.txt"
    dump.write_text(page("반도체 지원 계획 발표", 3, 1) + "많이 본 뉴스\n회사소개\nⓒ 예시일보 무단전재 및 재배포 금지\n",
                    encoding="utf-8")
    everything, slim = pool.extract_file(str(dump)), pool.extract_file(str(dump), explain=False)
    assert len(everything.dropped) > len(slim.dropped) == 1 and "ⓒ 예시일보" in slim.dropped[0].text
    assert (slim.title, slim.body, slim.reporters, slim.date) == \
        (everything.title, everything.body, everything.reporters, everything.date)


def wrapped_dump(n: int) -> str:
    """Return a text dump whose paragraphs a converter broke at 60 columns (lynx's way), with a menu."""
    body = " ".join(f"Officials said on day {n} that the plan number {k} would be reviewed again next week."
                    for k in range(12))
    lines, line = [], ""
    for word in body.split():
        if len(line) + 1 + len(word) > 60:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "Home\n  * World\n  * Business\nPlan %d under review\nPublished 2024-03-%02d\n\n%s\n%s\n" % (
        n, 1 + n, "\n".join(lines), line)


def test_the_first_pass_hands_its_undone_lines_to_the_extraction(tmp_path, monkeypatch):
    """A folder's dumps are undone once: a worker's first pass keeps their lines, and the extraction reading
    them gives the very record it gives undoing the dump itself."""
    names = []
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text(wrapped_dump(n), encoding="utf-8")
        names.append(str(tmp_path / f"{n}.txt"))
    passed = [pool._template_pass(pool.Budget(pool.UNDONE_CHARS), name) for name in names]
    learnt = pool._learn([told for told, _ in passed])
    assert {name: learnt[kept[0]] for name, (_, kept) in zip(names, passed) if learnt.get(kept[0])} == \
        template.templates(names)
    text = (tmp_path / "0.txt").read_text(encoding="utf-8")
    assert passed[0][1][1].split("\n") == converter.undo(template.split_lines(text))
    before = [pool.extract_file(name, learnt.get(kept[0], frozenset())) for name, (_, kept) in zip(names, passed)]

    def undo_again(lines):
        raise AssertionError("lines undone twice")

    monkeypatch.setattr(dump_lines.converter, "undo", undo_again)
    after = [pool._extract_pass((), True, name, kept, learnt) for name, (_, kept) in zip(names, passed)]
    assert [vars(record) for record in after] == [vars(record) for record in before]
    assert "reviewed again next week. Officials said" in before[0].body  # the wrapped lines were joined


def test_a_worker_keeps_undone_lines_only_while_its_budget_lasts(tmp_path):
    """Past its budget a worker keeps no more undone lines: the extraction undoes those pages itself."""
    names = []
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(wrapped_dump(n), encoding="utf-8")
        names.append(str(tmp_path / f"{n}.txt"))
    size = len(pool._template_pass(pool.Budget(pool.UNDONE_CHARS), names[0])[1][1])
    budget = pool.Budget(2 * size + 10)
    kept = [pool._template_pass(budget, name)[1][1] for name in names]
    assert [text is not None for text in kept] == [True, True, False]
    assert pool._template_pass(budget, str(tmp_path / "page.html"))[1] == ("", None)
