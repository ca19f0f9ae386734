"""Text dumps: a photo article's only paragraph signed by a byline glued after its last sentence, in a small page
written for the test; every name and line here is made up.
"""

from __future__ import annotations

from archivist.importer.text import extract_text

PHOTO_TEXT = ("1일 부산 해운대 해수욕장이 올여름 처음 문을 열었다. 전국 해수욕장 가운데 첫 개장이다. 이날 해운대 "
              "백사장에서 피서객들이 물놀이를 즐기고 있다.")


def test_a_line_ending_on_a_glued_byline_is_not_joined_to_the_notice_below():
    """A photo article gives the converter too few lines to read its width by; its one long line stops on a byline
    whose address the page cut (`/홍길동 기자 hong@`), and a portal's notice follows on the next line finishing its
    own sentence. The byline ends the text: the notice is not joined to it, and the byline names the reporter."""
    text = ("  * 홈\n  * 사회\n\n한빛일보\n\n[포토]해운대 해수욕장 첫 개장\n\n입력 2025.06.01 10:00\n\n"
            f"{PHOTO_TEXT} /홍길동 기자 hong@\n이 기사는 언론사에서 사회 섹션으로 분류했습니다.\n기사 섹션 분류 안내\n\n"
            "ⓒ 한빛일보 무단전재 및 재배포 금지\n")
    record = extract_text(text, "photo.txt")
    assert record.reporters == ["홍길동"]
    assert "분류했습니다" not in record.body
