#!/usr/bin/env python3
"""A folder import that meets a full disk, run again and again: does the parent ever hang on its workers?

usage (root: it mounts a tmpfs): python benchmarks/import_fault_loop.py [--runs N] [--pages P] [--jobs J]
                                 [--size 100k] [--limit SECONDS] [--repo CHECKOUT]

Writes P small text pages (those of tests/hostile/test_import_interrupt.py), then for each run mounts a
fresh tmpfs of the given size and imports the folder into it with ARCHIVIST_JOBS=J, as
tests/hostile/test_faults.py::test_full_disk_during_a_folder_import does. A run still going after
--limit seconds counts as hung: its threads are printed with `py-spy dump` when py-spy is installed,
then it is killed with its workers. Prints the runs, the hangs, the exit codes and the median time.
Load the machine beside it (CPU hogs) to widen the race; --repo runs another checkout's build.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.test_import_interrupt import page  # noqa: E402


def one_run(repo: Path, pages: Path, disk: Path, size: str, jobs: int, limit: float) -> tuple[int | None, float]:
    """Import the pages into a fresh tmpfs; return the exit code (None when hung) and the seconds taken."""
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)], check=True)
    try:
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, str(repo / "build.py"), "import", str(pages), "--content",
                                    str(disk / "content"), "--tags", "시험"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True,
                                   env={**os.environ, "ARCHIVIST_JOBS": str(jobs)})
        try:
            return process.wait(timeout=limit), time.monotonic() - started
        except subprocess.TimeoutExpired:
            if shutil.which("py-spy"):
                subprocess.run(["py-spy", "dump", "--pid", str(process.pid)])
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return None, time.monotonic() - started
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def main() -> None:
    """Run the loop and print what it found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--size", default="100k")
    parser.add_argument("--limit", type=float, default=120.0)
    parser.add_argument("--repo", type=Path, default=ROOT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        pages, disk = Path(work) / "pages", Path(work) / "disk"
        pages.mkdir()
        disk.mkdir()
        for number in range(args.pages):
            (pages / f"{number:04d}.txt").write_text(page(number), encoding="utf-8")
        codes: dict[str, int] = {}
        times = []
        for _ in range(args.runs):
            code, seconds = one_run(args.repo.resolve(), pages, disk, args.size, args.jobs, args.limit)
            key = "hung" if code is None else str(code)
            codes[key] = codes.get(key, 0) + 1
            times.append(seconds)
    print(f"runs {args.runs}, hung {codes.get('hung', 0)}, exit codes {codes}, median {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
