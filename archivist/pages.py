"""The page plan: every output file, what it shows, and a key that changes exactly when it would.

A page's key is a hash of everything its template can read: for the article
itself its digest (which stands for the source bytes), for other articles
their card (everything but the body), the names and paths of the facets it
links to, and the site-wide inputs (templates, settings, version). An
incremental build renders only the pages whose key changed: an edit to an
article's body re-renders its own page and nothing else.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import partial
from dataclasses import dataclass

from . import i18n
from .chart import timeline_rows, timeline_svg
from .figures import BodyRewriter
from .model import Article, ArticleLink, ArticleLinks, Facet, Link
from .render import PageContext, article_json_ld
from .site import Listing, Site, paginate
from .urls import output_file


@dataclass(frozen=True)
class PageSpec:
    """One planned output file: rendered from a template, or produced by a function."""

    path: str
    key: str
    template: str = ""
    context: Callable[[], tuple[PageContext, dict]] | None = None
    body_of: str = ""
    produce: Callable[[], bytes] | None = None
    rewrite: Callable[[str], str] | None = None  # what the body needs for this page (figures.BodyRewriter)


def key_of(*parts) -> str:
    """Return a short stable hash of the parts (text as is, anything else by repr)."""
    text = "\x1d".join(part if isinstance(part, str) else repr(part) for part in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def facet_refs(facets: Iterable[Facet]) -> str:
    """Return the names and paths of facets: what links to them show."""
    return "\x1e".join(f"{f.name}\x1f{f.path}" for f in facets)


class EntryRefs(dict):
    """What a list entry shows of each article (its card and reporters), worked out when first needed."""

    def __init__(self, site: Site):
        super().__init__()
        self.site = site

    def of(self, article: Article) -> str:
        """Return what a list entry of the article shows."""
        found = self.get(article.path)
        if found is None:
            found = self[article.path] = f"{article.card}\x1e{facet_refs(self.site.reporters_of[article.path])}"
        return found


def article_link(article: Article | None) -> ArticleLink | None:
    """Return what another page shows of an article."""
    return None if article is None else ArticleLink(article.path, article.title, article.date)


def links_of(site: Site, article: Article) -> ArticleLinks:
    """Return the links an article page shows, from the site model, with their key."""
    path = article.path
    tags = tuple(Link(f.name, f.path) for f in site.tags_of[path])
    reporters = tuple(Link(f.name, f.path) for f in site.reporters_of[path])
    newer, older = site.newer.get(path), site.older.get(path)
    related, more = site.related[path], site.more_by.get(path, ())
    key = "\x1d".join((facet_refs(site.tags_of[path]), facet_refs(site.reporters_of[path]),
                       newer.card if newer else "", older.card if older else "", "".join(a.card for a in related),
                       "".join(a.card for a in more)))
    return ArticleLinks(tags, reporters, article_link(newer), article_link(older),
                        tuple(ArticleLink(a.path, a.title, a.date) for a in related),
                        tuple(ArticleLink(a.path, a.title, a.date) for a in more), key)


def linked_paths(links: ArticleLinks) -> set[str]:
    """Return the paths of the other articles an article page shows links to."""
    paths = set()
    for value in links:
        if isinstance(value, ArticleLink):
            paths.add(value.path)
        elif isinstance(value, tuple):
            paths.update(item.path for item in value if isinstance(item, ArticleLink))
    return paths


def linked_from(links: dict[str, ArticleLinks]) -> dict[str, tuple[str, ...]]:
    """Return, for each article path, the article pages that show a link to it."""
    found: dict[str, list[str]] = {}
    for path, shown in links.items():
        for target in linked_paths(shown):
            found.setdefault(target, []).append(path)
    return {target: tuple(paths) for target, paths in found.items()}


@dataclass(frozen=True)
class Selection:
    """Part of a site to plan: some article pages, and the listings of some facets."""

    articles: tuple[Article, ...]
    facet_paths: frozenset[str]
    listed: frozenset[str]

    def shows(self, listing: Listing) -> bool:
        """Return whether a listing page holds one of the articles whose entries changed."""
        return any(article.path in self.listed for article in listing.articles)

    def among(self, facets: Iterable[Facet]) -> list[Facet]:
        """Return the selected facets, in site order."""
        return [facet for facet in facets if facet.path in self.facet_paths]


def breadcrumbs_of(article: Article) -> tuple[tuple[str, str], ...]:
    """Return archive › year › month crumbs for an article."""
    lang = article.lang
    year = f"{article.date.year:04d}"  # zero-padded as in the article's path, also before the year 1000
    month = f"{year}/{article.date.month:02d}"
    return (("archive/", i18n.text(lang, "archive")), (f"{year}/", i18n.month_name(year, lang)),
            (f"{month}/", i18n.month_name(month, lang)))


def article_spec(site: Site, base: str, article: Article, links: ArticleLinks) -> PageSpec:
    """Return the plan of one article page; links say what it shows of other pages."""
    # The files an article shows are part of its page (a replaced picture changes its size and versions).
    key = key_of(base, "article", article.digest, links.key, *((article.targets,) if article.targets else ()))

    def context() -> tuple[PageContext, dict]:
        page = PageContext(site, article.path, article.lang, article.title, article.summary, "article",
                           breadcrumbs=breadcrumbs_of(article))
        return page, dict(article=article, tags=links.tags, reporters=links.reporters, newer=links.newer,
                          older=links.older, related=links.related, more=links.more,
                          json_ld=article_json_ld(site, article))

    rewrite = BodyRewriter(article.path, article.targets) if article.targets else None
    return PageSpec(output_file(article.path), key, "article.html", context, body_of=article.digest, rewrite=rewrite)


def facet_summary(site: Site, facet: Facet | None) -> tuple:
    """Return what a listing's header shows of its facet."""
    if facet is None:
        return ()
    months = tuple((m.key, m.count) for m in site.months_of(facet)) if facet.kind == "year" else ()
    return facet.kind, facet.name, facet.path, facet.count, facet.articles[0].card, facet.articles[-1].card, months


