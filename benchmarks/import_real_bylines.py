#!/usr/bin/env python3
"""Real Korean bylines, e-mail lines and outlet lines, as outlets print them, written into development pages.

usage: python benchmarks/import_real_bylines.py CLEANING_DEV_DIR RECORDS.jsonl [MORE.jsonl …] [--show]

Each record (read at run time from JSONL files kept outside the repository; nothing of them is stored here)
is what one real page prints around its article: the lines between its headline and first paragraph (`top`),
a dateline glued before the first sentence (`lead`), text glued after the last one (`glue`), and the lines
after the article up to its copyright, tip box or reporter card (`end`), with the hand-checked reporters,
e-mail and outlet. Each Korean development page's dumps (lynx, w3m, inner; the check part never) lose their
own byline, e-mail and date lines (`field_pages.py`) and every short line naming their own outlet or holding
a copyright mark, then get one record's lines. Prints, per record and dump style, the share of pages whose
reporters are exactly the record's (`score.split_names`), whose e-mail is the record's (none may be read
where it shows none), whose `source` is the record's outlet (only where its lines name it), and the body
shingle F1 (the lines must neither eat nor leak body). --show prints each miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path
from html import escape
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.field_pages import (NAMES, STYLES, Page, body_f1, dev_pages, moved, norm, run, scorer,  # noqa: E402
                                     with_lines)
from archivist.errors import ContentError  # noqa: E402
from archivist.importer.extract import extract  # noqa: E402
from benchmarks.import_quality import same_outlet  # noqa: E402

DATE_LINE = "입력 2023.05.01 10:00"
_DATE = re.compile(r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}")
_SENTENCE_END = re.compile(r"[다요][.!?][\"”’']?$")
_ADDRESSES = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_NOT_SUBHEAD = re.compile(r"기자|특파원|사진|영상|그래픽|입력|수정|승인|기사|뉴스|구독|제보|앵커|PD|▶|☞")
_MARK = re.compile(r"ⓒ|©|\(c\)|copyright|무단\s*전재|재배포|all rights reserved", re.I)
# The check part's outlets: a record of one of them is never measured (the gatherers must not record them).
CHECK_OUTLETS = ("동아일보", "donga", "서울신문", "seoul.co.kr", "YTN", "JTBC", "뉴스1", "news1", "머니투데이",
                 "mt.co.kr", "머니S", "moneys", "파이낸셜뉴스", "fnnews")


def load_records(paths: list[Path]) -> list[dict]:
    """Return the records of the JSONL files, each page once (by repository and path), check outlets left out."""
    seen, records = set(), []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            key = (record.get("repo"), record.get("path"), record.get("id"))
            if key in seen:
                continue
            seen.add(key)
            if _is_check_outlet(record):
                print(f"{path}:{number}: skipped: {record.get('outlet')} is one of the check part's outlets")
                continue
            records.append(record)
    return records


def _is_check_outlet(record: dict) -> bool:
    """Return True when a record's outlet is one of the check part's."""
    outlet = norm(record.get("outlet") or "")
    return any(norm(name) == outlet or (len(norm(name)) > 4 and norm(name) in outlet) for name in CHECK_OUTLETS)


def own_names(cleaning_dev: Path, case: str) -> list[str]:
    """Return the ways a development page names its own outlet: its name, its host's and its e-mails' domain words."""
    expected = json.loads((cleaning_dev / "cases" / case / "expected.json").read_text(encoding="utf-8"))
    names = {expected.get("outlet") or ""}
    hosts = [urlparse(expected.get("url") or "").netloc, (expected.get("email") or "").rpartition("@")[2]]
    for host in hosts:
        words = [w for w in host.lower().split(".") if w not in ("www", "news", "co", "kr", "com", "net", "")]
        if words and not any(p in host for p in ("naver", "daum")):
            names.add(words[0])
    return sorted(n for n in names if n)


def without_own_outlet(page: Page, names: list[str]) -> Page:
    """Return the page with its lines naming its own outlet (its chrome, captions with its dateline) or holding a
    copyright mark blanked, outside its article's text, so that only a record's lines name an outlet."""
    own = norm(page.body)
    patterns = [re.compile(rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])", re.I) if n.isascii()
                else re.compile(r"\s*".join(map(re.escape, n))) for n in names]  # `매일 경제` too
    lines = list(page.lines)
    for i, line in enumerate(lines):
        key = norm(line)
        if len(key) >= 12 and key in own:
            continue
        if _MARK.search(line) or any(p.search(line) for p in patterns):
            lines[i] = ""
    return replace(page, lines=tuple(lines), opening=_first_sentence(page))


def _first_sentence(page: Page) -> int:
    """Return the article's first line of running text, however short (a dateline opens it), or the page's
    opening line (field_pages takes the first long one)."""
    own = norm(page.body)
    return next((i for i in range(page.first, page.opening)
                 if _SENTENCE_END.search(page.lines[i].strip()) and norm(page.lines[i]) in own), page.opening)


def variant(page: Page, record: dict) -> tuple[str, Page] | None:
    """Return the page's text with the record's lines written in, and the page to score it against; None when
    the page's own text names a made-up reporter (a TV anchor's hand-over) the record cannot stand for."""
    if any(f"{name} 기자" in page.body or f"{name}입니다" in page.body for name in NAMES):
        return None
    top, end = list(record.get("top") or []), list(record.get("end") or [])
    dated = any(_DATE.search(line) for line in [*top, *end, record.get("lead") or ""])
    text = with_lines(page, top=top, end=end, lead=record.get("lead") or "", glue=record.get("glue") or "",
                      under_title=[] if dated else [DATE_LINE])
    subheads = [line.strip() for line in top if is_subhead(line, record)]
    return text, moved(page, "\n\n".join([*subheads, page.body])) if subheads else page


def is_subhead(line: str, record: dict) -> bool:
    """Return True for a top line that is a sub-headline (body, by the cases' conventions): a phrase naming no
    reporter, outlet, e-mail or date, and no credit, picture or copyright word."""
    text = line.strip()
    if len(norm(text)) < 8 or _DATE.search(text) or "@" in text or _MARK.search(text) or _NOT_SUBHEAD.search(text):
        return False
    names = [*(record.get("reporters") or []), record.get("outlet") or ""]
    return not any(name and norm(name) in norm(text) for name in names)


def names_outlet(record: dict) -> bool:
    """Return True when the record's lines name its outlet (else its `source` cannot be read from them)."""
    outlet = norm(record.get("outlet") or "")
    lines = [*(record.get("top") or []), record.get("lead") or "", record.get("glue") or "", *(record.get("end") or [])]
    return bool(outlet) and any(outlet in norm(_ADDRESSES.sub("", line)) for line in lines)  # not `x@outlet.kr`


def html_page(page: Page, record: dict) -> tuple[str, Page] | None:
    """Return a small outlet page in HTML around the page's article (menu, headline, date, the record's top lines,
    the paragraphs with its lead and glue, its end lines, a footer), and the page to score it against."""
    made = variant(page, record)
    if made is None:
        return None
    _, expected = made
    paragraphs = [p.lstrip("#").strip() for p in page.body.split("\n\n") if p.strip()]
    opening = next((k for k, p in enumerate(paragraphs) if _SENTENCE_END.search(p)), 0)
    paragraphs[opening] = (record.get("lead") or "") + paragraphs[opening]
    paragraphs[-1] += record.get("glue") or ""
    top, end = list(record.get("top") or []), list(record.get("end") or [])
    dated = any(_DATE.search(line) for line in [*top, *end, record.get("lead") or ""])
    title = escape(page.lines[page.title].strip())
    menu = "".join(f"<li><a href='/s{k}'>{w}</a></li>" for k, w in enumerate(("정치", "경제", "사회", "국제", "문화")))
    lines = lambda texts: "".join(f"<p>{escape(t)}</p>" for t in texts)  # noqa: E731
    html = (f"<!doctype html><html lang=ko><head><meta charset=utf-8><title>{title}</title></head><body>"
            f"<header><nav><ul>{menu}</ul></nav></header><main><h1>{title}</h1>{'' if dated else lines([DATE_LINE])}"
            f"{lines(top)}<article>{lines(paragraphs)}</article>{lines(end)}</main>"
            "<footer><p>회사소개 | 이용약관 | 개인정보처리방침</p></footer></body></html>")
    return html, expected


def run_html(html: str, page: Page):
    """Return the importer's record of a variant in HTML, or None when it finds no article."""
    try:
        return extract(html.encode("utf-8"), f"{page.case}.html")
    except ContentError:
        return None


def measure(cleaning_dev: Path, records: list[dict], show: bool, with_html: bool = False) -> dict:
    """Return {record id: {style: [reporters hits, email hits, source hits, source cases, body F1 sum, pages]}}."""
    score = scorer(cleaning_dev)
    pages = dev_pages(cleaning_dev)
    names = {case: own_names(cleaning_dev, case) for case in {p.case for p in pages}}
    pages = [without_own_outlet(p, names[p.case]) for p in pages]
    if with_html:  # one HTML page per article, written around the lynx dump's article
        pages += [replace(p, style="html") for p in pages if p.style == "lynx"]
    table: dict = {}
    for record in records:
        want_names = sorted(set(score.split_names(record.get("reporters") or [])))
        want_mail = (record.get("email") or "").lower()
        scored_source = names_outlet(record)
        for page in pages:
            made = html_page(page, record) if page.style == "html" else variant(page, record)
            if made is None:
                continue
            text, expected = made
            got = run_html(text, expected) if page.style == "html" else run(text, expected)
            got_names = sorted(set(score.split_names(got.reporters))) if got else []
            hit = got_names == want_names
            mails = [x.lower() for x in got.emails] if got else []
            mail = want_mail in mails if want_mail else not mails
            source = same_outlet(got.source if got else "", record["outlet"]) if scored_source else False
            f1 = body_f1(score, got.body, expected.body) if got else 0.0
            cell = table.setdefault(record["id"], {}).setdefault(page.style, [0, 0, 0, 0, 0.0, 0])
            for k, value in enumerate((hit, mail, source, scored_source, f1, 1)):
                cell[k] += value
            if show and (not hit or not mail or (scored_source and not source) or f1 < 0.98):
                print(f"MISS {record['id']} | {page.case} {page.style}: reporters {got.reporters if got else None} "
                      f"(want {record.get('reporters')}), emails {got.emails if got else None} (want {want_mail or '-'}), "
                      f"source {got.source if got else None!r} (want {record['outlet']!r}"
                      f"{'' if scored_source else ', not scored'}), body F1 {f1:.3f}")
    return table


def print_table(table: dict, records: list[dict]) -> None:
    """Print reporters / email / source / body F1 per record and style, then the totals over all records."""
    styles = [*STYLES, *(["html"] if any("html" in cells for cells in table.values()) else [])]
    outlets = {r["id"]: r.get("outlet") or "" for r in records}
    print(f"{'record (outlet)':<34} " + " ".join(f"{s + ' rep/mail/src/F1':>26}" for s in styles))
    totals = {s: [0, 0, 0, 0, 0.0, 0] for s in styles}
    perfect = {s: 0 for s in styles}
    for rid, cells in table.items():
        row = []
        for style in styles:
            cell = cells.get(style, [0, 0, 0, 0, 0.0, 0])
            totals[style] = [t + v for t, v in zip(totals[style], cell)]
            perfect[style] += bool(cell[5]) and cell[0] == cell[1] == cell[5] and cell[2] == cell[3]
            row.append(_cell(*cell))
        print(f"{(rid + ' (' + outlets[rid] + ')')[:34]:<34} " + " ".join(f"{c:>26}" for c in row))
    label = f"ALL ({len(table)} records, {len({outlets[r] for r in table})} outlets)"
    print(f"{label:<34} " + " ".join(f"{_cell(*totals[s]):>26}" for s in styles))
    print(f"{'records right on every page':<34} " + " ".join(f"{str(perfect[s]) + '/' + str(len(table)):>26}"
                                                         for s in styles))


def _cell(hit: int, mail: int, source: int, sources: int, f1: float, n: int) -> str:
    """Return one table cell: reporters and e-mail accuracy, source accuracy ('-' when not scored), mean body F1."""
    if not n:
        return "-"
    src = f"{source / sources:.2f}" if sources else "   -"
    return f"{hit / n:.2f} {mail / n:.2f} {src} {f1 / n:.3f}"


def main(argv=None) -> int:
    """Write every record's lines into every development page's dumps, import them, print the scores."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("records", type=Path, nargs="+", help="JSONL files of records (kept outside the repository)")
    parser.add_argument("--show", action="store_true", help="print each miss")
    parser.add_argument("--html", action="store_true", help="also a small HTML page around each article")
    args = parser.parse_args(argv)
    records = load_records([p for p in args.records if p.is_file()])
    for missing in (p for p in args.records if not p.is_file()):
        print(f"{missing}: not found, left out")
    print_table(measure(args.cleaning_dev.resolve(), records, args.show, args.html), records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
