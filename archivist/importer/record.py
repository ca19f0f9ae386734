"""The record every extractor produces and the writer consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(slots=True)
class Dropped:
    """One line or block left out of the body, and why."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class PagePicture:
    """One picture of a saved page: its address as the page writes it, alt text, caption (with its credit),
    how many body chunks come before it, and why it is skipped ('' for a picture to keep)."""

    src: str
    alt: str = ""
    caption: str = ""
    anchor: int = 0
    skip: str = ""
    also: tuple[str, ...] = ()  # other addresses of it (a lazy loader's), tried when the first fails


@dataclass
class ImportedArticle:
    """One article extracted from a raw page, before it becomes Markdown."""

    path: str
    title: str = ""
    reporters: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    date: str = ""
    tags: list[str] = field(default_factory=list)
    tags_suggested: bool = False
    source: str = ""
    url: str = ""
    lang: str = ""
    body: str = ""
    keywords: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    invisible: int = 0  # zero-width and bidi control characters removed from the fields
    doubts: list[str] = field(default_factory=list)  # where the extractor was unsure, for the user to review
    runner_up: str = ""  # the block of the page that nearly won over the article, for --explain
    nouns: tuple[str, list[str]] | None = None  # (title, tags.salient_nouns) when a worker process ranked them
    seen: bool = False  # a saved page whose URL the archive already holds: read no further than its metadata
    pictures: list[PagePicture] = field(default_factory=list)  # the page's pictures, kept or skipped (HTML only)

    def drop(self, text: str, reason: str) -> None:
        """Record that `text` was left out of the body because of `reason`."""
        text = text.strip()
        if text:
            self.dropped.append(Dropped(text, reason))


class Line(NamedTuple):
    """One line of the dump with what the classifier made of it (a tuple: pages have thousands)."""

    index: int
    text: str
    kind: str | None
    prose: bool


def text_indexes(lines: list[Line], start: int, stop: int, count: int) -> list[int]:
    """Return the indexes of the first `count` lines with text from `start` toward `stop` (exclusive, either way)."""
    step = 1 if stop >= start else -1
    found: list[int] = []
    for i in range(start, stop, step):
        if len(found) == count:
            break
        if lines[i].text:
            found.append(i)
    return found
