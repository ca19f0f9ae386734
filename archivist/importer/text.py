"""Text dumps: segment lines, classify the noise, find the article block, read the fields."""

from __future__ import annotations

import re
from functools import lru_cache

from . import broadcast, chrome, clean, endings, headline, noise, second_article
from .encoding import SAMPLE_CHARS, hangul_share
from .clean import Block
from .dump_fields import read_fields
from .dump_lines import SNIPPET, segment
from .span_blocks import core_blocks, resumes
from .record import Dropped, ImportedArticle, Line, text_indexes
from .template import TEMPLATE, mark as mark_template

NOISE_COST = 30     # what a noise line costs the block it sits in, in characters of text
SHORT_COST = 15     # what a short line that is not a sentence costs
CAPTION_COST = 5    # captions sit inside articles: they cost little
PARAGRAPH_COST = 40  # each paragraph pays this, so short teaser sentences between headlines add up to little
BARRIER_COST = 200  # related lists and comments follow the article: the block seldom crosses them
FLASH_SENTENCES = 2  # a page with no denser text may hold a flash article of this many sentences
FLASH_LINES = 10     # how close together (and to their headline) a flash article's lines are
FLASH_SHARED = 3     # …and how many words of a long headline its first sentence repeats at least
RIVAL_SHARE = 0.6    # a second block weighing this share of the article's makes the choice unsure
RUN_STEP = 8       # every 8 lines in a row without running text, each further line costs once more
BARRIERS = (noise.RELATED, noise.COMMENTS, noise.AUTHOR, noise.SOURCES)
BLOBS = (noise.MARKUP, noise.CAPTION, noise.AD)  # a run of lines of one of these kinds is one box of the page
BOX_LINES = 12     # how far below a related heading the article may resume after the box's items
TEASER_BOX_LINES = 20  # …how many lines below, after a box of teasers with their leads
BOX_ITEMS = 2      # a box inside the article lists at least this many items
RESUMED_PARAGRAPHS = 3  # an article resumes below a box of links with this many paragraphs in a row
HEADER_LINES = 4   # text lines between an article's date line or byline and its first paragraph (tools, a deck)
NOTE_LINES = 2     # how many of an English article's last sentences a note on its writer may take
_COUNTER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")  # a gallery's counter beside its photo (`2 / 5`)


def weight(line: Line) -> int:
    """Return how much a line speaks for being inside the article."""
    return _weight(line.text, line.kind, line.prose) if line.text else 0


@lru_cache(maxsize=65536)  # a page's lines come again on the outlet's next page (menus, footers) with their verdicts
def _weight(text: str, kind: str | None, prose: bool) -> int:
    """Return weight() of a line with this text, kind of noise and running-text verdict."""
    if broadcast.is_speaker(text) or broadcast.is_speech(text):
        return 0  # a transcript's speaker mark (`[앵커]`, `◀ 리포트 ▶`) and quoted speech belong to the text around it
    if kind == noise.CAPTION:
        return -CAPTION_COST
    if kind in BARRIERS or kind == noise.COPYRIGHT and endings.reserves_rights(text):
        return -BARRIER_COST
    if kind == noise.MENU and noise.is_bullet(text):
        return -SHORT_COST  # a short list item may be the article's own list
    if kind == TEMPLATE:
        return -SHORT_COST  # the outlet's own line is dropped, but weighs on the block no more than before
    if kind:
        return -NOISE_COST
    if prose and noise.is_bullet(text):
        return len(text) // 4 - SHORT_COST
    if prose:
        return len(text) - PARAGRAPH_COST
    return -SHORT_COST


