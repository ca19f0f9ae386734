"""The headline of a text dump and the sub-headline lines (deck) printed between it and the article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from . import dialog_lines as dialogs, headline_features as features, headline_lookalikes as lookalikes, \
    headline_model as model, headline_support as support, headline_wrap as wrap, noise, own_names, \
    title_shapes as shapes
from .headline_features import HEADER_LINES, KICKER_WORDS, TITLE_WINDOW

if TYPE_CHECKING:
    from .record import Line

LEAD_CHARS = 1500   # how much of the article's start a headline is compared with
ANCHOR_WINDOW = 60   # how far above the article its byline and date may be printed
ANCHOR_CLUSTER = 8   # lines of other kinds a byline-and-date cluster may hold
UNRELATED_REACH = 3     # lines with text below a headline where its byline or date may stand
SITE_NAME_WORDS = 4     # a site's name printed after the headline (`… – Harbour TechZone`) is this short
DECK_CHARS = 8      # a sub-headline line printed apart from the article is at least this long
CONTROL_CHARS = 2   # a line this short is a control's label (`가` of a text-size button), not text
SUBHEAD_LINES = 8   # how many sub-headline lines may stand between headline and article
HEADER_INSIDE = 6   # how many text lines at the top of the block found may still be the page's header
# A share control naming what it shares (`Share All sharing options for: <headline>`, `Email this: <headline>`)
_SHARED = re.compile(r"^(?:share|email|tweet|pin)\b[^:]{0,40}:\s*(\S.{7,})$", re.I)
_SHARE_OPENINGS = ("share", "email", "tweet", "pin")
_SITE_TAIL = re.compile(r"^(\S.{10,}?)\s+[–—|-]\s+([A-Z][^–—|]{2,40})$")  # `Headline – Site Name`
_TWO_SENTENCES = re.compile(r"[a-z]{2}[.!?][\"”’']?\s+[A-Z]")  # a sentence's stop, then the next one's capital
_BLOB = re.compile(r"[!-~]{80,}")  # no word is this long: a link or encoded data printed as text


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
    if line.kind or noise.is_bullet(text) or len(text) <= CONTROL_CHARS or dialogs.CONTROLS.search(text):
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
        if not any(shapes.title_like(lines[k]) or shapes.sentence_headline(lines, k) for k in top[:n]):
            return first
        after = next((k for k in range(i + 1, last + 1) if lines[k].text
                      and lines[k].kind not in (noise.BYLINE, noise.DATELINE)), None)
        return first if after is None else after
    return first


def find_title(lines: list[Line], first: int, last: int, own_first: bool = False) -> int | None:
    """Return the index of the headline: the title-like line above the article that best matches its lead."""
    ranked = rank_titles(lines, first, last, own_first)
    return ranked[0][1] if ranked and ranked[0][0] >= model.MIN_SCORE else None


def rank_titles(lines: list[Line], first: int, last: int, own_first: bool = False) -> list[tuple[float, int]]:
    """Return (score, index) of the headline candidates above the article, best first.

    A headline shares words with the article's first paragraphs, is often printed twice, stands close to the
    article and above its byline and date (`headline_features` measures each candidate, `headline_model` weighs
    the measures). With `own_first` the article's first line may be the headline itself (a page with nothing
    between them)."""
    ranked = [(model.score(measures), i) for i, measures in candidates(lines, first, last, own_first)]
    ranked.sort(key=lambda pair: (-pair[0], -pair[1]))
    return ranked


def candidates(lines: list[Line], first: int, last: int, own_first: bool = False) -> list[tuple[int, dict[str, float]]]:
    """Return (index, measures) of the lines above the article that may be its headline, nearest first.

    A line printed many times, or one of the names the page gives itself (`own_names`), is the site's name or its
    chrome, not a headline; so are a credit and the lookalikes `headline_lookalikes` finds."""
    around = _around(lines, first, last)
    owners, spelled = own_names.site_names(lines)
    top = max(0, first - TITLE_WINDOW)
    cards = lookalikes.card_titles(lines, top, first)
    lookalike = lookalikes.gallery_captions(lines, top, first) | lookalikes.video_titles(lines, top, first) \
        | lookalikes.timed_items(lines, top, first) | dialogs.dialog_text(lines, top, first) \
        | lookalikes.stepped_titles(lines, top, first) | lookalikes.signed_items(lines, top, first)
    shown = {" ".join(line.text.split()) for line in lines[top:first + HEADER_INSIDE] if line.text}
    page = lookalikes.page_texts(lines)
    found = []
    for i in range(first if own_first else first - 1, top - 1, -1):
        line = lines[i]
        if not shapes.candidate(lines, i) or (i == first and _paragraph(line.text)):
            continue
        if own_names.names_the_site(line.text, owners, spelled) or own_names.glued_credit(line.text) \
                or lookalikes.credit_or_label(line.text) or lookalikes.cut_copy(line.text, page) or i in lookalike \
                or i in cards or lookalikes.menu_item(lines, i) \
                or lookalikes.trail_to(line.text, shown) or lookalikes.copy_with_tail(line.text, shown):
            continue
        found.append((i, features.measures(lines, i, around)))
    return found


def _paragraph(text: str) -> bool:
    """Return True for the article's first line read as its first paragraph, never its headline: running text that
    ends on a period, or holds two sentences (`Every room needs light. But it need not be boring!`)."""
    return noise.is_prose(text) and (text.rstrip("\"”’'").endswith(".") or _TWO_SENTENCES.search(text) is not None)


def _around(lines: list[Line], first: int, last: int) -> features.Around:
    """Return what the page gives every headline candidate alike (see `headline_features.Around`)."""
    lead = _lead(lines, first, last)
    anchor = _header_anchor(lines, first)
    headed = anchor is not None and any(shapes.title_like(lines[k]) for k in range(max(0, anchor - HEADER_LINES), anchor))
    listed = lookalikes.box_items(lines, max(0, first - TITLE_WINDOW), first, anchor)
    counts = Counter([line.text for line in lines[:first + 1]])  # a copy in the footer is the site's menu
    counts.update(shared.group(1) for line in lines[:first] if line.text[:5].lower().startswith(_SHARE_OPENINGS)
                  and (shared := _SHARED.match(line.text)))  # a share control names the page's headline
    trailed = lookalikes.trail_ends(lines, max(0, first - TITLE_WINDOW), first)
    return features.Around(shapes.tokens(lead), counts, anchor, headed, first, listed, trailed)


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
    return opening_text(lines, first, last, lambda line: line.prose and _BLOB.search(line.text) is None,
                        LEAD_CHARS)[:LEAD_CHARS]


def opening_text(lines: list[Line], first: int, last: int, wanted: Callable[[Line], bool], chars: int) -> str:
    """Return the texts of the span's lines that `wanted` accepts, joined by spaces, up to `chars` characters (or a
    little more: the rest would go unread, so the article's whole text is not joined)."""
    pieces, size = [], -1
    for line in lines[first:last + 1]:
        if size >= chars:
            break
        if wanted(line):
            pieces.append(line.text)
            size += 1 + len(line.text)
    return " ".join(pieces)


