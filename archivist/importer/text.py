"""Text dumps: segment lines, classify the noise, find the article block, read the fields."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from . import clean, fields, noise
from .encoding import hangul_share
from .clean import Block
from .record import Dropped, ImportedArticle
from .template import TEMPLATE, mark as mark_template

NOISE_COST = 30     # what a noise line costs the block it sits in, in characters of text
SHORT_COST = 15     # what a short line that is not a sentence costs
CAPTION_COST = 5    # captions sit inside articles: they cost little
PARAGRAPH_COST = 40  # each paragraph pays this, so short teaser sentences between headlines add up to little
BARRIER_COST = 200  # related lists and comments follow the article: the block seldom crosses them
RUN_STEP = 8       # every 8 lines in a row without running text, each further line costs once more
BARRIERS = (noise.RELATED, noise.COMMENTS)
TITLE_WINDOW = 200  # how many lines above the article the headline may be
LEAD_CHARS = 1500   # how much of the article's start a headline is compared with
SUBHEAD_LINES = 8   # how many sub-headline lines may stand between headline and article


_LETTERS = re.compile(r"[^\W_]+")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
_COMMON = frozenset("the and for with from that this are was were has have not but you your our its".split())


class Line(NamedTuple):
    """One line of the dump with what the classifier made of it (a tuple: pages have thousands)."""

    index: int
    text: str
    kind: str | None
    prose: bool


def segment(text: str) -> list[Line]:
    """Return the dump's lines, each classified as noise (with its kind) or text."""
    lines = []
    for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        stripped = raw.strip()
        lines.append(Line(i, stripped, *line_facts(stripped)))
    return _mark_doubles(lines)


@lru_cache(maxsize=65536)
def line_facts(text: str) -> tuple[str | None, bool]:
    """Return (kind of noise or None, whether it is running text) for one stripped line."""
    if not text:
        return None, False
    kind = noise.classify(text)
    if kind is None and fields.parse_byline(text):
        kind = noise.BYLINE
    return kind, kind is None and _is_prose(text)


def _mark_doubles(lines: list[Line]) -> list[Line]:
    """Mark a line printed twice in a row (an image's alt text and its caption) as a caption, both times."""
    previous = None
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if previous is not None and line.text == lines[previous].text and len(line.text) > 20:
            lines[previous] = lines[previous]._replace(kind=noise.CAPTION, prose=False)
            lines[i] = line._replace(kind=noise.CAPTION, prose=False)
        previous = i
    return lines


def _is_prose(text: str) -> bool:
    """Return True for running text, judged without a byline glued to its end."""
    if noise.is_prose(text):
        return True
    return fields.may_hold_byline(text) and noise.is_prose(fields.split_glued_byline(text)[0])


def weight(line: Line) -> int:
    """Return how much a line speaks for being inside the article."""
    if not line.text:
        return 0
    if line.kind == noise.CAPTION:
        return -CAPTION_COST
    if line.kind in BARRIERS:
        return -BARRIER_COST
    if line.kind == noise.MENU and noise.is_bullet(line.text):
        return -SHORT_COST  # a short list item may be the article's own list
    if line.kind == TEMPLATE:
        return -SHORT_COST  # the outlet's own line is dropped, but weighs on the block no more than before
    if line.kind:
        return -NOISE_COST
    if line.prose and noise.is_bullet(line.text):
        return len(line.text) // 4 - SHORT_COST
    if line.prose:
        return len(line.text) - PARAGRAPH_COST
    return -SHORT_COST


