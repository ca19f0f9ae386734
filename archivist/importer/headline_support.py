"""How much a text dump's own evidence backs the English headline taken: a weak one is refused, never guessed.

A headline is backed by its page when a byline or a date stands right beside it, when the page prints it a second
time, or when it stands close above its article. A line far above the article that has none of these is only as
sure as its lead over the next candidate: when that lead is small, asking for --title beats writing a junk title.
The two thresholds were set on the tune half of `benchmarks/fresh_pages.py` and on `transplant_fresh_en.py`'s tune
hosts (benchmarks/README.md, helper entitle7)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import headline_lookalikes as lookalikes, noise

if TYPE_CHECKING:
    from .record import Line

FAR_LINES = 10    # lines with text between a headline and its article from which it stands far above it
CLEAR_LEAD = 0.2  # the score a far, unbacked headline must lead its runner-up by (headline_model's scale)
BELOW_REACH = 3   # lines with text below a headline where its byline or date may stand
ABOVE_REACH = 2   # lines with text above it where its date may stand (date, then headline)
ABOVE_LINES = 4   # how many lines (blank ones too) above it those may take
LOOSE_WORDS = 1   # a headline sharing at most this many words with the article's lead is loose from it
NEAR_LINES = 2    # a headline with at most this many lines (asides apart) between it and its article stands by it
# the measures (`headline_features`) by which the page's layout backs a line as the headline: a byline or date
# cluster below it or around it, a second copy of it, a breadcrumb trail ending on it
_LAYOUT_BACKING = ("above_byline", "over_byline", "repeated", "trail_end")
# what may stand between a headline and its article without parting them: a picture's mark and its caption or
# credit, a share button, an ad, a rule, a sign-in prompt, a video player
_ASIDES = frozenset({noise.MARKUP, noise.CAPTION, noise.WIDGET, noise.AD, noise.RULE, noise.ACCOUNT, noise.PLAYER})
_CLOSED = re.compile(r"[\"”'’][.!?]?$")  # a line ending on its quotation's closing mark: the quotation is the line
LOOSE = "shares next to no word with the article's lead and has no byline, date or second copy beside it"
QUOTED = "is someone's quoted words printed once, as a pull quote is"


def backed(lines: list[Line], title: int, first: int) -> bool:
    """Return True when the page backs the line as the headline of the article starting at `first`: a byline or a
    date right below or above it, another copy of it on the page, or the article less than FAR_LINES below it."""
    below = [line for line in lines[title + 1:first] if line.text]
    if len(below) < FAR_LINES:
        return True
    above = [line for line in lines[max(0, title - ABOVE_LINES):title] if line.text][-ABOVE_REACH:]
    if any(line.kind in (noise.BYLINE, noise.DATELINE) for line in below[:BELOW_REACH] + above):
        return True
    text = lines[title].text
    return any(line.text == text for k, line in enumerate(lines) if k != title)


def weak_lead(lines: list[Line], ranked: list[tuple[float, int]], title: int, first: int) -> int | None:
    """Return the runner-up when the headline taken is unbacked (`backed`) and leads the best candidate of another
    text by less than CLEAR_LEAD, else None."""
    if backed(lines, title, first):
        return None
    best = next((score for score, i in ranked if i == title), None)
    runner = next(((score, i) for score, i in ranked if i != title and lines[i].text != lines[title].text), None)
    if best is None or runner is None or best - runner[0] >= CLEAR_LEAD:
        return None
    return runner[1]


def loose(lines: list[Line], title: int, first: int, measures: dict[str, float], lead_words: int) -> bool:
    """Return True for a line the article does not back as its headline: it shares at most LOOSE_WORDS words with
    the article's lead (`lead_words`: how many), no byline, date, second copy or breadcrumb backs it (its
    `measures`), and more than NEAR_LINES lines other than asides (a picture's lines, a share button, an ad)
    stand between it and the article. A site's slogan, a menu's or a widget's heading, a subscribe prompt:
    asking for --title beats a junk title. A headline set close above its article stays."""
    if lead_words > LOOSE_WORDS or any(measures[name] for name in _LAYOUT_BACKING):
        return False
    return sum(1 for line in lines[title + 1:first] if line.text and line.kind not in _ASIDES) > NEAR_LINES


def pull_quote(text: str, measures: dict[str, float]) -> bool:
    """Return True for an English line that is one quotation whole (`“We never meant to upset anyone.”`), printed
    once: a pull quote left as the best candidate when the headline is missing. A headline quoting its speaker
    (`“…,” the mayor says`) or printed twice stays."""
    return not measures["repeated"] and lookalikes.quotation(text) and _CLOSED.search(text) is not None
