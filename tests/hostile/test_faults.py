"""Faults of the machine, caused for real: a full disk, a read-only folder, too many open files, a damaged cache.

Each output or content folder lives on its own small tmpfs (mounted here; CI runs as root), sized to hold the
first build but not a rewrite of every page. For each fault: one line on stderr, exit 1, no traceback, the
live output unchanged (every file hashed), the free space what it was, and once the fault is cleared the
next run succeeds and gives exactly what a clean run gives.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from archivist.manifest import MARKER, read_manifest

from ..conftest import REPO
from .test_import_interrupt import check_articles, page
from .test_interrupt import snapshot

SITE = "title: 고장\nbase_url: https://example.org/a/\n"
OTHER_BASE = "https://example.org/b/"  # a new base URL rewrites every page


def unavailable(reason: str) -> None:
    """Skip outside CI, fail in CI (it runs as root and must run these tests)."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@contextmanager
def changed(folder: Path, command: list[str], undo: list[str]):
    """Run a root command on folder for the block (skip outside CI when refused), and its undo after, whatever happened."""
    if os.geteuid() != 0:
        unavailable(f"{command[0]} needs root (CI runs as root)")
    done = subprocess.run([*command, str(folder)], capture_output=True, text=True)
    if done.returncode:
        unavailable(f"{' '.join(command)} is not permitted here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run([*undo, str(folder)], check=False)


def tmpfs(folder: Path, size: str = "16m"):
    """Mount a tmpfs of this size on folder for the block; unmount it after."""
    folder.mkdir(parents=True, exist_ok=True)
    return changed(folder, ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs"], ["umount", "-l"])


def remount(folder: Path, options: str) -> None:
    """Remount a tmpfs with new options (size=…, ro, rw)."""
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


def used(folder: Path) -> int:
    """Return the bytes in use on the file system of folder."""
    stat = os.statvfs(folder)
    return (stat.f_blocks - stat.f_bfree) * stat.f_frsize


def free(folder: Path) -> int:
    """Return the bytes free on the file system of folder."""
    stat = os.statvfs(folder)
    return stat.f_bavail * stat.f_frsize


def tighten(folder: Path, share: float) -> None:
    """Shrink a tmpfs to what it holds now and `share` of that again."""
    remount(folder, f"size={int(used(folder) * (1 + share)) // 4096 * 4096}")


def project(root: Path, count: int = 50) -> Path:
    """Write site.yaml and a synthetic content/ of `count` articles into root; return root."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "site.yaml").write_text(SITE, encoding="utf-8")
    subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_corpus.py"), str(root / "content"), "--count",
                    str(count)], check=True, capture_output=True)
    return root


def build(root: Path, output: Path, *extra: str, limit: int | None = None, config: Path | None = None,
          ) -> subprocess.CompletedProcess:
    """Run `build.py build` of root's content into output (open files limited to `limit`)."""
    argv = [sys.executable, str(REPO / "build.py"), "build", "--config", str(config or root / "site.yaml"),
            "--content", str(root / "content"), "--output", str(output), "--jobs", "2", *extra]
    limited = None if limit is None else lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))
    return subprocess.run(argv, capture_output=True, text=True, timeout=300, preexec_fn=limited)


def reference(root: Path, *extra: str) -> dict[str, str]:
    """Return the files of a clean build of root with these options (made on the ordinary disk)."""
    target = root / "reference" / str(abs(hash(extra)))
    shutil.rmtree(target, ignore_errors=True)
    done = build(root, target, *extra)
    assert done.returncode == 0, done.stderr
    return snapshot(target)


def one_fault(done: subprocess.CompletedProcess, pattern: str) -> str:
    """Assert a run failed with exactly one line on stderr matching pattern and no traceback; return the line."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    lines = [line for line in re.split(r"[\r\n]+", done.stderr) if line.strip() and not progress_bar(line)]
    assert len(lines) == 1 and re.fullmatch(pattern, lines[0]), lines
    return lines[0]


def progress_bar(line: str) -> bool:
    """Return whether a stderr piece is the importer's progress bar (tqdm)."""
    return bool(re.search(r"\d+/\d+ \[[\d:<?]+", line))


