#!/usr/bin/env python3
"""A folder import's worker passes over text dumps, run in one process: for profiling and equality checks.

usage: python benchmarks/worker_passes.py FOLDER [--pages N]

Runs what a folder import's workers run (archivist/importer/pool.py: each dump's template pass, the outlets'
templates learnt from them, then each dump's extraction with its template), in this process and in input
order, over the first N files of FOLDER (a folder `import_speed.py --keep DIR` built: DIR/pages-text). Prints
the CPU seconds of the two passes and a digest of every record: two versions of the importer that print the same
digest made the same records. Under `py-spy record` it shows where a worker's time goes; under `valgrind
--tool=cachegrind --cache-sim=no` (the python binary itself, not a shim) its instruction count is a figure that
does not move with the machine's load (subtract a run with --pages 0: the imports).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.importer import pool  # noqa: E402


def both_passes(names: list[str]) -> list:
    """Return each file's record (or error), as the workers make them."""
    budget = pool.Budget(pool.UNDONE_CHARS)
    passed = [pool._template_pass(budget, name) for name in names]
    learnt = pool._learn([told for told, _ in passed])
    return [pool._extract_pass((), False, name, kept, learnt) for name, (_, kept) in zip(names, passed)]


def digest(records: list) -> str:
    """Return a digest of the records' fields (errors by their message)."""
    found = hashlib.sha256()
    for record in records:
        found.update(repr(getattr(record, "__dict__", record)).encode())
    return found.hexdigest()


def main(argv=None) -> int:
    """Run the passes and print their CPU time and the records' digest."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, help="only the first N files (sorted by name)")
    args = parser.parse_args(argv)
    names = sorted(str(path) for path in args.folder.iterdir())[:args.pages]
    start = time.process_time()
    records = both_passes(names)
    print(f"{len(names)} files, {time.process_time() - start:.2f} s CPU, records digest {digest(records)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
