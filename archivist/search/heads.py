"""First-syllable heads: the count and the first results of every one-syllable Hangul key.

A word's first syllable (`재`) is looked up as the key ` 재`, whose posting list is among the
longest of the index (every word beginning with it), so the key typed then waited for a shard
of 15 KB that nothing had loaded yet. The heads file of an initial consonant (`ㅈ`: the keys
` 자` to ` 짛`), loaded when that consonant begins a query, holds for each such key its
document count and its HEAD_SIZE best documents in the order search-rank.js gives one word's
matches, so the syllable is answered without its shard (templates/static/search-engine.js).

Heads files are named by their content. A build remembers which shards each was made from (its
signature), so one whose shards did not change is kept without reading a posting list, and a
clean build and an incremental one give the same files.
"""
import hashlib
import sys
from array import array
from collections.abc import Callable, Iterable

from archivist.search.shards import hashed_file, utf16_key
from archivist.search.tokenize import ONE_CHAR

Reader = Callable[[str], tuple[list[str], dict]]  # a shard's name -> its keys and posting lists
HEAD_SIZE = 10  # the search page's first page of results
FIRST_SYLLABLE = 0xAC00
PER_INITIAL = 588  # syllables sharing an initial consonant (21 vowels x 28 finals)
INITIALS = 19
# A one-word query ranks by the weight of its value bits (search-index.js weight(): title 3,
# tags or reporters 1.5, body count bucket 0/1/1.5/2), then newest first. The value bits'
# weights in units of 0.5, so that equal weights compare equal.
BODY_HALVES = (0, 2, 3, 4)
WEIGHT = tuple((6 if v & 1 else 0) + (3 if v & 2 else 0) + BODY_HALVES[v >> 2] for v in range(16))
# A posting entry's low byte is (number & 15) << 4 | value: its weight from that byte alone.
BYTE_WEIGHT = bytes(WEIGHT[b & 15] for b in range(256))


def key_range(initial: int) -> tuple[str, str]:
    """Return the first and last one-syllable keys of an initial consonant (0 = ㄱ … 18 = ㅎ)."""
    first = FIRST_SYLLABLE + initial * PER_INITIAL
    return ONE_CHAR + chr(first), ONE_CHAR + chr(first + PER_INITIAL - 1)


def covering(shards: list[tuple[str, str, str]], initial: int) -> list[str]:
    """Return the names of the shards, given as (first, last, name) in key order, holding keys of an initial."""
    low, high = map(utf16_key, key_range(initial))
    return [name for first, last, name in shards if utf16_key(first) <= high and utf16_key(last) >= low]


def signature(initial: int, names: list[str]) -> str:
    """Return what an initial's heads file is made from: the initial and the names of its shards."""
    return hashlib.sha1("\n".join([f"heads {HEAD_SIZE} {initial}", *names]).encode()).hexdigest()


def head(entries: Iterable[int]) -> list[int]:
    """Return [count, best document numbers…] of one posting list (entries number << 4 | value, ascending)."""
    packed = entries if isinstance(entries, array) else array("q", entries)
    raw = packed.tobytes()
    # Each entry's low byte, where the value bits are: the first byte of each entry in little-endian order.
    low = raw[::packed.itemsize] if sys.byteorder == "little" else raw[packed.itemsize - 1::packed.itemsize]
    weights = low.translate(BYTE_WEIGHT)
    best: list[int] = []
    for weight in sorted(set(weights), reverse=True):
        end = len(weights)
        while len(best) < HEAD_SIZE and (end := weights.rfind(weight, 0, end)) >= 0:
            best.append(packed[end] >> 4)
        if len(best) == HEAD_SIZE:
            break
    return [len(packed)] + best


def heads_file(initial: int, names: list[str], read: Reader) -> tuple[str, bytes]:
    """Return (index key, bytes) of an initial's heads file: key -> [count, best documents…] for its keys in these shards."""
    low, high = key_range(initial)
    data = {}
    for name in names:
        keys, postings = read(name)
        data.update((key, head(postings[key])) for key in keys if low <= key <= high)
    path, data = hashed_file("h", data)
    return path[:-3], data


def plan_heads(shards: list[tuple[str, str, str]], read: Reader, known: dict[str, str]) -> tuple[tuple, dict]:
    """Return per initial consonant (signature, heads file key), ("", "") where it has no shard, and new files.

    known maps the signatures of the last build to their files: an initial whose shards
    are the same again keeps its file without reading them. Files are named by their
    content, so an edit rewrites only the heads files whose counts or first results it changed.
    """
    entries, files = [], {}
    for initial in range(INITIALS):
        names = covering(shards, initial)
        mark = signature(initial, names) if names else ""
        key = known.get(mark, "") if names else ""
        if names and not key:
            key, files[key] = heads_file(initial, names, read)
        entries.append((mark, key))
    return tuple(entries), files
