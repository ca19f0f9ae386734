"""The shapes of a line that may be a headline, by itself or by the byline right below it; `headline` ranks them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import chrome, noise

if TYPE_CHECKING:
    from .record import Line

BYLINE_GAP = 3      # lines (blank ones too) between a headline and the byline right below it
VERB_HEADLINE = 70  # a line ending on a verb without a period, up to this long, may be a Korean headline
MIN_WORDS = 3       # an English headline has at least this many words
SIGNED_WORDS = 6    # an English headline ending on a period right above its byline has at most this many words
SENTENCE_WORDS = 20  # an English headline set as sentences has at most this many words
HEADLINE_WORDS = 5  # an English line in capitalised words this long may be a headline, a shorter one is a label
SHORT_WORDS = 2     # an English headline this short is taken only between its date and its article
LETTERS = re.compile(r"[^\W_]+")
# A link's label telling the reader to click (`CLICK FOR FULL RESULTS`): part of the article, never its headline.
_CLICK = re.compile(r"^(?:click|tap)\s+(?:for|here|to|on|below|through)\b", re.I)
# A link to another item labelled by its kind (`Article: …`, `Read more: …`), a way back (`Back to the front page`),
# a call to buy or fetch something (`Get the activity book here!`, `Buy a link now!`) or to add to the page (`Add
# Videos or Photos`) or a link to a listing (`View team list`): never this page's headline.
_LINK_LABEL = re.compile(r"^(?:article|related|read more|see also)\s*:\s|^back to\s+(?:\S+\s*){1,4}$|"
                         r"^(?:get|buy|order|pre-?order|download|shop|grab)\b.{0,60}\b(?:here|now|today)\W*$|"
                         # a link to a listing (`View team list`, `See all results`, `Show full schedule`)
                         r"^(?:view|see|show|browse)(?:\s+\w+){0,3}\s+(?:list|lists|all|more|schedule|results|"
                         r"standings|scores|roster)$|"
                         # a call to add to the page (`Add More Videos or Photos`, `Upload your pictures`)
                         r"^(?:add|upload|submit)\s+(?:\w+\s+){0,2}(?:videos?|photos?|pictures?|comments?)"
                         r"(?:\s+or\s+(?:videos?|photos?|pictures?))?\W*$", re.I)
_ACCOUNT_WORDS = re.compile(r"\b(?:log ?out|log ?in|sign ?in|sign ?up|subscribe|settings|newsletter)\b", re.I)
LIST_MARKS = "□■●○▪◦•◆◇▶▷►☆★"  # a line opening with one of these is a list item or a box, not a headline
# A headline may end on an abbreviation's period (`… Relations With U.S.`, `… Buys Acme Inc.`), not a sentence's.
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|St)\.)$")
_SENTENCE_STOP = re.compile(r"[.?!](?:\s|$)")
_COMMON = frozenset("the and for with from that this are was were has have not but you your our its".split())
_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to with".split())
# A link or a converter's leftover (a text field's `___`), never a headline; an account control's words make a line chrome
# when most of its words are chrome words (noise.mostly_chrome), not in a headline about a newsletter.
_CHROME = re.compile(r"https?://|www\.|\[(?:BUTTON|IMG|INLINE)|\(not implemented\)|^#\w|_{3}", re.I)


def title_like(line: Line) -> bool:
    """Return True for a line that could be a headline."""
    return not line.kind and _title_like_text(line.text)


@lru_cache(maxsize=65536)  # candidates are tried again and again, and an outlet's chrome comes back on each page
def _title_like_text(text: str) -> bool:
    """Return title_like() of a line with this text and no kind of noise."""
    if noise.is_bullet(text) or not 8 <= len(text) <= 200:
        return False
    if len(text.split()) < MIN_WORDS and not noise.has_hangul(text):
        return False  # `Work here!`, `Top Stories`: a label, not an English headline
    if _CHROME.search(text) or text[0] in LIST_MARKS or noise.twice_over(text) or _CLICK.match(text) \
            or _LINK_LABEL.match(text):
        return False
    if chrome.site_links(text):
        return False  # `About Press T&C Contact Us`, `Welcome to Example.net`
    if text[-1] == "," and not noise.has_hangul(text):
        return False  # `Home Entertainment, HD Set Tops,`: a list of labels running on, no finished headline
    if text[0] in "([" and text[-1] in ")]" and not noise.has_hangul(text):
        return False  # `(To be recited each morning …)`: an aside in parentheses, not an English headline
    if (_ACCOUNT_WORDS.search(text) or not noise.has_hangul(text)) and chrome.english_chrome(text):
        return False  # `Support independent journalism`, `Get the latest news delivered to your inbox`
    if text.endswith(("다", "요")):
        return verb_headline(text)
    return not text.endswith(".") or text.endswith("...") or _ABBREVIATION_END.search(text) is not None


def signed_headline(lines: list[Line], i: int) -> bool:
    """Return True for a short English line ending on a period right above its byline (`The Middle Manager's Oath.`,
    then `BY Jane Roe`): a headline set as a sentence; a deck sentence above a byline is longer."""
    line = lines[i]
    text = line.text
    if line.kind or noise.has_hangul(text) or not text.endswith(".") or not MIN_WORDS <= len(text.split()) <= SIGNED_WORDS:
        return False
    if ". " in text or noise.is_bullet(text) or _CHROME.search(text):
        return False
    below = next((other for other in lines[i + 1:i + 2 + BYLINE_GAP] if other.text), None)
    return below is not None and below.kind == noise.BYLINE


def sentence_headline(lines: list[Line], i: int) -> bool:
    """Return True for an English headline set as one or two sentences (`Ravenous goats ruled this island. Now, it's
    being reborn.`) heading the page's header: the top of a run of text, over one deck sentence longer than it and
    then its byline or date. A paragraph has paragraphs, not a byline, below it."""
    line = lines[i]
    text = line.text
    if line.kind or noise.has_hangul(text) or text[-1:] not in ".?!" or not MIN_WORDS <= len(text.split()) <= SENTENCE_WORDS:
        return False
    if len(_SENTENCE_STOP.findall(text)) > 2 or noise.is_bullet(text) or _CHROME.search(text):
        return False
    above = next((other for other in reversed(lines[max(0, i - 1 - BYLINE_GAP):i]) if other.text), None)
    if above is not None and (above.prose or above.kind == noise.BYLINE):
        return False  # inside a run of paragraphs, or below the byline: no header's top
    below = [other for other in lines[i + 1:i + 2 + 2 * BYLINE_GAP] if other.text][:2]
    signed = [other.kind in (noise.BYLINE, noise.DATELINE) for other in below]
    deck = bool(below) and not below[0].kind and len(below[0].text.split()) > len(text.split())
    return len(signed) == 2 and signed[1] and deck  # right above its byline, a sentence is a caption more often


def short_headline(lines: list[Line], i: int) -> bool:
    """Return True for an English headline of two words in sentence case (`Voice interfaces`) between the date right
    above it and the article's first paragraph right below it. A writer's name there (`Jane Roe`) is capitalised, a
    control's label (`Read more`) is chrome."""
    line = lines[i]
    words = line.text.split()
    if line.kind or len(words) != SHORT_WORDS or not words[0][:1].isupper() or not words[1].isalpha() \
            or not words[1].islower() or words[1] in _SMALL_WORDS or noise.has_hangul(line.text):
        return False
    if chrome.mostly_chrome(line.text) or chrome.site_links(line.text):
        return False
    above = next((other for other in reversed(lines[max(0, i - 1 - BYLINE_GAP):i]) if other.text), None)
    below = next((other for other in lines[i + 1:i + 2 + BYLINE_GAP] if other.text), None)
    return above is not None and above.kind == noise.DATELINE and below is not None and below.prose \
        and not below.kind


