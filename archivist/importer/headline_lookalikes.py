"""Lines above an article that look like its headline and are not: a breadcrumb trail ending on it, a share card's
copy of the lead cut short, a picture's caption over its credit, a box's items, teaser cards, signed stories, a
ticker's timed items, a gallery's captions, a video's title or a playlist's item, a menu's item, a team's or a
picture's credit, someone's quoted words, the title a link to the next or the previous story gives."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import captions, markup_lines, noise

if TYPE_CHECKING:
    from .record import Line

CUT_STEM = 10      # what must remain of a line cut off with an ellipsis to be recognised as another line's opening
CUT_WORDS_CHARS = 30  # a line cut inside a word, without an ellipsis, is recognised from this long
CREDIT_CHARS = 40  # a caption line this short is a bare credit (`Image: Jane Roe`), printed under its caption
GALLERY_PICTURES = 2  # pictures above the article that make the lines below them a gallery's captions
TRAIL_MIN_WORDS = 3   # the headline a breadcrumb trail ends on has at least this many words
CARD_SPAN = 5         # lines from a teaser card's first copy of its title to its second
CARD_GAP = 6          # lines between one card's second copy and the next card's first
CARD_RUN = 3          # cards in a row that make a box of stories
TAIL_WORDS = 3        # words a share card or a picture's label adds after its copy of the headline
MENU_ITEM_WORDS = 3   # a menu's item printed on a line of its own is this short
MENU_RUN_WORDS = 6    # …or this short inside a long run of items
MENU_RUN = 7          # items in a run that make a long menu
MENU_SIDE = 2         # items a long menu's item has at least above and below it
TIMED_RUN = 3         # lines in a row ending on a clock time that make a list of the latest stories
_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to with".split())
_CLOCK_END = re.compile(r"\S\s+(?:[01]?\d|2[0-3]):[0-5]\d$")  # a story's title, then its time (`… 9:00`)
# Someone's words: a line that opens with a quotation mark and either closes with it or goes on to say who
# said them (`“We have to…,” the chairman said`). English headlines quote inside, after a name or a colon.
_QUOTATION = re.compile(r"^(?:[\"“][^\"”]+[\"”]\W?|[‘'](?:(?![’']\s).)+[’']\W?"  # one quotation, whole
                        r"|[\"“‘'].+?[,!?][\"”’']\s+\S.*)$")  # a quotation, then who said it
# A video playlist's item: its running time and play button before its title, maybe `Now Playing` after it.
_PLAYLIST_ITEM = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+play\b|\bnow playing$", re.I)
# What a breadcrumb trail's words before its last item hold: `Home` or a separator between items.
_TRAIL_HEAD = re.compile(r"\bhome\b|[»›>/|]", re.I)
# A breadcrumb's section names printed without separators: opening on `Home` or `News`, or holding two sections
# joined by `&` (`News Cities & Regions Harbour news`, `Home Arts & Culture Books`).
_SECTION_TRAIL = re.compile(r"^(?:Home|News)\s+[A-Z]|\b[A-Z][a-z]+ & [A-Z][a-z]+\b")
SECTION_TRAIL_WORDS = 8  # a breadcrumb's section names on one line are at most this many words
# A breadcrumb trail's label (`You are here`).
_TRAIL_LABEL = re.compile(r"^you are here\W*$", re.I)
# A team signing in place of a writer (`Smart Shopping Team`, `Travel Desk`, `Newsroom Staff`): a few capitalised words.
_TEAM_CREDIT = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){0,3}(?:Team|Staff|Desk|Editors|Newsroom)$")
# A link to the next or the previous story, its label alone on its line (`Next Story`, `• Older Article`, `Prev post →`).
_STORY_STEP = re.compile(r"^[\W_]*(?:next|previous|prev|older|newer)\s+(?:story|article|post|entry)[\W_]*$", re.I)
STEP_REACH = 2  # lines from such a label to the story's title (w3m prints a blank line between)


def headline_below_trail(lines: list[Line], top: list[int], last: int) -> int | None:
    """Return the line below the headline when the block opens with a breadcrumb trail ending on it (`Home News
    Harbour opens …`, then `Harbour opens …` alone a few lines below), else None."""
    alone = {lines[i].text: i for i in top[1:]}
    words = lines[top[0]].text.split() if top else []
    for k in range(1, len(words) - TRAIL_MIN_WORDS + 1):
        headline = alone.get(" ".join(words[k:]))
        if headline is not None:
            return next((i for i in range(headline + 1, last + 1) if lines[i].text), None)
    return None


def trail_to(text: str, shown: set[str]) -> bool:
    """Return True for a breadcrumb trail ending on a line printed on its own (`Home News Sport Harbour opens …`):
    the line printed alone is the headline, the trail is the site's navigation glued to it."""
    words = text.split()
    return any(" ".join(words[k:]) in shown for k in range(1, len(words) - TRAIL_MIN_WORDS + 1))


