"""Fast per-text index keys: the same keys as tokenize + index_keys, found by regex.

The index build spends its time here, so the keys of a whole text are found
by two C-level regex scans instead of a Python loop over tokens. Tests check
that `text_keys` equals the token-by-token definition in tokenize.py.
"""
import re
from collections import Counter

from archivist.search.tokenize import (
    DENSE_CLASS, DENSE_KEY_LEN, WORD_CLASS, WORD_KEY_LEN, fold_text,
)

# The substring of up to DENSE_KEY_LEN dense characters at every position
# that has at least two dense characters from there on.
_DENSE_KEY = re.compile(f"(?=([{DENSE_CLASS}]{{2,{DENSE_KEY_LEN}}}))")
# The first dense character of a dense run, or a word run's first WORD_KEY_LEN
# characters (only at its start, so a long word yields one key).
_FIRST_OR_WORD = re.compile(f"(?<![{DENSE_CLASS}])[{DENSE_CLASS}]"
                            f"|(?<![{WORD_CLASS}])[{WORD_CLASS}]{{1,{WORD_KEY_LEN}}}")


def text_keys(text: str) -> Counter:
    """Return key -> occurrences for one text."""
    folded = fold_text(text)
    counts = Counter(_DENSE_KEY.findall(folded))
    counts.update(_FIRST_OR_WORD.findall(folded))
    return counts
