#!/usr/bin/env python3
"""English development articles put into the chrome of the fresh pages (outlets never seen): headlines from dumps.

usage: python benchmarks/transplant_fresh_en.py CLEANING_DEV_DIR FRESH_CACHE [--cache DIR] [--keep DIR]
       [--hosts N] [--styles NAME…] [--show]

The fresh pages (`fresh_pages.py`, 191 real news pages of 150 domains shipped by packages, in FRESH_CACHE) are
too few to tell a rule from a fit, and their headlines are their own. So each English development article (the
donor, cut up as `import_transplant_en.py` does: its printed headline, the header around it, its article block)
is put into the chrome of N fresh pages (hosts, default 5, chosen per donor by a fixed hash, one per domain). A
host's article block is the smallest element holding most (0.8) of the paragraphs trafilatura extracts from the
page; its headline element the one printing a headline the page declares (`page_headline.py`). Both are
replaced by the donor's, and the host's headlines are renamed to the donor's wherever the page prints them alone
(title, breadcrumb, share links), as `import_transplant_en.transplant` does. Each page is dumped as the cases were
(lynx, w3m, Chromium's innerText) into --cache (outside the repository), imported, and scored against the
donor's printed headline and annotated body: title right / junk (shares under half its words) / other /
refused, body shingle F1 with the cases' score.py. Hosts keep fresh_pages.py's split by domain: pages in `tune`
hosts may be read (--show lists their misses), pages in `hold` hosts are only counted. Only the cleaning cases'
development part is read.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fresh_pages import FreshPage, check_part_domains, choose as choose_fresh, fetch, half  # noqa: E402
from benchmarks.import_transplant import MIN_FOUND, load_tools, make_dumps, paragraphs, squash  # noqa: E402
from benchmarks.import_transplant_en import (STYLES, Piece, choose as choose_donors, score_all,  # noqa: E402
                                             transplant, write_answers)
from benchmarks.import_variants import dump_parser  # noqa: E402
from benchmarks.page_headline import declared_headlines  # noqa: E402
from benchmarks.tag_audit_pages import derived_answer  # noqa: E402

import lxml.html  # noqa: E402

HOSTS = 5       # fresh pages each donor is put into
KEY_CHARS = 20  # how much of a paragraph's opening finds it in the page
_SKIP = ("script", "style", "noscript", "head", "title")


class FreshHost(Piece):
    """A fresh page cut up as a host: its printed headline element, its article block and their shared element."""

    def __init__(self, page: str, fresh: FreshPage):
        """Parse the page, take trafilatura's text as its body and find its headline element and article block."""
        self.name, self.site, self.html = page, fresh.site, fresh.html
        derived = derived_answer(fresh.html, fresh.site)
        self.answer = {"body": "\n\n".join(line for line in derived["body"].split("\n") if line.strip()),
                       "url": derived["url"]}
        self.root = self.page()
        self.declared = declared_headlines(fresh.html)
        self.h1 = printed_headline(self.root, self.declared)
        self.headline = " ".join(self.h1.text_content().split()) if self.h1 is not None else fresh.headline
        self.block = most_of(self.root, self.answer["body"])
        self.unit = self._unit()
        self.carries = False

    def page(self):
        """Return a fresh parse of the page."""
        return lxml.html.document_fromstring(self.html)

    def headlines(self) -> list[str]:
        """Return every headline the page gives itself (printed and declared), longest first."""
        return sorted({self.headline, *self.declared}, key=len, reverse=True)

    @property
    def usable(self) -> bool:
        """Return True when the page has an article block that is not the whole page."""
        return self.block is not None and self.block.tag not in ("body", "html")


def printed_headline(root, declared: list[str]):
    """Return the deepest element (an h1 first) of the body printing one of the declared headlines alone, or None."""
    wanted = {squash(text).lower() for text in declared if text}
    body = root.find("body")
    if body is None or not wanted:
        return None
    found = [e for e in body.iter() if isinstance(e.tag, str) and e.tag not in _SKIP
             and squash(e.text_content()).lower() in wanted]
    if not found:
        return None
    inside = set(found)
    deepest = [e for e in found if not any(c in inside for c in e.iterdescendants())]
    for level in ("h1", "h2", "h3"):
        for element in deepest:
            if element.tag == level or any(a.tag == level for a in element.iterancestors()):
                return element
    return deepest[0]


