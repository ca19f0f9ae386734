"""The site model: every article, facet, listing page and link, computed once before rendering."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from .config import Config
from .errors import ContentError
from .model import Article, Facet
from .related import related_indexes
from .slugs import identity, unique_slugs


@dataclass(frozen=True)
class Listing:
    """One page of a paginated list of articles."""

    path: str
    number: int
    total: int
    articles: tuple[Article, ...]
    newer_path: str | None
    older_path: str | None


@dataclass(frozen=True)
class Site:
    """Everything templates read; built once per build."""

    config: Config
    articles: tuple[Article, ...]
    tags: tuple[Facet, ...]
    reporters: tuple[Facet, ...]
    years: tuple[Facet, ...]
    months: tuple[Facet, ...]
    tags_of: dict[str, tuple[Facet, ...]]
    reporters_of: dict[str, tuple[Facet, ...]]
    newer: dict[str, Article]
    older: dict[str, Article]
    related: dict[str, tuple[Article, ...]]
    more_by: dict[str, tuple[Article, ...]]
    timeline: tuple[tuple[str, int], ...]

    def months_of(self, year: Facet) -> tuple[Facet, ...]:
        """Return the month facets of a year, newest first."""
        return tuple(month for month in self.months if month.key.startswith(year.key + "/"))


def is_published(article: Article, now: datetime, include_drafts: bool) -> bool:
    """Return whether an article belongs in this build."""
    return include_drafts or (not article.draft and article.timestamp <= now.timestamp())


def newest_first(articles: Iterable[Article]) -> list[Article]:
    """Return articles sorted newest first, ties by path for a stable order."""
    return sorted(articles, key=lambda a: (-a.timestamp, a.path))


def path_collisions(articles: Sequence[Article]) -> list[ContentError]:
    """Return an error for each article whose page path another article already has."""
    owner: dict[str, Article] = {}
    errors = []
    for article in sorted(articles, key=lambda a: a.source_path):
        first = owner.setdefault(article.path, article)
        if first is not article:
            errors.append(ContentError(
                article.source_path, 1, "slug",
                f"'{article.slug}' gives the page {article.path} that {first.source_path} already has "
                "(set a different 'slug:')",
            ))
    return errors


def display_names(articles: Sequence[Article], names_of: Callable[[Article], Iterable[str]]) -> dict[str, str]:
    """Return each identity key's most used spelling (ties: the alphabetically first)."""
    spellings: dict[str, Counter] = {}
    for article in articles:
        for name in names_of(article):
            spellings.setdefault(identity(name), Counter())[name] += 1
    return {key: min(c.items(), key=lambda item: (-item[1], item[0]))[0] for key, c in spellings.items()}


def named_facets(articles: Sequence[Article], kind: str, prefix: str,
                 names_of: Callable[[Article], Iterable[str]]) -> tuple[Facet, ...]:
    """Return facets for tags or reporters: one per identity key, most articles first."""
    names = display_names(articles, names_of)
    slugs = unique_slugs(sorted(names), fallback=kind)
    members: dict[str, list[Article]] = {key: [] for key in names}
    for article in articles:
        for key in dict.fromkeys(identity(name) for name in names_of(article)):
            members[key].append(article)
    facets = [Facet(kind, key, names[key], slugs[key], f"{prefix}/{slugs[key]}/", tuple(members[key])) for key in names]
    return tuple(sorted(facets, key=lambda f: (-f.count, f.name)))


def date_facets(articles: Sequence[Article], kind: str, key_of: Callable[[Article], str]) -> tuple[Facet, ...]:
    """Return facets for years or months, newest first."""
    members: dict[str, list[Article]] = {}
    for article in articles:
        members.setdefault(key_of(article), []).append(article)
    return tuple(Facet(kind, key, key, key, f"{key}/", tuple(found)) for key, found in sorted(members.items(), reverse=True))


def facets_by_article(facets: Sequence[Facet], articles: Sequence[Article],
                      names_of: Callable[[Article], Iterable[str]]) -> dict[str, tuple[Facet, ...]]:
    """Return each article's facets, in the order its front matter names them."""
    by_key = {facet.key: facet for facet in facets}
    return {a.path: tuple(by_key[k] for k in dict.fromkeys(identity(n) for n in names_of(a))) for a in articles}


