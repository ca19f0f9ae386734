"""Kinds of Korean byline and e-mail lines on pages of outlets the importer has never seen (issue #23): the e-mail
bracketed, pointed at (`☞`) or labelled (`이메일:`) on the line under the name, a correspondent's posting between the
name and the title, a reporter card's counts, a photo credit on the byline's line, the bylines of teasers below the
story, a broadcaster's tip box mailbox, the reporter's e-mail in the metadata. Each kind on a small page written for
the test, read from its HTML and from each dump style. Every name, address and sentence here is made up.
"""

from __future__ import annotations

import json

import pytest

from archivist.importer import bylines
from archivist.importer.html import extract_html
from test_import_field_pages import P1, P2, P3, TITLE, every, paragraphs, portal_page, read  # noqa: F401
from test_import_real_byline_kinds import fields, own_page

E = "hong@hanbit.example"


@pytest.mark.parametrize("line, names, emails", [
    (f"홍길동 기자 [{E}]", ("홍길동",), (E,)),
    (f"홍길동 기자 ☞{E}", ("홍길동",), (E,)),
    (f"☞ 홍길동 기자 {E}", ("홍길동",), (E,)),
    (f"홍길동 기자 ▶{E}", ("홍길동",), (E,)),         # an arrow before an e-mail is no promo
    (f"[{E}]", (), (E,)),
    (f"<{E}>", (), (E,)),
    (f"☞ {E}", (), (E,)),
    ("홍길동 워싱턴 특파원", ("홍길동",), ()),           # the posting, not a second reporter
    (f"홍길동 도쿄특파원 {E}", ("홍길동",), (E,)),
    ("홍길동 김철수 특파원", ("홍길동", "김철수"), ()),  # a second name stays a reporter
    (f"홍길동 기자 {E} 구독 구독자 321 기자 프로필", ("홍길동",), (E,)),
    ("홍길동 기자 구독 기자 프로필", ("홍길동",), ()),   # a button is no name
    ("홍길동 기자 사진=김철수 기자", ("홍길동",), ()),   # the photographer wrote nothing
])
def test_byline_lines_of_unseen_outlets(line, names, emails):
    """Each line gives its reporters and e-mail, and nothing else."""
    assert bylines.parse_byline(line) == bylines.Byline(names, emails)


def test_a_labelled_email_counts_only_under_a_name():
    """`이메일: hong@…` alone is read as the e-mail of the name above it, never as a byline anywhere on the page (a tip
    box labels its mailbox the same way)."""
    assert bylines.parse_byline(f"이메일: {E}") is None
    assert bylines.byline_under_name(f"이메일: {E}") == bylines.Byline((), (E,))
    assert bylines.byline_under_name("이메일: webmaster@hanbit.example") is None


@pytest.mark.parametrize("line", ["[메일] social@hbn.example", "▷ 이메일 : social@hbn.example"])
def test_a_tip_boxs_mail_channel_is_no_sign_off(line):
    """A tip box's mail channel, its label bracketed or after a mark, is the broadcaster's, not the reporter's."""
    assert bylines.sign_off_email(line) == ""


@pytest.mark.parametrize("where", ["top", "end"])
@pytest.mark.parametrize("below", [f"이메일: {E}", f"[{E}]", f"☞ {E}"])
def test_the_email_under_the_name(read, where, below):
    """The reporter's name, then the e-mail on the next line, labelled, bracketed or pointed at, above or below the
    article: the reporter and the e-mail in every style."""
    signed = paragraphs("홍길동 기자", below)
    page = (own_page(paragraphs(P1, P2, P3), top=signed) if where == "top"
            else own_page(paragraphs(P1, P2, P3) + signed))
    assert fields(read(page)) == every((["홍길동"], [E]))


@pytest.mark.parametrize("line, email", [(f"☞ 홍길동 기자 {E}", [E]), ("홍길동 기자 사진=김철수 기자", [])])
def test_a_byline_read_as_a_promo_or_a_caption(read, line, email):
    """A byline a pointing mark opens, or a photo credit closes, signs the article in every style."""
    assert fields(read(own_page(paragraphs(P1, P2, P3, line)))) == every((["홍길동"], email))


