"""Read a built search index back: the Python twin of the engine's lookups (search-index.js, search-engine.js).

Used by the tests and the benchmark to check what the index holds (recall,
AND, phrases, filters) and which files a query loads, without a browser.
"""
import json
from bisect import bisect_left, bisect_right

from archivist.search.particles import use_stem
from archivist.search.postings import decode_docs, decode_values
from archivist.search.query import query_plans
from archivist.search.tokenize import needs_check, token_matches, tokenize

PREFIX = b"archivistSearchData("


def parse_script(data: bytes) -> tuple[str, object]:
    """Return (key, data) of one index file's archivistSearchData call."""
    text = data.decode()
    if not text.startswith(PREFIX.decode()) or not text.endswith(");\n"):
        raise ValueError("not a search index script")
    key, payload = json.loads("[" + text[len(PREFIX):-3] + "]")
    return key, payload


class IndexReader:
    """An index loaded from (path, bytes) pairs; records the files it reads."""

    def __init__(self, files: list[tuple[str, bytes]], prefix: str = "search/"):
        self.scripts = {path[len(prefix):-3]: data for path, data in files if path.endswith(".js")}
        self.loaded: list[str] = []
        self.manifest = self.load("manifest")

    def load(self, key: str):
        """Return the data of one index file, noting that it was read."""
        if key not in self.loaded:
            self.loaded.append(key)
        return parse_script(self.scripts[key])[1]

    def shards_for(self, key: str, mode: str) -> list[str]:
        """Return the names of the shards that may hold key (or keys starting with it)."""
        bounds = self.manifest["shards"]
        if not bounds:
            return []
        firsts = [utf16(first) for first, _ in bounds]
        index = bisect_right(firsts, utf16(key)) - 1
        names = [bounds[index][1]]
        for first, name in bounds[index + 1:]:
            if mode != "prefix" or not first.startswith(key):
                break
            names.append(name)
        return names

    def lookup_key(self, key: str, mode: str) -> dict[int, int]:
        """Return document -> value for every stored key matching key."""
        found: dict[int, int] = {}
        for name in self.shards_for(key, mode):
            shard = self.load(name)
            keys = shard["k"]
            start = bisect_left([utf16(k) for k in keys], utf16(key))
            for position in range(start, len(keys)):
                stored = keys[position]
                if (stored != key) if mode == "exact" else not stored.startswith(key):
                    break
                docs, values = decode_docs(shard["d"][position]), decode_values(shard["v"][position])
                for number, value in zip(docs, values):
                    found[number] = found.get(number, 0) | value
        return found

    def lookup_all(self, keys: list[str], mode: str) -> set[int]:
        """Return the documents holding every key (each matched as mode says)."""
        return set.intersection(*(set(self.lookup_key(key, mode)) for key in keys))

    def lookup(self, plan: dict) -> tuple[set[int], str]:
        """Return (documents the index gives for one term's plan, the token they are checked with).

        A word ending in particles also finds its stem, unless the articles holding the
        literal word (estimated: the stem's with the boundary key) are most of the stem's.
        """
        literal = self.lookup_all(plan["keys"], plan["mode"])
        stem = plan.get("stem")
        if stem is None:
            return literal, plan["text"]
        stem_docs = self.lookup_all(stem["keys"], stem["mode"])
        estimate = stem_docs & set(self.lookup_key(stem["boundary"], "exact"))
        if use_stem(len(stem_docs), len(estimate)):
            return stem_docs, stem["text"]
        return literal, plan["text"]

    def doc(self, number: int) -> dict:
        """Return the stored record of document number."""
        return self.load(f"d/{number}")

    def search(self, query: str) -> set[int]:
        """Return the documents matching every term and phrase of query."""
        plans, phrases = query_plans(query)
        if not plans:
            return set()
        looked_up = [(self.lookup(plan), plan["kind"]) for plan in plans]
        found = set.intersection(*(docs for (docs, _), _ in looked_up))
        checked = [token for (_, token), kind in looked_up if kind != "glue"]
        if phrases or any(needs_check(token) for token in checked):
            found = {n for n in found if doc_matches(self.doc(n), checked, phrases)}
        return found


def utf16(text: str) -> bytes:
    """Return the sort key of text in JavaScript's string order."""
    return text.encode("utf-16-be")


def doc_matches(doc: dict, terms: list[str], phrases: list[list[str]]) -> bool:
    """Return True when a stored document matches every term and phrase exactly.

    A document whose stored text was cut cannot be rejected: the match may lie past the cut.
    """
    if doc.get("c"):
        return True
    fields = [tokenize(doc["t"]), tokenize(doc["x"]), tokenize(" ".join(doc["g"])),
              tokenize(" ".join(doc["r"]))]
    tokens = [token for field in fields for token in field]
    if not all(any(token_matches(term, token) for token in tokens) for term in terms):
        return False
    return all(any(has_phrase(field, phrase) for field in fields) for phrase in phrases)


def has_phrase(tokens: list[str], phrase: list[str]) -> bool:
    """Return True when tokens hold phrase as consecutive matching tokens."""
    width = len(phrase)
    return any(all(token_matches(q, t) for q, t in zip(phrase, tokens[start:start + width]))
               for start in range(len(tokens) - width + 1))
