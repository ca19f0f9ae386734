"""Byline and date forms the variant benchmarks (benchmarks/import_bylines.py, import_dates.py) found misread.

Each is a small made-up page, read from its HTML and from its lynx, w3m and browser-copy dumps
(tests/importer/dump_styles.py): the form must be understood whatever way the page was copied.
"""

from __future__ import annotations

import pytest

from archivist.importer.html import extract_html
from archivist.importer.text import extract_text
from dump_styles import dumps, news_page, paragraphs
from test_import_dump_kinds import P1, P2, P3, TITLE  # the same made-up article, on other pages

ANCHOR = "부산 해수욕장이 다음 달 문을 엽니다. 올해는 안전요원이 두 배로 늘어납니다."
VOICE = "[김철수 / 시민 : 올해는 안심하고 올 수 있을 것 같아요.]"
FOOTER_ITEMS = ("등록번호 : 부산 아 01234", "등록일 2010.04.01", "창간 2005.11.07")


@pytest.fixture(scope="module")
def read_all(browser):
    """Return a function reading a page from its HTML and from each of its dumps: {style: record}."""
    def read(html: str) -> dict:
        records = {style: extract_text(dump, "page.txt") for style, dump in dumps(browser, html).items()}
        records["html"] = extract_html(html, "page.html")
        return records
    return read


def page(article: str, dated: bool = True, after: str = "") -> str:
    """Return a news page holding `article`, with its `입력` date line under the headline or without any date."""
    html = news_page(TITLE, article, after=after)
    return html if dated else html.replace("<p class=date>입력 2025.06.01 10:00</p>", "")


def body_paragraphs(record) -> list[str]:
    """Return the body's paragraphs."""
    return [p.strip() for p in record.body.split("\n\n") if p.strip()]


@pytest.mark.parametrize("byline, emails", [
    ("‹홍길동 기자>", []),
    ("■ 홍길동 기자", []),
    ("글·사진=홍길동 기자", []),
    ("hong@example.com 홍길동 기자", ["hong@example.com"]),
])
def test_a_mark_a_bracket_a_writer_label_or_the_email_before_the_name_still_sign(read_all, byline, emails):
    """`‹홍길동 기자>`, `■ 홍길동 기자`, `글·사진=홍길동 기자` and `hong@… 홍길동 기자` name the reporter; the body stays whole."""
    for style, record in read_all(page(paragraphs(P1, P2, P3, byline))).items():
        assert record.reporters == ["홍길동"], style
        assert record.emails == emails, style
        assert body_paragraphs(record) == [P1, P2, P3], style


def test_an_email_glued_to_the_last_sentence_is_the_reporters_and_the_sentence_stays(read_all):
    """The name stands under the headline, the email is glued after the last sentence (`…말했다. hong@…`)."""
    html = page("<p>홍길동 기자</p>" + paragraphs(P1, P2, P3 + " gil.dong@example.com"))
    for style, record in read_all(html).items():
        assert record.reporters == ["홍길동"], style
        assert record.emails == ["gil.dong@example.com"], style
        assert body_paragraphs(record) == [P1, P2, P3], style


def test_a_glued_byline_keeps_an_email_with_a_dot_whole(read_all):
    """`…말했다.부산=홍길동 기자 gil.dong@…`: the email is `gil.dong@…`, never cut at its dot."""
    for style, record in read_all(page(paragraphs(P1, P2, P3 + "부산=홍길동 기자 gil.dong@example.com"))).items():
        assert record.reporters == ["홍길동"], style
        assert record.emails == ["gil.dong@example.com"], style
        assert body_paragraphs(record) == [P1, P2, P3], style


@pytest.mark.parametrize("byline, emails", [
    ("한빛일보 홍길동 기자 hong@example.com", ["hong@example.com"]),
    ("[한빛일보 홍길동 기자]", []),
    ("글·사진 홍길동 기자", []),
    ("칼럼니스트 홍길동", []),
])
def test_a_byline_glued_to_the_last_sentence_without_a_dateline_or_a_slash(read_all, byline, emails):
    """`…말했다.한빛일보 홍길동 기자 hong@…`: the outlet, a bracket or a writer's label before the name; the byline is
    split off, the sentence stays."""
    for style, record in read_all(page(paragraphs(P1, P2, P3 + byline))).items():
        assert record.reporters == ["홍길동"], style
        assert record.emails == emails, style
        assert body_paragraphs(record) == [P1, P2, P3], style


def test_reporters_listed_far_below_a_dateline_byline_are_not_the_articles(read_all):
    """The article opens `(서울=한빛뉴스) 홍길동 기자 = …`; a portal's list of the outlet's reporters far below names others."""
    teasers = "<div>" + "".join(f"<p><a href='/n{k}'>많이 본 뉴스 {k}</a></p>" for k in range(14)) + "</div>"
    others = "<h3>이 언론사의 기자</h3><div><p>김철수 기자</p><p>구독</p><p>이영희 기자</p><p>구독</p></div>"
    html = page(paragraphs(f"(서울=한빛뉴스) 홍길동 기자 = {P1}", P2, P3), after=teasers + others)
    for style, record in read_all(html).items():
        assert record.reporters == ["홍길동"], style
        assert body_paragraphs(record) == [P1, P2, P3], style


def test_an_interviewee_is_body_and_never_a_reporter_and_the_sign_off_is_no_body(read_all):
    """A TV transcript's `[김철수 / 시민 : …]` line is its text (not a heading); `한빛뉴스 홍길동입니다.` signs it off."""
    article = paragraphs("[앵커]", ANCHOR, "홍길동 기자가 보도합니다.", "[기자]", P1, VOICE, P2, P3, "한빛뉴스 홍길동입니다.")
    for style, record in read_all(page(article)).items():
        got = body_paragraphs(record)
        assert record.reporters == ["홍길동"], style
        assert [P1, VOICE, P2, P3] == [p for p in got if p in (P1, VOICE, P2, P3)], style
        assert not any("입니다." in p and "한빛뉴스" in p for p in got), style


def test_a_time_printed_only_on_the_closing_byline_dates_the_article(read_all):
    """No date under the headline; `홍길동 기자 2023.05.01 10:00` closing the article gives its date."""
    for style, record in read_all(page(paragraphs(P1, P2, P3, "홍길동 기자 2023.05.01 10:00"), dated=False)).items():
        assert record.date.startswith("2023-05-01"), style
        assert record.reporters == ["홍길동"], style


@pytest.mark.parametrize("dated", [True, False])
def test_the_outlets_registration_and_founding_days_right_below_the_article_never_date_it(read_all, dated):
    """A footer printed one item a line right after the byline (`등록일 2010.04.01`, `창간 2005.11.07`) is the outlet's:
    the article keeps its own date, or has none (the import then asks for `--date`)."""
    html = page(paragraphs(P1, P2, P3, "홍길동 기자", *FOOTER_ITEMS), dated=dated)
    for style, record in read_all(html).items():
        assert record.date[:10] == ("2025-06-01" if dated else ""), style
