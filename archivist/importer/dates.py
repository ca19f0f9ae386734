"""Publication dates: parsing one date, and finding the article's own date on a page.

A date is taken only where it speaks about the article: labelled (`입력`, `Published`, `승인`) or on a
byline or timestamp line, in the article's header or byline area. A footer's founding or
registration date (`창간 2005.11.07`, `등록일 2010.04.01`) is the outlet's and never counts."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

FIRST_YEAR = 1850  # a page dated earlier is a misreading
HEADER_ABOVE = 30   # lines above the headline (or the article) where its date may be printed
HEADER_INTO = 12    # lines into the article where a byline with a time may stand
TAIL_BELOW = 8      # lines after the article's last line: the sign-off and its time
NEAR_LINES = 8      # weaker evidence (an approval, update or bare timestamp) must be this close to the article
BYLINE_REACH = 6    # lines around a byline line where its time may be printed
LABEL_REACH = 3     # a label alone on its line names the date on one of the next lines

PUBLISHED, APPROVED, UPDATED, BARE = 3, 2, 0, 1  # how much a date's label speaks for publication
# How much a date on the page speaks for the article's publication, highest first.
LABELLED, APPROVAL, ON_BYLINE, UPDATE, STAMP, NONE = 5, 4, 3, 2, 1, -1

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_ISO = re.compile(
    r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})(?:\s*일)?\.?"
    r"(?:\s*\([월화수목금토일]\))?(?:[T\s]+(?:(오전|오후)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_EN_DATE = re.compile(
    r"(?:(\d{1,2}):(\d{2})\s*([ap])\.?m\.?[^,\d]{0,12},?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})"
    r"(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap])\.?m\.?)?",
    re.I,
)
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b", re.I
)
_ANY_DATE = re.compile(rf"{_ISO.pattern}|{_EN_DATE.pattern}|{_DAY_MONTH.pattern}", re.I)
_LABEL_WORDS = (
    r"(?P<pub>기사\s*입력|최초\s*입력|입력|등록|게재|송고|작성|보도|published|posted|first published|date published)|"
    r"(?P<ok>승인|발행|출고)|"
    r"(?P<upd>최종\s*수정|수정|업데이트|갱신|updated|last updated|modified)|"
    r"(?P<own>창간|설립|개국|창립|founded|since|established)"
)
# Between a label and its date: a word such as `일시` or `on`, a colon, a time or a weekday (`Posted: Fri 6:45 PM, …`).
_LABEL_GAP = (r"\s*(?:일시|일자|시간|시각|일|날짜|date|on|at)?\s*[:：|]?\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?,?\s*)?"
              r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?,?\s*)?")
_LABEL_BEFORE = re.compile(rf"(?:{_LABEL_WORDS}){_LABEL_GAP}$", re.I)
_LABEL_ALONE = re.compile(rf"^\W*(?:{_LABEL_WORDS})\s*(?:일시|일자|시간|시각|일|날짜|date|on|at)?\s*[:：|]?\s*$", re.I)
# A line about the outlet itself: its registration, publisher, address or copyright. No date on it is the article's.
_OUTLET_LINE = re.compile(
    r"등록\s*번호|사업자|발행\s*[·/]?\s*(?:편집)?인|편집인|창간|주소\s*[:：]|대표\s*전화|전화\s*[:：]|\bTel\b|\bFax\b|"
    r"copyright|ⓒ|©|청소년\s*보호|all rights reserved",
    re.I,
)
# The outlet's legal block (registration number, publisher, founding, address, telephone): a date among these
# lines is the outlet's registration or founding day, even on a line of its own (`등록일 2010.04.01`).
_REGISTER_LINE = re.compile(r"등록\s*번호|사업자|발행\s*[·/]?\s*(?:편집)?인|편집인|창간|주소\s*[:：]|전화\s*[:：]|\bTel\b|\bFax\b",
                            re.I)
REGISTER_REACH = 2  # non-blank lines above and below a date line where the outlet's legal block may stand
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_TIME_WORDS = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:GMT|UTC|KST|[ECMP][SD]?T|BST|CET)\b|"
                         r"\b(?:at|on|ago|am|pm)\b", re.I)
_GLUED_AFTER = re.compile(r"[-_/][A-Za-z0-9]")
_LABEL_ANY = re.compile(_LABEL_WORDS, re.I)
_UPDATE_FIRST = re.compile(r"^\W*(?:최종\s*수정|수정|업데이트|갱신|updated|last updated|modified)\s*(?:일시|일자|시간)?\s*[:：]?\s*\d",
                           re.I)
_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"\d{4}")


class Zone(NamedTuple):
    """Where the article's date may be printed: line indexes nearest the headline first, and those close
    enough to the headline, the article's start or its bylines for weaker evidence (a bare timestamp)."""

    lines: list[int]
    near: frozenset[int]
    stamps: frozenset[int]  # where a bare timestamp line counts: near the headline or the bylines, not after
                            # the article, where comments and related lists print their times
    above: frozenset[int] = frozenset()  # lines above the headline: its own header is below it
    own: frozenset[int] = frozenset()    # lines between the headline and the article's text: its own header


