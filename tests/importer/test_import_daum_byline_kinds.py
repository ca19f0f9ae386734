"""More kinds of caption and outlet lines seen on real Korean pages as a portal hosts them and a site re-publishes
them (issue #23, measured by benchmarks/import_real_bylines.py): an agency photo's caption above the article, closing
on the day it was shot and the photographer's mailbox (`…하고 있다. 2023.10.11. kim@x.kr`), whose dateline names the
photographer, not a reporter; and the re-publishing site's credit line below the article naming the outlet
(`[Source : 한빛일보]`). Each kind on a small page written for the test, read from its HTML and from each dump style.
Every name, address and sentence here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import captions, outlet_forms
from test_import_field_pages import P1, P2, P3, every, paragraphs, read  # noqa: F401
from test_import_real_byline_kinds import fields, own_page

SHOT = "이영희 시의원이 11일 오전 한빛시의회에서 열린 행정사무감사에서 질의를 하고 있다."


@pytest.mark.parametrize("text", [
    f"[한빛=한빛통신] 김철수 기자 = {SHOT} 2023.10.11. kim@hanbit.example",
    f"{SHOT} 2023.10.11 kim@hanbit.example",
    f"{SHOT} 한빛=김철수 기자kim@hanbit.example/2023.10.31/",
])
def test_an_agency_photos_caption_closes_on_its_day_and_mailbox(text):
    """A caption's description, then the day the photo was shot and the photographer's mailbox, is a caption."""
    assert captions.is_caption(text)


@pytest.mark.parametrize("text", [
    "시의회는 내년도 예산안을 이번 주 안에 처리하기로 했다. kim@hanbit.example",   # a paragraph's sign-off
    "시의회는 2023.10.11. 예산안을 처리했다고 밝혔다.",                          # a date inside a sentence
])
def test_a_paragraph_with_a_mailbox_or_a_date_is_no_caption(text):
    """A sentence signed off with a mailbox only, or holding a date, stays a paragraph."""
    assert not captions.is_caption(text)


def test_the_photographer_of_a_caption_above_an_agency_article(read):
    """The agency photo's caption above the article, opening with its own dateline, names the photographer: only the
    article's reporter is read, and the caption leaves the body, in every style."""
    caption = f"<figure><figcaption>[한빛=한빛통신] 김철수 기자 = {SHOT} 2023.10.11. kim@hanbit.example</figcaption></figure>"
    article = paragraphs("[한빛=한빛통신] 홍길동 기자 = " + P1, P2, P3, "hong@hanbit.example")
    records = read(own_page(caption + article, copyright="ⓒ 한빛통신 무단전재 및 재배포 금지"))
    assert fields(records) == every((["홍길동"], ["hong@hanbit.example"]))
    assert all(SHOT not in record.body for record in records.values())


@pytest.mark.parametrize("line, name", [
    ("[Source : 한빛일보]", "한빛일보"),
    ("Source: 한빛일보", "한빛일보"),
    ("[출처 : 한빛경제]", "한빛경제"),
    ("[Source : 네이버]", ""),            # a portal is never the source
    ("출처: 한빛시 제공 자료를 바탕으로 재구성한 그래픽입니다", ""),  # too long for a name
])
def test_a_republishing_sites_credit_names_the_outlet(line, name):
    """A line of its own below the article crediting the source names the outlet."""
    assert outlet_forms.source_credit_outlet(["", line], 0) == name


def test_a_source_credit_inside_the_article_is_no_outlet():
    """A chart's source line inside the article (before its last line) names no outlet."""
    assert outlet_forms.source_credit_outlet(["출처 : 한빛연구원", P3], 1) == ""


def test_the_outlet_of_a_republished_article_named_only_by_its_credit(read):
    """An article re-published by another site, with no copyright line of its own: the credit below it names the
    outlet in every style."""
    end = ("홍길동 기자 hong@hanbit.example", "[Source : 한빛일보]")
    records = read(own_page(paragraphs(P1, P2, P3, *end), copyright="회사소개 | 이용약관 | 개인정보처리방침"))
    assert {style: record.source for style, record in records.items()} == every("한빛일보")
