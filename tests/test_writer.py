"""The writer: nothing outside output/, no partial site, stale files removed, unchanged files kept."""

from __future__ import annotations

import os
import random

import pytest

from archivist import writer
from archivist.errors import BuildFailed, UsageError
from archivist.manifest import TreeFiles, read_delta, read_manifest
from archivist.pipeline import build
from archivist.writer import MARKER, Publisher, check_output_dir, fingerprint, write_site

from .conftest import NOW, article, write_files


@pytest.mark.parametrize("path", ["../x.html", "a/../../x.html", "/etc/x", "a\\..\\x", "a/\x00/x", ""])
def test_paths_escaping_the_output_are_refused(tmp_path, path):
    output = tmp_path / "site" / "output"
    with pytest.raises(BuildFailed) as failed:
        write_site([("index.html", b"ok"), (path, b"evil")], output)
    assert "refusing to write outside the output folder" in str(failed.value.errors[0])
    assert not output.exists()
    assert list(tmp_path.rglob("*")) == []


def test_two_pages_claiming_one_path_is_an_error(tmp_path):
    with pytest.raises(BuildFailed) as failed:
        write_site([("a/index.html", b"1"), ("a/index.html", b"2")], tmp_path / "out")
    assert str(failed.value.errors[0]) == "a/index.html: output: two pages claim this path"


def test_nfd_paths_are_written_nfc(tmp_path):
    import unicodedata

    write_site([(unicodedata.normalize("NFD", "tags/인재/index.html"), b"x")], tmp_path / "out")
    assert (tmp_path / "out" / "tags" / "인재" / "index.html").exists()
    assert all(unicodedata.is_normalized("NFC", p.name) for p in (tmp_path / "out").rglob("*"))


def tree(folder):
    """Return {relative path: bytes} of the files under folder, without the manifest."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.name != MARKER}


def test_stale_files_are_removed_and_unchanged_files_keep_their_mtime(tmp_path):
    output = tmp_path / "out"
    write_site([("keep.html", b"same"), ("gone/index.html", b"old")], output)
    os.utime(output / "keep.html", (1_000_000, 1_000_000))
    write_site([("keep.html", b"same"), ("new.html", b"new")], output)
    assert tree(output) == {"keep.html": b"same", "new.html": b"new"}
    assert (output / "keep.html").stat().st_mtime == 1_000_000
    assert not (output / "gone").exists()


def test_successive_builds_alternate_trees_and_stay_exact(tmp_path):
    output = tmp_path / "out"
    versions = [
        {"a.html": b"1", "b/index.html": b"1"},
        {"a.html": b"2", "c/index.html": b"2"},
        {"a.html": b"2", "b/index.html": b"3"},
        {"d.html": b"4"},
        {"a.html": b"1", "b/index.html": b"1"},
    ]
    for version in versions:
        write_site(version.items(), output)
        assert tree(output) == version
    standby = tmp_path / ".out.standby"
    assert tree(standby) == versions[-2]


def test_a_build_that_dies_before_commit_leaves_the_live_site_and_is_repaired(tmp_path):
    output = tmp_path / "out"
    write_site([("a.html", b"1"), ("b.html", b"1")], output)
    publisher = Publisher(output)
    publisher.put("a.html", b"half-finished")
    del publisher  # the build dies here: no commit
    assert tree(output) == {"a.html": b"1", "b.html": b"1"}
    write_site([("a.html", b"2")], output)
    assert tree(output) == {"a.html": b"2"}
    write_site([("a.html", b"2"), ("b.html", b"3")], output)
    assert tree(output) == {"a.html": b"2", "b.html": b"3"}


def test_a_failed_build_links_its_standby_back_to_the_live_tree(tmp_path):
    output, standby = tmp_path / "out", tmp_path / ".out.standby"
    write_site([("a.html", b"1"), ("b.html", b"1"), ("old/c.html", b"1")], output)
    write_site([("a.html", b"2"), ("b.html", b"1")], output)  # the standby now holds old versions
    publisher = Publisher(output)
    publisher.put("a.html", b"3")
    publisher.put("new/d.html", b"3")
    (standby / "new" / ".d.html.tmp").write_bytes(b"half-writ")  # what a worker stopped mid-write leaves
    publisher.abandon()
    live = {path: os.stat(output / path).st_ino for path in tree(output)}
    assert {path: os.stat(standby / path).st_ino for path in tree(standby)} == live  # links, no bytes of their own
    assert sorted(p.name for p in standby.iterdir()) == [MARKER, "a.html", "b.html"]  # no folder left behind
    assert standby_as_noted(output) == read_manifest(output)  # trusted by the next build
    write_site([("a.html", b"2"), ("b.html", b"4")], output)
    assert tree(output) == {"a.html": b"2", "b.html": b"4"}


def test_a_failed_first_build_leaves_nothing(tmp_path):
    output = tmp_path / "out"
    publisher = Publisher(output)
    publisher.put("a.html", b"1")
    publisher.abandon()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def standby_as_noted(output):
    """Return the standby's files as the live manifest and the note beside it tell them, or None if not trusted."""
    before = read_delta(output, output.with_name(f".{output.name}.standby"))
    if before is None:
        return None
    known = TreeFiles(read_manifest(output), before)
    return {path: known.get(path) for path in known.paths()}


