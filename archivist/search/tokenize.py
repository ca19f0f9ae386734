"""The search tokenizer, shared rule for rule with templates/static/search-query.js.

Text is folded (NFC, full-width ASCII to ASCII, lowercase) and split into
tokens: maximal runs of *dense* characters (Hangul syllables, Han ideographs,
kana) or of *word* characters (any other letter or number: Python's
str.isalnum, JavaScript's \\p{L}\\p{N}). Dense runs are not split further;
`index_keys` turns a dense run into the keys the index stores, so that a query
matches inside compounds and before particles.

Both implementations are checked against tests/search/vectors.json.
"""
import re
import unicodedata

# Longest key stored for a dense run, in characters: 2 means character
# bigrams. A longer query is looked up as the AND of its overlapping windows
# of this length (see `query_keys`) and then checked against the text.
DENSE_KEY_LEN = 2
# Longest key stored for a word token; longer words are cut to this length.
WORD_KEY_LEN = 20
# Prefix of every one-character key (a dense run's first character, a one-letter
# word): they sort before all other keys, so the few shards holding them do not
# mix with bigrams, and the keys a typed syllable may become lie side by side.
ONE_CHAR = " "

_DENSE_RANGES = (
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0x3041, 0x3096),  # Hiragana letters
    (0x30A1, 0x30FA),  # Katakana letters
    (0x30FC, 0x30FC),  # Katakana prolonged sound mark
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
)
DENSE_CLASS = "".join(f"{chr(low)}-{chr(high)}" for low, high in _DENSE_RANGES)
# [^\W_] is "letter or number" (str.isalnum), as [\p{L}\p{N}] is in JavaScript.
WORD_CLASS = f"^\\W_{DENSE_CLASS}"
TOKEN_RE = re.compile(f"[{DENSE_CLASS}]+|[{WORD_CLASS}]+")  # no groups: findall gives the tokens
# Full-width ASCII variants (common in Korean text) fold to ASCII.
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDE = re.compile("[\uff01-\uff5e]")


def normalize(text: str) -> str:
    """Return text in NFC, the form documents are stored in."""
    return unicodedata.normalize("NFC", text)


def fold_text(text: str) -> str:
    """Return text as it is compared: NFC, full-width ASCII narrowed, lowercased."""
    text = normalize(text)
    if _WIDE.search(text):
        text = text.translate(_NARROW)
    return text.lower()


def tokenize(text: str) -> list[str]:
    """Return the tokens of text, folded, in order."""
    return TOKEN_RE.findall(fold_text(text))


def is_dense(token: str) -> bool:
    """Return True when a (folded) token is a dense run."""
    return bool(token) and any(low <= ord(token[0]) <= high for low, high in _DENSE_RANGES)


def is_number(token: str) -> bool:
    """Return True when every character of token is a decimal digit (Nd)."""
    return all(unicodedata.category(char) == "Nd" for char in token)


def index_keys(token: str) -> list[str]:
    """Return the keys the index stores for one token.

    A dense run yields its first character (for one-character queries) and,
    from every position but the last, the DENSE_KEY_LEN characters starting
    there (overlapping bigrams). A word token yields itself, cut to WORD_KEY_LEN.
    A one-character key is stored after ONE_CHAR.
    """
    if not is_dense(token):
        return [stored_key(token[:WORD_KEY_LEN])]
    return [ONE_CHAR + token[0]] + [token[start:start + DENSE_KEY_LEN]
                                    for start in range(len(token) - 1)]


def stored_key(key: str) -> str:
    """Return key as the index stores it: ONE_CHAR before a one-character key."""
    return ONE_CHAR + key if len(key) == 1 else key


def query_keys(token: str) -> tuple[str, list[str]]:
    """Return (mode, keys) for looking up one query token.

    mode "exact": every key must equal a stored key (several keys are ANDed);
    mode "prefix": stored keys starting with the single key are ORed.
    """
    if is_dense(token):
        if len(token) == 1:
            return "exact", [ONE_CHAR + token]
        if len(token) <= DENSE_KEY_LEN:
            return "prefix", [token]
        return "exact", dense_windows(token)
    if len(token) == 1 or is_number(token):
        return "exact", [stored_key(token[:WORD_KEY_LEN])]
    return "prefix", [token[:WORD_KEY_LEN]]


def dense_windows(token: str) -> list[str]:
    """Return the distinct DENSE_KEY_LEN-long windows that cover a long dense token: every other one, and the last.

    The windows left out are implied by the text check a long token needs anyway, and
    each window costs a posting list to load (`인공지능` reads 인공 and 지능, not 공지).
    """
    last = len(token) - DENSE_KEY_LEN
    starts = list(range(0, last + 1, DENSE_KEY_LEN))
    if starts[-1] != last:
        starts.append(last)
    return list(dict.fromkeys(token[start:start + DENSE_KEY_LEN] for start in starts))


def needs_check(token: str) -> bool:
    """Return True when the index alone over-approximates the matches of token."""
    if is_dense(token):
        return len(token) > DENSE_KEY_LEN
    return len(token) > WORD_KEY_LEN


def token_matches(query: str, token: str) -> bool:
    """Return True when a query token matches a text token (the reference rule)."""
    if is_dense(query) != is_dense(token):
        return False
    if is_dense(query):
        return token.startswith(query) if len(query) == 1 else query in token
    if len(query) == 1 or is_number(query):
        return token == query
    return token.startswith(query)
