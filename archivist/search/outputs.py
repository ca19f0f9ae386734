"""The search index as outputs of a site build, rebuilt only where an edit touched it.

Documents are the published articles, oldest first. Each article's keys come
from the parse workers (stored in the cache by digest). When the numbering is
the one the last build published, or that plus newer articles, only the
changed documents' keys are diffed and applied to the shards holding them
(`update_shards`); any other change (a delete, a date change) renumbers and
the shards are rebuilt from the cached keys. Shard boundaries are a local
function of the keys (shards.py), so both ways give the same bytes.
"""
from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from archivist.incremental.cache import ReadAhead, bodies_column
from archivist.search.index import (
    FORMAT_VERSION, card_file, doc_file, facet_file, filter_lists, filters_file,
    manifest_file, merge_postings, year_ranges,
)
from archivist.search.heads import Reader, covering, heads_file, plan_heads
from archivist.search.shards import SHARD_BYTES, chunk, set_entry, shard_bounds, shard_file, utf16_key
from archivist.search.store import SearchMeta, SearchStore, decode_keys, decode_pairs, pack_shard, unpack_arrays
from archivist.search.tokenize import normalize

PREFIX = "search/"
Changes = dict[int, tuple[dict[str, int], dict[str, int]]]  # number -> (old values, new values)


@dataclass(frozen=True)
class IndexUpdate:
    """The shards after this build: the meta to save, new shard files and their cache rows."""

    meta: SearchMeta
    files: dict[str, bytes]  # shard or heads file key -> file bytes, for those (re)made this build
    packed: dict[str, bytes]  # shard name -> cache row


@dataclass(frozen=True)
class IndexPatch:
    """The index files some shape-keeping edits change, the files they drop, and how to save the new index."""

    files: dict[str, tuple[str, bytes]]  # path -> (key, bytes)
    dropped: set[str]
    save: Callable[[], None]


def record(article, text: str) -> dict:
    """Return the search document of a published article; text is its body's plain text as parsed (load.py).

    That text has its whitespace collapsed already (markup.plain_text), and NFC
    neither makes nor removes whitespace, so it is only normalized here.
    """
    return {
        "url": normalize(article.path + "index.html"), "title": normalize(article.title),
        "date": f"{article.date:%Y-%m-%d}", "year": int(article.path[:4]),
        "reporters": [normalize(name) for name in article.reporters],
        "tags": [normalize(tag) for tag in article.tags],
        "text": normalize(text), "lang": article.lang,
    }


def encode_run(keys: list[str], postings: dict, shard_bytes: int,
               unchanged: dict | None = None) -> tuple[list, dict, dict]:
    """Return (first, last, name) triples, files and cache rows of sorted keys cut into shards.

    unchanged maps the keys of shards whose postings did not change to their triple:
    such a shard, cut the same again, is not encoded again.
    """
    triples, files, packed = [], {}, {}
    for part in chunk(keys, postings, shard_bytes):
        same = (unchanged or {}).get(tuple(part))
        if same is not None:
            triples.append(same)
            continue
        path, data = shard_file(part, postings)
        name = path[:-3]
        triples.append((part[0], part[-1], name))
        files[name] = data
        packed[name] = pack_shard(part, postings)
    return triples, files, packed


def stored_postings(store: SearchStore, digests: tuple) -> dict[str, array]:
    """Return key -> posting entries of the documents, read from the cache a batch at a time."""
    postings: dict[str, array] = defaultdict(lambda: array("q"))
    for start in range(0, len(digests), 500):
        blobs = store.blobs(list(digests[start:start + 500]))
        if blobs is None:
            raise KeyError("search keys missing from the build cache")
        merge_postings((zip(*decode_pairs(blob)) for blob in blobs), start, postings)
    return postings