def _header_anchor(lines: list[Line], first: int) -> int | None:
    """Return the topmost byline or date line of the cluster nearest above the article, or None.

    A headline is printed above its byline and date; a sub-headline is often printed below them."""
    found, apart = None, 0
    for i in range(first - 1, max(-1, first - ANCHOR_WINDOW), -1):
        kind = lines[i].kind
        if kind in (noise.BYLINE, noise.DATELINE):
            found, apart = i, 0
        elif found is not None and not dialogs.control_line(lines, i):
            apart += 1  # lines of other kinds (and blank lines between them) part the cluster; a dialog's do not
            if lines[i].text and apart > ANCHOR_CLUSTER:
                break
    return found


def headline_text(lines: list[Line], title: int) -> str:
    """Return the headline's text: with its tail joined back when a narrow column (a table's cell in w3m) wrapped it
    onto the next line, else without the site's name printed after it."""
    tail = wrap.wrapped_tail(lines, title)
    if tail is None:
        return without_site_tail(lines, title)
    return wrap.joined(lines[title].text, tail)


def without_site_tail(lines: list[Line], title: int) -> str:
    """Return the headline's text without the site's name printed after it (`What is X – Harbour TechZone`, as in
    the window's title): a tail of a few capitalised words after a dash or a bar that two other lines of the page
    hold too (its breadcrumb's items, its greeting)."""
    text = lines[title].text
    found = _SITE_TAIL.match(text)
    if found is None or noise.has_hangul(text) or len(found.group(2).split()) > SITE_NAME_WORDS:
        return text
    tail = found.group(2)
    others = sum(1 for k, line in enumerate(lines) if tail in line.text and line.text != text and k != title)
    return found.group(1) if others >= 2 else text


