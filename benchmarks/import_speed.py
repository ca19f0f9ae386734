#!/usr/bin/env python3
"""Folder import speed, measured with the real command on folders of real pages.

usage: python benchmarks/import_speed.py CLEANING_DEV_DIR [--pages N] [--styles text html] [--jobs J]

Builds a folder of N distinct text dumps (the cases' lynx, w3m and browser-copy dumps in turn, each
with its own `Published` date under its headline, so no two are one article) and a folder of N distinct saved HTML
pages (each case's page with its own canonical URL put first in its head), then imports each folder
twice with `python -m archivist.importer FOLDER --content C`: the first run writes, the second must
write nothing (every page a duplicate). Prints pages per second of wall clock and per CPU second of
the command and its workers, and the machine's load average (two cores shared with other work make
the wall clock noisy). Only times the command; no page's output is read or scored.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.import_quality import distinct_dump  # noqa: E402
DUMPS = ("raw.txt", "raw.w3m.txt", "raw.inner.txt")


def text_folder(cases: list[Path], count: int, folder: Path) -> None:
    """Write `count` distinct text dumps into `folder`, cycling through cases and dump styles."""
    sources = [case / name for name in DUMPS for case in cases if (case / name).is_file()]
    for k in range(count):
        source = sources[k % len(sources)]
        text = distinct_dump(source.parent, k, source.name)
        (folder / f"{k:05d}-{source.parent.name}.txt").write_text(text, encoding="utf-8")


def html_folder(cases: list[Path], count: int, folder: Path) -> None:
    """Write `count` distinct saved pages into `folder`: each with a canonical URL of its own first in its head."""
    sources = [case / "raw.html" for case in cases if (case / "raw.html").is_file()]
    for k in range(count):
        source = sources[k % len(sources)]
        page = source.read_text(encoding="utf-8", errors="replace")
        link = f'<link rel="canonical" href="https://bench.example/{k:05d}/{source.parent.name}">'
        at = page.lower().find("<head")
        at = page.find(">", at) + 1 if at >= 0 else 0
        (folder / f"{k:05d}-{source.parent.name}.html").write_text(page[:at] + link + page[at:], encoding="utf-8")


def import_folder(folder: Path, content: Path, extra: list[str]) -> tuple[float, float, str]:
    """Run the import command on the folder; return (wall seconds, CPU seconds, its summary line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "archivist.importer", str(folder), "--content", str(content),
                           *extra], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = next((line for line in reversed(done.stderr.splitlines()) if line.startswith("imported ")),
                   done.stderr.strip()[-300:])
    return wall, cpu, summary


def measure(kind: str, folder: Path, count: int, work: Path, extra: list[str]) -> None:
    """Import the folder twice into a fresh content folder; print speed and what each run did."""
    content = work / f"content-{kind}"
    shutil.rmtree(content, ignore_errors=True)
    for attempt in (1, 2):
        load = os.getloadavg()[0]
        wall, cpu, summary = import_folder(folder, content, extra)
        files = sum(1 for _ in content.rglob("*.md"))
        print(f"{kind:<4} run {attempt}: {count} pages, {wall:.1f} s wall ({count / wall:.0f} pages/s), "
              f"{cpu:.1f} s CPU ({count / max(cpu, 1e-9):.0f} pages per CPU second), load {load:.1f}; "
              f"{summary}; {files} files in content/", flush=True)


def main(argv=None) -> int:
    """Build the folders and time the imports."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("--pages", type=int, default=1000, help="pages per folder (default 1000)")
    parser.add_argument("--styles", nargs="+", default=["text", "html"], choices=["text", "html"])
    parser.add_argument("--keep", type=Path, help="build the folders here instead of a temporary folder")
    parser.add_argument("extra", nargs="*", help="further flags for the import command (after --)")
    args = parser.parse_args(argv)
    cases = sorted(p for p in (args.cleaning_dev.resolve() / "cases").iterdir() if p.is_dir())
    with tempfile.TemporaryDirectory() as tmp:
        work = (args.keep or Path(tmp)).resolve()
        for kind in args.styles:
            folder = work / f"pages-{kind}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            (text_folder if kind == "text" else html_folder)(cases, args.pages, folder)
            measure(kind, folder, args.pages, work, args.extra)
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
