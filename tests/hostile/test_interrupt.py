"""Interrupted builds: a build killed at any moment leaves output/ the previous build or the new one, whole."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archivist.writer import OutputLock

from ..conftest import REPO

SITE = "title: 중단\nbase_url: https://example.org/archive/\n"


def snapshot(folder: Path) -> dict[str, str]:
    """Return {relative path: sha256} of every file of a tree ({} when it does not exist)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def command(root: Path, content: str, output: str) -> list[str]:
    """Return the build command line for a content folder and an output folder of root."""
    return [sys.executable, str(REPO / "build.py"), "build", "--config", str(root / "site.yaml"),
            "--content", str(root / content), "--output", str(root / output), "--jobs", "2"]


def run_build(root: Path, content: str, output: str) -> float:
    """Run a build to its end (it must succeed); return its seconds."""
    started = time.monotonic()
    done = subprocess.run(command(root, content, output), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def make_versions(root: Path, count: int) -> None:
    """Write content v1 (a synthetic corpus) and v2 (a third of the titles edited, some deleted, one added)."""
    (root / "site.yaml").write_text(SITE, encoding="utf-8")
    subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_corpus.py"), str(root / "v1"), "--count",
                    str(count)], check=True, capture_output=True)
    shutil.copytree(root / "v1", root / "v2")
    files = sorted((root / "v2").rglob("*.md"))
    for index, path in enumerate(files):
        if index % 50 == 0:
            path.unlink()
        elif index % 3 == 0:
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("title: ", "title: 수정 ", 1), encoding="utf-8")
    shutil.copy(files[1], root / "v2" / "added.md")


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL a build and every worker it forked."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=60)


def kill_repeatedly(root: Path, kills: int, seed: int) -> list[str]:
    """Alternate v1/v2 builds of one output, SIGKILL each at a random moment, then let it finish; return outcomes."""
    references = {}
    for version in ("v1", "v2"):
        seconds = run_build(root, version, f"ref-{version}")
        references[version] = snapshot(root / f"ref-{version}")
    assert references["v1"] != references["v2"]
    run_build(root, "v1", "output")
    assert snapshot(root / "output") == references["v1"]
    rng = random.Random(seed)
    previous, outcomes = "v1", []
    for step in range(kills):
        target = "v2" if previous == "v1" else "v1"
        process = subprocess.Popen(command(root, target, "output"), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0, seconds * 1.1))
        kill_group(process)
        now = snapshot(root / "output")
        assert now in (references[previous], references[target]), f"kill {step}: output is neither build"
        outcomes.append("new" if now == references[target] else "previous")
        run_build(root, target, "output")
        assert snapshot(root / "output") == references[target], f"build after kill {step} is not the new site"
        previous = target
    return outcomes


@pytest.fixture
def versions(tmp_path):
    """Return a project folder with two 150-article versions of an archive, v1 and v2."""
    make_versions(tmp_path, 150)
    return tmp_path


def test_killed_builds_leave_a_whole_site(versions):
    outcomes = kill_repeatedly(versions, kills=6, seed=8)
    assert len(outcomes) == 6


@pytest.mark.slow
def test_twenty_kills_over_a_thousand_articles(tmp_path):
    make_versions(tmp_path, 1000)
    outcomes = kill_repeatedly(tmp_path, kills=20, seed=20)
    print(f"20 kills: {outcomes.count('previous')} left the previous site, {outcomes.count('new')} the new one")
    assert len(outcomes) == 20


def test_a_second_build_waits_for_the_first_and_says_so(versions):
    run_build(versions, "v1", "output")
    with OutputLock(versions / "output"):  # a build in progress holds this lock
        process = subprocess.Popen(command(versions, "v2", "output"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        line = process.stderr.readline()
        assert line.startswith("waiting: another build is writing") and line.rstrip().endswith("output …")
        time.sleep(0.5)
        assert process.poll() is None  # still waiting
        before = snapshot(versions / "output")
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert snapshot(versions / "output") != before


def test_two_builds_started_together_both_finish_and_the_site_is_whole(versions):
    run_build(versions, "v1", "ref")
    first = subprocess.Popen(command(versions, "v1", "output"), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command(versions, "v1", "output"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    assert first.wait(timeout=300) == 0 and second.wait(timeout=300) == 0
    assert snapshot(versions / "output") == snapshot(versions / "ref")


def test_a_first_build_killed_while_linking_its_standby_is_repaired(tmp_path, monkeypatch):
    from archivist import writer

    pages = [(f"p{i}/index.html", f"page {i}".encode()) for i in range(20)]
    real_link, calls = os.link, []

    def dying_link(source, target):
        calls.append(target)
        if len(calls) > 5:
            raise KeyboardInterrupt  # the process dies here
        real_link(source, target)

    monkeypatch.setattr(writer.os, "link", dying_link)
    with pytest.raises(KeyboardInterrupt):
        writer.write_site(pages, tmp_path / "output")
    monkeypatch.setattr(writer.os, "link", real_link)
    changed = pages[:10] + [(path, b"changed " + data) for path, data in pages[10:]]
    writer.write_site(changed, tmp_path / "output")  # built in the standby the first build left half linked
    assert {str(p.relative_to(tmp_path / "output")): p.read_bytes() for p in (tmp_path / "output").rglob("index.html")} \
        == dict(changed)
