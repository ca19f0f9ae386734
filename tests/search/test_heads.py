"""First-syllable heads files: each one-syllable Hangul key's count and first results, as the full index ranks them."""
import random

from archivist.search.heads import HEAD_SIZE, head, key_range
from archivist.search.index import build_search_index
from archivist.search.reader import IndexReader

# search-index.js weight() of a value's bits: title 3, tags or reporters 1.5, body bucket 0/1/1.5/2.
BODY_WEIGHT = (0, 1, 1.5, 2)


def weight(value: int) -> float:
    """Return the ranking weight of one word's value bits, as the engine computes it."""
    return (3 if value & 1 else 0) + (1.5 if value & 2 else 0) + BODY_WEIGHT[(value >> 2) & 3]


def ranked(found: dict[int, int]) -> list[int]:
    """Return [count, best documents…] of a one-word lookup: heavier first, then newer."""
    order = sorted(found, key=lambda n: (weight(found[n]), n), reverse=True)
    return [len(found)] + order[:HEAD_SIZE]


def one_syllable_keys(reader: IndexReader) -> set[str]:
    """Return every one-syllable Hangul key stored in the index's shards."""
    keys = set()
    for _, name in reader.manifest["shards"]:
        keys |= {k for k in reader.load(name)["k"] if len(k) == 2 and k[0] == " " and "가" <= k[1] <= "힣"}
    return keys


def test_every_one_syllable_key_has_its_count_and_first_results_in_its_initials_heads(reader):
    heads = reader.manifest["heads"]
    assert len(heads) == 19 and len(set(filter(None, heads))) > 5  # initials with equal heads share a file
    keys = one_syllable_keys(reader)
    assert len(keys) > 20
    seen = set()
    for initial, name in enumerate(heads):
        low, high = key_range(initial)
        data = reader.load(name) if name else {}
        assert all(low <= key <= high for key in data), name
        for key, entry in data.items():
            assert entry == ranked(reader.lookup_key(key, "exact")), key
        seen |= set(data)
    assert seen == keys


def test_head_orders_by_weight_then_newest_with_equal_weights_tied():
    rng = random.Random(5)
    for _ in range(300):
        numbers = sorted(rng.sample(range(5000), rng.randrange(0, 60)))
        values = {n: rng.randrange(1, 16) for n in numbers}
        assert head([n << 4 | values[n] for n in numbers]) == ranked(values)
    # title (3) and tags with a 2-3 body count (1.5 + 1.5) weigh the same: the newer comes first.
    assert head([1 << 4 | 1, 2 << 4 | 2 | 2 << 2]) == [2, 2, 1]


def test_heads_names_follow_their_shards_only():
    docs = [{"id": str(n), "url": f"{n}.html", "title": f"재판 {n}", "date": "2024-01-01", "year": 2024,
             "reporters": [], "tags": [], "text": "가격 인상" if n % 2 else "나무"} for n in range(40)]
    before = dict(build_search_index(docs, shard_bytes=200))
    docs[3] = {**docs[3], "text": "가격 인상 다시"}  # no one-syllable key of ㅈ changes
    after = dict(build_search_index(docs, shard_bytes=200))
    names = [IndexReader(list(files.items())).manifest["heads"] for files in (before, after)]
    initial = (ord("재") - 0xAC00) // 588
    assert names[0][initial] and names[0][initial] == names[1][initial]
    assert after[f"search/{names[1][initial]}.js"] == before[f"search/{names[0][initial]}.js"]
