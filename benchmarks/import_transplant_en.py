#!/usr/bin/env python3
"""English transplants: each English development article put into the page chrome of other English pages.

usage: python benchmarks/import_transplant_en.py CLEANING_DEV_DIR [--styles NAME…] [--keep DIR] [--cache DIR]
       [--hosts N]

The English development pages are nearly saturated (their headlines agree in 0.95–0.97 of the dumps), so
new evidence is made from them: each English development article — its printed headline (`<h1>`), the
header around it (byline and date) when the headline and the article share a small element, and its
article element (the smallest element holding the benchmark's body) — replaces the headline and the
article block of other English development pages of other outlets. The host's headline is rewritten to
the donor's wherever the host prints it alone (title, breadcrumb, share widgets) and its address's slug
in links to the donor's. The answer is the donor's printed headline (the first `<h1>` the page gives,
else the headline it declares, as `import_quality.py` defines it) and the donor's annotated body. Each
page is dumped as the cases' own dumps were made (lynx, w3m, Chromium's innerText: the dump code of
import_transplant.py), imported and scored: title agreement, junk titles (sharing less than half their
words with the headline) and refusals per style, the body's shingle F1 with the cases' score.py.
Only the development part is ever read; the pages and dumps stay in the cache (outside the repository).
"""

from __future__ import annotations

import copy
import hashlib
from html import escape
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.import_quality import front_matter, predict  # noqa: E402
from benchmarks.import_split import outlet, parts  # noqa: E402
from benchmarks.import_transplant import (article_block, expected, load_tools, make_dumps, paragraphs,  # noqa: E402
                                          parse, replace_everywhere, retitle, squash)
from benchmarks.import_variants import META_CHARSET, dump_parser  # noqa: E402
from benchmarks.page_headline import JUNK_OVERLAP, declared_headlines, overlap  # noqa: E402

STYLES = ("lynx", "w3m", "inner")
HOSTS = 8            # English development pages used as hosts, one per outlet
LEFTOVER_KEY = 30     # how much of a host paragraph's opening marks an element as a leftover of its article
HEADER_CHARS = 1500  # a headline-and-article element holding at most this much besides the article is its header


class Piece:
    """One English development page cut up: its headline text, `<h1>`, article block and the element holding both."""

    def __init__(self, case: Path):
        """Parse the case and find its printed headline, article block and their shared element."""
        self.case, self.answer = case, expected(case)
        self.root = parse(case / "raw.html")
        found = declared_headlines((case / "raw.html").read_text(encoding="utf-8", errors="replace"))
        self.h1 = next((h for h in self.root.iter("h1") if any(
            squash(h.text_content()).lower() == squash(text).lower() for text in found)), None)
        self.headline = " ".join(self.h1.text_content().split()) if self.h1 is not None else (found or [""])[0]
        self.block = article_block(self.root, self.answer["body"])
        self.unit = self._unit()
        self.carries = self.h1 is not None and self.unit is not None and (
            self.h1 is self.unit or self.unit in set(self.h1.iterancestors()))  # the unit brings its headline

    def _unit(self):
        """Return the element holding headline, header and article when it holds little else, else the block."""
        if self.block is None or self.h1 is None:
            return self.block
        above = {self.h1, *self.h1.iterancestors()}
        shared = next(a for a in (self.block, *self.block.iterancestors()) if a in above)
        extra = len(shared.text_content()) - len(self.block.text_content())
        return shared if extra <= HEADER_CHARS and shared.tag not in ("body", "html") else self.block

    def page(self):
        """Return a fresh parse of the page (to be changed into a transplant)."""
        return parse(self.case / "raw.html")

    def headlines(self) -> list[str]:
        """Return the headlines to rename where the page prints them alone: its printed one."""
        return [self.headline]

    @property
    def usable(self) -> bool:
        """Return True when the page has a headline and an article block to move or replace."""
        return self.block is not None and len(self.headline.split()) >= 2

    @property
    def slug(self) -> str:
        """Return the last segment of the page's address (the headline's slug on most sites)."""
        segments = [part for part in urlparse(self.answer.get("url") or "").path.split("/") if part]
        return segments[-1] if segments else ""


