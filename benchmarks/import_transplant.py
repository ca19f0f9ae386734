#!/usr/bin/env python3
"""Transplants: each Korean development article put into the page chrome of other pages, dumped and scored.

usage: python benchmarks/import_transplant.py CLEANING_DEV_DIR [--cache DIR] [--keep DIR] [--styles NAME…]
       [--hosts ko|en|portal|frame …] [--donors N]

The development part is saturated (every Korean dev page token-perfect), so new evidence is made from it:
each Korean development article (its `raw.html` article block, the smallest element holding its expected
paragraphs) replaces the article block of *other* development pages — other Korean outlets, English outlets —
or sits in a portal-like wrapper written here (section menu, a teaser list and a ranking box beside or inside
the article, reaction buttons, a comment box, a footer with the company's registration and founding dates),
whose teasers and comments are other development articles' titles and sentences — or in one of the frames of
transplant_frames.py (hidden copies of the article, galleries, noscript fallbacks, ads, the next article
preloaded, rankings: what lynx and w3m print and a browser's copy leaves out). The host's headline, byline,
e-mail and date outside its block are rewritten to the donor's, so the donor's `expected.json` is the
answer. Each page is dumped the ways people copy it (lynx and w3m wide as the cases' own dumps, lynx with its
link list and w3m at 80 columns, Chromium's innerText), imported and scored with the cases' score.py. Prints
body shingle F1 and the fields per style, then per kind of chrome. Only the development part is ever read;
nothing is written outside the cache and --keep folders (the pages stay out of the repository).
"""

from __future__ import annotations

import copy
from html import escape
import hashlib
import importlib.util
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.import_quality import predict, predicted_source, same_outlet  # noqa: E402
from benchmarks.import_split import parts  # noqa: E402
from benchmarks.import_variants import META_CHARSET, dump_parser, inner_page_texts, lynx, w3m  # noqa: E402
from benchmarks.transplant_chrome import WRAPPERS, wrapper_page  # noqa: E402
from benchmarks.transplant_frames import FRAMES, frame_page  # noqa: E402
from benchmarks.transplant_short import PORTALS, short_pages  # noqa: E402
from benchmarks.transplant_tables import print_tables  # noqa: E402

STYLES = ("lynx", "w3m", "inner", "lynx-list-80", "w3m-80")
KO_HOSTS = 8        # one host page per Korean development outlet
EN_HOSTS = 4        # English development pages used as hosts
MIN_FOUND = 0.8     # share of the expected paragraphs an article block must hold
_WS = re.compile(r"\s+")
_SKIP = ("script", "style", "noscript")


def squash(text: str) -> str:
    """Return text without any whitespace, for finding one text inside another."""
    return _WS.sub("", text)


