"""Text dumps: the article block is found among menus and widgets, and its fields are read."""

from __future__ import annotations

from archivist.importer.text import extract_text

P1 = ("정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. "
      "지원 대상은 설비 투자와 연구개발, 인력 양성 등 세 분야다.")
P2 = ("기획재정부는 반도체 기업의 설비 투자에 대한 세액공제율을 최대 25%까지 높이기로 했다. "
      "중소기업은 추가 공제를 받을 수 있다.")
P3 = "업계는 이번 대책이 투자 확대로 이어질 것으로 기대한다고 말했다."

KOREAN_PAGE = f"""뉴스
  * 정치
  * 경제
  * 사회
로그인
코스피
2,455.91
정부, 반도체 지원에 10조 투입
페이스북 트위터 공유
글자 크기
입력 2024.03.28 05:00

[서울=연합뉴스] 홍길동 기자 = {P1}
사진 확대
[사진=연합뉴스]
■ 세제 지원도 확대
{P2}

{P3}김철수 기자 kim@example.co.kr

ⓒ 연합뉴스 무단전재 및 재배포 금지
관련기사
  * 반도체 수출 석 달째 증가
  * 삼성전자, 새 공장 착공
"""

ENGLISH_PAGE = """Home
  * World
  * Business
Sign In
Rates hold steady as inflation cools

By Jane Doe and John Roe
Published November 20, 2019

The central bank kept its benchmark rate unchanged on Wednesday, saying inflation had eased for a third month in a row.

Officials said they would watch wage growth closely before deciding on any further move, according to a statement.

  * Share on Facebook
  * Share on Twitter

Related Articles
  * Markets rally on rate news
  * What the decision means for mortgages
"""


def test_korean_dump_fields():
    """Headline, reporters (leading and glued bylines), date with +09:00 and outlet are found."""
    record = extract_text(KOREAN_PAGE, "page.txt")
    assert record.title == "정부, 반도체 지원에 10조 투입"
    assert record.reporters == ["홍길동", "김철수"]
    assert record.emails == ["kim@example.co.kr"]
    assert record.date == "2024-03-28T05:00:00+09:00"
    assert record.source == "연합뉴스"
    assert record.lang == "ko"


def test_korean_dump_body_is_the_article_only():
    """The body is the paragraphs and the ■ subhead as a heading, bylines and captions removed."""
    record = extract_text(KOREAN_PAGE, "page.txt")
    assert record.body == f"{P1}\n\n## 세제 지원도 확대\n\n{P2}\n\n{P3}\n"


def test_every_dropped_line_has_a_reason():
    """Each line left out is listed with its kind of noise."""
    record = extract_text(KOREAN_PAGE, "page.txt")
    reasons = {d.text: d.reason for d in record.dropped}
    assert reasons["사진 확대"] == "caption"
    assert reasons["[사진=연합뉴스]"] == "caption"
    assert reasons["ⓒ 연합뉴스 무단전재 및 재배포 금지"] == "copyright"
    assert reasons["관련기사"] == "related list"
    assert reasons["2,455.91"] == "ticker"
    assert reasons["페이스북 트위터 공유"] == "share widget"
    assert reasons["[서울=연합뉴스] 홍길동 기자 ="] == "byline"
    assert reasons["김철수 기자 kim@example.co.kr"] == "byline"
    kept = "\n".join([record.body, record.title])
    for line in KOREAN_PAGE.splitlines():
        text = line.strip().lstrip("■ ")
        assert not text or text in kept or any(text == d.text or d.text in text for d in record.dropped), text


def test_english_dump():
    """An English page gives its headline, both reporters, the day and the two paragraphs."""
    record = extract_text(ENGLISH_PAGE, "page.txt")
    assert record.title == "Rates hold steady as inflation cools"
    assert record.reporters == ["Jane Doe", "John Roe"]
    assert record.date == "2019-11-20"
    assert record.body.count("\n\n") == 1
    assert record.body.startswith("The central bank kept")
    assert "Markets rally" not in record.body and "Share" not in record.body


def test_in_body_list_is_kept():
    """A list inside the article stays a Markdown list."""
    page = KOREAN_PAGE.replace(f"{P2}\n", f"{P2}\n  * 설비 투자 세액공제율을 25%까지 높이고 중소기업은 추가 공제를 받는다.\n"
                                           f"  * 연구개발 인력의 소득세를 5년간 감면하고 채용 지원금을 준다.\n")
    record = extract_text(page, "page.txt")
    assert "- 설비 투자 세액공제율을 25%까지 높이고 중소기업은 추가 공제를 받는다.\n- 연구개발 인력의" in record.body


def test_sub_headlines_under_the_headline_are_body():
    """Short deck lines between the headline and the article are kept as paragraphs."""
    page = KOREAN_PAGE.replace("입력 2024.03.28 05:00\n\n", "입력 2024.03.28 05:00\n\n설비 투자 세액공제 25%로\n인력 양성에 2조 배정\n\n")
    record = extract_text(page, "page.txt")
    assert record.body.startswith("설비 투자 세액공제 25%로\n\n인력 양성에 2조 배정\n\n")


