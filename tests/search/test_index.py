"""The built index: recall against an oracle, AND, phrases, filters, determinism."""
import random

import pytest
from fixtures import NOUNS, fixture_docs

from archivist.search.index import build_search_index
from archivist.search.postings import decode_docs
from archivist.search.reader import IndexReader, parse_script
from archivist.search.tokenize import tokenize


def doc_tokens(doc: dict) -> list[str]:
    """Return every token of a document's searchable fields."""
    return tokenize(" ".join([doc["title"], doc["text"], *doc["tags"], *doc["reporters"]]))


def numbered(docs: list[dict]) -> list[dict]:
    """Return docs in the index's numbering order (year, date, id)."""
    return sorted(docs, key=lambda doc: (doc["year"], doc["date"], doc["id"], doc["url"]))


def oracle_word_start(docs: list[dict], noun: str) -> set[int]:
    """Return numbers of documents with a word that starts with noun."""
    return {n for n, doc in enumerate(numbered(docs))
            if any(token.startswith(noun) for token in doc_tokens(doc))}


def oracle_anywhere(docs: list[dict], noun: str) -> set[int]:
    """Return numbers of documents with noun anywhere inside a word."""
    return {n for n, doc in enumerate(numbered(docs)) if any(noun in t for t in doc_tokens(doc))}


QUERIES = sorted(NOUNS, key=len)[:50]


def test_fifty_nouns_are_queried():
    assert len(QUERIES) == 50


@pytest.mark.parametrize("noun", QUERIES)
def test_recall_every_article_with_the_noun_at_a_word_start(reader, docs, noun):
    expected = oracle_word_start(docs, noun)
    assert expected, noun
    assert expected <= reader.search(noun)


@pytest.mark.parametrize("noun", ["업계", "언어모델", "금융", "교통", "인공지능", "시장", "자율"])
def test_up_to_four_syllables_finds_exactly_the_articles_containing_it(reader, docs, noun):
    assert reader.search(noun) == oracle_anywhere(docs, noun)


def test_compound_parts_and_particles(reader, docs):
    example = numbered(docs).index(next(d for d in docs if "talent-war" in d["url"]))
    for query in ["쟁탈전", "앤스로픽", "저커버그", "업계", "언어모델", "인재"]:
        assert example in reader.search(query), query


def test_long_word_is_checked_against_the_text(reader, docs):
    found = reader.search("대규모언어모델")
    assert found == oracle_anywhere(docs, "대규모언어모델")
    assert found


def test_one_syllable_matches_word_starts_only(reader, docs):
    assert reader.search("반") == oracle_word_start(docs, "반") != set()
    inside = oracle_anywhere(docs, "업")
    assert reader.search("업") == oracle_word_start(docs, "업")
    assert reader.search("업") < inside


def test_several_words_mean_and(reader):
    both = reader.search("금리 환율")
    assert both == reader.search("금리") & reader.search("환율")
    assert both and both != reader.search("금리")


def test_latin_is_case_insensitive(reader):
    assert reader.search("MARKET") == reader.search("market") != set()


def test_quoted_phrase_needs_the_words_next_to_each_other(reader, docs):
    ordered = numbered(docs)
    urls = {ordered[n]["url"] for n in reader.search('"인재 전쟁"')}
    assert "2025/01/phrase/index.html" in urls
    assert "2024/03/ai-engineer-talent-war/index.html" in urls
    assert "2025/01/phrase-apart/index.html" not in urls
    assert "2025/01/phrase-apart/index.html" in {ordered[n]["url"] for n in reader.search("인재 전쟁")}


def test_same_input_gives_the_same_bytes_in_any_order(docs, files):
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    assert build_search_index(shuffled, shard_bytes=4_000) == files


def test_a_newer_article_leaves_older_document_files_unchanged(docs, files):
    newer = dict(docs[0], id=999_999, date="2030-01-01", year=2030, url="2030/01/new/index.html")
    rebuilt = dict(build_search_index(docs + [newer], shard_bytes=4_000))
    old_docs = {path: data for path, data in files if path.startswith("search/d/")}
    assert all(rebuilt[path] == data for path, data in old_docs.items())
    assert f"search/d/{len(docs)}.js" in rebuilt


def test_every_file_is_one_registration_call_under_the_prefix(files):
    assert all(path.startswith("search/") and path.endswith(".js") for path, _ in files)
    keys = [parse_script(data)[0] for _, data in files]
    assert keys == [path[len("search/"):-3] for path, _ in files]


def test_out_prefix_moves_every_file(docs):
    paths = [path for path, _ in build_search_index(docs[:20], out_prefix="assets/find/")]
    assert paths and all(path.startswith("assets/find/") for path in paths)


def test_documents_are_numbered_oldest_first_and_years_are_ranges(reader, docs):
    manifest = reader.manifest
    assert manifest["count"] == len(docs)
    ordered = numbered(docs)
    for year, start, end in manifest["years"]:
        assert {d["year"] for d in ordered[start:end]} == {year}
    assert reader.doc(len(docs) - 1)["d"] == max(d["date"] for d in docs)


