"""What a text browser's rendering added to a dump, undone before its lines are classified.

`lynx -dump` and `w3m -dump` print a page for a window of some width: a long line is broken at that
width (lynx between words, w3m also between two Korean syllables), so one paragraph becomes several
lines. lynx also numbers each link for its reference list (`[12]기사 제목`), marks buttons and form
fields (`(BUTTON)`, `[ ]`, `____`) and prints `&apos;` as a modifier letter (`ʼ`). The rules that read lines
must depend on neither the window nor the marks: lines are joined back where the dump shows it was wrapped,
the marks are removed and the apostrophes restored.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable

from . import noise

NEAR_SHARE = 0.1   # a wrapped line ends this close to the width (as a share of it): the next word did not fit
NEAR_MIN = 8       # …or this many columns, for narrow windows
OVER_SHARE = 0.02  # lines longer than the width (a word too long to break) are this rare
LONE_COLUMNS = 60  # a line broken on a page with few breaks is at least this wide
FIT_SLACK = 2      # the width read off lynx's longest lines may be a column or two more than it broke at
MAX_WIDTHS = 24    # the widest candidates tried for the window (a huge dump has thousands of line lengths)
MIN_REFERENCES = 3  # numbered link targets that make a reference list
MIN_WRAPPED = 5    # a dump needs this many wrapped lines before it is taken as wrapped (pages cut teasers short too)
WRAPPED_SHARE = 0.4  # …and this share of its lines near the width must go on on the next line
FULL_SHARE = 0.6   # a converter that breaks inside words fills this share of its wrapped Korean lines to the edge
_GAP = re.compile(r"\S {6,}\S")  # cells of a table printed side by side: not one wrapped paragraph
_LINK_NUMBER = re.compile(r"\[\d{1,5}\](?=\S)")  # a number alone (an image link) stays: links are evidence of chrome
_REFERENCE = re.compile(r"^\s*\d{1,5}\.\s+[a-z][\w+.\-]*:\S")  # `12. https://…`, `13. javascript:;`
_REFERENCE_HEADINGS = ("References", "Visible links", "Hidden links", "Visible links:", "Hidden links:")
_MARKS = re.compile(r"\(BUTTON\)\s?|\[(?:X| )\]|_{6,}|\[(?:USEMAP:)?[^\]\s]*\.(?:jpe?g|png|gif|svg|webp|bmp)"
                    r"(?:\?[^\]\s]*)?\]", re.I)
# lynx prints the `&apos;` entity as the modifier letter apostrophe (U+02BC), a letter English text does not use:
# beside a Latin letter it is the page's apostrophe (`cityʼs` for `city&apos;s`)
_LYNX_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u02bc|\u02bc(?=[A-Za-z])")
_ITEM = re.compile(r"^(?:[*+•·o#-]|\d{1,4}[.)])\s+")
_ITEM_MARKS = frozenset("*+•·o#-")  # what _ITEM opens with besides a digit (any decimal digit: `\d`)
_WORD = re.compile(r"\w+")
# a byline glued after the text's last sentence (`…한산하다. /홍길동 기자 hong@…`, the address maybe cut): the text's end
_SIGNED_END = re.compile(r"/\s*[\uac00-\ud7a3]{2,4}\s*기자(?:\s+[\w.+-]+@[\w.-]*)?$")
_FINISHES = re.compile(r"^[^.!?]{0,60}?(?:[다요]\.|[.!?][\"”’']?(?:\s|$))")  # goes on to end a sentence soon
_EMPTY_ITEMS = ("", "*", "+", "o", "#", "•", "-")
# East Asian wide and fullwidth characters (unicodedata.east_asian_width "W" or "F"), by range: a regex
# counts them far faster than asking unicodedata character by character
_WIDE_CHARS = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                         r"\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
                         r"\U0001f300-\U0001f64f\U0001f900-\U0001f9ff\U00020000-\U0003fffd]")
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]")

Measure = Callable[[str], int]


def undo(lines: list[str]) -> list[str]:
    """Return the dump's lines without the converter's marks and with wrapped paragraphs joined again."""
    references = _reference_list(lines)
    if references is not None:
        lines = lines[:references] + [line for line in lines[references:] if not _reference_line(line)]
    return remove_marks(unwrap(lines), numbered=references is not None)


@lru_cache(maxsize=65536)
def display_width(text: str) -> int:
    """Return the text's width on a terminal (Korean and other wide characters take two columns)."""
    return len(text) if text.isascii() else len(text) + len(_WIDE_CHARS.findall(text))