def full_update(store: SearchStore, paths: tuple, digests: tuple, shard_bytes: int) -> IndexUpdate:
    """Return the index of these documents built from their cached keys."""
    postings = stored_postings(store, digests)
    triples, files, packed = encode_run(sorted(postings, key=utf16_key), postings, shard_bytes)
    return IndexUpdate(SearchMeta(paths, digests, tuple(triples), shard_bytes), files, packed)


def touched_shards(meta: SearchMeta, changes: Changes) -> dict[int, dict[str, dict[int, int]]]:
    """Return shard index -> key -> {number: new value} for every key whose value changed."""
    firsts = [utf16_key(first) for first, _, _ in meta.shards]
    touched: dict[int, dict[str, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
    for number, (old, new) in changes.items():
        for key in old.keys() | new.keys():
            value = new.get(key, 0)
            if old.get(key, 0) != value:
                touched[max(0, bisect_right(firsts, utf16_key(key)) - 1)][key][number] = value
    return touched


def runs_around(touched: dict[int, dict], shards: list) -> list[list[int]]:
    """Return the touched shards, with the neighbours whose boundary may move, as runs of consecutive indexes.

    The cut before a shard depends on its first key and the key before it: the
    shard before is needed only when a shard's first changed key is its first key
    (or sorts before it), the shard after only when its last changed key is its
    last key (or sorts after it, a new key at its end).
    """
    region = set()
    for index, changed in touched.items():
        first, last, _ = shards[index]
        order = sorted(map(utf16_key, changed))
        region.add(index)
        if index > 0 and order[0] <= utf16_key(first):
            region.add(index - 1)
        if index + 1 < len(shards) and order[-1] >= utf16_key(last):
            region.add(index + 1)
    runs: list[list[int]] = []
    for index in sorted(region):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def update_shards(store: SearchStore, meta: SearchMeta, changes: Changes) -> tuple[tuple, dict, dict]:
    """Return (triples, files, rows) after applying changes to the shards holding their keys.

    A run of touched shards is re-cut together with the neighbours whose first
    cut may move (runs_around): a boundary depends only on a key and the one
    before it, so the cuts at the run's ends stay where a clean build puts them.
    """
    touched = touched_shards(meta, changes)
    shards = list(meta.shards)
    files, packed = {}, {}
    for run in reversed(runs_around(touched, shards)):
        keys, postings, unchanged = [], {}, {}
        for index in run:
            stored_keys, stored = store.shard(shards[index][2])
            keys += stored_keys
            postings.update(stored)
            if index not in touched:
                unchanged[tuple(stored_keys)] = shards[index]
        for index in run:
            for key, updates in touched.get(index, {}).items():
                if key not in postings:
                    postings[key] = []
                    keys.append(key)
                for number, value in sorted(updates.items()):
                    set_entry(postings[key], number, value)
        keys = sorted((key for key in keys if postings[key]), key=utf16_key)
        triples, new_files, new_packed = encode_run(keys, postings, meta.shard_bytes, unchanged)
        shards[run[0]:run[-1] + 1] = triples
        files.update(new_files)
        packed.update(new_packed)
    return tuple(shards), files, packed


def index_update(store: SearchStore, paths: tuple, digests: tuple, shard_bytes: int = SHARD_BYTES) -> IndexUpdate:
    """Return the index of these documents, updated from the last build's where the numbering allows."""
    meta = store.meta()
    return with_heads(store, key_update(store, meta, paths, digests, shard_bytes), meta)


def key_update(store: SearchStore, meta: SearchMeta | None, paths: tuple, digests: tuple,
               shard_bytes: int) -> IndexUpdate:
    """Return the key shards of these documents, updated from the last build's (meta) where the numbering allows."""
    if (meta is not None and meta.shards and meta.shard_bytes == shard_bytes
            and paths[:len(meta.paths)] == meta.paths):
        old_count = len(meta.paths)
        changed = [n for n in range(len(paths)) if n >= old_count or digests[n] != meta.digests[n]]
        old = store.keys([meta.digests[n] for n in changed if n < old_count])
        new = store.keys([digests[n] for n in changed])
        if old is not None and new is not None:
            changes = {n: (old[i] if n < old_count else {}, new[i]) for i, n in enumerate(changed)}
            shards, files, packed = update_shards(store, meta, changes)
            return IndexUpdate(SearchMeta(paths, digests, shards, shard_bytes), files, packed)
    return full_update(store, paths, digests, shard_bytes)


def shard_producer(store: SearchStore, update: IndexUpdate, name: str) -> Callable[[], bytes]:
    """Return a function giving a shard file's bytes (kept from this build, else from the cache)."""
    if name in update.files:
        data = update.files[name]
        return lambda: data
    return lambda: shard_file(*store.shard(name))[1]


def doc_key(digest: str) -> str:
    """Return the plan key of a d/<n>.js file (its number is in its path)."""
    return f"search-d{FORMAT_VERSION}:{digest}"


def manifest_bytes(meta: SearchMeta) -> bytes:
    """Return manifest.js for a meta."""
    years = year_ranges([int(path[:4]) for path in meta.paths])
    return manifest_file(len(meta.paths), shard_bounds(list(meta.shards)), years, [key for _, key in meta.heads])[1]


def shard_reader(store: SearchStore, update: IndexUpdate) -> Reader:
    """Return a function giving a shard's keys and postings as arrays (made this build, else from the cache)."""
    return lambda name: unpack_arrays(update.packed[name] if name in update.packed else store.packed(name))


def with_heads(store: SearchStore, update: IndexUpdate, last: SearchMeta | None) -> IndexUpdate:
    """Return update with the heads files of its shards: the last build's where their shards are the same."""
    known = dict(entry for entry in getattr(last, "heads", ()) if entry[0])
    heads, files = plan_heads(list(update.meta.shards), shard_reader(store, update), known)
    return IndexUpdate(replace(update.meta, heads=heads), {**update.files, **files}, update.packed)


def heads_producer(store: SearchStore, update: IndexUpdate, initial: int, key: str) -> Callable[[], bytes]:
    """Return a function giving a heads file's bytes (made this build, else made again from its shards)."""
    if key in update.files:
        data = update.files[key]
        return lambda: data
    return lambda: heads_file(initial, covering(list(update.meta.shards), initial), shard_reader(store, update))[1]


def core_files(store: SearchStore, update: IndexUpdate) -> list[tuple[str, str, Callable[[], bytes]]]:
    """Return (path, key, producer) of the key shards, the heads files and the manifest."""
    files = [(f"{PREFIX}{name}.js", name, shard_producer(store, update, name)) for _, _, name in update.meta.shards]
    first = {key: initial for initial, (_, key) in reversed(list(enumerate(update.meta.heads))) if key}
    files += [(f"{PREFIX}{key}.js", key, heads_producer(store, update, initial, key)) for key, initial in first.items()]
    manifest = manifest_bytes(update.meta)
    files.append((f"{PREFIX}manifest.js", "manifest:" + hash_text(manifest), lambda: manifest))
    return files


def facet_files(site, number: dict[str, int]) -> list[tuple[str, str, Callable[[], bytes]]]:
    """Return (path, key, producer) of filters.js and each tag's and reporter's document list."""
    facets = {}
    for kind, groups in (("tag", site.tags), ("reporter", site.reporters)):
        for facet in groups:
            facets[(kind, facet.name)] = facet_file(sorted(number[a.path] for a in facet.articles))
    # Facets with the same documents share one file.
    unique = dict(file for file, _ in facets.values())
    files = [(PREFIX + path, path, lambda d=data: d) for path, data in unique.items()]
    _, data = filters_file(filter_lists(facets))
    files.append((f"{PREFIX}filters.js", f"filters:{hash_text(data)}", lambda: data))
    return files


def hash_text(data: bytes) -> str:
    """Return a short hash of bytes, for a plan key."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def card_file_of(n: int, article) -> tuple[str, str, Callable[[], bytes]]:
    """Return (path, key, producer) of one c/<n>.js file; its key is the card it shows."""
    key = f"search-c{FORMAT_VERSION}:" + hash_text(article.card.encode())
    return f"{PREFIX}c/{n}.js", key, lambda: card_file(n, record(article, ""))[1]


def document_files(store: SearchStore, order) -> list[tuple[str, str, Callable[[], bytes]]]:
    """Return (path, key, producer) of every d/<n>.js and c/<n>.js file."""
    # Produced in order (cold builds make them all): their texts are read a few dozen at a time.
    text = ReadAhead(lambda digests: bodies_column(store.db, "text", digests), [a.digest for a in order])
    files = [(f"{PREFIX}d/{n}.js", doc_key(a.digest), lambda n=n, a=a: doc_file(n, record(a, text(a.digest)))[1])
             for n, a in enumerate(order)]
    return files + [card_file_of(n, a) for n, a in enumerate(order)]


def site_files(site, store: SearchStore) -> tuple[list[tuple[str, str, Callable[[], bytes]]], IndexUpdate]:
    """Return (path, key, producer) of every index file of the site, and the update to save."""
    order = site.articles[::-1]
    paths = tuple(a.path for a in order)
    update = index_update(store, paths, tuple(a.digest for a in order), SHARD_BYTES)
    number = {path: n for n, path in enumerate(paths)}
    return core_files(store, update) + facet_files(site, number) + document_files(store, order), update


def quick_index(store: SearchStore, edits: list, order) -> IndexPatch | None:
    """Return the index files edits change, the paths they drop, and a saver.

    edits are (old digest, new parse) of articles that keep their place (path, date,
    tags, reporters); order is the patched site's articles oldest first, or empty
    when only bodies changed (then no c/ file changes). None when the last build's
    index does not hold every edited article as it was.
    """
    meta = store.meta()
    if meta is None or not meta.shards:
        return None
    number = {path: n for n, path in enumerate(meta.paths)}
    changes, digests, docs = {}, list(meta.digests), {}
    for old_digest, parsed in edits:
        n = number.get(parsed.article.path)
        old = store.keys([old_digest])
        if n is None or meta.digests[n] != old_digest or old is None:
            return None
        changes[n] = (old[0], decode_keys(parsed.search))
        digests[n] = parsed.article.digest
        docs[f"{PREFIX}d/{n}.js"] = (doc_key(parsed.article.digest), doc_file(n, record(parsed.article, parsed.text))[1])
        if order:
            if len(order) != len(meta.paths) or order[n].path != parsed.article.path:
                return None
            path, key, produce = card_file_of(n, order[n])
            docs[path] = (key, produce())
    shards, files, packed = update_shards(store, meta, changes)
    update = IndexUpdate(SearchMeta(meta.paths, tuple(digests), shards, meta.shard_bytes), files, packed)
    update = with_heads(store, update, meta)
    kept = meta_names(meta)
    put = {path: (key, produce()) for path, key, produce in core_files(store, update) if key not in kept}
    put.update(docs)
    dropped = {f"{PREFIX}{name}.js" for name in kept - meta_names(update.meta)}
    return IndexPatch(put, dropped, lambda: store.save(update.meta, update.packed))


def meta_names(meta: SearchMeta) -> set[str]:
    """Return the names of a meta's shards and heads files."""
    return {name for _, _, name in meta.shards} | {key for _, key in meta.heads if key}


def search_page(site, base: str):
    """Return the plan of the search page (search/index.html)."""
    from archivist import i18n
    from archivist.pages import PageSpec, key_of
    from archivist.render import PageContext

    lang = site.config.language
    page = PageContext(site, "search/", lang, i18n.text(lang, "search"), site.config.description, "search")
    return PageSpec("search/index.html", key_of(base, "search"), "search.html", lambda: (page, {}))
