#!/usr/bin/env python3
"""Korean byline forms in every placement: made-up pages read from their HTML and their lynx, w3m and Chromium dumps.

usage: python benchmarks/import_byline_combos.py

Each byline form (a reporter's name with a title, an e-mail, an outlet, a bracket, a writer's label, two names, a
photo credit, …) is set on the made-up article of the field tests (`import_byline_marks.py`'s pages) in each
placement: at the article's end, under its date, both, with a box of the reporter's other articles or a most-read
list below, in a portal's frame (its byline box, its end), and glued to the last sentence. A read is right when the
reporters are exactly the form's, the first e-mail is its (none where it shows none) and the headline is the page's.
Prints each failing (form, placement) with what each failing style read, then the count of failing reads.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import import_byline_marks as marks  # noqa: E402

E = marks.E
P1, P2, P3 = marks.P1, marks.P2, marks.P3
HONG, BOTH = ["홍길동"], ["홍길동", "김철수"]
FORMS = {  # form: (line, reporters, first e-mail)
    "a 기자 e": (f"홍길동 기자 {E}", HONG, E),
    "a 기자 (e)": (f"홍길동 기자 ({E})", HONG, E),
    "a 기자(e)": (f"홍길동 기자({E})", HONG, E),
    "a 기자": ("홍길동 기자", HONG, ""),
    "[outlet a 기자]": ("[한빛일보 홍길동 기자]", HONG, ""),
    "outlet a 기자 e": (f"한빛일보 홍길동 기자 {E}", HONG, E),
    "a 선임기자 e": (f"홍길동 선임기자 {E}", HONG, E),
    "a 인턴기자 e": (f"홍길동 인턴기자 {E}", HONG, E),
    "a 특파원 e": (f"홍길동 특파원 {E}", HONG, E),
    "a 논설위원 e": (f"홍길동 논설위원 {E}", HONG, E),
    "a 편집위원 e": (f"홍길동 편집위원 {E}", HONG, E),
    "a 대기자": ("홍길동 대기자", HONG, ""),
    "a 객원기자": ("홍길동 객원기자", HONG, ""),
    "칼럼니스트 a": ("칼럼니스트 홍길동", HONG, ""),
    "글·사진 a 기자": ("글·사진 홍길동 기자", HONG, ""),
    "/a 기자": ("/홍길동 기자", HONG, ""),
    "a 기자 외 1명": ("홍길동 기자 외 1명", HONG, ""),
    "a·b 기자": ("홍길동·김철수 기자", BOTH, ""),
    "a, b 기자": ("홍길동, 김철수 기자", BOTH, ""),
    "a 기자, b 기자": ("홍길동 기자, 김철수 기자", BOTH, ""),
    "a 기자·b 기자": ("홍길동 기자·김철수 기자", BOTH, ""),
    "a 기자 e, b 기자 e2": (f"홍길동 기자 {E}, 김철수 기자 kim@hanbit.example", BOTH, E),
    "a 기자 e 사진=b": (f"홍길동 기자 {E} 사진=김철수 기자", HONG, E),
    "a 기자 | 입력": ("홍길동 기자 | 입력 2025.06.02 10:05", HONG, ""),
    "a 기자 e 다른기사": (f"홍길동 기자 {E} 다른기사 보기", HONG, E),
    "a 기자 구독": ("홍길동 기자 구독", HONG, ""),
    "e a 기자": (f"{E} 홍길동 기자", HONG, E),
}
MOST_READ = ("<aside><h3>많이 본 뉴스</h3><ol><li><a href='/s1'>장마철 하천 정비 사업 점검</a></li>"
             "<li><a href='/s2'>해수욕장 개장 앞두고 안전요원 배치</a></li>"
             "<li><a href='/s3'>한빛시 장마 대비 배수로 점검 나서</a></li></ol></aside>")


def placements(line: str):
    """Yield (placement, page) for the byline line set in each place."""
    top, end = marks.ps(line), marks.ps(P1, P2, P3, line)
    yield "end", marks.own(end)
    yield "top", marks.own(marks.ps(P1, P2, P3), top=top)
    yield "top+end", marks.own(end, top=top)
    yield "end+teasers", marks.own(end, after=marks.TEASER)
    yield "top+teasers", marks.own(marks.ps(P1, P2, P3), top=top, after=marks.TEASER)
    yield "end+most read", marks.own(end, after=MOST_READ)
    yield "portal end", marks.portal(end)
    yield "portal end+teasers", marks.portal(end, end=marks.TEASER)
    yield "portal box", marks.portal(marks.ps(P1, P2, P3), box=top)
    yield "portal box+end", marks.portal(end, box=top)
    yield "end glued", marks.own(marks.ps(P1, P2, P3 + line))


def wrong_reads(got: dict, names: list[str], email: str) -> list[str]:
    """Return what each style read wrong, one entry a style."""
    wrong = []
    for style in ("html", "lynx", "w3m", "inner"):
        record = got[style]
        if isinstance(record, Exception):
            wrong.append(f"{style}:error({str(record)[:60]})")
            continue
        right_email = record.emails[:1] == [email] if email else not record.emails
        if record.reporters != names or not right_email or record.title != marks.TITLE:
            title = "" if record.title == marks.TITLE else f" title={record.title[:20]}"
            wrong.append(f"{style}:{record.reporters}{record.emails[:1]}{title}")
    return wrong


def main() -> None:
    """Read every form in every placement; print the failures and their count."""
    spec = importlib.util.spec_from_file_location("tests_conftest", ROOT / "tests" / "conftest.py")
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    failing = reads = 0
    with conftest.chromium() as browser:
        for form, (line, names, email) in FORMS.items():
            for placement, page in placements(line):
                wrong = wrong_reads(marks.styles(browser, page), names, email)
                reads += 4
                failing += len(wrong)
                if wrong:
                    print(f"FAIL {form:20} {placement:20}", " ".join(wrong), flush=True)
    print(f"failing reads {failing} of {reads}")


if __name__ == "__main__":
    main()
