"""Fast per-text index keys: the same keys as tokenize + index_keys, token by token, remembered.

The index build spends its time here. A text is cut at whitespace by
str.split (no token spans whitespace, so the tokens of the text are the tokens
of its pieces, in order); each distinct piece's keys are worked out once (the
regex scan, `index_keys` and the glued number keys of glue.py) and remembered, since an archive's vocabulary
repeats from article to article; the keys of every piece are then counted in C.
Tests check that `text_keys` equals the token-by-token definition in tokenize.py.
"""
from collections import Counter
from itertools import chain

from archivist.search.glue import glue_keys, without_addresses
from archivist.search.tokenize import TOKEN_RE, fold_text, index_keys

KNOWN_PIECES = 100_000  # pieces remembered before the memory starts again (some 20 MB)


class PieceKeys(dict):
    """Whitespace-free piece of folded text -> the index keys of its tokens (a tuple), worked out on first sight."""

    def __missing__(self, piece: str) -> tuple[str, ...]:
        """Return and remember the keys of a piece not seen yet."""
        if len(self) >= KNOWN_PIECES:
            self.clear()
        tokens = chain.from_iterable(map(index_keys, TOKEN_RE.findall(piece)))
        keys = self[piece] = (*tokens, *glue_keys(piece))
        return keys


_KEYS_OF = PieceKeys()


def text_keys(text: str) -> Counter:
    """Return key -> occurrences for one text."""
    return Counter(chain.from_iterable(map(_KEYS_OF.__getitem__, fold_text(without_addresses(text)).split())))
