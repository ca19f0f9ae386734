"""Reporters and e-mail in the kinds of byline Korean pages print (issue #23), read from the HTML and each dump style.

Several reporters (`·`, a space, a comma), reporters with a rank or a title, a column's writer signing with an
affiliation, no byline at all (an editorial, photo news, a press release), a TV report's credits and turn headers,
and e-mails that are not the reporter's (a tip-off address, the outlet's address in the footer). Each stands in a
small made-up page, imported from its HTML and from its lynx, w3m and Chromium dumps. Every name, address and
sentence here is made up.
"""

from __future__ import annotations

import pytest

from dump_styles import MENU
from test_import_field_pages import (HEAD, P1, P2, P3, TITLE, every, outlet_page,  # noqa: F401 (read: a fixture)
                                     paragraphs, portal_page, read)

MAIL = "hong@hanbit.example"


def page_with(article: str, header: str = "", after: str = "", footer: str = "", title: str = TITLE) -> str:
    """Return an outlet's page: its menu, the headline and its time, `header`, the article, `after`, a footer."""
    head = HEAD.replace(f"<title>{TITLE}</title>", f"<title>{title}</title>")
    return (head + f"<header><nav>{MENU}</nav></header><main><h1>{title}</h1><p>입력 2025.06.02 10:05</p>{header}"
            f"<article>{article}</article>{after}<p>ⓒ 한빛일보 무단전재 및 재배포 금지</p></main>"
            f"<footer><p>회사소개 | 광고안내 | 개인정보처리방침</p>{footer}</footer></body></html>")


def reporters(records: dict) -> dict:
    """Return {style: reporters} of records read in each style."""
    return {style: record.reporters for style, record in records.items()}


def emails(records: dict) -> dict:
    """Return {style: emails} of records read in each style."""
    return {style: record.emails for style, record in records.items()}


KINDS = [  # (where, the HTML of the byline, reporters, e-mails)
    ("head", "<p>홍길동 김철수 기자</p>", ["홍길동", "김철수"], []),
    ("end", "<p>홍길동 기자, 김철수 기자</p>", ["홍길동", "김철수"], []),
    ("end", "<p>홍길동·김철수·이서윤 기자</p>", ["홍길동", "김철수", "이서윤"], []),
    ("head", "<p>서울 홍길동 기자</p>", ["홍길동"], []),
    ("head", "<p>사회부 홍길동 기자</p>", ["홍길동"], []),
    ("head", "<p>| 홍길동 기자</p>", ["홍길동"], []),
    ("head", "<p>홍길동 인턴기자</p>", ["홍길동"], []),
    ("end", "<p>홍길동 선임기자</p>", ["홍길동"], []),
    ("end", "<p>워싱턴=홍길동 특파원</p>", ["홍길동"], []),
    ("end", "<p>홍길동 한빛대 경제학과 교수</p>", ["홍길동"], []),
    ("end", f"<p>홍길동 한빛연구원 선임연구위원 {MAIL}</p>", ["홍길동"], [MAIL]),
    ("end", "<p>홍길동 기자</p><p>제보 jebo.hanbit@hanbit.example</p>", ["홍길동"], []),
    ("head", f"<p>홍길동 기자 ({MAIL})</p>", ["홍길동"], [MAIL]),
    ("end", f"<p>홍길동 기자 {MAIL}, 김철수 기자</p>", ["홍길동", "김철수"], [MAIL]),
    ("end", f"<p>홍길동 기자 ({MAIL}) [영상취재: 박민수 / 영상편집: 최지훈]</p>", ["홍길동"], [MAIL]),
    ("end", "<p>(영상취재: 박민수 / 영상편집: 최지훈) 홍길동 기자</p>", ["홍길동"], []),
    ("end", f"<p>홍길동 기자 {MAIL}</p><p>김철수 기자 kim@hanbit.example</p>", ["홍길동", "김철수"],
     [MAIL, "kim@hanbit.example"]),
]


@pytest.mark.parametrize("where, byline, names, mails", KINDS)
def test_byline_kinds(read, where, byline, names, mails):
    """Each kind of byline gives exactly its reporters (a place or desk before the name is none) and e-mails."""
    article = (byline if where == "head" else "") + paragraphs(P1, P2, P3) + (byline if where == "end" else "")
    records = read(page_with(article))
    assert reporters(records) == every(names)
    assert emails(records) == every(mails)
    assert {style: P3 in record.body for style, record in records.items()} == every(True)


def test_the_outlets_address_in_the_footer_is_not_the_reporters(read):
    """The byline shows no e-mail; the footer's contact address is the outlet's, not the reporter's."""
    footer = "<p>대표전화 02-000-0000 | 이메일 hanbitnews@hanbit.example</p>"
    records = read(page_with(paragraphs(P1, P2, P3, "홍길동 기자"), footer=footer))
    assert reporters(records) == every(["홍길동"])
    assert emails(records) == every([])