def test_result_data_is_stored_as_plain_strings(reader, docs):
    ordered = numbered(docs)
    n = next(i for i, d in enumerate(ordered) if d["title"].startswith("<img"))
    stored = reader.doc(n)
    assert stored["t"] == "<img src=x onerror=alert(1)> 보안 점검"
    assert stored["u"] == "2025/01/xss/index.html"
    assert set(stored) == {"u", "t", "d", "r", "g", "l", "x"}


def test_filters_list_every_tag_and_reporter_with_its_documents(reader, docs):
    filters = reader.load("filters")
    ordered = numbered(docs)
    for facet, field in (("tag", "tags"), ("reporter", "reporters")):
        names = {name for doc in docs for name in doc[field]}
        assert {entry[0] for entry in filters[facet]} == names
        for name, count, key in filters[facet]:
            members = set(decode_docs(reader.load(key)["d"]))
            assert members == {n for n, d in enumerate(ordered) if name in d[field]}
            assert count == len(members)


def test_shards_are_cut_near_the_requested_size(files):
    shards = [len(data) for path, data in files if path.startswith("search/k/")]
    assert len(shards) > 10
    assert 4_000 / 4 < sum(shards) / len(shards) < 4_000 * 2
    assert max(shards) < 4_000 * 5


def test_a_query_reads_the_manifest_and_few_shards(docs):
    reader = IndexReader(build_search_index(fixture_docs(300)))
    reader.search("쟁탈전")
    assert reader.loaded[0] == "manifest"
    assert 1 <= len([key for key in reader.loaded if key.startswith("k/")]) <= 2


def test_an_empty_archive_gives_a_working_empty_index():
    files = build_search_index([])
    reader = IndexReader(files)
    assert reader.manifest["count"] == 0 and reader.manifest["shards"] == []
    assert reader.search("쟁탈전") == set()


def test_documents_without_text_tags_or_reporters_are_indexed_by_title():
    doc = {"id": 1, "url": "a/index.html", "title": "제목만 있는 기사", "date": "2024-01-01",
           "year": 2024, "reporters": [], "tags": [], "text": ""}
    reader = IndexReader(build_search_index([doc]))
    assert reader.search("제목") == {0}
    assert reader.doc(0)["l"] == ""


def test_shard_boundaries_route_every_prefix_to_all_its_keys(files):
    reader = IndexReader(files)
    stored = sorted({key for path, data in files if path.startswith("search/k/")
                     for key in parse_script(data)[1]["k"]})
    prefixes = sorted({key[:length] for key in stored for length in range(1, len(key) + 1)})
    for prefix in prefixes[::7]:
        routed = {key for name in reader.shards_for(prefix, "prefix")
                  for key in reader.load(name)["k"] if key.startswith(prefix)}
        assert routed == {key for key in stored if key.startswith(prefix)}, prefix
    for key in stored[::5]:
        assert any(key in reader.load(name)["k"] for name in reader.shards_for(key, "exact"))


def test_a_long_article_cut_for_snippets_is_still_found_past_the_cut():
    from archivist.search import index

    doc = {"id": 1, "url": "long/index.html", "title": "긴 기사", "date": "2024-01-01",
           "year": 2024, "reporters": [], "tags": [],
           "text": "가나다라 " * (index.TEXT_LIMIT // 5 + 10) + "대규모언어모델을 끝에 둔다"}
    reader = IndexReader(build_search_index([doc]))
    assert len(reader.doc(0)["x"]) == index.TEXT_LIMIT and reader.doc(0)["c"] == 1
    assert reader.search("대규모언어모델") == {0}


def test_bytes_do_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    code = ("import hashlib, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
            "from fixtures import fixture_docs\n"
            "from archivist.search.index import build_search_index\n"
            "h = hashlib.sha1()\n"
            "for p, b in build_search_index(fixture_docs(60)): h.update(p.encode() + b)\n"
            "print(h.hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code, str(here), str(here.parents[1])],
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True,
                              capture_output=True, text=True).stdout for seed in ("1", "2")}
    assert len(digests) == 1


def test_fast_collection_gives_the_reference_values(docs):
    from archivist.search.index import merge_postings, ordered_docs
    from archivist.search.postings import doc_values

    records = ordered_docs(docs[:40])
    postings = merge_postings(doc_values(r["title"], r["tags"] + r["reporters"], r["text"]).items() for r in records)
    for number, record in enumerate(records):
        expected = doc_values(record["title"], record["tags"] + record["reporters"], record["text"])
        for key, value in expected.items():
            assert (number << 4 | value) in postings[key], (number, key)
    assert sum(len(entries) for entries in postings.values()) == sum(
        len(doc_values(r["title"], r["tags"] + r["reporters"], r["text"])) for r in records)


def test_tokenizing_in_forked_processes_gives_the_same_index():
    docs = fixture_docs(200)
    assert build_search_index(docs, jobs=2) == build_search_index(docs, jobs=1)


def test_texts_are_kept_as_given_and_read_with_their_whitespace_collapsed(docs):
    from archivist.search.index import ordered_docs

    given = {id(doc["text"]) for doc in docs}
    assert all(id(record["text"]) in given for record in ordered_docs(docs))  # no second copy of any text
    spaced = [{**doc, "text": doc["text"].replace(" ", "  \n", 3) + "\n\n"} for doc in docs[:60]]
    assert build_search_index(spaced, jobs=1) == build_search_index(docs[:60], jobs=1)
