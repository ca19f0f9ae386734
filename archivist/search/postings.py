"""Per-document key values and the compact text encoding of posting lists.

A posting list is stored as two strings: the document numbers as gaps in a
base-32 varint (one to a few characters each), and one character per document
holding a small value made of these bits:

    bit 0      the key occurs in the title
    bit 1      the key occurs in the tags or reporters
    bits 2-3   occurrences in the body: 0, 1, 2-3, 4 or more

templates/static/search-index.js decodes the same format.
"""
from archivist.search.keys import text_keys

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
TITLE, META = 1, 2
BODY_SHIFT = 2
VALUE_BITS = 4
# Body occurrences 0, 1, 2, 3, 4+ as value bits (buckets 0, 1, 2, 2, 3).
BODY_BITS = tuple(bucket << BODY_SHIFT for bucket in (0, 1, 2, 2, 3))


def field_flags(title: str, meta: list[str]) -> dict[str, int]:
    """Return key -> TITLE/META bits for a document's title, tags and reporters."""
    flags: dict[str, int] = {}
    for text, flag in ((title, TITLE), (" ".join(meta), META)):
        for key in text_keys(text):
            flags[key] = flags.get(key, 0) | flag
    return flags


def doc_values(title: str, meta: list[str], body: str) -> dict[str, int]:
    """Return key -> value bits for one document's fields: title, tags and reporters, body."""
    many = BODY_BITS[4]
    values = {key: BODY_BITS[count] if count < 4 else many for key, count in text_keys(body).items()}
    for key, flag in field_flags(title, meta).items():
        values[key] = values.get(key, 0) | flag
    return values


def encode_number(number: int) -> str:
    """Return number as base-32 digits, most significant first, last one marked."""
    digits = [ALPHABET[number & 31]]
    number >>= 5
    while number:
        digits.append(ALPHABET[32 + (number & 31)])
        number >>= 5
    return "".join(reversed(digits))


_SMALL = [encode_number(number) for number in range(1024)]


def encode_docs(numbers) -> str:
    """Return ascending document numbers as a string of gap varints."""
    previous = -1
    parts = []
    for number in numbers:
        gap = number - previous - 1
        parts.append(_SMALL[gap] if gap < 1024 else encode_number(gap))
        previous = number
    return "".join(parts)


_VALUE_CHARS = bytes.maketrans(bytes(range(64)), ALPHABET.encode())


def encode_values(values) -> str:
    """Return one alphabet character per value (each below 64)."""
    return bytes(values).translate(_VALUE_CHARS).decode()


def decode_docs(encoded: str) -> list[int]:
    """Return the document numbers of a string made by encode_docs."""
    numbers, current, previous = [], 0, -1
    for char in encoded:
        digit = ALPHABET.index(char)
        if digit >= 32:
            current = (current << 5) | (digit - 32)
            continue
        previous = previous + 1 + ((current << 5) | digit)
        numbers.append(previous)
        current = 0
    return numbers


def decode_values(encoded: str) -> list[int]:
    """Return the values of a string made by encode_values."""
    return [ALPHABET.index(char) for char in encoded]