def remove_marks(lines: list[str], numbered: bool = False) -> list[str]:
    """Return the lines without lynx's button and form-field marks, with its apostrophes, and, when `numbered`
    (the dump held the reference list they point into), without its link numbers."""
    out = []
    for line in lines:
        if "\u02bc" in line:
            line = _LYNX_APOSTROPHE.sub("'", line)
        if "(" in line or "[" in line or "__" in line:
            line = _MARKS.sub("", line)
            if numbered and "[" in line:
                line = _LINK_NUMBER.sub("", line)
            if line.strip() in _EMPTY_ITEMS:
                line = ""  # nothing but a mark, or a bullet left empty by its removal
        out.append(line)
    return out


def _reference_line(line: str) -> bool:
    """Return True for a line of lynx's reference list: blank, a heading, or a numbered link target."""
    return not line.strip() or line.strip() in _REFERENCE_HEADINGS or _REFERENCE.match(line) is not None


def _reference_list(lines: list[str]) -> int | None:
    """Return where lynx's numbered list of link targets (`References`, then `1. https://…`) starts, or None."""
    start = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip() == "References"), None)
    if start is None:
        return None
    targets = sum(1 for line in lines[start:start + 2 * MIN_REFERENCES + 4] if _REFERENCE.match(line))
    return start if targets >= MIN_REFERENCES else None


def unwrap(lines: list[str]) -> list[str]:
    """Return the lines with every paragraph a converter broke at its window width joined again."""
    found = wrap_width(lines)
    if found is None:
        return _join_few_wraps(lines)
    width, measure = found
    breaks = [i for i in range(len(lines) - 1) if wrapped(lines[i], lines[i + 1], width, measure)]
    columns = _breaks_inside_words(lines, breaks)  # the window in terminal columns, when words were cut
    words = _whole_words(lines) if columns else set()
    return _joined(lines, set(breaks),
                   lambda i: bool(columns) and _inside_word(lines[i - 1], lines[i], columns, words))


