"""The Python tokenizer against the shared vectors, and the fast key path against it."""
import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from fixtures import example_doc, synthetic_docs

from archivist.search.glue import glue_keys, without_addresses
from archivist.search.keys import text_keys
from archivist.search.tokenize import fold_text, index_keys, query_keys, token_matches, tokenize

VECTORS = json.loads(Path(__file__).with_name("vectors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", VECTORS["tokenize"], ids=lambda c: c["name"])
def test_tokenize_vectors(case):
    assert tokenize(case["text"]) == case["tokens"]


@pytest.mark.parametrize("case", VECTORS["index_keys"], ids=lambda c: c["token"])
def test_index_keys_vectors(case):
    assert index_keys(case["token"]) == case["keys"]


@pytest.mark.parametrize("case", VECTORS["query_keys"], ids=lambda c: c["token"])
def test_query_keys_vectors(case):
    assert query_keys(case["token"]) == (case["mode"], case["keys"])


@pytest.mark.parametrize("case", VECTORS["token_matches"], ids=lambda c: f"{c['query']}~{c['token']}")
def test_token_matches_vectors(case):
    assert token_matches(case["query"], case["token"]) is case["match"]


def test_particles_stay_on_the_token_and_prefix_matching_finds_the_noun():
    tokens = tokenize("AI 인재 쟁탈전이 격화하는 인재를")
    assert "쟁탈전이" in tokens
    assert any(token_matches("쟁탈전", token) for token in tokens)
    assert [token for token in tokens if token_matches("인재", token)] == ["인재", "인재를"]


def test_word_inside_a_compound_is_a_key_of_the_compound():
    assert "업계" in index_keys("반도체업계")
    mode, keys = query_keys("언어모델")
    assert mode == "exact"
    assert set(keys) <= set(index_keys("대규모언어모델"))


def test_nfd_input_gives_the_same_tokens_as_nfc():
    text = "쟁탈전이 Café 저커버그"
    assert tokenize(unicodedata.normalize("NFD", text)) == tokenize(text)


def test_latin_is_case_insensitive_and_full_width_folds():
    assert tokenize("OpenAI ＧＰＴ") == tokenize("openai gpt") == ["openai", "gpt"]


def test_one_syllable_query_matches_only_word_starts():
    assert query_keys("인") == ("exact", [" 인"])  # one-character keys are stored after a space
    assert token_matches("인", "인재를")
    assert not token_matches("인", "고인")


def slow_text_keys(text: str) -> Counter:
    """Return key counts the slow, obviously correct way: token by token, then each piece's glued keys."""
    text = without_addresses(text)
    glued = [key for piece in fold_text(text).split() for key in glue_keys(piece)]
    return Counter([key for token in tokenize(text) for key in index_keys(token)] + glued)


@pytest.mark.parametrize("text", [
    "ΟΔΟΣ İstanbul Ｆｕｌｌ 美・中 ai인재를 x " * 3 + "a" * 30,
    "27억5000만달러(약 3조7000억원) GPT-4를 ‘윈윈’이 snake_case",
    unicodedata.normalize("NFD", "대규모언어모델을 반도체업계는 인"),
])
def test_fast_text_keys_equal_token_by_token_keys(text):
    assert text_keys(text) == slow_text_keys(text)


SEPARATED = st.text(st.sampled_from(list("ab가나다AＢ1_-.·\u00a0\u3000\u2028\u200b\u0301\t\n\x1c\x1f ")), max_size=80)


@settings(max_examples=400, deadline=None)
@given(SEPARATED)
def test_fast_text_keys_equal_token_by_token_keys_whatever_separates_the_words(text):
    """text_keys cuts at str.split's whitespace first: the tokens must be the same as the regex scan's."""
    assert text_keys(text) == slow_text_keys(text)


def test_fast_text_keys_on_corpus_texts():
    texts = [doc["text"] for doc in synthetic_docs(40)] + [example_doc()["text"]]
    for text in texts:
        assert text_keys(text) == slow_text_keys(text)
