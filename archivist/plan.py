"""The plan stage: every output file of the site — pages, feeds, sitemap, the theme's static files — with its key.

For shape-keeping edits (incremental/choose.py) only the pages that can show
an edited article are planned: for a body edit its own page, from the links the
last build recorded; for a card edit also the article pages linking to it, the
home, its facets' listings and the feeds. Every other page keeps its key by
construction, so the writer carries it over without it being planned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .feeds import feed_specs, sitemap_specs
from .incremental.fresh import library_versions
from .markup import pygments_css
from .model import Article, ArticleLinks
from .pages import PageSpec, Selection, article_spec, key_of, links_of, page_specs
from .search.outputs import search_page
from .site import Site
from .theme import theme_files


def static_specs(templates: Path) -> list[PageSpec]:
    """Return the plans of the theme's static files and the generated code stylesheet."""
    specs = []
    for name, path in theme_files(templates, "static").items():
        if path.name.startswith("."):
            continue
        data = path.read_bytes()
        specs.append(PageSpec(f"static/{name}", key_of(data), produce=lambda d=data: d))
    key = key_of("pygments", library_versions())
    return specs + [PageSpec("static/pygments.css", key, produce=lambda: pygments_css().encode("utf-8"))]


def plan(site: Site, templates: Path, base: str, links: dict[str, ArticleLinks], files=None) -> list[PageSpec]:
    """Return every output file of the site, planned: pages, feeds, the theme's files, the files beside the articles."""
    specs = page_specs(site, base, links) + feed_specs(site, base) + sitemap_specs(site, base) + static_specs(templates)
    return specs + (files.specs({a.path for a in site.articles}) if files is not None else [])


@dataclass(frozen=True)
class Plan:
    """What the plan stage gives: the pages to consider, the last build's keys of them, and how the rest is kept."""

    specs: list[PageSpec]
    late: list[PageSpec]  # pages rendered once the search index is done (the search page)
    links: dict[str, ArticleLinks]  # article links to record
    known: dict[str, str]  # the last build's keys of these pages
    whole: bool  # specs name every file of the site; else every live file they do not name is kept as it is
    renewed: frozenset[str] = frozenset()  # besides specs, the files a partial plan replaces or drops (search index)


def plan_stage(site: Site, templates: Path, redo, known: dict[str, str],
               page_keys: Callable[[list[str]], dict[str, str]], files=None) -> Plan:
    """Return the plan of a build: every file of the site, or only the pages the chosen edits can change.

    known is the last build's page keys (a full build's); page_keys reads those of some pages;
    files is a full build's files beside the articles (files.Files; edits keep them as they are).
    """
    edits = redo.edits
    if edits is None:
        links = {a.path: links_of(site, a) for a in site.articles}
        return Plan(plan(site, templates, redo.base, links, files), [search_page(site, redo.base)], links, known, True)
    articles = [edit.parsed.article for edit in edits.edits]
    if edits.linked_from is None:  # only bodies changed: each page shows the links the last build recorded
        specs, links = [article_spec(site, redo.base, a, edits.recorded[a.path]) for a in articles], {}
    else:
        specs, links = card_plan(site, edits.linked_from, redo.base, articles)
    renewed = frozenset(edits.index.files) | frozenset(edits.index.dropped)
    return Plan(specs, [], links, page_keys([spec.path for spec in specs]), False, renewed)


def card_plan(site: Site, linked_from: dict[str, tuple[str, ...]], base: str,
              edited: list[Article]) -> tuple[list[PageSpec], dict[str, ArticleLinks]]:
    """Return the plans of every page that can show the edited articles, and their articles' links."""
    by_path = {a.path: a for a in site.articles}
    paths = {a.path for a in edited}
    for article in edited:
        paths.update(linked_from.get(article.path, ()))
    articles = tuple(by_path[path] for path in sorted(paths))
    facets = set()
    for article in edited:
        facets.update(f.path for f in site.tags_of[article.path] + site.reporters_of[article.path])
        facets.update((f"{article.path[:4]}/", f"{article.path[:7]}/"))
    links = {a.path: links_of(site, a) for a in articles}
    selection = Selection(articles, frozenset(facets), frozenset(a.path for a in edited))
    return page_specs(site, base, links, selection) + feed_specs(site, base), links
