"""build(): the stages in order — load, validate, site model, render, write — redoing only what changed.

Markdown, Jinja2 and Pygments are imported only when there is something to
parse or render, so that "nothing changed" answers in a blink.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .incremental.cache import BuildCache
from .config import Config
from .errors import BuildFailed, ContentError
from .incremental.fresh import Scan, Stamp, code_hash, last_sources, library_versions, output_stamp, scan_inputs
from .parallel import collector_paused, default_jobs
from .writer import OutputLock


@dataclass(frozen=True)
class Project:
    """Where a build reads and writes."""

    content: Path
    templates: Path
    output: Path
    config: Config
    cache: Path | None = None


@dataclass(frozen=True)
class Options:
    """How to build."""

    include_drafts: bool = False
    write: bool = True
    clean: bool = False
    jobs: int = field(default_factory=default_jobs)


@dataclass(frozen=True)
class BuildResult:
    """What a build did, for the summary line."""

    articles: int
    files: int
    rendered: int
    changed: int
    size: int
    seconds: float
    up_to_date: bool = False
    stamp: Stamp | None = None  # what the build saw of its inputs (fresh.py keeps it for the next build)


def cache_version(config: Config) -> str:
    """Return the key every cached value depends on."""
    return f"{__version__}|{code_hash()}|{sys.version_info[:2]}|{library_versions()}|{config!r}"


def inputs_stamp(listing: str, theme: str, base: str, options: Options, output: Path) -> Stamp:
    """Return a fingerprint of every input of a build, cheap enough to compare before doing anything."""
    return Stamp(listing, theme, base, options.include_drafts, output_stamp(output) if options.write else None)


@contextmanager
def open_cache(project: Project):
    """Yield the project's BuildCache, or a throwaway one when the project has no cache folder."""
    version = cache_version(project.config)
    if project.cache is not None:
        cache = BuildCache(project.cache, version)
        try:
            yield cache
        finally:
            cache.close()
        return
    with tempfile.TemporaryDirectory(prefix="archivist-cache-") as folder:
        cache = BuildCache(Path(folder), version)
        try:
            yield cache
        finally:
            cache.close()


def next_due(articles, now: datetime) -> float | None:
    """Return when the earliest future-dated article becomes due (a timestamp), if any."""
    future = [a.date.timestamp() for a in articles if a.date > now and not a.draft]
    return min(future) if future else None


def nothing_due(previous: tuple, now: datetime) -> bool:
    """Return whether no future-dated article has come due since the build that left this stamp."""
    return previous[-1] is None or now.timestamp() < previous[-1]


def build(project: Project, options: Options | None = None, now: datetime | None = None, scan: Scan | None = None,
          **flags) -> BuildResult:
    """Run the whole build; the output folder changes only if every stage succeeded.

    scan is the content and theme as the caller found them (cli.py looks before deciding to build).
    """
    with collector_paused():
        return build_stages(project, options or Options(**flags), now, scan)


def build_stages(project: Project, options: Options, now: datetime | None, scan: Scan | None) -> BuildResult:
    """Run the build with the garbage collector paused."""
    started = time.perf_counter()
    now = now or datetime.now(timezone.utc)
    if not project.content.is_dir():
        raise BuildFailed([ContentError(str(project.content), 0, "", "content folder not found")])
    with OutputLock(project.output), open_cache(project) as cache:
        sources, errors, listing, theme = scan or scan_inputs(project.content, project.templates)
        base = hashlib.blake2b(f"{cache.version}|{theme}".encode(), digest_size=16).hexdigest()
        stamp = inputs_stamp(listing, theme, base, options, project.output)
        previous = () if options.clean else cache.stamp()
        if not errors and previous[:-1] == stamp[:-1] and nothing_due(previous, now):
            count = cache.published()
            return BuildResult(count, 0, 0, 0, 0, time.perf_counter() - started, up_to_date=True, stamp=previous)
        if not errors and previous and previous[1:-1] == stamp[1:-1] and nothing_due(previous, now):
            from .incremental.choose import quick_edit

            quick = quick_edit(project, options, now, cache, sources, base, last_sources(project.cache, previous[0]))
            if quick is not None:
                new_stamp = inputs_stamp(listing, theme, base, options, project.output)._replace(due=previous[-1])
                cache.save_stamp(new_stamp)
                return BuildResult(*quick, seconds=time.perf_counter() - started, stamp=new_stamp)
        from .rendering import run_stages

        if options.clean:
            cache.clear()
        state = cache.state()
        stored_pages = state.pages
        if previous and options.write and previous[4] != output_stamp(project.output):
            # Another build (other content, or another cache) replaced the output since: trust none of its files.
            state = replace(state, pages={})
        result, new_state = run_stages(project, options, now, cache, state, sources, errors, base)
        due = next_due(new_state.articles.values(), now) if not options.include_drafts else None
        new_state.stamp = inputs_stamp(listing, theme, base, options, project.output)._replace(due=due)
        cache.save_pages(new_state, stored_pages, result[0])
    return BuildResult(*result, seconds=time.perf_counter() - started, stamp=new_state.stamp)
