"""Kinds of byline, e-mail and outlet lines seen on real Korean outlets' pages (issue #23, measured by
benchmarks/import_real_bylines.py), each on a small page written for the test and read from its HTML and from each
dump style: a bracket closing after the e-mail, the outlet between the name and the title, a dateline below
sub-headlines and a picture, empty brackets a lost link leaves after the outlet's name, a broadcaster's tip box
naming it before the tips. Every name, address and sentence here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import bylines, glued_bylines, outlet, outlet_forms
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


@pytest.mark.parametrize("line, names, emails", [
    ("홍길동·김철수 기자 hong@hanbit.example[Copyrightⓒhanbit.example '한빛의 아침' 무단 전재 및 재배포 금지()]",
     ("홍길동", "김철수"), ("hong@hanbit.example",)),
    ("▶▶홍길동(hong@hanbit.example)저작권자 ⓒ 한빛일보(http://www.hanbit.example). 무단전재 및 재배포 금지",
     ("홍길동",), ("hong@hanbit.example",)),
    ("홍길동 기자 hong@hanbit.example▶ 한빛일보 친구가 되어 주세요![ⓒ한빛일보 : 무단전재 및 재배포 금지]",
     ("홍길동",), ("hong@hanbit.example",)),
    ("홍길동 고용노동선임기자▶모바일에서 만나는 한빛일보ⓒ한빛일보 무단 전재 및 재배포 금지", ("홍길동",), ()),
])
def test_a_notice_glued_after_the_byline(line, names, emails):
    """Tags stripped without line breaks glue the copyright notice or a promo to the byline: the byline is read."""
    assert bylines.parse_byline(line) == bylines.Byline(names, emails)


@pytest.mark.parametrize("line", ["ⓒ 한빛일보 홍길동 기자", "사진=홍길동 기자 ⓒ 한빛일보", "ⓒ 한빛일보 무단전재 및 재배포 금지"])
def test_a_copyright_line_is_no_byline(line):
    """A photo's credit with the outlet's mark, or the notice alone, names no reporter."""
    assert bylines.parse_byline(line) is None


def test_a_notice_glued_after_the_byline_on_a_page(read):
    """The byline with the copyright notice glued after it, closing the article: its reporters and e-mail in every
    style, the outlet from the notice in the dumps."""
    end = "홍길동·김철수 기자 hong@hanbit.example[ⓒ 한빛일보 무단 전재 및 재배포 금지]"
    page = (HEAD + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{DATE}"
            f"<article>{paragraphs(P1, P2, P3, end)}</article></main></body></html>")
    records = read(page)
    assert fields(records) == every((["홍길동", "김철수"], ["hong@hanbit.example"]))
    assert {style: s for style, s in sources(records).items() if style != "html"} == {
        "lynx": "한빛일보", "w3m": "한빛일보", "inner": "한빛일보"}


@pytest.mark.parametrize("line, names, emails", [
    ("홍길동 HB노믹스 기자 hong@hanbit.example", ("홍길동",), ("hong@hanbit.example",)),
    ("홍길동 한빛닷컴 연예이슈팀 기자", ("홍길동",), ()),
    ("부산/홍길동 hong@hanbit.example", ("홍길동",), ("hong@hanbit.example",)),
    ("글/홍길동기자 hong@hanbit.example · 사진/김철수기자 kim@hanbit.example", ("홍길동",), ("hong@hanbit.example",)),
    ("인터넷 기자", (), ()),
    ("사회부 기자", (), ()),
    ("온라인 홍길동 기자", ("홍길동",), ()),
])
def test_desks_places_and_credits_beside_the_name(line, names, emails):
    """A desk or brand between the name and the title, a place or `글/` joined by a slash, the photographer's credit
    beside the writer's byline, a desk signing in place of a person: only the writer is a reporter."""
    assert bylines.parse_byline(line) == bylines.Byline(names, emails)


@pytest.mark.parametrize("email", ["onlinenews@hanbit.example", "open@hanbit.example", "web_desk@hanbit.example",
                                   "hbsjebo@hbs.example"])
def test_a_desks_mailbox_made_of_desk_words(email):
    """A mailbox named by desk words only, maybe joined, is the outlet's, not a reporter's."""
    assert bylines.is_desk_mailbox(email)
    assert bylines.parse_byline(f"한빛닷컴 산업경제팀 {email}") is None


@pytest.mark.parametrize("email", ["newsman@hanbit.example", "hong@hanbit.example", "pressian.kim@hanbit.example",
                                   "jebong@hanbit.example"])
