"""Build the static search index: sharded `<script>` files, no I/O.

Layout under out_prefix (default "search/"), every file a classic script that
calls the global `archivistSearchData(key, data)` defined by search-index.js:

    manifest.js        counts, key-shard boundaries, year ranges, heads files
    k/<hash>.js        a range of sorted keys with their posting lists
    h/<hash>.js        count and first results of the one-syllable keys of an initial consonant
    filters.js         tag and reporter names with counts and facet files
    f/<hash>.js        the documents of one tag or reporter
    d/<n>.js           one document: url, title, date, reporters, tags, text
    c/<n>.js           what a result shows of one document (no text): a result on screen

Documents are numbered in (year, date, id) order, so "newest first" is descending
number, a year is a range of numbers, and appending a newer article leaves the
older d/<n>.js files unchanged. Shards and facets are named by a hash of their
content, so a browser never mixes a cached old shard with a new manifest.
`archivist/search/outputs.py` builds the same files incrementally for a site.
"""
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator

from archivist.parallel import default_jobs, run
from archivist.search.heads import plan_heads
from archivist.search.postings import VALUE_BITS, doc_values, encode_docs
from archivist.search.shards import (
    SHARD_BYTES, chunk, hashed_file, script, shard_bounds, shard_file, utf16_key,
)
from archivist.search.store import decode_pairs, encode_keys
from archivist.search.tokenize import DENSE_KEY_LEN, WORD_KEY_LEN, normalize

FORMAT_VERSION = 5
TEXT_LIMIT = 20_000  # characters of body text kept for snippets
RECYCLE = 16  # chunks (of up to 64 documents) a tokenizing worker takes before a fresh fork replaces it


def build_search_index(docs: Iterable[dict], out_prefix: str = "search/", shard_bytes: int = SHARD_BYTES,
                       jobs: int | None = None) -> list[tuple[str, bytes]]:
    """Return (path, bytes) pairs of the whole index for the given documents (search_index_files, as a list)."""
    return list(search_index_files(docs, out_prefix, shard_bytes, jobs))


def search_index_files(docs: Iterable[dict], out_prefix: str = "search/", shard_bytes: int = SHARD_BYTES,
                       jobs: int | None = None) -> Iterator[tuple[str, bytes]]:
    """Yield (path, bytes) of every file of the index for the given documents, made as they are asked for.

    The documents are tokenized in `jobs` forked processes (default: every core), as a
    site build's parse workers do; the files are the same for any number of jobs. A
    caller that writes each file as it comes never holds more than the posting lists
    (dropped once the key shards are made) and the documents: at 100,000 articles
    the d/ and c/ files alone would be about 600 MB.
    """
    records = ordered_docs(docs)
    postings = merge_postings(document_keys(records, default_jobs() if jobs is None else jobs))
    triples, shard_keys = [], {}
    for keys in chunk(sorted(postings, key=utf16_key), postings, shard_bytes):
        path, data = shard_file(keys, postings)
        triples.append((keys[0], keys[-1], path[:-3]))
        shard_keys[path[:-3]] = keys
        yield out_prefix + path, data
    heads, files = plan_heads(triples, lambda name: (shard_keys[name], postings), {})
    for key, data in files.items():
        yield f"{out_prefix}{key}.js", data
    postings.clear()
    facets = {facet: facet_file(numbers) for facet, numbers in facet_members(records).items()}
    for path, data in dict(file for file, _ in facets.values()).items():  # one file for equal facets
        yield out_prefix + path, data
    for number, record in enumerate(records):
        path, data = doc_file(number, {**record, "text": plain_text(record["text"])})
        yield out_prefix + path, data
    for number, record in enumerate(records):
        path, data = card_file(number, record)
        yield out_prefix + path, data
    for path, data in (filters_file(filter_lists(facets)),
                       manifest_file(len(records), shard_bounds(triples), year_ranges([r["year"] for r in records]),
                                     [key for _, key in heads])):
        yield out_prefix + path, data


def ordered_docs(docs: Iterable[dict]) -> list[dict]:
    """Return NFC-normalized copies of docs sorted by year, date, then id."""
    records = [normalized_doc(doc) for doc in docs]
    records.sort(key=lambda doc: (doc["year"], doc["date"], doc["id"], doc["url"]))
    return records


def normalized_doc(doc: dict) -> dict:
    """Return the fields the index uses, every string in NFC but the text.

    The text is kept as given (the caller's string, not a copy: copies of every
    text would be about 400 MB at 100,000 articles); plain_text makes it what the
    index reads where it is used.
    """
    return {
        "id": doc["id"],
        "url": normalize(doc["url"]),
        "title": normalize(doc["title"]),
        "date": doc["date"],
        "year": int(doc["year"]),
        "reporters": [normalize(name) for name in doc["reporters"]],
        "tags": [normalize(tag) for tag in doc["tags"]],
        "text": doc["text"],
        "lang": doc.get("lang", ""),
    }


