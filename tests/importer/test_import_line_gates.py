"""The cheap tests put before the line rules' regular expressions keep every verdict: lines on both sides of each gate."""

from __future__ import annotations

import pytest

from archivist.importer import captions, noise, text
from archivist.importer.record import Line

# one caption of each pattern group: Korean photo words, an English credit (slash, colon, agency words), the opening
CAPTIONS = ["시민들이 걷고 있다. (사진=연합뉴스)", "시장이 연설하고 있다. <김철수 기자>", "[그래픽=홍길동 기자]",
            "행사장 모습(왼쪽 사진).", "행사장 모습 이미지 크게보기",
            "Firefighters at the scene. (AP Photo/John Smith)", "Crowds gather downtown. REUTERS/Jane Doe",
            "Crowds gather downtown. Credit: EPA", "Crowds gather downtown (Image: GETTY )",
            "The harbour at dawn. Getty Images", "The harbour at dawn. (Jane Roe/Example)",
            "▲ 행사에 참석한 관계자들", "In this file photo taken on Monday, crowds gather", "Image source, Getty"]
# lines holding a hint (a bracket, a photo word) but no caption's shape
NOT_CAPTIONS = ["정부는 이날 (현지시간) 새 계획을 발표하며 시장의 반응을 지켜보겠다고 했다",
                "The photo went viral within hours and the council met to discuss it on Monday evening",
                "기자회견에서 그는 이같이 밝혔다", "Prices rose 3% (the most in a decade) over the year to March"]


@pytest.mark.parametrize("line", CAPTIONS)
def test_each_caption_shape_is_found(line):
    assert captions.is_caption(line)


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_a_hint_without_a_shape_is_no_caption(line):
    assert not captions.is_caption(line)


def test_a_row_of_buttons_is_six_control_words_at_most():
    assert noise.classify("이전 다음 닫기 메뉴 검색 홈") == noise.MENU
    assert noise.classify("이전 다음 닫기 메뉴 검색 홈 TOP") != noise.MENU  # seven: not one row of buttons


def test_a_trail_needs_its_marks():
    assert noise.classify("Home › News › World") == noise.MENU
    assert noise.classify("Home - News - World") is None


def test_a_lines_weight_depends_on_its_text_and_verdict_not_its_place():
    paragraph = "정부는 이날 새 계획을 발표하며 시장의 반응을 지켜보겠다고 밝혔다. " * 3
    first, again = Line(3, paragraph, None, True), Line(40, paragraph, None, True)
    assert text.weight(first) == text.weight(again) == len(paragraph) - text.PARAGRAPH_COST
    assert text.weight(Line(41, paragraph, noise.MENU, False)) == -text.NOISE_COST
    assert text.weight(Line(5, "", None, False)) == 0
