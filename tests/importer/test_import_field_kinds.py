"""Kinds of byline, date and outlet evidence (issue #23), each on small lines and pages written for the test."""

from __future__ import annotations

from collections import Counter

import pytest

from archivist.errors import ContentError
from archivist.importer import fields
from archivist.importer.extract import Overrides, apply, extract
from archivist.importer.html import extract_html
from archivist.importer.text import extract_text

P1 = ("정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. "
      "지원 대상은 설비 투자와 연구개발, 인력 양성 등 세 분야다.")
P2 = ("기획재정부는 반도체 기업의 설비 투자에 대한 세액공제율을 최대 25%까지 높이기로 했다. "
      "중소기업은 추가 공제를 받을 수 있다.")
P3 = "업계는 이번 대책이 투자 확대로 이어질 것으로 기대한다고 말했다."
TITLE = "정부, 반도체 지원에 10조 투입"


def dump(header: str = "", tail: str = "", footer: str = "", first: str = P1) -> str:
    """Return a Korean text dump: menu, headline, `header` lines, three paragraphs, `tail` lines, a footer."""
    menu = "\n".join(f"  * 메뉴{i}" for i in range(12))
    return (f"뉴스\n{menu}\n로그인\n{TITLE}\n{header}\n\n{first}\n\n{P2}\n\n{P3}\n{tail}\n\n"
            f"관련기사\n  * 반도체 수출 석 달째 증가\n  * 삼성전자, 새 공장 착공\n{menu}\n{footer}\n")


