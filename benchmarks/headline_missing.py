#!/usr/bin/env python3
"""English dumps with their headline cut out: is a junk title written, or is the user asked for --title?

usage: python benchmarks/headline_missing.py CLEANING_DEV_DIR CACHE_DIR WORK_DIR

The issue asks for a clear error asking for --title where no headline can be found, never a junk title; the pages
whose headline the importer misses cannot be chosen without looking at them. This makes such pages from pages
already read: every dump of the tune half of `fresh_pages.py` (CACHE_DIR is its cache; the hold half is never
read) and of the English development cases, with every line that is one of the page's own headlines (or holds one
and is less than twice as long) cut out, as when a dump loses its headline to a layout the importer misreads. The
title taken from the cut dump is counted as refused (none), junk (shares under half its words with the declared
headline), other, or printed (a copy of the headline left, such as a wrapped one); the uncut dumps are counted too,
so a rule that refuses more junk can be seen not to refuse printed headlines. The cut dumps are written under
WORK_DIR (outside the repository; CACHE_DIR is only read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import fresh_pages  # noqa: E402
from benchmarks.import_split import parts  # noqa: E402
from benchmarks.import_transplant import load_tools  # noqa: E402
from benchmarks.page_headline import JUNK_OVERLAP, overlap, page_headlines  # noqa: E402

DEV_DUMPS = {"lynx": "raw.txt", "w3m": "raw.w3m.txt", "inner": "raw.inner.txt"}
HELD_SHARE = 2  # a line holding a headline and less than this many times as long is the headline (with a label)


def tune_dumps(cleaning_dev: Path, cache: Path, dump_tool):
    """Yield ('tune', page id, style, dump, headlines) for the fresh pages' tune half."""
    pages = fresh_pages.choose(fresh_pages.fetch(cache), fresh_pages.check_part_domains(cleaning_dev))
    pages = {page: fresh for page, fresh in pages.items() if fresh_pages.half(fresh.site) == "tune"}
    files = fresh_pages.make_dumps({page: (fresh.site, fresh.html, None) for page, fresh in pages.items()},
                                   list(fresh_pages.STYLES), cache / "dumps", dump_tool)
    for page, fresh in pages.items():
        for style in fresh_pages.STYLES:
            yield "tune", page, style, files[page, style], page_headlines(fresh.html)


def dev_dumps(cleaning_dev: Path):
    """Yield ('dev', case id, style, dump, headlines) for the English development cases."""
    for case, part in sorted(parts(cleaning_dev).items()):
        if part != "dev" or not case.startswith("aeb"):
            continue
        folder = cleaning_dev / "cases" / case
        headlines = page_headlines((folder / "raw.html").read_text(encoding="utf-8", errors="replace"))
        for style, name in DEV_DUMPS.items():
            if (folder / name).is_file():
                yield "dev", case, style, folder / name, headlines


def cut_headlines(dump: Path, headlines: list[str], norm, out: Path) -> int:
    """Write the dump without the lines that are one of the headlines to `out`; return how many were cut."""
    wanted = {norm(text) for text in headlines if norm(text)}
    lines = dump.read_text(encoding="utf-8", errors="replace").split("\n")
    kept = [line for line in lines if not _holds_headline(norm(line), wanted)]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(kept), encoding="utf-8")
    return len(lines) - len(kept)


def _holds_headline(line: str, wanted: set[str]) -> bool:
    """Return True for a normalised line that is a headline, or holds one and is less than HELD_SHARE times as long."""
    return line in wanted or any(len(text) >= 15 and text in line and len(line) < HELD_SHARE * len(text)
                                 for text in wanted)


def verdict(title: str | None, headlines: list[str], norm) -> str:
    """Return 'printed', 'junk', 'other' or 'none' for a title given the page's headlines."""
    if not title:
        return "none"
    if any(norm(title) == norm(text) for text in headlines):
        return "printed"
    return "junk" if overlap(title, headlines[0]) < JUNK_OVERLAP else "other"


def main(argv=None) -> int:
    """Cut the headlines out of the dumps, import both versions and print the counts per group and style."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("work", type=Path)
    args = parser.parse_args(argv)
    scorer, dump_tool = load_tools(args.cleaning_dev)
    norm, counts = scorer.norm_title, {}
    for group, page, style, dump, headlines in [*tune_dumps(args.cleaning_dev, args.cache, dump_tool),
                                                *dev_dumps(args.cleaning_dev)]:
        if not headlines or not norm(headlines[0]):
            continue
        out = args.work / group / style / f"{page}.txt"
        whole, cut = counts.setdefault((group, style), (Counter(), Counter()))
        whole[verdict(fresh_pages.title_of(dump), headlines, norm)] += 1
        if cut_headlines(dump, headlines, norm, out):
            cut[verdict(fresh_pages.title_of(out), headlines, norm)] += 1
    print("printed / junk / other / none: the dumps as they are | the dumps with their headline cut out")
    for (group, style), (whole, cut) in counts.items():
        print(f"{group:<4} {style:<5} {_row(whole)} ({sum(whole.values())}) | {_row(cut)} ({sum(cut.values())})")
    return 0


def _row(counts: Counter) -> str:
    """Return the four counts of one row."""
    return " / ".join(f"{counts[name]:>3}" for name in ("printed", "junk", "other", "none"))


if __name__ == "__main__":
    sys.exit(main())
