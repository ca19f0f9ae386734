#!/usr/bin/env python3
"""Measure what finding the article's pictures costs the HTML import.

usage: nice python benchmarks/import_pictures.py CLEANING_DEV_DIR [--repeats 5]

Extracts every development-part saved page (benchmarks/import_split.py; the check part is never read)
`--repeats` times and prints the median CPU time a page of extract() and of the picture search inside it
(page_pictures.page_pictures), with the pictures found: kept and skipped. CPU time, not wall clock: the
machine this runs on is shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.importer import html  # noqa: E402
from archivist.importer.extract import extract  # noqa: E402
from benchmarks.import_split import parts  # noqa: E402


def dev_pages(cleaning_dev: Path) -> list[tuple[str, bytes]]:
    """Return (case id, raw.html bytes) of every development-part case with a saved page."""
    cases = cleaning_dev / "cases"
    return [(case, (cases / case / "raw.html").read_bytes()) for case, part in sorted(parts(cleaning_dev).items())
            if part == "dev" and (cases / case / "raw.html").is_file()]


def measure(pages: list[tuple[str, bytes]], repeats: int) -> tuple[float, float, int, int]:
    """Return median CPU seconds of all extractions and of the picture search in them, and pictures kept and
    skipped in one run."""
    real = html.page_pictures
    spent = [0.0]

    def timed(*args, **kwargs):
        """Run the picture search, adding its CPU time."""
        start = time.process_time()
        found = real(*args, **kwargs)
        spent[0] += time.process_time() - start
        return found

    html.page_pictures = timed
    totals, searches, kept, skipped = [], [], 0, 0
    try:
        for _ in range(repeats):
            spent[0] = 0.0
            start = time.process_time()
            records = [extract(data, f"{case}.html") for case, data in pages]
            totals.append(time.process_time() - start)
            searches.append(spent[0])
        for record in records:
            kept += sum(1 for picture in record.pictures if not picture.skip)
            skipped += sum(1 for picture in record.pictures if picture.skip)
    finally:
        html.page_pictures = real
    return statistics.median(totals), statistics.median(searches), kept, skipped


def main(argv: list[str] | None = None) -> int:
    """Print the cost of the picture search on the development pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    pages = dev_pages(args.cleaning_dev)
    total, search, kept, skipped = measure(pages, max(1, args.repeats))
    print(f"{len(pages)} development pages: extract {1000 * total / len(pages):.1f} ms CPU a page, of which the "
          f"picture search {1000 * search / len(pages):.1f} ms ({100 * search / total:.1f} %); "
          f"{kept} pictures kept, {skipped} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
