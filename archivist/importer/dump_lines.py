"""A text dump's lines and what each one is: noise of some kind, running text, an echo, a caption.

segment() undoes the converter (converter.py), splits columns (layout.py) and
classifies every line; text.py then weighs them to find the article.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import broadcast, captions, chrome, clean, converter, fields, headline, layout, noise, service_notes, wire_end
from . import headline_lookalikes as lookalikes
from .record import Line, text_indexes
from .template import split_lines

ECHOES = 3          # a running-text line printed this often is not a paragraph of the article
ECHO = "printed again and again"
SNIPPET = "teaser snippet"
CITED = "source cited"  # an item of the list of sources below an article
SNIPPET_SPAN = 6    # two lines cut off with an ellipsis this close together are a list of teasers
ECHO_OPENING = 80  # long lines opening alike this far, printed this often in all, are one text cut to fit
ALT_CHARS = 40  # an image's alt text printed above its caption is at most this long
DOUBLE_HEADLINE = 100  # a line printed twice in a row up to this long, not a sentence, may be the headline
PARAGRAPH_DOUBLE = 250  # a line printed twice in a row this long, of several sentences, is a paragraph
AD_BOX_LINES = 2    # a text ad under its label: a headline, then a line asking the reader
_GLUED_TO_BYLINE = (noise.COPYRIGHT, noise.PROMO)  # noise a dump may glue after a byline on its line
_MARKED_BYLINE = (noise.PROMO, noise.CAPTION)  # a byline opened by a promo's mark or closed by a photo credit
_ASKS_READER = re.compile(r"(?:세요|십시오|클릭|바로\s*가기)\s*[.!]?$")  # ad copy speaks to the reader; news does not
_PROFILE = re.compile(r"^[가-힣]{2,4}\s?(?:기자|특파원|논설위원|칼럼니스트|앵커)(?:는|은)\s")  # `홍길동 기자는 …`
# A rank glued to its headline (`1[속보] …`, `2“…`); a number with its counter (`3일`, `2명`) opens a sentence.
_RANK = re.compile(r"^([1-9]\d?)(?=[^\d\s.,)%:/~\-일월년시분초명개차번대위회층세살호조억만천건곳달주])")
RANKS = 3          # ranks 1, 2, 3… in a row make a ranking
_RANK_OPENINGS = frozenset("0123456789*+•·○●◦▪o#-")  # a rank, or a list marker before it
RANK_GAP = 4       # text lines between two ranks (the headline's lead, a time)
_INSERTS = (noise.AD, noise.CAPTION, noise.MARKUP)  # what a page sets between two paragraphs of its article
_SLASH_CREDIT = re.compile(r"^/\s*(?:사진|자료|그래픽|영상)\s*=\s*\S.{0,30}$")  # a caption's credit on a line of its own
PROFILE_CHARS = 300  # a profile is a sentence or three
CUT_TAIL = 14       # how many characters of sign-off may follow a paragraph's last sentence
_SENTENCE_STOP = re.compile(r"[.!?。”\"’'」』)]")
_TRAILING_EMAIL = re.compile(r"\s*\(?[\w.%+\-]+@[\w.\-]*\)?\s*$")  # an email, maybe cut off by the page
_SENTENCE_INSIDE = re.compile(r"[다요]\.\s+\S|[a-z]{3}\.\s+[A-Z]")
_BARE_BULLETS = ("*", "+", "o", "•", "-")  # an item whose text a converter printed on the lines below
_ELLIPSIS = ("…", "..")  # what a site appends to a text it cut to fit (an ending: str.endswith, no regex)
_RUNNING_TIME = re.compile(r"^\d{1,2}:\d{2}(?:\s*\|\s*\S.{0,30})?$")  # a video's length, maybe with its section
_SNIPPET_FACTS = (SNIPPET, False)
_new_tuple = tuple.__new__


def segment(text: str, undone: str | None = None) -> list[Line]:
    """Return the dump's lines, each classified as noise (with its kind) or text; `undone` is the
    text's lines with the converter undone, when a folder's first pass already did it (template.first_pass)."""
    raw = split_lines(text)
    korean = noise.has_hangul(text)  # a teaser's lead is looked for among Korean lines only
    leads = _item_leads(raw) if korean else set()  # before a bare bullet is removed with the converter's marks
    raw = undone.split("\n") if undone is not None else converter.undo(raw)
    raw = layout.split_glued_dates(layout.split_columns(raw))
    if korean:
        leads |= _item_leads(raw)  # after lines a narrow window wrapped are joined again
    lines = []
    for i, (stripped, kind) in enumerate(layout.split_alt_text(raw)):
        stripped = chrome.without_share_button(stripped) if "weet" in stripped else stripped
        facts = (kind, False) if kind else line_facts(stripped)
        if facts[1] and stripped in leads and noise.has_hangul(stripped):
            facts = _SNIPPET_FACTS
        lines.append(_new_tuple(Line, (i, stripped, *facts)))  # Line(...) through tuple.__new__: a third of its cost
    lines = _mark_split_bylines(service_notes.mark_layer_notes(service_notes.mark_summary_boxes(lines, noise.SUMMARY)))
    return _mark_running_times(_mark_doubles(_mark_cited(_mark_offer_boxes(lines))))


def _mark_running_times(lines: list[Line]) -> list[Line]:
    """Mark a video's running time (`2:32 | NFL`) between two copies of its title as the video player's, not a
    date line: the player prints the title above and below it, and the time is its length, not the article's."""
    for i, line in enumerate(lines):
        if line.kind == noise.DATELINE and _RUNNING_TIME.match(line.text):
            above, below = lookalikes.next_text(lines, i, -1), lookalikes.next_text(lines, i, 1)
            if above is not None and below is not None and lines[above].text == lines[below].text:
                lines[i] = line._replace(kind=noise.PLAYER)
    return lines