def test_a_persons_mailbox_is_no_desks(email):
    """A mailbox that only begins like a desk word is a person's."""
    assert not bylines.is_desk_mailbox(email)


def test_place_and_outlet_inside_the_leading_bracket():
    """`[부산=한빛일보 홍길동기자] 첫 문장`: the place, the outlet and the reporter inside one bracket."""
    rest, byline, outlet_name = glued_bylines.split_leading_byline(f"[부산=한빛일보 홍길동기자] {P1}")
    assert (rest, byline.names, outlet_name) == (P1, ("홍길동",), "한빛일보")


def test_a_photographers_credit_glued_to_a_caption_above_the_article(read):
    """A caption above the article ending with the photographer's credit (`… 모여들었다. /김철수 기자`) names no
    reporter; the byline under the headline does."""
    caption = "거리 풍경 - 2일 새벽 한빛시 중앙역 근처에 시민들이 모여들었다. 이들은 첫차를 기다리고 있었다. /김철수 기자"
    article = paragraphs("홍길동 기자", caption, P1, P2, P3)
    records = read(own_page(article))
    assert {style: record.reporters for style, record in records.items()} == every(["홍길동"])


def test_a_byline_glued_to_the_last_paragraph_still_signs():
    """`…했다. /홍길동 기자` after the article's last sentence signs it (the credit rule is for blocks above)."""
    from archivist.importer.text import extract_text
    text = f"{TITLE}\n\n입력 2025.06.02 10:05\n\n{P1}\n\n{P2}\n\n{P3} /홍길동 기자\n\nⓒ 한빛일보 무단전재 및 재배포 금지\n"
    assert extract_text(text, "page.txt").reporters == ["홍길동"]


@pytest.mark.parametrize("line, name", [("ⓒ한빛워치의 소중한 저작물입니다. 무단전재와 재배포를 금합니다.", "한빛워치"),
                                        ("ⓒ 한빛일보의 모든 콘텐츠는 저작권법의 보호를 받습니다", "한빛일보")])
def test_a_copyright_sentence_naming_the_owner(line, name):
    """`ⓒ한빛워치의 소중한 저작물입니다`: the owner before `의` is the outlet, not the sentence."""
    assert outlet.outlet_from_copyright(line) == name


@pytest.mark.parametrize("line, name", [("[부산=한빛일보 홍길동기자] 첫 문장이다.", "한빛일보"),
                                        ("[세종=HBN 홍길동 기자] 첫 문장이다.", "HBN"),
                                        ("[부산=홍길동 기자] 첫 문장이다.", ""),
                                        ("[한빛투데이]", "")])
def test_the_outlet_in_an_opening_dateline(line, name):
    """`[부산=한빛일보 홍길동기자]`: the outlet between the place and the reporter; a place alone names none, nor does
    a bracketed label alone on its line (a programme's, `[뉴스투데이]`, is shaped like an outlet's name)."""
    assert outlet.outlet_from_dateline(line) == name


@pytest.mark.parametrize("line, name", [
    ("Copyrightⓒhanbit.example '아침을 여는 신문 한빛일보' 무단 전재 및 재배포 금지()", "한빛일보"),
    ("ⓒ한빛일보and HBN Content Hub Co., Ltd. 무단 전재 및 재배포 금지", "한빛일보"),
    ("[ⓒ 한빛매거진(magazine.hanbit.example) and HBN Content Hub Co., Ltd. 무단 전재 및 재배포 금지]", "한빛매거진"),
    ("Copyright ⓒ Hanbit Media and Partners. All rights reserved.", "Hanbit Media and Partners"),
])
def test_a_slogan_in_quotes_and_joint_holders(line, name):
    """The name closing a quoted slogan loses its quote; of two holders joined by `and`, the first in Hangul is the
    outlet (an English name keeps its `and`)."""
    assert outlet.outlet_from_copyright(line) == name


def test_a_latin_copyright_name_the_reporters_email_spells(read):
    """`ⓒ HBS & HBS Digital Lab.` right under the byline of a reporter writing from hbs.example: the outlet is HBS,
    though the page's menu lists a section shaped like an outlet's name twice (the dumps; the HTML trusts the
    copyright line already)."""
    menu = "<ul>" + "".join(f"<li><a href='/s{k}'>{w}</a></li>" for k, w in enumerate(("정치", "한빛투데이", "사회"))) + "</ul>"
    page = (HEAD + f"<header><nav>{menu}</nav></header><main><h1>{TITLE}</h1>{DATE}"
            f"<article>{paragraphs(P1, P2, P3, '홍길동 기자(hong@hbs.example)')}</article>"
            "<p>※ ⓒ HBS &amp; HBS Digital Lab. : 무단복제 및 재배포 금지</p></main>"
            f"<footer><ul><li><a href='/t'>한빛투데이</a></li></ul></footer></body></html>")
    assert sources(read(page)) == every("HBS")


