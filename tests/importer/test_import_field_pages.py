"""Outlets and bylines on whole pages written for the test (issue #23), read from the HTML and from each dump style.

Each kind of evidence (the outlet's logo in a portal's frame, a dateline, each form of copyright line, an English
name on a Korean page, the e-mail's domain; every form of byline, a photo credit, a desk's mailbox) stands in a
small made-up page, which is imported from its HTML and from its lynx, w3m and Chromium dumps
(tests/importer/dump_styles.py). Every name, address and sentence here is made up.
"""

from __future__ import annotations

import html as markup

import pytest

from archivist.importer.html import extract_html
from archivist.importer.text import extract_text
from dump_styles import MENU, dumps

TITLE = "한빛시, 여름철 물놀이 안전 대책 발표"
P1 = ("한빛시는 여름철 물놀이 사고를 막기 위해 하천과 계곡 스무 곳에 안전요원을 배치한다고 2일 밝혔다. "
      "시는 구명조끼 대여소도 열 곳 새로 연다.")
P2 = ("시는 지난해 물놀이 사고의 절반이 음주 뒤 수영에서 비롯됐다며 단속을 강화하기로 했다. "
      "위반하면 과태료 30만원을 물린다.")
P3 = "시 관계자는 \"안전 수칙을 지켜 사고 없는 여름이 되도록 하겠다\"고 말했다."
OUTLET = "한빛일보"
HEAD = f"<!doctype html><html lang=ko><head><meta charset=utf-8><title>{TITLE}</title></head><body>"
PORTAL_TOP = ("<div class=gnb><a href='https://news.portal.example/'>NAVER</a> <a href='/'>뉴스</a>"
              "<ul><li>언론사별</li><li>정치</li><li>경제</li><li>사회</li><li>생활/문화</li><li>IT/과학</li>"
              "<li>세계</li><li>랭킹</li><li>신문보기</li><li>오피니언</li><li>TV</li></ul><a href='/login'>로그인</a></div>")
PORTAL_END = ("<div class=others><h4>{outlet}의 다른 기사</h4><ul>"
              + "".join(f"<li><a href='/a{k}'>장마 앞두고 하천 정비 나선 지자체 {k}곳 점검 결과</a></li>" for k in range(1, 5))
              + "</ul></div><div class=foot><p>회사소개 | 이용약관 | 개인정보처리방침 | 고객센터</p>"
              "<p>Copyright © NAVER Corp. All Rights Reserved.</p></div>")


def outlet_page(header: str, copyright: str, first: str = P1, after: str = "",
                site: str = OUTLET, email: str = "hong@hanbit.example") -> str:
    """Return an outlet's own article page: its logo, menu, headline, `header`, the article, `copyright`."""
    logo = f"<a href='https://www.hanbit.example/'><img alt='{markup.escape(site)}' src='logo.png'></a>" if site else ""
    return (HEAD
            + f"<header>{logo}<nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{header}"
            f"<article><p>{first}</p><p>{P2}</p><p>{P3}</p><p>홍길동 기자 {email}</p></article>"
            f"<p class=copy>{copyright}</p>{after}</main>"
            "<footer><p>회사소개 | 광고안내 | 개인정보처리방침</p><p>등록번호 서울 아00001 | 창간 2005.11.07</p>"
            "</footer></body></html>")


def portal_page(article: str, press: str = "", copyright: str = "", subscribe: bool = True) -> str:
    """Return an article in a portal's frame: the portal's menu, the outlet's logo, the headline and time, the
    article, the outlet's copyright line and subscribe button, its other articles and the portal's footer."""
    logo = f"<div class=press><a href='/press/001'><img alt='{markup.escape(press)}' src='p.png'></a></div>" if press else ""
    button = f"<div class=sub><button>{OUTLET} 구독</button> <span>구독자 12,345</span></div>" if subscribe else ""
    return (HEAD
            + f"{PORTAL_TOP}<div class=main>{logo}<h2>{TITLE}</h2><div class=info><span>입력 2025.06.02. 오전 10:05</span>"
            f" <a href='/o'>기사원문</a></div><div class=tools><button>본문 듣기</button> <button>공유</button></div>"
            f"<article>{article}</article><p class=copy>{copyright}</p>{button}"
            f"{PORTAL_END.format(outlet=markup.escape(press or OUTLET))}</div></body></html>")