def _inline_boxes(lines: list[Line], weights: list[int]) -> list[int]:
    """Return the weights with a related box inside the article weighing as one noise line.

    A box of links (`Trending News` and a few headlines) may stand between two paragraphs: a finished
    sentence above it, running text right below its items; a list ending the article is followed by more
    lists and footers. A box of teasers each with its lead cut short is longer: its items weigh nothing."""
    for i, line in enumerate(lines):
        if line.kind != noise.RELATED:
            continue
        below = [j for j in range(i + 1, len(lines)) if lines[j].text][:TEASER_BOX_LINES]
        items = next((n for n, j in enumerate(below) if lines[j].kind in BARRIERS or resumes(lines, j)), len(below))
        teasers = sum(1 for j in below[:items] if lines[j].kind == SNIPPET) >= BOX_ITEMS
        # a photo and its caption may stand between the last paragraph and a box of teasers
        above = next((other for other in reversed(lines[:i])
                      if other.text and not (teasers and other.kind == noise.CAPTION)), None)
        if not (BOX_ITEMS <= items < len(below) and not lines[below[items]].kind and above is not None
                and above.prose and noise.ends_sentence(above.text)):
            continue
        if teasers or _runs_on(lines, below[items]):
            weights[i] = -NOISE_COST
            for j in below[:items]:
                weights[j] = 0  # the items are dropped with the box; they do not part the article's two halves
        elif below[items] - i <= BOX_LINES:
            weights[i] = -NOISE_COST
    return weights


def _runs_on(lines: list[Line], i: int) -> bool:
    """Return True when running text goes on for several paragraphs from line i (the article resuming below a box
    of links, however long the box: a list ending the article is followed by more lists and footers)."""
    below = [line for line in lines[i:] if line.text][:RESUMED_PARAGRAPHS]
    return len(below) == RESUMED_PARAGRAPHS and all(line.prose and not line.kind for line in below)


def line_weights(lines: list[Line]) -> list[int]:
    """Return each line's weight; a run of markup lines weighs as one (a converter may break one script into many),
    and so does a run of a photo's lines (alt text, enlarge control, caption, counter: a gallery is one picture box)
    and an ad's (its label, headline and request)."""
    weights, previous = [], None
    for line in lines:
        _, text, own, prose = line  # unpacked once: four field reads a line cost more than the rest
        if not text:
            weights.append(0)  # a blank line weighs nothing and leaves the run it stands in open
            continue
        kind = noise.CAPTION if previous == noise.CAPTION and _photo_control(line) else own
        same_blob = kind in BLOBS and previous == kind
        weights.append(0 if same_blob else -CAPTION_COST if kind != own else _weight(text, kind, prose))  # weight(line)
        previous = kind
    return weights


def _photo_control(line: Line) -> bool:
    """Return True for a short control or counter (`이전 다음`, `2 / 5`), which below a caption is the gallery's."""
    return line.kind == noise.TICKER and _COUNTER.match(line.text) is not None \
        or line.kind == noise.MENU and not noise.is_bullet(line.text)


def find_core(lines: list[Line], weights: list[int] | None = None) -> tuple[int, int] | None:
    """Return (first, last) indexes of the densest run of running text, or None.

    A long run of lines that are not running text (a menu, a footer) costs more the longer it
    gets, so two blocks of text far apart are not joined into one article."""
    weights = weights or line_weights(lines)
    found = _densest(lines, weights, 0, len(lines))
    if found is None:
        return None
    return tidy_span(lines, weights, *_above_rights_notice(lines, weights, found[1], found[2]))


def tidy_span(lines: list[Line], weights: list[int], first: int, last: int) -> tuple[int, int]:
    """Return the span without the lines weighing nothing at its top, widened over short paragraphs next to it."""
    while first < last and weights[first] <= 0:
        first += 1
    return _take_in_short_paragraphs(lines, first, last)


def _rights_notice(line: Line) -> bool:
    """Return True for the site's copyright notice reserving its rights (`© 2019 X. All Rights Reserved.`)."""
    return line.kind == noise.COPYRIGHT and endings.reserves_rights(line.text)


