"""What a build must redo: nothing, a few edits that keep the site's shape, or whatever the cache cannot vouch for.

The choice is a record (Redo); pipeline.build hands it to the same stages
whatever it holds. Nothing here renders or writes a page.

Most edits fix the text of an article. When every changed file keeps its card
(everything other pages show: title, date, tags, reporters, summary, …), no
other page can change, so no site model is needed: each article page is
planned from the links the last full build recorded. When a card changed but
no path, date, tag or reporter did, the last site model is patched instead,
and only the pages that can show an edited article are planned: its own page,
the article pages linking to it, the home, its facets' listings and the feeds;
every other page keeps its key by construction, so it is carried over without
being planned. Anything else — a new, deleted or renamed file, a moved or
retagged article, an error — is a full incremental build.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import datetime

from ..model import Article, ArticleLinks, shape_of
from ..site import Site, is_published
from ..sources import Source
from .cache import BuildCache, CacheState, SiteModel, SourceEntry
from .fresh import Scan, Stamp, last_sources, output_stamp

MOST_FILES = 50


@dataclass(frozen=True)
class Edit:
    """One changed source that keeps its place in the site: its new parse and the digest it replaces."""

    source: Source
    old_digest: str
    parsed: object  # load.Parsed
    card_changed: bool


@dataclass(frozen=True)
class Edits:
    """Shape-keeping edits: the changed articles, the pages that can show them, the search files they change."""

    edits: tuple[Edit, ...]
    site: Site  # the patched model of the last full build, or one without lists when only bodies changed
    linked_from: dict[str, tuple[str, ...]] | None  # which article pages link to each article (card edits)
    recorded: dict[str, ArticleLinks]  # the links the last build recorded for the edited pages (body edits)
    index: IndexPatch  # search.outputs.IndexPatch
    warnings: tuple[str, ...] = ()  # the edited articles' (a picture without alt text)

    def sources(self) -> dict[str, SourceEntry]:
        """Return the edited sources' new index entries."""
        return {e.source.shown: SourceEntry(e.source.size, e.source.mtime_ns, e.parsed.article.digest) for e in self.edits}

    def bodies(self) -> dict[str, str]:
        """Return digest -> body HTML of the edited articles (the cache has them only once the build succeeded)."""
        return {e.parsed.article.digest: e.parsed.html for e in self.edits}


@dataclass(frozen=True)
class Redo:
    """What a build must redo: nothing, the edits, or a full build reusing what the cache state vouches for."""

    base: str  # the key every page depends on (code, settings, theme)
    previous: Stamp | None  # what the last build saw of its inputs
    up_to_date: bool = False
    edits: Edits | None = None
    state: CacheState | None = None  # a full build's starting point
    stored_pages: dict[str, str] | None = None  # the page keys the cache holds (state's are {} when the output changed)


def inputs_stamp(found: Scan, base: str, drafts: bool, output) -> Stamp:
    """Return a fingerprint of every input of a build, cheap enough to compare before doing anything."""
    return Stamp(found.listing, found.theme, base, drafts, output_stamp(output) if output is not None else None,
                 found.files_listing)


def nothing_due(previous: Stamp, now: datetime) -> bool:
    """Return whether no future-dated article has come due since the build that left this stamp."""
    return previous.due is None or now.timestamp() < previous.due


def choose(project, options, now: datetime, cache: BuildCache, found: Scan, base: str) -> Redo:
    """Return what this build must redo, from what changed since the last one."""
    stamp = inputs_stamp(found, base, options.include_drafts, project.output if options.write else None)
    previous = None if options.clean else cache.stamp()
    changed = stamp.changed(previous)
    if previous is not None and not found.errors and nothing_due(previous, now):
        if not changed:
            return Redo(base, previous, up_to_date=True)
        if changed == {"listing"}:
            listed = last_sources(project.cache, previous.listing)
            edits = shape_keeping_edits(project, options, now, cache, found.sources, listed, bool(found.files))
            if edits is not None:
                return Redo(base, previous, edits=edits)
    return in_full(Redo(base, previous), project, options, cache)


def in_full(redo: Redo, project, options, cache: BuildCache) -> Redo:
    """Return redo as a full build, starting from what the cache holds that still stands."""
    if options.clean:
        cache.clear()
    state = stored = cache.state()
    if redo.previous is not None and options.write and redo.previous.output != output_stamp(project.output):
        # Another build (other content, or another cache) replaced the output since: trust none of its files.
        state = replace(stored, pages={})
    return replace(redo, edits=None, state=state, stored_pages=stored.pages)


def changed_sources(sources: list[Source], known: dict[str, SourceEntry]) -> list[Source] | None:
    """Return the sources whose size or time changed, or None if any was added or removed."""
    if len(known) != len(sources):
        return None
    changed = []
    for source in sources:
        entry = known.get(source.shown)
        if entry is None:
            return None
        if (entry.size, entry.mtime_ns) != (source.size, source.mtime_ns):
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


