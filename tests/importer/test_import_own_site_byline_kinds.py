"""A kind seen on a real Korean outlet's own site (issue #23, measured by benchmarks/import_real_bylines.py): the
credit of the article's picture glued after the last paragraph's last sentence (`… 나섰다. 사진=한빛통신`), the tags
between them stripped. The paragraph stays, without the credit; a caption's own credit after its description
(`…하고 있다. 사진=한빛통신`) still makes a caption. Read from a small page's HTML and from each dump style.
Every name, address and sentence here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import captions
from test_import_field_pages import P1, P2, every, paragraphs, read  # noqa: F401
from test_import_real_byline_kinds import fields, own_page

LAST = "이에 따라 한빛시는 27일 관계기관 대책 회의를 열고 비상수송대책 마련에 나섰다."


@pytest.mark.parametrize("text", [
    f"{LAST} 사진=한빛통신",
    f"{LAST} 사진 = 한빛통신 제공",
    f"{LAST} 자료사진=한빛통신",
])
def test_a_credit_glued_after_a_paragraph(text):
    """A photo credit after a reported sentence is the paragraph's glued credit: it starts after the sentence."""
    assert captions.glued_credit(text) == len(LAST)


@pytest.mark.parametrize("text", [
    "이영희 시의원이 11일 한빛시의회에서 열린 행정사무감사에서 질의를 하고 있다. 사진=한빛통신",  # a caption's tense
    "이영희 시의원이 질의했다. 사진=한빛통신",                                                       # too short for a paragraph
    f"{LAST}/사진=한빛통신",                                                                       # a caption's slash
    f"{LAST} [사진=한빛통신]",                                                                     # a caption's brackets
    f"{LAST} 사진=한빛통신 김철수 기자가 찍은 이 사진은",                                              # no bare credit
])
def test_no_glued_credit(text):
    """A caption's credit after its description, or a credit not bare after a sentence, is no glued credit."""
    assert captions.glued_credit(text) == -1
    assert captions.is_caption(text) or "찍은" in text


def test_the_last_paragraph_with_its_pictures_credit_glued(read):
    """The last paragraph keeps its text and loses the credit, in every style; the byline below still signs it."""
    article = paragraphs("[한빛일보 홍길동] " + P1, P2, f"{LAST} 사진=한빛통신")
    records = read(own_page(article + "<p>홍길동 기자 hong@hanbit.example</p>",
                            copyright="저작권자 © 한빛일보 무단전재 및 재배포 금지"))
    assert fields(records) == every((["홍길동"], ["hong@hanbit.example"]))
    for record in records.values():
        assert LAST in record.body and "사진=한빛통신" not in record.body