def paginate(base: str, articles: Sequence[Article], size: int) -> list[Listing]:
    """Return the pages of a list: base/, then base/page/2/, …"""
    total = max(1, -(-len(articles) // size))
    paths = [base] + [f"{base}page/{n}/" for n in range(2, total + 1)]
    return [
        Listing(paths[i], i + 1, total, tuple(articles[i * size:(i + 1) * size]),
                paths[i - 1] if i else None, paths[i + 1] if i + 1 < total else None)
        for i in range(total)
    ]


def related_of(oldest_first: Sequence[Article], limit: int, memo: dict) -> list[list[int]]:
    """Return related_indexes, reusing the last result when no tag or order changed (memo is updated)."""
    tag_lists = [[identity(t) for t in a.tags] for a in oldest_first]
    key = hashlib.blake2b(repr((limit, tag_lists)).encode(), digest_size=16).hexdigest()
    if key not in memo:
        memo.clear()
        memo[key] = related_indexes(tag_lists, limit)
    return memo[key]


MORE_BY_REPORTER = 4


def nearest_by_reporter(reporters: Sequence[Facet], limit: int) -> dict[str, tuple[Article, ...]]:
    """Return, per article path, up to limit other articles by its reporters, nearest in time, newest first.

    Nearest rather than newest: a reporter's new article then changes the lists (and pages)
    of only their few latest articles, not of everything they wrote.
    """
    candidates: dict[str, tuple[Article, list[Article]]] = {}
    for facet in reporters:
        members = facet.articles
        for i, article in enumerate(members):
            nearby = members[max(0, i - limit):i] + members[i + 1:i + 1 + limit]
            candidates.setdefault(article.path, (article, []))[1].extend(nearby)
    chosen = {}
    for path, (article, found) in candidates.items():
        others = {a.path: a for a in found}.values()
        nearest = sorted(others, key=lambda a: (abs(a.timestamp - article.timestamp), a.path))[:limit]
        chosen[path] = tuple(newest_first(nearest))
    return chosen


def month_counts(months: Sequence[Facet]) -> tuple[tuple[str, int], ...]:
    """Return ('YYYY/MM', count) for every month from the first article's to the last's, oldest first."""
    if not months:
        return ()
    counts = {m.key: m.count for m in months}
    first, last = months[-1].key, months[0].key
    year, month = int(first[:4]), int(first[5:])
    series = []
    while f"{year:04d}/{month:02d}" <= last:
        key = f"{year:04d}/{month:02d}"
        series.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(series)


def build_site(articles: Iterable[Article], config: Config, now: datetime, include_drafts: bool,
               related_memo: dict | None = None) -> tuple[Site, list[ContentError]]:
    """Return the site model of the published articles and any path collisions."""
    chosen = newest_first(a for a in articles if is_published(a, now, include_drafts))
    errors = path_collisions(chosen)
    tags = named_facets(chosen, "tag", "tags", lambda a: a.tags)
    reporters = named_facets(chosen, "reporter", "reporters", lambda a: a.reporters)
    oldest_first = chosen[::-1]
    months = date_facets(chosen, "month", lambda a: a.path[:7])
    related = related_of(oldest_first, config.related_count, {} if related_memo is None else related_memo)
    site = Site(
        config=config,
        articles=tuple(chosen),
        tags=tags,
        reporters=reporters,
        years=date_facets(chosen, "year", lambda a: a.path[:4]),
        months=months,
        tags_of=facets_by_article(tags, chosen, lambda a: a.tags),
        reporters_of=facets_by_article(reporters, chosen, lambda a: a.reporters),
        newer={a.path: n for a, n in zip(chosen[1:], chosen)},
        older={a.path: o for a, o in zip(chosen, chosen[1:])},
        related={a.path: tuple(oldest_first[j] for j in found) for a, found in zip(oldest_first, related)},
        more_by=nearest_by_reporter(reporters, MORE_BY_REPORTER),
        timeline=month_counts(months),
    )
    return site, errors
