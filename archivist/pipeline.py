"""build(): scan → load → validate → site model → plan → render → write, redoing only what changed.

A build first chooses what to redo (incremental/choose.py): nothing, a few
edits that keep the site's shape, or everything the build cache cannot vouch
for. Whatever it chose runs through the same stages; the choice only narrows
what they load, plan and render. One Publisher, made here, is the only way a
page reaches the output folder. Markdown, Jinja2 and Pygments are imported only
when there is something to parse or render, so that "nothing changed" answers
in a blink.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .config import Config
from .errors import BuildFailed, ContentError
from .faults import OPEN_FILES, Fault, fault_of
from .incremental.cache import BuildCache, CacheState
from .incremental.damage import CacheDamaged, cache_errors, note_damaged, remove_cache_files
from .incremental.choose import Redo, choose, in_full
from .incremental.fresh import Scan, Stamp, code_hash, library_versions, scan_inputs
from .parallel import collector_paused, default_jobs
from .writer import OutputLock, Publisher


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
    warnings: tuple[str, ...] = ()  # path:line: problems that do not stop the build (a picture without alt text)


def build(project: Project, options: Options | None = None, now: datetime | None = None, scan: Scan | None = None,
          **flags) -> BuildResult:
    """Run the whole build and return what it did; raise BuildFailed, the output left as it was, on any error.

    scan is the content and theme as the caller found them (cli.py looks before deciding to build).
    """
    options = options or Options(**flags)
    started = time.perf_counter()
    now = now or datetime.now(timezone.utc)
    if not project.content.is_dir():
        raise BuildFailed([ContentError(str(project.content), 0, "", "content folder not found")])
    with collector_paused(), OutputLock(project.output):
        found = scan or scan_inputs(project.content, project.templates)
        try:
            result = build_with_cache(project, options, now, found)
        except CacheDamaged as damaged:  # found while reading it: a full build from an empty cache gives the right site
            note_damaged(damaged.path)
            remove_cache_files(damaged.path)
            result = build_with_cache(project, options, now, found)
    return replace(result, seconds=time.perf_counter() - started)


def build_with_cache(project: Project, options: Options, now: datetime, found: Scan) -> BuildResult:
    """Open the cache, choose what to redo and do it; a full disk or a read-only folder raises a Fault."""
    with machine_faults(project), open_cache(project) as cache, cache_errors(cache.path):
        redo = choose(project, options, now, cache, found, base_key(cache.version, found.theme))
        if redo.up_to_date:
            return BuildResult(cache.published(), 0, 0, 0, 0, 0.0, True, redo.previous)
        from .rendering import LiveFileLost  # Jinja2 is loaded only once there is something to render

        try:
            return run_stages(project, options, now, cache, found, redo)
        except LiveFileLost:  # the edits would carry a file the live site lost: a full build puts it back
            return run_stages(project, options, now, cache, found, in_full(redo, project, options, cache))


@contextmanager
def machine_faults(project: Project) -> Iterator[None]:
    """Turn a fault met outside the writer and the cache's own checks into a Fault naming its file."""
    try:
        yield
    except OSError as error:
        named = error.filename if isinstance(error.filename, str) else ""
        cache = bool(named) and project.cache is not None and Path(named).absolute().is_relative_to(project.cache.absolute())
        fault = fault_of(error, "cache" if cache else "build", "opening" if error.errno in OPEN_FILES else "writing")
        if fault is None:
            raise
        raise fault from None


def run_stages(project: Project, options: Options, now: datetime, cache: BuildCache, found: Scan,
               redo: Redo) -> BuildResult:
    """Load, validate, model, plan, render and write what redo chose, then record it; return what was done.

    The search index is built beside the plan and the render (in a fork where
    it pays); so are a full build's cache rows, committed once the site is out.
    """
    from .incremental.record import new_state, recording, remember
    from .plan import plan_stage
    from .rendering import beside_jobs, index_beside, render

    state = redo.state or CacheState()
    loaded = load(project, options, cache, found, redo, state)
    site, related = site_model(project, options, now, found, loaded, redo, state)
    publisher = Publisher(project.output) if options.write else None  # the one way into output/
    edits = redo.edits
    with abandoned_on_failure(publisher), \
            index_beside(site, state.pages, publisher, cache, options.jobs, edits and edits.index) as index_files:
        plan = plan_stage(site, project.templates, redo, state.pages, cache.page_keys, loaded.files)
        new = new_state(options.write, loaded, site, plan, related, state) if plan.whole else None
        with recording(cache, new, state, plan.whole, beside_jobs(options.jobs, len(loaded.articles))) as commit:
            fresh = edits.bodies() if edits else {}
            jobs = options.jobs if plan.whole else 1  # a few pages: forking workers would cost more than it saves
            rendered = render(plan, publisher, project.templates, jobs, cache.path, fresh, index_files)
            changed, size = write(publisher, rendered.index)
            with after_publishing(cache):
                commit()
    with after_publishing(cache):
        stamp = remember(cache, project, options, now, found, redo, plan, new, rendered, len(site.articles))
    warnings = tuple(loaded.warnings)
    if plan.whole:
        return BuildResult(len(site.articles), len(rendered.specs), rendered.count, changed, size, 0.0, stamp=stamp,
                           warnings=warnings)
    files = cache.page_count() or len(rendered.specs)
    return BuildResult(cache.published(), files, rendered.count, changed, size, 0.0, stamp=stamp, warnings=warnings)