def _join_few_wraps(lines: list[str]) -> list[str]:
    """Return the lines with each of the dump's longest lines joined to the next when that one finishes its sentence.

    A page with little running text (a photo article, a short report) gives a converter few lines to
    break: too few to read the width by. But a line as long as the longest of the dump, stopping
    mid-sentence, with the next line at its column finishing the sentence, is such a break."""
    joins: set[int] = set()
    # a line LONE_COLUMNS wide holds at least half as many characters; shorter ones are never joined
    candidates = [i for i in range(len(lines) - 1) if len(lines[i]) > LONE_COLUMNS // 2 and _breakable(lines[i])]
    if not candidates:
        return lines
    for measure in (len, display_width):
        sizes = [(i, measure(lines[i].rstrip())) for i in candidates]
        top = max(size for _, size in sizes)
        near = max(NEAR_MIN, int(top * NEAR_SHARE))
        joins.update(i for i, size in sizes if size > top - near and _finished_below(lines[i], lines[i + 1], top, measure))
    if not joins:
        return lines
    words = _whole_words(lines)
    return _joined(lines, joins, lambda i: _piece_of_word(lines[i - 1], lines[i], words))


def _finished_below(line: str, following: str, width: int, measure: Measure) -> bool:
    """Return True for a long line stopping mid-sentence whose next line finishes the sentence at its column.

    A line ending on a byline glued after its last sentence stops nowhere mid-sentence."""
    text, rest = line.rstrip(), following.strip()
    if display_width(text.strip()) < LONE_COLUMNS or noise.ends_sentence(text) or not _FINISHES.match(rest) \
            or _SIGNED_END.search(text):
        return False
    if _WORD.findall(rest)[:2] == _WORD.findall(text)[:2] or noise.classify(text.strip()):
        return False  # an alt text, then the caption repeating it; a caption or other noise, then the article
    return wrapped(line, following, width, measure)


def _piece_of_word(line: str, following: str, words: set[str]) -> bool:
    """Return True when a break between two wide characters cut a word the page prints whole, or left a
    one-syllable piece (too few lines to tell the converter's way of breaking)."""
    left, right = line.rstrip(), following.lstrip()
    if not _WIDE.match(left[-1:]) or not _WIDE.match(right[:1]):
        return False
    head, tail = _WORD.findall(left)[-1], _WORD.findall(right)[0]
    return head + tail in words or min(len(head), len(tail)) == 1


def wrap_width(lines: list[str]) -> tuple[int, Measure] | None:
    """Return (width, measure) of the window the dump was wrapped at, or None for a dump not wrapped.

    Lines broken at the width cluster just below it and go on on the next line; lines longer than it are
    rare (a line that could not be broken, as a long link, is not counted). lynx counts characters, w3m terminal columns: both are tried."""
    breakable = [i for i, line in enumerate(lines) if len(line) > NEAR_MIN and _breakable(line)]
    pairs = [(lines[i].rstrip(), lines[i + 1].split()[0]) for i in breakable
             if i + 1 < len(lines) and _continues(lines[i], lines[i + 1])]
    if len(pairs) < MIN_WRAPPED:
        return None
    best = None
    ends = [lines[i].rstrip() for i in breakable]  # once for both measures
    for measure in (len, display_width):
        sizes = list(map(measure, ends))
        pair_sizes = [(measure(text), measure(word)) for text, word in pairs]
        top = sorted(set(sorted(sizes, reverse=True)[:int(len(sizes) * OVER_SHARE) + 1]), reverse=True)
        slack = _slack(measure)  # once per measure, not once per line and width tried
        for width in top[:MAX_WIDTHS]:
            near = max(NEAR_MIN, int(width * NEAR_SHARE))
            count = sum(1 for size, word in pair_sizes if width - near < size <= width and size + 1 + word > width - slack)
            if best is None or count > best[0]:
                best = (count, sum(1 for size in sizes if width - near < size <= width), width, measure)
    count, near_width, width, measure = best
    if count < MIN_WRAPPED or count < WRAPPED_SHARE * near_width:
        return None
    return width, measure


@lru_cache(maxsize=65536)
def _breakable(line: str) -> bool:
    """Return True for a line a converter could have broken: words with a space between (a link target alone,
    maybe numbered in lynx's reference list, could not be); a table's row of cells side by side is no paragraph."""
    text = _ITEM.sub("", line.strip(), count=1)
    return " " in text and _GAP.search(text) is None


def wrapped(line: str, following: str, width: int, measure: Measure) -> bool:
    """Return True when `following` continues `line`, broken at the width: the next word did not fit.

    A break before a minus sign or an asterisk (`height - 1`, `/* reset */` in a script) leaves a line that
    opens like a list item; converters indent their list items, so one at the text's own column after a
    line that ends no sentence is the same text going on."""
    if not _continues(line, following, item=not noise.ends_sentence(line.rstrip())):
        return False
    return measure(line.rstrip()) + 1 + measure(following.split()[0]) > width - _slack(measure)


def _slack(measure: Measure) -> int:
    """Return how far below the width read off the dump a converter may have broken its lines.

    One that counts terminal columns (w3m) fills them to the last; lynx, counting characters, leaves a
    line or two a column or two longer than the rest (a mark it does not count)."""
    return FIT_SLACK if measure is len else 0


def _continues(line: str, following: str, item: bool = False) -> bool:
    """Return True when `following` may go on with `line`'s text: same column, no new list item (unless
    `item`: one may be the text going on), no table."""
    if not following or following.isspace() or not line or line.isspace():
        return False
    if _indent(following) != text_indent(line):
        return False
    if "      " in line and _GAP.search(line.strip()) or "      " in following and _GAP.search(following.strip()):
        return False
    return item or not _opens_item(following.strip())


def _opens_item(text: str) -> bool:
    """Return True for a stripped line opening with a list item's marker (_ITEM); most lines fail on their first
    character, without the pattern."""
    opening = text[:1]
    return (opening in _ITEM_MARKS or opening.isdecimal()) and _ITEM.match(text) is not None


def _indent(line: str) -> int:
    """Return how many spaces the line starts with."""
    return len(line) - len(line.lstrip(" "))


@lru_cache(maxsize=65536)  # asked of the same lines by every pass over a dump, and again on the next page
def text_indent(line: str) -> int:
    """Return the column the line's text starts at, after a list marker (`  * item` → 4)."""
    stripped = line.lstrip(" ")
    marker = len(stripped) - len(noise.strip_bullet(stripped)) if noise.is_bullet(stripped) else 0
    return _indent(line) + marker


def _breaks_inside_words(lines: list[str], breaks: list[int]) -> int:
    """Return the window's width in terminal columns when the converter breaks lines between two Korean
    syllables (w3m), not only at spaces; else 0.

    Such a converter keeps the space where it broke at one (`공유하기 `), so a break without it fell inside
    a word; with trailing spaces stripped, it shows in lines filled to the last terminal column."""
    if not breaks:
        return 0
    columns = max(display_width(lines[i].rstrip()) for i in breaks)
    spaced = any(lines[i].endswith(" ") for i in breaks)
    wide = [i for i in breaks if _WIDE.match(lines[i].rstrip()[-1]) and _WIDE.match(lines[i + 1].strip()[0])]
    full = sum(1 for i in wide if display_width(lines[i].rstrip()) >= columns - 1)
    cut = spaced or len(wide) >= MIN_WRAPPED and full >= FULL_SHARE * len(wide)
    return columns if cut else 0


def _whole_words(lines: list[str]) -> set[str]:
    """Return the words printed inside lines (not first or last on one): those a break cannot have cut."""
    words: set[str] = set()
    for line in lines:
        found = _WORD.findall(line)
        words.update(found[1:-1])
    return words


def _inside_word(line: str, following: str, columns: int, words: set[str]) -> bool:
    """Return True when a break between two wide characters, with no space kept, fell inside a word.

    When the next character would have fitted on the line, the converter broke there for a space. Else
    the page's own words decide: the pieces joined are a word it prints elsewhere (inside), or the piece
    before the break is one (a space). A piece of one syllable, or pieces the page says nothing about,
    were most often cut from one word (a Korean word is three syllables or so)."""
    left, right = line.rstrip(), following.lstrip()
    if line.endswith(" ") or not _WIDE.match(left[-1:]) or not _WIDE.match(right[:1]):
        return False
    if display_width(left) + display_width(right[0]) <= columns:
        return False
    head, tail = _WORD.findall(left)[-1], _WORD.findall(right)[0]
    return head + tail in words or len(head) == 1 or head not in words


def _joined(lines: list[str], breaks: set[int], inside_word: Callable[[int], bool]) -> list[str]:
    """Return the lines with each line after a break (an index in `breaks`) joined to the one before it,
    with a space unless `inside_word(i)` says the break at line i fell inside a word.

    The pieces of a paragraph are gathered and joined once: adding each to a growing string would copy
    the paragraph again for every piece (a huge wrapped dump took minutes)."""
    groups: list[list[str]] = []
    for i, line in enumerate(lines):
        if groups and i - 1 in breaks:
            groups[-1][-1] = groups[-1][-1].rstrip()
            groups[-1].extend(("" if inside_word(i) else " ", line.strip()))
        else:
            groups.append([line])
    return [group[0] if len(group) == 1 else "".join(group) for group in groups]
