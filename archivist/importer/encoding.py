"""Turn the bytes of a raw page into text, or say clearly why not."""

from __future__ import annotations

import encodings.utf_16_be  # noqa: F401 - hangul_count's codec, loaded before a folder's workers fork, not in each
import re

from ..errors import ContentError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
# Korean pages that declare EUC-KR are in practice CP949 (its superset).
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_STRAY_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])  # the same, as bytes
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
_ALIASES = {"euc-kr": "cp949", "euc_kr": "cp949", "ks_c_5601-1987": "cp949", "x-windows-949": "cp949"}


def looks_binary(data: bytes) -> bool:
    """Return True when the bytes are not text (NUL bytes or many control bytes)."""
    head = data[:4096]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return head.count(b"\x00") > 2 or controls > len(head) * 0.02


def declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in a meta tag, normalised, if any."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    return normalise_charset(match.group(1).decode("ascii"))


def try_decode(data: bytes, charset: str) -> str | None:
    """Return the text decoded strictly with `charset`, or None if it does not fit."""
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def normalise_charset(name: str) -> str:
    """Return a charset name lower-cased, EUC-KR's aliases as CP949."""
    name = name.lower()
    return _ALIASES.get(name, name)


def decode(data: bytes, path: str, charset: str | None = None) -> str:
    """Return the page as text (stray control characters removed), or raise a ContentError.

    `charset` (a fetched page's HTTP header, or its meta tag) is tried first, after a BOM."""
    return without_stray_controls(_decode(data, path, charset))


def without_stray_controls(text: str) -> str:
    """Return the text without control characters but tab and line breaks; a text holding none (most pages) is
    told by its UTF-8 bytes in C (a control character is one byte of itself there, and no other's byte)."""
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded.translate(None, _STRAY_CONTROL_BYTES)) == len(encoded):
        return text
    return _STRAY_CONTROLS.sub("", text)


def _decode(data: bytes, path: str, first: str | None = None) -> str:
    """Return the page as text: BOM, the given charset, UTF-8, the declared charset, then detection."""
    if not data.strip():
        raise ContentError(path, 0, "", "empty file: nothing to import")
    if data.startswith(b"\xef\xbb\xbf"):
        data, first = data[3:], "utf-8"  # a BOM wins over any header or meta tag
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = try_decode(data, "utf-16")
        if text is None:
            raise ContentError(path, 0, "", "starts like UTF-16 text but does not decode as UTF-16")
        return text
    if looks_binary(data):
        raise ContentError(path, 0, "", "binary file, not a text dump or HTML page")
    for charset in (first, "utf-8", declared_charset(data)):
        text = try_decode(data, charset) if charset else None
        if text is not None:
            return text
    return detect(data, path)


def detect(data: bytes, path: str) -> str:
    """Return the text decoded with the detected charset (CP949 for Korean legacy pages)."""
    text = try_decode(data, "cp949")
    if text is not None and hangul_share(text) > 0.1:
        return text
    from charset_normalizer import from_bytes  # a fifth of the folder import's start-up; UTF-8 pages never need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ContentError(path, 0, "", "unknown text encoding: save the page as UTF-8 and try again")
    return str(best)


SAMPLE_CHARS = 3000  # hangul_share reads this much of a text


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_SYLLABLE_HIGH_BYTES = bytes(range(0xAC, 0xD7))  # U+AC00-U+D6FF: Hangul syllables all; U+D7xx only up to U+D7A3


def hangul_share(text: str) -> float:
    """Return the share of Hangul syllables among the Hangul and Latin letters at the start of `text`."""
    sample = text[:SAMPLE_CHARS]
    hangul, latin = hangul_count(sample), letter_count(sample)
    return hangul / (hangul + latin) if hangul + latin else 0.0


def letter_count(text: str) -> int:
    """Return how many ASCII letters the text holds (counted in C: the other characters dropped by encode and translate)."""
    ascii_text = text.encode("ascii", "ignore")
    return len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))


def hangul_count(text: str) -> int:
    """Return how many Hangul syllables the text holds: the UTF-16 units whose high byte is one of a syllable's,
    counted in C; the regex counts a text holding a unit of the block's last row (U+D7xx, syllables up to U+D7A3)."""
    if text.isascii():
        return 0
    high = text.encode("utf-16-be", "surrogatepass")[0::2]
    if b"\xd7" in high:
        return sum(map(len, _HANGUL_RUN.findall(text)))
    return len(high) - len(high.translate(None, _SYLLABLE_HIGH_BYTES))