def most_of(root, body: str):
    """Return the smallest element holding the openings of most (MIN_FOUND) of the body's paragraphs, or None."""
    keys = [key for key in (squash(p)[:KEY_CHARS] for p in paragraphs(body)) if len(key) >= 8]
    elements = [e for e in root.iter() if isinstance(e.tag, str) and e.tag not in _SKIP]
    texts = {e: squash(e.text_content()) for e in elements}
    counts = defaultdict(int)
    for key in keys:
        holders = [e for e in elements if key in texts[e]]
        if holders:
            deepest = max(holders, key=lambda e: sum(1 for _ in e.iterancestors()))
            for element in (deepest, *deepest.iterancestors()):
                counts[element] += 1
    enough = [e for e, n in counts.items() if keys and n >= MIN_FOUND * len(keys)]
    return min(enough, key=lambda e: len(texts.get(e, "")), default=None)


def chosen_hosts(fresh_cache: Path, cleaning_dev: Path) -> list[FreshHost]:
    """Return the usable fresh pages as hosts."""
    pages = choose_fresh(fetch(fresh_cache), check_part_domains(cleaning_dev))
    hosts = [FreshHost(page, fresh) for page, fresh in pages.items()]
    return [host for host in hosts if host.usable]


def build_pages(donors: list[Piece], hosts: list[FreshHost], count: int) -> dict[str, tuple[str, str, dict]]:
    """Return {page id: (host's half and name, html, answer)}: each donor in `count` hosts of distinct domains."""
    pages = {}
    for donor in donors:
        answer = {**donor.answer, "title": donor.headline}
        ranked = sorted(hosts, key=lambda h: hashlib.sha256(f"{donor.case.name}|{h.name}".encode()).hexdigest())
        sites = set()
        for host in ranked:
            if host.site in sites:
                continue
            sites.add(host.site)
            pages[f"aeb_f_{donor.case.name[4:12]}_in_{host.name}"] = (f"{half(host.site)}:{host.name}",
                                                                      transplant(donor, host), answer)
            if len(sites) == count:
                break
    return pages


def print_tables(results: dict, scorer) -> None:
    """Print per style and half: pages, title right / junk / other / refused, body shingle F1."""
    print("English development articles in fresh pages' chrome (title: right / junk / other / refused)")
    print(f"{'style':<6} {'half':<5} {'pages':>5}  {'right':>5} {'junk':>5} {'other':>5} {'refused':>7}  body F1")
    for style, rows in results.items():
        for part in ("tune", "hold"):
            mine = [row for row in rows if row[1].startswith(part + ":")]
            counts = defaultdict(int)
            for *_, said in mine:
                counts[said] += 1
            body = scorer.summarise([row for _, _, row, _ in mine])["shingle_f1"]
            print(f"{style:<6} {part:<5} {len(mine):>5}  {counts['agree']:>5} {counts['junk']:>5} "
                  f"{counts['other']:>5} {counts['refused']:>7}  {body:.3f}")


def show_misses(results: dict, pages: dict, work: Path) -> None:
    """Print the tune hosts' title misses: page, verdict, the title given and the donor's headline."""
    for style, rows in results.items():
        for page, where, _, said in rows:
            if where.startswith("tune:") and said != "agree":
                target = work / style / f"{page}.md"
                title = _title(target)
                print(f"{style:<6} {said:<8} {page}: {title!r} (wanted {pages[page][2]['title']!r})")


def _title(markdown: Path) -> str:
    """Return the title line of a prediction, or ''."""
    if not markdown.is_file():
        return ""
    for line in markdown.read_text(encoding="utf-8").splitlines():
        if line.startswith("title:"):
            return line[6:].strip().strip("'\"")
    return ""


def main(argv=None) -> int:
    """Build the transplanted pages, dump, import and score them, print the tables."""
    parser = dump_parser(__doc__, "archivist-transplants-fresh-en", "keep the predictions and answers here")
    parser.add_argument("fresh_cache", type=Path, help="fresh_pages.py's cache (the fresh pages)")
    parser.add_argument("--styles", nargs="+", default=list(STYLES), choices=STYLES)
    parser.add_argument("--hosts", type=int, default=HOSTS, help=f"hosts per donor (default {HOSTS})")
    parser.add_argument("--show", action="store_true", help="list the tune hosts' title misses")
    args = parser.parse_args(argv)
    root = args.cleaning_dev.resolve()
    scorer, dump_tool = load_tools(root)
    donors, _ = choose_donors(root, 0)
    hosts = chosen_hosts(args.fresh_cache.resolve(), root)
    pages = build_pages(donors, hosts, args.hosts)
    print(f"{len(donors)} donors, {len(hosts)} usable hosts, {len(pages)} pages")
    files = make_dumps(pages, args.styles, args.cache.resolve(), dump_tool)
    with tempfile.TemporaryDirectory() as tmp:
        work = (args.keep or Path(tmp)).resolve()
        write_answers(pages, work)
        results = score_all(pages, files, args.styles, scorer, work)
        print_tables(results, scorer)
        if args.show:
            show_misses(results, pages, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
