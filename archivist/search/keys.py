"""Fast per-text index keys: the same keys as tokenize + index_keys, found by regex.

The index build spends its time here, so the keys of a whole text are found
by a few C-level regex scans instead of a Python loop over tokens. Tests check
that `text_keys` equals the token-by-token definition in tokenize.py.
"""
from collections import Counter

import re

from archivist.search.tokenize import (
    DENSE_CLASS, DENSE_KEY_LEN, WORD_CLASS, WORD_KEY_LEN, fold_text,
)

# The substring of up to DENSE_KEY_LEN dense characters at every position
# that has at least two dense characters from there on.
_DENSE_KEY = re.compile(f"(?=([{DENSE_CLASS}]{{2,{DENSE_KEY_LEN}}}))")
_DENSE_FIRST = re.compile(f"(?<![{DENSE_CLASS}])[{DENSE_CLASS}]")
_WORD = re.compile(f"([{WORD_CLASS}]{{1,{WORD_KEY_LEN}}})[{WORD_CLASS}]*")


def text_keys(text: str) -> Counter:
    """Return key -> occurrences for one text."""
    folded = fold_text(text)
    counts = Counter(_DENSE_KEY.findall(folded))
    counts.update(_DENSE_FIRST.findall(folded))
    counts.update(_WORD.findall(folded))
    return counts