def transplant(donor: Piece, host: Piece) -> str:
    """Return the host page with the donor's headline, header and article in place of its own."""
    root = host.page()
    h1 = _same(root, host.root, host.h1)
    place = _same(root, host.root, host.unit)
    holds_headline = h1 is not None and (h1 is place or place in set(h1.iterancestors()))
    moved = copy.deepcopy(donor.unit)
    moved.tail = place.tail
    place.getparent().replace(place, moved)
    if donor.carries:
        if h1 is not None and not holds_headline:
            h1.drop_tree()  # drop_tree keeps the text after it
    elif h1 is None or holds_headline:
        moved.addprevious(lxml.html.fragment_fromstring(f"<h1>{escape(donor.headline)}</h1>"))
    else:
        h1.clear()
        h1.text = donor.headline
    _drop_leftovers(root, moved, host.answer["body"])
    retitle(root, moved, host.headline, donor.headline)
    for old, new in [(old, donor.headline) for old in host.headlines()] + [(host.slug, donor.slug)]:
        _rename(root, moved, old, new)
    head = root.find("head")
    for style in donor.root.iter("style"):
        if head is not None:
            head.append(copy.deepcopy(style))  # the donor's own CSS hides what its page hid
    page = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    return META_CHARSET.sub(lambda m: m.group(1) + "utf-8", page)


def _same(root, original, element):
    """Return the element of a fresh parse of the same page at the original element's path (None for None)."""
    if element is None:
        return None
    return root.getroottree().xpath(original.getroottree().getpath(element))[0]


def _rename(root, moved, old: str, new: str) -> None:
    """Rewrite the host's headline or slug in every attribute (links to itself, feeds' titles, share buttons)
    and in the text outside the moved article (`Share “…” on …`)."""
    if len(old) < 8 or not new:
        return
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if old in value:
                element.set(name, value.replace(old, new))
    replace_everywhere(root, moved, old, new)


def _drop_leftovers(root, moved, body: str) -> None:
    """Remove what is left of the host's own article outside the moved one (a lead printed apart from the block
    found): the deepest element holding the opening of one of its paragraphs, when it holds little more."""
    inside = set(moved.iter())
    for text in paragraphs(body):
        key = squash(text)[:LEFTOVER_KEY]
        if len(key) < LEFTOVER_KEY:
            continue
        holders = [e for e in root.iter() if isinstance(e.tag, str) and e not in inside and e.tag not in ("html", "body")
                   and key in squash(e.text_content()) and len(e.text_content()) <= 2 * len(text) + 200]
        for element in sorted(holders, key=lambda e: -len(list(e.iterancestors())))[:1]:
            if element.getparent() is not None:
                element.drop_tree()


def choose(root: Path, count: int) -> tuple[list[Piece], list[Piece]]:
    """Return (donors, hosts): every usable English development page, and `count` hosts of distinct outlets."""
    split = parts(root)
    cases = sorted((root / "cases" / c for c, part in split.items() if part == "dev" and c.startswith("aeb")
                    and (root / "cases" / c / "raw.html").is_file()),
                   key=lambda c: hashlib.sha256(c.name.encode()).hexdigest())
    pieces = [piece for piece in map(Piece, cases) if piece.usable]
    hosts, seen = [], set()
    for piece in pieces:
        site = outlet(piece.case.name, piece.answer.get("url") or "")
        if piece.h1 is not None and site not in seen and len(hosts) < count:
            hosts.append(piece)
            seen.add(site)
    return pieces, hosts


def build_pages(donors: list[Piece], hosts: list[Piece]) -> dict[str, tuple[str, str, dict]]:
    """Return {page id: (host, html, answer)} for every donor in every host of another outlet."""
    pages = {}
    for donor in donors:
        site = outlet(donor.case.name, donor.answer.get("url") or "")
        answer = {**donor.answer, "title": donor.headline}
        for host in hosts:
            if outlet(host.case.name, host.answer.get("url") or "") == site:
                continue
            page = f"aeb_t_{donor.case.name[4:12]}_in_{host.case.name[4:12]}"
            pages[page] = (host.case.name, transplant(donor, host), answer)
    return pages