def plain_text(text: str) -> str:
    """Return a document's text as the index reads it: NFC, whitespace runs made one space."""
    return " ".join(normalize(text).split())


class KeysWorker:
    """Works out one record's index keys and value bits, in whichever process runs it."""

    def __init__(self, records: list[dict]):
        self.records = records

    def __call__(self, number: int) -> bytes:
        """Return the keys of record number and their value bits, encoded (one bytes object is quick to send back)."""
        record = self.records[number]
        return encode_keys(doc_values(record["title"], record["tags"] + record["reporters"], plain_text(record["text"])))


def document_keys(records: list[dict], jobs: int) -> Iterator[Iterable[tuple[str, int]]]:
    """Yield each record's (key, value bits) pairs, in record order."""
    worker = KeysWorker(records)
    # A worker copies the memory pages of the records it reads (reference counts are writes):
    # a fresh fork every RECYCLE chunks keeps that to about a thousand records' pages.
    blobs = run(range(len(records)), lambda: worker, jobs, recycle=RECYCLE)
    return (zip(*decode_pairs(data)) for data in blobs)


def merge_postings(documents: Iterable[Iterable[tuple[str, int]]], start: int = 0,
                   postings: dict[str, array] | None = None) -> dict[str, array]:
    """Return key -> [document number << VALUE_BITS | value], ascending, adding each document's (key, value) pairs.

    Documents are numbered from start; pass postings to add to them. Entries
    are kept in arrays of 4-byte numbers (up to 2**28 documents; 10k articles
    make about 5 million entries, 100k about 50 million).
    """
    postings = defaultdict(lambda: array("I")) if postings is None else postings
    for number, pairs in enumerate(documents, start):
        base = number << VALUE_BITS
        for key, value in pairs:
            postings[key].append(base | value)
    return postings


def facet_members(records: list[dict]) -> dict[tuple[str, str], list[int]]:
    """Return (facet, name) -> ascending document numbers, for tags and reporters."""
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, record in enumerate(records):
        for tag in sorted(set(record["tags"])):
            members[("tag", tag)].append(number)
        for name in sorted(set(record["reporters"])):
            members[("reporter", name)].append(number)
    return members


def facet_file(numbers: list[int]) -> tuple[tuple[str, bytes], int]:
    """Return (file of a facet's documents, their count)."""
    return hashed_file("f", {"d": encode_docs(numbers)}), len(numbers)


def filter_lists(facets: dict) -> dict[str, list]:
    """Return per facet kind [name, count, file key] entries by falling count."""
    lists: dict[str, list] = {"tag": [], "reporter": []}
    for (facet, name), ((path, _), count) in facets.items():
        lists[facet].append([name, count, path[:-3]])
    for entries in lists.values():
        entries.sort(key=lambda entry: (-entry[1], entry[0]))
    return lists


def filters_file(lists: dict[str, list]) -> tuple[str, bytes]:
    """Return filters.js: per facet, [name, count, file key] by falling count."""
    return "filters.js", script("filters", lists)


def shown_fields(record: dict) -> list:
    """Return what a result shows of a document: [url, title, date, reporters, tags, lang]."""
    return [record["url"], record["title"], record["date"], record["reporters"], record["tags"], record["lang"]]


def doc_file(number: int, record: dict, text_limit: int = TEXT_LIMIT) -> tuple[str, bytes]:
    """Return d/<number>.js holding what a result shows of one document, with its text."""
    data = {
        "u": record["url"], "t": record["title"], "d": record["date"],
        "r": record["reporters"], "g": record["tags"], "l": record["lang"],
        "x": record["text"][:text_limit],
    }
    if len(record["text"]) > text_limit:
        data["c"] = 1  # text cut: a failed phrase check cannot reject this document
    return f"d/{number}.js", script(f"d/{number}", data)


def card_file(number: int, record: dict) -> tuple[str, bytes]:
    """Return c/<number>.js: what a result shows of one document, without its text (a few hundred bytes)."""
    return f"c/{number}.js", script(f"c/{number}", shown_fields(record))


def year_ranges(years: list[int]) -> list[list[int]]:
    """Return [year, first number, end number] for each year present (numbers in year order)."""
    ranges: list[list[int]] = []
    for number, year in enumerate(years):
        if ranges and ranges[-1][0] == year:
            ranges[-1][2] = number + 1
        else:
            ranges.append([year, number, number + 1])
    return ranges


def manifest_file(count: int, bounds: list[list[str]], years: list[list[int]], heads: list[str]) -> tuple[str, bytes]:
    """Return manifest.js: what the engine needs before its first lookup (heads: per initial consonant, heads.py)."""
    data = {
        "version": FORMAT_VERSION, "count": count,
        "denseKeyLen": DENSE_KEY_LEN, "wordKeyLen": WORD_KEY_LEN,
        "shards": bounds, "years": years, "heads": heads,
    }
    return "manifest.js", script("manifest", data)
