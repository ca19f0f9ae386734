"""Text dumps: Korean headlines made unsure by a line that is no headline (import_transplant.py's frames), in small
pages written for the test; every name and line here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer.text import extract_text
from test_import_dump_kinds import P1, P2, P3

TOP_BAR = ("한빛일보\n\n구독하고 알림받기!\n새로운 알림 피드로 이동\n\n검색\n\n검색어 지우기 이전으로 가기\n\n"
           "오늘의 키워드beta\n\n키워드 다시 불러오기\n\n닫기\n\n사회")


def test_a_search_box_control_sharing_no_word_with_the_lead_is_no_rival():
    """A portal's top bar (a search box's `검색어 지우기 이전으로 가기`, keyword widgets) stands above a headline that
    shares one word with the lead: the control's label shares none, so the headline is sure."""
    title = "‘새벽 배송’ 치중하다 뒷전 밀린 ‘구조’"
    text = (f"{TOP_BAR}\n\n{title}\n\n입력 2025.06.01 10:00\n\n홍길동 기자 hong@example.com\n\n입력 2025.06.01 10:00\n\n"
            f"해수욕장 안전요원 두 배로\n야간 순찰도 강화하기로\n\n{P1}\n\n{P2}\n\n{P3}\n\nⓒ 한빛일보 무단전재 및 재배포 금지\n")
    record = extract_text(text, "top-bar.txt")
    assert record.title == title
    assert not [doubt for doubt in record.doubts if "headline" in doubt]


@pytest.mark.parametrize("head, rest, title", [
    # the rest closes the quotation the headline line opened
    ("부산 해수욕장 개장 앞두고 “안전요원 두 배", "로 늘린다”", "부산 해수욕장 개장 앞두고 “안전요원 두 배로 늘린다”"),
    # a few syllables going on inside a word
    ("부산 해수욕장 개장 앞두고 안전요원 대", "폭 증원", "부산 해수욕장 개장 앞두고 안전요원 대폭 증원"),
])
def test_a_headline_a_narrow_table_cell_wrapped_is_joined_again(head, rest, title):
    """w3m wraps a headline in a narrow table cell inside a word, its rest on the next line with no blank line
    between: the headline is both lines, and its rest is neither a rival nor body."""
    text = (f"한빛일보\n\n[                    ]검색\n한빛일보\n\n{head}\n{rest}\n\n입력 2025.06.01. 오전 10:00 기사원문\n"
            f"홍길동 기자 hong@example.com\n본문 듣기 글자 크기 변경 공유하기\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
            "ⓒ 한빛일보 무단전재 및 재배포 금지\n")
    record = extract_text(text, "narrow-cell.txt")
    assert record.title == title
    assert rest not in record.body


def test_a_deck_printed_a_line_a_paragraph_below_the_byline_holds_no_headline():
    """Headline, date, byline, then a deck whose lines are printed with blank lines between (a mobile page's copy):
    the deck's top shares more of the lead's words than the headline, but below a headed byline it is deck, kept
    in the body, and the headline above the byline is sure."""
    title = "‘여름 바다’ 지키는 사람들"
    deck = ["부산시 해수욕장 안전요원 두 배로", "드론·수상 오토바이 구조대 운용", "야간 순찰도 강화하기로"]
    text = (f"  * 홈\n  * 사회\n\n로그인  검색\n\n한빛일보\n\n{title}\n\n입력 2025.06.01. 오전 10:00\n\n"
            f"홍길동 기자 hong@example.com\n\n" + "\n\n".join(deck) + f"\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
            "ⓒ 한빛일보 무단전재 및 재배포 금지\n")
    record = extract_text(text, "deck-paragraphs.txt")
    assert record.title == title
    assert record.body.split("\n\n")[:3] == deck