def squeeze(text: str) -> str:
    """Return a dump as the cases' own were kept: lines without trailing spaces, runs of blank lines as one."""
    lines = [line.rstrip() for line in text.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def load_tools(root: Path):
    """Return the cases' own score.py and dump.py as modules (read at run time, never copied)."""
    found = []
    for name, path in (("case_score", root / "score.py"), ("case_dump", root / "tools" / "dump.py")):
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found.append(module)
    return found


def parse(path: Path):
    """Return the page's parsed tree."""
    return lxml.html.document_fromstring(path.read_text(encoding="utf-8", errors="replace"))


def paragraphs(body: str) -> list[str]:
    """Return the expected body's paragraphs without Markdown marks."""
    return [p.strip().lstrip("#-* ").strip() for p in body.split("\n\n") if p.strip()]


def article_block(root, body: str):
    """Return the smallest element holding the openings of the expected paragraphs (None if too few are found)."""
    elements = [e for e in root.iter() if isinstance(e.tag, str) and e.tag not in _SKIP]
    texts = {e: squash(e.text_content()) for e in elements}
    keys = [squash(p)[:20] for p in paragraphs(body)]
    keys = [k for k in keys if len(k) >= 8]
    deepest = []
    for key in keys:
        holders = [e for e in elements if key in texts[e]]
        if holders:
            deepest.append(max(holders, key=lambda e: sum(1 for _ in e.iterancestors())))
    if not keys or len(deepest) < MIN_FOUND * len(keys):
        return None
    common = None
    for element in deepest:
        chain = [element, *element.iterancestors()]
        common = chain if common is None else [a for a in common if a in set(chain)]
    return common[0] if common else None


def replace_date(root, skip, old: str, new: str) -> None:
    """Rewrite the host's day (`2024.05.30`, `2024-05-30`, `2024년 5월 30일`) to the donor's, keeping its format."""
    if not old or not new:
        return
    y, m, d = (int(x) for x in old[:10].split("-"))
    ny, nm, nd = (int(x) for x in new[:10].split("-"))
    pattern = re.compile(rf"{y}(\s*[.\-/년]\s*)(0?){m}(\s*[.\-/월]\s*)(0?){d}(?!\d)")

    def swap(match: re.Match) -> str:
        """Return the donor's day in the host's format."""
        pad_m = f"{nm:02d}" if match.group(2) else str(nm)
        pad_d = f"{nd:02d}" if match.group(4) else str(nd)
        return f"{ny}{match.group(1)}{pad_m}{match.group(3)}{pad_d}"

    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if element.text and not (element is skip or any(a is skip for a in element.iterancestors())):
            element.text = pattern.sub(swap, element.text)
        if element.tail and not any(a is skip for a in element.iterancestors()):
            element.tail = pattern.sub(swap, element.tail)


def retitle(root, skip, old: str | None, new: str) -> None:
    """Put the donor's headline where the host prints its own (its `<title>` and the elements holding only it)."""
    for title in root.iter("title"):
        title.text = new
    for meta in root.xpath("//meta[@property='og:title' or @name='title' or @name='twitter:title']"):
        meta.set("content", new)
    for script in root.xpath("//script[@type='application/ld+json']"):
        script.drop_tree()  # the host's metadata describes the host's article
    if old:
        target = squash(old)
        holders = [e for e in root.iter() if isinstance(e.tag, str) and e.tag not in _SKIP + ("title", "head", "html")
                   and squash(e.text_content()) == target and e is not skip]
    else:
        holders = [e for e in root.iter("h1") if len(e.text_content().strip()) > 10][:1]
    for element in holders:
        if any(squash(c.text_content()) == target for c in element) if old else False:
            continue  # a deeper element holds it alone
        tail = element.tail
        element.clear()
        element.text, element.tail = new, tail


def transplant(donor: Path, host: Path, donor_expected: dict, host_expected: dict, block=None) -> str | None:
    """Return the host page with the donor's article block (or `block`, one cut short) in place of its own, or None
    when a block is not found."""
    donor_root, host_root = parse(donor / "raw.html"), parse(host / "raw.html")
    block = article_block(donor_root, donor_expected["body"]) if block is None else block
    place = article_block(host_root, host_expected["body"])
    if block is None or place is None or place.getparent() is None:
        return None
    moved = copy.deepcopy(block)
    moved.tail = place.tail
    lost_header = bool(host_expected.get("title")) and squash(host_expected["title"]) in squash(place.text_content())
    place.getparent().replace(place, moved)
    if lost_header and squash(donor_expected["title"]) not in squash(moved.text_content()):
        for element in header_elements(donor_expected):
            moved.addprevious(element)  # the host's block held its headline: the donor's takes its place
    head = host_root.find("head")
    for style in donor_root.iter("style"):
        if head is not None:
            head.append(copy.deepcopy(style))  # the donor's own CSS hides what its page hid
    rewrite_fields(host_root, moved, donor_expected, host_expected)
    for element in header_elements(donor_expected, missing_fields(host_root, donor_expected), title=False):
        moved.addprevious(element)  # the donor's byline or time sat in its page's header: put it in the host's
    page = lxml.html.tostring(host_root, encoding="unicode", doctype="<!DOCTYPE html>")
    return META_CHARSET.sub(lambda m: m.group(1) + "utf-8", page)  # the page is written as UTF-8


def header_elements(answer: dict, fields: set[str] = frozenset({"date", "byline"}), title: bool = True) -> list:
    """Return a plain article header for the donor: its headline, and its time and byline when in `fields`."""
    date = answer.get("date") or ""
    names = " ".join(f"{name} 기자" for name in answer.get("reporters") or [])
    parts = [f"<h3>{escape(answer['title'])}</h3>"] if title else []
    if date and "date" in fields:
        parts.append(f"<p>입력 {date[:10].replace('-', '.')} {date[11:16]}</p>")
    if (names or answer.get("email")) and "byline" in fields:
        parts.append(f"<p>{escape(names)} {escape(answer.get('email') or '')}</p>")
    return [lxml.html.fragment_fromstring(part) for part in parts]


def page_text(root) -> str:
    """Return the text a reader sees in the page's body (no scripts or styles), without whitespace."""
    body = root.find("body")
    return squash(" ".join(t for e in (body if body is not None else root).iter()
                           if isinstance(e.tag, str) and e.tag not in _SKIP for t in (e.text, e.tail) if t))


def missing_fields(root, answer: dict) -> set[str]:
    """Return which of the donor's header fields ("byline", "date") the transplanted page does not show."""
    text, missing = page_text(root), set()
    if any(squash(name) not in text for name in answer.get("reporters") or []) or \
            (answer.get("email") and answer["email"] not in text):
        missing.add("byline")
    date = answer.get("date")
    if date:
        y, m, d = (int(x) for x in date[:10].split("-"))
        if not re.search(rf"{y}[.\-/년]0?{m}[.\-/월]0?{d}(?!\d)", text):
            missing.add("date")
    return missing


def rewrite_fields(root, skip, donor: dict, host: dict) -> None:
    """Rewrite the host's headline, reporters, e-mail and date outside the moved block to the donor's."""
    retitle(root, skip, host.get("title"), donor["title"])
    names = donor.get("reporters") or []
    for i, name in enumerate(host.get("reporters") or []):
        replace_everywhere(root, skip, name, names[i] if i < len(names) else "")
    replace_everywhere(root, skip, host.get("email") or "", donor.get("email") or "")
    replace_date(root, skip, host.get("date") or "", donor.get("date") or "")
    if donor.get("outlet"):
        replace_everywhere(root, skip, host.get("outlet") or "", donor["outlet"])


def replace_everywhere(root, skip, old: str, new: str) -> None:
    """Replace the host's `old` (a name, an e-mail, its outlet) by the donor's outside the moved block: in text,
    spaced or not, and in an image's alt text or title (a reporter's photo, the logo)."""
    if not old or old == new:
        return
    spaced = re.compile(r"\s*".join(map(re.escape, old)))  # a logo's text may space the name (`매일 경제`)
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if not (element is skip or any(a is skip for a in element.iterancestors())):
            element.text = spaced.sub(new, element.text) if element.text else element.text
            for name in ("alt", "title", "content"):
                if spaced.search(element.get(name) or ""):
                    element.set(name, spaced.sub(new, element.get(name)))
        if element.tail and not any(a is skip for a in element.iterancestors()):
            element.tail = spaced.sub(new, element.tail)


def host_key(case_id: str) -> str:
    """Return the host's outlet as it shows (an outlet on a portal is its own kind of chrome)."""
    return "_".join(case_id.split("_")[1:-1]) or case_id.split("_")[1]


def choose_pages(root: Path, donors: int | None) -> tuple[list[Path], list[Path], list[Path]]:
    """Return (Korean donors, Korean hosts one per outlet, English hosts) from the development part only."""
    split = parts(root)
    dev = [root / "cases" / c for c, part in split.items() if part == "dev" and (root / "cases" / c / "raw.html").is_file()]
    korean = [c for c in dev if c.name.startswith("ko")]
    hosts: dict[str, Path] = {}
    for case in korean:
        hosts.setdefault(host_key(case.name), case)
    english = sorted((c for c in dev if c.name.startswith("aeb")),
                     key=lambda c: hashlib.sha256(c.name.encode()).hexdigest())
    english = [c for c in english if article_block(parse(c / "raw.html"), expected(c)["body"]) is not None]
    return korean[:donors] if donors else korean, list(hosts.values())[:KO_HOSTS], english[:EN_HOSTS]


def expected(case: Path) -> dict:
    """Return a case's expected.json."""
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


def build_pages(root: Path, donors: list[Path], ko_hosts: list[Path], en_hosts: list[Path],
                kinds: list[str]) -> dict[str, tuple[str, str, dict]]:
    """Return {page id: (kind of chrome, html, answer)} for every donor in every chosen host."""
    pages = {}
    others = {case.name: expected(case) for case in donors}
    for donor in donors:
        answer = {**expected(donor), "group": "ko"}
        for host in ko_hosts + en_hosts:
            korean = host.name.startswith("ko")
            kind = ("ko:" + host_key(host.name)) if korean else "en"
            if kind.split(":")[0] not in kinds or korean and host_key(host.name).split("_")[0] == donor.name.split("_")[1]:
                continue
            html = transplant(donor, host, answer, expected(host))
            if html:
                pages[f"ko_t_{donor.name.split('_')[0]}_in_{host.name.split('_')[0]}_{host.name[-6:]}"] = (kind, html, answer)
        block = article_block(parse(donor / "raw.html"), answer["body"])
        neighbours = [v for k, v in others.items() if k != donor.name]
        for kind, names, make in (("portal", WRAPPERS, wrapper_page), ("frame", FRAMES, frame_page)):
            for name in names if kind in kinds else ():
                pages[f"ko_t_{donor.name.split('_')[0]}_in_{name}"] = (
                    f"{kind}:{name}", make(name, block, parse(donor / "raw.html"), answer, neighbours), answer)
    return pages


def dump(html: str, style: str, dump_tool) -> str:
    """Return one text dump of a page (lynx and w3m as the cases' own dumps were made)."""
    if style == "lynx":
        return dump_tool.lynx_dump(html)
    if style == "w3m":
        return squeeze(w3m(html, ["-cols", "1000"]))
    if style == "lynx-list-80":
        return lynx(html, ["-width=80"])
    if style == "w3m-80":
        return w3m(html, ["-cols", "80"])
    raise ValueError(style)


def make_dumps(pages: dict, styles: list[str], cache: Path, dump_tool) -> dict[tuple[str, str], Path]:
    """Return {(page id, style): dump file}, making (and caching by the page's hash) what is missing."""
    files, todo_inner = {}, []
    for page, (_, html, _) in pages.items():
        digest = hashlib.sha256(html.encode()).hexdigest()[:16]
        for style in styles:
            target = cache / style / f"{page}-{digest}.txt"
            files[page, style] = target
            if target.is_file():
                continue
            if style == "inner":
                todo_inner.append((html, target))
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(dump(html, style, dump_tool), encoding="utf-8")
    if todo_inner:
        for (_, target), text in zip(todo_inner, inner_page_texts([html for html, _ in todo_inner])):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(squeeze(text), encoding="utf-8")
    return files


def score_all(pages: dict, files: dict, styles: list[str], scorer, work: Path) -> dict:
    """Return {style: [(page id, kind, per-case scores)]} after importing every dump."""
    results = defaultdict(list)
    cases = work / "cases"
    for page, (_, _, answer) in pages.items():
        (cases / page).mkdir(parents=True, exist_ok=True)
        (cases / page / "expected.json").write_text(json.dumps({**answer, "id": page}, ensure_ascii=False), encoding="utf-8")
    for style in styles:
        out = work / style
        out.mkdir(parents=True, exist_ok=True)
        for page, (kind, _, answer) in pages.items():
            text = predict(files[page, style])
            target = out / f"{page}.md"
            if text is None:
                target.unlink(missing_ok=True)
            else:
                target.write_text(text, encoding="utf-8")
            row = scorer.score_case({**answer, "id": page}, str(out))
            if answer.get("outlet"):
                row["source"] = float(same_outlet(predicted_source(target), answer["outlet"]))
            results[style].append((page, kind, row))
    return results


def main(argv=None) -> int:
    """Build the transplanted pages, dump, import and score them, print the tables."""
    parser = dump_parser(__doc__, "archivist-transplants", "keep the predictions and answers in this folder")
    parser.add_argument("--styles", nargs="+", default=list(STYLES), choices=STYLES)
    parser.add_argument("--hosts", nargs="+", default=["ko", "en", "portal", "frame"],
                        choices=["ko", "en", "portal", "frame"])
    parser.add_argument("--donors", type=int, help="only the first N Korean development articles")
    parser.add_argument("--short", action="store_true", help="the donors cut short, in portal frames only "
                        "(transplant_short.py)")
    args = parser.parse_args(argv)
    root = args.cleaning_dev.resolve()
    scorer, dump_tool = load_tools(root)
    donors, ko_hosts, en_hosts = choose_pages(root, args.donors)
    if args.short:
        portals = [c for c in (root / "cases").iterdir() if parts(root).get(c.name) == "dev"
                   and c.name.split("_")[2:3] and c.name.split("_")[2] in PORTALS and (c / "raw.html").is_file()]
        pages = short_pages(donors, {d.name: {**expected(d), "group": "ko"} for d in donors}, sorted(portals),
                            article_block, lambda d, h, a, b: transplant(d, h, a, expected(h), b), wrapper_page, WRAPPERS)
    else:
        pages = build_pages(root, donors, ko_hosts, en_hosts, args.hosts)
    files = make_dumps(pages, args.styles, args.cache.resolve(), dump_tool)
    with tempfile.TemporaryDirectory() as tmp:
        work = (args.keep or Path(tmp)).resolve()
        print_tables(score_all(pages, files, args.styles, scorer, work), scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
