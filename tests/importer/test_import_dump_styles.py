"""Kinds of Korean pages from issue #23, each a small page written for the test, in all three dump styles.

Each page is dumped by lynx, w3m and Chromium (tests/importer/dump_styles.py): the article read from
the dump must not depend on how the page was copied. Every page here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer.text import extract_text
from dump_styles import dumps, lynx, news_page, paragraphs, w3m
from test_import_dump_kinds import P1, P2, P3, TITLE  # the same made-up article, on other pages

CLOSING = "개장식은 오전에 열린다."  # a short closing sentence right above the byline


def read(dump: str):
    """Return the article the text path reads from a dump."""
    return extract_text(dump, "page.txt")


def body_paragraphs(record) -> list[str]:
    """Return the body's paragraphs."""
    return [p.strip() for p in record.body.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def styles(browser):
    """Return a function dumping a page in the three styles."""
    return lambda html: dumps(browser, html)


PORTAL_CHROME = (
    "<div class=reactions><p>이 기사를 추천합니다</p><ul><li>좋아요 12</li><li>훈훈해요 3</li><li>슬퍼요 0</li>"
    "<li>화나요 1</li><li>후속기사 원해요 4</li></ul></div>"
    "<div class=comments><h3>댓글 24</h3><p>댓글 입력</p><p>로그인 후 댓글을 남길 수 있습니다.</p>"
    "<ul><li>순공감순</li><li>최신순</li><li>공감비율순</li></ul></div>")
TEASERS = "<h3>함께 볼 만한 뉴스</h3><ul>" + "".join(
    f"<li><a href='/n{k}'><strong>여름 휴가철 교통 대책 {k}번째 이야기</strong>"
    f"<span>서울시는 여름 휴가철을 맞아 고속버스와 열차 운행을 늘리고 주요 나들목의 정체를 줄이기 위해 "
    f"임시 차로를 운영하기로 했다고 {k}일 밝혔다. 시는 이번 대책으로 하루 평균 이동 시간이 줄어들</span></a></li>"
    for k in range(1, 9)) + "</ul>"


def test_portal_article_among_chrome_and_a_teaser_list_is_the_article(styles):
    """A portal page: reactions, comments, a section menu and a teaser list beside the article; only the article is body."""
    article = paragraphs(P1, P2, P3) + "<p>부산=홍길동 기자 hong@example.com</p>"
    html = news_page(TITLE, article, after=PORTAL_CHROME + TEASERS + "<nav>" + "".join(
        f"<a href='/sec{k}'>섹션 {k}</a> " for k in range(12)) + "</nav>")
    for style, dump in styles(html).items():
        record = read(dump)
        assert body_paragraphs(record) == [P1, P2, P3], style
        assert record.title == TITLE, style
        assert record.reporters == ["홍길동"] and record.emails == ["hong@example.com"], style


@pytest.mark.parametrize("byline, names", [
    ("홍길동 기자 외 1명", ["홍길동"]),
    ("칼럼니스트 홍길동", ["홍길동"]),
    ("홍길동·김철수 기자", ["홍길동", "김철수"]),
])
def test_byline_shapes_name_the_reporters(styles, byline, names):
    """`외 1명` names one reporter; a title before the name (`칼럼니스트 홍길동`) is a byline too."""
    html = news_page(TITLE, paragraphs(P1, P2, P3, byline))
    for style, dump in styles(html).items():
        record = read(dump)
        assert record.reporters == names, style
        assert body_paragraphs(record) == [P1, P2, P3], style


def test_byline_and_date_on_one_line_under_the_headline(styles):
    """`홍길동 기자 | 입력 …` under the headline names the reporter and dates the article."""
    html = news_page(TITLE, paragraphs(P1, P2, P3), head="<p>홍길동 기자 | 입력 2025.06.01 10:00</p>")
    for style, dump in styles(html).items():
        record = read(dump)
        assert record.reporters == ["홍길동"], style
        assert record.date.startswith("2025-06-01"), style
        assert body_paragraphs(record) == [P1, P2, P3], style


def test_dateline_and_byline_glued_to_the_last_sentence_keep_the_sentence(styles):
    """`…말했다.부산=홍길동 기자 x@y.com`: the sentence stays in the body, the byline is read."""
    html = news_page(TITLE, paragraphs(P1, P2, P3 + "부산=홍길동 기자 hong@example.com"))
    for style, dump in styles(html).items():
        record = read(dump)
        assert body_paragraphs(record) == [P1, P2, P3], style
        assert record.reporters == ["홍길동"] and record.emails == ["hong@example.com"], style


def test_photo_credits_and_dateline_places_are_never_reporters(styles):
    """A photo's credit names a photographer or an agency, a dateline names a place: neither is the reporter."""
    figure = ("<figure><img src=a.jpg alt='해운대 해수욕장'><figcaption>1일 해운대해수욕장에서 구조대원들이 장비를 "
              "점검하고 있다. (사진=김철수 기자)</figcaption></figure>")
    article = f"{figure}<p>[부산=뉴시스] 홍길동 기자 = {P1}</p>" + paragraphs(P2, P3, "사진=연합뉴스")
    for style, dump in styles(news_page(TITLE, article)).items():
        record = read(dump)
        assert record.reporters == ["홍길동"], style
        assert body_paragraphs(record) == [P1, P2, P3], style


@pytest.mark.parametrize("sign_off", [
    "<p>홍길동 기자</p><p>hong@example.com</p>",
    "<p>홍길동 기자 (hong@example.com)</p>",
    "<p>홍길동 기자 / hong@example.com</p>",
])
def test_the_reporters_email_is_found_below_in_parentheses_or_after_a_slash(styles, sign_off):
    """The email on the line after the byline, in parentheses, or after a slash is the reporter's."""
    html = news_page(TITLE, paragraphs(P1, P2, P3) + sign_off)
    for style, dump in styles(html).items():
        record = read(dump)
        assert record.reporters == ["홍길동"] and record.emails == ["hong@example.com"], style
        assert body_paragraphs(record) == [P1, P2, P3], style


def test_tv_transcript_with_hand_overs_names_the_reporter_at_the_end(styles):
    """A TV transcript: `[앵커]`, `◀ 리포트 ▶`, `[기자]` parts are body; the reporter signs off at the end."""
    anchor = "부산 해수욕장이 다음 달 문을 엽니다. 올해는 안전요원이 두 배로 늘어납니다."
    closing = "MBC뉴스 홍길동입니다."
    article = paragraphs("[앵커]", anchor, "◀ 리포트 ▶", P1, "[기자]", P2, P3, closing,
                         "영상취재: 김철수 / 영상편집: 이영희")
    for style, dump in styles(news_page(TITLE, article)).items():
        record = read(dump)
        assert record.reporters == ["홍길동"], style
        got = body_paragraphs(record)
        assert [anchor, P1, P2, P3] == [p for p in got if p in (anchor, P1, P2, P3)], style
        assert "[앵커]" in got and "[기자]" in got, style
        assert not any("영상편집" in p for p in got), style


def test_a_short_closing_sentence_right_above_the_byline_is_kept(styles):
    """A closing sentence shorter than a paragraph usually is, ending the article right above its byline, is body."""
    html = news_page(TITLE, paragraphs(P1, P2, P3, CLOSING, "홍길동 기자 hong@example.com"))
    for style, dump in styles(html).items():
        record = read(dump)
        assert body_paragraphs(record) == [P1, P2, P3, CLOSING], style
        assert record.reporters == ["홍길동"], style


@pytest.mark.parametrize("width", [60, 80, 120])
def test_a_page_dumped_in_a_narrow_window_reads_as_in_a_wide_one(width):
    """lynx and w3m break long lines at their window's width; the article comes out as from a wide window."""
    html = news_page(TITLE, paragraphs(P1, P2, P3, "홍길동 기자 hong@example.com"))
    for name, dump in (("lynx", lynx(html, width)), ("w3m", w3m(html, width))):
        record = read(dump)
        wide = read(lynx(html) if name == "lynx" else w3m(html))
        assert record.title == wide.title == TITLE, name
        assert record.reporters == ["홍길동"], name
        # w3m breaks Korean between syllables and keeps no trace of a space it broke at: compare without spaces
        unspaced = [p.replace(" ", "") for p in body_paragraphs(record)]
        assert unspaced == [p.replace(" ", "") for p in (P1, P2, P3)], name
        if name == "lynx":
            assert body_paragraphs(record) == [P1, P2, P3]