def listing_specs(site: Site, base: str, entries: EntryRefs, path: str, title: str, kind: str,
                  articles: tuple[Article, ...], facet: Facet | None = None, feed_path: str = "feed.xml",
                  crumbs: tuple = (), only: Selection | None = None) -> list[PageSpec]:
    """Return the plans of every page of a paginated article list (or of those the selection shows)."""
    lang = site.config.language
    summary = facet_summary(site, facet)
    specs = []
    # Every page of a facet's list shows its summary, which reads the first and last articles.
    whole = only is None or (facet is not None and only.listed.intersection((articles[0].path, articles[-1].path)))
    for listing in paginate(path, articles, site.config.page_size):
        if not whole and not only.shows(listing):
            continue
        shown = title if listing.number == 1 else f"{title} ({i18n.text(lang, 'page_of', n=listing.number, total=listing.total)})"
        key = key_of(base, "listing", listing.path, listing.number, listing.total, shown, kind, feed_path, crumbs,
                     summary, "\x1c".join(entries.of(a) for a in listing.articles))
        page = partial(PageContext, site, listing.path, lang, shown, site.config.description, kind,
                       feed_path=feed_path, breadcrumbs=crumbs)
        values = dict(listing=listing, facet=facet, heading=title)
        specs.append(PageSpec(output_file(listing.path), key, "listing.html", lambda p=page, v=values: (p(), v)))
    return specs


def facet_specs(site: Site, base: str, entries: EntryRefs, only: Selection | None = None) -> list[PageSpec]:
    """Return the listing plans of every tag, reporter, year and month (or of the selected ones)."""
    lang = site.config.language
    specs = []
    for tag in site.tags if only is None else only.among(site.tags):
        specs += listing_specs(site, base, entries, tag.path, i18n.text(lang, "tag_title", name=tag.name), "tag",
                               tag.articles, tag, f"{tag.path}feed.xml", (("tags/", i18n.text(lang, "tags")),), only)
    for reporter in site.reporters if only is None else only.among(site.reporters):
        specs += listing_specs(site, base, entries, reporter.path, i18n.text(lang, "reporter_title", name=reporter.name),
                               "reporter", reporter.articles, reporter,
                               crumbs=(("reporters/", i18n.text(lang, "reporters")),), only=only)
    for period in site.years + site.months if only is None else only.among(site.years + site.months):
        crumbs = (("archive/", i18n.text(lang, "archive")),)
        if period.kind == "month":
            year = period.key[:4]
            crumbs += ((f"{year}/", i18n.month_name(year, lang)),)
        specs += listing_specs(site, base, entries, period.path, i18n.month_name(period.key, lang), period.kind,
                               period.articles, period, crumbs=crumbs, only=only)
    return specs


def archive_values(site: Site, lang: str) -> dict:
    """Return what the archive page shows besides the site model: the timeline chart and table."""
    return dict(chart=timeline_svg(site.timeline, lang), rows=timeline_rows(site.timeline))


def index_specs(site: Site, base: str) -> list[PageSpec]:
    """Return the plans of the tag index, reporter index, archive index and 404 page."""
    lang = site.config.language
    specs = []
    for path, name, facets in (("tags/", "tags", site.tags), ("reporters/", "reporters", site.reporters)):
        page = PageContext(site, path, lang, i18n.text(lang, name), site.config.description, name)
        key = key_of(base, name, tuple((f.name, f.path, f.count, f.first.date(), f.last.date()) for f in facets))
        specs.append(PageSpec(output_file(path), key, "facets.html", lambda p=page, f=facets: (p, dict(facets=f))))
    page = PageContext(site, "archive/", lang, i18n.text(lang, "archive"), site.config.description, "archive")
    span = (site.articles[-1].date.date(), site.articles[0].date.date()) if site.articles else ()
    key = key_of(base, "archive", len(site.articles), span, site.timeline)
    specs.append(PageSpec("archive/index.html", key, "archive.html", lambda p=page: (p, archive_values(site, lang))))
    page = PageContext(site, "404.html", lang, i18n.text(lang, "not_found"), "", "404", root=site.config.base_path)
    specs.append(PageSpec("404.html", key_of(base, "404"), "404.html", lambda p=page: (p, {})))
    return specs


def page_specs(site: Site, base: str, links: dict[str, ArticleLinks], only: Selection | None = None) -> list[PageSpec]:
    """Return the plan of every HTML page (or of the pages that can show the selected articles).

    base is the key of the site-wide inputs; links holds the ArticleLinks of every planned article.
    """
    entries = EntryRefs(site)
    articles = site.articles if only is None else only.articles
    specs = [article_spec(site, base, article, links[article.path]) for article in articles]
    specs += listing_specs(site, base, entries, "", site.config.title, "home", site.articles, only=only)
    specs += facet_specs(site, base, entries, only)
    specs += index_specs(site, base)
    return specs