def shares_words(title: str, text: str) -> bool:
    """Return True when most of the headline's words are found in the text."""
    words = shapes.tokens(title)
    return bool(words) and len(words & shapes.tokens(text)) * 2 >= len(words)


def shared_words(title: str, text: str) -> int:
    """Return how many of the headline's words the text holds (Korean words by their first two syllables)."""
    return len(shapes.tokens(title) & shapes.tokens(text))


def all_words_in(short: str, text: str) -> bool:
    """Return True when every word of the short text is found in the text (Korean words by their first syllables)."""
    words = shapes.tokens(short)
    return bool(words) and words <= shapes.tokens(text)



class Header(NamedTuple):
    """What stands above the article: a deck printed apart, where the body starts, the headline, a close rival, and
    the line refused for want of the page's backing and its runner-up, and a line refused with the reason (sharing
    next to no word with the article's lead, or a pull quote; both `headline_support`)."""

    deck: list[int]
    first: int
    title: int | None
    rival: int | None
    unbacked: tuple[int, int] | None = None
    refused: tuple[int, str] | None = None


def headline_and_deck(lines: list[Line], first: int, last: int, korean: bool) -> Header:
    """Return the deck lines printed apart from the article, the first body line, the headline and its rival.

    Korean news pages print several short sub-headline lines between headline and article, right
    above the article or right below the headline with the byline and page controls between; on
    other pages a short line right above the article is the headline itself. The rival is another
    candidate that scored nearly as well: the headline is then unsure."""
    deck_first = extend_up(lines, first) if korean else first
    # a deck read across a blank line may have taken in the headline: its top line may then be the headline
    taken = [i for i in range(deck_first, first) if lines[i].text and lines[i].kind != noise.CAPTION]
    bridged = bool(taken) and any(not line.text for line in lines[deck_first:taken[-1]]) \
        and not _under_headed_byline(lines, deck_first)
    ranked = rank_titles(lines, deck_first, last, own_first=deck_first == first or bridged)
    ranked = _headline_over_deck(lines, ranked, deck_first, last)
    title_index = ranked[0][1] if ranked and ranked[0][0] >= model.MIN_SCORE else None
    rival = _rival(lines, ranked, deck_first, last) if title_index is not None else None
    if rival is not None and _label_beside(lines, rival, title_index, deck_first, last):
        title_index, rival = rival, None  # the best-scoring line is a label above a clear headline
    if title_index is None and deck_first < first:
        title_index = deck_first
    if not korean and title_index is not None and _unrelated(lines, title_index, deck_first, last):
        title_index, rival = None, None  # a widget's or a menu's heading: asking for --title beats a junk title
    if not korean and title_index is not None and rival is None:
        why = _refusal(lines, title_index, deck_first, last)
        if why:  # shares next to no word with the lead and nothing backs it, or a pull quote: asking beats a junk title
            return Header([], deck_first, None, None, refused=(title_index, why))
    if title_index == deck_first:
        deck_first = next((i for i in range(deck_first + 1, last + 1) if lines[i].text), last)
    if not korean and title_index is not None and rival is None:
        runner_up = support.weak_lead(lines, ranked, title_index, deck_first)
        if runner_up is not None:  # far above the article, unbacked, barely ahead: asking beats a junk title
            return Header([], deck_first, None, None, (title_index, runner_up))
    apart = _deck_below_headline(lines, title_index, deck_first) if korean and title_index is not None else []
    return Header(apart, deck_first, title_index, rival)


