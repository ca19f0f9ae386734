"""More kinds of byline, e-mail and outlet lines seen on real Korean pages as portals and aggregators host them
(issue #23, measured by benchmarks/import_real_bylines.py): the reporters' e-mails together on one line after a news
agency's article, the agency's end mark glued after the e-mail (`hong@x.kr(끝)`), the portal's subscription promo
naming the outlet (`네이버 채널에서 한빛일보를 구독하세요!`). Each kind on a small page written for the test, read from
its HTML and from each dump style. Every name, address and sentence here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import bylines, glued_bylines
from test_import_field_pages import P1, P2, P3, every, paragraphs, read  # noqa: F401
from test_import_real_byline_kinds import fields, own_page


@pytest.mark.parametrize("line, emails", [
    ("hong@hanbit.example, kim@hanbit.example", ("hong@hanbit.example", "kim@hanbit.example")),
    ("    hong@hanbit.example · kim@hanbit.example", ("hong@hanbit.example", "kim@hanbit.example")),
    ("hong@hanbit.example/kim@hanbit.example", ("hong@hanbit.example", "kim@hanbit.example")),
    ("photo@hanbit.example, hong@hanbit.example", ("hong@hanbit.example",)),  # the photo desk's is the outlet's
])
def test_the_reporters_emails_on_one_line(line, emails):
    """Two reporters' e-mails alone on one line, joined by a comma, a middle dot or a slash, are both read."""
    assert bylines.parse_byline(line) == bylines.Byline((), emails)


@pytest.mark.parametrize("line", ["photo@hanbit.example, webmaster@hanbit.example",
                                  "문의 hong@hanbit.example, kim@hanbit.example"])
def test_shared_mailboxes_on_one_line_are_no_reporters(line):
    """Shared mailboxes only, or a line asking for enquiries, give no reporter's e-mail."""
    assert not (bylines.parse_byline(line) or bylines.Byline()).emails
    assert bylines.sign_off_email(line) == ""


def test_the_first_of_the_emails_signs_off():
    """A closing line of several e-mails gives the first reporter's as the sign-off."""
    assert bylines.sign_off_email("hong@hanbit.example, kim@hanbit.example") == "hong@hanbit.example"


def test_two_reporters_emails_after_an_agency_article(read):
    """An agency's article opening `(한빛=한빛통신) 홍길동 김철수 기자 = …` and closing with both reporters' e-mails on
    one line gives both reporters and the first e-mail in every style."""
    lead = "(한빛=한빛통신) 홍길동 김철수 기자 = " + P1
    article = paragraphs(lead, P2, P3, "hong@hanbit.example, kim@hanbit.example")
    records = read(own_page(article, copyright="<저작권자(c) 한빛통신, 무단 전재-재배포 금지>"))
    assert fields(records) == every((["홍길동", "김철수"], ["hong@hanbit.example"]))


@pytest.mark.parametrize("line", ["hong@hanbit.example(끝)", "hong@hanbit.example (끝)", "hong@hanbit.example（끝）"])
def test_an_agencys_end_mark_glued_after_the_email(line):
    """`hong@x(끝)`: the news agency's end mark glued after the reporter's e-mail leaves the e-mail readable."""
    assert bylines.parse_byline(line) == bylines.Byline((), ("hong@hanbit.example",))
    assert bylines.sign_off_email(line) == "hong@hanbit.example"


def test_an_agencys_end_mark_glued_after_the_email_on_a_page(read):
    """An agency's article closing with `hong@x(끝)` gives its reporter and e-mail in every style."""
    article = paragraphs("(한빛=한빛통신) 홍길동 기자 = " + P1, P2, P3, "hong@hanbit.example(끝)")
    records = read(own_page(article, copyright="<저작권자(c) 한빛통신, 무단 전재-재배포 금지>"))
    assert fields(records) == every((["홍길동"], ["hong@hanbit.example"]))


@pytest.mark.parametrize("line, name", [
    ("▶ 네이버 채널에서 한빛일보를 구독하세요!", "한빛일보"),
    ("▶네이버 메인에서 '한빛경제'를 받아보세요", "한빛경제"),
    ("▶ 네이버에서 한빛경제 뉴스를 받아보세요", "한빛경제"),
    ("▶속보는 네이버 한빛통신에서 [구독 클릭]", "한빛통신"),
    ("네이버에서 구독하세요", ""),              # no outlet named
    ("▶ 네이버 채널에서 구독하세요!", ""),
])
def test_a_portals_subscription_promo_names_the_outlet(line, name):
    """A portal's promo after the article asks readers to subscribe to the outlet there: the outlet it names."""
    from archivist.importer import outlet_forms
    assert outlet_forms.promo_outlet([line], 0, 0) == name


def test_the_outlet_of_a_portal_article_named_only_by_its_promo(read):
    """An article as a portal hosts it, with no copyright line: the subscription promo after the byline names the
    outlet in every style."""
    end = ("홍길동 기자 hong@hanbit.example", "▶ 네이버 채널에서 한빛일보를 구독하세요!", "▶ 한빛일보닷컴 바로가기")
    records = read(own_page(paragraphs(P1, P2, P3, *end), copyright="회사소개 | 이용약관 | 개인정보처리방침"))
    assert {style: record.source for style, record in records.items()} == every("한빛일보")


PROMOS = " ▶다음에서 [한빛 뉴스] 구독하기 (모바일) ▶네이버에서 [한빛 뉴스] 구독하기"


@pytest.mark.parametrize("tail, names", [
    (" 홍길동 기자 hong@hanbit.example" + PROMOS, ("홍길동",)),
    (" hong@hanbit.example" + PROMOS, ()),
])
def test_promos_glued_after_the_byline_glued_to_the_last_sentence(tail, names):
    """`… 말했다. 홍길동 기자 hong@x ▶다음에서 [한빛 뉴스] 구독하기 ▶…`: the portals' promos after the e-mail go with
    the byline, the sentence stays."""
    assert glued_bylines.split_glued_byline(P3 + tail) == (P3, bylines.Byline(names, ("hong@hanbit.example",)))


def test_promos_without_an_email_split_nothing():
    """Promos glued after a sentence, with no e-mail before them, leave the line whole (the byline rules decide)."""
    assert glued_bylines.split_glued_byline(P3 + PROMOS) == (P3 + PROMOS, None)


def test_promos_glued_after_a_reporters_closing_on_a_page(read):
    """A report's closing glued after its last sentence: a live sign-off, the byline with the e-mail and the portals'
    promos (`… 말했다. 지금까지 사회부 홍길동 기자였습니다. 홍길동 기자 hong@x ▶다음에서 …`): the reporter and the
    e-mail are read in every style, the last sentence stays in the body, and the promos name the outlet."""
    last = P3 + " 지금까지 사회부 홍길동 기자였습니다. 홍길동 기자 hong@hanbit.example" + PROMOS
    records = read(own_page(paragraphs(P1, P2, last), copyright="회사소개 | 이용약관 | 개인정보처리방침"))
    assert fields(records) == every((["홍길동"], ["hong@hanbit.example"]))
    assert {style: record.source for style, record in records.items()} == every("한빛")
    assert {style: (P3 in r.body, "구독" in r.body) for style, r in records.items()} == every((True, False))
