"""Cold builds of two or more checkouts of archivist, interleaved round by round on one corpus.

On a shared machine single runs swing widely; runs taken in turn, in one go,
are what compare. Each round builds every checkout from nothing (no output, no
cache) and then with --clean over that output, and records wall time and the
CPU time of the whole process tree.

    python benchmarks/cold_compare.py CORPUS --rounds 3 before=/tmp/old-checkout after=.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(command: list[str]) -> tuple[float, float]:
    """Return (wall seconds, CPU seconds of the process tree) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def round_of(label: str, checkout: Path, corpus: Path, work: Path) -> dict[str, tuple[float, float]]:
    """Build one checkout from nothing, then with --clean; return both timings."""
    folder = work / label
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", folder / "site.yaml")
    command = [sys.executable, str(checkout / "build.py"), "build", "--content", str(corpus),
               "--output", str(folder / "out"), "--config", str(folder / "site.yaml")]
    subprocess.run(["sync"], check=False)
    return {"from nothing": timed(command), "--clean": timed(command + ["--clean"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("checkouts", nargs="+", help="label=path of a checkout")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    checkouts = [(label, Path(path).resolve()) for label, _, path in (c.partition("=") for c in args.checkouts)]
    for _, path in checkouts:  # a user's first run writes the bytecode cache (see build_bench.py)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(path / "archivist")], check=True)
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="archivist-cold-") as scratch:
        for number in range(args.rounds):
            for label, path in checkouts:
                for kind, figures in round_of(label, path, args.corpus.resolve(), Path(scratch)).items():
                    runs.setdefault((kind, label), []).append(figures)
                    print(f"round {number + 1} {label:>10} {kind:>12}: {figures[0]:6.2f} s, CPU {figures[1]:6.2f} s",
                          flush=True)
    print()
    for (kind, label), values in runs.items():
        walls = ", ".join(f"{wall:.1f}" for wall, _ in values)
        print(f"{kind:>12} {label:>10}: median {statistics.median(w for w, _ in values):6.2f} s "
              f"(runs {walls}), CPU median {statistics.median(c for _, c in values):6.2f} s")


if __name__ == "__main__":
    main()
