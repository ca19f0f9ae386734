#!/usr/bin/env python3
"""Korean date lines in every form outlets print them: the date the importer reads from each form.

usage: python benchmarks/import_dates.py CLEANING_DEV_DIR [--forms NAME…] [--show]

Each Korean development page's dumps (lynx, w3m, inner; read from CLEANING_DEV_DIR at run time, the check
part never) lose their byline, email and date lines (field_pages.py) and get a byline back at the article's
end, then one date written in one form under the headline: `입력 2023.05.01 10:00`, `기사입력 2023-05-01 10:00`,
`승인 2023.05.01`, `등록 2023.05.01 오전 10:00`, `2023년 5월 1일 10시 00분`, `입력 : 2023-05-01`, `수정 …` before
`입력 …`, the label alone on the line above, the date only on the byline line, a masthead's today above the
headline, a hidden layer's other story and time above it (lynx, w3m), and the outlet's footer (`창간 2005.11.07`, `등록일 2010.04.01`) that must never become the date. A page
with no date of its own must give none (the import then asks for `--date`). Prints, per form and dump style,
the share of pages whose date (day) is right, or rightly none.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.field_pages import STYLES, Page, dev_pages, main_of, run, with_lines  # noqa: E402

DAY = "2023-05-01"
FOOTER = ["회사소개 | 광고문의 | 개인정보처리방침", "등록번호 : 서울 아 01234", "등록일 : 2010.04.01", "창간 2005.11.07",
          "발행·편집인 : 한빛", "Copyright ⓒ 한빛뉴스. All rights reserved."]
FOOTER_ITEMS = ["등록일 2010.04.01", "창간 2005.11.07"]  # a footer split one item a line (w3m, a browser copy)


def variants(page: Page):
    """Yield (form, text, the day expected or '' for none) for every date form of one page."""
    a = page.names[0]
    signed = {"end": [f"{a} 기자"]}
    header = {
        "입력 2023.05.01 10:00": ["입력 2023.05.01 10:00"],
        "기사입력 2023-05-01 10:00": ["기사입력 2023-05-01 10:00"],
        "승인 2023.05.01": ["승인 2023.05.01"],
        "등록 2023.05.01 오전 10:00": ["등록 2023.05.01 오전 10:00"],
        "2023년 5월 1일 10시 00분": ["2023년 5월 1일 10시 00분"],
        "입력 : 2023-05-01": ["입력 : 2023-05-01"],
        "2023.05.01 10:00 (bare)": ["2023.05.01 10:00"],
        "수정 … 입력 … (one line)": ["수정 2023.05.03 11:00 입력 2023.05.01 10:00"],
        "수정 … / 입력 … (two lines)": ["수정 2023.05.03 11:00", "입력 2023.05.01 10:00"],
        "입력 / date (label above)": ["입력", "2023.05.01 10:00"],
        "입력 … 수정 … (one line)": ["입력 2023.05.01 10:00 수정 2023.05.03 11:00"],
        "입력2023.05.01. 오후 3:10 (portal)": ["입력2023.05.01. 오후 3:10", "수정2023.05.03. 오전 9:00"],
        "입력 2023. 5. 1. 10:00 (spaced)": ["입력 2023. 5. 1. 10:00"],
        "2023.05.01(월) 10:00": ["2023.05.01(월) 10:00"],
        "기사입력 : 2023년 05월 01일 10:00": ["기사입력 : 2023년 05월 01일 10:00"],
        "[입력 2023-05-01 10:00]": ["[입력 2023-05-01 10:00]"],
        "최종수정 … 기사입력 … (one line)": ["최종수정 2023.05.03 11:00 기사입력 2023.05.01 10:00"],
        "송고시간 2023-05-01 10:00": ["송고시간 2023-05-01 10:00"],
        "등록 2023-05-01 10:00:00": ["등록 2023-05-01 10:00:00"],
        "2023/05/01 10:00": ["2023/05/01 10:00"],
        "입력 … | 수정 … (bar)": ["입력 2023.05.01 10:00 | 수정 2023.05.03 11:00"],
        "업데이트 … / 입력 … (two lines)": ["업데이트 2023.05.03 11:00", "입력 2023.05.01 10:00"],
        "발행일 2023.05.01": ["발행일 2023.05.01"],
        "bare … | 수정 … (one line)": ["2023.05.01 10:00 | 수정 2023.05.03 11:00"],
        "bare … / 수정 … (two lines)": ["2023.05.01 10:00", "수정 2023.05.03 11:00"],
    }
    for form, lines in header.items():
        yield form, with_lines(page, under_title=lines, **signed), DAY
    yield ("masthead today + 입력", with_lines(page, top=[], under_title=["입력 2023.05.01 10:00"], **signed,
                                              after={max(0, page.title - 2): ["2026년 12월 6일 일요일"]}), DAY)
    yield "date on byline line @end", with_lines(page, end=[f"{a} 기자 2023.05.01 10:00"]), DAY
    yield "date on byline line @top", with_lines(page, under_title=[f"{a} 기자 | 입력 2023.05.01 10:00"]), DAY
    yield "name + time under headline", with_lines(page, under_title=[f"{a} 2023. 5. 1. 10:00"]), DAY
    yield "입력 + footer", with_lines(page, under_title=["입력 2023.05.01 10:00"], footer=FOOTER, **signed), DAY
    yield "입력 + footer right after", with_lines(page, under_title=["입력 2023.05.01 10:00"],
                                                 end=[f"{a} 기자", "", *FOOTER_ITEMS]), DAY
    yield "footer only (no date)", with_lines(page, footer=FOOTER, **signed), ""
    yield "footer right after only (no date)", with_lines(page, end=[f"{a} 기자", "", *FOOTER_ITEMS]), ""
    yield "no date at all", with_lines(page, **signed), ""
    yield "only 수정 … (an update)", with_lines(page, under_title=["수정 2023.05.01 10:00"], **signed), DAY
    yield "copyright line with year + 입력", with_lines(page, under_title=["입력 2023.05.01 10:00"], **signed,
                                                       footer=["Copyright © 2010 한빛뉴스 All rights reserved."]), DAY
    # lynx and w3m print a hidden layer above the headline: another story's headline and its labelled time
    layer = {max(0, page.title - 1): ["이전 기사", "장마 앞두고 하천 정비 나선 지자체 일흔 곳 점검", "입력 2023.04.28 09:00"]}
    yield "hidden layer's 입력 above + name + time", with_lines(page, under_title=[f"{a} 2023. 5. 1. 10:00"],
                                                               after=layer), DAY
    yield "hidden layer's 입력 above + bare time", with_lines(page, under_title=["2023.05.01 10:00"], after=layer,
                                                             **signed), DAY
    yield "hidden layer's 입력 above + 입력", with_lines(page, under_title=["입력 2023.05.01 10:00"], after=layer,
                                                       **signed), DAY
    yield "footer one line + no date", with_lines(page, end=[f"{a} 기자", "",
                                                          "등록번호 서울 아01234 | 등록일 2010.04.01 | 발행인 한빛"]), ""


def measure(cleaning_dev: Path, forms: list[str] | None, show: bool) -> dict:
    """Return {form: {style: [right, pages]}}."""
    table: dict = {}
    for page in dev_pages(cleaning_dev):
        for form, text, day in variants(page):
            if forms and not any(f in form for f in forms):
                continue
            record = run(text, page)
            got = record.date[:10] if record else None
            cell = table.setdefault(form, {}).setdefault(page.style, [0, 0])
            cell[0] += got == day
            cell[1] += 1
            if show and got != day:
                print(f"MISS {form} | {page.case} {page.style}: date {got!r} (want {day!r})")
    return table


def print_table(table: dict) -> None:
    """Print the date (day) accuracy per form and style, then over all forms."""
    styles = list(STYLES)
    print(f"{'form':<36} " + " ".join(f"{s:>8}" for s in styles))
    totals = {s: [0, 0] for s in styles}
    for form, cells in table.items():
        row = []
        for style in styles:
            right, n = cells.get(style, [0, 0])
            totals[style] = [totals[style][0] + right, totals[style][1] + n]
            row.append(f"{right / n:.2f}" if n else "-")
        print(f"{form:<36} " + " ".join(f"{c:>8}" for c in row))
    print(f"{'ALL (' + str(len(table)) + ' forms)':<36} "
          + " ".join(f"{totals[s][0] / max(totals[s][1], 1):>8.2f}" for s in styles))


def main(argv=None) -> int:
    """Write every date form into every development page's dumps, import them, print the scores."""
    return main_of(__doc__, measure, print_table, argv)


if __name__ == "__main__":
    sys.exit(main())
