"""Per-source extraction: bytes of one page in, one checked ImportedArticle out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from ..errors import ContentError
from . import tags
from .encoding import decode
from .html import extract_html
from .record import ImportedArticle
from .tag_filters import outlet_of
from .text import extract_text

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text", ".md")
MIN_BODY_CHARS = 40
MAX_PAGE = 10 * 2**20  # a saved news page is rarely over 2 MB; 50 MB took 18 s and 1 GB to extract
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_GIVEN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?")
_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)", re.I)


@dataclass
class Overrides:
    """Values the user gave on the command line; each wins over what was extracted."""

    date: str = ""
    tags: list[str] = field(default_factory=list)
    reporter: str = ""
    source: str = ""
    url: str = ""
    title: str = ""


def is_html(path: str, text: str) -> bool:
    """Return True for saved HTML (by suffix, or by content for standard input)."""
    if path.lower().endswith(HTML_SUFFIXES):
        return True
    return not path.lower().endswith(TEXT_SUFFIXES) and bool(_HTML_START.match(text[:500]))


def extract(data: bytes, path: str) -> ImportedArticle:
    """Return the raw record of one page (no overrides applied, nothing checked)."""
    text = decode(data, path)
    if is_html(path, text):
        return extract_html(text, path)
    return extract_text(text, path)


def apply(record: ImportedArticle, given: Overrides, known_tags: Counter) -> ImportedArticle:
    """Apply the user's overrides, suggest tags when none were given, and check the result."""
    if given.date:
        record.date = normalise_date(given.date, record)
    if given.title.strip():
        record.title = " ".join(given.title.split())
    if given.reporter:
        record.reporters = [n.strip() for n in given.reporter.split(",") if n.strip()]
    record.source = given.source or record.source
    record.url = given.url or record.url
    if given.tags:
        record.tags, record.tags_suggested = given.tags, False
    else:
        record.tags = tags.suggest(record.title, record.body, record.lang, record.keywords, known_tags,
                                   outlet_of(record))
        record.tags_suggested = bool(record.tags)
    strip_invisible(record)
    check(record)
    return record


def normalise_date(value: str, record: ImportedArticle) -> str:
    """Return the --date value as ISO 8601, taken as given (any calendar date of years 1-9999, as the
    build accepts), or raise a ContentError naming the file.

    The page-date heuristics (plausible years, Korean time) are for dates found in pages, not for the
    user's own; a time without an offset is left so, and the build reads it in the site's timezone."""
    moment = given_date(value.strip())
    if moment is None:
        raise ContentError(record.path, 0, "--date", f"not a date: {value!r} (expected YYYY-MM-DD, "
                                                     "or ISO 8601 such as 2024-03-28T05:00:00+09:00)")
    if not placeable(moment):
        raise ContentError(record.path, 0, "--date", f"out of range: {value!r} (its offset moves it past year 1 or 9999)")
    if _GIVEN_DATE.fullmatch(value.strip()).group(1) is None:
        return moment.date().isoformat()
    return moment.isoformat()


def given_date(text: str) -> datetime | None:
    """Return the datetime of a strict ISO 8601 date (`YYYY-MM-DD`, optionally with time and offset), or None."""
    if not _GIVEN_DATE.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def placeable(moment: datetime) -> bool:
    """Return True when the moment can be shown in any timezone (the build converts to the site's)."""
    if moment.tzinfo is None:
        return True  # read in the site's timezone as it is, never converted
    try:
        for hours in (-14, 14):
            moment.astimezone(timezone(timedelta(hours=hours)))
    except OverflowError:
        return False
    return True


def check(record: ImportedArticle) -> None:
    """Raise a ContentError when the record is not an article: no body, no title, no date."""
    if len(record.body.strip()) < MIN_BODY_CHARS:
        raise ContentError(record.path, 0, "", "no article text found in this page")
    if not record.title:
        raise ContentError(record.path, 0, "title", "no headline found (the page has no title line)")
    if not record.date:
        raise ContentError(record.path, 0, "date", "no publication date in the page: give one with --date YYYY-MM-DD")


def read_input(path: str, stdin) -> bytes:
    """Return the bytes of a file, or of standard input for `-`; refuse pages over MAX_PAGE bytes."""
    try:
        if path == "-":
            data = stdin.buffer.read(MAX_PAGE + 1) if hasattr(stdin, "buffer") else stdin.read().encode()
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_PAGE + 1)
    except OSError as error:
        raise ContentError(path, 0, "", f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_PAGE:
        raise ContentError(path, 0, "", f"is larger than {MAX_PAGE // 2**20} MB: not a single article page; not imported")
    return data


def strip_invisible(record: ImportedArticle) -> None:
    """Remove zero-width and bidi control characters from the fields, counting them (they hide or reorder text)."""
    before = sum(map(len, fields_of(record)))
    record.title = INVISIBLE.sub("", record.title).strip()
    record.reporters = [name for name in (INVISIBLE.sub("", n).strip() for n in record.reporters) if name]
    record.emails = [INVISIBLE.sub("", e) for e in record.emails]
    record.tags = [tag for tag in (INVISIBLE.sub("", t).strip() for t in record.tags) if tag]
    record.source, record.url = INVISIBLE.sub("", record.source).strip(), INVISIBLE.sub("", record.url)
    record.invisible += before - sum(map(len, fields_of(record)))


def fields_of(record: ImportedArticle) -> list[str]:
    """Return the text of every front matter field of a record."""
    return [record.title, *record.reporters, *record.emails, *record.tags, record.source, record.url]
