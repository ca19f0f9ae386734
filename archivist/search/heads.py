"""First-syllable heads: the count and the first results of every one-syllable Hangul key.

A word's first syllable (`재`) is looked up as the key ` 재`, whose posting list is among the
longest of the index (every word beginning with it), so the key typed then waited for a shard
of 15 KB that nothing had loaded yet. The heads file of an initial consonant (`ㅈ`: the keys
` 자` to ` 짛`), loaded when that consonant begins a query, holds for each such key its
document count and its HEAD_SIZE best documents in the order search-rank.js gives one word's
matches, so the syllable is answered without its shard (templates/static/search-engine.js).

A heads file is named by a hash of the names of the key shards its keys lie in, and those are
named by their content: the name changes whenever its content may, and a clean build and an
incremental one name (and fill) it alike without reading a posting list to name it.
"""
import hashlib
import sys
from array import array
from collections.abc import Callable, Iterable

from archivist.search.shards import script, utf16_key
from archivist.search.tokenize import ONE_CHAR

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


def heads_name(initial: int, names: list[str]) -> str:
    """Return the index key (h/<hash>) of an initial's heads file made from these shards."""
    return "h/" + hashlib.sha1("\n".join([str(initial), *names]).encode()).hexdigest()[:12]


def head(entries: Iterable[int]) -> list[int]:
    """Return [count, best document numbers…] of one posting list (entries number << 4 | value, ascending)."""
    packed = array("I", entries)
    if sys.byteorder != "little":
        packed.byteswap()
    weights = packed.tobytes()[::4].translate(BYTE_WEIGHT)
    best: list[int] = []
    for weight in sorted(set(weights), reverse=True):
        end = len(weights)
        while len(best) < HEAD_SIZE and (end := weights.rfind(weight, 0, end)) >= 0:
            best.append(packed[end] >> 4)
        if len(best) == HEAD_SIZE:
            break
    return [len(packed)] + best


def heads_files(shards: list[tuple[str, str, str]], read: Callable[[str], tuple[list[str], dict]],
                ) -> list[tuple[str, Callable[[], bytes]]]:
    """Return (index key, producer of its bytes) of each initial's heads file; read gives a shard's keys and postings."""
    files = []
    for initial in range(INITIALS):
        names = covering(shards, initial)
        if names:
            produce = lambda initial=initial, names=names: heads_bytes(initial, names, read)  # noqa: E731
            files.append((heads_name(initial, names), produce))
    return files


def heads_bytes(initial: int, names: list[str], read: Callable[[str], tuple[list[str], dict]]) -> bytes:
    """Return the heads file of an initial: key -> [count, best documents…] for its keys in these shards."""
    low, high = key_range(initial)
    data = {}
    for name in names:
        keys, postings = read(name)
        data.update((key, head(postings[key])) for key in keys if low <= key <= high)
    return script(heads_name(initial, names), data)


def manifest_heads(shards: list[tuple[str, str, str]]) -> list[str]:
    """Return the manifest's heads list: per initial consonant its heads file's key, or "" when it has none."""
    return [heads_name(initial, names) if (names := covering(shards, initial)) else "" for initial in range(INITIALS)]
