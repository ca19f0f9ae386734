"""A Korean headline a narrow column (a table's cell in w3m) wrapped onto a second line, and its rest joined again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import noise

if TYPE_CHECKING:
    from .record import Line

TAIL_CHARS = 8  # a wrapped headline's rest inside a word is shorter than this (a deck line is at least this long)
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"))  # a quotation's opening and closing marks
_CLOSING = "”’\"'"  # a wrapped headline's rest opening on one of these closes a quotation: glued, no space
_HANGUL_END = re.compile(r"[\uac00-\ud7a3]$")
_HANGUL_START = re.compile(r"[\uac00-\ud7a3]")


def joined(text: str, tail: str) -> str:
    """Return the headline line and its wrapped rest as one text: glued inside a word or before a closing mark."""
    glued = _HANGUL_END.search(text) and _HANGUL_START.match(tail) or tail[:1] in _CLOSING
    return text + tail if glued else f"{text} {tail}"


def wrapped_tail(lines: list[Line], title: int) -> str | None:
    """Return the next line when it is the rest of a Korean headline a narrow column wrapped, else None.

    Headline and rest stand alone, a blank line above and below them, none between, and the rest either
    closes a quotation the headline line opened (`…“비트코인은 이`, `미 주류”`) or is a few syllables going on inside
    a word (`…교통대`, `란 불가피`): a deck line is longer and a headline ends no line inside a word."""
    text = lines[title].text
    if not noise.has_hangul(text) or title + 1 >= len(lines) or title > 0 and lines[title - 1].text:
        return None
    below = lines[title + 1]
    if not below.text or below.kind or title + 2 < len(lines) and lines[title + 2].text:
        return None
    tail = below.text
    if _opens_unclosed(text) and _closes(tail):
        return tail
    inside_word = _HANGUL_END.search(text) and _HANGUL_START.match(tail) and not text.endswith(("다", "요"))
    return tail if inside_word and len(tail) < TAIL_CHARS else None


def _opens_unclosed(text: str) -> bool:
    """Return True for a text opening a quotation it does not close."""
    return any(text.count(mark) > text.count(close) for mark, close in _QUOTE_PAIRS) or text.count('"') % 2 == 1


def _closes(text: str) -> bool:
    """Return True for a text closing a quotation opened before it."""
    return any(text.count(close) > text.count(mark) for mark, close in _QUOTE_PAIRS) or text.count('"') % 2 == 1
