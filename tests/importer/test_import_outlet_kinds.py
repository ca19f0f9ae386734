"""Kinds of outlet evidence (issue #23: `source` is the outlet, never a portal company, a copyright fragment or a
parent company's name), each on small lines and pages written for the test, read from the HTML and each dump style.

A subsidiary on its parent's sub-domain (the parent's family bar and footer around it), a name in Latin letters or
mixed scripts, one spelled out and short (`한빛에스` / `한빛S`), copyright notices without a mark, a portal's long menu
and its own words (`언론사 홈`), a TV report's sign-off and tip box. Every name, address and sentence here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import outlet, outlet_forms
from archivist.importer.html import extract_html
from dump_styles import MENU
from test_import_field_pages import (HEAD, P1, P2, P3, TITLE, every, outlet_page,  # noqa: F401 (read: a fixture)
                                     paragraphs, portal_page, read, sources)

SUB_COPYRIGHT = "Copyright ⓒ 한빛S &amp; hbs.hanbit.example, 무단전재 및 재배포 금지"
ANCHOR = "여름철 물놀이 사고가 해마다 늘고 있습니다."


def subsidiary_page(byline: str = "한빛S 홍길동 기자 hong@hanbit.example", copyright: str = SUB_COPYRIGHT,
                    logo: str = "한빛S", meta: str = "") -> str:
    """Return a subsidiary's article page on its parent's sub-domain: the parent's family bar above its logo, the
    article, its own copyright line, then a footer listing the family and the parent's copyright (the reporter's
    e-mail is on the parent's domain)."""
    family = "".join(f"<a href='https://{host}.hanbit.example/'>{name}</a> "
                     for host, name in (("www", "한빛일보"), ("tv", "한빛TV"), ("biz", "한빛비즈")))
    brand = f"<a href='https://hbs.hanbit.example/'><img alt='{logo}' src='l.png'></a>" if logo else ""
    return (HEAD.replace("</head>", meta + "</head>")
            + f"<header><div class=family>{family}</div>{brand}<nav>{MENU}</nav></header><main><h1>{TITLE}</h1>"
            f"<p>입력 2025.06.02 10:05</p><article>{paragraphs(P1, P2, P3, byline)}</article><p class=copy>{copyright}"
            "</p></main><footer><p>회사소개 | 광고안내 | 개인정보처리방침</p><div><p>한빛일보</p><p>한빛TV</p><p>한빛비즈</p></div>"
            "<p>ⓒ 한빛일보 &amp; hanbit.example</p></footer></body></html>")


PUBLISHER = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
             '"publisher": {"@type": "Organization", "name": "한빛일보"}}</script>')
SUBSIDIARIES = [  # (what, page, the outlet)
    ("the byline names it", subsidiary_page(), "한빛S"),
    ("no logo", subsidiary_page(logo=""), "한빛S"),
    ("a plain byline", subsidiary_page(byline="홍길동 기자 hong@hanbit.example", logo=""), "한빛S"),
    ("the publisher is the parent", subsidiary_page(logo="", meta=PUBLISHER), "한빛S"),
    ("the site name spelled out", subsidiary_page(logo="한빛에스", meta='<meta property="og:site_name" content="한빛에스">'),
     "한빛S"),
    ("a Latin name", subsidiary_page(byline="HBN Biz 홍길동 기자 hong@hanbit.example", logo="HBN Biz",
                                     copyright="Copyright ⓒ HBN Biz. All rights reserved."), "HBN Biz"),
]


@pytest.mark.parametrize("what, page, name", SUBSIDIARIES, ids=[s[0] for s in SUBSIDIARIES])
def test_a_subsidiary_on_its_parents_sub_domain(read, what, page, name):
    """The parent's name at the top and in the footer, its copyright showing the reporter's e-mail domain, or its
    JSON-LD publisher never beat the subsidiary's own name: its copyright right under the article (on a sub-domain of
    that e-mail's), its byline (`한빛S 홍길동 기자`), its logo; a spelled-out site name (`한빛에스`) gives way to the form
    printed in the copyright line and the byline."""
    assert sources(read(page)) == every(name)


