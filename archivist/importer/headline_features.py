"""What a headline candidate has: the measures `headline.rank_titles` scores it by (`headline_model` weighs them)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from . import headline_lookalikes as lookalikes, noise, title_shapes as shapes

if TYPE_CHECKING:
    from .record import Line

TITLE_WINDOW = 200   # how many lines above the article the headline may be
HEADER_LINES = 15    # how far above its byline a headline may be printed
HEADER_TEXT_LINES = 6  # how many lines with text may stand between a headline and its byline
LONG_HEADLINE = 90   # a candidate longer than this is more often a deck or a lead sentence
LONG_ENGLISH = 120   # English headlines run longer (an English deck is a sentence, ending on a period)
KICKER_WORDS = 5     # a kicker (`BLACK DEATH FEARS`) is a label of at most this many words
DECK_WORDS = 12      # an English line this many words long is a deck more often than a headline
_PICTURE_KINDS = frozenset({noise.CAPTION, noise.MARKUP})  # a picture's placeholder, its caption and its credit


class Around(NamedTuple):
    """What the page gives every candidate alike: the article's lead words, how often each line is printed above
    the article, the byline-and-date cluster above it (and whether a title-like line heads it), the article's first
    line, the lines standing in a box of stories, and the texts a breadcrumb trail ends on."""

    lead: frozenset[str]
    counts: Counter
    anchor: int | None
    headed: bool
    first: int
    listed: set[int]
    trailed: set[str]


def measures(lines: list[Line], i: int, around: Around) -> dict[str, float]:
    """Return the named measures of candidate line `i`."""
    text = lines[i].text
    words = shapes.tokens(text)
    anchor, first = around.anchor, around.first
    above = anchor is not None and within_header(lines, i, anchor) and near_above(lines, i, anchor)
    over = not above and around.headed and i > anchor and over_its_byline(lines, i, anchor, first)
    return {
        "overlap": len(words & around.lead) / max(len(words), 4),
        "repeated": float(around.counts[text] > 1),
        "near": 1 - (first - i) / TITLE_WINDOW,
        "long": float(len(text) > (LONG_HEADLINE if noise.has_hangul(text) else LONG_ENGLISH)),
        "quote": float(lookalikes.quotation(text)),
        "kicker": float(kicker(lines, i)),
        "listed": float(i in around.listed),
        "trail_end": float(text in around.trailed),
        "caption": float(lookalikes.over_credit(lines, i)),
        "deck_under": float(deck_under(lines, i, around.lead)),
        "above_byline": float(above),
        "deck_below": float(above and deck_below(lines, i, anchor)),
        "stacked": float(above and stacked(lines, i, anchor)),
        "over_byline": float(over),
        "below_byline": float(not above and not over and around.headed and i > anchor),
    }


def within_header(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True for a line at most HEADER_LINES above the byline below it, not counting a picture's lines between
    them (its mark, its caption and its credit, each on a line of its own): a picture may stand under the headline."""
    pictures = sum(1 for line in lines[i + 1:anchor] if line.kind in _PICTURE_KINDS)
    return 0 < anchor - i - pictures <= HEADER_LINES


