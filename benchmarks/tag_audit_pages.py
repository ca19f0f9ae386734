#!/usr/bin/env python3
"""Count bad suggested tags on a folder of pages without answers, by tag_audit.py's rules and kinds.

usage: python benchmarks/tag_audit_pages.py PAGES_DIR [--dev CLEANING_DEV_DIR] [--styles html lynx w3m inner]
       [--show]

PAGES_DIR holds `manifest.json` (entries with `id` and `domain`) and `cases/<id>/` with `raw.html` and
the dumps (`raw.txt` lynx, `raw.w3m.txt`, `raw.inner.txt`). Such pages have no hand-checked answer, so
the audit's answer is derived from the HTML alone: the outlet is the page's `og:site_name`, else its
domain's main label; the url its canonical link or `og:url` (else the manifest's domain); the title the
headline it declares (page_headline.declared_headline); the body trafilatura's text of the HTML. The
"common" words are the development part's of cleaning-dev, as in tag_audit.py.

The cases are split by domain into a *hold* half (sha256('npm:' + domain)'s first byte divisible by 3)
and a *tune* half; both are counted, and `--show` lists the bad tags of the tune half only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.import_split import parts  # noqa: E402
from benchmarks.fresh_pages import half  # noqa: E402
from benchmarks.import_tags import STYLES  # noqa: E402
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


def audit_view(folder: Path, domain: str) -> Page:
    """Return tag_audit's view of one page: the derived answer, its raw files' evidence."""
    texts = {style: (folder / name).read_text(encoding="utf-8", errors="replace")
             for style, name in STYLES.items() if (folder / name).is_file()}
    return Page.of(derived_answer(texts.get("html", ""), domain), list(texts.values()), texts.get("html", ""))


def main() -> int:
    """Print, per half and style, how many suggested tags of the pages are of each bad kind."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("--dev", type=Path, default=Path("/work/shared/cleaning-dev"),
                        help="cleaning-dev folder whose development part gives the common words")
    parser.add_argument("--styles", nargs="+", choices=list(STYLES), default=list(STYLES))
    parser.add_argument("--show", action="store_true", help="list the bad tags (tune half only)")
    args = parser.parse_args()
    dev = [args.dev / "cases" / case for case, part in parts(args.dev).items() if part == "dev"]
    bodies = common_words(dev)["en"]
    manifest = json.loads((args.pages / "manifest.json").read_text(encoding="utf-8"))
    print(f"{'half':5}  {'style':5}  {'pages':>5}  {'tags':>4}  {'bad':>4}  " + "  ".join(f"{k:>8}" for k in KINDS))
    for name in HALVES:
        entries = [e for e in manifest if half(e["domain"]) == name]
        views = {e["id"]: audit_view(args.pages / "cases" / e["id"], e["domain"]) for e in entries}
        for style in args.styles:
            counts = audit_tags([(e["id"], style, args.pages / "cases" / e["id"] / STYLES[style], views[e["id"]])
                                 for e in entries], bodies, args.show and name == "tune")
            print(f"{name:5}  {style:5}  {len(entries):>5}  {counts['tags']:>4}  {counts['bad']:>4}  {kind_columns(counts)}",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
