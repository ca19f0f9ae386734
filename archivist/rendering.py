"""The render stage: which planned pages to render, rendering them in worker processes, the search index beside them.

Unchanged pages are carried from the live site by the writer; the others are
rendered (templates in forked workers, which place their own pages in the next
site: the bytes never travel back) while the search index is built in another
fork where that pays.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import BuildFailed, ContentError
from .faults import OPEN_FILES, Fault, fault_of
from .incremental.cache import BodyReader
from .incremental.damage import cache_errors, cache_problem
from .pages import PageSpec
from .plan import Plan
from .parallel import Background, run
from .render import Renderer
from .search.outputs import IndexPatch, site_files
from .search.store import SearchStore
from .writer import Publisher, check_paths

RENDER_RECYCLE = 40  # chunks a render worker does before a fresh fork replaces it (64 pages a chunk at most)
RECYCLE_ABOVE = 30_000  # pages to render: with fewer, workers are not replaced (see render_pages)
BESIDE_LEAST, BESIDE_MOST = 64, 20_000  # articles; see beside_jobs


class LiveFileLost(Exception):
    """The live site lost a file an incremental build meant to carry over: only a full build can repair it."""


@dataclass(frozen=True)
class IndexFiles:
    """The search index files of a build: their plans, those placed already, those the writer must put."""

    specs: list[PageSpec]  # (path, key) of every index file this build knows (recorded with the page keys)
    placed: dict[str, str]  # path -> manifest entry of the files the search job wrote (in its own process)
    placed_changed: int
    put: dict[str, bytes]  # files still to be put into the next site
    dropped: set[str]  # files an incremental build removes
    rendered: int
    save: Callable[[], None]  # records the new index in the cache, once the build succeeded


class RenderWorker:
    """Renders planned pages by index and places them in the next site; each process opens its own cache connection."""

    def __init__(self, specs: list[PageSpec], templates: Path, cache_path: Path, publisher: Publisher | None,
                 fresh: dict[str, str]):
        self.specs, self.cache_path = specs, cache_path
        cached = BodyReader(cache_path, [spec.body_of for spec in specs if spec.body_of])  # a worker's pages come in order
        # fresh: bodies parsed by this build that the cache records only once it succeeded
        bodies = (lambda digest: fresh[digest] if digest in fresh else cached(digest)) if fresh else cached
        self.renderer = Renderer(templates, bodies, cache_path.parent / "templates")
        self.publisher = publisher.branch() if publisher is not None else None
        for name in sorted({spec.template for spec in specs}):
            self.renderer.warm(name)

    def __call__(self, index: int) -> tuple[str, int] | ContentError | Fault:
        """Write the page (unless it is unchanged); return (its manifest entry, 1 if written), its error or a fault.

        Workers write their own pages: the bytes never travel back to the parent.
        """
        spec = self.specs[index]
        try:
            data = self.renderer.render(spec)
            if self.publisher is None:
                return "", 0
            before = self.publisher.changed
            self.publisher.put(spec.path, data)
        except ContentError as error:
            return error
        except BuildFailed as failed:
            return failed.errors[0]
        except Fault as fault:
            return fault
        except sqlite3.Error as error:  # reading an article's body from the cache
            problem = cache_problem(error, self.cache_path)
            if isinstance(problem, Fault):
                return problem
            raise problem from None
        except OSError as error:  # a template, or the compiled templates' folder
            fault = fault_of(error, "build", "opening" if error.errno in OPEN_FILES else "writing")
            if fault is None:
                raise
            return fault
        return self.publisher.files.pop(spec.path), self.publisher.changed - before


def pages_to_write(specs: list[PageSpec], known: dict[str, str], publisher: Publisher | None) -> list[PageSpec]:
    """Return the specs whose page must be rendered (its key changed, or the live site lost it); carry the others."""
    todo = []
    for spec in specs:
        unchanged = known.get(spec.path) == spec.key
        if unchanged and publisher is None:
            continue
        if not (unchanged and publisher.has(spec.path) and publisher.keep(spec.path)):
            todo.append(spec)
    return todo


@dataclass(frozen=True)
class Rendered:
    """What the render stage did: every file of the plan (search index included), the pages it rendered."""

    specs: list[PageSpec]
    todo: list[PageSpec]  # the planned pages rendered (their key changed, or the live site lost them)
    count: int  # files rendered or produced, index files included
    index: IndexFiles


def carry(plan: Plan, publisher: Publisher | None) -> list[PageSpec]:
    """Carry the unchanged files into the next site; return the specs to render.

    A whole plan names every file of the site; a partial one names only the
    pages that may change, and every live file but those (and the index files
    it renews) is carried as it is.
    """
    if plan.whole:
        return pages_to_write(plan.specs, plan.known, publisher)
    todo = [spec for spec in plan.specs if plan.known.get(spec.path) != spec.key]
    if publisher is not None and not publisher.keep_all_but({spec.path for spec in todo} | plan.renewed):
        raise LiveFileLost
    return todo


def render(plan: Plan, publisher: Publisher | None, templates: Path, jobs: int, cache_path: Path,
           fresh: dict[str, str], index_files: Callable[[], IndexFiles]) -> Rendered:
    """Render the planned pages whose key changed into the next site, then those that wait for the search index.

    fresh is the bodies of articles parsed by this build and not yet in the cache;
    index_files waits for the search index (index_beside). Raise BuildFailed with
    every template error.
    """
    check_paths(spec.path for spec in plan.specs)
    todo = carry(plan, publisher)
    errors = render_pages(todo, publisher, templates, jobs, cache_path, fresh)
    index = index_files()
    specs = plan.specs + plan.late + index.specs
    check_paths(spec.path for spec in specs)
    later = pages_to_write(plan.late, plan.known, publisher)
    errors.update(render_pages(later, publisher, templates, jobs, cache_path))
    if errors:
        raise BuildFailed(list(errors.values()))
    return Rendered(specs, todo, len(todo) + len(later) + index.rendered, index)


def render_pages(todo: list[PageSpec], publisher: Publisher | None, templates: Path, jobs: int, cache_path: Path,
                 fresh: dict[str, str] | None = None) -> dict[str, ContentError]:
    """Render these pages (templates in worker processes) into the publisher; return the template errors."""
    for spec in todo:
        if spec.produce is not None and publisher is not None:
            publisher.put(spec.path, spec.produce())
    templated = [spec for spec in todo if spec.template]
    if not templated:
        return {}
    # Forked workers inherit its compiled templates.
    worker = RenderWorker(templated, templates, cache_path, publisher, fresh or {})
    errors: dict[str, ContentError] = {}
    # The collector stays paused in the workers, as in a one-process build, which renders every
    # page with it paused: rendering leaves no cycles worth its time (about a tenth of a worker's).
    # Replacing workers bounds their memory (each copies the pages of the model it touches) and costs
    # the fragments they rendered: at 10,000 articles (13,400 pages) 5% more time for 8% less memory.
    recycle = RENDER_RECYCLE if len(templated) > RECYCLE_ABOVE else None
    # closing() stops the workers at once when a fault ends the render (they may still be writing).
    with closing(run(range(len(templated)), lambda: worker, jobs, recycle=recycle, collect=False)) as results:
        for spec, result in zip(templated, results):
            if isinstance(result, BaseException) and not isinstance(result, ContentError):
                raise result  # a fault (the disk is full): the first one is the one reported
            if isinstance(result, ContentError):
                errors.setdefault(str(result), result)
            elif publisher is not None:
                publisher.merge({spec.path: result[0]}, result[1])
    return errors


def search_job(site, known: dict[str, str], publisher: Publisher | None, cache_path: Path) -> Callable[[], tuple]:
    """Return a job that writes the search index files whose key changed; it returns their plan and record.

    The job returns ([(path, key)] of every index file, the publisher branch's files
    and changed count, how many files it produced, the index update to save). It
    reads the cache through its own connection, so that it can run in a forked
    process while pages render.
    """

    def job() -> tuple:
        """Plan the index files, write those that changed; return what the parent records."""
        with cache_errors(cache_path):
            store = SearchStore(sqlite3.connect(cache_path))
            try:
                files, update = site_files(site, store)
                branch = publisher.branch() if publisher is not None else None
                specs = [PageSpec(path, key, produce=produce) for path, key, produce in files]
                todo = pages_to_write(specs, known, branch)
                for spec in todo if branch is not None else ():
                    branch.put(spec.path, spec.produce())
            finally:
                store.db.close()
        placed = (branch.files, branch.changed) if branch is not None else ({}, 0)
        return [(path, key) for path, key, _ in files], placed, len(todo), update

    return job


@contextmanager
def index_beside(site, known: dict[str, str], publisher: Publisher | None, cache, jobs: int,
                 patch: IndexPatch | None) -> Iterator[Callable[[], IndexFiles]]:
    """Build the search index beside the block (in a fork where it pays); yield what returns its files.

    patch is the index files an incremental build's edits change, worked out
    already: then there is nothing to build.
    """
    if patch is not None:
        specs = [PageSpec(path, key) for path, (key, _) in patch.files.items()]
        put = {path: data for path, (_, data) in patch.files.items()}
        yield lambda: IndexFiles(specs, {}, 0, put, patch.dropped, len(put), patch.save)
        return
    search = Background(search_job(site, known, publisher, cache.path), beside_jobs(jobs, len(site.articles)))

    def files() -> IndexFiles:
        """Wait for the search job; return its files."""
        found, (placed, changed), produced, update = search.result()
        save = lambda: SearchStore(cache.db).save(update.meta, update.packed)  # noqa: E731
        return IndexFiles([PageSpec(path, key) for path, key in found], placed, changed, {}, set(), produced, save)

    try:
        yield files
    finally:
        search.close()


def beside_jobs(jobs: int, count: int) -> int:
    """Return the jobs for work beside the render: 1 (in this process, after it) outside BESIDE_LEAST..BESIDE_MOST.

    A small archive's work takes less than a fork (as in parallel.run). A forked
    child's copy of the parent grows as it touches the model (reference counts):
    at 100,000 articles the two children took the peak from 1.7 to 3.7 GB.
    """
    return jobs if BESIDE_LEAST <= count <= BESIDE_MOST else 1
