"""Kinds of surroundings that broke Korean articles moved into other pages' chrome (benchmarks/import_transplant.py).

Each page is written for the test and dumped by lynx, w3m and Chromium (tests/importer/dump_styles.py): a teaser
box between the article's paragraphs, a portal's note about the article's section, a side column printed beside
the article by w3m, a Korean article in an English page. Every page here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer.text import extract_text
from dump_styles import dumps, news_page, paragraphs
from test_import_dump_kinds import P1, P2, P3, TITLE  # the same made-up article, on other pages

P4 = ("해수욕장 주변 상인들은 개장 준비로 분주하다. 한 상인은 \"지난해보다 손님이 많을 것 같아 물건을 넉넉히 "
      "들여놓았다\"며 \"안전요원이 늘어난다니 마음이 놓인다\"고 말했다.")


def body_paragraphs(dump: str) -> list[str]:
    """Return the paragraphs of the body the text path reads from a dump."""
    return [p.strip() for p in extract_text(dump, "page.txt").body.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def styles(browser):
    """Return a function dumping a page in the three styles."""
    return lambda html: dumps(browser, html)


def teasers(heading: str, count: int) -> str:
    """Return a box of teasers: each a headline, its lead cut off with an ellipsis, and the outlet."""
    items = "".join(
        f"<li><a href='/t{k}'><strong>장마철 앞두고 하천 정비 나선 지자체 {k}곳</strong>"
        f"<p>행정안전부는 장마철을 앞두고 전국 하천과 배수로를 점검한 결과 정비가 필요한 곳이 {k}0여 곳에 이른다고…</p>"
        f"</a><span>예시신문</span></li>" for k in range(1, count + 1))
    return f"<div class=box><h4>{heading}</h4><ul>{items}</ul></div>"


@pytest.mark.parametrize("heading", ["함께 볼 만한 뉴스", "이 기사와 함께 읽은 기사"])
def test_a_teaser_box_between_paragraphs_is_dropped_and_the_article_kept_whole(styles, heading):
    """A box of teasers (headline, lead cut off with `…`, outlet) between two paragraphs neither ends the article
    nor stays in it."""
    article = paragraphs(P1, P2) + teasers(heading, 5) + paragraphs(P3, P4)
    for style, dump in styles(news_page(TITLE, article)).items():
        assert body_paragraphs(dump) == [P1, P2, P3, P4], style


def test_teasers_with_their_leads_cut_off_beside_the_article_are_not_body(styles):
    """Two lists of teasers whose leads are cut off with an ellipsis, after the article, are no paragraphs of it."""
    html = news_page(TITLE, paragraphs(P1, P2, P3), after=teasers("예시신문의 다른 기사", 4) + teasers("많이 본 뉴스", 4))
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == [P1, P2, P3], style


def test_a_portals_note_on_the_articles_section_is_not_body(styles):
    """A portal's note below the article (which section the outlet filed it in, and what that means) is no text of it."""
    note = ("<p>이 기사는 언론사에서 사회 섹션으로 분류했습니다.</p><h4>기사 섹션 분류 안내</h4>"
            "<p>기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상 섹션으로 "
            "중복 분류할 수 있습니다.</p><button>닫기</button>")
    for style, dump in styles(news_page(TITLE, paragraphs(P1, P2, P3), after=note)).items():
        assert body_paragraphs(dump) == [P1, P2, P3], style


def test_a_side_column_laid_out_in_a_table_beside_the_article_is_not_body(styles):
    """A table puts a ranking and teasers beside the article: w3m prints both cells on the same rows, the side
    column's items on rows of their own too, and wraps the article's paragraphs at its cell's width."""
    side = teasers("예시신문 랭킹 뉴스", 6)
    article = f"<table><tr><td width=60%>{paragraphs(P1, P2, P3, P4)}</td><td>{side}</td></tr></table>"
    for style, dump in styles(news_page(TITLE, article)).items():
        got = body_paragraphs(dump)
        # w3m breaks Korean between syllables at the cell's edge: compare without spaces there
        assert [p.replace(" ", "") for p in got] == [p.replace(" ", "") for p in (P1, P2, P3, P4)], style


def test_a_korean_article_in_an_english_page_keeps_its_deck_and_leaves_the_english_chrome(styles):
    """The article's language is its own, not the page's: its deck lines stay; the English lines at its edges
    (a wire slug, an author's note, links to other posts) are the page's."""
    deck = "<p>안전요원 두 배로 늘려</p><p>야간 순찰도 강화하기로</p>"
    menu = "".join(f"<li><a href='/c{k}'>{name}</a></li>" for k, name in enumerate(
        ("Home", "World", "Business", "Opinion", "Sports", "Culture", "Travel", "Video")))
    after = ("<p>Associated Press contributed to this report from Seoul and Busan.</p>"
             "<div class=bio><p>The author is a travel writer who has covered Korean beaches and coastal towns for "
             "more than a decade, writing about safety, tourism and the people who keep the shores open.</p></div>"
             "<p><a href='/prev'>previous post</a></p><p><a href='/next'>next post</a></p>")
    html = (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{TITLE}</title></head><body>"
            f"<nav><ul>{menu}</ul></nav><main><h1>{TITLE}</h1><p>June 1, 2025</p>{deck}"
            f"<article>{paragraphs(P1, P2, P3)}</article>{after}</main>"
            "<footer><p>About us | Contact | Privacy policy | Terms of use</p></footer></body></html>")
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == ["안전요원 두 배로 늘려", "야간 순찰도 강화하기로", P1, P2, P3], style


def test_teasers_printed_as_list_items_with_their_leads_do_not_outweigh_a_short_article(styles):
    """A list of teasers, each item a headline and below it the story's lead in full sentences, weighs more than a
    short article: lynx and w3m print the leads inside the items (a browser's copy leaves the hidden list out)."""
    lead = ("국토교통부는 올여름 휴가철 특별교통대책 기간에 하루 평균 오백만 명이 이동할 것으로 내다봤다. "
            "고속도로 휴게소에는 임시 화장실과 전기차 충전기를 늘리고, 정체 구간에는 갓길 차로를 운영하기로 했다.")
    items = "".join(f"<li><a href='/r{k}'><strong>휴가철 고속도로 정체 구간 {k}곳 갓길 차로 운영</strong></a>"
                    f"<p>{lead}</p></li>" for k in range(1, 9))
    after = f"<div style='display:none'><h4>이 시각 많이 본 뉴스</h4><ul>{items}</ul></div>"
    for style, dump in styles(news_page(TITLE, paragraphs(P1, P3), after=after)).items():
        assert body_paragraphs(dump) == [P1, P3], style


def test_the_articles_own_paragraph_listed_as_a_teasers_lead_stays_in_the_article(styles):
    """A teaser list may hold the article itself, its lead the article's first paragraph: the paragraph printed
    outside the list is still the article's."""
    items = "".join(f"<li><a href='/r{k}'><strong>{title}</strong></a><p>{lead}</p></li>"
                    for k, (title, lead) in enumerate(((TITLE, P1), ("장마철 하천 정비 나선 지자체", P4))))
    after = f"<div style='display:none'><h4>많이 본 뉴스</h4><ul>{items}</ul></div>"
    for style, dump in styles(news_page(TITLE, paragraphs(P1, P2, P3), after=after)).items():
        assert body_paragraphs(dump) == [P1, P2, P3], style