def _mark_split_bylines(lines: list[Line]) -> list[Line]:
    """Join an English byline a dump split in two (`By` on one line, the name on the next) and mark both as a byline.

    A page that sets the name in a link of its own is printed that way by lynx and w3m; the `By` alone is then no
    byline and the headline search loses the byline its headline stands on."""
    for i, line in enumerate(lines):
        if len(line.text) > BY_WORDS_CHARS or line.text.lower() not in _BY_WORDS:
            continue
        name = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text), None)
        joined = f"{line.text} {lines[name].text}" if name is not None else ""
        if name is not None and not lines[name].kind and fields.parse_byline(joined):
            lines[i] = line._replace(text=joined, kind=noise.BYLINE, prose=False)
            lines[name] = lines[name]._replace(kind=noise.BYLINE, prose=False)
    return lines


def _mark_offer_boxes(lines: list[Line]) -> list[Line]:
    """Mark a line promising the reader something right below an offer (`Sign up for our newsletter` / `Get the
    day's big stories …`) as part of the offer: the box's text, not a paragraph."""
    previous = None
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if previous is not None and previous.kind == noise.ACCOUNT and not line.kind and chrome.promises(line.text):
            line = lines[i] = line._replace(kind=noise.ACCOUNT, prose=False)
        previous = line
    return lines


def _mark_cited(lines: list[Line]) -> list[Line]:
    """Mark the items of a list of sources (`Sources:` and a work and a date a line) as noise: a citation names a
    work, no sentence; the list ends at the first finished sentence below it."""
    for i, line in enumerate(lines):
        if line.kind != noise.SOURCES:
            continue
        for j in range(i + 1, len(lines)):
            if lines[j].text and (noise.ends_sentence(lines[j].text) or lines[j].kind == noise.SOURCES):
                break
            if lines[j].text:
                lines[j] = lines[j]._replace(kind=lines[j].kind or CITED, prose=False)
    return lines


def _item_leads(raw: list[str]) -> set[str]:
    """Return the lines that go on a list item below its first line, at the item's text column.

    lynx and w3m print a teaser as a list item: its headline by the bullet (or on the line below a bare
    bullet), its lead below at the headline's column (`  * 제목` / `    요약…`); an article's paragraphs are
    no list items. A text also printed outside such an item (the article's own paragraph, listed as a
    teaser of itself) is not returned."""
    leads: set[str] = set()
    plain: set[str] = set()
    column, count = None, 0
    for line in raw:
        text = line.strip()
        if text[:1] in noise.BULLET_OPENINGS and (text in _BARE_BULLETS or noise.is_bullet(text)):  # most lines: one set test
            column = converter.text_indent(line) if text not in _BARE_BULLETS else len(line) - len(line.lstrip()) + 2
            count = int(text not in _BARE_BULLETS)
            continue
        if text and column and len(line) - len(line.lstrip(" ")) == column:
            count += 1
            if count >= 2:
                leads.add(text)
                continue
        else:
            column = None
        plain.add(text)
    return leads - plain


