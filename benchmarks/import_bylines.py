#!/usr/bin/env python3
"""Korean bylines in every form outlets print them: reporters, email and body read from each form.

usage: python benchmarks/import_bylines.py CLEANING_DEV_DIR [--forms NAME…] [--show]

Each Korean development page's dumps (lynx, w3m, inner; read from CLEANING_DEV_DIR at run time, the check
part never) lose their byline, email and date lines (field_pages.py), get a date line under the headline,
and then one byline written back in one form: `홍길동 기자`, `홍길동·김철수 기자`, `[홍길동 기자]`, a dateline
before the first sentence (`(서울=한빛뉴스) 홍길동 기자 =`), a sign-off glued to the last sentence, the email on
its own line, before or after the name, a TV transcript's hand-over and sign-off… at the top of the article or
at its end. Photo credits, datelines, anchors and interviewees written beside it must never be taken as
reporters. Prints, per form and dump style, the share of pages whose reporters are exactly the byline's,
whose email is the byline's (none where the byline shows none), and the body shingle F1 (the byline must
leave the article's text whole). --show prints each miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.field_pages import (NAMES, STYLES, Page, body_f1, dev_pages, main_of, moved, norm, run,  # noqa: E402
                                     scorer, with_lines)

DATE_LINE = "입력 2023.05.01 10:00"
OUTLET = "한빛뉴스"  # a made-up outlet: no rule may know it
# forms printed only below the article
CLOSING_ONLY = ("a 기자 + tip box", "a 기자 e + contact line", "a 한빛대 교수", "a 한빛대 경제학과 교수 e", "a 기자 + 제보 e")
TIP_MAIL = "jebo.hanbit@hanbit.co.kr"  # the outlet's tip-off mailbox: never the reporter's


def line_forms(a: str, b: str, e: str) -> dict[str, tuple[list[str], list[str], bool]]:
    """Return {form: (byline lines, reporters, email shown)} for a byline standing on its own lines."""
    return {
        "a 기자": ([f"{a} 기자"], [a], False),
        "a 기자 e": ([f"{a} 기자 {e}"], [a], True),
        "a·b 기자": ([f"{a}·{b} 기자"], [a, b], False),
        "a 기자 외 1명": ([f"{a} 기자 외 1명"], [a], False),
        "[a 기자]": ([f"[{a} 기자]"], [a], False),
        "‹a 기자>": ([f"‹{a} 기자>"], [a], False),
        "■ a 기자": ([f"■ {a} 기자"], [a], False),
        "부산=a 기자": ([f"부산={a} 기자"], [a], False),
        "칼럼니스트 a": ([f"칼럼니스트 {a}"], [a], False),
        "글·사진=a 기자": ([f"글·사진={a} 기자"], [a], False),
        "a 특파원": ([f"{a} 특파원"], [a], False),
        "a 기자(e)": ([f"{a} 기자({e})"], [a], True),
        "a 기자 / e line": ([f"{a} 기자", e], [a], True),
        "e / a 기자 line": ([e, f"{a} 기자"], [a], True),
        "e a 기자": ([f"{e} {a} 기자"], [a], True),
        "/ a 기자 e": ([f"/ {a} 기자 {e}"], [a], True),
        "[outlet a 기자]": ([f"[{OUTLET} {a} 기자]"], [a], False),
        "photo credit + a 기자": ([f"사진={b} 기자", f"{a} 기자 {e}"], [a], True),
        "outlet a 기자 (e)": ([f"{OUTLET} {a} 기자 ({e})"], [a], True),
        "[outlet=a 기자]": ([f"[{OUTLET}={a} 기자]"], [a], False),
        "a 선임기자": ([f"{a} 선임기자"], [a], False),
        "a 논설위원": ([f"{a} 논설위원"], [a], False),
        "a·b 기자 외 2명": ([f"{a}·{b} 기자 외 2명"], [a, b], False),
        "two lines, two emails": ([f"{a} 기자 {e}", f"{b} 기자 {e.replace('@', '2@')}"], [a, b], True),
        "a 기자 e 다른기사 보기": ([f"{a} 기자 {e} 다른기사 보기"], [a], True),
        "a 기자 이메일 e": ([f"{a} 기자 이메일 {e}"], [a], True),
        "portal box: a 기자 / 구독 / 구독자 0": ([f"{a} 기자", "구독", "구독자 0", "응원수 0"], [a], False),
        "portal box: profile + a 기자 구독": (["기자 프로필", f"{a} 기자 구독 구독중"], [a], False),
        "a 기자 입력 … 수정 … line": ([f"{a} 기자 입력 2023.05.01 10:00 수정 2023.05.03 11:00"], [a], False),
        "a 기자 + tip box": ([f"{a} 기자", "※ '당신의 제보가 뉴스가 됩니다'", f"[카카오톡] {OUTLET} 검색해 채널 추가",
                              "[전화] 02-000-0000", "[메일] social@hanbit.co.kr"], [a], False),
        "a 기자 e + contact line": ([f"{a} 기자 {e}", "기사제보 및 보도자료 news@hanbit.co.kr"], [a], True),
        "글·사진 a 기자": ([f"글·사진 {a} 기자"], [a], False),
        "입력 … a 기자 e": ([f"입력 2023.05.01 10:00 {a} 기자 {e}"], [a], True),
        "a 기자 구독 e": ([f"{a} 기자 구독 {e}"], [a], True),
        "card: a 기자 / 구독 e": ([f"{a} 기자", f"구독 {e}"], [a], True),
        "a 기자 e, b 기자 e2": ([f"{a} 기자 {e}, {b} 기자 {e.replace('@', '2@')}"], [a, b], True),
        "a 객원기자(affiliation) e": ([f"{a} 객원기자(한빛대 교수) {e}"], [a], True),
        "a 기자 e a 기자의 다른기사 보기": ([f"{a} 기자 {e} {a} 기자의 다른기사 보기"], [a], True),
        "a b 기자": ([f"{a} {b} 기자"], [a, b], False),
        "a 기자, b 기자": ([f"{a} 기자, {b} 기자"], [a, b], False),
        "a 기자 b 기자": ([f"{a} 기자 {b} 기자"], [a, b], False),
        "a 인턴기자": ([f"{a} 인턴기자"], [a], False),
        "a 객원기자": ([f"{a} 객원기자"], [a], False),
        "a 한빛대 교수": ([f"{a} 한빛대 교수"], [a], False),
        "a 한빛대 경제학과 교수 e": ([f"{a} 한빛대 경제학과 교수 {e}"], [a], True),
        "| a 기자": ([f"| {a} 기자"], [a], False),
        "a 기자 (e)": ([f"{a} 기자 ({e})"], [a], True),
        "no byline": ([], [], False),
        "사진=b 기자 only": ([f"사진={b} 기자"], [], False),
        "caption /사진=agency + a 기자": ([f"▲ 시민들이 거리를 걷고 있다. /사진={OUTLET}", f"{a} 기자"], [a], False),
        "a 기자 + 제보 e": ([f"{a} 기자", f"제보 {TIP_MAIL}"], [a], False),
        "a 기자 e, b 기자": ([f"{a} 기자 {e}, {b} 기자"], [a, b], True),
        "a 기자 (e) [영상취재: b / 영상편집: …]": ([f"{a} 기자 ({e}) [영상취재: {b} / 영상편집: 정수아]"], [a], True),
        "(영상취재: b / 영상편집: …) a 기자": ([f"(영상취재: {b} / 영상편집: 정수아) {a} 기자"], [a], False),
        "[outlet 세종=a 기자]": ([f"[{OUTLET} 세종=a 기자]".replace("=a ", f"={a} ")], [a], False),
    }


def variants(page: Page):
    """Yield (form, text, reporters, email or '', page) for every byline form of one page."""
    a, b = page.names
    e = page.email(a)
    for form, (signing, names, shown) in line_forms(a, b, e).items():
        # without a byline, a TV anchor's hand-over in the article's own text still names the reporter
        names = names or ([a] if f"{a} 기자" in page.body else [])
        for where in ("end",) if form in CLOSING_ONLY else ("top", "end"):
            place = {"top": signing} if where == "top" else {"end": signing}
            text = with_lines(page, under_title=[DATE_LINE], **place)
            yield f"{form} @{where}", text, names, e if shown else "", page
    lead = {"(서울=outlet) a 기자 = lead": f"(서울={OUTLET}) {a} 기자 = ",
            "[부산=outlet] a 기자 = lead": f"[부산={OUTLET}] {a} 기자 = ",
            "[outlet a 기자] lead": f"[{OUTLET} {a} 기자] ",
            "【서울=outlet】a 기자 = lead": f"【서울={OUTLET}】{a} 기자 = ",
            "a 기자 = lead": f"{a} 기자 = ",
            "[outlet=a 기자] lead": f"[{OUTLET}={a} 기자] ",
            "(서울=outlet) a·b 기자 = lead": f"(서울={OUTLET}) {a}·{b} 기자 = ",
            "[outlet 세종=a 기자] lead": f"[{OUTLET} 세종={a} 기자] ",
            "[outlet a 기자, b 기자] lead": f"[{OUTLET} {a} 기자, {b} 기자] ",
            "[outlet a 기자, 세종=b 기자] lead": f"[{OUTLET} {a} 기자, 세종={b} 기자] ",
            "(서울=outlet) a b 기자 = lead": f"(서울={OUTLET}) {a} {b} 기자 = "}
    for form, text in lead.items():
        both = "a·b" in form or "b 기자" in form
        yield form, with_lines(page, under_title=[DATE_LINE], lead=text), [a, b] if both else [a], "", page
    glued = {"…다.부산=a 기자 e glued": (f"부산={a} 기자 {e}", True), "…다. /a 기자 glued": (f" /{a} 기자", False),
             "…다./세종=a 기자 glued": (f"/세종={a} 기자", False)}
    for form, (text, shown) in glued.items():
        yield form, with_lines(page, under_title=[DATE_LINE], glue=text), [a], e if shown else "", page
    text = with_lines(page, under_title=[DATE_LINE], top=[f"{a} 기자"], glue=f" {e}")
    yield "a 기자 @top, …다. e glued", text, [a], e, page
    yield from transcripts(page, a, b, e)
    footer = [f"Copyright ⓒ {OUTLET}. All rights reserved.", "대표전화 02-000-0000 | 이메일 hanbitnews@hanbit.co.kr"]
    yield ("a 기자 + footer's mail", with_lines(page, under_title=[DATE_LINE], end=[f"{a} 기자"], footer=footer),
           [a], "", page)
    yield ("a 기자 e + footer's mail", with_lines(page, under_title=[DATE_LINE], end=[f"{a} 기자 {e}"], footer=footer),
           [a], e, page)
    yield ("photo caption /outlet + a 기자 @end",
           with_lines(page, under_title=[DATE_LINE], top=[f"▲ 시민들이 거리를 걷고 있다. /{OUTLET}"], end=[f"{a} 기자"]),
           [a], "", page)


def transcripts(page: Page, a: str, b: str, e: str):
    """Yield TV-transcript forms: the anchor hands over to the reporter, who signs off; an interviewee speaks."""
    paragraphs = [p for p in page.body.split("\n\n") if p.strip()]
    key = norm(page.lines[page.opening])
    at = next((k for k, p in enumerate(paragraphs) if key and key in norm(p)), None)
    below = [i for i in range(page.opening + 1, page.last + 1) if page.lines[i].strip()]
    above = [i for i in range(page.first, page.opening) if page.lines[i].strip()]
    if at is None or len(paragraphs) < at + 3 or not below:
        return
    handover = f"{a} 기자가 보도합니다."
    others = {"TV '… a 기자입니다.'": f"자세한 내용 {a} 기자입니다.", "TV 'a 기자가 전해드립니다.'": f"{a} 기자가 전해드립니다.",
              "TV 'a 기자의 보도입니다.'": f"{a} 기자의 보도입니다."}
    interview = f"[{b} / 시민 : 이번 대책이 도움이 될 것으로 봅니다.]"
    sign_off = f"{OUTLET} {a}입니다."
    c, d = [n for n in NAMES if n not in (a, b)][:2]  # the camera operator and the video editor
    credit_lines = {"credits 'role : name'": [f"영상취재 : {c} / 영상편집 : {d}"],
                    "credits bracketed": [f"[영상취재 {c} / 영상편집 {d}]"],
                    "credits, graphics and camera": [f"촬영기자 : {c}", f"그래픽 : {d}"],
                    "credits (영상디자인)": [f"(영상디자인 : {d})"]}
    cases = {
        "TV hand-over + sign-off": ([handover], sign_off, False, "[기자]", []),
        "TV hand-over only": ([handover], "", False, "[기자]", []),
        "TV sign-off only": ([], sign_off, False, "[기자]", []),
        "TV + interviewee": ([handover], sign_off, True, "[기자]", []),
        "TV sign-off, Latin outlet": ([], f"HBN {a}입니다.", False, "[기자]", []),
        "TV sign-off '기자입니다'": ([], f"{OUTLET} {a} 기자입니다", False, "[기자]", []),
        "TV turn header [a 기자]": ([], "", False, f"[{a} 기자]", []),
        "TV turn header <a 기자>": ([], "", False, f"<{a} 기자>", []),
        "TV turn header [a / outlet 기자]": ([], "", False, f"[{a} / {OUTLET} 기자]", []),
        "TV turn header [기자] a": ([], "", False, f"[기자] {a}", []),
        "TV hand-over 'a·b 기자가'": ([f"{a}·{b} 기자가 보도합니다."], "", False, "[기자]", []),
        "TV hand-over 'a 기자와 b 기자가'": ([f"{a} 기자와 {b} 기자가 함께 취재했습니다."], "", False, "[기자]", []),
        **{form: ([said], "", False, "[기자]", []) for form, said in others.items()},
        **{f"TV sign-off + {form}": ([], sign_off, False, "[기자]", more) for form, more in credit_lines.items()},
        **{f"TV hand-over + {form}": ([handover], "", False, "[기자]", more) for form, more in credit_lines.items()},
    }
    for form, (said, signed, with_interview, turn, credited) in cases.items():
        after = {page.opening: [*said, turn]}
        if above:
            after[above[-1]] = ["[앵커]"]
        if with_interview:
            after[below[0]] = [interview]
        text = with_lines(page, under_title=[DATE_LINE], top=[] if above else ["[앵커]"],
                          end=[*([signed] if signed else []), *credited], after=after)
        body = [*paragraphs[:at], "[앵커]", paragraphs[at], *said, turn, paragraphs[at + 1],
                *([interview] if with_interview else []), *paragraphs[at + 2:]]
        yield form, text, [a, b] if "b 기자" in form else [a], "", moved(page, "\n\n".join(body))


def measure(cleaning_dev: Path, forms: list[str] | None, show: bool) -> dict:
    """Return {form: {style: [reporters hits, email hits, email cases, body F1 sum, pages]}}."""
    score = scorer(cleaning_dev)
    table: dict = {}
    for page in dev_pages(cleaning_dev):
        for form, text, names, email, expected in variants(page):
            if forms and not any(f in form for f in forms):
                continue
            record = run(text, expected)
            got_names = sorted(set(score.split_names(record.reporters))) if record else []
            hit = got_names == sorted(set(score.split_names(names)))
            got_mails = [x.lower() for x in record.emails] if record else []
            mail = email.lower() in got_mails if email else not got_mails  # no email shown: none may be read
            f1 = body_f1(score, record.body, expected.body) if record else 0.0
            cell = table.setdefault(form, {}).setdefault(page.style, [0, 0, 0, 0.0, 0])
            cell[0] += hit
            cell[1] += mail
            cell[2] += 1
            cell[3] += f1
            cell[4] += 1
            if show and (not hit or not mail or f1 < 0.98):
                print(f"MISS {form} | {page.case} {page.style}: reporters {record.reporters if record else None} "
                      f"(want {names}), emails {record.emails if record else None}, body F1 {f1:.3f}")
    return table


def print_table(table: dict) -> None:
    """Print reporters / email / body F1 per form and style, then the means over all forms."""
    styles = list(STYLES)
    print(f"{'form':<36} " + " ".join(f"{s + ' rep/mail/F1':>22}" for s in styles))
    totals = {s: [0, 0, 0, 0.0, 0] for s in styles}
    for form, cells in table.items():
        row = []
        for style in styles:
            hit, mail, mails, f1, n = cells.get(style, [0, 0, 0, 0.0, 0])
            totals[style] = [t + v for t, v in zip(totals[style], (hit, mail, mails, f1, n))]
            row.append(_cell(hit, mail, mails, f1, n))
        print(f"{form:<36} " + " ".join(f"{c:>22}" for c in row))
    print(f"{'ALL (' + str(len(table)) + ' forms)':<36} " + " ".join(f"{_cell(*totals[s]):>22}" for s in styles))


def _cell(hit: int, mail: int, mails: int, f1: float, n: int) -> str:
    """Return one table cell: reporters accuracy, email accuracy ('-' without emails), mean body F1."""
    if not n:
        return "-"
    return f"{hit / n:.2f} {mail / mails if mails else float('nan'):.2f} {f1 / n:.3f}".replace("nan", "   -")


def main(argv=None) -> int:
    """Write every byline form into every development page's dumps, import them, print the scores."""
    return main_of(__doc__, measure, print_table, argv)


if __name__ == "__main__":
    sys.exit(main())
