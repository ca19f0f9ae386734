"""The headline of a text dump and the sub-headline lines (deck) printed between it and the article."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from . import fields, headline_lookalikes as lookalikes, noise, title_shapes as shapes

if TYPE_CHECKING:
    from .record import Line

TITLE_WINDOW = 200  # how many lines above the article the headline may be
LEAD_CHARS = 1500   # how much of the article's start a headline is compared with
ANCHOR_WINDOW = 60   # how far above the article its byline and date may be printed
ANCHOR_CLUSTER = 8   # lines of other kinds a byline-and-date cluster may hold
HEADER_LINES = 15    # how far above its byline a headline may be printed
HEADER_TEXT_LINES = 6  # how many lines with text may stand between a headline and its byline
ABOVE_BYLINE = 0.3   # what being above the byline adds to a headline's score
BELOW_BYLINE = 0.3  # what standing below the byline costs a line when a headline-like line stands above it
DECK_BELOW = 0.15    # what a title-like line right below adds (headline, then its deck, then the byline)
LONG_HEADLINE = 90      # a candidate longer than this is more often a deck or a lead sentence
LONG_COST = 0.3         # what being that long costs a candidate
LONG_ENGLISH = 120      # English headlines run longer (an English deck is a sentence, ending on a period)
UNRELATED_REACH = 3     # lines with text below a headline where its byline or date may stand
RIVAL_SCORE = 0.05      # a second candidate this close to the best makes the headline unsure
MIN_TITLE_SCORE = 0.35  # below this no candidate is a headline with confidence: the user is asked for one
SITE_NAME_CHARS = 4     # a copyright owner shorter than this is too vague to recognise in a line
SITE_TAIL_WORDS = 2     # words besides the site's name a chrome line may hold (`- Israel News`)
DECK_CHARS = 8      # a sub-headline line printed apart from the article is at least this long
CONTROL_CHARS = 2   # a line this short is a control's label (`가` of a text-size button), not text
SUBHEAD_LINES = 8   # how many sub-headline lines may stand between headline and article
HEADER_INSIDE = 6   # how many text lines at the top of the block found may still be the page's header
QUOTE_COST = 0.6    # what an English line that is someone's quoted words costs (a pull quote, a claim checked)
KICKER_COST = 0.5   # what a short all-capitals label right above another headline-like line costs
KICKER_WORDS = 5    # a kicker (`BLACK DEATH FEARS`) is a label of at most this many words
LISTED_COST = 0.4   # what being an item of a box of stories above the article costs a candidate
STACKED_COST = 0.3  # what a line costs with two headline-sized lines between it and the byline (headline, deck)
DECK_COST = 0.5     # what a long English line right below a shorter headline-like line costs: it is that one's deck
DECK_WORDS = 12     # an English line this many words long is a deck more often than a headline
CAPTION_COST = 0.6  # what a line right above a picture's bare credit costs: it is the picture's caption
_LETTERS = re.compile(r"[^\W_]+")
_BLOB = re.compile(r"[!-~]{80,}")  # no word is this long: a link or encoded data printed as text
# A form's controls as lynx and w3m print them (radio buttons `(*)`, `( )`, boxes `[X]`) or a layer's close button.
_CONTROLS = re.compile(r"\((?:\*| )\)|\[(?:X| )\]|(?:^|\s)(?:닫기|close)$", re.I)
_COMMON = frozenset("the and for with from that this are was were has have not but you your our its".split())


def extend_up(lines: list[Line], first: int) -> int:
    """Return the new first line after taking in the sub-headline lines above the article.

    Blank lines do not end the deck (a browser copy puts one between every two lines); the headline
    may be taken in with it, and `headline_and_deck` then starts the deck below the headline."""
    taken, i, new_first = 0, first - 1, first
    while i >= 0 and taken < SUBHEAD_LINES:
        line = lines[i]
        if not line.text or line.kind == noise.CAPTION:
            i -= 1
            continue
        if not _deck_line(line) or taken and not lines[i + 1].text and len(line.text) < DECK_CHARS:
            break
        taken, new_first, i = taken + 1, i, i - 1
    return new_first


def _deck_line(line: Line) -> bool:
    """Return True for a line that may be a sub-headline: plain text, short, not a finished sentence."""
    text = line.text
    if line.kind or noise.is_bullet(text) or len(text) <= CONTROL_CHARS or _CONTROLS.search(text):
        return False
    return not line.prose or shapes.verb_headline(text) or _quoted(text)


def _quoted(text: str) -> bool:
    """Return True for a short line that is one quotation (a deck line quoting the story's source)."""
    return len(text) <= shapes.VERB_HEADLINE and text[:1] in "\"“'‘" and text[-1:] in "\"”'’"


def start_below_header(lines: list[Line], first: int, last: int) -> int:
    """Return where the article starts when the block found opened with the page's own header.

    A block may take in a chrome sentence (an affiliate notice, a print link) above the headline,
    the headline itself and its byline or date. When a byline or date line stands among the block's
    first lines with a headline-like line above it, the article starts below them."""
    top = [i for i in range(first, last + 1) if lines[i].text][:HEADER_INSIDE]
    below_trail = lookalikes.headline_below_trail(lines, top, last)
    if below_trail is not None:
        return below_trail
    for n, i in enumerate(top):
        if lines[i].kind not in (noise.BYLINE, noise.DATELINE):
            continue
        if not any(shapes.title_like(lines[k]) for k in top[:n]):  # a question headline reads as a sentence
            return first
        after = next((k for k in range(i + 1, last + 1) if lines[k].text
                      and lines[k].kind not in (noise.BYLINE, noise.DATELINE)), None)
        return first if after is None else after
    return first


def find_title(lines: list[Line], first: int, last: int, own_first: bool = False) -> int | None:
    """Return the index of the headline: the title-like line above the article that best matches its lead."""
    ranked = rank_titles(lines, first, last, own_first)
    return ranked[0][1] if ranked and ranked[0][0] >= MIN_TITLE_SCORE else None


def rank_titles(lines: list[Line], first: int, last: int, own_first: bool = False) -> list[tuple[float, int]]:
    """Return (score, index) of the headline candidates above the article, best first.

    A headline shares words with the article's first paragraphs, so each candidate scores the
    share of its words found in the lead, plus a little for being repeated on the page
    (the headline is often printed twice), for being close to the article and for standing above
    its byline and date. With `own_first` the article's first line may be the headline itself (a
    page with nothing between them). A line printed many times, or named in the copyright line,
    is the site's name or its chrome, not a headline."""
    lead = _tokens(_lead(lines, first, last))
    counts = Counter(line.text for line in lines[:first + 1])  # a copy in the footer is the site's menu
    owners = _site_names(lines)
    anchor = _header_anchor(lines, first)
    headed = anchor is not None and any(shapes.title_like(lines[k]) for k in range(max(0, anchor - HEADER_LINES), anchor))
    ranked = []
    top = max(0, first - TITLE_WINDOW)
    listed = lookalikes.box_items(lines, top, first, anchor)
    cards = lookalikes.card_titles(lines, top, first)
    gallery = lookalikes.gallery_captions(lines, top, first)
    shown = {" ".join(line.text.split()) for line in lines[top:first + HEADER_INSIDE] if line.text}
    page = lookalikes.page_texts(lines)
    for i in range(first if own_first else first - 1, top - 1, -1):
        line = lines[i]
        if not shapes.candidate(lines, i) or (i == first and noise.is_prose(line.text) and line.text.rstrip("\"”’'").endswith(".")):
            continue
        if _names_the_site(line.text, owners) or lookalikes.cut_copy(line.text, page) or i in gallery or i in cards \
                or lookalikes.trail_to(line.text, shown) or lookalikes.copy_with_tail(line.text, shown):
            continue
        words = _tokens(line.text)
        overlap = len(words & lead) / max(len(words), 4)
        score = overlap + 0.3 * (counts[line.text] > 1) + 0.2 * (1 - (first - i) / TITLE_WINDOW)
        score -= LONG_COST * (len(line.text) > (LONG_HEADLINE if noise.has_hangul(line.text) else LONG_ENGLISH))
        score -= QUOTE_COST * lookalikes.quotation(line.text) + KICKER_COST * _kicker(lines, i) + LISTED_COST * (i in listed)
        score -= CAPTION_COST * lookalikes.over_credit(lines, i) + DECK_COST * _deck_under(lines, i)
        if anchor is not None and anchor - HEADER_LINES <= i < anchor and _near_above(lines, i, anchor):
            score += ABOVE_BYLINE + DECK_BELOW * _deck_below(lines, i, anchor) - STACKED_COST * _stacked(lines, i, anchor)
        elif headed and i > anchor and _over_its_byline(lines, i, anchor):
            score += ABOVE_BYLINE  # date, headline, byline: the section's label above the date is no headline
        elif headed and i > anchor:
            score -= BELOW_BYLINE  # between byline and article: a sub-headline or a section's heading
        ranked.append((score, i))
    ranked.sort(key=lambda pair: (-pair[0], -pair[1]))
    return ranked


def _near_above(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True when few lines of plain text stand between a line and the byline below it (a browser's copy
    prints a menu's items on lines of their own with no blank line between: lines count, not rows; an ad or a
    control between a headline and its byline is no such line)."""
    return sum(1 for line in lines[i + 1:anchor] if line.text and not line.kind) <= HEADER_TEXT_LINES


def _stacked(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True for an English line with two headline-sized lines between it and the byline below (headline and
    deck): it stands above the page's header. Captions of a few words between them (a gallery's) do not count."""
    if noise.has_hangul(lines[i].text):
        return False  # a Korean page's lines there are a deck of several lines
    return sum(1 for k in range(i + 1, anchor) if lines[k].text and len(lines[k].text.split()) >= shapes.HEADLINE_WORDS
               and shapes.candidate(lines, k)) >= 2


def _deck_under(lines: list[Line], i: int) -> bool:
    """Return True for a long English line right below a shorter headline-shaped line that tops its run: the deck
    under its headline. A line below a run of title-like lines (a box of teasers) is no deck of the one above it."""
    text = lines[i].text
    if noise.has_hangul(text) or len(text.split()) < DECK_WORDS:
        return False
    above = _text_above(lines, i)
    if above is None or not shapes.candidate(lines, above) or not shapes.headline_shaped(lines[above].text):
        return False
    over = _text_above(lines, above)
    return len(lines[above].text.split()) < len(text.split()) and (over is None or not shapes.candidate(lines, over))


def _text_above(lines: list[Line], i: int) -> int | None:
    """Return the nearest line with text above a line, within a byline's gap, or None."""
    return next((k for k in range(i - 1, max(-1, i - 1 - shapes.BYLINE_GAP), -1) if lines[k].text), None)


def _kicker(lines: list[Line], i: int) -> bool:
    """Return True for a short English line in capitals right above another headline-like line: its kicker.

    A kicker or section label (`BLACK DEATH FEARS`) is printed over the headline; a headline set in
    capitals has its byline or its article below it, not another title-like line."""
    text = lines[i].text
    if noise.has_hangul(text) or len(text.split()) > KICKER_WORDS or not text.isupper():
        return False
    below = next((line for line in lines[i + 1:i + 4] if line.text), None)
    return below is not None and shapes.title_like(below) and not below.text.isupper()


def _label_beside(lines: list[Line], best: int, rival: int, first: int, last: int) -> bool:
    """Return True when the rival is a short label farther from the article than a clear headline.

    A headline has more words than a section label or a widget's name (`Online Business Workshop`),
    shares most of them with the article's lead and is printed nearer to it; such a rival is no doubt."""
    best_text, rival_text = lines[best].text, lines[rival].text
    if rival > best or len(rival_text.split()) > KICKER_WORDS or len(best_text.split()) <= KICKER_WORDS:
        return False
    return shares_words(best_text, _lead(lines, first, last))


def _lead(lines: list[Line], first: int, last: int) -> str:
    """Return the article's opening running text, without lines holding a blob (an embed's link) instead of words."""
    text = " ".join(line.text for line in lines[first:last + 1]
                    if line.prose and _BLOB.search(line.text) is None)
    return text[:LEAD_CHARS]


def _site_names(lines: list[Line]) -> list[str]:
    """Return the outlet names the page's copyright lines give, lower-cased."""
    names = {fields.outlet_from_copyright(line.text).lower() for line in lines if line.kind == noise.COPYRIGHT}
    return [name for name in names if len(name) >= SITE_NAME_CHARS]


def _names_the_site(text: str, sites: list[str]) -> bool:
    """Return True for a line that is the site's name, maybe with a generic tail (`The Post - Israel News`)."""
    lowered = text.lower()
    for site in sites:
        if site in lowered:
            rest = _LETTERS.findall(lowered.replace(site, " "))
            if len(rest) <= SITE_TAIL_WORDS:
                return True
    return False


def _header_anchor(lines: list[Line], first: int) -> int | None:
    """Return the topmost byline or date line of the cluster nearest above the article, or None.

    A headline is printed above its byline and date; a sub-headline is often printed below them."""
    found = None
    for i in range(first - 1, max(-1, first - ANCHOR_WINDOW), -1):
        kind = lines[i].kind
        if kind in (noise.BYLINE, noise.DATELINE):
            found = i
        elif found is not None and lines[i].text and found - i > ANCHOR_CLUSTER:
            break
    return found


def _over_its_byline(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True for an English line between the date printed first and the byline (or date) below it.

    Some pages print the section's label and the date first, then the headline, then the byline; a
    Korean page's lines there are its deck (sub-headline), so only lines without Hangul count."""
    if noise.has_hangul(lines[i].text) or lines[anchor].kind != noise.DATELINE:
        return False
    below = [line for line in lines[i + 1:i + 2 + shapes.BYLINE_GAP] if line.text][:2]
    signed = [line.kind in (noise.BYLINE, noise.DATELINE) for line in below]  # `Jane Roe - Nov 19, 2019` is both
    # the byline right below, or below one deck line (the headline, its summary sentence, then `By Jane Roe`)
    return bool(signed) and (signed[0] or len(signed) == 2 and signed[1] and not below[0].kind)


def _deck_below(lines: list[Line], i: int, anchor: int) -> bool:
    """Return True for the top line of a run of title-like lines above the byline: the headline, its deck below."""
    below = next((k for k in range(i + 1, anchor) if lines[k].text), None)
    above = next((k for k in range(i - 1, -1, -1) if lines[k].text), None)
    return below is not None and shapes.title_like(lines[below]) and (above is None or not shapes.title_like(lines[above])) \
        and lines[below].text != lines[i].text  # a copy of the line (a teaser's link and its title) is no deck


def shares_words(title: str, text: str) -> bool:
    """Return True when most of the headline's words are found in the text."""
    words = _tokens(title)
    return bool(words) and len(words & _tokens(text)) * 2 >= len(words)


def shared_words(title: str, text: str) -> int:
    """Return how many of the headline's words the text holds (Korean words by their first two syllables)."""
    return len(_tokens(title) & _tokens(text))


def all_words_in(short: str, text: str) -> bool:
    """Return True when every word of the short text is found in the text (Korean words by their first syllables)."""
    words = _tokens(short)
    return bool(words) and words <= _tokens(text)


def _tokens(text: str) -> set[str]:
    """Return the words worth comparing: lower-cased, three letters or more; Korean words by their first two syllables."""
    out = set()
    for word in _LETTERS.findall(text.lower()):
        if not word.isascii() and noise.has_hangul(word):  # most English words: no search
            if len(word) >= 2:
                out.add(word[:2])
        elif len(word) >= 3 and word not in _COMMON:
            out.add(word)
    return out


class Header(NamedTuple):
    """What stands above the article: a deck printed apart, where the body starts, the headline, a close rival."""

    deck: list[int]
    first: int
    title: int | None
    rival: int | None


def headline_and_deck(lines: list[Line], first: int, last: int, korean: bool) -> Header:
    """Return the deck lines printed apart from the article, the first body line, the headline and its rival.

    Korean news pages print several short sub-headline lines between headline and article, right
    above the article or right below the headline with the byline and page controls between; on
    other pages a short line right above the article is the headline itself. The rival is another
    candidate that scored nearly as well: the headline is then unsure."""
    deck_first = extend_up(lines, first) if korean else first
    # a deck read across a blank line may have taken in the headline: its top line may then be the headline
    taken = [i for i in range(deck_first, first) if lines[i].text and lines[i].kind != noise.CAPTION]
    bridged = bool(taken) and any(not line.text for line in lines[deck_first:taken[-1]])
    ranked = rank_titles(lines, deck_first, last, own_first=deck_first == first or bridged)
    title_index = ranked[0][1] if ranked and ranked[0][0] >= MIN_TITLE_SCORE else None
    rival = _rival(lines, ranked, deck_first, last) if title_index is not None else None
    if rival is not None and _label_beside(lines, rival, title_index, deck_first, last):
        title_index, rival = rival, None  # the best-scoring line is a label above a clear headline
    if title_index is None and deck_first < first:
        title_index = deck_first
    if not korean and title_index is not None and _unrelated(lines, title_index, deck_first, last):
        title_index, rival = None, None  # a widget's or a menu's heading: asking for --title beats a junk title
    if title_index == deck_first:
        deck_first = next((i for i in range(deck_first + 1, last + 1) if lines[i].text), last)
    apart = _deck_below_headline(lines, title_index, deck_first) if korean and title_index is not None else []
    return Header(apart, deck_first, title_index, rival)


def _unrelated(lines: list[Line], title: int, first: int, last: int) -> bool:
    """Return True for an English line sharing no word with the whole article and not standing on a byline or
    a date right below it: a box's heading or a menu's item, not the article's headline."""
    below = [line for line in lines[title + 1:first] if line.text][:UNRELATED_REACH]
    if any(line.kind in (noise.BYLINE, noise.DATELINE) for line in below):
        return False
    article = " ".join(line.text for line in lines[first:last + 1] if line.text and not line.kind)
    return not _tokens(lines[title].text) & _tokens(article)


def _rival(lines: list[Line], ranked: list[tuple[float, int]], first: int, last: int) -> int | None:
    """Return the candidate scoring nearly as well as the best with another text, unless it is a label beside it."""
    best_score, best = ranked[0]
    return next((i for score, i in ranked[1:] if score >= best_score - RIVAL_SCORE and lines[i].text != lines[best].text
                 and not _label_beside(lines, best, i, first, last)), None)


def _deck_below_headline(lines: list[Line], title: int, first: int) -> list[int]:
    """Return the sub-headline lines right below the headline when only byline, date and controls follow them."""
    deck, i = [], title + 1
    while i < first and len(deck) < SUBHEAD_LINES:
        line = lines[i]
        if line.text == lines[title].text:
            deck = []  # the headline printed again: the deck, if any, follows this copy
        elif line.text and len(line.text) >= DECK_CHARS and _deck_line(line):
            deck.append(i)
        elif line.text:
            break
        i += 1
    if len(deck) < 2:
        return []  # one short line below a headline is as often a section label or a control
    between = [line for line in lines[i:first] if line.text]
    if any(not line.kind and len(line.text) > CONTROL_CHARS for line in between):
        return []
    return deck