_GLUED_TO_WIRE_END = (noise.COPYRIGHT, noise.CONTACT)  # what a news agency's closing makes its paragraph look like
_BY_WORDS = frozenset({"by", "by:", "written by", "words by", "posted by", "story by", "reported by"})
BY_WORDS_CHARS = max(map(len, _BY_WORDS))  # a longer line is none of them (most lines: no lower-casing)


@lru_cache(maxsize=65536)
def line_facts(text: str) -> tuple[str | None, bool]:
    """Return (kind of noise or None, whether it is running text) for one stripped line."""
    if not text:
        return None, False
    kind = noise.classify(text)
    if (kind is None or (kind in _GLUED_TO_BYLINE and fields.has_glued_notice(text))
            or (kind in _MARKED_BYLINE and fields.signs_despite_mark(text))) and fields.parse_byline(text):
        kind = noise.BYLINE  # a byline with a copyright notice or promo glued after it signs the article too
    elif kind is None and service_notes.is_service_notice(text):
        kind = service_notes.SERVICE_NOTICE
    elif kind == noise.CONTACT and clean.glued_tip(text) >= 0:
        kind = None  # a paragraph with the call for tips glued after it: the paragraph stays, the call goes
    elif kind == noise.CAPTION and captions.glued_credit(text) >= 0:
        kind = None  # a paragraph with its picture's credit glued after it: the paragraph stays, the credit goes
    elif kind in _GLUED_TO_WIRE_END and "@" in text and _wire_ended_prose(text):
        kind = None  # a paragraph with a news agency's e-mail and notice glued after it: the closing goes
    return kind, kind is None and _is_prose(text)


def _mark_doubles(lines: list[Line]) -> list[Line]:
    """Mark a line printed twice in a row (an image's alt text and its caption) as a caption, both times.

    A short line that is not a sentence printed twice is more often the headline (a sticky header
    and the article's own): it is left for the headline search."""
    lines = _mark_rankings(_mark_credited(_mark_profiles(_mark_ad_boxes(_mark_alt_texts(_mark_echoes(_mark_snippets(lines)))))))
    previous = None
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if previous is not None and line.text == lines[previous].text and len(line.text) > 20 \
                and not _headline_shaped(line):
            if _paragraph_shaped(line.text):
                lines[previous] = lines[previous]._replace(kind=ECHO, prose=False)  # the copy, not a caption
            else:
                lines[previous] = lines[previous]._replace(kind=noise.CAPTION, prose=False)
                lines[i] = line._replace(kind=noise.CAPTION, prose=False)
        previous = i
    return lines


def _mark_rankings(lines: list[Line]) -> list[Line]:
    """Mark a numbered ranking as noise: lines opening with ranks 1, 2, 3… glued to a headline (`1[속보] …`,
    `2“…”`: the rank's box and the link printed without a space) close together, and the leads between them.

    An article's own list numbers its items with a stop and a space (`1. …`); a paragraph opening on a number
    (`3일 …`) is not followed by paragraphs opening on the next numbers."""
    ranks = [(i, n) for i, line in enumerate(lines)
             if line.text[:1] in _RANK_OPENINGS and (n := _rank(line.text))]  # the opening first: most lines stop there
    if len(ranks) < RANKS:
        return lines
    texts_before = [0]  # how many text lines stand above each index: the gap between two ranks in one subtraction
    for line in lines:
        texts_before.append(texts_before[-1] + bool(line.text))
    run: list[int] = []
    for (i, n), following in zip(ranks, ranks[1:] + [(len(lines), 0)]):
        run = run + [i] if n == len(run) + 1 else ([i] if n == 1 else [])
        j, m = following
        close = texts_before[j] - texts_before[i + 1] < RANK_GAP
        if len(run) >= RANKS and not (m == n + 1 and close):
            _mark_ranking(lines, run)
            run = []
        elif not (m == n + 1 and close):
            run = []
    return lines


@lru_cache(maxsize=65536)  # a list's lines come again on the outlet's next page
def _rank(text: str) -> int:
    """Return the rank glued to its headline at the line's start, after a list marker or not, or 0 for none (the
    caller has tested the line's opening against _RANK_OPENINGS)."""
    found = _RANK.match(noise.strip_bullet(text) if noise.is_bullet(text) else text)
    return int(found.group(1)) if found else 0