def find_core(lines: list[Line]) -> tuple[int, int] | None:
    """Return (first, last) indexes of the densest run of running text, or None.

    A long run of lines that are not running text (a menu, a footer) costs more the longer it
    gets, so two blocks of text far apart are not joined into one article."""
    best, best_span = 0, None
    total, start, run = 0, 0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0, i
        gain = weight(line)
        run = 0 if gain > 0 else run + (1 if line.text else 0)
        total += gain * (1 + run // RUN_STEP) if gain < 0 else gain
        if total > best:
            best, best_span = total, (start, i)
    if best_span is None:
        return None
    first, last = best_span
    while first < last and weight(lines[first]) <= 0:
        first += 1
    return _take_in_short_paragraphs(lines, first, last)


def _take_in_short_paragraphs(lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """Return the span widened over short sentences right next to it (a one-line last paragraph).

    A sentence shorter than the paragraph cost weighs less than nothing, so the search leaves it
    out; one that touches the article, with only blank lines between, is the article's own."""
    step_last = last
    for j in range(last + 1, len(lines)):
        if lines[j].text:
            if not (lines[j].prose and lines[j].kind is None):
                break
            step_last = j
    step_first = first
    for j in range(first - 1, -1, -1):
        if lines[j].text:
            if not (lines[j].prose and lines[j].kind is None):
                break
            step_first = j
    return step_first, step_last


def extend_up(lines: list[Line], first: int) -> int:
    """Return the new first line after taking in the sub-headline lines above the article."""
    taken, i, new_first = 0, first - 1, first
    while i >= 0 and taken < SUBHEAD_LINES:
        line = lines[i]
        if not line.text or line.kind == noise.CAPTION:
            if not line.text and taken:
                break
            i -= 1
            continue
        if line.kind or noise.is_bullet(line.text) or line.prose:
            break
        taken, new_first, i = taken + 1, i, i - 1
    return new_first


def find_title(lines: list[Line], first: int, last: int, own_first: bool = False) -> int | None:
    """Return the index of the headline: the title-like line above the article that best matches its lead.

    A headline shares words with the article's first paragraphs, so each candidate scores the
    share of its words found in the lead, plus a little for being repeated on the page
    (the headline is often printed twice) and for being close to the article. With `own_first`
    the article's first line may be the headline itself (a page with nothing between them)."""
    lead = _tokens(" ".join(line.text for line in lines[first:last + 1] if line.prose)[:LEAD_CHARS])
    counts = Counter(line.text for line in lines)
    best, best_score = None, -1.0
    top = max(0, first - TITLE_WINDOW)
    for i in range(first if own_first else first - 1, top - 1, -1):
        line = lines[i]
        if not _title_like(line) or (i == first and noise.is_prose(line.text) and line.text.endswith(".")):
            continue
        words = _tokens(line.text)
        overlap = len(words & lead) / max(len(words), 3)
        score = overlap + 0.3 * (counts[line.text] > 1) + 0.2 * (1 - (first - i) / TITLE_WINDOW)
        if score > best_score:
            best, best_score = i, score
    return best


def _tokens(text: str) -> set[str]:
    """Return the words worth comparing: lower-cased, three letters or more; Korean words by their first two syllables."""
    out = set()
    for word in _LETTERS.findall(text.lower()):
        if noise.has_hangul(word):
            if len(word) >= 2:
                out.add(word[:2])
        elif len(word) >= 3 and word not in _COMMON:
            out.add(word)
    return out


def _title_like(line: Line) -> bool:
    """Return True for a line that could be a headline."""
    text = line.text
    if line.kind or noise.is_bullet(text) or not 8 <= len(text) <= 200:
        return False
    if len(text.split()) < 2 and not noise.has_hangul(text):
        return False
    return not text.endswith((".", "다", "요")) or text.endswith("...")


def _headline_and_deck(lines: list[Line], first: int, last: int, korean: bool) -> tuple[int, int | None]:
    """Return the first body line (sub-headlines included) and the headline's index.

    Korean news pages print several short sub-headline lines between headline and article; on
    other pages a short line right above the article is the headline itself."""
    deck_first = extend_up(lines, first) if korean else first
    title_index = find_title(lines, deck_first, last, own_first=deck_first == first)
    if title_index is None and deck_first < first:
        title_index = deck_first
    if title_index == deck_first:
        deck_first = next((i for i in range(deck_first + 1, last + 1) if lines[i].text), last)
    return deck_first, title_index


def core_blocks(lines: list[Line], first: int, last: int) -> list[Block]:
    """Return the lines of the article span as blocks: paragraphs, headings, list items."""
    blocks = []
    for i in range(first, last + 1):
        line = lines[i]
        if not line.text:
            continue
        heading = clean.subhead_text(line.text)
        if heading:
            blocks.append(Block(heading, "h"))
        elif noise.is_bullet(line.text) and (not line.kind or _enclosed_item(lines, i, first, last)):
            numbered = _NUMBERED.match(line.text)
            blocks.append(Block(line.text, "ol") if numbered else Block(noise.strip_bullet(line.text), "li"))
        elif _inner_heading(lines, i, first, last):
            blocks.append(Block(line.text, "h"))
        else:
            blocks.append(Block(line.text, noise=line.kind))
    return blocks


def _enclosed_item(lines: list[Line], i: int, first: int, last: int) -> bool:
    """Return True for a short list item inside the article: its list has paragraphs above and below."""
    if lines[i].kind != noise.MENU:
        return False
    return _beyond_list(lines, i, -1, first, last) and _beyond_list(lines, i, 1, first, last)


def _beyond_list(lines: list[Line], i: int, step: int, first: int, last: int) -> bool:
    """Return True when the first line past the list in direction `step` is running text."""
    j = i + step
    while first <= j <= last:
        line = lines[j]
        if line.text and not noise.is_bullet(line.text):
            return line.prose
        j += step
    return False


def _inner_heading(lines: list[Line], i: int, first: int, last: int) -> bool:
    """Return True for a short plain line between two paragraphs: an in-body subhead."""
    line = lines[i]
    if line.kind or line.prose or len(line.text) > 60 or line.text.endswith((".", ":", ",")):
        return False
    before = _neighbour(lines, i, -1, first, last)
    after = _neighbour(lines, i, 1, first, last)
    return bool(before and after and before.prose and after.prose)


def _neighbour(lines: list[Line], i: int, step: int, first: int, last: int) -> Line | None:
    """Return the nearest non-blank line in direction `step` inside the span."""
    j = i + step
    while first <= j <= last:
        if lines[j].text:
            return lines[j]
        j += step
    return None


def read_fields(lines: list[Line], first: int, last: int, record: ImportedArticle) -> None:
    """Fill reporters, emails, date and outlet from the whole page, nearest the article first."""
    korean = record.lang == "ko"
    texts = [line.text for line in lines]
    _read_bylines(lines, first, last, record)
    candidates = fields.date_candidates(texts, also=lambda i: lines[i].kind == noise.DATELINE)
    record.date = fields.labelled_date(candidates, korean) or _near_date(texts, first, last, korean)
    for line in lines:
        outlet = fields.outlet_from_notice(line.text) if line.kind == noise.NOTICE else ""
        if outlet:
            record.source = outlet
            return
    for line in reversed(lines):
        if line.kind == noise.COPYRIGHT and not record.source:
            record.source = fields.outlet_from_copyright(line.text)


def _read_bylines(lines: list[Line], first: int, last: int, record: ImportedArticle) -> None:
    """Add the byline cluster nearest the article, then emails printed under those names elsewhere."""
    hits = [i for i, line in enumerate(lines) if line.kind == noise.BYLINE]
    if not hits:
        return
    anchor = min(hits, key=lambda i: 0 if first <= i <= last + 3 else min(abs(i - first), abs(i - last)))
    for i in hits:
        byline = fields.parse_byline(lines[i].text)
        if byline and abs(i - anchor) <= 12:
            clean.add_byline(record, byline)
    for i in hits:
        byline = fields.parse_byline(lines[i].text)
        if byline and byline.names and set(byline.names) <= set(record.reporters):
            _email_below(lines, i, record)


def _email_below(lines: list[Line], i: int, record: ImportedArticle) -> None:
    """Add the email on the next non-blank line after a name line, when that line is only an email."""
    for line in lines[i + 1:i + 3]:
        if line.text:
            byline = fields.parse_byline(line.text)
            if byline and not byline.names:
                clean.add_byline(record, byline)
            return


def _near_date(texts: list[str], first: int, last: int, korean: bool) -> str:
    """Return the date on the date or byline line nearest the article's start (or just after its end), or ''."""
    around = sorted(range(max(0, first - 40), min(len(texts), first + 15)), key=lambda i: abs(i - first))
    for i in around + list(range(last + 1, min(len(texts), last + 6))):
        if noise.is_dateline(texts[i]) or fields.parse_byline(texts[i]):
            found = fields.find_date(texts[i], korean)
            if found:
                return found
    return ""


def extract_text(text: str, path: str, template: frozenset[str] = frozenset()) -> ImportedArticle:
    """Return the article found in a text dump (body, title, bylines, date, outlet); lines of the
    outlet's `template` (learnt from a folder, see template.py) are noise."""
    record = ImportedArticle(path=path, lang="ko" if hangul_share(text) > 0.3 else "en")
    lines = mark_template(segment(text), template)
    span = find_core(lines)
    if span is None:
        return record
    first, last = span
    first, title_index = _headline_and_deck(lines, first, last, record.lang == "ko")
    if title_index is not None:
        record.title = lines[title_index].text
    _account_outside(lines, first, last, title_index, record)
    read_fields(lines, first, last, record)
    blocks = clean.clean_blocks(core_blocks(lines, first, last), record)
    record.body = clean.to_markdown(blocks)
    return record


def _account_outside(lines: list[Line], first: int, last: int, title: int | None, record: ImportedArticle) -> None:
    """Record every line outside the article span as dropped, with its kind."""
    record.dropped.extend(Dropped(line.text, line.kind or "outside the article")
                          for line in lines[:first] + lines[last + 1:] if line.text and line.index != title)

