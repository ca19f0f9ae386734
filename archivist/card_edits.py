"""Card edits: a save that changes what other pages show of an article, but not the site's shape.

A new title or summary changes the article's card, so the pages listing or
linking to it must change, but no path, date, tag or reporter moved: the site
model of the last full build still holds, with the edited articles swapped in.
That model is loaded, patched, and only the pages that can show an edited
article are planned: its own page, the article pages linking to it, the home,
its facets' listings and the feeds. Every other page keeps its key by
construction, so it is carried over without being planned.
"""

from __future__ import annotations

from dataclasses import fields

from .incremental.cache import BuildCache
from .feeds import feed_specs
from .model import Article, ArticleLinks, shape_of
from .pages import PageSpec, Selection, links_of, page_specs
from .site import Site


def swap_in_place(old: Article, new: Article) -> None:
    """Make old equal to new, field by field.

    The loaded model is this build's private copy, and every list in it shares
    one object per article: changing that object changes every list at once.
    """
    for spec in fields(Article):
        object.__setattr__(old, spec.name, getattr(new, spec.name))


def patched_model(cache: BuildCache, index: dict, edited: dict[str, Article]):
    """Return the last full build's (site, linked_from) brought up to date, or None if it cannot be."""
    model = cache.model()
    if model is None:
        return None
    site, linked = model
    found = 0
    for article in site.articles:
        new = edited.get(article.source_path)
        found += new is not None
        if new is None:
            known = index.get(article.source_path)
            if known is None:
                return None
            if known[2] == article.digest:
                continue
            new = cache.article(known[2])
        if new is None or shape_of(new) != shape_of(article):
            return None
        swap_in_place(article, new)
    return (site, linked) if found == len(edited) else None


def card_plan(site: Site, linked: dict, base: str, edited: list[Article]) -> tuple[list[PageSpec], dict[str, ArticleLinks]]:
    """Return the plans of every page that can show the edited articles, and their articles' links."""
    by_path = {a.path: a for a in site.articles}
    paths = {a.path for a in edited}
    for article in edited:
        paths.update(linked.get(article.path, ()))
    articles = tuple(by_path[path] for path in sorted(paths))
    facets = set()
    for article in edited:
        facets.update(f.path for f in site.tags_of[article.path] + site.reporters_of[article.path])
        facets.update((f"{article.path[:4]}/", f"{article.path[:7]}/"))
    links = {a.path: links_of(site, a) for a in articles}
    specs = page_specs(site, base, links, Selection(articles, frozenset(facets), frozenset(a.path for a in edited))) + feed_specs(site, base)
    return specs, links
