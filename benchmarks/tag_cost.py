#!/usr/bin/env python3
"""CPU time a page of a folder import's per-page work: the worker's extract_file, then the parent's tag suggestion.

usage: python benchmarks/tag_cost.py CLEANING_DEV_DIR [--passes N]

Runs on the development part's text dumps (lynx, w3m, browser copy), in this process, and prints the median
of N passes (after one warm-up pass) in CPU milliseconds a page. To compare two versions, run it from each
checkout in turn, alternating: the figure is far steadier than a whole folder import on a shared machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.importer import pool  # noqa: E402
from archivist.importer.extract import suggest_tags  # noqa: E402
from benchmarks.import_split import parts  # noqa: E402

DUMPS = ("raw.txt", "raw.w3m.txt", "raw.inner.txt")


def one_pass(files: list[str]) -> float:
    """Return the CPU milliseconds a page of one pass over the files."""
    start = time.process_time()
    for name in files:
        record = pool.extract_file(name, explain=False)
        if not isinstance(record, Exception) and record.body.strip():
            suggest_tags(record, Counter())
    return (time.process_time() - start) / len(files) * 1000


def main() -> int:
    """Time the passes and print the median."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    root = args.cleaning_dev.resolve()
    files = [str(root / "cases" / case / name) for case, part in sorted(parts(root).items()) if part == "dev"
             for name in DUMPS if (root / "cases" / case / name).is_file()]
    one_pass(files)
    times = [one_pass(files) for _ in range(args.passes)]
    print(f"{len(files)} pages: {statistics.median(times):.3f} CPU ms a page (median of {args.passes}; "
          f"{' '.join(f'{t:.3f}' for t in sorted(times))})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
