"""Article fields found in page text: bylines, dates, the outlet."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date, datetime

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_NAME = r"[가-힣]{2,4}"
_ROLE = r"(?:선임|수석|객원|인턴|수습|전문|사진|영상|취재)?기자|특파원|통신원|논설위원|칼럼니스트|에디터|리포터"
_NAMES_ROLE = rf"{_NAME}(?:\s*[·,/\s]\s*{_NAME})*\s*(?:{_ROLE})"
_DATELINE_PREFIX = r"(?:[\[(（【]\s*[^\]=)）】]{1,20}=\s*[^\]=)）】]{1,20}[\])）】]\s*|[가-힣]{2,6}\s*=\s*)"
_KO_BYLINE = re.compile(
    rf"^{_DATELINE_PREFIX}?[\[(（【<]?\s*((?:{_NAMES_ROLE})(?:\s*[,·/]?\s*{_NAMES_ROLE})*)\s*[\])）】>]?\s*=?\s*"
    rf"((?:{EMAIL.pattern}[\s,/]*)*)$"
)
_GLUED = re.compile(rf"(?<=[.!?。”\"’'])\s*(\[?\s*{_NAMES_ROLE}\s*\]?\s*(?:{EMAIL.pattern})?)\s*$")
_LEADING = re.compile(
    rf"^\s*(?:([\[(（【]\s*[^\]=)）】]{{1,20}}=\s*([^\]=)）】]{{1,20}})[\])）】])|[가-힣]{{2,6}}\s*=)?\s*((?:{_NAMES_ROLE})(?:\s*[,·/]?\s*{_NAMES_ROLE})*)\s*=\s*(?=\S)"
)
_EN_BYLINE = re.compile(
    r"^(?:(?:posted|written|words|reported|story|text) )?by:?\s+([A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|de|van|von|da|del|la|le|bin|al)){0,4}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})*)"
    r"(?:\s*[,|·•–—-]\s*.{0,60}|\s+(?:on|at|in|for)\s+.{0,60}|\s*\|.{0,60})?$",
    re.I,
)
_DIGIT = re.compile(r"\d")
_ROLE_HINT = re.compile(r"기자|특파원|통신원|논설위원|에디터")
_BYLINE_HINT = re.compile(r"기자|특파원|통신원|논설위원|칼럼니스트|에디터|리포터|@|\b[Bb][Yy]\b|\bBY\b")
_ROLE_WORD = re.compile(rf"\s*(?:{_ROLE})$")
_EN_STOP = re.compile(r"\b(?:staff|reporter|writer|correspondent|editor|the|associated press|reuters)\b.*$", re.I)

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
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
_LABEL = re.compile(r"입력|등록|게재|발행|송고|기사입력|최초|published|posted|first", re.I)
_LATER_LABEL = re.compile(r"수정|승인|업데이트|updated|modified", re.I)
_NOTICE_OUTLET = re.compile(r"이\s*기사는\s*(.{1,60}?)에\s*(?:게재|실린|출고|송고)된?\s*기사")
_GENERIC = re.compile(r"(?:플랫폼|사이트|서비스|매체|채널|앱|뉴스레터|홈페이지)$")
_COPYRIGHT_OUTLET = re.compile(r"(?:ⓒ|©|Copyright\s*(?:\(c\)|ⓒ|©)?)\s*(?:\d{4}\s*)?([^,.|&]{2,30}?)(?:\s*[&,.|]|\s+All|\s*$|\s+무단)", re.I)


@dataclass(frozen=True)
class Byline:
    """Reporters and emails read from one byline line."""

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()


@lru_cache(maxsize=65536)
def parse_byline(line: str) -> Byline | None:
    """Return the byline in a line that is only a byline, or None."""
    text = line.strip()
    if not text or len(text) > 120 or not _BYLINE_HINT.search(text):
        return None
    match = _KO_BYLINE.match(text)
    if match:
        return Byline(tuple(korean_names(match.group(1))), tuple(EMAIL.findall(match.group(2) or "")))
    if EMAIL.fullmatch(text):
        return Byline((), (text,))
    match = _EN_BYLINE.match(text)
    if match:
        return Byline(tuple(english_names(match.group(1))), tuple(EMAIL.findall(text)))
    return None


def korean_names(text: str) -> list[str]:
    """Return the names in `홍길동 기자`, `홍길동·김철수 기자`, `홍길동 기자, 김철수 특파원`."""
    names = []
    for chunk in re.split(rf"(?:{_ROLE})", text):
        for name in re.split(r"[\s·,/]+", chunk):
            if re.fullmatch(_NAME, name) and name not in names:
                names.append(name)
    return names


def english_names(text: str) -> list[str]:
    """Return the names in `Jane Doe and John Roe`, dropping job titles."""
    text = _EN_STOP.sub("", text).strip(" ,")
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    return [p.strip() for p in parts if p.strip() and len(p.split()) <= 5]


def may_hold_byline(text: str) -> bool:
    """Return True when the text holds a reporter title word (a cheap check before the regex)."""
    return _ROLE_HINT.search(text) is not None


def split_glued_byline(line: str) -> tuple[str, Byline | None]:
    """Return the line without a byline glued to its last sentence, and that byline."""
    if not may_hold_byline(line[-80:]):
        return line, None
    match = _GLUED.search(line)
    if not match:
        return line, None
    byline = parse_byline(match.group(1))
    if byline is None:
        return line, None
    return line[: match.start()].rstrip(), byline


def split_leading_byline(line: str) -> tuple[str, Byline | None, str]:
    """Return the line without a leading `[서울=연합뉴스] 홍길동 기자 =`, that byline, and the outlet."""
    if not may_hold_byline(line[:60]):
        return line, None, ""
    match = _LEADING.match(line)
    if not match:
        return line, None, ""
    outlet = (match.group(2) or "").strip()
    return line[match.end():], Byline(tuple(korean_names(match.group(3)))), outlet


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
    """Return the calendar day, or None when the numbers are not one."""
    try:
        return date(y, mo, d) if 1990 <= y <= 2100 else None
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


def has_date_label(text: str) -> bool:
    """Return True for a short line holding a digit and a publication label (`기사입력 2024.03.28 …`)."""
    return len(text) < 160 and _DIGIT.search(text) is not None and _LABEL.search(text) is not None


def labelled_date(candidates: list[tuple[str, str]], korean: bool) -> str:
    """Return the publication date from (label line, label line + next line) pairs.

    `입력`/`Published` wins; `수정`/`Updated` only when nothing else is there."""
    later = ""
    for head, joined in candidates:
        label, other = _LABEL.search(head), _LATER_LABEL.search(head)
        if not (label or other):
            continue
        found = find_date(joined[:200], korean)
        if found and label and not (other and other.start() < label.start()):
            return found
        later = later or found
    return later


def date_candidates(lines: list[str], also=None) -> list[tuple[str, str]]:
    """Return (line, line + next non-blank line) for lines with a date label (or `also(i)` true)."""
    out = []
    for i, line in enumerate(lines):
        if has_date_label(line) or (also is not None and also(i)):
            following = next((n for n in lines[i + 1:i + 4] if n), "")
            out.append((line, f"{line} {following}"))
    return out


def outlet_from_notice(line: str) -> str:
    """Return the outlet named in `이 기사는 … X에 게재된 기사입니다`, or ''."""
    match = _NOTICE_OUTLET.search(line)
    if not match:
        return ""
    words = match.group(1).split()
    for i in range(len(words) - 1, -1, -1):
        if _GENERIC.search(words[i]) and i < len(words) - 1:
            return " ".join(words[i + 1:])
    return " ".join(words[-2:])


def outlet_from_copyright(line: str) -> str:
    """Return the outlet named in a copyright line (`ⓒ 매일경제 & mk.co.kr`), or ''."""
    match = _COPYRIGHT_OUTLET.search(line)
    if not match:
        return ""
    name = match.group(1).strip(" ()")
    return "" if re.search(r"\d{4}|\.(?:com|co|kr|net)", name) else name
