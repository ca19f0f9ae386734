#!/usr/bin/env python3
"""Print the tags the importer suggests for every cleaning case, from each input style.

usage: python benchmarks/import_tags.py CLEANING_DEV_DIR [--part dev|check] [--styles html lynx ...]

One line per case and style: `part  case  style  tag, tag, …` (`-` when the page gives no article).
The check part's lines are an output to report (the closing note lists them), not to tune rules on.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.errors import ContentError  # noqa: E402
from archivist.importer.extract import extract, suggest_tags  # noqa: E402
from benchmarks.import_split import PARTS, parts  # noqa: E402

STYLES = {"html": "raw.html", "lynx": "raw.txt", "w3m": "raw.w3m.txt", "inner": "raw.inner.txt"}


def suggested(raw: Path) -> list[str] | None:
    """Return the tags suggested for one raw page, or None when it holds no article."""
    try:
        record = extract(raw.read_bytes(), str(raw))
    except ContentError:
        return None
    if not record.body.strip():
        return None
    return suggest_tags(record, Counter())


def case_arguments(description: str) -> argparse.ArgumentParser:
    """Return a parser of the cleaning cases' folder, --part and --styles (this script's and tag_audit's)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("--part", choices=PARTS, help="only this part (default: both)")
    parser.add_argument("--styles", nargs="+", choices=list(STYLES), default=list(STYLES))
    return parser


def main() -> int:
    """Print the suggested tags of every case (of one part, or both)."""
    parser = case_arguments(__doc__.splitlines()[0])
    parser.add_argument("--group", default="", help="only cases whose id starts with this (e.g. ko)")
    args = parser.parse_args()
    for case, part in sorted(parts(args.cleaning_dev).items(), key=lambda item: (PARTS.index(item[1]), item[0])):
        if (args.part and part != args.part) or not case.startswith(args.group):
            continue
        for style in args.styles:
            raw = args.cleaning_dev / "cases" / case / STYLES[style]
            if raw.is_file():
                found = suggested(raw)
                print(f"{part:5}  {case}  {style:5}  {', '.join(found) if found else '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
