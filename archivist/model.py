"""The frozen records the pipeline passes between stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Article:
    """One validated, rendered article."""

    source_path: str
    digest: str
    slug: str
    title: str
    reporters: tuple[str, ...]
    emails: tuple[str, ...]
    date: datetime
    updated: datetime | None
    tags: tuple[str, ...]
    source: str
    source_url: str
    summary: str
    draft: bool
    lang: str
    reading_minutes: int
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    path: str = field(init=False, compare=False)
    timestamp: float = field(init=False, compare=False)

    def __post_init__(self):
        # The site path ('2024/03/slug/') and the date as a number are read a hundred thousand
        # times per build, so they are computed once.
        object.__setattr__(self, "path", f"{self.date:%Y/%m}/{self.slug}/")
        object.__setattr__(self, "timestamp", self.date.timestamp())

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