def test_the_note_beside_the_output_tells_the_standby_files_exactly(tmp_path, monkeypatch):
    output, rng = tmp_path / "out", random.Random(5)
    standby = tmp_path / ".out.standby"
    read = []
    monkeypatch.setattr(writer, "read_manifest", lambda tree: read.append(tree.name) or read_manifest(tree))
    for step in range(15):
        version = {f"p{n}.html": str(rng.randint(0, 2)).encode() for n in range(10) if rng.random() < 0.7}
        write_site(version.items(), output)
        assert tree(output) == version
        manifest = read_manifest(standby)
        assert standby_as_noted(output) == manifest == {path: fingerprint(data) for path, data in tree(standby).items()}
    assert set(read) == {"out"}  # the standby's own manifest was never loaded


@pytest.mark.parametrize("damage", ["note", "standby marker", "no note", "live manifest"])
def test_a_standby_the_note_does_not_match_is_rebuilt_whole(tmp_path, damage):
    output = tmp_path / "out"
    write_site([("a.html", b"1"), ("b.html", b"1")], output)
    write_site([("a.html", b"2"), ("c.html", b"2")], output)
    note = tmp_path / ".out.delta"
    if damage == "note":
        note.write_bytes(note.read_bytes()[:-3])
    elif damage == "no note":
        note.unlink()
    elif damage == "live manifest":
        (output / MARKER).write_bytes(b"not a manifest")
    else:
        (tmp_path / ".out.standby" / MARKER).unlink()
        (tmp_path / ".out.standby" / "a.html").write_bytes(b"stray")
    assert standby_as_noted(output) is None
    write_site([("a.html", b"1"), ("b.html", b"3")], output)
    assert tree(output) == {"a.html": b"1", "b.html": b"3"}
    expected = {"a.html": fingerprint(b"2"), "c.html": fingerprint(b"2")}
    if damage == "live manifest":  # the tree it replaced had no readable manifest: unknown until the next swap
        assert standby_as_noted(output) is None
        write_site([("a.html", b"4")], output)
        assert tree(output) == {"a.html": b"4"}
        expected = {"a.html": fingerprint(b"1"), "b.html": fingerprint(b"3")}
    assert standby_as_noted(output) == expected


def test_unchanged_files_are_the_same_inode_across_builds(tmp_path):
    output = tmp_path / "out"
    write_site([("same.html", b"x"), ("other.html", b"1")], output)
    inode = (output / "same.html").stat().st_ino
    for n in range(2, 5):
        write_site([("same.html", b"x"), ("other.html", str(n).encode())], output)
    assert (output / "same.html").stat().st_ino == inode


def test_output_that_is_or_contains_the_project_is_refused(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    for output in (tmp_path, content, tmp_path.parent):
        with pytest.raises(UsageError, match="it is or contains"):
            check_output_dir(output, [tmp_path, content])


def test_a_folder_not_made_by_archivist_is_not_replaced(tmp_path):
    precious = tmp_path / "precious"
    write_files(precious, {"thesis.docx": "years of work"})
    with pytest.raises(UsageError, match="not made by archivist"):
        check_output_dir(precious, [])
    check_output_dir(tmp_path / "new", [])


def snapshot(folder):
    """Return {relative path: (bytes, mtime)} of every file under folder."""
    return {p.relative_to(folder): (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_a_failed_build_leaves_the_previous_output_exactly(make_project):
    project = make_project({"a.md": article(date="2024-01-01")})
    build(project, now=NOW)
    before = snapshot(project.output)
    write_files(project.content, {"b.md": article(date="2024-13-01"), "a.md": article(title="바뀐 제목", date="2024-01-01")})
    with pytest.raises(BuildFailed):
        build(project, now=NOW)
    assert snapshot(project.output) == before


def test_deleted_article_pages_disappear(make_project):
    project = make_project({"a.md": article(date="2024-01-01"), "b.md": article(date="2024-01-02")})
    build(project, now=NOW)
    assert (project.output / "2024/01/b/index.html").exists()
    (project.content / "b.md").unlink()
    build(project, now=NOW)
    assert not (project.output / "2024/01/b").exists()
    assert (project.output / "2024/01/a/index.html").exists()


def test_slug_from_content_cannot_escape(make_project):
    project = make_project({"a.md": article(date="2024-01-01", slug='"../../../../etc"')})
    with pytest.raises(BuildFailed) as failed:
        build(project, now=NOW)
    assert "is not a valid slug" in str(failed.value.errors[0])
    assert not project.output.exists()