def score_all(pages: dict, files: dict, styles: list[str], scorer, work: Path) -> dict:
    """Return {style: [(page id, host, per-case scores, title verdict)]} after importing every dump."""
    results = defaultdict(list)
    for style in styles:
        out = work / style
        out.mkdir(parents=True, exist_ok=True)
        for page, (host, _, answer) in pages.items():
            text = predict(files[page, style])
            target = out / f"{page}.md"
            target.unlink(missing_ok=True)
            if text is not None:
                target.write_text(text, encoding="utf-8")
            row = scorer.score_case({**answer, "id": page}, str(out))
            title = str(front_matter(target).get("title") or "") if text is not None else ""
            results[style].append((page, host, row, verdict(title, answer["title"], scorer.norm_title)))
    return results


def verdict(title: str, headline: str, norm) -> str:
    """Return 'agree', 'junk' (shares less than half its words with the headline), 'other' or 'refused'."""
    if not title:
        return "refused"
    if norm(title) == norm(headline):
        return "agree"
    return "junk" if overlap(title, headline) < JUNK_OVERLAP else "other"


def print_tables(results: dict, scorer) -> None:
    """Print per style the title verdicts and body F1, then per host page."""
    print("English transplants (development articles in other English pages' chrome)")
    print(f"{'style':<6} {'pages':>5}  title agree  junk  other  refused   body shingle F1")
    for style, rows in results.items():
        counts = defaultdict(int, {})
        for *_, said in rows:
            counts[said] += 1
        body = scorer.summarise([row for _, _, row, _ in rows])["shingle_f1"]
        print(f"{style:<6} {len(rows):>5}  {counts['agree'] / max(len(rows), 1):>11.2f} {counts['junk']:>5} "
              f"{counts['other']:>6} {counts['refused']:>8}   {body:.3f}")
    hosts = sorted({host for rows in results.values() for _, host, _, _ in rows})
    print(f"\n{'host':<22} " + " ".join(f"{s + ' agree/junk/F1':>22}" for s in results))
    for host in hosts:
        cells = []
        for rows in results.values():
            mine = [r for r in rows if r[1] == host]
            agree = sum(r[3] == "agree" for r in mine) / max(len(mine), 1)
            junk = sum(r[3] == "junk" for r in mine)
            cells.append(f"{agree:.2f}/{junk}/{scorer.summarise([r[2] for r in mine])['shingle_f1']:.3f}")
        print(f"{host:<22} " + " ".join(f"{c:>22}" for c in cells))


def write_answers(pages: dict, work: Path) -> None:
    """Keep each page's answer beside the predictions (cases/<page>/expected.json), for the cases' score.py."""
    for page, (_, _, answer) in pages.items():
        folder = work / "cases" / page
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "expected.json").write_text(json.dumps({**answer, "id": page}, ensure_ascii=False), encoding="utf-8")


def main(argv=None) -> int:
    """Build the transplanted pages, dump, import and score them, print the tables."""
    parser = dump_parser(__doc__, "archivist-transplants-en", "keep the predictions and answers in this folder")
    parser.add_argument("--styles", nargs="+", default=list(STYLES), choices=STYLES)
    parser.add_argument("--hosts", type=int, default=HOSTS, help=f"how many host pages (default {HOSTS})")
    args = parser.parse_args(argv)
    root = args.cleaning_dev.resolve()
    scorer, dump_tool = load_tools(root)
    donors, hosts = choose(root, args.hosts)
    pages = build_pages(donors, hosts)
    files = make_dumps(pages, args.styles, args.cache.resolve(), dump_tool)
    with tempfile.TemporaryDirectory() as tmp:
        work = (args.keep or Path(tmp)).resolve()
        write_answers(pages, work)
        print_tables(score_all(pages, files, args.styles, scorer, work), scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