def _mark_ranking(lines: list[Line], run: list[int]) -> None:
    """Mark a ranking's numbered lines and their leads, the last item's lead as long as the others' (none if none)."""
    leads = max(sum(1 for line in lines[a + 1:b] if line.prose) for a, b in zip(run, run[1:]))
    after = text_indexes(lines, run[-1] + 1, len(lines), leads)
    for k in [*range(run[0], run[-1] + 1), *after]:
        if lines[k].text and (k in run or lines[k].prose):
            lines[k] = lines[k]._replace(kind=noise.RELATED if k in run else SNIPPET, prose=False)


def _mark_credited(lines: list[Line]) -> list[Line]:
    """Mark a sentence printed right above a bare credit that goes on from it (`/사진=연합뉴스`) as a caption.

    The slash joins a credit to the caption before it (`…걷고 있다. /사진=연합뉴스`); a page printing the
    caption and its credit in blocks of their own puts the credit alone on the line below."""
    texts = [i for i, line in enumerate(lines) if line.text]
    for above, i in zip(texts, texts[1:]):
        line = lines[above]
        if lines[i].kind == noise.CAPTION and _SLASH_CREDIT.match(lines[i].text) and line.prose and not line.kind \
                and len(line.text) < captions.CAPTION_CREDITED:
            lines[above] = line._replace(kind=noise.CAPTION, prose=False)
    return lines


def _mark_profiles(lines: list[Line]) -> list[Line]:
    """Mark a sentence about the reporter right below a byline (`홍길동 기자는 2012년 입사해 …`) as their profile.

    A reporter's card below the article holds the byline and a few sentences of career and beat; an article
    does not speak of its own reporter by name and title."""
    previous = None
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if previous is not None and previous.kind == noise.BYLINE and line.prose and not line.kind \
                and len(line.text) < PROFILE_CHARS and _PROFILE.match(line.text):
            lines[i] = line._replace(kind=noise.PROFILE, prose=False)
        previous = lines[i]
    return lines


def _mark_ad_boxes(lines: list[Line]) -> list[Line]:
    """Mark a text ad under its label (`AD`, `광고`) as an ad: its headline and the line asking the reader
    (`…지금 바로 확인해 보세요.`). A paragraph of the article below an empty ad slot's label asks nothing."""
    for i in [i for i, line in enumerate(lines) if line.kind == noise.AD]:  # labels only: a marked line is no label
        below = text_indexes(lines, i + 1, len(lines), AD_BOX_LINES)
        asking = max((n for n, j in enumerate(below) if _ASKS_READER.search(lines[j].text)), default=None)
        if asking is not None and all(not lines[j].kind and len(lines[j].text) < noise.PROSE_CHARS
                                      for j in below[:asking + 1]):
            for j in below[:asking + 1]:
                lines[j] = lines[j]._replace(kind=noise.AD, prose=False)
    return lines


def _mark_snippets(lines: list[Line]) -> list[Line]:
    """Mark Korean running text cut off with an ellipsis (`…를 토큰화해…`) as a teaser when another such line is close by.

    A teaser list prints each story's headline and its lead cut to fit; a Korean article seldom ends one
    paragraph on an ellipsis, never two a few lines apart (an English one may: `The next big step is …`)."""
    cut = [i for i, line in enumerate(lines) if line.prose and line.text.endswith(_ELLIPSIS) and noise.has_hangul(line.text)]
    near = {k for i, j in zip(cut, cut[1:]) if sum(1 for line in lines[i:j] if line.text) <= SNIPPET_SPAN for k in (i, j)}
    if not near:  # most pages: no list copied
        return lines
    return [line._replace(kind=SNIPPET, prose=False) if i in near else line for i, line in enumerate(lines)]


def _mark_alt_texts(lines: list[Line]) -> list[Line]:
    """Mark a short line printed right above a caption, all of whose words the caption holds, as a caption.

    A text browser prints an image's alt text (`해운대 해수욕장`) on the line above its caption; it is no
    sub-headline of the article."""
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if line.text and not line.kind and not line.prose and len(line.text) <= ALT_CHARS \
                and below.kind == noise.CAPTION and (clean.norm(line.text) in clean.norm(below.text)
                                                     or headline.all_words_in(line.text, below.text)):
            lines[i] = line._replace(kind=noise.CAPTION)
    return lines


def _paragraph_shaped(text: str) -> bool:
    """Return True for a long line of several sentences: a paragraph printed twice (hidden and shown), not a caption.

    An image's alt text and caption describe one picture in a sentence and a credit; dropping both
    copies of a paragraph would lose article text, so its second copy stays."""
    return len(text) >= PARAGRAPH_DOUBLE and _SENTENCE_INSIDE.search(text) is not None


