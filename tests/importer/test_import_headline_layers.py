"""Text dumps: Korean headlines among the layers a page prints around them (a ticker of the latest stories, pictures
between headline and byline, dialogs), in small pages written for the test; every name and line here is made up.
"""

from __future__ import annotations

from archivist.importer.text import extract_text
from test_import_dump_kinds import P1, P2, P3

FOOTER = "ⓒ 한빛일보 무단전재 및 재배포 금지\n"


def test_a_ticker_of_the_latest_stories_with_their_times_holds_no_headline():
    """A browser's copy prints a breaking-news ticker without bullets right above the headline, each item a story's
    title and its time; an item sharing the lead's words is no rival: the headline is the line without a time."""
    title = "여름 바다 지키는 사람들"
    ticker = ["[속보] 부산 해수욕장 안전요원 두 배로 늘리고 구조 장비 들여놓는다 9:00",
              "[속보] 한빛시 시내버스 노조 내일 첫차부터 파업 10:05",
              "[속보] 한빛구 도서관 두 곳 새로 문 열어 11:10"]
    text = ("뉴스\n정치\n사회\n로그인\n검색\n속보\n" + "\n".join(ticker) + f"\n{title}\n입력 2025.06.01. 오후 9:07 기사원문\n"
            f"홍길동 기자 hong@example.com\n본문 듣기 글자 크기 변경 공유하기\n\n{P1}\n\n{P2}\n\n{P3}\n\n{FOOTER}")
    record = extract_text(text, "ticker.txt")
    assert record.title == title
    assert not [doubt for doubt in record.doubts if "headline" in doubt]


def test_pictures_between_headline_and_byline_do_not_put_the_headline_out_of_reach():
    """w3m prints pictures between a headline (with its deck) and the byline-and-date cluster below them: each
    picture's mark, caption and credit on a line of its own. They do not count in how far above its byline a
    headline stands, so the headline still outscores its deck's line that shares as many of the lead's words."""
    title = "부산 해수욕장 안전요원 두 배로 늘린다"
    deck = ["여름 피서철 앞둔 부산", "망루 열 곳 새로 세워", "구조 장비 새로 들여놓아"]
    pictures = ("[p1]\n\n해운대 해수욕장에서 1일 구조대원들이 수상 오토바이를 점검하고 있다\n\n/사진=한빛일보\n\n"
                "[p2]\n\n광안리 해수욕장 망루에 오른 안전요원들이 바다를 살피고 있다\n\n/사진=한빛일보")
    text = (f"한빛일보\n\n  • 정치\n  • 사회\n\n{title}\n\n입력 2025.06.01. 오후 4:43 기사원문\n홍길동 기자 hong@example.com\n"
            f"본문 듣기 글자 크기 변경 공유하기\n\n{title}\n\n" + "\n".join(deck) + f"\n\n{pictures}\n\n"
            "  • 홍길동 기자\n  • 업데이트 2025.06.01 17:18\n    입력 2025.06.01 16:43\n  • 댓글 0\n\n"
            f"{P1}\n\n{P2}\n\n{P3}\n\n{FOOTER}")
    record = extract_text(text, "pictures.txt")
    assert record.title == title
    assert record.body.split("\n\n")[:3] == deck


DIALOGS = ("본문듣기 설정\n성별 선택하기 여성 선택된 성별남성\n속도 선택하기 느림 선택된 속도보통 빠름\n\n"
           "설정을 저장하시겠습니까?\n\n확인 취소\n좋아요 평가하기 공감\n\n  • 좋아요 0\n  • 훈훈해요 0\n  • 슬퍼요 0\n"
           "  • 화나요 0\n\n댓글\n글자 크기 변경하기\n크기\n\n  • 가1단계\n  • 가2단계\n  • 가3단계\n\n글꼴\n\n"
           "  • 바탕\n  • 돋움\n  • 명조\n  • 고딕\n\n닫기\n\n한빛고딕 폰트가 설치되어있지 않습니다.\n"
           "한빛 폰트를 설치하러 가시겠습니까?\n\n예 아니오\n닫기\n인쇄하기\n보내기\n\n")


def test_a_dialogs_text_is_no_headline_and_reading_dialogs_do_not_part_date_and_byline():
    """A portal prints a dialog's text above the headline (its sentence running onto the close button's line; a
    line above where the sentence may have begun stays a candidate, see dialog_lines.dialog_text) and
    its reading tools' dialogs (a read-aloud player's settings, a font menu, confirm buttons) between the date and
    the byline, 40 lines apart: the dialog's text is no headline, and the dialogs part neither the byline from the
    date nor the headline above them from its byline, though it shares few of the lead's words."""
    title = "‘여름 지킴이’ 뒷전 밀린 ‘방역’"
    deck = ["안전요원 두 배로 늘리고 구조 장비 들여놓아", "야간 순찰도 강화하기로"]
    text = ("  * 홈\n  * 정치\n  * 사회\n\n한빛일보\n선정 안내\n\n해당 언론사가 주요기사로 "
            "직접 선정한 기사입니다. 언론사 편집판 바로가기 닫기\n\n"
            f"{title}\n\n기사입력 2025.06.01. 오전 7:44 최종수정 2025.06.01. 오전 8:29 기사원문 스크랩\n{DIALOGS}"
            "홍길동 기자 hong@example.com\n\n" + "\n".join(deck) + f"\n\n{P1}\n\n{P2}\n\n{P3}\n\n{FOOTER}")
    record = extract_text(text, "dialogs.txt")
    assert record.title == title
    assert record.date.startswith("2025-06-01T07:44")
