#!/usr/bin/env python3
"""Count bad suggested tags on the transplants: development articles in other development pages' chrome.

usage: python benchmarks/tag_audit_transplants.py CLEANING_DEV_DIR [--sets ko short en] [--styles html lynx w3m inner]
       [--show]

The pages are those of import_transplant.py (`ko`: Korean articles in other Korean and English pages and in
the written portal frames; `short`: the same cut short, `--short` there) and import_transplant_en.py (`en`),
from the same caches of dumps. Each page's article is the donor's answer (title and body); its outlet evidence
the host's (URL, outlet field, copyright lines; the donor's in a frame written by the benchmark), as the page
shows it; its chrome the transplanted page's own dump lines outside the article. Kinds and rules are tag_audit.py's, which share nothing with the importer's tag
filters. Only the development part is read; the pages are written only into the caches.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import import_transplant as ko_transplant  # noqa: E402
from benchmarks import import_transplant_en as en_transplant  # noqa: E402
from benchmarks.import_split import parts  # noqa: E402
from benchmarks.import_tags import suggested  # noqa: E402
from benchmarks.import_variants import dump_parser  # noqa: E402
from benchmarks.tag_audit import KINDS, Page, common_words, kinds_of  # noqa: E402
from benchmarks.transplant_chrome import WRAPPERS, wrapper_page  # noqa: E402
from benchmarks.transplant_short import PORTALS, short_pages  # noqa: E402

STYLES = ("html", "lynx", "w3m", "inner")
DUMPS = ("lynx", "w3m", "inner")
SETS = ("ko", "short", "en")


def korean_pages(root: Path, short: bool) -> tuple[dict, dict]:
    """Return the Korean transplants {page id: (kind, html, answer)} and {page id: (donor, host or None)}."""
    donors, ko_hosts, en_hosts = ko_transplant.choose_pages(root, None)
    if short:
        hosts = sorted(c for c in (root / "cases").iterdir() if parts(root).get(c.name) == "dev"
                       and c.name.split("_")[2:3] and c.name.split("_")[2] in PORTALS and (c / "raw.html").is_file())
        answers = {d.name: {**ko_transplant.expected(d), "group": "ko"} for d in donors}
        pages = short_pages(donors, answers, hosts, ko_transplant.article_block,
                            lambda d, h, a, b: ko_transplant.transplant(d, h, a, ko_transplant.expected(h), b),
                            wrapper_page, WRAPPERS)
        marks = {f"_in_{h.name.split('_')[0]}": h for h in hosts}
    else:
        hosts = ko_hosts + en_hosts
        pages = ko_transplant.build_pages(root, donors, ko_hosts, en_hosts, ["ko", "en", "portal", "frame"])
        marks = {f"_in_{h.name.split('_')[0]}_{h.name[-6:]}": h for h in hosts}
    by_prefix = {d.name.split("_")[0]: d for d in donors}
    owners = {}
    for page_id in pages:
        donor = by_prefix[page_id.split("_")[2]]
        owners[page_id] = (donor, next((h for mark, h in marks.items() if page_id.endswith(mark)), None))
    return pages, owners


def english_pages(root: Path) -> tuple[dict, dict]:
    """Return the English transplants {page id: (host, html, answer)} and {page id: (donor, host)}."""
    donors, hosts = en_transplant.choose(root, 8)
    pages = en_transplant.build_pages(donors, hosts)
    by_name = {d.case.name[4:12]: d.case for d in donors}
    owners = {page_id: (by_name[page_id.split("_")[2]], root / "cases" / host) for page_id, (host, _, _) in pages.items()}
    return pages, owners


def audit_page(donor: Path, host: Path | None, urls: dict, answer: dict, dumps: list[str]) -> Page:
    """Return the audit's view of a transplanted page: the donor's article, the host's outlet (the donor's in a
    written frame), the page's chrome."""
    page = Page(host or donor, urls.get((host or donor).name, ""))
    page.title, page.body = answer.get("title") or "", answer.get("body") or ""
    page.keywords = set()  # the host's keyword metadata went with its article
    page.chrome = page._chrome_items(dumps)
    return page


def main() -> int:
    """Print per set and style how many suggested tags of the transplants are of each bad kind."""
    parser = dump_parser(__doc__, "archivist-transplants", "unused")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--styles", nargs="+", default=list(STYLES), choices=STYLES)
    parser.add_argument("--show", action="store_true", help="list the bad tags")
    args = parser.parse_args()
    root = args.cleaning_dev.resolve()
    _, dump_tool = ko_transplant.load_tools(root)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    urls = {entry["id"]: entry.get("url", "") for entry in manifest}
    bodies = common_words([root / "cases" / c for c, p in parts(root).items() if p == "dev"])
    print(f"{'set':5}  {'style':5}  {'tags':>5}  {'bad':>4}  " + "  ".join(f"{k:>8}" for k in KINDS))
    for name in args.sets:
        pages, owners = english_pages(root) if name == "en" else korean_pages(root, name == "short")
        cache = args.cache.resolve().parent / ("archivist-transplants-en" if name == "en" else args.cache.name)
        files = ko_transplant.make_dumps(pages, list(DUMPS), cache, dump_tool)
        work = Path(tempfile.mkdtemp(prefix="tag-audit-"))  # the pages as HTML files, removed at the end
        views = {}
        for style in args.styles:
            counts: Counter = Counter()
            for page_id, (_, html, answer) in pages.items():
                if page_id not in views:
                    dumps = [files[page_id, s].read_text(encoding="utf-8") for s in DUMPS]
                    views[page_id] = audit_page(*owners[page_id], urls, answer, dumps)
                if style == "html":
                    raw = work / f"{page_id}.html"
                    raw.write_text(html, encoding="utf-8")
                else:
                    raw = files[page_id, style]
                group = "en" if name == "en" else "ko"
                for tag in suggested(raw) or []:
                    found = kinds_of(tag, views[page_id], bodies[group])
                    counts["tags"] += 1
                    counts["bad"] += bool(found)
                    counts.update(found)
                    if found and args.show:
                        print(f"#  {page_id}  {style}  {tag}: {', '.join(found)}")
            print(f"{name:5}  {style:5}  {counts['tags']:>5}  {counts['bad']:>4}  "
                  + "  ".join(f"{counts[k]:>8}" for k in KINDS), flush=True)
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