class Found(NamedTuple):
    """One date on the page: its line, how much its label speaks for publication, and its ISO text."""

    index: int
    strength: int
    iso: str


def find_date(text: str, korean: bool) -> str:
    """Return the first date in `text` as ISO 8601 (time and +09:00 kept for Korean pages), or ''."""
    found = _iso_date(text, korean)
    if found:
        return found
    return _english_date(text)


def _iso_date(text: str, korean: bool) -> str:
    """Return a numeric (`2025-05-28 00:13:03`, `2025.05.28. 오후 3:10`) date as ISO, or ''."""
    match = _ISO.search(text)
    if not match:
        return ""
    y, mo, d, ampm, hh, mm, ss, tz = match.groups()
    day = _valid_day(int(y), int(mo), int(d))
    if not day:
        return ""
    if hh is None:
        return day.isoformat()
    hour = _hour24(int(hh), ampm)
    return _with_time(day, hour, int(mm), int(ss or 0), _offset(tz, korean))


def _english_date(text: str) -> str:
    """Return an English (`November 19, 2019`, `19 November 2019`) date as ISO, day only without an offset."""
    match = _EN_DATE.search(text)
    if match:
        day = _valid_day(int(match.group(6)), _MONTHS[match.group(4).lower()[:3]], int(match.group(5)))
        return day.isoformat() if day else ""
    match = _DAY_MONTH.search(text)
    if match:
        day = _valid_day(int(match.group(3)), _MONTHS[match.group(2).lower()[:3]], int(match.group(1)))
        return day.isoformat() if day else ""
    return ""


def _valid_day(y: int, mo: int, d: int) -> date | None:
    """Return the calendar day, or None when the numbers are not one (years from 1850 to next year)."""
    if not FIRST_YEAR <= y <= date.today().year + 1:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _hour24(hour: int, ampm: str | None) -> int:
    """Return the hour on a 24-hour clock (`오후 3` is 15)."""
    if ampm == "오후" and hour < 12:
        return hour + 12
    if ampm == "오전" and hour == 12:
        return 0
    return hour


def _offset(tz: str | None, korean: bool) -> str:
    """Return the UTC offset as `+09:00`, from the text or Korean time; '' when unknown."""
    if tz == "Z":
        return "+00:00"
    if tz:
        tz = tz.replace(":", "")
        return f"{tz[:3]}:{tz[3:]}"
    return "+09:00" if korean else ""


def _with_time(day: date, hour: int, minute: int, second: int, offset: str) -> str:
    """Return the date with its time and offset, or the day alone when no offset is known."""
    if not offset or hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, hour, minute, second)
    return moment.isoformat() + offset


def label_strength(before: str) -> int | None:
    """Return what the label ending `before` says of the date after it (PUBLISHED …), BARE, or None (the outlet's)."""
    match = _LABEL_BEFORE.search(before[-40:])
    if not match:
        return BARE
    if match.group("own"):
        return None
    if match.group("pub"):
        return PUBLISHED
    return APPROVED if match.group("ok") else UPDATED