def test_a_site_operators_copyright_in_the_footer_is_not_the_outlet(read):
    """`Copyright (c) 한빛AX` at the foot of the page, far below the article, names the company running the site:
    the outlet is the name printed alone at the top and again in the footer (the dumps; the HTML has no other name)."""
    page = (HEAD + f"<header><p class=logo>한빛일보</p><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>"
            f"<p>입력 2025.06.02 10:05</p><article>{paragraphs(P1, P2, P3, '홍길동 기자')}</article></main>"
            "<footer><p>회사소개 | 광고안내 | 개인정보처리방침</p><p>한빛일보</p><p>주소 : 한빛시 중앙로 1 | 전화 : 02-000-0000</p>"
            "<p>한빛AX</p><p>주소 : 한빛시 중앙로 1 8층</p><p>사이트맵</p>"
            "<p>Copyright (c) 한빛AX. All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지</p></footer></body></html>")
    assert {style: s for style, s in sources(read(page)).items() if style != "html"} == {
        "lynx": "한빛일보", "w3m": "한빛일보", "inner": "한빛일보"}


@pytest.mark.parametrize("line", [
    "한빛뉴스의 모든 콘텐츠(영상, 기사, 사진)는 저작권법의 보호를 받은바, 무단 전재와 복사, 배포 등을 금합니다.",
    "이 기사의 저작권은 한빛뉴스에 있으며, 무단 전재 및 재배포를 금합니다.",
])
def test_a_copyright_notice_without_a_mark(read, line):
    """A notice naming the owner of the article's rights without `ⓒ` gives the outlet."""
    assert sources(read(outlet_page("<p>입력 2025.06.02 10:05</p>", line, site=""))) == every("한빛뉴스")


def test_a_tv_reports_sign_off_on_a_portal(read):
    """`HBN 홍길동입니다.` closing a report in a portal's frame names the broadcaster, from the saved page too."""
    page = portal_page(paragraphs("[앵커]", ANCHOR, "[기자]", P1, P2, P3, "HBN 홍길동입니다."), subscribe=False)
    assert sources(read(page)) == every("HBN")


def test_a_tv_reports_tip_box_names_the_broadcaster(read):
    """With no sign-off naming it, the tip box under the report (`[카카오톡] HBN 검색해 채널 추가`) names the
    broadcaster; the messenger's name (a portal company's) never is the outlet."""
    tips = ("<div class=tip><p>※ '당신의 제보가 뉴스가 됩니다'</p><p>[카카오톡] HBN 검색해 채널 추가</p>"
            "<p>[전화] 02-000-0000</p><p>[메일] social@hbn.example</p></div>")
    page = portal_page(paragraphs("[앵커]", ANCHOR, "[기자]", P1, P2, P3, "홍길동 기자입니다.") + tips, subscribe=False)
    assert sources(read(page)) == every("HBN")


def test_the_outlets_logo_below_a_portals_long_menu(read):
    """A long portal menu and its own links (`언론사 홈`, `언론사별 뉴스`) push the outlet's logo below the page's first
    lines: the logo just above the headline still names the outlet, the portal's words never do. (A browser's copy
    prints no alt text: there the outlet's one box names it once, too little.)"""
    links = "<p><a href='/press'>언론사 홈</a></p><p><a href='/p'>언론사별 뉴스</a></p>"
    page = portal_page(paragraphs(P1, P2, P3, "홍길동 기자"), press="HBN", subscribe=False)
    page = page.replace("<div class=main>", "<div class=main>" + links)
    assert sources(read(page)) == {**every("HBN"), "inner": ""}