def near_above(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True when few lines of plain text stand between a line and the byline below it (a browser's copy
    prints a menu's items on lines of their own with no blank line between: lines count, not rows; an ad or a
    control between a headline and its byline is no such line)."""
    return sum(1 for line in lines[i + 1:anchor] if line.text and not line.kind) <= HEADER_TEXT_LINES


def stacked(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True for an English line with two headline-sized lines between it and the byline below (headline and
    deck): it stands above the page's header. Captions of a few words between them (a gallery's) do not count."""
    if noise.has_hangul(lines[i].text):
        return False  # a Korean page's lines there are a deck of several lines
    return sum(1 for k in range(i + 1, anchor) if lines[k].text and len(lines[k].text.split()) >= shapes.HEADLINE_WORDS
               and shapes.candidate(lines, k)) >= 2


def deck_under(lines: list[Line], i: int, lead: frozenset[str]) -> bool:
    """Return True for a long English line right below a shorter headline-shaped line that tops its run: the deck
    under its headline. A line below a run of title-like lines (a box of teasers) is no deck of the one above it,
    nor is one below a breadcrumb's section names printed on one line (`News Cities & Regions Harbour news`)
    sharing under half their words with the lead (`lead`: its words): they stand over the headline itself."""
    text = lines[i].text
    if noise.has_hangul(text) or len(text.split()) < DECK_WORDS:
        return False
    above = text_above(lines, i)
    if above is None or not shapes.candidate(lines, above) or not shapes.headline_shaped(lines[above].text):
        return False
    words = shapes.tokens(lines[above].text)
    if lookalikes.section_trail(lines[above].text) and len(words & lead) * 2 < len(words):
        return False
    over = text_above(lines, above)
    return len(lines[above].text.split()) < len(text.split()) and (over is None or not shapes.candidate(lines, over))


def text_above(lines: list[Line], i: int) -> int | None:
    """Return the nearest line with text above a line, within a byline's gap, or None."""
    return next((k for k in range(i - 1, max(-1, i - 1 - shapes.BYLINE_GAP), -1) if lines[k].text), None)


def kicker(lines: list[Line], i: int) -> bool:
    """Return True for a short English line in capitals right above another headline-like line: its kicker.

    A kicker or section label (`BLACK DEATH FEARS`) is printed over the headline; a headline set in
    capitals has its byline or its article below it, not another title-like line."""
    text = lines[i].text
    if noise.has_hangul(text) or len(text.split()) > KICKER_WORDS or not text.isupper():
        return False
    below = next((line for line in lines[i + 1:i + 4] if line.text), None)
    return below is not None and shapes.title_like(below) and not below.text.isupper()


def over_its_byline(lines: list[Line], i: int, anchor: int, first: int) -> bool:
    """Return True for an English line between the date printed first and the byline (or date) below it.

    Some pages print the section's label and the date first, then the headline, then the byline; a
    Korean page's lines there are its deck (sub-headline), so only lines without Hangul count."""
    if noise.has_hangul(lines[i].text) or lines[anchor].kind != noise.DATELINE:
        return False
    if text_above(lines, i) == anchor and _over_deck(lines, i, first):
        return True  # the date, the headline right below it, then its deck above the article (a byline further down)
    below = [line for line in lines[i + 1:i + 2 + shapes.BYLINE_GAP] if line.text][:2]
    signed = [line.kind in (noise.BYLINE, noise.DATELINE) for line in below]  # `Jane Roe - Nov 19, 2019` is both
    # the byline right below, or below one deck line (the headline, its summary sentence, then `By Jane Roe`)
    return bool(signed) and (signed[0] or len(signed) == 2 and signed[1] and not below[0].kind)


def _over_deck(lines: list[Line], i: int, first: int) -> bool:
    """Return True when the nearest line with text below a line is running text or a long line above the article
    (`first`): a deck.

    A line right above the article's first paragraph may be anything printed there (a caption, a label)."""
    below = next((k for k in range(i + 1, min(first, i + 2 + shapes.BYLINE_GAP)) if lines[k].text), None)
    return below is not None and not lines[below].kind \
        and (lines[below].prose or len(lines[below].text.split()) >= DECK_WORDS)  # a deck may end without a period


def deck_below(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True for the top line of a run of title-like lines above the byline: the headline, its deck below.

    A few capitalised English words with a headline right below them (`Tools & Trinkets —`) are a section's label
    over that headline, not a deck: the line above them is as often the site's name."""
    below = next((k for k in range(i + 1, anchor) if lines[k].text), None)
    above = next((k for k in range(i - 1, -1, -1) if lines[k].text), None)
    if below is None or not shapes.title_like(lines[below]) or lines[below].text == lines[i].text:
        return False  # a copy of the line (a teaser's link and its title) is no deck
    return (above is None or not shapes.title_like(lines[above])) and not _label_over_headline(lines, below, anchor)


def _label_over_headline(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True for an English label (a few capitalised words) with a headline-shaped line right below it."""
    text = lines[i].text
    if noise.has_hangul(text) or shapes.headline_shaped(text):
        return False
    below = next((k for k in range(i + 1, anchor) if lines[k].text), None)
    return below is not None and shapes.title_like(lines[below]) and shapes.headline_shaped(lines[below].text)
