"""Query plans against the shared vectors, and what particles, glued numbers and whole words find."""
import json
from pathlib import Path

import pytest

from archivist.search.glue import glue_keys
from archivist.search.index import build_search_index
from archivist.search.particles import particle_split, use_stem
from archivist.search.query import query_plans
from archivist.search.reader import IndexReader

VECTORS = json.loads(Path(__file__).with_name("query_vectors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", VECTORS["plans"], ids=lambda c: c["query"] or "empty")
def test_query_plan_vectors(case):
    assert list(query_plans(case["query"])) == [case["plans"], case["phrases"]]


@pytest.mark.parametrize("case", VECTORS["splits"], ids=lambda c: c["word"])
def test_particle_split_vectors(case):
    split = particle_split(case["word"])
    assert (list(split) if split else None) == case["split"]


@pytest.mark.parametrize("case", VECTORS["use_stem"], ids=lambda c: f"{c['stem']}-{c['literal']}")
def test_use_stem_vectors(case):
    assert use_stem(case["stem"], case["literal"]) is case["use"]


def doc(number: int, text: str, title: str = "기사") -> dict:
    """Return a small search document."""
    return {"id": number, "url": f"d{number}/", "title": title, "date": f"2024-01-{1 + number:02d}",
            "year": 2024, "reporters": [], "tags": [], "text": text, "lang": "ko"}


def reader_for(texts: list[str]) -> IndexReader:
    """Return a reader over an index of one document per text, numbered in order."""
    return IndexReader(build_search_index([doc(n, text) for n, text in enumerate(texts)], jobs=1))


def test_other_particle_finds_the_noun_with_any_particle():
    reader = reader_for(["요금 인상을 발표했다", "인상이 컸다", "인상률 공개", "첫 인상은 좋았다", "아무 관련 없다"])
    assert reader.search("인상으로") == {0, 1, 2, 3}
    assert reader.search("인상을") == {0, 1, 2, 3}


def test_a_word_that_only_looks_like_stem_and_particle_is_kept_whole():
    # 어린이 is a word of its own: most articles with 어린 have 어린이, so 어린 alone is not searched.
    texts = ["어린이 보호", "어린이가 많다", "어린이를 위한", "어린이날 행사", "어린 나이에"]
    reader = reader_for(texts)
    assert reader.search("어린이") == {0, 1, 2, 3}
    # Without that evidence (the literal form is rare), the stem is searched.
    assert reader_for(["어린이 보호", "어린 나이에", "어린 시절", "어린 학생"]).search("어린이") == {0, 1, 2, 3}


def test_one_syllable_stems_are_never_split():
    reader = reader_for(["국가 경제", "국민 여론", "사이 좋게", "사과 농사"])
    assert reader.search("국가") == {0}
    assert reader.search("사이") == {2}


def test_numbers_stay_with_their_units():
    reader = reader_for(["매출 3조원 돌파", "적자 13조 기록", "1.3조 규모", "3 조 원 띄어 씀", "5.1% 상승",
                         "15.1% 하락", "5.12% 변동", "제10차 회의", "110차 회의", "GPT-4를 능가", "GPT-4o 출시",
                         "2024년에는", "12024년"])
    assert reader.search("3조") == {0}
    assert reader.search("5.1%") == {4}
    assert reader.search("10차") == {7}
    assert reader.search("GPT-4") == {9}
    assert reader.search("2024년") == {11}


def test_finished_latin_words_are_whole_words_and_addresses_are_not_words():
    reader = reader_for(["IC 카드 도입", "ICT 산업 동향", "문의 cj@example.com", "CJ 그룹 실적",
                         "자세한 내용은 https://cf.example.com/ic 참고"])
    assert reader.search("IC ") == {0}
    assert reader.search("IC") == {0, 1}  # the word being typed also matches the words it begins
    assert reader.search("cj ") == {3}
    assert reader.search("cf") == set()


def test_glued_keys_are_stored():
    assert glue_keys("(약3조7000억원)") == ["3조", "7000억"]