def _refusal(lines: list[Line], title: int, first: int, last: int) -> str:
    """Return why the English headline taken is refused, or '': neither the article's lead nor the page's layout
    backs it (`headline_support.loose`), or it is a pull quote (`headline_support.pull_quote`)."""
    text, lead_words = lines[title].text, shared_words(lines[title].text, _lead(lines, first, last))
    if lead_words > support.LOOSE_WORDS and not lookalikes.quotation(text):
        return ""  # the article's lead backs it and it quotes no one: the page's measures are not needed
    measures = features.measures(lines, title, _around(lines, first, last))
    if support.loose(lines, title, first, measures, lead_words):
        return support.LOOSE
    return support.QUOTED if support.pull_quote(text, measures) else ""


def _under_headed_byline(lines: list[Line], deck_first: int) -> bool:
    """Return True when the deck's top stands below the byline-and-date cluster with a headline-like line above it
    (headline, date, byline, then a deck printed a line a paragraph): the deck then holds no headline."""
    anchor = _header_anchor(lines, deck_first)
    return anchor is not None and any(shapes.title_like(lines[k]) for k in range(max(0, anchor - HEADER_LINES), anchor))


def _headline_over_deck(lines: list[Line], ranked: list[tuple[float, int]], first: int, last: int) -> list[tuple[float, int]]:
    """Return the ranking with the headline first where the best line is the deck under it: a deck sums up the lead
    and so shares more of its words than the headline does, but the headline is the line it stands under (when that
    line shares a word with the lead: a teaser of another story above a long headline shares none)."""
    if not ranked:
        return ranked
    lead = _lead(lines, first, last)
    if not features.deck_under(lines, ranked[0][1], shapes.tokens(lead)):
        return ranked
    over = features.text_above(lines, ranked[0][1])
    found = next((n for n, (_, i) in enumerate(ranked) if i == over), None)
    if found is None or not shared_words(lines[over].text, lead):
        return ranked
    return [(ranked[0][0], over), *(pair for n, pair in enumerate(ranked) if n not in (0, found))]  # the deck is no rival


def _unrelated(lines: list[Line], title: int, first: int, last: int) -> bool:
    """Return True for an English line sharing no word with the whole article and not standing on a byline or
    a date right below it: a box's heading or a menu's item, not the article's headline."""
    below = [line for line in lines[title + 1:first] if line.text][:UNRELATED_REACH]
    if any(line.kind in (noise.BYLINE, noise.DATELINE) for line in below):
        return False
    article = " ".join(line.text for line in lines[first:last + 1] if line.text and not line.kind)
    return not shapes.tokens(lines[title].text) & shapes.tokens(article)


def _rival(lines: list[Line], ranked: list[tuple[float, int]], first: int, last: int) -> int | None:
    """Return the candidate scoring nearly as well as the best with another text, unless it is a label beside it."""
    best_score, best = ranked[0]
    return next((i for score, i in ranked[1:] if score >= best_score - model.RIVAL_SCORE and lines[i].text != lines[best].text
                 and not _label_beside(lines, best, i, first, last) and not _stray_above(lines, best, i, first, last)
                 and not (i == best + 1 and wrap.wrapped_tail(lines, best) is not None)), None)  # its own wrapped rest


def _stray_above(lines: list[Line], best: int, rival: int, first: int, last: int) -> bool:
    """Return True for a Korean rival above the best line, itself above the article's byline and date, that shares
    no word with the article's lead while the best line does: a control's or a widget's label in the page's top bar
    (a search box's `검색어 지우기`, a subscribe prompt), no headline. A best line below the byline (a deck's) stays
    unsure."""
    anchor = _header_anchor(lines, first)
    if anchor is None or not rival < best < anchor or not noise.has_hangul(lines[rival].text):
        return False
    lead = _lead(lines, first, last)
    return not shared_words(lines[rival].text, lead) and shared_words(lines[best].text, lead) > 0


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
