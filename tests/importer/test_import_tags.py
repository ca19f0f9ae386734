"""Tag suggestions: page keywords, the archive's own tags found in the text, then salient nouns."""

from __future__ import annotations

from collections import Counter

import pytest

from archivist.importer import tags

BODY = ("아마존은 앤스로픽에 27억5000만달러를 추가 투자했다. 앤스로픽은 오픈AI 출신이 창업한 회사다. "
        "아마존의 투자로 앤스로픽의 기업가치는 더 오를 전망이다. 반도체 업계도 앤스로픽을 주목한다.")


@pytest.mark.parametrize("word, noun", [("앤스로픽에", "앤스로픽"), ("아마존은", "아마존"), ("기업들의", "기업"),
                                         ("반도체", "반도체"), ("AI를", "AI")])
def test_strip_josa(word, noun):
    """Particles are stripped from the end of a Korean word."""
    assert tags.strip_josa(word) == noun


def test_salient_nouns_prefer_the_title_and_repeated_words():
    """The most repeated nouns, title words weighted up, come first; verbs are left out."""
    nouns = tags.salient_nouns("아마존, 앤스로픽에 투자", BODY, "ko")
    assert nouns[:2] == ["앤스로픽", "아마존"]
    assert not any(n.endswith("했다") for n in nouns)


def test_suggest_order_and_limit():
    """Keywords first, then archive tags found in the text, then nouns; at most five, no repeats."""
    known = Counter({"반도체": 5, "부동산": 9, "AI": 2})
    picked = tags.suggest("아마존, 앤스로픽에 투자", BODY, "ko", ["클라우드", "ai"], known)
    assert picked[:2] == ["클라우드", "ai"]
    assert picked[2] == "반도체"
    assert "부동산" not in picked
    assert len(picked) == tags.MAX_TAGS
    assert len({p.lower() for p in picked}) == len(picked)


def test_english_nouns_are_capitalised_names():
    """In English, repeated capitalised words (names) are suggested, not common words."""
    body = "Rossi beat Keller. Italy leads Austria. Rossi said Italy played well. Rossi will rest."
    assert tags.suggest("Rossi keeps Italy alive", body, "en", [], Counter())[:2] == ["Rossi", "Italy"]


def test_archive_tags_match_whole_latin_words():
    """`AI` is found in `AI 인재` and `the AI race`, not inside `Spain` or `said`."""
    known = Counter({"AI": 3, "반도체": 1})
    assert tags.archive_tags_in("Spain said the rain stopped", known) == []
    assert tags.archive_tags_in("the AI race", known) == ["AI"]
    assert tags.archive_tags_in("AI인재와 반도체에 투자", known) == ["AI", "반도체"]
