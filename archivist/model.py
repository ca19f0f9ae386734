"""The frozen records the pipeline passes between stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import NamedTuple

from .validate import Fields

CARD_FIELDS = tuple(spec.name for spec in fields(Fields))  # the front matter, as validated


class LeadPicture(NamedTuple):
    """What listings, feeds and link previews show of an article's first picture (archivist/pictures)."""

    url: str  # site-relative path of a shared rendition (JPEG or PNG, up to 1600 px): og:image, enclosure
    width: int
    height: int
    mime: str
    bytes: int
    alt: str
    thumb: str = ""  # site-relative path of the smallest version, for listing cards ("" → url)


@dataclass(frozen=True, kw_only=True)
class Article(Fields):
    """One validated, rendered article: its validated front matter (Fields) and what parsing its file adds."""

    source_path: str
    digest: str
    reading_minutes: int
    references: tuple = ()  # the body's relative src and href with their lines (references.Reference), found once
    targets: tuple = ()  # what they lead to in this build (references.Target): the article page's key reads them
    summary_given: bool = False  # the summary came from front matter, so the page shows it as a deck
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    lead_picture: LeadPicture | None = None  # set by the build from the article's first picture
    path: str = field(init=False, compare=False)
    timestamp: float = field(init=False, compare=False)
    card: str = field(init=False, compare=False)

    def __post_init__(self):
        # The site path ('2024/03/slug/') and the date as a number are read a hundred thousand
        # times per build, so they are computed once; so is the card: a hash of everything other
        # pages show of the article (its file and front matter, not the body), which changes only
        # when they must change.
        object.__setattr__(self, "path", f"{self.date.year:04d}/{self.date.month:02d}/{self.slug}/")
        object.__setattr__(self, "timestamp", self.date.timestamp())
        shown = (self.source_path, *(getattr(self, name) for name in CARD_FIELDS))
        if self.lead_picture is not None:  # cards, feeds and previews show it; without one the card is as before
            shown += (tuple(self.lead_picture),)
        object.__setattr__(self, "card", hashlib.blake2b(repr(shown).encode(), digest_size=12).hexdigest())

    @property
    def modified(self) -> datetime:
        """Return when the article last changed: updated, else date."""
        return self.updated or self.date


@dataclass(frozen=True)
class Facet:
    """A group of articles under one name: a tag, a reporter, a year or a month."""

    kind: str
    key: str
    name: str
    slug: str
    path: str
    articles: tuple[Article, ...]

    @property
    def count(self) -> int:
        """Return how many articles the facet holds."""
        return len(self.articles)

    @property
    def first(self) -> datetime:
        """Return the date of the facet's oldest article."""
        return self.articles[-1].date

    @property
    def last(self) -> datetime:
        """Return the date of the facet's newest article."""
        return self.articles[0].date


class Link(NamedTuple):
    """What a page shows of a tag or reporter it links to."""

    name: str
    path: str


class ArticleLink(NamedTuple):
    """What a page shows of another article it links to."""

    path: str
    title: str
    date: datetime


class ArticleLinks(NamedTuple):
    """Everything an article page shows besides the article itself, and a key of it all.

    Named tuples, not dataclasses: a build makes a hundred thousand of them.
    """

    tags: tuple[Link, ...]
    reporters: tuple[Link, ...]
    newer: ArticleLink | None
    older: ArticleLink | None
    related: tuple[ArticleLink, ...]
    more: tuple[ArticleLink, ...]
    key: str


def shape_of(article: Article) -> tuple:
    """Return what the site model reads of an article besides its card: where and how it is filed."""
    return (article.source_path, article.path, article.timestamp, article.draft, article.tags, article.reporters,
            article.updated)