def dates_on_line(texts: list[str], i: int, korean: bool) -> list[Found]:
    """Return the dates on line `i`, each with the strength of its label (a label may stand alone above)."""
    text = texts[i]
    if len(text) > 400 or not _YEARISH.search(text) or _OUTLET_LINE.search(text):
        return []
    out, end, register = [], 0, None
    for match in _ANY_DATE.finditer(text):
        if _in_a_name(text, match.start(), match.end()):
            continue  # `Screen-Shot-2018-07-02-at-16`, `/2019/11/20/`: a file name or address, not a printed date
        iso = find_date(match.group(0), korean)
        if not iso:
            continue
        register = _in_register(texts, i) if register is None else register
        if register:
            return []
        gap = text[end:match.start()]
        strength = label_strength(gap)
        if strength == BARE and not gap.strip():
            strength = _label_above(texts, i)
        end = match.end()
        if strength is not None:
            out.append(Found(i, strength, iso))
    return _before_update(texts, i, out, korean)


def _before_update(texts: list[str], i: int, found: list[Found], korean: bool) -> list[Found]:
    """Return the dates with a bare one followed by an update (`2020.05.27 21:06 | 수정 2020.05.28 …`, on the same
    line or the next) read as the publication: the update names the time it changed from."""
    if not any(f.strength == BARE for f in found):
        return found
    later = [f.strength for f in found[1:]]
    below = next((j for j in range(i + 1, min(len(texts), i + 3)) if texts[j]), None)
    if UPDATED not in later and below is not None and _UPDATE_FIRST.match(texts[below]):
        later = [UPDATED]
    if UPDATED not in later:
        return found
    return [found[0]._replace(strength=PUBLISHED) if found[0].strength == BARE else found[0], *found[1:]]


def _in_register(texts: list[str], i: int) -> bool:
    """Return True for a date line without a time standing among the outlet's legal lines (a footer printed
    one item a line: `등록번호 …`, `등록일 2010.04.01`, `창간 2005.11.07`)."""
    if _CLOCK.search(texts[i]):
        return False  # the article's own stamp has a time; a registration or founding day has none
    return any(_REGISTER_LINE.search(texts[j]) for j in _neighbours(texts, i, REGISTER_REACH))


