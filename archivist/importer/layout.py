"""Undo what a converter's layout did to a page's lines, before they are classified.

w3m prints a table's columns side by side (the article on the left, a ranking list on the right, on
the same lines); a page prints an image's alt text and then its caption, and a browser copy glues
the caption to the paragraph that follows. Both mix noise into lines that carry article text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from . import fields, noise

# A run of spaces inside a line, before text that is not the end of a form field (`[      ]`).
_GAP = re.compile(r"(?<=\S) {6,}(?=[^\s\]])")
_INDENT = 20      # a row indented this far holds no first cell
WRAP_SLACK = 6    # a first cell this close to the second cell's column was wrapped there
MIN_ROWS = 5      # rows of a table (side by side, or the second cell alone) before its lines are split into columns
MIN_MEETING = 2   # …of which this many print both cells side by side
COLUMN_SLACK = 8  # a second cell's items start this close to its column (bullets, indented leads)
_NARROW_GAP = re.compile(r"(?<=\S) {2,5}(?=\S)")  # what parts two cells when the first runs up to the second
MIN_CELL = 20     # a first cell this wide (in columns) filling its column to the widest was wrapped there
_WIDE_END = re.compile(r"[\u1100-\u11ff\u3040-\u9fff\uac00-\ud7a3]$")
CENTRE_SLACK = 2   # twice the middle column of centred lines, within this much (odd widths round apart)
CENTRE_SPREAD = 10  # centred lines' indents differ by this much or more; a column's items start alike
REGION_GAP = 30   # lines without a side-by-side row that end a table
# A dateline opening an article's first paragraph (`[서울=뉴시스]`, `(부산=연합뉴스)`).
_OPENER = re.compile(r"[\[(（【]\s*[^\]=)）】\s]{1,12}\s*=\s*[^\]=)）】]{1,20}[\])）】]")
_PHOTO = re.compile(r"사진|photo|제공|DB\s*금지", re.I)  # what a caption's credit says
MIN_REST = 20     # what must follow the dateline for it to open a paragraph
# A finished sentence, Korean (`…했다.`) or English (words, then a lower-case word and its stop): what a
# credit never holds. Without the English form, a summary line and the lead paragraph that goes on from it by
# one short clause were both taken for alt text and caption, and the article lost its first paragraph.
_VERB_SENTENCE = re.compile(r"[다요]\.|(?:\b\w+\W+){3,}[a-z]{2,}[.!?][\"”’]?(?:\s|$)")
CREDIT_CHARS = 60  # what a caption may add to its alt text (a credit, an email, a resale notice)
GLUED_MIN = 30  # a line this short holds no sentence with a date glued after it
GLUED_TAIL = 72  # a glued date and the letter and stop before it take at most this much of the line's end
# a sentence's end with a capital or a digit right after it and no other sentence end to the line's end (a date's length)
_GLUED_DATE = re.compile(r"[a-z][.?!\"”’](?=[A-Z0-9][^.?!]{5,68}$)")
ALT_MIN = 30      # an alt text shorter than this is too short to tell from an ordinary repeated line


def split_glued_dates(lines: list[str]) -> list[str]:
    """Return the lines with a date glued to the end of an English sentence put on a line of its own.

    A converter joins two blocks with no space between when the page's markup has none (`…the secret to its
    recovery?Monday, 6 January 2020`): the date line of the header is then hidden in the deck above it. Korean
    lines are left whole: a caption's shooting day may follow its sentence the same way."""
    out = []
    for line in lines:
        # a date ends on a digit or a letter (`2020`, `EDT`), a sentence on its stop: most lines stop at the first test
        glued = (_GLUED_DATE.search(line, len(line) - GLUED_TAIL)
                 if line[-1:].isalnum() and len(line) > GLUED_MIN else None)
        if glued is None or noise.has_hangul(line) or not noise.is_dateline(line[glued.end():].strip()):
            out.append(line)
        else:
            out.extend((line[:glued.end()], " " * _indent(line) + line[glued.end():]))
    return out


def split_columns(lines: list[str]) -> list[str]:
    """Return the lines with side-by-side table cells apart: each table's first column in place, the rest after it."""
    lines = _uncentered(lines)
    rows = [i for i, line in enumerate(lines) if "      " in line and _GAP.search(line)]
    if len(rows) < MIN_MEETING:
        return lines
    meeting = set(rows)
    # a side column taller than the text beside it prints items on rows of their own, deep in the row
    alone = [i for i, line in enumerate(lines) if line.startswith(" " * _INDENT) and line.strip()]
    out, k = [], 0
    for region in _regions(sorted(meeting.union(alone)), meeting):
        column = _column([lines[i] for i in region if i in meeting])
        # a row alone is the second cell's when it starts near that cell's column (a nested list starts anywhere)
        region = [i for i in region if i in meeting or _indent(lines[i]) >= column - COLUMN_SLACK]
        if len(region) < MIN_ROWS or region[-1] < k:
            continue
        first, last = _widen(lines, max(region[0], k), region[-1], k, column)
        out.extend(lines[k:first])
        cells = [_cells(line, column) for line in lines[first:last + 1]]
        # where the first cell's text is wrapped: the widest first cell beside a second one
        edge = max((_width(left) for left, right in cells if right), default=0)
        side: list[str] = []
        wrapped, glue = False, ""
        for line, (left, right) in zip(lines[first:last + 1], cells):
            if wrapped and left and out[-1]:
                out[-1] += glue + left
            else:
                out.append(left)
            wrapped, glue = _wrapped_cell(line, left, right, column, edge)
            side.extend(right)
        k = _text_goes_on(lines, last)
        out.extend(lines[last + 1:k])  # the first column runs on below a shorter second one
        out.extend(["", *side, ""])
    out.extend(lines[k:])
    return out


def _regions(rows: list[int], meeting: set[int]) -> list[list[int]]:
    """Return the rows grouped into tables (rows close together), tables of enough rows only, of which a
    few (`meeting`) print two cells side by side."""
    groups = [[rows[0]]]
    for i in rows[1:]:
        if i - groups[-1][-1] > REGION_GAP:
            groups.append([])
        groups[-1].append(i)
    return [group for group in groups if len(group) >= MIN_ROWS and len(meeting.intersection(group)) >= MIN_MEETING]


def _wrapped_cell(line: str, left: str, right: list[str], column: int, edge: int) -> tuple[bool, str]:
    """Return whether the first cell goes on on the next row, and what joins the two pieces.

    A cell running into the second cell's column was cut there mid-word; one filling the first column
    to its widest was wrapped at the cell's width: mid-word when not even one more wide character fitted
    (w3m breaks Korean words anywhere), else at a space."""
    if not left:
        return False, ""
    if not right and _width(line.rstrip()) >= column - WRAP_SLACK:
        return True, ""
    size = _width(left)
    if edge <= column and size >= edge - 2 and size > MIN_CELL:
        return True, "" if size >= edge - 1 and _WIDE_END.search(left) else " "
    return False, ""


def _text_goes_on(lines: list[str], last: int) -> int:
    """Return the index after the running text that follows a table's last side-by-side row (the first
    column's paragraphs going on below the second column's end), blank lines between included."""
    end, i = last + 1, last + 1
    while i < len(lines):
        text = lines[i].strip()
        if text and not (noise.is_prose(text) and not lines[i].startswith(" " * _INDENT)):
            break
        i += 1
        end = i if text else end
    return end


def _uncentered(lines: list[str]) -> list[str]:
    """Return the lines with centred text moved to the left margin.

    w3m prints a centred block (`<center>`, a table aligned to the middle) with each line indented by half the room
    it leaves: deep and ever different indents, and right edges, around one middle column. It is no second cell
    beside an empty first one, and splitting it off would move the article's own lines below the page."""
    deep = {i: (_indent(line), _width(line.strip())) for i, line in enumerate(lines)
            if line.startswith(" " * _INDENT) and line.strip()}  # (indent, width) of each deeply indented line
    common = Counter(2 * indent + width for indent, width in deep.values()).most_common(1)
    if not common:
        return lines
    centred = [i for i, (indent, width) in deep.items() if abs(2 * indent + width - common[0][0]) <= CENTRE_SLACK]
    indents = [deep[i][0] for i in centred]
    # a side column's items wrapped to fill it share their right edge, and so their middle: no centred text
    edges = [sum(deep[i]) for i in centred]
    edge = Counter(edges).most_common(1)[0][0]
    shared = sum(abs(other - edge) <= CENTRE_SLACK for other in edges)
    if len(centred) < MIN_ROWS or max(indents) - min(indents) < CENTRE_SPREAD or shared * 2 >= len(centred):
        return lines
    chosen = set(centred)
    return [line.strip() if i in chosen else line for i, line in enumerate(lines)]


def _indent(line: str) -> int:
    """Return how many spaces the line starts with."""
    return len(line) - len(line.lstrip(" "))


def _widen(lines: list[str], first: int, last: int, floor: int, column: int) -> tuple[int, int]:
    """Return the table's bounds widened over the rows around it that hold only a second cell (deeply indented).

    A side column taller than the article's paragraphs beside it prints some of its items on rows of
    their own, above and below the rows where both cells meet; they are its cells all the same."""
    def deep(i: int) -> bool:
        """Return True for a row holding only a cell, starting near the second cell's column."""
        line = lines[i]
        return _indent(line) >= max(_INDENT, column - COLUMN_SLACK) and bool(line.strip())

    i = first - 1
    while i >= floor and first - i <= REGION_GAP:
        if deep(i):
            first = i
        i -= 1
    i = last + 1
    while i < len(lines) and i - last <= REGION_GAP:
        if deep(i):
            last = i
        i += 1
    return first, last


def _width(text: str) -> int:
    """Return the text's width on a terminal (Korean and other wide characters take two columns)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _column(rows: list[str]) -> int:
    """Return the terminal column where most rows' second cell starts."""
    starts = Counter(_width(row[:_GAP.search(row).end()]) for row in rows if _GAP.search(row))
    return starts.most_common(1)[0][0]


def _cells(line: str, column: int) -> tuple[str, list[str]]:
    """Return a table row's first cell and its other cells (a line that starts deep in the row has only others).

    A first cell filled to its edge may leave only a narrow gap before the second cell's column: the row is
    cut at that column when spaces stand right before it."""
    stripped = line.strip()
    if not stripped:
        return "", []
    cells = [cell.strip() for cell in _GAP.split(stripped)]
    if len(line) - len(line.lstrip()) >= _INDENT:
        return "", cells
    if len(cells) == 1 and _width(line.rstrip()) > column:
        for gap in reversed(list(_NARROW_GAP.finditer(line))):
            if abs(_width(line[:gap.end()]) - column) <= COLUMN_SLACK:
                return line[:gap.start()].strip(), [line[gap.end():].strip()]
    return cells[0], cells[1:]


def split_alt_text(lines: list[str]) -> list[tuple[str, str | None]]:
    """Return (text, kind) pairs: an image's alt text and the caption repeating it are marked as captions.

    The alt text is printed first, sometimes cut short; the caption repeats it, and a browser copy may
    glue the article's first paragraph to it, after a dateline (`…제공 [서울=뉴시스] 홍길동 기자 = 본문`)."""
    out: list[tuple[str, str | None]] = []
    previous = ""
    for raw in lines:
        text = raw.strip()
        if not text:
            out.append(("", None))
            continue
        if len(previous) >= ALT_MIN and text.startswith(previous[:-3]) and text != previous:
            caption, rest = _split_after_caption(text, len(previous) - 3)
            added = caption[len(previous) - 3:]
            if rest or len(added) <= CREDIT_CHARS and _VERB_SENTENCE.search(added) is None:
                out[_last_text(out)] = (previous, "caption")
                out.append((caption, "caption"))
                if rest:
                    out.append((rest, None))
                previous = ""
                continue
        caption, rest = _split_glued_caption(text)
        if caption:
            out.append((caption, "caption"))
        out.append((rest, None))
        previous = text
    return out


def _split_glued_caption(text: str) -> tuple[str, str]:
    """Return (caption, rest) of a caption glued before the article's opening dateline and byline, else ('', text).

    A browser copy runs a photo's caption into the next paragraph: `…(사진=삼성전자) *재판매 및 DB 금지[서울=뉴시스]
    홍길동 기자 = 본문`. The part before the dateline is a caption when it names a photo or is noise itself."""
    if "=" not in text or len(text) < ALT_MIN:
        return "", text
    for match in _OPENER.finditer(text, 1):
        head, rest = text[:match.start()].rstrip(), text[match.start():]
        if fields.split_leading_byline(rest)[1] is not None:
            return (head, rest) if _PHOTO.search(head) or noise.classify(head) else ("", text)
    return "", text


def _last_text(out: list[tuple[str, str | None]]) -> int:
    """Return the index of the last non-blank entry."""
    return next(i for i in range(len(out) - 1, -1, -1) if out[i][0])


def _split_after_caption(text: str, start: int) -> tuple[str, str]:
    """Return (caption, paragraph) of a caption with the article's first paragraph glued after a dateline."""
    match = _OPENER.search(text, start)
    if match is None or len(text) - match.end() < MIN_REST:
        return text, ""
    return text[:match.start()].rstrip(), text[match.start():].strip()