def paragraphs(*texts: str) -> str:
    """Return the texts as HTML paragraphs."""
    return "".join(f"<p>{text}</p>" for text in texts)


@pytest.fixture(scope="module")
def read(browser):
    """Return a function giving {style: record} for a page read from its HTML and from each dump."""
    def records(page: str) -> dict:
        found = {"html": extract_html(page, "page.html")}
        found.update({style: extract_text(text, "page.txt") for style, text in dumps(browser, page).items()})
        return found
    return records


def sources(records: dict) -> dict:
    """Return {style: source} of records read in each style."""
    return {style: record.source for style, record in records.items()}


def every(value) -> dict:
    """Return the value expected in every style."""
    return dict.fromkeys(("html", "lynx", "w3m", "inner"), value)


COPYRIGHT_FORMS = [
    "ⓒ 한빛일보",
    "저작권자 © 한빛일보 무단전재 및 재배포 금지",
    "&lt;저작권자(c) 한빛일보, 무단 전재-재배포 금지&gt;",
    "Copyright ⓒ 한빛일보. All rights reserved.",
    "Copyrights ⓒ 한빛일보 &amp; hanbit.example, 무단 전재 및 재배포 금지",
    "ⓒ 한빛일보(www.hanbit.example) 무단전재·재배포 및 AI학습 이용 금지",
    "[ⓒ 한빛일보 - 무단전재 및 재배포 금지]",
    "&lt;저작권자 ⓒ '한빛을 여는 신문' 한빛일보, 무단전재 및 재배포 금지&gt;",
    "저작권자 © 한빛일보 (https://www.hanbit.example) 무단전재 및 재배포 금지",
    "한빛일보 © 2025. 무단전재 및 재배포 금지",
]


@pytest.mark.parametrize("line", COPYRIGHT_FORMS)
def test_the_copyright_line_names_the_outlet_in_every_form(read, line):
    """Each form of the outlet's copyright line gives its name, never a fragment (`s ⓒ …`) or the notice."""
    assert sources(read(outlet_page("<p>입력 2025.06.02 10:05</p>", line, site=""))) == every(OUTLET)


@pytest.mark.parametrize("line", ["Copyright ⓒ 한빛미디어(주) All rights reserved.", "ⓒ (주)한빛미디어",
                                  "Copyright © Hanbit Media Inc. All rights reserved."])
def test_a_company_form_is_not_part_of_the_name(read, line):
    """`(주)`, `Inc.` mark the company's legal form: the name is without them."""
    expected = "Hanbit Media" if "Inc" in line else "한빛미디어"
    assert sources(read(outlet_page("<p>입력 2025.06.02 10:05</p>", line, site=""))) == every(expected)


def test_an_english_only_name_on_a_korean_page(read):
    """A Korean page whose only name of the outlet is English gives the English name."""
    page = outlet_page("<p>입력 2025.06.02 10:05</p>", "Copyright ⓒ Hanbit Daily. All rights reserved.", site="")
    assert sources(read(page)) == every("Hanbit Daily")


def test_the_emails_domain_breaks_a_tie_between_copyright_lines(read):
    """Two copyright lines, a sister site's right under the article and the outlet's in the footer: the one showing
    the domain of the reporter's e-mail names the outlet."""
    sister = "<div class=sister><p>스포츠 소식 더 보기</p><p>ⓒ 한빛스포츠 &amp; sports-hanbit.example</p></div>"
    page = outlet_page("<p>입력 2025.06.02 10:05</p>", "", after=sister, site="")
    page = page.replace("</footer>", "<p>ⓒ 한빛일보 &amp; hanbit.example</p></footer>")
    assert sources(read(page)) == every(OUTLET)


