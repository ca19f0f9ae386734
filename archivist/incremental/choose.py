"""The quick path: a save that keeps the site's shape re-renders the pages it touches and nothing else.

Most edits fix the text of an article. When every changed file keeps its card
(everything other pages show: title, date, tags, reporters, summary, …), no
other page can change, so no site model is needed: each article page is
rendered from the links the last full build recorded. When a card changed but
no path, date, tag or reporter did, the last site model is patched instead
(card_edits.py). Anything else — a new, deleted or renamed file, a moved or
retagged article, an error — returns None, and the full incremental build runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from .cache import BodyReader, BuildCache
from ..load import Parsed, Parser
from ..model import shape_of
from ..sources import Source
from ..pages import PageSpec, article_spec
from ..render import Renderer
from ..search.outputs import quick_index
from ..search.store import SearchStore
from ..site import Site, is_published
from ..writer import Publisher

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


def changed_since(sources: list[Source], listed: list[tuple[str, int, int]]) -> list[Source] | None:
    """Return the sources not as the last build listed them, or None if any was added or removed."""
    if len(listed) != len(sources):
        return None
    before = set(listed)
    changed = [source for source in sources if source not in before]
    names = {name for name, _, _ in listed} if changed else set()
    return None if any(source.shown not in names for source in changed) else changed


def shape_keeping_edits(changed: list[Source], known: dict, cache: BuildCache, parser: Parser,
                        now: datetime, include_drafts: bool) -> list[tuple[str, Parsed, bool]] | None:
    """Return (old digest, new parse, card changed) of each changed file, or None unless all keep their shape."""
    edits = []
    for source in changed:
        result = parser.parse_file(source.shown, source.path)
        if not isinstance(result, Parsed) or source.shown not in known:
            return None
        old = cache.article(known[source.shown][2])
        new = result.article
        if (old is None or shape_of(old) != shape_of(new) or not is_published(new, now, include_drafts)
                or not is_published(old, now, include_drafts)):
            return None
        edits.append((old.digest, result, old.card != new.card))
    return edits


def empty_site(config) -> Site:
    """Return a site model with no lists: an article page reads only its own links."""
    return Site(config, (), (), (), (), (), {}, {}, {}, {}, {}, {}, ())


def body_plan(cache: BuildCache, config, base: str, edits: list) -> tuple[Site, list[PageSpec], dict] | None:
    """Return (site, plans, links) of the article pages of body-only edits, from the last build's links."""
    links = {parsed.article.path: cache.links(parsed.article.path) for _, parsed, _ in edits}
    if None in links.values():
        return None
    site = empty_site(config)
    specs = [article_spec(site, base, parsed.article, links[parsed.article.path]) for _, parsed, _ in edits]
    return site, specs, {}


def plan_edits(cache: BuildCache, config, base: str, index: Callable[[], dict], edits: list) -> tuple[Site, list[PageSpec], dict] | None:
    """Return (site, plans, new links) of the pages the edits can change, or None to build in full.

    index gives every source's (size, time, digest) after the edits: only a card edit needs it.
    """
    if not any(card_changed for _, _, card_changed in edits):
        return body_plan(cache, config, base, edits)
    from ..card_edits import card_plan, patched_model  # only a card edit needs the site model

    model = patched_model(cache, index(), {parsed.article.source_path: parsed.article for _, parsed, _ in edits})
    if model is None:
        return None
    site, linked = model
    specs, links = card_plan(site, linked, base, [parsed.article for _, parsed, _ in edits])
    return site, specs, links


def quick_edit(project, options, now: datetime, cache: BuildCache, sources: list[Source], base: str,
               listed: list[tuple[str, int, int]] | None = None):
    """Publish shape-keeping edits; return the result fields, or None to build in full.

    listed is the sources as the last build saw them (fresh.py keeps them), when known:
    comparing with it is quicker than reading the build cache's source index.
    """
    known = cache.sources() if listed is None else None
    changed = changed_sources(sources, known) if known is not None else changed_since(sources, listed)
    if not changed or len(changed) > MOST_FILES:
        return None
    entries = known if known is not None else cache.source_entries([source.shown for source in changed])
    edits = shape_keeping_edits(changed, entries, cache, Parser(project.config), now, options.include_drafts)
    if edits is None:
        return None
    updates = {source.shown: (source.size, source.mtime_ns, parsed.article.digest)
               for source, (_, parsed, _) in zip(changed, edits)}
    planned = plan_edits(cache, project.config, base, lambda: (known or cache.sources()) | updates, edits)
    if planned is None:
        return None
    site, specs, links = planned
    search = quick_index(SearchStore(cache.db), [(old, parsed) for old, parsed, _ in edits], site.articles[::-1])
    if search is None:
        return None
    index_files, dropped, save_search = search
    stored = cache.page_keys([spec.path for spec in specs])
    todo = [spec for spec in specs if stored.get(spec.path) != spec.key]
    bodies = {parsed.article.digest: parsed.html for _, parsed, _ in edits}
    reader = BodyReader(cache.path)
    renderer = Renderer(project.templates, lambda digest: bodies[digest] if digest in bodies else reader(digest),
                        cache.path.parent / "templates")
    made = [(spec, renderer.render(spec) if spec.template else spec.produce()) for spec in todo]
    changed_count = size = 0
    new_keys: dict[str, str] = {}
    if options.write:
        publisher = Publisher(project.output)
        renewed = {spec.path for spec in todo} | index_files.keys() | dropped
        if not publisher.keep_all_but(renewed):
            return None  # the live site lost a file: let the full build repair it
        for spec, data in made:
            publisher.put(spec.path, data)
        for path, (_, data) in index_files.items():
            publisher.put(path, data)
        publisher.commit()
        changed_count, size = publisher.changed, publisher.size
        new_keys = {spec.path: spec.key for spec in todo} | {path: key for path, (key, _) in index_files.items()}
    cache.save_edits(updates, new_keys, sorted(dropped) if options.write else [],
                     [(old, parsed) for old, parsed, _ in edits], links)
    save_search()
    return (cache.published(), cache.page_count() or len(specs), len(todo) + len(index_files), changed_count, size)
