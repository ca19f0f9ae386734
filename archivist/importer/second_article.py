"""A second article in the dump after the page's own: a copy of it, or the next article preloaded.

A page may hold the whole article twice (a print version or an "original article" layer hidden by a style)
or the next article below it, hidden until the reader scrolls: lynx and w3m print both, a browser's copy leaves
the hidden one out. The densest run of text then takes in the two, or the longer one alone.
"""

from __future__ import annotations

import re

from . import bylines, endings, noise
from .record import Line, text_indexes

COPY_CHARS = 40    # a running-text line this long printed again in the span is a copy, not a refrain
COPY_SHARE = 0.5   # …and a copy holding this share of the paragraphs above it is a second copy of the article
HEADER_LINES = 12  # text lines between a rights notice and the next article's text: its label, headline, deck, byline
MIN_ARTICLE = 40   # what the text above a rights notice weighs at least to be the page's article
TITLE_CHARS = 8    # a teaser's title is at least this long
_LIST_MARK = re.compile(r"^[*•·+\-o]\s+")  # a list item's marker, as a dump prints it


def one_article(lines: list[Line], weights: list[int], first: int, last: int) -> tuple[int, int]:
    """Return the span of the page's own article: one copy of it, without the next article below its end."""
    first, last = first_copy(lines, first, last)
    return before_next_article(lines, weights, first, last)


def first_copy(lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """Return the span cut at the end of the article's first copy when a second copy of it follows in the span.

    A paragraph or two printed again is a summary or a quote, and the article goes on below them; most of
    its paragraphs printed again, with nothing new below, are a copy."""
    seen: set[str] = set()
    start, repeated, before, fresh = None, 0, 0, 0
    for i in range(first, last + 1):
        line = lines[i]
        if not line.prose or line.kind or len(line.text) < COPY_CHARS:
            continue
        if line.text in seen:
            start = i if start is None else start
            repeated += 1
        elif start is None:
            before += 1
        else:
            fresh += 1  # a paragraph below the first repeat that was not printed above: the article goes on
        seen.add(line.text)
    if start is None or repeated < max(2, COPY_SHARE * before) or fresh > COPY_SHARE * repeated:
        return first, last
    return first, max(i for i in range(first, start) if lines[i].prose and not lines[i].kind)


def before_next_article(lines: list[Line], weights: list[int], first: int, last: int) -> tuple[int, int]:
    """Return the span cut above the site's rights notice when another article's header (a date line or a byline)
    follows the notice inside the span: the page's article ended there, the next one begins."""
    for i in range(first + 1, last + 1):
        if _rights_notice(lines[i]) and _opens_article(lines, i, last) and sum(w for w in weights[first:i] if w > 0) >= MIN_ARTICLE:
            return first, max(j for j in range(first, i) if weights[j] > 0)
    return first, last


def notice_above(lines: list[Line], first: int) -> int | None:
    """Return the index of a rights notice right above the span's header (its label, headline, deck, byline), when
    the span is an article that follows another one's end; else None."""
    above = text_indexes(lines, first - 1, -1, HEADER_LINES)
    notice = next((i for i in above if _rights_notice(lines[i])), None)
    return notice if notice is not None and _opens_article(lines, notice, first) else None


def next_header_below(lines: list[Line], last: int) -> int | None:
    """Return the index of a rights notice below the article's end that another article's header follows (its
    date line among the text lines below the notice), or None: what stands below it is that article's."""
    for i in text_indexes(lines, last + 1, len(lines), HEADER_LINES):
        if _rights_notice(lines[i]):
            return i if _opens_article(lines, i, len(lines) - 1, (noise.DATELINE,)) else None
    return None


def _opens_article(lines: list[Line], notice: int, limit: int, kinds=(noise.DATELINE, noise.BYLINE)) -> bool:
    """Return True when a line of these kinds (a date line or a byline) stands among the text lines below a rights
    notice, up to `limit`."""
    below = text_indexes(lines, notice + 1, min(limit, len(lines) - 1) + 1, HEADER_LINES)
    return any(lines[j].kind in kinds for j in below)


def _rights_notice(line: Line) -> bool:
    """Return True for the site's copyright notice reserving its rights: an article has ended above it."""
    return line.kind == noise.COPYRIGHT and endings.reserves_rights(line.text)


def signs_a_teaser(texts: list[str], i: int, last: int) -> bool:
    """Return True for a byline line `i` below the article's end (`last`) right under a teaser's title, which is not
    the first text below the article (a box of other articles under its heading, the next article's header): the
    byline signs that other article. A line within the article (`i <= last`) signs no teaser."""
    if i <= last:
        return False
    above = [j for j in range(last + 1, i) if texts[j].strip()]
    return len(above) >= 2 and _title_shaped(_LIST_MARK.sub("", texts[above[-1]].strip()))


def _title_shaped(text: str) -> bool:
    """Return True for a line shaped like a headline: a few words, no sentence's end, no byline, date or notice."""
    return (len(text) >= TITLE_CHARS and " " in text and not text.endswith((".", "다")) and "@" not in text
            and not bylines.may_hold_byline(text) and noise.classify(text) in noise.TEASER_TITLE_KINDS)