@pytest.mark.parametrize("credit", ["/사진=김철수 기자", "/ 사진=김철수 기자"])
def test_a_captions_credit_on_its_own_line_signs_nothing(read, credit):
    """A picture's caption with its credit on a line of its own (`/사진=김철수 기자`) amid the article: the photographer
    is no reporter of it, in every style."""
    picture = f"<figure><img src='a.jpg' alt=''><figcaption>시민들이 한빛천 산책로를 걷고 있다.<br>{credit}</figcaption></figure>"
    article = paragraphs(P1, P2) + picture + paragraphs(P3, f"홍길동 기자 {E}")
    assert fields(read(own_page(article))) == every((["홍길동"], [E]))


TEASERS = ("<div class=more><h3>이 기자의 다른 기사</h3><ul><li><a href='/b1'>장마철 하천 정비 사업 점검</a>"
           "<p>김철수 기자</p></li><li><a href='/b2'>해수욕장 개장 앞두고 안전요원 배치</a>"
           "<p>박민수 기자 park@hanbit.example</p></li></ul></div>")
NEXT = ("<div class=next><h3>다음 기사</h3><p><a href='/n'>한빛시 장마 대비 배수로 점검 나서</a></p>"
        "<p>김철수 기자 kim@hanbit.example</p><p>한빛시는 장마를 앞두고 배수로 300곳을 점검한다고 밝혔다.</p></div>")


@pytest.mark.parametrize("box", [TEASERS, NEXT])
@pytest.mark.parametrize("signed, want", [("end", (["홍길동"], [E])), ("top", (["홍길동"], [])), ("none", ([], []))])
def test_teasers_bylines_below_the_story(read, box, signed, want):
    """Other articles below the story, each title with its byline (a box of the reporter's other articles, the next
    article's header): their reporters and e-mails are not the article's."""
    article = paragraphs(P1, P2, P3, f"홍길동 기자 {E}" if signed == "end" else "") + box
    top = paragraphs("홍길동 기자") if signed == "top" else ""
    page = own_page(article, top=top)
    assert fields(read(page)) == every(want)


MOST_READ = ("<aside><h3>많이 본 뉴스</h3><ul><li><a href='/s1'>장마철 하천 정비 사업 점검</a><p>김철수 기자</p></li>"
             "<li><a href='/s2'>해수욕장 개장 앞두고 안전요원 배치</a><p>박민수 기자 park@hanbit.example</p></li></ul></aside>")


def test_signed_teasers_above_the_headline(read):
    """A box of most-read stories above the headline, each title with its byline: neither its titles nor its reporters
    are the article's, in every style (a browser's copy took the first title, over its byline, for the headline)."""
    page = own_page(paragraphs(P1, P2, P3, f"홍길동 기자 {E}")).replace("<main>", "<main>" + MOST_READ, 1)
    records = read(page)
    assert fields(records) == every((["홍길동"], [E]))
    assert {style: record.title for style, record in records.items()} == every(TITLE)


def test_a_tip_boxs_mailbox_on_a_portal_page(read):
    """A broadcaster's report as a portal hosts it, its tip box after the sign-off: the reporter from the sign-off, no
    e-mail (the tip box's mailbox is the broadcaster's)."""
    article = paragraphs("[앵커]", P1, "[기자]", P2, P3, "HBN 홍길동입니다.", "※ '당신의 제보가 뉴스가 됩니다'",
                         "[메일] social@hbn.example", "[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]")
    assert fields(read(portal_page(article, press="HBN"))) == every((["홍길동"], []))


def meta_page(meta: str, article: str = paragraphs(P1, P2, P3)) -> str:
    """Return an outlet's page with these metadata tags in its head."""
    return own_page(article).replace("</title>", "</title>" + meta, 1)


@pytest.mark.parametrize("meta, want", [
    ("<script type='application/ld+json'>" + json.dumps({"@type": "NewsArticle", "author": {
        "@type": "Person", "name": "홍길동", "email": E}}, ensure_ascii=False) + "</script>", (["홍길동"], [E])),
    (f"<meta name='author' content='홍길동 기자 {E}'>", (["홍길동"], [E])),
    ("<meta property='og:article:author' content='홍길동 기자'>", (["홍길동"], [])),
    ("<meta property='og:article:author' content='한빛일보'>", ([], [])),  # a portal's: the outlet
    ("<meta name='author' content='한빛일보 hanbit@hanbit.example'>", ([], [])),  # the outlet and its mailbox
])
def test_the_reporter_and_email_in_the_metadata(meta, want):
    """JSON-LD `author.email`, an author field holding the e-mail, `og:article:author` naming a reporter by title."""
    record = extract_html(meta_page(meta), "page.html")
    assert (record.reporters, record.emails[:1]) == want