@pytest.mark.parametrize("line, name", [
    ("홍길동 한빛파트너스(주) 대표이사·한빛대 겸임교수 hong@hanbit.example", "홍길동"),
    ("홍길동 한빛나래 대표 hong@mail.example▶ 한빛일보 친구추가ⓒ한빛일보, 무단 전재 및 재배포 금지", "홍길동"),
    ("[홍길동 한빛도서관 조사관]", "홍길동"),
    ("김철수 한빛전자 대표", ""),     # a caption naming a person by position: no e-mail, no brackets
    ("[김철수 한빛전자 대표", ""),    # a bracket opened and not closed
])
def test_a_contributor_signing_with_an_affiliation(line, name):
    """A contributor signs with any affiliation and position when the e-mail follows or brackets hold the whole
    line (the outlet's signature); a bare `name company position` line may be a caption."""
    from archivist.importer import signers
    assert signers.column_author(line) == name


def test_a_contributor_signing_after_the_text(read):
    """The contributor's line after the last paragraph, e-mail and a promo glued after it, names the writer and the
    e-mail in every style."""
    end = "홍길동 한빛나래 대표 hong@mail.example▶ 한빛일보 친구추가"
    records = read(own_page(paragraphs(P1, P2, P3, end)))
    assert fields(records) == every((["홍길동"], ["hong@mail.example"]))


def test_a_tv_reports_sign_off_without_speaker_marks(read):
    """A TV report's web text without speaker marks, the reporter signing off on the line after it
    (`HBN뉴스 홍길동입니다.`), and the tip box's mailbox below: the reporter, and no e-mail."""
    tips = paragraphs("HBN 뉴스는 24시간 여러분의 제보를 기다립니다.", "▷ 전화 02-000-0000", "▷ 이메일 hbnjebo@hbn.example")
    page = (HEAD + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{DATE}"
            f"<article>{paragraphs(P1, P2, P3, 'HBN뉴스 홍길동입니다.')}</article>{tips}</main></body></html>")
    assert fields(read(page)) == every((["홍길동"], []))


def test_a_sentence_ending_like_a_sign_off_names_no_reporter(read):
    """A closing line that names no broadcaster (`정부는 이번 주 발표할 예정입니다.`) is no sign-off."""
    page = (HEAD + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{DATE}"
            f"<article>{paragraphs(P1, P2, P3, '정부는 이번 주 발표할 예정입니다.')}</article></main></body></html>")
    assert {style: record.reporters for style, record in read(page).items()} == every([])


def test_a_tip_call_glued_after_the_last_sentence(read):
    """`… 밝혔다.HBN 뉴스는 24시간 여러분의 제보를 기다립니다.` (tags stripped without a break): the call for tips
    leaves the body, the last sentence stays."""
    last = P3 + "HBN 뉴스는 24시간 여러분의 제보를 기다립니다."
    page = (HEAD + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{DATE}"
            f"<article>{paragraphs(P1, P2, last, '홍길동 기자(hong@hbn.example)')}</article></main></body></html>")
    records = read(page)
    assert {style: ("제보" in record.body, P3 in record.body) for style, record in records.items()} == every((False, True))


def test_a_tv_reports_closing_glued_after_the_last_sentence(read):
    """A TV report's web text with its closing glued to the last sentence (`… 말했다. HBN 뉴스 홍길동입니다.
    hong@x 영상취재 : … 영상편집 : …`): the reporter, the e-mail and the broadcaster in every style; the sentence
    stays in the body, the credits leave it."""
    last = P3 + "  HBN 뉴스 홍길동입니다.  hong@hbn.example 영상취재 : 김철수 최영수 영상편집 : 박하늘"
    page = (HEAD + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{DATE}"
            f"<article>{paragraphs(P1, P2, last)}</article></main></body></html>")
    records = read(page)
    assert fields(records) == every((["홍길동"], ["hong@hbn.example"]))
    assert sources(records) == every("HBN")
    assert {style: (P3 in r.body, "영상취재" in r.body) for style, r in records.items()} == every((True, False))
