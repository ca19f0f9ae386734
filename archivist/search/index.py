"""Build the static search index: sharded `<script>` files, no I/O.

Layout under out_prefix (default "search/"), every file a classic script that
calls the global `archivistSearchData(key, data)` defined by search.js:

    manifest.js        counts, key-shard boundaries, year ranges
    k/<hash>.js        a range of sorted keys with their posting lists
    filters.js         tag and reporter names with counts and facet files
    f/<hash>.js        the documents of one tag or reporter
    d/<n>.js           one document: url, title, date, reporters, tags, text

Documents are numbered in (year, date, id) order, so "newest first" is descending
number, a year is a range of numbers, and appending a newer article leaves the
older d/<n>.js files unchanged. Shards and facets are named by a hash of their
content, so a browser never mixes a cached old shard with a new manifest.
"""
import hashlib
import json
from array import array
from collections import defaultdict
from collections.abc import Iterable

from archivist.search.keys import text_keys
from archivist.search.postings import BODY_BITS, VALUE_BITS, encode_docs, encode_values, field_flags
from archivist.search.tokenize import DENSE_KEY_LEN, WORD_KEY_LEN, normalize

FORMAT_VERSION = 1
SHARD_BYTES = 16_000  # raw bytes of keys and postings per key shard
TEXT_LIMIT = 20_000  # characters of body text kept for snippets


def build_search_index(docs: Iterable[dict], out_prefix: str = "search/",
                       shard_bytes: int = SHARD_BYTES) -> list[tuple[str, bytes]]:
    """Return (path, bytes) pairs of the whole index for the given documents."""
    records = ordered_docs(docs)
    postings = collect_postings(records)
    shards = split_shards(sorted(postings, key=utf16_key), postings, shard_bytes)
    shard_files = [shard_file(keys, postings) for keys in shards]
    facets = facet_files(records)
    files = shard_files + [file for file, _ in facets.values()]
    files += [doc_file(number, record) for number, record in enumerate(records)]
    files.append(filters_file(facets))
    files.append(manifest_file(records, shards, [path[:-3] for path, _ in shard_files]))
    return [(out_prefix + name, data) for name, data in files]


def ordered_docs(docs: Iterable[dict]) -> list[dict]:
    """Return NFC-normalized copies of docs sorted by year, date, then id."""
    records = [normalized_doc(doc) for doc in docs]
    records.sort(key=lambda doc: (doc["year"], doc["date"], doc["id"], doc["url"]))
    return records


def normalized_doc(doc: dict) -> dict:
    """Return the fields the index uses, every string in NFC."""
    return {
        "id": doc["id"],
        "url": normalize(doc["url"]),
        "title": normalize(doc["title"]),
        "date": doc["date"],
        "year": int(doc["year"]),
        "reporters": [normalize(name) for name in doc["reporters"]],
        "tags": [normalize(tag) for tag in doc["tags"]],
        "text": " ".join(normalize(doc["text"]).split()),
        "lang": doc.get("lang", ""),
    }


def collect_postings(records: list[dict]) -> dict[str, array]:
    """Return key -> array of (document number << VALUE_BITS | value), ascending."""
    postings: dict[str, array] = defaultdict(lambda: array("q"))
    for number, record in enumerate(records):
        add_document(postings, number << VALUE_BITS, record)
    return postings


def add_document(postings: dict[str, array], base: int, record: dict) -> None:
    """Append one document's entries (base | value bits, as doc_values) to postings."""
    counts = text_keys(record["text"])
    top = BODY_BITS[4]
    # This loop runs ~7 million times for 10k articles: keep it to one append.
    for key, count in counts.items():
        postings[key].append(base | (BODY_BITS[count] if count < 4 else top))
    for key, flag in field_flags(record["title"], record["tags"] + record["reporters"]).items():
        if key in counts:
            postings[key][-1] |= flag
        else:
            postings[key].append(base | flag)


def utf16_key(key: str) -> bytes:
    """Return the sort key matching JavaScript's string order (UTF-16 units)."""
    return key.encode("utf-16-be")