def parse_edits(changed: list[Source], known: dict[str, SourceEntry], cache: BuildCache, parser,
                now: datetime, include_drafts: bool, files, warnings: list[str]) -> list[Edit] | None:
    """Return each changed file as an Edit, its references resolved against files (files.Files),
    or None unless every one parses, resolves and keeps its shape."""
    from ..references import resolve

    edits: list[Edit] = []
    for source in changed:
        result = parser.parse_file(source.shown, source.path)
        if isinstance(result, list) or source.shown not in known:  # a list of errors
            return None
        errors: list = []
        result = replace(result, article=resolve(result.article, files, errors, warnings))
        if errors:  # a full build reports them with every other error
            return None
        old = cache.article(known[source.shown].digest)
        new = result.article
        if (old is None or shape_of(old) != shape_of(new) or not is_published(new, now, include_drafts)
                or not is_published(old, now, include_drafts)):
            return None
        edits.append(Edit(source, old.digest, result, old.card != new.card))
    return edits


def shape_keeping_edits(project, options, now: datetime, cache: BuildCache, sources: list[Source],
                        listed: list[tuple[str, int, int]] | None, has_files: bool) -> Edits | None:
    """Return the edits and the pages they can change, or None to build in full.

    listed is the sources as the last build saw them (fresh.py keeps them), when known:
    comparing with it is quicker than reading the build cache's source index. has_files
    says content/ holds files besides the articles (the last full build placed them).
    """
    known = cache.sources() if listed is None else None
    changed = changed_sources(sources, known) if known is not None else changed_since(sources, listed)
    if not changed or len(changed) > MOST_FILES:
        return None
    entries = known if known is not None else cache.source_entries([source.shown for source in changed])
    from ..load import Parser  # Markdown is loaded only once a file has changed

    files = placed_files(project.content, cache, has_files)
    warnings: list[str] = []
    edits = None if files is None else parse_edits(changed, entries, cache, Parser(project.config), now,
                                                   options.include_drafts, files, warnings)
    if edits is None:
        return None
    updates = {e.source.shown: SourceEntry(e.source.size, e.source.mtime_ns, e.parsed.article.digest) for e in edits}
    model = edited_model(cache, project.config, lambda: (known or cache.sources()) | updates, edits)
    if model is None:
        return None
    site, linked_from, recorded = model
    from ..search.outputs import quick_index
    from ..search.store import SearchStore

    index = quick_index(SearchStore(cache.db), [(e.old_digest, e.parsed) for e in edits], site.articles[::-1])
    return None if index is None else Edits(tuple(edits), site, linked_from, recorded, index, tuple(warnings))


def placed_files(content, cache: BuildCache, has_files: bool):
    """Return the files beside the articles as the last full build placed them (files.Files), or None if unknown."""
    from ..files import Files

    stored = cache.file_entries() if has_files else None
    if has_files and stored is None:
        return None
    entries, probed = stored or ({}, {})
    return Files.placed(content, entries, probed)


def empty_site(config) -> Site:
    """Return a site model with no lists: an article page reads only its own links."""
    return Site(config, (), (), (), (), (), {}, {}, {}, {}, {}, {}, ())


def edited_model(cache: BuildCache, config, index: Callable[[], dict[str, SourceEntry]],
                 edits: list[Edit]) -> tuple[Site, dict | None, dict[str, ArticleLinks]] | None:
    """Return (site, linked_from, recorded links) the plan of the edits reads, or None to build in full.

    Body-only edits need no site model: their pages read the links the last
    build recorded. A card edit needs the last full build's model, patched;
    index gives every source's entry after the edits.
    """
    if not any(edit.card_changed for edit in edits):
        links = {e.parsed.article.path: cache.links(e.parsed.article.path) for e in edits}
        return None if None in links.values() else (empty_site(config), None, links)
    model = patched_model(cache, index(), {e.parsed.article.source_path: e.parsed.article for e in edits})
    return None if model is None else (model.site, model.linked_from, {})


def swap_in_place(old: Article, new: Article) -> None:
    """Make old equal to new, field by field.

    The loaded model is this build's private copy, and every list in it shares
    one object per article: changing that object changes every list at once.
    """
    for spec in fields(Article):
        object.__setattr__(old, spec.name, getattr(new, spec.name))


def patched_model(cache: BuildCache, index: dict[str, SourceEntry], edited: dict[str, Article]) -> SiteModel | None:
    """Return the last full build's site model brought up to date, or None if it cannot be."""
    model = cache.model()
    if model is None:
        return None
    found = 0
    for article in model.site.articles:
        new = edited.get(article.source_path)
        found += new is not None
        if new is None:
            known = index.get(article.source_path)
            if known is None:
                return None
            if known.digest == article.digest:
                continue
            new = cache.article(known.digest)
        if new is None or shape_of(new) != shape_of(article):
            return None
        swap_in_place(article, new)
    return model if found == len(edited) else None