def same_site(output: Path, other: Path) -> bool:
    """Return whether two outputs hold the same bytes, the manifest read as the file list it is
    (an incremental build lists the files in another order)."""
    mine, theirs = snapshot(output), snapshot(other)
    return (read_manifest(output) == read_manifest(other) and mine.pop(MARKER) and theirs.pop(MARKER)
            and mine == theirs)


def leftovers(folder: Path) -> list[str]:
    """Return temporary or partial files a failed run left in a tree."""
    return [str(p) for p in folder.rglob("*") if p.name.endswith((".tmp", ".partial")) or "probe" in p.name]


def assert_rebuilt(root: Path, output: Path, expected: dict[str, str], config: Path | None = None) -> None:
    """Assert that the build the fault stopped, run again once it is cleared, gives the clean build's files."""
    done = build(root, output, "--base-url", OTHER_BASE, config=config)
    assert done.returncode == 0, done.stderr
    assert snapshot(output) == expected


@pytest.fixture
def site(tmp_path) -> tuple[Path, dict[str, str]]:
    """Return a 50-article project and the files of its clean build with the other base URL."""
    root = project(tmp_path / "site")
    return root, reference(root, "--base-url", OTHER_BASE)


def built_into(root: Path, output: Path) -> Path:
    """Build root into output (it must succeed); return output."""
    done = build(root, output)
    assert done.returncode == 0, done.stderr
    return output


def test_full_disk_during_a_full_rebuild(site, tmp_path):
    root, expected = site
    with tmpfs(tmp_path / "disk") as disk:
        output = built_into(root, disk / "output")
        tighten(disk, 0.2)
        live, room = snapshot(output), free(disk)
        done = build(root, output, "--base-url", OTHER_BASE)
        one_fault(done, r"output: no space left on device while writing .*output/\S+; free some space or build "
                        r"elsewhere; the output folder was left as it was")
        assert snapshot(output) == live
        assert free(disk) == room, "the failed build left files behind"
        assert leftovers(disk) == []
        remount(disk, "size=16m")
        assert_rebuilt(root, output, expected)


def test_full_disk_in_the_build_cache(site, tmp_path):
    root, expected = site
    before = reference(root)
    output = tmp_path / "output"
    with tmpfs(tmp_path / "disk") as disk:
        config = disk / "site.yaml"  # the cache folder is made beside the settings file
        shutil.copy(root / "site.yaml", config)
        assert build(root, output, config=config).returncode == 0
        assert (disk / ".archivist-cache").is_dir()
        tighten(disk, 0.3)
        room = free(disk)
        done = build(root, output, "--base-url", OTHER_BASE, "--clean", config=config)
        line = one_fault(done, r"cache: no space left on device while writing \S+cache\.sqlite; free some space or "
                               r"build elsewhere; (the output folder was left as it was|the site was published.*)")
        assert snapshot(output) == (before if line.endswith("left as it was") else expected)
        assert free(disk) == room and leftovers(disk) == []
        remount(disk, "size=16m")
        assert_rebuilt(root, output, expected, config=config)


def test_read_only_output_folder(site, tmp_path):
    root, expected = site
    with tmpfs(tmp_path / "disk") as disk:
        output = built_into(root, disk / "output")
        live, room = snapshot(output), free(disk)
        remount(disk, "ro")
        done = build(root, output, "--base-url", OTHER_BASE)
        one_fault(done, r"output: read-only file system while opening \S+\.output\.lock; remount it read-write or "
                        r"build elsewhere; the output folder was left as it was")
        remount(disk, "rw")
        assert snapshot(output) == live and free(disk) == room
        assert_rebuilt(root, output, expected)


