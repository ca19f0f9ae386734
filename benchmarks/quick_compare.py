#!/usr/bin/env python3
"""Quick rebuilds of two checkouts side by side: nothing changed, and one article's body edited.

    python benchmarks/quick_compare.py CORPUS --runs 9 before=/work/main after=.

Each checkout builds its own copy of CORPUS (a folder of articles, e.g. from
tests/fixtures/make_corpus.py) once, then the runs alternate between the checkouts
(and which goes first): a rebuild with nothing changed, then one with one article's
body edited (a different article each run). Prints the medians of the wall time of
the command and of the time the build reports. Compile both checkouts' bytecode
first (`python -m compileall -q archivist`) where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def command(checkout: Path, work: Path, name: str) -> list[str]:
    """Return the build command of one checkout over its copy of the corpus."""
    settings = work / f"site-{name}.yaml"
    if not settings.exists():
        settings.write_text((checkout / "site.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return [sys.executable, str(checkout / "build.py"), "build", "--content", str(work / f"corpus-{name}"),
            "--output", str(work / f"out-{name}"), "--config", str(settings)]


def timed(args: list[str], work: Path) -> tuple[float, float]:
    """Run a build; return (wall seconds, seconds the build reports)."""
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, cwd=work)
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    reported = re.search(r"\(([0-9.]+) s\)|in ([0-9.]+) s", done.stdout)
    return wall, float(reported[1] or reported[2])


def edit_one(corpus: Path, run: int) -> None:
    """Append a sentence to one article (a different one each run)."""
    files = sorted(corpus.rglob("*.md"))
    with open(files[(run * 7919) % len(files)], "a", encoding="utf-8") as handle:
        handle.write(f"\n\n벤치마크 편집 {run} 번째 문장입니다.\n")


def main() -> None:
    """Measure and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("checkouts", nargs=2, help="NAME=PATH of each checkout")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    checkouts = {name: Path(path).resolve() for name, path in (item.split("=", 1) for item in args.checkouts)}
    with tempfile.TemporaryDirectory(prefix="quick-compare-") as folder:
        work = Path(folder)
        for name, checkout in checkouts.items():
            shutil.copytree(args.corpus, work / f"corpus-{name}")
            print(f"{name}: first build {timed(command(checkout, work, name), work)[0]:.1f} s", flush=True)
        figures: dict[str, list[float]] = {}
        for run in range(args.runs):
            order = list(checkouts.items())[::1 if run % 2 else -1]
            for kind in ("nothing changed", "one body edited"):
                for name, checkout in order:
                    if kind == "one body edited":
                        edit_one(work / f"corpus-{name}", run)
                    wall, reported = timed(command(checkout, work, name), work)
                    figures.setdefault(f"{name} {kind}, wall", []).append(wall)
                    figures.setdefault(f"{name} {kind}, reported", []).append(reported)
        for label, values in figures.items():
            print(f"{label}: median {statistics.median(values):.3f} s ({', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