@pytest.mark.parametrize("title, article", [
    ("[사설] 여름철 물놀이 안전, 수칙부터 지키자", paragraphs(P1, P2, P3)),
    ("[포토] 물놀이 안전요원 배치", "<figure><img src=p.jpg alt=''><figcaption>사진=김철수 기자</figcaption></figure>"
     + paragraphs(P1, P2, P3)),
    ("한빛대학교, 여름 물놀이 안전 교육 연다", paragraphs(f"(서울=한빛와이어) 2025년 06월 02일 -- {P1}", P2, P3)),
])
def test_an_article_without_a_byline_has_no_reporter(read, title, article):
    """An editorial, photo news credited to a photographer, a press release: no reporter, and the page imports."""
    records = read(page_with(article, title=title))
    assert reporters(records) == every([])
    assert {style: P2 in record.body for style, record in records.items()} == every(True)


def test_a_portals_list_of_reporters_far_below_is_not_the_byline(read):
    """An article without a byline on a portal's page; far below, the portal lists reporters to follow."""
    teasers = "<div>" + "".join(f"<p><a href='/n{k}'>많이 본 뉴스 제목 {k}번째 기사</a></p>" for k in range(40)) + "</div>"
    people = "<h3>함께 볼만한 기자</h3>" + "".join(f"<p>{name} 기자</p><p>구독</p>" for name in ("김철수", "이서윤", "박하늘"))
    records = read(page_with(paragraphs(P1, P2, P3), after=teasers + people, title="[사설] 물놀이 안전부터"))
    assert reporters(records) == every([])


ANCHOR = "여름철 물놀이 사고가 해마다 늘고 있습니다. 한빛시가 안전 대책을 내놨습니다."


@pytest.mark.parametrize("closing", [
    ["[영상취재 박민수 / 영상편집 최지훈]"],
    ["영상취재 : 박민수 / 영상편집 : 최지훈", "(영상디자인 : 정수아)"],
    ["한빛방송 홍길동 기자입니다", "촬영기자 : 박민수", "그래픽 : 정수아"],
])
def test_a_tv_reports_credits_name_no_reporter(read, closing):
    """The anchor hands over (or the reporter signs off); camera, editing and graphics credits are not reporters."""
    article = paragraphs("[앵커]", ANCHOR, "홍길동 기자가 보도합니다.", "[기자]", P1, P2, P3, *closing)
    records = read(page_with(article))
    assert reporters(records) == every(["홍길동"])
    assert {style: "박민수" not in record.body and P3 in record.body for style, record in records.items()} == every(True)


@pytest.mark.parametrize("dateline, outlet", [("[한빛일보=홍길동 기자] ", "한빛일보"), ("(부산=한빛일보) 홍길동 김철수 기자 = ", "한빛일보"),
                                              ("[HBN=홍길동 기자] ", "HBN"), ("[한빛일보 세종=홍길동 기자] ", "한빛일보"),
                                              ("[한빛일보 홍길동 기자, 세종=김철수 기자] ", "한빛일보")])
def test_the_outlet_joined_to_the_reporter_in_a_dateline(read, dateline, outlet):
    """On a portal's page with no other name of the outlet, `[한빛일보=홍길동 기자]` opening the article names the
    outlet (before the `=`, where other datelines print the place), never the reporter; a place inside the outlet's
    bracket (`[한빛일보 세종=홍길동 기자]`) is no reporter."""
    page = portal_page(paragraphs(dateline + P1, P2, P3), subscribe=False)
    records = read(page)
    assert {style: record.source for style, record in records.items()} == every(outlet)
    assert reporters(records)["lynx"] == (["홍길동", "김철수"] if "김철수" in dateline else ["홍길동"])


@pytest.mark.parametrize("handover", ["홍길동·김철수 기자가 보도합니다.", "홍길동 기자와 김철수 기자가 함께 취재했습니다."])
def test_an_anchor_handing_over_to_two_reporters_names_both(read, handover):
    """`홍길동·김철수 기자가 보도합니다`, `홍길동 기자와 김철수 기자가 …`: both reporters, the anchor none."""
    records = read(page_with(paragraphs("[앵커]", ANCHOR, handover, "[기자]", P1, P2, P3)))
    assert reporters(records) == every(["홍길동", "김철수"])


def test_a_turn_header_naming_the_reporter_after_the_mark(read):
    """`[기자] 홍길동` opening the reporter's turn, with no hand-over and no sign-off, names the reporter."""
    records = read(page_with(paragraphs("[앵커]", ANCHOR, "[기자] 홍길동", P1, P2, P3)))
    assert reporters(records) == every(["홍길동"])


@pytest.mark.parametrize("alt", ["한빛일보 로고", "logo 한빛일보", "한빛일보 메인으로", "한빛일보 홈 바로가기"])
def test_a_logos_words_about_its_link_are_no_part_of_the_outlet(read, alt):
    """The logo's alt text names the outlet with a word about the link; its subscription link below confirms the
    name (and is never the outlet itself). A browser's copy prints no alt text: the page then names no outlet."""
    page = outlet_page("<p>입력 2025.06.02 10:05</p>", "", site=alt, after="<p><a href='/s'>한빛일보 구독신청</a></p>")
    assert {style: record.source for style, record in read(page).items()} == {**every("한빛일보"), "inner": ""}