def immutable(folder: Path):
    """Make a folder immutable (chattr +i: even root may not rename it or change its entries) for the block."""
    return changed(folder, ["chattr", "+i"], ["chattr", "-i"])


def test_output_folder_that_may_not_be_replaced(site, tmp_path):
    """The whole next site is written beside the output, then the swap is refused: the standby is linked back."""
    root, expected = site
    output = built_into(root, tmp_path / "output")
    live = snapshot(output)
    with immutable(output):
        done = build(root, output, "--base-url", OTHER_BASE)
    one_fault(done, r"output: operation not permitted while writing \S+; make the folder writable for this user or "
                    r"build elsewhere; the output folder was left as it was")
    assert snapshot(output) == live
    standby = tmp_path / ".output.standby"
    same = {str(p.relative_to(standby)): p.stat().st_ino for p in standby.rglob("*") if p.is_file()}
    assert same == {str(p.relative_to(output)): p.stat().st_ino for p in output.rglob("*") if p.is_file()}
    assert leftovers(tmp_path) == []
    assert_rebuilt(root, output, expected)


def test_too_many_open_files(site, tmp_path):
    """Builds with open files limited to 7 … 20: each builds the site or says so in one line, the site whole."""
    root, expected = site
    first = reference(root)
    output = built_into(root, tmp_path / "output")
    failed = []
    for limit in (7, 10, 14, 20):  # each runs out somewhere else: the cache, a content file, the workers
        done = build(root, output, "--base-url", OTHER_BASE, limit=limit)
        if done.returncode == 0:
            assert snapshot(output) == expected
            built_into(root, output)  # back to the first site for the next limit
            continue
        one_fault(done, r"\w+: too many open files while [^;]+; raise the limit \(ulimit -n\) or use fewer processes "
                        r"\(--jobs 1 or ARCHIVIST_JOBS=1\); the output folder was left as it was")
        assert snapshot(output) == first, f"limit {limit}"
        failed.append(limit)
    assert failed, "no limit made the build run out of open files"
    done = build(root, output, "--base-url", OTHER_BASE)
    assert done.returncode == 0 and snapshot(output) == expected


def serve(root: Path, output: Path) -> tuple[subprocess.Popen, list[str]]:
    """Start `build.py serve` of root into output; return the process and the list its output lines fill."""
    process = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", "--port", "0", "--output",
                                str(output), "--jobs", "2"], cwd=root, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(process.stdout.readline, "")), daemon=True).start()
    return process, lines