def split_shards(keys: list[str], postings: dict, shard_bytes: int) -> list[list[str]]:
    """Return sorted keys cut into consecutive runs of about shard_bytes each."""
    shards, current, size = [], [], 0
    for key in keys:
        cost = len(key.encode()) + 2 * len(postings[key]) + 8
        if current and size + cost > shard_bytes:
            shards.append(current)
            current, size = [], 0
        current.append(key)
        size += cost
    if current:
        shards.append(current)
    return shards


def script(key: str, data) -> bytes:
    """Return a classic script registering data under key."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"archivistSearchData({json.dumps(key)},{payload});\n".encode()


def hashed_file(folder: str, data) -> tuple[str, bytes]:
    """Return (path, bytes) of a script named by a hash of its data."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    key = f"{folder}/{hashlib.sha1(payload.encode()).hexdigest()[:8]}"
    return key + ".js", script(key, data)


def shard_file(keys: list[str], postings: dict) -> tuple[str, bytes]:
    """Return the file of one key shard: keys, gap-coded documents, values."""
    mask = (1 << VALUE_BITS) - 1
    docs = [encode_docs([entry >> VALUE_BITS for entry in postings[key]]) for key in keys]
    values = [encode_values([entry & mask for entry in postings[key]]) for key in keys]
    return hashed_file("k", {"k": keys, "d": docs, "v": values})


def facet_files(records: list[dict]) -> dict[tuple[str, str], tuple[tuple[str, bytes], int]]:
    """Return (facet, name) -> (file of its documents, count) for tags and reporters."""
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, record in enumerate(records):
        for tag in sorted(set(record["tags"])):
            members[("tag", tag)].append(number)
        for name in sorted(set(record["reporters"])):
            members[("reporter", name)].append(number)
    return {facet: (hashed_file("f", {"d": encode_docs(numbers)}), len(numbers))
            for facet, numbers in members.items()}


def filters_file(facets: dict) -> tuple[str, bytes]:
    """Return filters.js: per facet, [name, count, file key] by falling count."""
    lists: dict[str, list] = {"tag": [], "reporter": []}
    for (facet, name), ((path, _), count) in facets.items():
        lists[facet].append([name, count, path[:-3]])
    for entries in lists.values():
        entries.sort(key=lambda entry: (-entry[1], entry[0]))
    return "filters.js", script("filters", lists)


def doc_file(number: int, record: dict, text_limit: int = TEXT_LIMIT) -> tuple[str, bytes]:
    """Return d/<number>.js holding what a result shows of one document."""
    data = {
        "u": record["url"], "t": record["title"], "d": record["date"],
        "r": record["reporters"], "g": record["tags"], "l": record["lang"],
        "x": record["text"][:text_limit],
    }
    if len(record["text"]) > text_limit:
        data["c"] = 1  # text cut: a failed phrase check cannot reject this document

    return f"d/{number}.js", script(f"d/{number}", data)


def shortest_bound(last: str, first: str) -> str:
    """Return the shortest prefix of first that sorts after last (a shard boundary)."""
    for length in range(1, len(first)):
        if utf16_key(first[:length]) > utf16_key(last):
            return first[:length]
    return first


def year_ranges(records: list[dict]) -> list[list[int]]:
    """Return [year, first number, end number] for each year present."""
    ranges: list[list[int]] = []
    for number, record in enumerate(records):
        if ranges and ranges[-1][0] == record["year"]:
            ranges[-1][2] = number + 1
        else:
            ranges.append([record["year"], number, number + 1])
    return ranges


def manifest_file(records: list[dict], shards: list[list[str]], names: list[str]) -> tuple[str, bytes]:
    """Return manifest.js: what the engine needs before its first lookup."""
    firsts = [""] + [shortest_bound(previous[-1], keys[0])
                     for previous, keys in zip(shards, shards[1:])]
    bounds = [[first, name] for first, name in zip(firsts, names)]
    data = {
        "version": FORMAT_VERSION, "count": len(records),
        "denseKeyLen": DENSE_KEY_LEN, "wordKeyLen": WORD_KEY_LEN,
        "shards": bounds, "years": year_ranges(records),
    }
    return "manifest.js", script("manifest", data)