def _neighbours(texts: list[str], i: int, reach: int) -> list[int]:
    """Return the indexes of up to `reach` non-blank lines above and below line i."""
    above = [j for j in range(i - 1, max(-1, i - 1 - 4 * reach), -1) if texts[j]][:reach]
    below = [j for j in range(i + 1, min(len(texts), i + 1 + 4 * reach)) if texts[j]][:reach]
    return above + below


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Return True when a date is glued into a file name or address (`-`, `_` or `/` joining it to letters)."""
    before, after = text[max(0, start - 1):start], text[end:end + 2]
    glued_before = bool(before) and ((before.isascii() and before.isalnum()) or before in "-_/")
    return glued_before or _GLUED_AFTER.match(after) is not None


def _label_above(texts: list[str], i: int) -> int | None:
    """Return the strength of a label printed alone on a line just above (`입력 :` then the date), else BARE."""
    above = next((j for j in range(i - 1, max(-1, i - 1 - LABEL_REACH), -1) if texts[j]), None)
    if above is not None and _LABEL_ALONE.match(texts[above]):
        return label_strength(texts[above])
    return BARE


def article_date(texts: list[str], zone: Zone, korean: bool, signed) -> str:
    """Return the article's date from the lines of its header and byline area (`zone`, nearest first), or ''.

    A labelled publication date wins, then an approval time, then a time on a byline line (`signed(i)`),
    then an update time, then a line that is only a timestamp; all but publication and byline times only
    close to the article (a masthead shows today's date, `발행일`). A date anywhere else never counts."""
    best: Found | None = None
    best_rank = NONE
    dates_on = cache(lambda i: dates_on_line(texts, i, korean))  # a header line's dates, read once for both loops
    # A date the article's own header shows (between the headline and the text) outweighs a labelled one above the
    # headline: text browsers print hidden layers there (another story's headline and its `입력` time).
    shown_below = any(_rank(found, texts[i], signed(i)) in (APPROVAL, ON_BYLINE, STAMP, LABELLED)
                      for i in zone.own for found in dates_on(i)) if zone.above else False
    for i in zone.lines:
        for found in dates_on(i):
            rank = _rank(found, texts[i], signed(i))
            if (rank in (APPROVAL, UPDATE) and i not in zone.near) or (rank == STAMP and i not in zone.stamps):
                continue
            if shown_below and i in zone.above:
                continue
            if rank > best_rank:
                best, best_rank = found, rank
        if best_rank == LABELLED:
            break
    return best.iso if best else ""


def _rank(found: Found, text: str, signed: bool) -> int:
    """Return how much a date speaks for the article's publication (higher wins; ties go to the nearest)."""
    if found.strength == PUBLISHED:
        return LABELLED
    if found.strength == APPROVED:
        return APPROVAL
    if found.strength == BARE and signed:
        return ON_BYLINE
    if found.strength == UPDATED:
        return UPDATE
    return STAMP if _timestamp_only(text) else NONE


def _timestamp_only(text: str) -> bool:
    """Return True for a short line that is little else than a date and time, maybe with a name or an agency
    (`2024. 5. 13. 12:52`, `November 20, 2019 / 1:07 AM / CBS News`)."""
    if len(text) > 60:
        return False
    rest = _TIME_WORDS.sub(" ", _ANY_DATE.sub(" ", text, count=1))
    return len(re.findall(r"[^\W\d_]+", rest)) <= 3


def zone_lines(count: int, top: int, first: int, last: int, signed: list[int] = ()) -> Zone:
    """Return the header (around the headline, down into the article's start), the byline area after the
    article and the lines around the article's byline lines (`signed`), nearest the headline first:
    where an article's own date is printed."""
    head_start, head_end = max(0, top - HEADER_ABOVE), min(count, first + HEADER_INTO)
    header = sorted(range(head_start, head_end), key=lambda i: (abs(i - top), i))
    tail = list(range(max(head_end, last - 2), min(count, last + TAIL_BELOW)))
    taken = set(header) | set(tail)
    around = []
    for s in signed:
        for i in range(max(0, s - BYLINE_REACH), min(count, s + BYLINE_REACH + 1)):
            if i not in taken:
                taken.add(i)
                around.append(i)
    # Between the headline and the article's start is its header; above the headline only its closest lines.
    near = {i for i in header if top - NEAR_LINES <= i <= first + NEAR_LINES} | set(around)
    stamps = {i for i in near if i <= last} | set(around)
    above = frozenset(i for i in header if i < top and i not in around)
    own = frozenset(range(top + 1, first + 1)) if top < first else frozenset()
    return Zone(header + tail + around, frozenset(near | set(tail)), frozenset(stamps), above, own)


def zone_around(count: int, signed: list[int]) -> Zone:
    """Return the lines near the byline lines (the byline area) when the article itself was not located."""
    lines = sorted({i for s in signed for i in range(max(0, s - BYLINE_REACH), min(count, s + BYLINE_REACH + 1))})
    return Zone(lines, frozenset(lines), frozenset(lines))


def labelled_date(candidates: list[tuple[str, str]], korean: bool) -> str:
    """Return the publication date from (label line, label line + next line) pairs.

    `입력`/`Published` wins; `수정`/`Updated` only when nothing else is there. Kept for callers that
    have no article position; `article_date` is the position-aware search."""
    texts = [joined for _, joined in candidates]
    found = [f for i in range(len(texts)) for f in dates_on_line(texts, i, korean) if f.strength != BARE]
    if not found:
        return ""
    return max(found, key=lambda f: (f.strength, -f.index)).iso


def has_date_label(text: str) -> bool:
    """Return True for a short line holding a digit and a publication label (`기사입력 2024.03.28 …`)."""
    return len(text) < 160 and _DIGIT.search(text) is not None and _LABEL_ANY.search(text) is not None


def date_candidates(lines: list[str], also=None) -> list[tuple[str, str]]:
    """Return (line, line + next non-blank line) for lines with a date label (or `also(i)` true)."""
    out = []
    for i, line in enumerate(lines):
        if has_date_label(line) or (also is not None and also(i)):
            following = next((n for n in lines[i + 1:i + 4] if n), "")
            out.append((line, f"{line} {following}"))
    return out