@pytest.mark.parametrize("copyright", ["Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.", ""])
def test_the_outlet_in_a_portals_frame(read, copyright):
    """In a portal's frame the source is the outlet (its logo's alt text, its copyright line), never the portal,
    its company or the subscribe button's text."""
    page = portal_page(paragraphs(P1, P2, P3, "홍길동 기자 hong@hanbit.example"), press=OUTLET, copyright=copyright)
    assert sources(read(page)) == every(OUTLET)


def test_the_dateline_names_the_outlet_in_a_portals_frame(read):
    """`[서울=한빛통신] 홍길동 기자 =` opening the article names the outlet, though the logo is an image without text."""
    page = portal_page(paragraphs(f"[서울=한빛통신] 홍길동 기자 = {P1}", P2, P3), subscribe=False)
    records = read(page)
    assert sources(records) == every("한빛통신")
    assert {style: record.reporters for style, record in records.items()} == every(["홍길동"])


BYLINES = [  # (where, the HTML of the byline, reporters, email)
    ("head", "<p>홍길동 기자</p>", ["홍길동"], ""),
    ("head", "<p>홍길동·김철수 기자</p>", ["홍길동", "김철수"], ""),
    ("head", "<p>홍길동 기자 외 1명</p>", ["홍길동"], ""),
    ("head", "<p>글·사진 홍길동 기자</p>", ["홍길동"], ""),
    ("head", "<p>칼럼니스트 홍길동</p>", ["홍길동"], ""),
    ("end", "<p>홍길동 논설위원</p>", ["홍길동"], ""),
    ("head", "<p>입력 2025.06.02 10:05 홍길동 기자 hong@hanbit.example</p>", ["홍길동"], "hong@hanbit.example"),
    ("end", "<div class=card><strong>홍길동 기자</strong> <button>구독</button> <span>hong@hanbit.example</span></div>",
     ["홍길동"], "hong@hanbit.example"),
    ("end", "<p>홍길동 기자 구독 hong@hanbit.example</p>", ["홍길동"], "hong@hanbit.example"),
    ("glued", "부산=홍길동 기자 hong@hanbit.example", ["홍길동"], "hong@hanbit.example"),
    ("end", "<p>사진=김철수 기자</p><p>홍길동 기자 hong@hanbit.example</p>", ["홍길동"], "hong@hanbit.example"),
    ("end", "<p>홍길동 기자 hong@hanbit.example</p><p>기사제보 및 보도자료 news@hanbit.example</p>",
     ["홍길동"], "hong@hanbit.example"),
    ("end", "<p>홍길동 기자 hong@hanbit.example, 김철수 기자 kim@hanbit.example</p>", ["홍길동", "김철수"],
     "hong@hanbit.example"),
    ("end", "<p>홍길동 객원기자(한빛대 교수) hong@hanbit.example</p>", ["홍길동"], "hong@hanbit.example"),
    ("end", "<div><span>홍길동 기자 hong@hanbit.example</span> <a href='/r/1'>홍길동 기자의 다른기사 보기</a></div>",
     ["홍길동"], "hong@hanbit.example"),
]


@pytest.mark.parametrize("where, byline, names, email", BYLINES)
def test_byline_forms_on_a_page(read, where, byline, names, email):
    """Each form of byline, at the top or the end or glued to the last sentence, gives its reporters and e-mail;
    a photo credit names no reporter, a desk's mailbox is not the reporter's e-mail."""
    last = P3 + byline if where == "glued" else P3
    article = (byline if where == "head" else "") + paragraphs(P1, P2, last) + (byline if where == "end" else "")
    page = (HEAD
            + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1><p>입력 2025.06.02 10:05</p>"
            f"<article>{article}</article><p>ⓒ 한빛일보 무단전재 및 재배포 금지</p></main></body></html>")
    records = read(page)
    assert {style: record.reporters for style, record in records.items()} == every(names)
    assert {style: record.emails[:1] for style, record in records.items()} == every([email] if email else [])
    assert {style: P3 in record.body for style, record in records.items()} == every(True)