def test_menu_only_page_has_no_body():
    """A page of menus and widgets gives no article text."""
    record = extract_text("홈\n  * 정치\n  * 경제\n로그인\n페이스북 공유\n", "menu.txt")
    assert record.body == ""


def test_teaser_repeating_the_lead_is_dropped():
    """A teaser cut short with `...` that repeats the start of a kept paragraph is noise."""
    page = KOREAN_PAGE.replace(f"{P3}김철수", f"{P1[:30]}...\n{P3}김철수")
    record = extract_text(page, "page.txt")
    assert record.body.count(P1[:30]) == 1
    assert any(d.reason == "repeated text" for d in record.dropped)


def test_far_apart_text_is_not_joined():
    """A long footer of short lines keeps a second block of text (a site blurb) out of the article."""
    footer = "\n".join(f"  * 메뉴 {k}" for k in range(40))
    blurb = "예시일보는 1990년 창간한 경제 전문 매체로, 독자에게 정확하고 빠른 경제 뉴스를 전하기 위해 노력하고 있습니다."
    record = extract_text(KOREAN_PAGE + footer + "\n" + blurb + "\n", "page.txt")
    assert "창간" not in record.body
    assert record.body.startswith(P1)


def test_long_runs_without_text_separate_blocks():
    """Sixteen headline lines in a row cost more than a later 400-character blurb gains."""
    from archivist.importer.text import find_core, segment

    first = "The council approved the plan after a long debate. " * 12
    headlines = [f"Headline number {k} about something else" for k in range(16)]
    blurb = "Our newsroom has covered the region since 1901 and is read by many people. " * 6
    lines = segment("\n".join([first.strip(), *headlines, blurb[:399] + "."]))
    assert find_core(lines) == (0, 0)


def test_date_in_a_long_byline_line():
    """`기사입력 … | 최종수정 … | 홍길동 기자` gives the first publication time."""
    page = KOREAN_PAGE.replace("입력 2024.03.28 05:00", "기사입력 2024.03.28 05:00 | 최종수정 2024.03.28 09:30 | 예시일보 경제부 홍길동 기자의 기사입니다")
    assert extract_text(page, "page.txt").date == "2024-03-28T05:00:00+09:00"


def test_lines_printed_twice_in_a_row_are_captions():
    """An image's alt text followed by the same caption is dropped as a caption, both times."""
    caption = "Officials look on as the minister speaks to reporters outside the building on Monday."
    page = ENGLISH_PAGE.replace("The central bank kept", f"{caption}\n{caption}\n\nThe central bank kept")
    record = extract_text(page, "page.txt")
    assert caption not in record.body
    assert [d.reason for d in record.dropped if d.text == caption] == ["caption", "caption"]


def test_short_list_items_between_paragraphs_are_kept():
    """Short bullets and numbered items with paragraphs above and below are the article's list."""
    items = "  * Lower fees\n  * Faster service\n3. What comes next\n"
    page = ENGLISH_PAGE.replace("Officials said", items + "\nOfficials said")
    record = extract_text(page, "page.txt")
    assert "- Lower fees\n- Faster service\n\n3. What comes next\n\nOfficials said" in record.body
    assert "Share on Facebook" not in record.body


def test_lines_printed_twice_inside_the_article_are_dropped():
    """A doubled caption between two paragraphs is dropped too, not kept as text."""
    caption = "Officials look on as the minister speaks to reporters outside the building on Monday."
    page = ENGLISH_PAGE.replace("Officials said they", f"{caption}\n{caption}\n\nOfficials said they")
    record = extract_text(page, "page.txt")
    assert caption not in record.body and "Officials said they" in record.body


NEWS_AGENCY_PAGE = f"""연합뉴스
  * 정치
  * 경제
  * 산업
최신기사
정부, 반도체 지원에 10조 투입
송고시간2024-03-28 05:00
홍길동 기자
기자 페이지
글자크기 조절
인쇄하기
(서울=연합뉴스) 홍길동 기자 = {P1}

{P2}

{P3}

hong@yna.co.kr
제보는 카카오톡 okjebo
<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
2024/03/28 05:00 송고
관련 뉴스
  * 반도체 수출 석 달째 증가
"""


def test_news_agency_page_shape():
    """A news-agency page: 송고시간 label, (서울=연합뉴스) lead byline, email line after the article."""
    record = extract_text(NEWS_AGENCY_PAGE, "yna.txt")
    assert record.title == "정부, 반도체 지원에 10조 투입"
    assert record.reporters == ["홍길동"] and record.emails == ["hong@yna.co.kr"]
    assert record.date == "2024-03-28T05:00:00+09:00"
    assert record.source == "연합뉴스"
    assert record.body == f"{P1}\n\n{P2}\n\n{P3}\n"