def _ends_article(line: Line) -> bool:
    """Return True for a line only found below an article: the site's rights notice, a comment thread's heading,
    the heading of the list of its sources or of the box on its writer."""
    return (_rights_notice(line) or line.kind == noise.SOURCES or line.kind == noise.AUTHOR and chrome.heads_note(line.text)
            or line.kind == noise.COMMENTS and endings.heads_thread(line.text))


def _above_rights_notice(lines: list[Line], weights: list[int], first: int, last: int) -> tuple[int, int]:
    """Return the span cut above a rights notice inside it, when more of its text stands above the notice.

    The article ends above the site's notice; a river of teasers below it (each a headline and a
    sentence) may outweigh the notice's cost and be taken in with the article. So does a thread of
    comments below its heading (`10 thoughts on “…”`)."""
    for i in range(first, last + 1):
        if _ends_article(lines[i]):
            above = sum(w for w in weights[first:i] if w > 0)
            if above >= sum(w for w in weights[i + 1:last + 1] if w > 0):
                return first, i - 1
    return first, last


def runner_up(lines: list[Line], weights: list[int], first: int, last: int) -> tuple[int, int, int] | None:
    """Return (weight, first, last) of the densest run outside the article span, or None."""
    found = [block for block in (_densest(lines, weights, 0, first), _densest(lines, weights, last + 1, len(lines)))
             if block]
    return max(found) if found else None


