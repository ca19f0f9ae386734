#!/usr/bin/env python3
"""Count bad suggested tags on the fresh English pages (fresh_pages.py), by tag_audit.py's rules and kinds.

usage: python benchmarks/tag_audit_pages.py CLEANING_DEV_DIR CACHE_DIR [--styles html lynx w3m inner] [--show]

The pages and their dumps are fresh_pages.py's (fetched and dumped into CACHE_DIR when missing). They have no
hand-checked answer, so the audit's answer is derived from the HTML alone: the outlet is the page's
`og:site_name`, else its domain's main label; the url its canonical link or `og:url` (else its domain); the title
the headline it declares (page_headline.declared_headline); the body trafilatura's text of the HTML. The "common"
words are the development part's of cleaning-dev, as in tag_audit.py. Both halves of fresh_pages.py are counted;
`--show` lists the bad tags of the tune half only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.import_split import parts  # noqa: E402
from benchmarks.fresh_pages import FreshPage, gather, half  # noqa: E402
from benchmarks.import_tags import STYLES  # noqa: E402
from benchmarks.import_transplant import load_tools  # noqa: E402
from benchmarks.page_headline import declared_headline  # noqa: E402
from benchmarks.tag_audit import KINDS, NO_NAME_LABELS, Page, audit_tags, common_words, kind_columns  # noqa: E402

HALVES = ("tune", "hold")


def main_label(host: str) -> str:
    """Return a host's main label: the last one before its zone that names something (`news.cnet.com` →
    `cnet`, `telegraph.co.uk` → `telegraph`), or ''."""
    labels = host.lower().split(".")[:-1]
    named = [label for label in labels if label and label not in NO_NAME_LABELS]
    return named[-1] if named else ""


def derived_answer(html: str, domain: str) -> dict:
    """Return the audit's answer for a page from its HTML: title, body, url and outlet."""
    import trafilatura

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    first = (lambda path: next((v.strip() for v in tree.xpath(path) if v.strip()), "")) if tree is not None \
        else (lambda path: "")
    url = first("//link[@rel='canonical']/@href") or first("//meta[@property='og:url']/@content")
    if not urlsplit(url).hostname and "." in domain:
        url = f"https://{domain}/"
    outlet = first("//meta[@property='og:site_name']/@content") or main_label(urlsplit(url).hostname or "")
    return {"title": declared_headline(html), "body": trafilatura.extract(html) or "", "url": url, "outlet": outlet}


def audit_view(fresh: FreshPage, dumps: list[Path]) -> Page:
    """Return tag_audit's view of one page: the derived answer, its HTML's and dumps' evidence."""
    texts = [fresh.html] + [dump.read_text(encoding="utf-8", errors="replace") for dump in dumps]
    return Page.of(derived_answer(fresh.html, fresh.site), texts, fresh.html)


def main() -> int:
    """Print, per half and style, how many suggested tags of the pages are of each bad kind."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cleaning_dev", type=Path,
                        help="cleaning-dev folder (its development part gives the common words)")
    parser.add_argument("cache", type=Path, help="fresh_pages.py's cache of pages and dumps")
    parser.add_argument("--styles", nargs="+", choices=list(STYLES), default=list(STYLES))
    parser.add_argument("--show", action="store_true", help="list the bad tags (tune half only)")
    args = parser.parse_args()
    dev = [args.cleaning_dev / "cases" / case for case, part in parts(args.cleaning_dev).items() if part == "dev"]
    bodies = common_words(dev)["en"]
    pages, files = gather(args.cleaning_dev, args.cache, load_tools(args.cleaning_dev)[1])
    dumped = [style for style in STYLES if style != "html"]
    print(f"{'half':5}  {'style':5}  {'pages':>5}  {'tags':>4}  {'bad':>4}  " + "  ".join(f"{k:>8}" for k in KINDS))
    for name in HALVES:
        chosen = [page for page, fresh in pages.items() if half(fresh.site) == name]
        views = {page: audit_view(pages[page], [files[page, style] for style in dumped]) for page in chosen}
        for style in args.styles:
            counts = audit_tags([(page, style, pages[page].path if style == "html" else files[page, style], views[page])
                                 for page in chosen], bodies, args.show and name == "tune")
            print(f"{name:5}  {style:5}  {len(chosen):>5}  {counts['tags']:>4}  {counts['bad']:>4}  "
                  f"{kind_columns(counts)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
