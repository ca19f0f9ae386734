"""What the search index keeps in the build cache between builds.

- Each article's index keys and value bits, computed by the parse workers and
  stored beside its body (`bodies.search`), so an edit re-tokenizes one article.
- Each key shard's keys and posting lists (`search_shards`, by shard name), so
  an edit re-encodes only the shards holding the keys it changed.
- The numbering and the shard list (`state` row "search"): `SearchMeta`.
"""
from __future__ import annotations

import pickle
import sqlite3
from array import array
from dataclasses import dataclass

from archivist.incremental.cache import bodies_column, transaction
from archivist.search.postings import doc_values

Shard = tuple[list[str], dict[str, list[int]]]  # keys in order, key -> posting entries


@dataclass(frozen=True)
class SearchMeta:
    """The index the last build published: documents in number order and its shards."""

    paths: tuple[str, ...]  # article path of each document number
    digests: tuple[str, ...]  # article digest of each document number
    shards: tuple[tuple[str, str, str], ...]  # (first key, last key, name) in key order
    shard_bytes: int
    heads: tuple[tuple[str, str], ...] = ()  # per initial consonant (signature, heads file key): heads.plan_heads


def encode_keys(values: dict[str, int]) -> bytes:
    """Return one document's key -> value bits as bytes (keys in the dict's order: none is needed).

    Not compressed: zlib took a twentieth of a cold build's CPU (compressing and
    decompressing every article's keys) to save 1.8 KB an article in the cache.
    """
    return "\n".join(values).encode() + b"\0" + bytes(values.values())


def decode_pairs(data: bytes) -> tuple[list[str], bytes]:
    """Return the keys and their value bits that encode_keys stored."""
    keys, _, values = data.partition(b"\0")
    return (keys.decode().split("\n"), values) if values else ([], b"")


def decode_keys(data: bytes) -> dict[str, int]:
    """Return the key -> value bits that encode_keys stored."""
    return dict(zip(*decode_pairs(data)))


def search_keys(article, text: str) -> bytes:
    """Return the encoded index keys of a parsed article (title, tags and reporters, body)."""
    return encode_keys(doc_values(article.title, list(article.tags) + list(article.reporters), text))


def pack_shard(keys: list[str], postings: dict[str, list[int]]) -> bytes:
    """Return a shard's keys and posting lists as bytes for the cache."""
    offsets, entries = array("q", [0]), array("q")
    for key in keys:
        entries.extend(postings[key])
        offsets.append(len(entries))
    return pickle.dumps((keys, offsets.tobytes(), entries.tobytes()), protocol=5)


def unpack_shard(data: bytes) -> Shard:
    """Return the (keys, postings) that pack_shard stored."""
    keys, postings = unpack_arrays(data)
    return keys, {key: entries.tolist() for key, entries in postings.items()}


def unpack_arrays(data: bytes) -> tuple[list[str], dict[str, array]]:
    """Return the keys and posting entries that pack_shard stored, each list an array (no int objects: reading is quick)."""
    keys, raw_offsets, raw_entries = pickle.loads(data)
    offsets, entries = array("q"), array("q")
    offsets.frombytes(raw_offsets)
    entries.frombytes(raw_entries)
    return keys, {key: entries[offsets[i]:offsets[i + 1]] for i, key in enumerate(keys)}


class SearchStore:
    """The search tables of a build cache's database."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def meta(self) -> SearchMeta | None:
        """Return what the last build published, or None."""
        row = self.db.execute("SELECT value FROM state WHERE name='search'").fetchone()
        try:
            return pickle.loads(row[0]) if row else None
        except Exception:  # a damaged value: rebuild the index whole
            return None

    def blobs(self, digests: list[str]) -> list[bytes] | None:
        """Return the encoded index keys of each article digest, or None if any is missing."""
        found = bodies_column(self.db, "search", digests)
        if any(digest not in found for digest in digests):
            return None
        return [found[digest] for digest in digests]

    def keys(self, digests: list[str]) -> list[dict[str, int]] | None:
        """Return the index keys of each article digest, or None if any is missing."""
        blobs = self.blobs(digests)
        return None if blobs is None else [decode_keys(blob) for blob in blobs]

    def shard(self, name: str) -> Shard:
        """Return one stored shard."""
        return unpack_shard(self.packed(name))

    def packed(self, name: str) -> bytes:
        """Return one stored shard as pack_shard made it."""
        row = self.db.execute("SELECT value FROM search_shards WHERE name=?", (name,)).fetchone()
        if row is None:
            raise KeyError(name)
        return row[0]

    def save(self, meta: SearchMeta, shards: dict[str, bytes]) -> None:
        """Record the published index: its meta, the new shards; drop shards it no longer has."""
        names = {name for _, _, name in meta.shards}
        with transaction(self.db):
            self.db.execute("INSERT OR REPLACE INTO state VALUES ('search', ?)", (pickle.dumps(meta),))
            self.db.executemany("INSERT OR REPLACE INTO search_shards VALUES (?, ?)", shards.items())
            stored = [name for (name,) in self.db.execute("SELECT name FROM search_shards")]
            self.db.executemany("DELETE FROM search_shards WHERE name=?", [(n,) for n in stored if n not in names])