def trail_ends(lines: list[Line], top: int, first: int) -> set[str]:
    """Return the texts a breadcrumb trail above the article ends on (`Home » Travel » Harbour opens …`, `Home News
    Harbour opens …`): the page's own title, the trail's last item; words of the trail before it open on `Home` or
    hold a separator (`»`, `>`, `/`, `|`)."""
    ends = set()
    for line in lines[top:first]:
        if _TRAIL_HEAD.search(line.text) is None:
            continue  # most lines: no word of theirs holds `home` or a separator, found in one search of the line
        words = line.text.split()
        last = len(words) - TRAIL_MIN_WORDS  # the trail's last item has TRAIL_MIN_WORDS words at least
        # a head of k words holds `home` or a separator once one of its words does
        head = next((k for k, word in enumerate(words[:last]) if _TRAIL_HEAD.search(word)), None)
        if head is not None:
            ends.update(" ".join(words[k:]) for k in range(head + 1, last + 1))
    return ends


def section_trail(text: str) -> bool:
    """Return True for a line that may be a breadcrumb's section names printed without separators (`News Cities &
    Regions Harbour news`): a few words, no sentence's end, opening on `Home` or `News` or holding two sections
    joined by `&`."""
    return len(text.split()) <= SECTION_TRAIL_WORDS and not text.rstrip("\"”’'").endswith((".", "!", "?")) \
        and _SECTION_TRAIL.search(text) is not None


def copy_with_tail(text: str, shown: set[str]) -> bool:
    """Return True for a copy of a line printed on its own with a few words after it (`Headline on USATO`, a share
    card's; `Headline - Photo`, a picture's label): the line printed alone is the headline."""
    words = text.split()
    return any(" ".join(words[:k]) in shown for k in range(max(TRAIL_MIN_WORDS, len(words) - TAIL_WORDS), len(words)))


def cut_copy(text: str, page: list[str]) -> bool:
    """Return True for a line cut short that opens a longer line elsewhere on the page (a share card's copy of the
    lead, `첫 문장의 앞부분…`, or one cut inside a word, `…will prosecute Dall`): a copy is no headline. A headline
    ending on `…` opens nothing, and one opening a longer line (`Headline | Site`) ends on a word's end there.
    `page`: the page's line texts, sorted (`page_texts`)."""
    stem = text.rstrip(".… ")
    if len(stem) < CUT_STEM or stem == text and len(text) < CUT_WORDS_CHARS:
        return False
    for other in _opening_with(stem, page):
        if other != text and (stem != text or len(other) > len(text) and other[len(text)].isalnum()) \
                and not other[len(text):].lstrip().startswith(text):  # the line printed twice, glued (alt and caption)
            return True
    return False


def page_texts(lines: list[Line]) -> list[str]:
    """Return the page's distinct line texts, sorted, for `cut_copy` to find the lines a text opens."""
    return sorted({line.text for line in lines if line.text})