def wait_for(lines: list[str], pattern: str, after: int = 0, seconds: float = 60) -> str:
    """Wait until a line from `after` on matches pattern; return it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for line in lines[after:]:
            if re.search(pattern, line):
                return line
        time.sleep(0.1)
    raise AssertionError(f"no line matching {pattern!r} in {lines[after:]}")


def test_full_disk_during_a_rebuild_in_serve(tmp_path):
    root = project(tmp_path / "site")
    shutil.copytree(REPO / "templates", root / "templates")
    with tmpfs(tmp_path / "disk") as disk:
        output = disk / "output"
        process, lines = serve(root, output)
        try:
            wait_for(lines, r"Serving ")
            tighten(disk, 0.2)
            live, room, seen = snapshot(output), free(disk), len(lines)
            base = root / "templates" / "base.html"
            base.write_text(base.read_text(encoding="utf-8").replace("</body>", "<!-- 고침 --></body>"), encoding="utf-8")
            wait_for(lines, r"build failed", seen)
            time.sleep(1)  # nothing more should follow the one line
            said = "".join(lines[seen:])
            assert "Traceback" not in said
            assert re.fullmatch(r"\[[\d:]+\] build failed: output: no space left on device while writing \S+; free "
                                r"some space or build elsewhere; still serving the last good site\n", said), said
            assert snapshot(output) == live and free(disk) == room and leftovers(disk) == []
            remount(disk, "size=16m")
            seen = len(lines)
            base.write_text(base.read_text(encoding="utf-8").replace("<!-- 고침 -->", "<!-- 고침. -->"), encoding="utf-8")
            wait_for(lines, r"\] Built ", seen)
        finally:
            process.terminate()
            process.wait(timeout=20)
        done = build(root, tmp_path / "clean", config=root / "site.yaml")
        assert done.returncode == 0 and same_site(output, tmp_path / "clean")


def import_pages(pages: Path, content: Path) -> subprocess.CompletedProcess:
    """Import a folder of text dumps into content (worker processes extract them)."""
    return subprocess.run([sys.executable, str(REPO / "build.py"), "import", str(pages), "--content", str(content),
                           "--tags", "시험"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "ARCHIVIST_JOBS": "2"})


def files_of(folder: Path) -> dict[str, bytes]:
    """Return {relative path: bytes} of every file in a tree."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_full_disk_during_a_folder_import(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(60):
        (pages / f"{number:04d}.txt").write_text(page(number), encoding="utf-8")
    clean = import_pages(pages, tmp_path / "clean")
    assert clean.returncode == 0, clean.stderr
    with tmpfs(tmp_path / "disk", "100k") as disk:
        content = disk / "content"
        room = free(disk)
        done = import_pages(pages, content)
        line = one_fault(done, r"content: no space left on device while writing \S+\.md; free some space or import "
                               r"elsewhere; \d+ articles written whole before it, the rest not at all .*")
        written = check_articles(content)
        assert 0 < written < 60 and f"; {written} articles written whole" in line
        assert leftovers(disk) == []
        blocks = sum(p.stat().st_blocks * 512 for p in content.rglob("*.md"))
        assert room - free(disk) == blocks, "the failed import left more than its whole articles"
        remount(disk, "size=16m")
        again = import_pages(pages, content)
        assert again.returncode == 0, again.stderr
        assert files_of(content) == files_of(tmp_path / "clean")


def test_init_and_new_on_a_full_or_read_only_disk(tmp_path):
    with tmpfs(tmp_path / "disk", "8k") as disk:
        room = free(disk)
        done = subprocess.run([sys.executable, str(REPO / "build.py"), "init", str(disk / "archive")],
                              capture_output=True, text=True, timeout=60)
        one_fault(done, r"init: no space left on device while writing \S+; free some space or write elsewhere; "
                        r"nothing was written")
        assert [p for p in disk.rglob("*") if p.is_file()] == [] and free(disk) == room
        remount(disk, "ro")
        done = subprocess.run([sys.executable, str(REPO / "build.py"), "new", "제목", "--content",
                               str(disk / "content")], capture_output=True, text=True, timeout=60)
        one_fault(done, r"new: read-only file system while writing \S+\.md; remount it read-write or write "
                        r"elsewhere; nothing was written")


@pytest.mark.parametrize("damage", ["header", "pages", "tail"])
def test_a_damaged_cache_is_noted_and_rebuilt(tmp_path, damage):
    """A damaged header is found when the cache opens, damaged pages while the build reads them (the tail: once
    the build has started writing the next site, which it then does again in full)."""
    root = project(tmp_path / "site")
    output = built_into(root, tmp_path / "output")
    [cache] = (root / ".archivist-cache").rglob("cache.sqlite")
    data = bytearray(cache.read_bytes())
    start = {"header": 0, "pages": 16384, "tail": len(data) * 4 // 5 // 16384 * 16384}[damage]
    end = 100 if damage == "header" else len(data)
    data[start:end] = bytes((index * 7 + 13) % 256 for index in range(end - start))
    cache.write_bytes(bytes(data))
    article = sorted((root / "content").rglob("*.md"))[3]
    article.write_text(article.read_text(encoding="utf-8").replace("title: ", "title: 고친 ", 1), encoding="utf-8")
    done = build(root, output)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert re.fullmatch(r"note: the build cache \S+cache\.sqlite was damaged; it was started afresh \(this build does "
                        r"all the work\)\n", done.stderr), done.stderr
    assert snapshot(output) == reference(root)
