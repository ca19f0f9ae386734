"""What a build leaves for the next one: the cache's new state and the stamp of the inputs it saw.

A full build's articles, links and model are written in a forked process while
its pages render (cache.saving), committed once the site is published; its page
keys and stamp come last. Shape-keeping edits record only their own rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from ..load import Loaded
from ..pages import linked_from
from ..plan import Plan
from .cache import BuildCache, CacheState, SiteModel, saving
from .choose import Redo, inputs_stamp
from .fresh import Scan, Stamp


def new_state(write: bool, loaded: Loaded, site, plan: Plan, related: dict, state: CacheState) -> CacheState:
    """Return the cache state a full build leaves (all but the search index's page keys and the stamp)."""
    pages = {spec.path: spec.key for spec in plan.specs} if write else state.pages
    model = SiteModel(site, linked_from(plan.links)) if write else state.model
    articles = {a.digest: a for a in loaded.articles}
    files = (loaded.files.entries, loaded.files.probed) if loaded.files is not None else None
    return CacheState(loaded.sources, articles, pages, related=related, links=plan.links, model=model, files=files)


@contextmanager
def recording(cache: BuildCache, new: CacheState, state: CacheState, whole: bool, jobs: int) -> Iterator:
    """Yield commit(): a full build's new state is written beside the block and kept once commit() is called."""
    if not whole:
        yield lambda: None
        return
    with saving(cache, new, state, jobs) as commit:
        yield commit


def next_due(articles, now: datetime) -> float | None:
    """Return when the earliest future-dated article becomes due (a timestamp), if any."""
    future = [a.date.timestamp() for a in articles if a.date > now and not a.draft]
    return min(future) if future else None


def remember_full(cache: BuildCache, new: CacheState, redo: Redo, stamp: Stamp, specs, published: int,
                  options, now: datetime) -> Stamp:
    """Record a full build's page keys, stamp and article count; return the stamp."""
    if options.write:
        new.pages = {spec.path: spec.key for spec in specs}
    new.stamp = stamp._replace(due=None if options.include_drafts else next_due(new.articles.values(), now))
    cache.save_pages(new, redo.stored_pages, published)
    return new.stamp


def remember_edits(cache: BuildCache, redo: Redo, plan: Plan, stamp: Stamp, rendered, write: bool) -> Stamp:
    """Record the edits' sources, articles, bodies, links and page keys, and the stamp; return the stamp."""
    edits = redo.edits
    keys = {spec.path: spec.key for spec in rendered.todo + rendered.index.specs} if write else {}
    dropped = sorted(rendered.index.dropped) if write else []
    cache.save_edits(edits.sources(), keys, dropped, [(e.old_digest, e.parsed) for e in edits.edits], plan.links)
    rendered.index.save()
    stamp = stamp._replace(due=redo.previous.due)
    cache.save_stamp(stamp)
    return stamp


def remember(cache: BuildCache, project, options, now: datetime, found: Scan, redo: Redo, plan: Plan,
             new: CacheState | None, rendered, published: int) -> Stamp:
    """Record what this build did for the next one; return the stamp of the inputs it saw."""
    stamp = inputs_stamp(found, redo.base, options.include_drafts, project.output if options.write else None)
    if redo.edits is not None:
        return remember_edits(cache, redo, plan, stamp, rendered, options.write)
    rendered.index.save()
    return remember_full(cache, new, redo, stamp, rendered.specs, published, options, now)
