"""Development pages made ready for field variants: their bylines, emails and dates taken out, read at run time.

Each Korean **development** case's text dump (lynx, w3m, inner; the check part is never read) is loaded,
its reporters renamed to made-up names (in the body too, where a TV anchor names the reporter), and every
line that signs the article (a short line naming a reporter, an email line, a byline glued to a paragraph)
and every date line of its header and byline area taken out. What is left is the article among the page's
chrome with no byline and no date: `import_bylines.py` and `import_dates.py` write one back in each form
Korean outlets use and score what the importer reads. Nothing from the pages is stored in the repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from archivist.errors import ContentError
from archivist.importer.extract import extract
from benchmarks.import_split import parts

STYLES = {"lynx": "raw.txt", "w3m": "raw.w3m.txt", "inner": "raw.inner.txt"}
NAMES = ("홍길동", "김철수", "남궁민", "이서윤", "박하늘", "정다은", "최영수", "한지민")
MAILBOXES = {"홍길동": "gildong", "김철수": "cskim", "남궁민": "namgung.m", "이서윤": "seoyun.lee",
             "박하늘": "sky.park", "정다은": "daeun", "최영수": "ys.choi", "한지민": "jimin.han"}
SIGNING_CHARS = 80   # a line naming a reporter this short (and not body text) signs the article
OPENING_CHARS = 60  # the first body line this long is running text, where a dateline byline opens the article
DATE_LINE_CHARS = 120  # a line with a date this short (and not body text) is a date line
_NOT_WORD = re.compile(r"[\W_]+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_DATE = re.compile(r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})")
_DATE_LABEL = re.compile(r"입력|수정|등록|승인|발행|업데이트|송고")


@dataclass(frozen=True)
class Page:
    """One development case in one dump style, without its byline and date lines."""

    case: str
    style: str
    lines: tuple[str, ...]
    body: str               # the expected body (paragraphs apart), reporters renamed as in the lines
    title: int              # the headline's line (or the first body line when it is not found)
    first: int              # the article's first and last lines
    last: int
    opening: int            # its first paragraph of running text (below any sub-headline lines)
    names: tuple[str, str]  # the made-up reporter and a second made-up name

    def email(self, name: str) -> str:
        """Return the made-up email of a made-up reporter."""
        return f"{MAILBOXES[name]}@hanbit.co.kr"


def norm(text: str) -> str:
    """Return text reduced to letters and digits, for comparisons."""
    return _NOT_WORD.sub("", text).lower()


def dev_pages(cleaning_dev: Path, styles=tuple(STYLES)) -> list[Page]:
    """Return every Korean development case with a reporter, in each dump style, made ready."""
    split = parts(cleaning_dev)
    pages = []
    for k, case_id in enumerate(sorted(c for c, part in split.items() if part == "dev" and c.startswith("ko"))):
        folder = cleaning_dev / "cases" / case_id
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        if not expected.get("reporters"):
            continue
        for style in styles:
            if (folder / STYLES[style]).is_file():
                text = (folder / STYLES[style]).read_text(encoding="utf-8", errors="replace")
                page = prepare(case_id, style, text, expected, k)
                if page is not None:
                    pages.append(page)
    return pages


def prepare(case_id: str, style: str, text: str, expected: dict, k: int) -> Page | None:
    """Return the page renamed and without its bylines and dates, or None when its article is not found."""
    names = (NAMES[k % len(NAMES)], NAMES[(k + 3) % len(NAMES)])
    renames = {old: NAMES[(k + j) % len(NAMES)] if j else names[0] for j, old in enumerate(expected["reporters"])}
    body = expected["body"]
    for old, new in renames.items():
        text, body = text.replace(old, new), body.replace(old, new)
    own = norm(body)
    reporters = set(renames.values())
    lines = [_unsigned(line, reporters, own) for line in text.split("\n")]
    lines = [part for line in lines if line is not None for part in line.split("\n")]
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    first = _line_of(lines, norm(paragraphs[0])[:30], 0)
    last = _line_of(lines, norm(paragraphs[-1])[-30:], first if first is not None else 0)
    if first is None or last is None:
        return None
    title = next((i for i in range(first, -1, -1) if norm(lines[i]) == norm(expected.get("title") or "")), first)
    opening = next((i for i in range(first, last + 1)
                    if len(lines[i].strip()) >= OPENING_CHARS and norm(lines[i]) in own), first)
    return Page(case_id, style, tuple(lines), body, title, first, last, opening, names)


def _unsigned(line: str, reporters: set[str], own: str) -> str | None:
    """Return the line without a byline or date (None: the whole line goes)."""
    text = line.strip()
    key = norm(text)
    if len(key) >= 12 and key in own:
        return line  # the article's own text, maybe naming its reporter (a TV anchor's hand-over)
    if len(text) <= SIGNING_CHARS and any(name in text for name in reporters):
        return None
    if len(text) <= SIGNING_CHARS * 2 and _EMAIL.search(text) and len(norm(_EMAIL.sub("", text))) < 40:
        return None
    head = text[:DATE_LINE_CHARS]  # a converter may print a sidebar on the date's line, after it
    if _DATE.search(head) and (_DATE_LABEL.search(head) or len(key) < 30):
        return None
    for name in reporters:
        head = re.match(rf"^\s*.{{0,30}}?{name}[^=\]]{{0,12}}?(?:기자|특파원)\s*[=\]]\s*", line)
        if head and norm(line[head.end():]) in own:
            return line[head.end():]  # `[서울=뉴시스]홍길동 기자 = 첫 문장…`: the sentence stays
        glued = re.search(rf"[\[(（【][^\])）】=]{{1,20}}=[^\])）】=]{{1,20}}[\])）】]\s*{name}[^=\]]{{0,12}}?(?:기자|특파원)"
                          rf"\s*=\s*", line)
        if glued and norm(line[glued.end():]) in own:
            return line[:glued.start()] + "\n" + line[glued.end():]  # the same glued to a caption before it
        tail = re.search(rf"(?<=[.!?])\s*/?\s*(?:\S{{1,10}}=)?{name}.{{0,40}}$", line)
        if tail and norm(line[:tail.start()]) in own:
            return line[:tail.start()]  # `…했다. /홍길동 기자 hong@`: the sentence stays
    return line


def _line_of(lines: list[str], key: str, start: int) -> int | None:
    """Return the index of the first line from `start` holding `key` (letters and digits), or None."""
    if not key:
        return None
    return next((i for i in range(start, len(lines)) if key in norm(lines[i])), None)


def with_lines(page: Page, top: list[str] = (), end: list[str] = (), lead: str = "", glue: str = "",
               under_title: list[str] = (), footer: list[str] = (), after: dict[int, list[str]] | None = None) -> str:
    """Return the page's text with lines put above its first paragraph (`top`), right under its headline,
    after its last paragraph (`end`), after other lines (`after`: {index: lines}), at the very end (`footer`),
    or text put before its first sentence of running text (`lead`) or glued after its last one (`glue`)."""
    lines = list(page.lines)
    lines[page.opening] = lead + lines[page.opening].lstrip() if lead else lines[page.opening]
    if glue:  # right after the last sentence, before a caption the page glued to it
        tail = page.body.rstrip()[-12:]
        at = lines[page.last].find(tail)
        at = at + len(tail) if at >= 0 else len(lines[page.last].rstrip())
        lines[page.last] = lines[page.last][:at] + glue + lines[page.last][at:]
    added = {page.title: list(under_title), page.last: list(end)}
    for i, more in (after or {}).items():
        added[i] = added.get(i, []) + list(more)
    out = []
    for i, line in enumerate(lines):
        if i == page.first and top:
            out.extend(["", *top, ""])
        out.append(line)
        if added.get(i):
            out.extend(["", *added[i], ""])
    return "\n".join([*out, "", *footer, ""])


def moved(page: Page, body: str) -> Page:
    """Return the page with another expected body (a variant that adds article text)."""
    return replace(page, body=body)


def run(text: str, page: Page):
    """Return the importer's record of one variant's text, or None when it finds no article."""
    try:
        return extract(text.encode("utf-8"), f"{page.case}.{page.style}.txt")
    except ContentError:
        return None


def scorer(cleaning_dev: Path):
    """Return the cases' score.py as a module (its body shingle metric and name normalising)."""
    spec = importlib.util.spec_from_file_location("case_score", cleaning_dev / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body_f1(score, predicted: str, expected: str) -> float:
    """Return the body's 4-word shingle F1 as score.py computes it for one case."""
    counts = score.shingle_counts(score.markdown_to_text(predicted), expected)
    p, r = score.shingle_p(*counts), score.shingle_r(*counts)
    return 2 * p * r / (p + r) if p + r else 0.0


def main_of(description: str, measure, print_table, argv=None) -> int:
    """Run a variant benchmark: read the cleaning-dev folder, --forms and --show, measure, print the table."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("--forms", nargs="+", help="only forms whose name holds one of these")
    parser.add_argument("--show", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    print_table(measure(args.cleaning_dev.resolve(), args.forms, args.show))
    return 0