def test_a_portal_page_without_the_outlets_name_names_none(read):
    """The portal's name (`다음뉴스`), its company's copyright, its links (`언론사 홈`) and sections heading its boxes
    (`사회 많이 본 뉴스`, `사회 더보기`) are never the outlet: with nothing else the source stays empty."""
    sections = "".join(f"<li>{word}</li>" for word in ("홈", "사회", "정치", "경제", "국제", "문화", "IT", "연재", "포토"))
    page = (HEAD + f"<div class=gnb><a href='https://news.portal.example/'>다음뉴스</a><ul>{sections}</ul></div>"
            "<p><a href='/press'>언론사 홈</a></p><p><a href='/p'>언론사별 뉴스</a></p>"
            f"<h2>{TITLE}</h2><p>입력 2025.06.02 10:05</p><article>{paragraphs(P1, P2, P3, '홍길동 기자')}</article>"
            "<div><p>언론사 홈 바로가기</p><p>사회 많이 본 뉴스</p><p>사회 더보기</p></div>"
            "<p>Copyright © Kakao Corp. All rights reserved.</p></body></html>")
    assert sources(read(page)) == every("")


@pytest.mark.parametrize("a, b, same", [
    ("한빛에스", "한빛S", True), ("한빛티비", "한빛TV", True), ("한빛 티브이", "한빛TV", True), ("에이치비엔", "HBN", True),
    ("HBN Biz", "hbnbiz", True), ("한빛S", "한빛일보", False), ("한빛에스", "한빛", False), ("", "HBN", False),
])
def test_one_outlets_spelled_out_and_short_forms(a, b, same):
    """A name spelling out another's capital letters in Hangul is the same outlet; a different name is not."""
    assert outlet_forms.same_outlet(a, b) is same


@pytest.mark.parametrize("line, name", [
    ("한빛S 홍길동 기자 hong@hanbit.example", "한빛S"), ("[HBN Biz 홍길동 기자]", "HBN Biz"), ("한빛TV=홍길동 기자", "한빛TV"),
    ("HBN 홍길동 (hong@hbn.example)", "HBN"), ("홍길동 기자", ""),
    ("시민들은 안전 수칙을 지켜 달라는 홍길동 기자의 말에 고개를 끄덕였다.", ""),
])
def test_the_name_before_the_reporter_in_a_byline(line, name):
    """The byline's name before the reporter (an outlet, or a desk or place it only confirms)."""
    assert outlet_forms.byline_outlet(line) == name


@pytest.mark.parametrize("line, name", [
    ("[카카오톡] HBN 검색해 채널 추가", "HBN"), ("▷ 카카오톡 : 'HBN 제보' 검색", "HBN"),
    ("HBN은 여러분의 제보를 기다립니다.", "HBN"), ("[전화] 02-000-0000", ""), ("카카오톡 검색창에서 채널 추가", ""),
])
def test_the_channel_a_tip_line_names(line, name):
    """A tip line names the broadcaster's channel to search for, never the messenger or a label."""
    assert outlet_forms.tip_outlet(line) == name


@pytest.mark.parametrize("line, name", [
    ("Copyright © 한빛뉴스 All rights reserved", "한빛뉴스"), ("<저작권자 © 한빛뉴스, 무단전재 및 재배포 금지>", "한빛뉴스"),
    ("ⓒ 한빛뉴스 & hanbit.example", "한빛뉴스"), ("ⓒ 한빛뉴스 무단 전재-재배포, AI 학습 및 활용 금지", "한빛뉴스"),
    ("Copyright © HBN Biz. All rights reserved.", "HBN Biz"), ("ⓒ 한빛S & hbs.hanbit.example", "한빛S"),
    ("본 콘텐츠의 저작권은 HBN에 있습니다.", "HBN"), ("Copyright © Kakao Corp. All rights reserved.", ""),
    ("Copyright © NAVER Corp. All Rights Reserved.", ""), ("Copyright ⓒ 한빛뉴스(HBN). All rights reserved.", "한빛뉴스"),
    ("Copyright © 한빛뉴스 (HBN News) All rights reserved", "한빛뉴스"), ("ⓒ HBN Biz(에이치비엔비즈) 무단전재", "HBN Biz"),
])
def test_copyright_lines_in_more_shapes(line, name):
    """Each shape of copyright line gives the outlet's name whole (without its other form in brackets), a portal
    company's none."""
    assert outlet.outlet_from_copyright(line) == name