def test_a_column_heading_names_its_writer(read):
    """`[홍길동의 한빛 산책]` above a column with no byline names the columnist; the heading is no body."""
    page = (HEAD
            + f"<header><nav>{MENU}</nav></header><main><p class=series>[홍길동의 한빛 산책]</p><h1>{TITLE}</h1>"
            f"<p>입력 2025.06.02 10:05</p><article>{paragraphs(P1, P2, P3)}</article>"
            "<p>ⓒ 한빛일보 무단전재 및 재배포 금지</p></main></body></html>")
    records = read(page)
    assert {style: record.reporters for style, record in records.items()} == every(["홍길동"])
    assert {style: "산책" in record.body for style, record in records.items()} == every(False)


def test_an_agency_photos_caption_names_the_photographer_not_the_reporter(read):
    """A news agency's photo caption opens with its own dateline and byline (`(서울=한빛통신) 김철수 기자 = …`) and
    ends with a credit (`ⓒ 한빛통신 김철수 기자`): the photographer is no reporter, the credit no outlet's name."""
    caption = ("<figure><img src='p.jpg' alt=''><figcaption>(서울=한빛통신) 김철수 기자 = 2일 오전 한빛시 계곡에서 "
               "안전요원들이 구조 훈련을 하고 있다. 2025.6.2/한빛통신 ⓒ 한빛통신 김철수 기자</figcaption></figure>")
    page = portal_page(caption + paragraphs(f"(서울=한빛통신) 홍길동 기자 = {P1}", P2, P3), subscribe=False)
    records = read(page)
    assert {style: record.reporters for style, record in records.items()} == every(["홍길동"])
    assert sources(records) == every("한빛통신")


def test_the_outlet_beside_the_portals_name_heading_one_box(read):
    """`Daum 한빛일보` at the top and one box of the outlet (`한빛일보 랭킹 뉴스`) name it; the portal's service
    lines (`서비스 안내`, `서비스 바로가기`, `서비스 이용정보`) name nothing."""
    top = ("<div class=top><a href='https://portal.example/'>Daum</a> <a href='/p/1'>한빛일보</a></div>"
           "<p>i 서비스 안내 여러 출처의 최신 문서를 분석하여 제공합니다.</p><p>서비스 바로가기</p>")
    ranking = ("<div class=rank><h4>한빛일보 랭킹 뉴스</h4><ol>"
               + "".join(f"<li><a href='/r{k}'>장마 앞두고 하천 정비 나선 지자체 {k}곳</a></li>" for k in range(5))
               + "</ol></div><p>서비스 이용정보</p><p>Copyright © Kakao Corp. All rights reserved.</p>")
    page = (HEAD + top
            + f"<h2>{TITLE}</h2><p>입력 2025.06.02 10:05</p><article>{paragraphs(P1, P2, P3, '홍길동 기자')}</article>"
            f"{ranking}</body></html>")
    assert sources(read(page)) == every(OUTLET)


def test_a_menu_word_shaped_like_an_outlets_name_is_not_the_outlet(read):
    """A section of the menu (`미디어`, listed twice) is no masthead; the outlet's name at the top heading its
    ranking box is, over its copyright line's Latin name (in the dumps: the HTML path trusts the copyright line, an
    English name of the same outlet)."""
    menu = "<ul>" + "".join(f"<li><a href='/s{k}'>{w}</a></li>" for k, w in enumerate(("정치", "경제", "미디어", "사회"))) + "</ul>"
    ranking = ("<div class=rank><h4>한빛일보 많이 본 뉴스</h4><ol>"
               + "".join(f"<li><a href='/r{k}'>장마 앞두고 하천 정비 나선 지자체 {k}곳</a></li>" for k in range(5)) + "</ol></div>")
    page = (HEAD
            + f"<header><p class=logo>한빛일보</p><nav>{menu}</nav></header><h1>{TITLE}</h1><p>입력 2025.06.02 10:05</p>"
            f"<article>{paragraphs(P1, P2, P3, '홍길동 기자')}</article>{ranking}<footer>{menu}"
            "<p>Copyright ⓒ The Hanbit Daily. All rights reserved.</p></footer></body></html>")
    assert {style: s for style, s in sources(read(page)).items() if style != "html"} == {
        "lynx": OUTLET, "w3m": OUTLET, "inner": OUTLET}