def _opening_with(stem: str, page: list[str]) -> Iterator[str]:
    """Yield the texts of the sorted page that open with the stem."""
    for k in range(bisect.bisect_left(page, stem), len(page)):
        if not page[k].startswith(stem):
            return
        yield page[k]


def over_credit(lines: list[Line], i: int) -> bool:
    """Return True for a line right above a picture's bare credit (`Image: Jane Roe`, `Photo: AP`): its caption.

    A name printed twice (`Jane Roe Jane Roe`: the writer's portrait's alt text, then the name) over the date is the
    writer's, not a picture's credit."""
    k = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].text), None)
    if k is None or lines[k].kind != noise.CAPTION or len(lines[k].text) > CREDIT_CHARS:
        return False
    return not (noise.twice_over(lines[k].text) and _over_date(lines, k))


def _over_date(lines: list[Line], i: int) -> bool:
    """Return True when the next line with text below a line is a byline or a date line."""
    below = next((line for line in lines[i + 1:i + 3] if line.text), None)
    return below is not None and below.kind in (noise.BYLINE, noise.DATELINE)


def box_items(lines: list[Line], top: int, first: int, anchor: int | None) -> set[int]:
    """Return the lines listed right below a box heading above the article (`헤드라인 뉴스`, `많이 본 뉴스`): its items.

    A browser's copy prints a list without bullets, one item a line, and the article's headline may follow the
    last item with no blank line between; the line right above the article's byline or date is that headline, and so
    is a line printed twice in a row with at most its deck between the pair and the byline."""
    listed: set[int] = set()
    for i in range(top, first):
        if lines[i].kind != noise.RELATED:
            continue
        j = i + 1
        while j < first and lines[j].text and not lines[j].kind:
            below = next((k for k in range(j + 1, first + 1) if lines[k].text), None)
            if below is not None and (below == anchor or _headline_twice(lines, j, below, anchor)):
                break
            listed.add(j)
            j += 1
    return listed


def _headline_twice(lines: list[Line], i: int, below: int, anchor: int | None) -> bool:
    """Return True when line `i` is printed again on the next line with text (`below`) and the byline or date follows
    that copy, maybe after one more line (a deck): the headline and its copy (a picture's text, then the heading)."""
    if anchor is None or lines[below].text != lines[i].text:
        return False
    after = next_text(lines, below, 1)
    return after is not None and (after == anchor or next_text(lines, after, 1) == anchor)


def card_titles(lines: list[Line], top: int, first: int) -> set[int]:
    """Return the lines of a run of teaser cards above the article: each card prints its story's title twice (its
    picture's link, then its heading, a section's label between) and its date below; three cards or more in a row
    are a box of stories, never the headline (a headline printed twice is one pair, not a run)."""
    pairs = []
    for i in range(top, first):
        text = lines[i].text
        if not text:  # a blank line has no twin
            continue
        twin = next((k for k in range(i + 1, min(first, i + CARD_SPAN)) if lines[k].text == text), None)
        if twin is not None and any(line.kind == noise.DATELINE for line in lines[twin + 1:twin + CARD_SPAN]):
            pairs.append((i, twin))
    runs: list[list[tuple[int, int]]] = [[]]
    for pair in pairs:
        if runs[-1] and pair[0] - runs[-1][-1][1] > CARD_GAP:
            runs.append([])
        runs[-1].append(pair)
    return {i for run in runs if len(run) >= CARD_RUN for pair in run for i in pair}


def signed_runs(lines: list[Line], top: int, first: int) -> list[list[tuple[int, int]]]:
    """Return the runs of two or more signed titles between `top` and `first`: a line and its byline below it, then
    another line and its byline (`Title` / `홍길동 기자` / `Title` / `김철수 기자`), as (title, byline) pairs. A title
    is a plain line or a list's item, never a date line."""
    texts = [i for i in range(top, first) if lines[i].text]
    kinds = [lines[i].kind for i in texts]
    runs: list[list[tuple[int, int]]] = [[]]
    k = 0
    while k + 1 < len(texts):
        if kinds[k] in noise.TEASER_TITLE_KINDS and kinds[k + 1] == noise.BYLINE:
            runs[-1].append((texts[k], texts[k + 1]))
            k += 2
            continue
        if runs[-1]:
            runs.append([])
        k += 1
    return [run for run in runs if len(run) >= 2]


