"""Fast per-text index keys: the same keys as tokenize + index_keys, found by regex.

The index build spends its time here, so the keys of a whole text are found
by two C-level regex scans instead of a Python loop over tokens. Tests check
that `text_keys` equals the token-by-token definition in tokenize.py.
"""
import re
from collections import Counter

from archivist.search.tokenize import (
    DENSE_CLASS, DENSE_KEY_LEN, ONE_CHAR, WORD_CLASS, WORD_KEY_LEN, fold_text,
)

# The substring of up to DENSE_KEY_LEN dense characters at every position
# that has at least two dense characters from there on.
_DENSE_KEY = re.compile(f"(?=([{DENSE_CLASS}]{{2,{DENSE_KEY_LEN}}}))")
# At the start of each run, the first dense character of a dense run or a word
# run's first WORD_KEY_LEN characters (so a long word yields one key); the
# run itself is consumed, so the scan tests no lookbehind at every character.
_FIRST_OR_WORD = re.compile(f"(?=([{DENSE_CLASS}]|[{WORD_CLASS}]{{1,{WORD_KEY_LEN}}}))"
                            f"(?:[{DENSE_CLASS}]+|[{WORD_CLASS}]+)")


def text_keys(text: str) -> Counter:
    """Return key -> occurrences for one text."""
    folded = fold_text(text)
    counts = Counter(_DENSE_KEY.findall(folded) + _FIRST_OR_WORD.findall(folded))
    # Renamed per distinct key, not per occurrence: the scan above stays in C.
    for key in [key for key in counts if len(key) == 1]:
        counts[ONE_CHAR + key] = counts.pop(key)
    return counts