def test_the_header_email_of_the_reporter_the_dateline_names(read):
    """The reporter named in the dateline opening the article (`[서울=한빛통신] 홍길동 기자 =`) is named again in the
    header far above, the email on the line below: that email is the reporter's."""
    tools = "".join(f"<li><button>도구 {k}</button></li>" for k in range(16))
    header = (f"<div class=byline><p>홍길동 기자</p><p>hong@hanbit.example</p></div><p>입력 2025.06.02 10:05</p>"
              f"<ul class=tools>{tools}</ul>")
    page = portal_page(paragraphs(f"[서울=한빛통신] 홍길동 기자 = {P1}", P2, P3), subscribe=False)
    page = page.replace("<article>", header + "<article>")
    records = read(page)
    assert {style: record.reporters for style, record in records.items()} == every(["홍길동"])
    assert {style: record.emails for style, record in records.items()} == every(["hong@hanbit.example"])


@pytest.mark.parametrize("info", ["<p>2025.06.02 10:05 <span>수정 2025.06.03 09:00</span></p>",
                                  "<p>2025.06.02 10:05</p><p>수정 2025.06.03 09:00</p>"])
def test_an_unlabelled_time_before_the_update_is_the_publication(read, info):
    """`2025.06.02 10:05 | 수정 2025.06.03 09:00`: the bare time the update follows is when the article ran."""
    page = (HEAD
            + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{info}<p>홍길동 기자</p>"
            f"<article>{paragraphs(P1, P2, P3)}</article><p>ⓒ 한빛일보 무단전재 및 재배포 금지</p></main></body></html>")
    assert {style: record.date[:10] for style, record in read(page).items()} == every("2025-06-02")


def test_a_romanised_name_printed_as_the_masthead_wins_over_a_menus_section(read):
    """`ⓒ HBS & …` with `HBS` printed alone at the top: the outlet is HBS, not a menu section shaped like an
    outlet's name (`국제뉴스`, listed twice)."""
    menu = "<ul>" + "".join(f"<li><a href='/s{k}'>{w}</a></li>" for k, w in enumerate(("정치", "국제뉴스", "사회"))) + "</ul>"
    page = (HEAD
            + f"<header><p class=logo>HBS</p><nav>{menu}</nav></header><h1>{TITLE}</h1><p>입력 2025.06.02 10:05</p>"
            f"<article>{paragraphs(P1, P2, P3, '홍길동 기자')}</article><p>※ ⓒ HBS &amp; HBS Digital Lab. : 무단복제 및 "
            f"재배포 금지</p><footer>{menu}<p>HBS</p></footer></body></html>")
    assert sources(read(page)) == every("HBS")


def test_a_portal_menus_section_heading_one_line_is_not_the_outlet(read):
    """A section of the portal's menu (`오피니언`) heading one line below (`오피니언 더보기`) names no outlet: with no
    other evidence the source stays empty."""
    page = (HEAD + PORTAL_TOP.replace("<li>오피니언</li>", "<li><a href='/op'>오피니언</a></li>")
            + f"<h2>{TITLE}</h2><p>입력 2025.06.02 10:05</p><article>{paragraphs(P1, P2, P3, '홍길동 기자')}</article>"
            "<div><p>오피니언 더보기</p></div><p>Copyright © NAVER Corp. All Rights Reserved.</p></body></html>")
    assert sources(read(page)) == every("")
