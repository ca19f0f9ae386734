"""Per-source extraction: bytes of one page in, one checked ImportedArticle out."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from pathlib import Path

from ..errors import ContentError
from ..faults import fault_of
from ..validate import in_zone, parse_date
from ..values import ValueProblem
from . import tags
from .encoding import decode
from .record import ImportedArticle
from .tag_filters import chrome_labels, outlet_of
from .text import extract_text

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".text", ".md")
MIN_BODY_CHARS = 20  # a flash article (`[속보]` and one sentence) is short but an article
MAX_PAGE = 10 * 2**20  # a saved news page is rarely over 2 MB; 50 MB took 18 s and 1 GB to extract
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
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


def extract(data: bytes, path: str, template: frozenset[str] = frozenset(),
            seen_urls: Container[str] = (), undone: str | None = None) -> ImportedArticle:
    """Return the raw record of one page (no overrides applied, nothing checked); a text dump's lines
    in `template` (its outlet's, learnt from a folder) are noise, its `undone` lines (a folder's first
    pass) read as given; a saved page whose URL is in `seen_urls` is only marked seen."""
    text = decode(data, path)
    if is_html(path, text):
        return html_extractor()(text, path, seen_urls)
    return extract_text(text, path, template, undone)


def html_extractor():
    """Return the HTML path's extract_html, loading it on first use: trafilatura, htmldate and lxml take a
    quarter of a CPU second to import, which a folder of text dumps never needs."""
    from .html import extract_html

    return extract_html


def apply(record: ImportedArticle, given: Overrides, known_tags: Counter) -> ImportedArticle:
    """Apply the user's overrides, suggest tags when none were given, and check the result."""
    if given.date:
        record.date = normalise_date(given.date, record)
    if given.title.strip():
        record.title = " ".join(given.title.split())
    record.source = given.source or record.source
    if given.reporter:
        record.reporters = [n.strip() for n in given.reporter.split(",") if n.strip()]
    else:
        drop_outlet_reporters(record)
    record.url = given.url or record.url
    if given.tags:
        record.tags, record.tags_suggested = given.tags, False
    else:
        record.tags = suggest_tags(record, known_tags)
        record.tags_suggested = bool(record.tags)
    strip_invisible(record)
    check(record)
    return record


def suggest_tags(record: ImportedArticle, known_tags: Counter) -> list[str]:
    """Return the tags suggested for a record, from its own evidence: its nouns (ranked in the worker when
    the title is still the one ranked), its outlet and the short lines of its page outside the article."""
    ranked = (record.nouns[1] if record.nouns and record.nouns[0] == record.title
              else tags.salient_nouns(record.title, record.body, record.lang))
    return tags.suggest(record.title, record.body, record.lang, record.keywords, known_tags,
                        outlet_of(record), ranked, chrome_labels(record.dropped, ranked))


def drop_outlet_reporters(record: ImportedArticle) -> None:
    """Drop a reporter that is the outlet's own name (`한빛일보 홍길동 기자` read as two names)."""
    outlet = "".join(record.source.split())
    if outlet:
        record.reporters = [name for name in record.reporters if "".join(name.split()) != outlet]


def normalise_date(value: str, record: ImportedArticle) -> str:
    """Return the --date value as ISO 8601, taken as given and read as the build reads `date:` (any
    calendar date of years 1-9999), or raise a ContentError naming the file.

    The page-date heuristics (plausible years, Korean time) are for dates found in pages, not for the
    user's own; a time without an offset is left so, and the build reads it in the site's timezone."""
    text = value.strip()
    try:
        moment = parse_date(text)
    except ValueProblem:
        raise ContentError(record.path, 0, "--date", f"not a date: {value!r} (expected YYYY-MM-DD, "
                                                     "or ISO 8601 such as 2024-03-28T05:00:00+09:00)") from None
    try:
        if moment.tzinfo:  # the site's timezone is not known here: every zone must be able to show it
            for hours in (-14, 14):
                in_zone(moment, timezone(timedelta(hours=hours)), text)
    except ValueProblem:
        raise ContentError(record.path, 0, "--date",
                           f"out of range: {value!r} (its offset moves it past year 1 or 9999)") from None
    return moment.date().isoformat() if len(text) == 10 else moment.isoformat()


def check(record: ImportedArticle) -> None:
    """Raise a ContentError when the record is not an article: no body, no title, no date."""
    if len(record.body.strip()) < MIN_BODY_CHARS:
        raise ContentError(record.path, 0, "", "no article text found in this page")
    if not record.title:
        about = [doubt for doubt in record.doubts if doubt.startswith("headline")] or record.doubts
        unsure = f" ({about[0]})" if about else ""  # the doubt about the headline, before one about the blocks
        raise ContentError(record.path, 0, "title", f'no headline found; give one with --title "…"{unsure}')
    if not record.date:
        raise ContentError(record.path, 0, "date", "no publication date in the page: give one with --date YYYY-MM-DD")


def read_input(path: str, stdin) -> bytes:
    """Return the bytes of a file, or of standard input for `-`; refuse pages over MAX_PAGE bytes."""
    try:
        if path == "-":
            data = stdin.buffer.read(MAX_PAGE + 1) if hasattr(stdin, "buffer") else stdin.read().encode()
            data = data if len(data) <= MAX_PAGE else None
        else:
            data = read_at_most(path, MAX_PAGE)
    except OSError as error:
        # Too many open files is the machine's fault, not the page's: the import stops with one line.
        raise fault_of(error, "import", "reading", path, reading=True) or ContentError(
            path, 0, "", f"cannot read: {error.strerror or error}") from None
    if data is None:
        raise ContentError(path, 0, "", f"is larger than {MAX_PAGE // 2**20} MB: not a single article page; not imported")
    return data


def read_at_most(path: str | Path, cap: int) -> bytes | None:
    """Return a file's bytes, or None when it holds more than `cap` (never reading more than one byte past it)."""
    with open(path, "rb") as handle:
        data = handle.read(cap + 1)
    return data if len(data) <= cap else None


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