def _densest(lines: list[Line], weights: list[int], lo: int, hi: int) -> tuple[int, int, int] | None:
    """Return (weight, first, last) of the maximum-weight run of lines in lines[lo:hi], or None."""
    best, best_span = 0, None
    total, start, run = 0, lo, 0
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0, i
        gain = weights[i]
        run = 0 if gain > 0 else run + (1 if lines[i].text else 0)
        total += gain * (1 + run // RUN_STEP) if gain < 0 else gain
        if total > best:
            best, best_span = total, (start, i)
    return (best, *best_span) if best_span else None


def _flash_span(lines: list[Line]) -> tuple[int, int] | None:
    """Return the span of a flash article's one or two sentences, or None.

    A short article (`[속보] …` and one sentence) weighs too little for the densest-run search; it is
    taken when its sentences sit right below a headline that shares most of their words (or three of a long
    headline's). On a page of teasers and comments only its news sentences count (a statement's plain ending, no
    list item)."""
    sentences = [i for i, line in enumerate(lines) if line.prose and not line.kind]
    if len(sentences) > FLASH_SENTENCES:
        sentences = [i for i in sentences if _news_sentence(lines[i])]  # not the teasers' headlines and leads
    if not sentences or len(sentences) > FLASH_SENTENCES:
        return None
    first, last = sentences[0], sentences[-1]
    if last - first > FLASH_LINES:
        return None
    title = headline.find_title(lines, first, last)
    if title is None or first - title > FLASH_LINES or not (headline.shares_words(lines[title].text, lines[first].text)
                                                             or headline.shared_words(lines[title].text, lines[first].text) >= FLASH_SHARED):
        return None
    return first, last


def _take_in_short_paragraphs(lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """Return the span widened over short sentences right next to it (a one-line last paragraph).

    A sentence shorter than the paragraph cost weighs less than nothing, so the search leaves it
    out; one that touches the article, with only blank lines between, is the article's own. So is a
    transcript's speaker mark, and a short sentence ending the article right above its byline."""
    step_last = last
    for j in range(last + 1, len(lines)):
        if lines[j].text:
            if not (_inside_text(lines[j]) or _closing_sentence(lines, j)):
                break
            step_last = j
    step_first = first
    for j in range(first - 1, -1, -1):
        if lines[j].text:
            if not _inside_text(lines[j]):
                break
            step_first = j
    return step_first, step_last


def _inside_text(line: Line) -> bool:
    """Return True for running text that is no noise, or a transcript's speaker mark or interviewee line."""
    return line.prose and line.kind is None or broadcast.is_speaker(line.text) or broadcast.is_speech(line.text)


def _closing_sentence(lines: list[Line], i: int) -> bool:
    """Return True for a short line that finishes a sentence (`…열린다.`) with the byline right below it."""
    line = lines[i]
    if line.kind or not noise.ends_korean_sentence(line.text):
        return False
    below = next((other for other in lines[i + 1:] if other.text), None)
    return below is not None and below.kind == noise.BYLINE


def extract_text(text: str, path: str, template: frozenset[str] = frozenset(),
                 undone: str | None = None) -> ImportedArticle:
    """Return the article found in a text dump (body, title, bylines, date, outlet); lines of the
    outlet's `template` (learnt from a folder, see template.py) are noise; `undone`: the text's lines
    with the converter undone, when a folder's first pass did it."""
    record = ImportedArticle(path=path, lang="ko" if hangul_share(text) > 0.3 else "en")
    lines = mark_template(segment(text, undone), template)
    weights = _inline_boxes(lines, line_weights(lines))
    span = find_core(lines, weights) or _flash_span(lines)
    if span is None:
        return record
    if record.lang == "ko":
        # built and measured on Korean pages only (the transplant frames); English pages keep the densest run as is
        span = tidy_span(lines, weights, *second_article.one_article(
            lines, weights, *_page_article(lines, weights, *_below_header(lines, weights, *span))))
    first, last = span
    # the article's own running text decides its language, not the page's: a Korean article may sit in English chrome
    prose = headline.opening_text(lines, first, last, lambda line: line.prose and not line.kind, SAMPLE_CHARS)
    if prose:
        record.lang = "ko" if hangul_share(prose) > 0.3 else "en"
    if record.lang == "ko":
        first, last = _korean_edges(lines, first, last)
    else:
        last = _above_writer_note(lines, first, last)
    _note_rival_block(lines, weights, first, last, record)
    first = headline.start_below_header(lines, first, last)
    deck, first, title_index, rival, unbacked, refused = headline.headline_and_deck(lines, first, last, record.lang == "ko")
    if rival is not None:
        # two lines fit as well as each other: asking the user beats writing a wrong headline into the archive
        record.doubts.append(f"headline unsure between “{lines[title_index].text}” and “{lines[rival].text}”")
    elif unbacked is not None:
        record.doubts.append(f"headline unsure: “{lines[unbacked[0]].text}” stands far above the article with no "
                             f"byline, date or second copy beside it and barely leads “{lines[unbacked[1]].text}”")
    elif refused is not None:
        record.doubts.append(f"headline unsure: “{lines[refused[0]].text}” {refused[1]}")
    elif title_index is not None:
        record.title = headline.headline_text(lines, title_index)
    _account_outside(lines, first, last, {title_index, *deck}, record)
    read_fields(lines, first, last, record)
    blocks = [Block(lines[i].text) for i in deck] + core_blocks(lines, first, last)
    blocks = clean.clean_blocks(blocks, record)
    record.body = clean.to_markdown(blocks)
    return record


def _page_article(lines: list[Line], weights: list[int], first: int, last: int) -> tuple[int, int]:
    """Return the span of the article above when the one found follows another article's rights notice and header.

    The next article, preloaded below for endless scrolling and hidden, may outweigh the page's own (a photo
    article's one paragraph): the page's article is the one that ends on the notice above it, however short."""
    notice = second_article.notice_above(lines, first)
    if notice is None:
        return first, last
    found = _densest(lines, weights, 0, notice)
    return found[1:] if found and found[0] >= second_article.MIN_ARTICLE else (first, last)


def _below_header(lines: list[Line], weights: list[int], first: int, last: int) -> tuple[int, int]:
    """Return the span of the text right below the article's header when the span found lies below the site's
    rights notice that closes that text: the article ended at the notice, however short (a flash sentence), and
    the comments, teasers or notices below it are no article.

    The text is the densest run above the notice when it weighs as an article, or when a date line or byline
    stands right above it; else, on a portal whose controls and layers part the header from the text, the news
    sentences (a statement's plain ending, no list item) between the last date line and the notice."""
    notice = next((i for i in range(first) if _rights_notice(lines[i])), None)
    if notice is None:
        return first, last
    found = _densest(lines, weights, 0, notice)
    if found is not None and found[0] >= second_article.MIN_ARTICLE:
        return found[1:]  # the article above the notice weighs as one: the page's, however much the text below
    if found is not None and noise.ends_sentence(lines[found[2]].text) and any(
            lines[j].kind in (noise.DATELINE, noise.BYLINE) for j in text_indexes(lines, found[1] - 1, -1, HEADER_LINES)):
        return found[1:]
    dated = next((i for i in range(notice - 1, -1, -1) if lines[i].kind == noise.DATELINE), None)
    news = [i for i in range(dated + 1, notice) if _news_sentence(lines[i])] if dated is not None else []
    return (news[0], news[-1]) if news else (first, last)


def _news_sentence(line: Line) -> bool:
    """Return True for running text ending on a statement's plain ending (`…돌입한다.`), no list item: a news
    sentence, where a site's notices end politely (`…있습니다.`)."""
    return line.prose and not line.kind and noise.ends_korean_sentence(line.text) and not noise.is_bullet(line.text) \
        and line.text.rstrip()[-3:-1] != "니다"


def _korean_edges(lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """Return a Korean article's span without the lines in another script at its edges (the chrome of a page in
    another language: a wire slug, a caption, an author's note); a byline or an address ends the trimming."""
    def foreign(line: Line) -> bool:
        """Return True for a line holding no Hangul that is no byline, address or speaker mark."""
        return not noise.has_hangul(line.text) and line.kind != noise.BYLINE and "@" not in line.text

    while last > first and (not lines[last].text or foreign(lines[last])):
        last -= 1
    while first < last and (not lines[first].text or foreign(lines[first])):
        first += 1
    return first, last


def _above_writer_note(lines: list[Line], first: int, last: int) -> int:
    """Return the article's last line above the note on its writer among its last sentences (`Jane Doe is a
    reporter at …`, maybe with the writer's offer and name lines below it)."""
    tail = [i for i in range(last, first, -1) if lines[i].prose][:NOTE_LINES]
    note = next((i for i in reversed(tail) if chrome.is_bio(lines[i].text)), None)
    if note is None:
        return last
    return next(i for i in range(note - 1, first - 1, -1) if lines[i].text or i == first)


def _note_rival_block(lines: list[Line], weights: list[int], first: int, last: int, record: ImportedArticle) -> None:
    """Record a doubt when another block of the page weighs nearly as much as the one taken."""
    taken = sum(w for w in weights[first:last + 1] if w > 0)
    outside = sum(w for w in weights if w > 0) - taken
    if outside < RIVAL_SHARE * taken:
        return  # all the text outside the article together weighs too little to rival it
    rival = runner_up(lines, weights, first, last)
    if rival is not None and rival[0] >= RIVAL_SHARE * taken:
        record.doubts.append(f"another block of the page weighs nearly as much as the article taken "
                             f"(lines {rival[1] + 1}-{rival[2] + 1}); check that the right one was kept")
        record.runner_up = "\n".join(line.text for line in lines[rival[1]:rival[2] + 1] if line.text)


def _account_outside(lines: list[Line], first: int, last: int, kept: set[int | None], record: ImportedArticle) -> None:
    """Record every line outside the article span (but the headline and a deck kept apart) as dropped, with its kind."""
    outside = [*enumerate(lines[:first]), *enumerate(lines[last + 1:], last + 1)] if first <= last else enumerate(lines)
    record.dropped.extend([Dropped(line.text, line.kind or "outside the article")
                           for i, line in outside if line.text and i not in kept])

