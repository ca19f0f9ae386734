"""Related articles: most shared tags first, then nearest in time.

Each tag is a bitmask over the articles (bit i = the i-th article by date).
Adding an article's tag masks in a bit-sliced counter gives, for every other
article at once, how many tags it shares; the best are then taken level by
level, nearest in time first. This stays fast at 100,000 articles.
"""

from __future__ import annotations

from collections.abc import Sequence


def count_planes(masks: Sequence[int]) -> list[int]:
    """Return bit planes of the per-article count of masks set (a bit-sliced adder)."""
    planes: list[int] = []
    for mask in masks:
        carry = mask
        for level, plane in enumerate(planes):
            planes[level], carry = plane ^ carry, plane & carry
            if not carry:
                break
        if carry:
            planes.append(carry)
    return planes


def with_count(planes: list[int], count: int, everyone: int) -> int:
    """Return the mask of articles whose shared-tag count equals count."""
    mask = everyone
    for level, plane in enumerate(planes):
        mask &= plane if count >> level & 1 else ~plane
    return mask if count < 1 << len(planes) else 0


def nearest_bits(mask: int, position: int, limit: int) -> list[int]:
    """Return up to limit set bits of mask, nearest to position first (earlier first on ties)."""
    below = mask & ((1 << position) - 1)
    above = mask >> (position + 1)
    found: list[int] = []
    while len(found) < limit and (below or above):
        low = below.bit_length() - 1 if below else None
        high = position + 1 + ((above & -above).bit_length() - 1) if above else None
        if high is None or (low is not None and position - low <= high - position):
            found.append(low)
            below &= ~(1 << low)
        else:
            found.append(high)
            above &= above - 1
    return found


def related_indexes(tag_lists: Sequence[Sequence[str]], limit: int) -> list[list[int]]:
    """Return, for each article (given as its tag keys in date order), its related article indexes."""
    masks: dict[str, int] = {}
    for index, tags in enumerate(tag_lists):
        for tag in tags:
            masks[tag] = masks.get(tag, 0) | 1 << index
    everyone = (1 << len(tag_lists)) - 1
    result = []
    for index, tags in enumerate(tag_lists):
        planes = count_planes([masks[tag] for tag in tags])
        chosen: list[int] = []
        for count in range(len(tags), 0, -1):
            if len(chosen) >= limit:
                break
            candidates = with_count(planes, count, everyone) & ~(1 << index)
            chosen.extend(nearest_bits(candidates, index, limit - len(chosen)))
        result.append(chosen)
    return result
