"""Kinds of byline, e-mail and outlet lines seen on real Korean outlets' pages (issue #23, measured by
benchmarks/import_real_bylines.py), each on a small page written for the test and read from its HTML and from each
dump style: a bracket closing after the e-mail, the outlet between the name and the title, a dateline below
sub-headlines and a picture, empty brackets a lost link leaves after the outlet's name, a broadcaster's tip box
naming it before the tips. Every name, address and sentence here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import bylines, outlet, outlet_forms
from dump_styles import MENU
from test_import_field_pages import (HEAD, P1, P2, P3, TITLE, every, paragraphs, portal_page,  # noqa: F401
                                     read, sources)

DATE = "<p>입력 2025.06.02 10:05</p>"


def own_page(article: str, copyright: str = "ⓒ 한빛일보 무단전재 및 재배포 금지", top: str = "") -> str:
    """Return an outlet's article page: menu, headline, date, `top`, the article and the copyright line."""
    return (HEAD + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{DATE}{top}"
            f"<article>{article}</article><p>{copyright}</p></main></body></html>")


def fields(records: dict) -> dict:
    """Return {style: (reporters, first e-mail)} of records read in each style."""
    return {style: (record.reporters, record.emails[:1]) for style, record in records.items()}


@pytest.mark.parametrize("line", ["[홍길동 기자 hong@hanbit.example]", "[한빛일보 홍길동 기자 hong@hanbit.example]",
                                  "[홍길동 기자 (hong@hanbit.example)]", "<홍길동 기자 hong@hanbit.example>"])
def test_a_bracket_closing_after_the_email(line):
    """A bracket around the whole byline may close after the e-mail: the reporter and the e-mail are read."""
    assert bylines.parse_byline(line) == bylines.Byline(("홍길동",), ("hong@hanbit.example",))


def test_a_bracket_closing_after_the_email_on_a_page(read):
    """`[홍길동 기자 hong@x]` closing an article gives its reporter and e-mail in every style."""
    records = read(own_page(paragraphs(P1, P2, P3, "[홍길동 기자 hong@hanbit.example]")))
    assert fields(records) == every((["홍길동"], ["hong@hanbit.example"]))


@pytest.mark.parametrize("line, names", [
    ("/ 홍길동 한빛조선 기자 hong@hanbit.example", ("홍길동",)),
    ("홍길동 한빛경제 기자", ("홍길동",)),
    ("홍길동 김철수 기자", ("홍길동", "김철수")),     # two reporters sharing the title
    ("홍길동 남궁민수 기자", ("홍길동", "남궁민수")),  # a four-syllable name with a compound surname
])
def test_the_outlet_between_the_name_and_the_title(line, names):
    """`홍길동 한빛조선 기자`: a four-syllable word after the name (not opening with a compound surname) is the outlet
    or desk the reporter writes for, not a second reporter."""
    assert bylines.parse_byline(line).names == names


def test_the_outlet_between_the_name_and_the_title_on_a_page(read):
    """The byline `/ 홍길동 한빛조선 기자 hong@x` below the article names one reporter in every style."""
    records = read(own_page(paragraphs(P1, P2, P3, "/ 홍길동 한빛조선 기자 hong@hanbit.example")))
    assert fields(records) == every((["홍길동"], ["hong@hanbit.example"]))


def test_a_dateline_below_sub_headlines_and_a_picture(read):
    """The dateline opening the first paragraph (`[서울=한빛통신] 홍길동 기자 =`) names the outlet though several
    sub-headline lines and a picture's caption stand above it, over a copyright line naming the company with a
    slogan (`ⓒ 믿음언론 한빛통신사`)."""
    subheads = "".join(f"<p><b>{line}</b></p>" for line in (
        "하천 스무 곳에 안전요원 배치", "구명조끼 대여소 열 곳 새로 열어", "음주 뒤 수영 단속 강화", "위반하면 과태료 30만원"))
    caption = "<figure><img src='p.jpg' alt=''><figcaption>사진설명 사진 확대</figcaption></figure>"
    article = subheads + caption + paragraphs(f"[서울=한빛통신] 홍길동 기자 = {P1}", P2, P3, "hong@hanbit.example")
    records = read(portal_page(article, copyright="<ⓒ 믿음언론 한빛통신사. 무단전재-재배포 금지>", subscribe=False))
    assert {style: s for style, s in sources(records).items() if style != "html"} == {
        "lynx": "한빛통신", "w3m": "한빛통신", "inner": "한빛통신"}


@pytest.mark.parametrize("line", ["저작권ⓒ '믿을 수 있는 건강 지식' 한빛닷컴() / 무단전재-재배포 금지",
                                  "ⓒ 한빛닷컴 / 무단전재 및 재배포 금지"])
def test_empty_brackets_and_a_slash_after_the_name(line):
    """A lost link leaves empty brackets and a slash after the outlet's name in the copyright line: not the name's."""
    assert outlet.outlet_from_copyright(line) == "한빛닷컴"


def test_empty_brackets_after_the_name_on_a_page(read):
    """The copyright line with a quoted slogan and empty brackets names the outlet in every style."""
    page = own_page(paragraphs(P1, P2, P3, "홍길동 기자 (hong@hanbit.example)"),
                    copyright="저작권ⓒ '믿을 수 있는 건강 지식' 한빛닷컴() / 무단전재-재배포 금지")
    assert sources(read(page)) == every("한빛닷컴")


@pytest.mark.parametrize("line, name", [("HBN 뉴스는 24시간 여러분의 제보를 기다립니다.", "HBN"),
                                        ("HBN은 여러분의 제보를 기다립니다.", "HBN"),
                                        ("우리는 언제나 여러분의 제보를 기다립니다.", "")])
def test_a_tip_box_naming_the_broadcaster(line, name):
    """`HBN 뉴스는 24시간 여러분의 제보를 기다립니다`: the broadcaster waiting for tips, its news service's word and an
    adverb of time between; a pronoun names none."""
    assert outlet_forms.tip_outlet(line) == name


def test_a_tip_box_names_the_outlet_of_a_report_without_byline(read):
    """An anchor's item with no byline and no copyright line: the tip box below it names the broadcaster (the
    dumps; the HTML path reads metadata and logos first)."""
    tips = paragraphs("HBN 뉴스는 24시간 여러분의 제보를 기다립니다.", "▷ 전화 02-000-0000",
                      "▷ 이메일 jebo@hbn.example", "▷ 카카오톡 @HBN제보")
    page = (HEAD + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{DATE}"
            f"<article>{paragraphs(P1, P2, P3)}</article>{tips}</main></body></html>")
    records = read(page)
    assert {style: s for style, s in sources(records).items() if style != "html"} == {
        "lynx": "HBN", "w3m": "HBN", "inner": "HBN"}
    assert {style: record.emails for style, record in records.items()} == every([])