def _mark_echoes(lines: list[Line]) -> list[Line]:
    """Mark a running-text line printed three times or more as noise: a gallery's caption, a teaser.

    An article prints each paragraph once (a page may print it twice, hidden and shown); a headline,
    short, may be printed three times and is left alone."""
    long = [line.text for line in lines if line.prose and len(line.text) > DOUBLE_HEADLINE]
    openings = Counter(_opening(text) for text in long)
    counts = Counter(long)
    # a gallery prints one caption again and again, cut at different lengths (`…relations with`, `… more`)
    echoes = {text for text in counts if counts[text] >= ECHOES or openings[_opening(text)] >= ECHOES}
    if not echoes:
        return lines
    marked = [line._replace(kind=ECHO, prose=False) if line.text in echoes else line for line in lines]
    # A page may print its lead again as a summary and a share text: the copy that stands between
    # paragraphs of running text is the article's own, and keeping it risks one repeat, not a lost paragraph.
    for i, line in enumerate(lines):
        if line.text in echoes and _among_prose(marked, i) and not noise.twice_over(line.text):
            marked[i] = line
            echoes.discard(line.text)
    return marked


def _opening(text: str) -> str:
    """Return how a long line opens, without a list marker: copies of one text cut at different lengths open alike."""
    return noise.strip_bullet(text)[:ECHO_OPENING] if noise.is_bullet(text) else text[:ECHO_OPENING]


def _among_prose(lines: list[Line], i: int) -> bool:
    """Return True when the nearest text lines above and below line i are both running text (an ad slot, a photo
    or a script between two paragraphs stands inside the article: it is passed over)."""
    above = next((line for line in reversed(lines[:i]) if line.text and line.kind not in _INSERTS), None)
    below = next((line for line in lines[i + 1:] if line.text and line.kind not in _INSERTS), None)
    return above is not None and below is not None and above.prose and below.prose


def _headline_shaped(line: Line) -> bool:
    """Return True for a short line that is not noise and holds no finished sentence (a caption holds one)."""
    text = line.text
    return (not line.kind and len(text) <= DOUBLE_HEADLINE and not noise.ends_sentence(text)
            and _SENTENCE_INSIDE.search(text) is None)


def _wire_ended_prose(text: str) -> bool:
    """Return True for running text with a news agency's closing glued after its last sentence."""
    head, email = wire_end.split_wire_end(text)
    return bool(email) and noise.is_prose(head)


def _without_glued_closing(text: str) -> str:
    """Return the text without a closing glued after its last sentence, or the text itself when it has none: the
    picture's credit (`…나섰다. 사진=한빛통신`), a report's closing (`…했습니다. HBN 홍길동입니다. 영상취재 : 박민수`), a
    news agency's (`…했다. hong@x.kr (끝) <저작권자(c) …>`), a byline with portals' promos (`… x@y ▶X에서 … 구독하기`)."""
    credit = captions.glued_credit(text)
    if credit >= 0:
        return text[:credit].rstrip()
    head = broadcast.split_closing(text)[0]
    if head == text:
        head = wire_end.split_wire_end(text)[0]
    if head == text and "▶" in text[-fields.PROMOS_CHARS:]:
        head = clean.split_tail_byline(text)[0]
    return head


def _is_prose(text: str) -> bool:
    """Return True for running text, judged without a byline glued to its end; a teaser cut short is not."""
    head = _without_glued_closing(text)
    if head != text:
        return noise.is_prose(head)
    if noise.is_prose(text):
        return not _cut_short(text)
    signed = fields.may_hold_byline(text) or "@" in text[-clean.TAIL_CHARS:]  # `…했다. hong@x.co.kr` too
    return signed and noise.is_prose(clean.split_tail_byline(text)[0])


def _cut_short(text: str) -> bool:
    """Return True for a long Korean line stopped mid-sentence: a teaser's snippet, not a paragraph.

    A Korean paragraph ends a sentence (`…했다.`), or leaves only a short sign-off after it
    (`(끝)`, `/연합뉴스`); portals print each teaser's first words cut at a fixed length."""
    if len(text) < noise.PROSE_CHARS or noise.ends_sentence(text):
        return False
    text = _TRAILING_EMAIL.sub("", text)
    if not noise.has_hangul(text[-CUT_TAIL:]):
        return False
    return _SENTENCE_STOP.search(text[-CUT_TAIL:]) is None