def signed_items(lines: list[Line], top: int, first: int) -> set[int]:
    """Return the titles of a box of signed stories above the article (`signed_runs`), but each run's last: the
    article's own header is a headline and its byline followed by its date or its text, not by another signed title."""
    return {title for run in signed_runs(lines, top, first) for title, _ in run[:-1]}


def signed_teasers_above(lines: list[Line], headline: int) -> set[int]:
    """Return the bylines of a box of signed stories above the headline's line: they sign those stories."""
    return {byline for run in signed_runs(lines, 0, headline + 1) for title, byline in run if title < headline}


def timed_items(lines: list[Line], top: int, first: int) -> set[int]:
    """Return the lines of a list of the latest stories above the article (a breaking-news ticker printed without
    bullets): TIMED_RUN lines or more in a row, each a title followed by its time (`… 9:00`). A headline is printed
    without a clock time after it."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(top, first + 1):
        if i < first and lines[i].text.rstrip("\n")[-1:].isdigit() and _CLOCK_END.search(lines[i].text):  # on a digit
            run.append(i)
            continue
        if i < first and not lines[i].text:
            continue
        if len(run) >= TIMED_RUN:
            found.update(run)
        run = []
    return found


def _playlist_item(text: str) -> bool:
    """Return True for a playlist's item line (`4:29 Now Playing`, `2:46 Play`); a line without `lay` in any case
    (most lines) is none, told without the pattern's search."""
    return "lay" in text.lower() and _PLAYLIST_ITEM.search(text) is not None


def gallery_captions(lines: list[Line], top: int, first: int) -> set[int]:
    """Return the lines of a gallery above the article: pictures' placeholders each followed by one line, in turns
    (`[photo]`, `Jane Roe, 100 m`, `[photo]`, `John Doe, diving`): captions, never the headline. One picture
    above the headline (the page's lead picture) is no gallery."""
    turns: list[int | None] = []  # a line with text, or None for a run of placeholders (a picture and its link)
    for i in range(top, first):
        if not lines[i].text:
            continue
        if markup_lines.is_picture_mark(lines[i].text):
            if not turns or turns[-1] is not None:
                turns.append(None)
        else:
            turns.append(i)
    captions = {turns[n] for n in range(1, len(turns)) if turns[n] is not None and turns[n - 1] is None
                and lines[turns[n]].kind in (None, noise.CAPTION)  # a share button between two pictures is no caption
                and (n + 1 < len(turns) and turns[n + 1] is None or n >= 3 and turns[n - 2] is not None
                     and turns[n - 3] is None)}
    return captions if len(captions) >= GALLERY_PICTURES else set()


def video_titles(lines: list[Line], top: int, first: int) -> set[int]:
    """Return the lines above the article printed right above and right below a video player's line (`Play Video -
    2:46`, a running time): the video's title, as its player prints it twice. A headline over the article's own
    video is printed once above it. The line right below a playlist's item (`4:29 Now Playing`) is its title."""
    found: set[int] = set()
    for i in range(top, first):
        if _playlist_item(lines[i].text):
            below = next_text(lines, i, 1, reach=1)  # a playlist prints each item's title right below its time
            found |= set() if below is None or _playlist_item(lines[below].text) else {below}
        if lines[i].kind != noise.PLAYER:
            continue
        above, below = next_text(lines, i, -1), next_text(lines, i, 1)
        if above is not None and below is not None and lines[above].text == lines[below].text:
            found |= {above, below}
    return found