@pytest.mark.parametrize("text", ["네이버", "NAVER", "다음뉴스", "Daum", "카카오", "Kakao Corp.", "NAVER Corp.", "네이트 뉴스",
                                  "ZUM", "언론사 홈", "언론사별 뉴스", "언론사"])
def test_a_portals_words_are_never_a_name(text):
    """A portal's or its company's name, or its link to the outlets' pages, is never an outlet's name."""
    assert outlet.clean_name(text) == ""


def test_a_portals_generic_site_name_gives_way_to_the_articles_author():
    """A portal's page for one outlet gives its site name generically (`언론사 뷰`): the article's author field names
    the outlet, though the page's address is not known."""
    meta = '<meta property="og:site_name" content="언론사 뷰"><meta property="og:article:author" content="한빛뉴스">'
    page = outlet_page("<p>입력 2025.06.02 10:05</p>", "", site="").replace("</head>", meta + "</head>")
    assert extract_html(page, "page.html").source == "한빛뉴스"


def test_an_address_in_the_copyright_gives_way_to_the_masthead(read):
    """`Copyright by hanbitnews.example` gives an address, not a name: the name printed alone at the top and again in
    the footer names the outlet (from the saved page too); with no name anywhere the address is the last resort."""
    line = "Copyright by hanbitnews.example All rights reserved."
    page = outlet_page("<p>입력 2025.06.02 10:05</p>", line, site="")
    assert sources(read(page)) == every("hanbitnews.example")
    named = page.replace("<header>", "<header><p class=logo>한빛뉴스</p>").replace("</footer>", "<p>한빛뉴스</p></footer>")
    assert sources(read(named)) == every("한빛뉴스")


@pytest.mark.parametrize("name, address", [("hanbit.example", True), ("www.hanbit.co.kr", True), ("dongA.com", True),
                                           ("HBN Biz", False), ("한빛일보", False), ("HBN", False)])
def test_an_address_is_told_from_a_name(name, address):
    """A site's address stands where a copyright line should give a name."""
    assert outlet.is_address(name) is address


def test_a_portals_credit_spelling_the_name_out_gives_the_copyrights_form(read):
    """`기사제공 한빛에스` at the top of a portal's page and `ⓒ 한빛S` in its footer name one outlet: the source is the
    form the copyright line prints."""
    page = portal_page(paragraphs(P1, P2, P3, "홍길동 기자"), subscribe=False)
    page = page.replace("<div class=main>", "<div class=main><p>기사제공 한빛에스</p>").replace(
        "<p>Copyright © NAVER", "<p>ⓒ 한빛S 무단전재 및 재배포 금지</p><p>Copyright © NAVER")
    assert sources(read(page)) == every("한빛S")


@pytest.mark.parametrize("name", ["한빛뉴스", "HBN"])
def test_the_portals_block_on_the_outlet(read, name):
    """On a portal's page whose logo has no text, its block on the outlet (the name, its subscribe button, its
    subscriber count) names the outlet; a reporter's card above the same button names none."""
    card = "<div class=card><strong>김철수</strong><div><button>구독</button></div></div>"
    block = (f"<div class=press><div><strong>{name}</strong></div><div><button>구독</button></div><p>구독자 12,345</p>"
             "<p>응원수 678</p></div>")
    page = portal_page(paragraphs(P1, P2, P3, "홍길동 기자"), subscribe=False)
    page = page.replace("<div class=others>", card + block + "<div class=others>").replace("한빛일보의 다른", "이 언론사의 다른")
    assert sources(read(page)) == every(name)
