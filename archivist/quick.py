"""The quick path: a save that changed only article bodies re-renders those pages and nothing else.

Most edits fix the text of an article. When every changed file keeps its card
(everything other pages show: title, date, tags, reporters, summary, …), no
other page can change, so the site model is not rebuilt: each article page is
rendered from the links the last full build recorded, and every other file is
carried over. Anything else — a new, deleted or renamed file, a changed card,
an error — returns None, and the full incremental build runs instead.
"""

from __future__ import annotations

from datetime import datetime

from .cache import BuildCache
from .load import Parsed, Parser
from .sources import Source
from .pages import article_spec
from .render import Renderer
from .site import Site, is_published
from .writer import Publisher

MOST_FILES = 50


def changed_sources(sources: list[Source], known: dict) -> list[Source] | None:
    """Return the sources whose size or time changed, or None if any was added or removed."""
    if len(known) != len(sources):
        return None
    changed = []
    for source in sources:
        entry = known.get(source.shown)
        if entry is None:
            return None
        if entry[:2] != (source.size, source.mtime_ns):
            changed.append(source)
    return changed


def body_edits(changed: list[Source], known: dict, cache: BuildCache, parser: Parser,
               now: datetime, include_drafts: bool) -> list[tuple[str, Parsed]] | None:
    """Return (old digest, new parse) of each changed file, or None unless all are body-only edits."""
    edits = []
    for source in changed:
        result = parser.parse_file(source.shown, source.path)
        if not isinstance(result, Parsed):
            return None
        old = cache.article(known[source.shown][2])
        new = result.article
        if old is None or old.card != new.card or not is_published(new, now, include_drafts):
            return None
        edits.append((old.digest, result))
    return edits


def empty_site(config) -> Site:
    """Return a site model with no lists: an article page reads only its own links."""
    return Site(config, (), (), (), (), (), {}, {}, {}, {}, {}, {}, ())


def quick_edit(project, options, now: datetime, cache: BuildCache, sources: list[Source], base: str):
    """Publish body-only edits; return (result fields, pages rendered) or None to build in full."""
    known = cache.sources()
    changed = changed_sources(sources, known)
    if not changed or len(changed) > MOST_FILES:
        return None
    parser = Parser(project.config)
    edits = body_edits(changed, known, cache, parser, now, options.include_drafts)
    links = {parsed.article.path: cache.links(parsed.article.path) for _, parsed in edits or ()}
    if edits is None or None in links.values():
        return None
    pages = cache.pages()
    bodies = {parsed.article.digest: parsed.html for _, parsed in edits}
    renderer = Renderer(project.templates, bodies.__getitem__)
    site = empty_site(project.config)
    specs = [article_spec(site, base, parsed.article, links[parsed.article.path]) for _, parsed in edits]
    rendered = [(spec, renderer.render(spec)) for spec in specs]
    changed_count = size = 0
    if options.write:
        publisher = Publisher(project.output)
        fresh = {spec.path for spec in specs}
        for path in publisher.live:
            if path not in fresh and not publisher.keep(path):
                return None  # the live site lost a file: let the full build repair it
        for spec, data in rendered:
            publisher.put(spec.path, data)
        publisher.commit()
        changed_count, size = publisher.changed, publisher.size
        pages.update((spec.path, spec.key) for spec in specs)
    index = dict(known)
    for source, (_, parsed) in zip(changed, edits):
        index[source.shown] = (source.size, source.mtime_ns, parsed.article.digest)
    cache.save_edits(index, pages, edits)
    articles = len(known)
    return (articles, len(pages) or len(specs), len(specs), changed_count, size)