def stepped_titles(lines: list[Line], top: int, first: int) -> set[int]:
    """Return the lines above the article printed right below a link's label to the next or the previous story
    (`Next Story`, then `Harbour reopens after storm`): that story's title, not this article's headline. A pager of
    labels one under the other (`Older Article`, `Newer Article`) names no story; a byline or a date below a label
    is no title."""
    found = set()
    for i in range(top, first):
        if not _STORY_STEP.match(lines[i].text):
            continue
        above = next_text(lines, i, -1, reach=1)
        if above is not None and _STORY_STEP.match(lines[above].text):
            continue
        below = next_text(lines, i, 1, reach=STEP_REACH)
        if below is not None and below < first and not _STORY_STEP.match(lines[below].text) \
                and lines[below].kind not in (noise.BYLINE, noise.DATELINE):
            found.add(below)
    return found


def next_text(lines: list[Line], i: int, step: int, reach: int = 3) -> int | None:
    """Return the nearest line with text, not markup (a picture's mark), `step` by `step` from a line, or None."""
    return next((k for k in range(i + step, i + step * (reach + 1), step)
                 if 0 <= k < len(lines) and lines[k].text and lines[k].kind != noise.MARKUP), None)


def menu_item(lines: list[Line], i: int) -> bool:
    """Return True for a short English line between two short lines with no blank line between them (`Los Angeles`,
    `New York City`, `San Francisco`): an item of a menu a browser's copy prints one item a line, not a headline.
    A short line right above or below a date or a byline is the headline it stands on."""
    if noise.has_hangul(lines[i].text) or not 0 < i < len(lines) - 1:
        return False
    if _short_line(lines[i].text) and all(_short_line(line.text) and line.kind not in (noise.BYLINE, noise.DATELINE)
                                          for line in (lines[i - 1], lines[i + 1])):
        return True
    return _in_long_menu(lines, i)


def _in_long_menu(lines: list[Line], i: int) -> bool:
    """Return True for a line of a few capitalised words (`Vice President Joe Biden`) inside a long run of short lines
    with no blank line between, MENU_SIDE of them at least on each side: a long menu a browser's copy prints one item
    a line. A headline ends such a run (its byline or its text below) or is set in sentence case (`2012 map takes
    unfamiliar shape`), never a menu's item."""
    if not all(word[:1].isupper() or not word[:1].isalpha() or word in _SMALL_WORDS for word in lines[i].text.split()):
        return False
    above = next((n for n in range(MENU_RUN + 1) if not _run_item(lines, i - n)), MENU_RUN + 1)
    below = next((n for n in range(MENU_RUN + 1) if not _run_item(lines, i + n)), MENU_RUN + 1)
    return above > MENU_SIDE and below > MENU_SIDE and above + below - 1 >= MENU_RUN


def _run_item(lines: list[Line], k: int) -> bool:
    """Return True for a line that may be a long menu's item: a few words, no byline or date."""
    return 0 <= k < len(lines) and 0 < len(lines[k].text.split()) <= MENU_RUN_WORDS \
        and lines[k].kind not in (noise.BYLINE, noise.DATELINE)


def _short_line(text: str) -> bool:
    """Return True for a line of one to MENU_ITEM_WORDS words, no sentence."""
    return 0 < len(text.split()) <= MENU_ITEM_WORDS and not noise.ends_sentence(text)


def credit_or_label(text: str) -> bool:
    """Return True for a team's credit (`Smart Shopping Team`), a picture's credit in words (`Courtesy of Jane Roe`),
    a video playlist's item (`4:29 Play <its title> Now Playing`) or a breadcrumb's label (`You are here`): lines
    printed near the headline, never it."""
    return any(pattern.search(text) for pattern in (_TEAM_CREDIT, captions.PICTURE_CREDIT, _PLAYLIST_ITEM, _TRAIL_LABEL))


def quotation(text: str) -> bool:
    """Return True for an English line that is someone's quoted words, not a headline about them.

    Korean headlines are often one quotation (`“경제 살리겠다”`), so only lines without Hangul count."""
    return not noise.has_hangul(text) and bool(_QUOTATION.match(text))
