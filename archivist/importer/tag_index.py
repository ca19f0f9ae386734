"""The archive's tags, indexed by their first two letters, to find those a page holds without trying each.

A folder import asks, for every page, which of the archive's tags occur in it; the archive gains
tags with every article written, so trying each tag on each page grows with both. The index is
looked up with the page's words instead: a tag ending in a Latin letter or digit must start a word
(`AI` is not in `Spain`), so only the first two letters of each word are looked up for it; a tag
ending in Hangul may carry a particle or close a compound (`자산` in `가상자산에`), so every pair of
letters inside the page's words is. A tag whose first two characters are not both letters or
digits (`C#`, `K-팝`) is tried on every page, as before.
"""

from __future__ import annotations

import re
from collections import Counter

_RUN = re.compile(r"[^\W_]+")      # a word: a run of letters and digits of any script
_WORD_CHAR = re.compile(r"[^\W_]")  # a letter or digit of any script: no word starts after it
_LATIN_OR_DIGIT = re.compile(r"[a-z0-9]")  # a Latin tag may be followed by Hangul (a particle)
_HANGUL = re.compile("[\uac00-\ud7a3]")
# Inside a word: a letter or digit that is not Hangul, then one that is neither a Latin letter nor a digit.
_BOUNDARY = re.compile("(?<=[^\\W_\uac00-\ud7a3])(?=[^\\W_a-z0-9])")


def ends_in_hangul(tag: str) -> bool:
    """Return True for a tag whose last letter is Hangul (it may be followed by a particle)."""
    return "\uac00" <= tag[-1] <= "\ud7a3"


class TagIndex(Counter):
    """Tag → how many articles use it (a Counter), with an index by the tag's first two letters."""

    def __init__(self, *args, **kwargs):
        # (tag, lower-cased): tags that must start a word (with whether the tag is one word of letters and
        # digits) and tags ending in Hangul (found anywhere in a word), by their first two letters; tags not
        # starting with two letters or digits
        self.starts: dict[str, list[tuple[str, str, bool]]] = {}
        self.inside: dict[str, list[tuple[str, str]]] = {}
        self.loose: list[tuple[str, str]] = []
        self.order: dict[str, int] = {}         # each tag's place, so ties keep the Counter's order
        super().__init__()
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs) -> None:
        """Add counts (from tags or a mapping) tag by tag, so every new tag is indexed."""
        for tag, count in Counter(*args, **kwargs).items():
            self[tag] = self.get(tag, 0) + count

    def __setitem__(self, tag, count) -> None:
        """Count a tag, indexing it the first time it is seen."""
        if tag not in self:
            self._index(tag)
        super().__setitem__(tag, count)

    def __reduce__(self):
        """Pickle as the plain counts (the index is rebuilt from them)."""
        return type(self), (dict(self),)

    def _index(self, tag) -> None:
        """File a new tag under its first two letters (tags shorter than two letters are never found)."""
        self.order[tag] = len(self.order)
        low = str(tag).lower()
        if len(low) < 2:
            return
        key = low[:2]
        if not _RUN.fullmatch(key):
            self.loose.append((tag, low))
        elif ends_in_hangul(low):
            self.inside.setdefault(key, []).append((tag, low))
        else:
            self.starts.setdefault(key, []).append((tag, low, _RUN.fullmatch(low) is not None))

    def found_in(self, text: str) -> list[str]:
        """Return the tags that occur in the text, most used first (ties in the order they were added)."""
        lowered = text.lower()
        words = words_of(lowered)
        starts = {word[:2] for word in words}
        found = [tag for tag, low in self.loose if occurs(low, lowered)]
        if self.starts:
            heads = _heads(words)
            for key in starts & self.starts.keys():
                found.extend(tag for tag, low, word in self.starts[key]
                             if (low in words or low in heads if word else occurs(low, lowered)))
        if self.inside and _HANGUL.search(lowered):
            pairs = {word[i:i + 2] for word in words if not word.isascii() and _HANGUL.search(word)
                     for i in range(len(word) - 1)}
            for key in (pairs | starts) & self.inside.keys():
                found.extend(tag for tag, low in self.inside[key] if low in lowered)
        return sorted((tag for tag in found if tag in self), key=lambda tag: (-self[tag], self.order[tag]))


def words_of(text: str) -> set[str]:
    """Return the text's words, the runs of letters and digits (`_RUN`): the pieces between spaces that are one
    word already taken as they are (str.isalnum() is `_RUN`'s own test), the pattern run only over the others."""
    pieces = set(text.split())
    words = {piece for piece in pieces if piece.isalnum()}
    words.update(_RUN.findall(" ".join([piece for piece in pieces if not piece.isalnum()])))
    return words


def _heads(words: set[str]) -> set[str]:
    """Return the beginnings of lower-cased words that a particle or another script follows (`ai` of `ai는`,
    `2024` of `2024년`).

    A tag not ending in Hangul occurs where it is a whole word or one of these (then no Latin letter
    or digit follows it). An ASCII word has none (its letters are all a-z or digits): only the others are searched."""
    joined = " ".join([word for word in words if not word.isascii()])
    return {joined[joined.rfind(" ", 0, at.start()) + 1:at.start()] for at in _BOUNDARY.finditer(joined)}


def occurs(tag: str, lowered: str) -> bool:
    """Return True when the tag occurs in the text, as a whole word unless it ends in Hangul."""
    if ends_in_hangul(tag):
        return tag in lowered
    at = lowered.find(tag)
    while at >= 0:
        before, after = lowered[at - 1:at] if at else "", lowered[at + len(tag):at + len(tag) + 1]
        if not _WORD_CHAR.match(before) and not _LATIN_OR_DIGIT.match(after):
            return True
        at = lowered.find(tag, at + 1)
    return False
