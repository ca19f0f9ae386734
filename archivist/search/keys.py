"""Fast per-text index keys: the same keys as tokenize + index_keys, token by token, remembered.

The index build spends its time here. A text is split into its tokens by one
C-level regex scan; each distinct token's keys are worked out once (by
`index_keys`) and remembered, since an archive's vocabulary repeats from
article to article; the keys of every token are then counted in C. Tests check
that `text_keys` equals the token-by-token definition in tokenize.py.
"""
from collections import Counter
from itertools import chain

from archivist.search.tokenize import TOKEN_RE, fold_text, index_keys

KNOWN_TOKENS = 100_000  # tokens remembered before the memory starts again (some 20 MB)


class TokenKeys(dict):
    """token -> its index keys (a tuple), worked out on first sight."""

    def __missing__(self, token: str) -> tuple[str, ...]:
        """Return and remember the keys of a token not seen yet."""
        if len(self) >= KNOWN_TOKENS:
            self.clear()
        keys = self[token] = tuple(index_keys(token))
        return keys


_KEYS_OF = TokenKeys()


def text_keys(text: str) -> Counter:
    """Return key -> occurrences for one text."""
    return Counter(chain.from_iterable(map(_KEYS_OF.__getitem__, TOKEN_RE.findall(fold_text(text)))))
