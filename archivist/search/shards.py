"""Key shards: content-defined boundaries and the shard file format.

Sorted keys are cut into shards by a rule that looks only at a key and the
key before it: a cut falls before a key whose hash is small compared with its
(rounded) size, and around a key whose posting list is large enough to fill a
shard on its own. So an edit to one article moves only the boundaries next to
the keys it changed, and an incremental build can re-cut just the shards it
touched and still give the same shards as a clean build.
"""
import hashlib
import json
import zlib
from array import array

from archivist.search.postings import VALUE_BITS, encode_docs, encode_values

SHARD_BYTES = 16_000  # expected raw bytes of keys and postings per key shard
MASK = (1 << VALUE_BITS) - 1


def utf16_key(key: str) -> bytes:
    """Return the sort key matching JavaScript's string order (UTF-16 units)."""
    return key.encode("utf-16-be")


def cost(key: str, entries: int) -> int:
    """Return about how many raw bytes a key and its posting list take in a shard."""
    return len(key.encode()) + 2 * entries + 8


def is_big(key: str, entries: int, shard_bytes: int) -> bool:
    """Return True when a key's posting list is large enough to be a shard of its own."""
    return cost(key, entries) * 2 >= shard_bytes


def hash_cut(key: str, entries: int, shard_bytes: int) -> bool:
    """Return True when the key's hash puts a cut before it (probability ~ its rounded size)."""
    rounded = 1 << (cost(key, entries) - 1).bit_length()
    return zlib.crc32(key.encode()) * shard_bytes < rounded << 32


def cut_before(key: str, entries: int, previous: tuple[str, int] | None, shard_bytes: int) -> bool:
    """Return True when a shard starts at key, given the (key, entries) before it."""
    if previous is None:
        return True
    return (is_big(key, entries, shard_bytes) or is_big(*previous, shard_bytes)
            or hash_cut(key, entries, shard_bytes))


def chunk(keys: list[str], postings: dict, shard_bytes: int = SHARD_BYTES) -> list[list[str]]:
    """Return sorted keys cut into shards; the first key always starts one."""
    shards: list[list[str]] = []
    previous = None
    for key in keys:
        entries = len(postings[key])
        if cut_before(key, entries, previous, shard_bytes):
            shards.append([])
        shards[-1].append(key)
        previous = (key, entries)
    return shards


def script(key: str, data) -> bytes:
    """Return a classic script registering data under key."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"archivistSearchData({json.dumps(key)},{payload});\n".encode()


def hashed_file(folder: str, data) -> tuple[str, bytes]:
    """Return (path, bytes) of a script named by a hash of its data."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    key = f"{folder}/{hashlib.sha1(payload.encode()).hexdigest()[:12]}"
    return key + ".js", script(key, data)


def shard_file(keys: list[str], postings: dict) -> tuple[str, bytes]:
    """Return the file of one key shard: keys, gap-coded documents, values."""
    docs = [encode_docs([entry >> VALUE_BITS for entry in postings[key]]) for key in keys]
    values = [encode_values([entry & MASK for entry in postings[key]]) for key in keys]
    return hashed_file("k", {"k": keys, "d": docs, "v": values})


def shortest_bound(last: str, first: str) -> str:
    """Return the shortest prefix of first that sorts after last (a shard boundary)."""
    for length in range(1, len(first)):
        if utf16_key(first[:length]) > utf16_key(last):
            return first[:length]
    return first


def shard_bounds(shards: list[tuple[str, str, str]]) -> list[list[str]]:
    """Return the manifest's [first key bound, shard name] list from (first, last, name) triples."""
    firsts = [""] + [shortest_bound(previous[1], current[0]) for previous, current in zip(shards, shards[1:])]
    return [[first, name] for first, (_, _, name) in zip(firsts, shards)]


def set_entry(entries: array, number: int, value: int) -> None:
    """Set (value > 0), or remove (value 0), the entry of one document in a sorted posting list."""
    low, high = 0, len(entries)
    while low < high:
        middle = (low + high) // 2
        if entries[middle] >> VALUE_BITS < number:
            low = middle + 1
        else:
            high = middle
    present = low < len(entries) and entries[low] >> VALUE_BITS == number
    if value and present:
        entries[low] = number << VALUE_BITS | value
    elif value:
        entries.insert(low, number << VALUE_BITS | value)
    elif present:
        del entries[low]