@pytest.mark.parametrize("line, names, emails", [
    ("홍길동 기자 외 1명", ["홍길동"], []),
    ("칼럼니스트 홍길동", ["홍길동"], []),
    ("논설위원 홍길동 hong@x.co.kr", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동 기자(hong@x.co.kr)", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동 기자 <hong@x.co.kr>", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동 기자 | hong@x.co.kr", ["홍길동"], ["hong@x.co.kr"]),
    ("김수아 인턴 기자 2024. 5. 22. 08:37", ["김수아"], []),
    ("/홍길동 기자 hong@", ["홍길동"], []),
    ("[머니경제 홍길동 기자]", ["홍길동"], []),
    ("[한국일보 홍길동 기자] hong@x.co.kr", ["홍길동"], ["hong@x.co.kr"]),
    ("부산=홍길동 기자 hong@x.co.kr", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동·김철수 기자", ["홍길동", "김철수"], []),
    ("홍길동 기자 구독", ["홍길동"], []),
    ("머니S 홍길동 기자", ["홍길동"], []),
    ("YTN 홍길동 (hong@x.co.kr)", ["홍길동"], ["hong@x.co.kr"]),
    ("[서울 홍길동 기자]", ["홍길동"], []),
    ("정치부 홍길동 기자", ["홍길동"], []),
    ("홍길동 기자, 김철수 특파원", ["홍길동", "김철수"], []),
    ("홍길동 hong@x.co.kr", ["홍길동"], ["hong@x.co.kr"]),
    ("‹홍길동 기자>", ["홍길동"], []),
    ("■ 홍길동 기자", ["홍길동"], []),
    ("글·사진=홍길동 기자", ["홍길동"], []),
    ("정리=홍길동 기자", ["홍길동"], []),
    ("hong@x.co.kr 홍길동 기자", ["홍길동"], ["hong@x.co.kr"]),
    ("[스포츠한빛=홍길동 기자]", ["홍길동"], []),
    ("홍길동 기자 입력 2023.05.01 10:00 수정 2023.05.03 11:00", ["홍길동"], []),
    ("글·사진 홍길동 기자", ["홍길동"], []),
    ("입력 2023.05.01 10:00 홍길동 기자 hong@x.co.kr", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동 기자 구독 hong@x.co.kr", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동 기자 hong@x.co.kr 홍길동 기자의 다른기사 보기", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동 기자 hong@x.co.kr 기자 프로필", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동 객원기자(한국대 교수)", ["홍길동"], []),
    ("홍길동 기자 hong@x.co.kr, 김철수 기자 kim@x.co.kr", ["홍길동", "김철수"], ["hong@x.co.kr", "kim@x.co.kr"]),
    ("홍길동 기자(hong@x.co.kr)·김철수 기자(kim@x.co.kr)", ["홍길동", "김철수"], ["hong@x.co.kr", "kim@x.co.kr"]),
    ("구독 hong@x.co.kr", [], ["hong@x.co.kr"]),
    ("홍길동 기자 프로필 사진", ["홍길동"], []),
    ("홍길동 기자 hong@x.co.kr 기자의 다른기사", ["홍길동"], ["hong@x.co.kr"]),
    ("홍길동 기자 ▶ 기사 더보기", ["홍길동"], []),
])
def test_byline_kinds(line, names, emails):
    """Each byline shape gives its reporters (never a rank word, place or outlet) and only whole emails."""
    byline = fields.parse_byline(line)
    assert byline is not None
    assert list(byline.names) == names
    assert list(byline.emails) == emails


@pytest.mark.parametrize("line", ["사진=홍길동 기자", "[사진=홍길동 기자]", "사진 홍길동 기자", "영상취재 : 홍길동", "홍길동 앵커",
                                  "제보 jebo@x.co.kr", "문의 (help@x.co.kr)", "이메일 hong@x.co.kr", "webmaster@x.co.kr"])
def test_credits_are_not_bylines(line):
    """A photo or video credit, a tip or contact line names no reporter."""
    assert fields.parse_byline(line) is None


@pytest.mark.parametrize("line, names, emails", [
    ("그는 말했다.부산=홍길동 기자 hong@x.co.kr", ["홍길동"], ["hong@x.co.kr"]),
    ("그는 말했다./세종=홍길동 기자", ["홍길동"], []),
    ("한산하다. /홍길동 기자 hong@", ["홍길동"], []),
    ("그는 말했다. hong@x.co.kr", [], ["hong@x.co.kr"]),
    ("그는 말했다.부산=홍길동 기자 gil.dong@x.co.kr", ["홍길동"], ["gil.dong@x.co.kr"]),
    ("그는 말했다.gil.dong@x.co.kr", [], ["gil.dong@x.co.kr"]),
])
def test_glued_sign_offs_leave_the_sentence(line, names, emails):
    """A dateline and byline (or the reporter's email) glued to the last sentence is split off; the sentence stays."""
    text, byline = fields.split_glued_byline(line)
    assert text.endswith("다.")
    assert list(byline.names) == names and list(byline.emails) == emails


def test_outlet_in_a_leading_bracket_byline():
    """`[머니경제 홍길동 기자] 본문` gives the reporter, the outlet and the sentence."""
    text, byline, outlet = fields.split_leading_byline("[머니경제 홍길동 기자] 정부는 대책을 발표했다.")
    assert (text, byline.names, outlet) == ("정부는 대책을 발표했다.", ("홍길동",), "머니경제")


@pytest.mark.parametrize("line, email", [
    ("☞공감언론 뉴시스 hong@newsis.com", "hong@newsis.com"),
    ("제보 hong@newsis.com", ""),
    ("photo@newsis.com", ""),
    ("독자 문의: webmaster@x.co.kr", ""),
])
def test_sign_off_email_is_the_reporters_only(line, email):
    """A closing line with one email gives it; tip lines and the outlet's shared mailboxes do not."""
    assert fields.sign_off_email(line) == email


def test_sign_off_email_read_from_a_dump():
    """The sign-off line after the article gives the email; the footer's tip address does not."""
    record = extract_text(dump(tail="홍길동 기자\n☞공감언론 뉴스 hong@x.co.kr", footer="기사제보 jebo@x.co.kr"), "p.txt")
    assert record.reporters == ["홍길동"] and record.emails == ["hong@x.co.kr"]


def test_footer_founding_and_registration_dates_are_never_the_article_date():
    """A page whose only dates are the outlet's (founding, registration) has no article date."""
    footer = "창간 2005.11.07\n인터넷신문 등록번호 서울 아00001 등록일 2010.04.01 발행인 홍길동\n등록일: 2015-01-02"
    record = extract_text(dump(footer=footer), "p.txt")
    assert record.date == ""


def test_a_page_with_only_a_footer_date_asks_for_date():
    """Importing such a page is the error that asks for --date, naming the file."""
    page = dump(footer="창간 2005.11.07\n등록일 2010.04.01").encode()
    record = extract(page, "p.txt")
    with pytest.raises(ContentError, match="--date"):
        apply(record, Overrides(), Counter())


def test_a_labelled_date_far_from_the_article_is_not_taken():
    """A `입력` date in a sidebar list far below the article is another article's."""
    far = "\n".join(f"  * 다른 기사 {i}" for i in range(40)) + "\n입력 2019.01.02 10:00"
    record = extract_text(dump(footer=far), "p.txt")
    assert record.date == ""


@pytest.mark.parametrize("header, iso", [
    ("승인 2019.10.10 14:00", "2019-10-10T14:00:00+09:00"),
    ("최종수정 2020.03.24 09:16 기사입력 2020.03.23 09:16", "2020-03-23T09:16:00+09:00"),
    ("입력 : 2020.05.27 21:06 수정 : 2020.05.28 09:45", "2020-05-27T21:06:00+09:00"),
    ("홍길동 기자\n입력 :\n2025-05-28 00:13:03\n수정 :\n2025-05-28 00:15:18", "2025-05-28T00:13:03+09:00"),
    ("홍길동 2024. 5. 13. 12:52", "2024-05-13T12:52:00+09:00"),
    ("입력 1985.05.01 09:00", "1985-05-01T09:00:00+09:00"),
    ("입력 1923.09.01", "1923-09-01"),
    ("2020.05.27 21:06 | 수정 2020.05.28 09:00", "2020-05-27T21:06:00+09:00"),
    ("2020.05.27 21:06\n수정 2020.05.28 09:00", "2020-05-27T21:06:00+09:00"),
])
def test_header_dates(header, iso):
    """The header's labelled date is found (publication before update, approval when alone), in any plausible year."""
    assert extract_text(dump(header=header), "p.txt").date == iso


def test_bare_dates_in_the_text_are_not_the_article_date():
    """A date inside a sentence of the article is what the story tells of, not when it ran."""
    record = extract_text(dump(first="1919.3.1 만세운동을 기리는 행사가 2019.03.01 서울에서 열렸다고 주최 측이 28일 밝혔다."), "p.txt")
    assert record.date == ""


@pytest.mark.parametrize("header", ["홍길동 2024. 5. 13. 12:52", "홍길동 입력 2024. 5. 13. 12:52",
                                    "홍길동 입력 2024. 05. 13. 12:52 수정 2024. 05. 13. 13:10"])
def test_header_name_and_time_line_gives_the_reporter(header):
    """A portal's `홍길동 2024. 5. 13. 12:52` line under the headline names the reporter, its time labelled or not,
    the update's time after it or not."""
    assert extract_text(dump(header=header), "p.txt").reporters == ["홍길동"]


def test_transcript_reporter():
    """A TV transcript names its reporter where the anchor hands over, or in the sign-off."""
    lines = ["[앵커]", "정부가 대책을 내놨습니다. 홍길동 기자가 보도합니다.", "[기자]", "대책은 세 가지입니다."]
    assert fields.transcript_reporter(lines) == "홍길동"
    assert fields.transcript_reporter(lines[1:2] + ["YTN 김철수입니다."]) == ""  # no speaker labels: no transcript
    assert fields.transcript_reporter(lines + ["YTN 김철수입니다."]) == "김철수"


@pytest.mark.parametrize("handover", ["자세한 내용 홍길동 기자입니다.", "홍길동 기자의 보도입니다.", "홍길동 기자가 전해드립니다."])
def test_transcript_hand_over_forms(handover):
    """The anchor hands over as `… 홍길동 기자입니다.`, `홍길동 기자의 보도입니다.` or `홍길동 기자가 전해드립니다.`."""
    assert fields.transcript_reporter(["[앵커]", "정부가 대책을 내놨습니다.", handover, "[기자]", "대책은 세 가지입니다."]) == "홍길동"


def test_a_tv_sign_off_is_no_body_sentence():
    """`YTN 홍길동입니다.` and `한빛뉴스 홍길동입니다.` sign a report off; a sentence of the story does not."""
    assert fields.is_tv_sign_off("YTN 홍길동입니다.") and fields.is_tv_sign_off("한빛뉴스 홍길동입니다.")
    assert not fields.is_tv_sign_off("정부는 대책이 충분하다는 입장입니다.")


@pytest.mark.parametrize("line, outlet", [
    ("s ⓒ 한국신문", "한국신문"),
    ("ⓒ 한국신문 구독신청", "한국신문"),
    ("Copyright by 한국일보 All rights reserved.", "한국일보"),
    ("<ⓒ경제를 보는 눈, 세계를 보는 창 한국경제(www.example.co.kr) 무단전재 배포금지>", "한국경제"),
    ("Copyright © Kakao Corp. All rights reserved.", ""),
    ("ⓒ NAVER Corp.", ""),
    ("Copyrights ⓒ 한국일보 & hankook.example", "한국일보"),
    ("ⓒ 뉴스원 홍길동 기자", "뉴스원"),
    ("ⓒ 한국일보 DB", "한국일보"),
    ("ⓒ (주)한국미디어", "한국미디어"),
    ("Copyright © Hankook Media Co., Ltd. All rights reserved.", "Hankook Media"),
    ("<저작권자 ⓒ '돈이 보이는 실시간 뉴스' 한국투데이, 무단전재 및 재배포 금지>", "한국투데이"),
    ("<저작권자 ⓒ 꿈꾸는 사람들의 경제 뉴스 한국S, 무단전재 및 재배포 금지>", "한국S"),
    ("ⓒ 스포츠 한국", "스포츠 한국"),
])
def test_outlet_from_copyright_kinds(line, outlet):
    """The copyright line gives the outlet, never a fragment, subscription text or a portal company."""
    assert fields.outlet_from_copyright(line) == outlet


@pytest.mark.parametrize("line, outlet", [
    ("[서울=뉴시스] 홍길동 기자 = 정부는", "뉴시스"),
    ("(세종=연합뉴스) 홍길동 기자 = 정부는", "연합뉴스"),
    ("[사진=연합뉴스] 정부는", ""),
    ("[한국뉴스] 정부는", "한국뉴스"),
    ("[속보] 정부는", ""),
    ("[포토뉴스] 정부는", ""),
])
def test_outlet_from_opening_dateline(line, outlet):
    """The dateline opening the article names its outlet; a photo credit or a label does not."""
    assert fields.outlet_from_dateline(line) == outlet


def test_portal_chrome_is_not_the_source():
    """On a portal's page the source is the article's outlet from the page, not the portal's copyright."""
    page = ("NAVER\n뉴스\n" + dump(first="[서울=한국뉴스] 홍길동 기자 = " + P1, footer="Copyright © NAVER Corp."))
    assert extract_text(page, "p.txt").source == "한국뉴스"


def test_source_is_the_copyright_nearest_the_article():
    """The article's own copyright line wins over the portal's footer."""
    record = extract_text(dump(tail="Copyright © 한국일보. 무단전재 및 재배포 금지.", footer="Copyright © Kakao Corp."), "p.txt")
    assert record.source == "한국일보"


HTML = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>{title}</title>
{meta}</head><body><div class="logo"><a href="https://www.example.co.kr/"><img alt="한국일보" src="l.png"></a></div>
<h1>{title}</h1><div class="info">{info}</div>
<article><p>{p1}</p><p>{p2}</p><p>{p3}</p></article>
<footer><p>인터넷신문 등록번호 서울 아00001 등록일 2010.04.01 발행인 홍길동</p><p>창간 2005.11.07</p></footer>
</body></html>"""


def html_page(meta: str = "", info: str = "") -> str:
    """Return a small Korean article page with the given meta tags and header line."""
    return HTML.format(title=TITLE, meta=meta, info=info, p1=P1, p2=P2, p3=P3)


def test_html_footer_dates_are_not_the_article_date():
    """Without metadata, the footer's registration and founding dates give no date."""
    assert extract_html(html_page(), "p.html").date == ""


def test_html_metadata_update_time_gives_way_to_the_shown_publication_time():
    """Metadata equal to the page's `수정` time is the update: the shown `입력` time is the publication."""
    meta = '<meta property="article:published_time" content="2020-05-28T09:45:49+09:00">'
    record = extract_html(html_page(meta, "입력 : 2020.05.27 21:06 수정 : 2020.05.28 09:45"), "p.html")
    assert record.date == "2020-05-27T21:06:00+09:00"


def test_html_metadata_date_kept_when_it_is_the_publication():
    """Metadata agreeing with the shown `입력` time keeps its seconds."""
    meta = '<meta property="article:published_time" content="2020-05-27T21:06:31+09:00">'
    record = extract_html(html_page(meta, "입력 : 2020.05.27 21:06 수정 : 2020.05.28 09:45"), "p.html")
    assert record.date == "2020-05-27T21:06:31+09:00"


def test_html_approval_time_found():
    """A page showing only `승인` (the publication time on many Korean CMSs) gets that date."""
    assert extract_html(html_page(info="홍길동 기자 승인 2019.10.10 14:00"), "p.html").date == "2019-10-10T14:00:00+09:00"


def test_html_portal_page_source_and_author_place():
    """A portal page's source is the article's author field without the portal; an author's place prefix goes."""
    meta = ('<meta property="og:site_name" content="언론사 뷰"><meta property="og:article:author" content="한국뉴스 | 네이버">'
            '<link rel="canonical" href="https://n.news.naver.com/article/001/1"><meta name="author" content="부산=홍길동">')
    record = extract_html(html_page(meta), "p.html")
    assert record.source == "한국뉴스"
    assert record.reporters == ["홍길동"]


def test_html_logo_names_the_outlet_without_metadata():
    """With no site name in the metadata, the logo linking to the outlet's home page names it."""
    assert extract_html(html_page(), "p.html").source == "한국일보"


@pytest.mark.parametrize("masthead", ["2025년 12월 6일 토요일", "발행일: 2025-12-06 17:25 (토)"])
def test_the_mastheads_date_of_today_is_not_the_article_date(masthead):
    """A date printed in the site's masthead, well above the headline, is the day of the visit, not the article's."""
    menu = "\n".join(f"  * 섹션{i}" for i in range(14))
    assert extract_text(f"{masthead}\n{menu}\n" + dump(), "p.txt").date == ""


EN_PARAS = ("The city council approved the new transit plan on Tuesday after a six-hour debate that ran late.\n\n"
            "Under the plan, bus service will run every ten minutes on the busiest routes, and fares will stay.\n\n"
            "Council members said the changes would take effect in the spring, once new drivers are hired.")


def test_dates_in_file_names_are_not_printed_dates():
    """An image's file name (`Screen-Shot-2018-07-02-at-16`) holds a date that is not the article's."""
    page = f"Home\nCouncil backs the new transit plan\n[Screen-Shot-2018-07-02-at-16]\nFebruary 15, 2018\n\n{EN_PARAS}\n"
    assert extract_text(page, "p.txt").date == "2018-02-15"


def test_timestamps_after_the_article_are_not_its_date():
    """Bare times printed after the article (comments, related lists) do not date it."""
    page = f"Home\nCouncil backs the new transit plan\n\n{EN_PARAS}\nAugust 11, 2018 at 11:35 am\n"
    assert extract_text(page, "p.txt").date == ""


def test_labelled_english_dates():
    """`Posted: Fri 6:45 PM, Feb 16, 2018` and `PUBLISHED: 10:48, Tue, Nov 19, 2019` are publication dates."""
    for line, day in (("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018", "2018-02-16"),
                      ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "2019-11-19")):
        page = f"Home\nCouncil backs the new transit plan\n{line}\n\n{EN_PARAS}\n"
        assert extract_text(page, "p.txt").date == day


def test_html_outlet_as_author_is_no_reporter():
    """An author field naming the outlet (`한국일보`) names no reporter."""
    assert extract_html(html_page('<meta name="author" content="한국일보">'), "p.html").reporters == []


def test_the_outlets_name_before_a_reporter_is_no_second_reporter():
    """`한빛신문 홍길동 기자` names one reporter when 한빛신문 is the page's outlet, though shaped like a name."""
    dump = ("정부, 내년 예산 600조 편성\n\n입력 2025.06.01 10:00\n\n한빛신 홍길동 기자 hong@hanbit.example\n\n"
            "정부가 내년 예산을 600조원 규모로 편성했다고 1일 밝혔다. 기획재정부는 이날 국무회의에서 예산안을 의결했다.\n\n"
            "재정 건전성에 대한 우려도 나왔다. 전문가들은 지출 구조조정이 필요하다고 지적했다.\n\n"
            "ⓒ 한빛신 무단전재 및 재배포 금지\n")
    record = apply(extract(dump.encode(), "page.txt"), Overrides(), Counter())
    assert (record.source, record.reporters) == ("한빛신", ["홍길동"])
    given = apply(extract(dump.encode(), "page.txt"), Overrides(reporter="한빛신"), Counter())
    assert given.reporters == ["한빛신"]