def candidate(lines: list[Line], i: int) -> bool:
    """Return True for a line that could be the headline where it stands."""
    return title_like(lines[i]) or signed_headline(lines, i) or sentence_headline(lines, i) or short_headline(lines, i)


def verb_headline(text: str) -> bool:
    """Return True for a short Korean line ending on a verb without the period a body sentence ends with."""
    return len(text) <= VERB_HEADLINE and text.endswith(("다", "요")) and noise.has_hangul(text[-1])


def headline_shaped(text: str) -> bool:
    """Return True for an English line shaped as a headline rather than a label (`Hong Kong Protests`, `Watch Live`):
    a label is a few capitalised words; a headline has more words, or words in lower case besides the small ones."""
    words = LETTERS.findall(text)
    if text.isupper() or not words:
        return False
    return len(words) >= HEADLINE_WORDS or any(word.islower() and word not in _SMALL_WORDS for word in words)


SHORT_TEXT = 300  # a line this long or shorter has its tokens kept for the next page (menus, teasers come again)


def tokens(text: str) -> frozenset[str]:
    """Return the words worth comparing: lower-cased, three letters or more; Korean words by their first two syllables."""
    return _line_tokens(text) if len(text) <= SHORT_TEXT else _text_tokens(text)


@lru_cache(maxsize=65536)
def _line_tokens(text: str) -> frozenset[str]:
    """Return tokens() of a line, cached: a page's candidates and an outlet's chrome come again."""
    return _tokens(text)


@lru_cache(maxsize=4)  # the article's lead is read for the candidates' measures and again for a deck under its headline
def _text_tokens(text: str) -> frozenset[str]:
    """Return tokens() of a long text (a lead, an article), cached for the page only."""
    return _tokens(text)


def _tokens(text: str) -> frozenset[str]:
    """Return the tokens of a text, computed."""
    out = set()
    for word in LETTERS.findall(text.lower()):
        if not word.isascii() and noise.has_hangul(word):  # most English words: no search
            if len(word) >= 2:
                out.add(word[:2])
        elif len(word) >= 3 and word not in _COMMON:
            out.add(word)
    return frozenset(out)