@contextmanager
def abandoned_on_failure(publisher: Publisher | None) -> Iterator[None]:
    """Link the standby tree back to the live one when the stages inside fail, so a failed build leaves no disk used."""
    try:
        yield
    except BaseException:
        if publisher is not None:  # the workers and the search job (inner contexts) have stopped writing by now
            publisher.abandon()
        raise


def load(project: Project, options: Options, cache: BuildCache, found: Scan, redo: Redo, state: CacheState):
    """Return the articles of the build (load and validate): the edited ones, or every one the cache does not vouch for parsed now."""
    from .load import Loaded, load_articles

    if redo.edits is not None:
        return Loaded([e.parsed.article for e in redo.edits.edits], redo.edits.sources(), [], list(redo.edits.warnings))
    loaded = load_articles(found.sources, state, cache, project.config, options.jobs)
    return place_files(project, found, loaded, cache, options.jobs)


def place_files(project: Project, found: Scan, loaded, cache: BuildCache, jobs: int):
    """Return loaded with the files beside the articles placed, their pictures probed and resized (in the pool),
    and every article's references resolved: a missing or escaping one is an error."""
    from .files import Files
    from .load import Loaded
    from .references import resolve

    files = Files.found(project.content, found.files, loaded.articles, cache.files())
    files.make_versions(cache.path.parent / "pictures", jobs)
    errors, warnings = [], []
    articles = [resolve(article, files, errors, warnings) for article in loaded.articles]
    return Loaded(articles, loaded.sources, loaded.errors + errors, warnings, files)


def site_model(project: Project, options: Options, now: datetime, found: Scan, loaded, redo: Redo, state: CacheState):
    """Return (the site model, the related-articles memo to keep); raise BuildFailed with every error found so far."""
    from .site import build_site

    if redo.edits is not None:
        return redo.edits.site, {}
    related = dict(state.related)
    site, collisions = build_site(loaded.articles, project.config, now, options.include_drafts, related)
    errors = found.errors + loaded.errors + collisions
    if errors:
        raise BuildFailed(errors)
    return site, related


def write(publisher: Publisher | None, index) -> tuple[int, int]:
    """Put the search index files the render left to the writer and swap the next site in; return (changed, size)."""
    if publisher is None:
        return 0, 0
    publisher.merge(index.placed, index.placed_changed)
    for path, data in index.put.items():
        publisher.put(path, data)
    publisher.commit()
    return publisher.changed, publisher.size


@contextmanager
def after_publishing(cache: BuildCache) -> Iterator[None]:
    """Say, of a fault met while the cache records a build, that the site is out all the same."""
    try:
        with cache_errors(cache.path):
            yield
    except Fault as fault:
        fault.outcome = "the site was published, but the build cache was not updated (the next build redoes the work)"
        raise


def cache_version(config: Config) -> str:
    """Return the key every cached value depends on."""
    return f"{__version__}|{code_hash()}|{sys.version_info[:2]}|{library_versions()}|{config!r}"


def base_key(version: str, theme: str) -> str:
    """Return the key every page depends on: the cache version (code, libraries, settings) and the theme."""
    return hashlib.blake2b(f"{version}|{theme}".encode(), digest_size=16).hexdigest()


@contextmanager
def open_cache(project: Project) -> Iterator[BuildCache]:
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


def summary(command: str, result: BuildResult, output: Path) -> str:
    """Return the one line that tells what a build or check did."""
    articles = f"{result.articles:,} article{'' if result.articles == 1 else 's'}"
    if result.up_to_date:
        return f"Up to date: {articles}, nothing changed ({result.seconds:.2f} s)."
    if command == "check":
        return f"Checked {articles} and {result.files:,} files: no errors ({result.seconds:.2f} s)."
    return (f"Built {articles}: {result.files:,} files, {result.size / 2**20:,.1f} MB ({result.rendered:,} rendered, "
            f"{result.changed:,} written) in {result.seconds:.2f} s → {output}")
