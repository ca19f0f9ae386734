"""Write tests/search/vectors.json and query_vectors.json from the Python code; review the diff before committing.

    python tests/search/make_vectors.py

The cases below are the specification: Python (test_tokenize.py) and
JavaScript (tokenize.test.mjs) must both reproduce the written file exactly.
"""
import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from archivist.search.glue import glue_keys  # noqa: E402
from archivist.search.particles import particle_split, use_stem  # noqa: E402
from archivist.search.query import query_plans  # noqa: E402
from archivist.search.tokenize import index_keys, query_keys, token_matches, tokenize  # noqa: E402

TEXTS = [
    ("particles", "AI 인재 쟁탈전이 격화하는 것은 인재가 희소해서다."),
    ("particles 2", "인재를 영입하며 앤스로픽에 투자했다"),
    ("compound", "반도체업계 채용회사인 SBT인더스트리는"),
    ("compound 2", "대규모언어모델(LLM) 개발자를"),
    ("mixed korean latin", "인플렉션AI를 MS AI 책임자로 GPT-4를 능가하는"),
    ("numbers", "27억5000만달러(약 3조7000억원) 1만2000명 92만5000달러 2024-03-28"),
    ("decimal and percent", "27.5억달러 3.5% 40만달러에"),
    ("punctuation", "‘윈윈’이 “AI 열풍으로” [속보] 다리오·다니엘라 …전망 (현지시간)"),
    ("latin case", "OpenAI's ChatGPT and Meta's LLaMA-3 beat GPT4o"),
    ("full width", "ＡＩ 반도체 Ｎｏ．１ ２０２４년"),
    ("NFD hangul", unicodedata.normalize("NFD", "쟁탈전이 저커버그")),
    ("NFD latin", unicodedata.normalize("NFD", "Café Naïve résumé")),
    ("han and kana", "美·中 갈등 韓·日 반도체 日本語のテキスト"),
    ("katakana middle dot", "トランプ・ショック"),
    ("underscore and symbols", "snake_case e-mail@example.com #해시태그 $100 €5 ★스타"),
    ("other numbers", "² ½ Ⅻ ①번"),
    ("greek final sigma", "ΟΔΟΣ Σίσυφος"),
    ("dotted capital i", "İstanbul"),
    ("compat jamo", "ㅋㅋㅋ 좋아요ㅎㅎ"),
    ("empty", ""),
    ("only punctuation", "…!? -- ·"),
    ("emoji", "AI🤖로봇 👍"),
    ("newlines and tabs", "첫줄\n둘째줄\t셋째"),
]
KEY_TOKENS = ["반도체업계", "인재를", "인", "ai", "a", "4", "쟁탈전이", "a" * 25]
QUERY_TOKENS = ["쟁탈전", "인재", "업계", "인", "앤스로픽", "대규모언어모델", "ai", "a", "2024", "llama",
                "x" * 22, "언어모델개발자를"]
# (query token, text token, expected): written by hand, asserted before writing.
MATCHES = [
    ("쟁탈전", "쟁탈전이", True), ("인재", "인재를", True), ("업계", "반도체업계", True),
    ("언어모델", "대규모언어모델", True), ("인", "인재를", True), ("인", "고인", False),
    ("재", "인재를", False), ("ai", "aid", True), ("ai", "said", False), ("a", "ai", False),
    ("a", "a", True), ("20", "2024", False), ("2024", "20245", False), ("2024", "2024", True),
    ("ai", "인공지능", False), ("인공", "ai", False), ("llama", "llama", True),
]

# Query -> the plan of each term (query_vectors.json): particles, glued numbers, open and finished words.
QUERIES = [
    "인상으로", "인상을", "서울에서는", "정책으로도", "기업과의", "국가", "사이", "이야기", "어린이", "기업가",
    "대학로", "고려대로", "미국까지", "쟁탈전이", "인재를 영입", "3조", "13조원", "10차", "5.1%", "2024년",
    "GPT-4", "GPT-4를", "1,000명", "27억5000만달러", "2024-03-28", "gpt-4o", "IC", "IC ", "ic card", "cj,",
    "ai 인재", "\"인재 전쟁\"", "\"인재 전", "a", "4", "x" * 22, "",
]
# Hangul word -> (stem, particle) or None, written by hand and asserted before writing.
SPLITS = [
    ("인상으로", ("인상", "으로")), ("인상을", ("인상", "을")), ("인상가", None), ("국가", None), ("사이", None),
    ("이야기", None), ("서울에서는", ("서울", "에서는")), ("서울로", ("서울", "로")), ("대학로", None),
    ("정부는", ("정부", "는")), ("정책은", ("정책", "은")), ("정부은", None), ("기업과의", ("기업", "과의")),
    ("나라와", ("나라", "와")), ("나라과", None), ("미국까지도", ("미국", "까지도")),
]
# Glued keys of a whitespace-free piece, written by hand.
GLUED = [
    ("3조원", ["3조"]), ("13조", ["13조"]), ("5.1%p", ["5.1", "5.1%"]), ("gpt-4를", ["gpt-4", "gpt-4를"]),
    ("gpt-4o", []), ("2024년에는", ["2024년"]), ("2024", []), ("(약3조7000억원)", ["3조", "7000억"]),
    ("1,000,000달러", ["1,000,000", "1,000,000달"]), ("a3조", []),
]


def query_vectors() -> dict:
    """Return the query vectors document computed by the Python query code."""
    for word, split in SPLITS:
        assert particle_split(word) == split, (word, particle_split(word))
    for piece, keys in GLUED:
        assert glue_keys(piece) == keys, (piece, glue_keys(piece))
    return {
        "about": "Shared test vectors: archivist/search/query.py (particles.py, glue.py) and "
                 "templates/static/search-query.js must both produce exactly these. Regenerate only on purpose: "
                 "python tests/search/make_vectors.py",
        "plans": [dict(zip(("query", "plans", "phrases"), (query, *query_plans(query)))) for query in QUERIES],
        "splits": [{"word": word, "split": list(split) if split else None} for word, split in SPLITS],
        "use_stem": [{"stem": s, "literal": l, "use": use_stem(s, l)}
                     for s, l in [(10, 0), (10, 7), (10, 8), (10, 10), (2, 2), (3, 3), (100, 79), (0, 0)]],
    }


def vectors() -> dict:
    """Return the vectors document computed by the Python tokenizer."""
    for query, token, expected in MATCHES:
        assert token_matches(query, token) is expected, (query, token)
    return {
        "about": "Shared test vectors: archivist/search/tokenize.py and templates/static/search-query.js "
                 "must both produce exactly these. Regenerate only on purpose: "
                 "python tests/search/make_vectors.py",
        "tokenize": [{"name": name, "text": text, "tokens": tokenize(text)} for name, text in TEXTS],
        "index_keys": [{"token": token, "keys": index_keys(token)} for token in KEY_TOKENS],
        "query_keys": [dict(zip(("token", "mode", "keys"), (token, *query_keys(token))))
                       for token in QUERY_TOKENS],
        "token_matches": [{"query": q, "token": t, "match": m} for q, t, m in MATCHES],
    }


def main() -> None:
    """Write vectors.json and query_vectors.json beside this script."""
    for name, document in (("vectors.json", vectors()), ("query_vectors.json", query_vectors())):
        out = Path(__file__).with_name(name)
        out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
