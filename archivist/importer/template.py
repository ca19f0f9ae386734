"""The outlet's template, learnt from a folder of text dumps: lines that repeat across its pages.

Menus, footers, widgets and teaser headings come back on every page of one outlet, where no single page
can tell them from the article. A first pass over the folder counts each normalised line once per page,
per outlet (pages of one article count once); a line on at least MIN_PAGES articles and at least half
of its outlet's articles is template, and the text path treats it as noise. Only lines that are not running text count: an article's standard
sentence repeated in every article stays article text."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from . import converter, noise
from .encoding import decode

TEMPLATE = "outlet template"  # the reason --explain gives
MIN_PAGES = 3
MIN_SHARE = 0.5
DUMP_SUFFIXES = (".txt", ".text", ".md")  # as extract.TEXT_SUFFIXES (imported from here would be circular)
MAX_PAGE = 10 * 2**20
MIN_LINKS = 5
_HOST = re.compile(r"https?://(?:www\.|m\.)?([\w.-]+)", re.I)


@lru_cache(maxsize=65536)  # an outlet's menus and footers come back on each of its pages
def normalise(line: str) -> str:
    """Return the line as the template compares it: spaces collapsed, lower case.

    Numbers are kept: headlines that differ only in a figure are different articles."""
    return " ".join(line.split()).lower()  # str.split's whitespace is the regex \s: the same, three times faster


@lru_cache(maxsize=65536)  # one cached call a line instead of two (running text, then the normalised form)
def _compared_form(line: str) -> str | None:
    """Return the stripped line as the template compares it (normalise), or None for running text (never template)."""
    return None if noise.is_prose(line) else normalise(line)


def outlet_key(lines: list[str]) -> str:
    """Return what names the page's outlet: the web site most of its links point to (a dump with its
    link list), else its last copyright line (the frame's, for a portal), else ''."""
    hosts = Counter(match.group(1).lower() for line in lines if "://" in line for match in _HOST.finditer(line))
    if sum(hosts.values()) >= MIN_LINKS:  # a link list, not a site the article mentions
        return hosts.most_common(1)[0][0]
    for line in reversed(lines):
        if line and noise.may_be_copyright(line) and noise.classify(line) == noise.COPYRIGHT:  # most: no hint
            return normalise(line)
    return ""


def split_lines(text: str) -> list[str]:
    """Return a dump's lines as the text path splits them (any line ending)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def page_lines(name: str) -> tuple[str, str, frozenset[str]]:
    """Return (outlet key, the article's fingerprint, the normalised lines that could be template) of
    one text dump file."""
    return first_pass(name)[:3]


def first_pass(name: str) -> tuple[str, str, frozenset[str], str | None]:
    """Return page_lines of one text dump file, and its lines with the converter undone, joined by
    newlines, for the text path to read the page without undoing it again (None when unread or empty)."""
    try:
        with open(name, "rb") as handle:
            data = handle.read(MAX_PAGE + 1)
        text = decode(data, name)
    except Exception:  # noqa: BLE001 - a page that cannot be read fails later, in its own import
        return "", "", frozenset(), None
    raw = split_lines(text)
    # the lines as the text path reads them (wrapping and converter marks undone), so a template line
    # learnt here is the line it marks; the link list (gone from those) still names the outlet
    undone = converter.undo(raw)
    prose, others = [], set()
    for line in map(str.strip, undone):
        if line:
            compared = _compared_form(line)
            (prose.append(line) if compared is None else others.add(compared))
    key = outlet_key([line.strip() for line in raw])
    return key, normalise(max(prose, key=len, default="")), frozenset(others), "\n".join(undone) if undone else None


def learn(pages: list[tuple[str, str, frozenset[str]]]) -> dict[str, frozenset[str]]:
    """Return each outlet key's template lines from the pages' (key, fingerprint, lines).

    Pages of one article (the same longest paragraph: one page saved twice, or in two dump styles)
    count once, so its headline never looks like template; pages without a key are left out."""
    articles: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for key, fingerprint, lines in pages:
        if key:
            articles[key].setdefault(fingerprint, set()).update(lines)
    learnt = {}
    for key, found in articles.items():
        counts = Counter(line for lines in found.values() for line in lines)
        if len(found) >= MIN_PAGES:
            learnt[key] = frozenset(line for line, seen in counts.items()
                                    if seen >= MIN_PAGES and seen >= MIN_SHARE * len(found))
    return learnt


def is_dump(name: str) -> bool:
    """Return True for a text dump file named in a folder import."""
    return name.lower().endswith(DUMP_SUFFIXES) and "://" not in name


def templates(names: list[str]) -> dict[str, frozenset[str]]:
    """Return the template each text dump among the names is to be read with (empty when its outlet has
    too few pages in the folder)."""
    dumps = [name for name in names if is_dump(name)]
    if len(dumps) < MIN_PAGES:
        return {}
    seen = [page_lines(name) for name in dumps]
    learnt = learn(seen)
    return {name: learnt[key] for name, (key, _, _) in zip(dumps, seen) if learnt.get(key)}


def mark(lines: list, template: frozenset[str]) -> list:
    """Return the lines (text.Line tuples) with every unclassified template line marked as noise."""
    if not template:
        return lines
    return [line._replace(kind=TEMPLATE, prose=False)
            if line.text and line.kind is None and not line.prose and normalise(line.text) in template
            else line for line in lines]
