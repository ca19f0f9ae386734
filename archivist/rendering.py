"""The heavy stages of a build: parse what changed, model the site, render what changed, publish."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from .incremental.cache import BuildCache, BodyReader, CacheState, write_articles
from .config import Config
from .errors import BuildFailed, ContentError
from .feeds import feed_specs, sitemap_specs
from .incremental.fresh import library_versions
from .load import Parsed, Parser, source_digest
from .sources import Source
from .markup import pygments_css
from .model import Article
from .model import ArticleLinks
from .pages import PageSpec, key_of, linked_from, links_of, page_specs
from .parallel import Background, batched, run
from .render import Renderer
from .search.outputs import search_page, site_files
from .search.store import SearchStore
from .site import Site, build_site
from .writer import Publisher, check_paths

BODY_BATCH = 500
RENDER_RECYCLE = 40  # chunks a render worker does before a fresh fork replaces it (64 pages a chunk at most)
RECYCLE_ABOVE = 30_000  # pages to render: with fewer, workers are not replaced (see render_pages)


class ParseWorker:
    """Parses one source per call, in whichever process runs it."""

    def __init__(self, config: Config):
        self.parser = Parser(config)

    def __call__(self, item: tuple[str, Path, bytes | None]) -> Parsed | list[ContentError]:
        """Return the Parsed article or the file's errors."""
        return self.parser.parse_file(*item)


class RenderWorker:
    """Renders planned pages by index and places them in the next site; each process opens its own cache connection."""

    def __init__(self, specs: list[PageSpec], templates: Path, cache_path: Path, publisher: Publisher | None):
        self.specs = specs
        bodies = BodyReader(cache_path, [spec.body_of for spec in specs if spec.body_of])  # a worker's pages come in order
        self.renderer = Renderer(templates, bodies, cache_path.parent / "templates")
        self.publisher = publisher.branch() if publisher is not None else None
        for name in sorted({spec.template for spec in specs}):
            self.renderer.warm(name)

    def __call__(self, index: int) -> tuple[str, int] | ContentError:
        """Write the page (unless it is unchanged); return (its manifest entry, 1 if written) or its error.

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
        return self.publisher.files.pop(spec.path), self.publisher.changed - before


def reusable(source: Source, state: CacheState) -> tuple[str | None, bytes | None]:
    """Return (digest, bytes) of a source the cache may know; digest None means parse it."""
    known = state.sources.get(source.shown)
    if known is None:
        return None, None
    if known[:2] == (source.size, source.mtime_ns) and known[2] in state.articles:
        return known[2], None
    data = source.path.read_bytes()
    digest = source_digest(source.shown, data)
    return (digest, data) if digest in state.articles else (None, data)


def load_articles(sources: list[Source], state: CacheState, cache: BuildCache, config: Config,
                  jobs: int) -> tuple[list[Article], dict, list[ContentError]]:
    """Return the articles (cached or parsed now), the new source index and the errors."""
    articles, index, errors, todo = [], {}, [], []
    for source in sources:
        try:
            digest, data = reusable(source, state)
        except OSError as exc:
            errors.append(ContentError(source.shown, 0, "", f"cannot be read ({exc.strerror})"))
            continue
        if digest is not None:
            articles.append(state.articles[digest])
            index[source.shown] = (source.size, source.mtime_ns, digest)
        else:
            todo.append((source, data))
    results = run([(s.shown, s.path, data) for s, data in todo], lambda: ParseWorker(config), jobs)
    for batch in batched(zip(todo, results), BODY_BATCH):
        rows = []
        for (source, _), result in batch:
            if isinstance(result, list):
                errors.extend(result)
                continue
            articles.append(result.article)
            index[source.shown] = (source.size, source.mtime_ns, result.article.digest)
            rows.append((result.article.digest, result.html, result.text, result.search))
        cache.add_bodies(rows)
    return articles, index, errors


def static_specs(templates: Path) -> list[PageSpec]:
    """Return the plans of the theme's static files and the generated code stylesheet."""
    static = templates / "static"
    specs = []
    for path in sorted(p for p in static.rglob("*") if p.is_file() and not p.name.startswith(".")):
        data = path.read_bytes()
        specs.append(PageSpec(f"static/{path.relative_to(static).as_posix()}", key_of(data), produce=lambda d=data: d))
    key = key_of("pygments", library_versions())
    return specs + [PageSpec("static/pygments.css", key, produce=lambda: pygments_css().encode("utf-8"))]


def plan(site: Site, project, base: str, links: dict[str, ArticleLinks]) -> list[PageSpec]:
    """Return every output file of the site, planned."""
    return (page_specs(site, base, links) + feed_specs(site, base) + sitemap_specs(site, base)
            + static_specs(project.templates))


def pages_to_write(specs: list[PageSpec], state: CacheState, publisher: Publisher | None) -> list[PageSpec]:
    """Return the specs whose page must be rendered (its key changed, or the live site lost it)."""
    todo = []
    for spec in specs:
        unchanged = state.pages.get(spec.path) == spec.key
        if unchanged and publisher is None:
            continue
        if not (unchanged and publisher.has(spec.path) and publisher.keep(spec.path)):
            todo.append(spec)
    return todo


def render_pages(todo: list[PageSpec], publisher: Publisher | None, project, options,
                 cache: BuildCache) -> dict[str, ContentError]:
    """Render these pages (templates in worker processes) into the publisher; return the template errors."""
    for spec in todo:
        if spec.produce is not None and publisher is not None:
            publisher.put(spec.path, spec.produce())
    templated = [spec for spec in todo if spec.template]
    if not templated:
        return {}
    # Forked workers inherit its compiled templates.
    worker = RenderWorker(templated, project.templates, cache.path, publisher)
    errors: dict[str, ContentError] = {}
    # The collector stays paused in the workers, as in a one-process build, which renders every
    # page with it paused: rendering leaves no cycles worth its time (about a tenth of a worker's).
    # Replacing workers bounds their memory (each copies the pages of the model it touches) and costs
    # the fragments they rendered: at 10,000 articles (13,400 pages) 5% more time for 8% less memory.
    recycle = RENDER_RECYCLE if len(templated) > RECYCLE_ABOVE else None
    for spec, result in zip(templated, run(range(len(templated)), lambda: worker, options.jobs,
                                                  recycle=recycle, collect=False)):
        if isinstance(result, ContentError):
            errors.setdefault(str(result), result)
        elif publisher is not None:
            publisher.merge({spec.path: result[0]}, result[1])
    return errors


def search_job(site, state: CacheState, publisher: Publisher | None, cache_path: Path) -> Callable[[], tuple]:
    """Return a job that writes the search index files whose key changed; it returns their plan and record.

    The job returns ([(path, key)] of every index file, the publisher branch's files
    and changed count, how many files it produced, the index update to save). It
    reads the cache through its own connection, so that it can run in a forked
    process while pages render.
    """

    def job() -> tuple:
        """Plan the index files, write those that changed; return what the parent records."""
        store = SearchStore(sqlite3.connect(cache_path))
        try:
            files, update = site_files(site, store)
            branch = publisher.branch() if publisher is not None else None
            specs = [PageSpec(path, key, produce=produce) for path, key, produce in files]
            todo = pages_to_write(specs, state, branch)
            for spec in todo if branch is not None else ():
                branch.put(spec.path, spec.produce())
        finally:
            store.db.close()
        placed = (branch.files, branch.changed) if branch is not None else ({}, 0)
        return [(path, key) for path, key, _ in files], placed, len(todo), update

    return job


BESIDE_LEAST, BESIDE_MOST = 64, 20_000  # articles; see beside_jobs


def render_and_publish(specs: list[PageSpec], site: Site, base: str, state: CacheState, project, options,
                       cache: BuildCache, publisher: Publisher | None,
                       search: Background) -> tuple[list[PageSpec], int, int, int, Callable[[], None]]:
    """Render the pages whose key changed, wait for the search index, publish; return (all specs, rendered, changed, size, save).

    search is the search job (`search_job`), started by run_stages as soon as the
    site model was built; save() records its index in the cache once the build has succeeded.
    """
    check_paths(spec.path for spec in specs)
    todo = pages_to_write(specs, state, publisher)
    errors = render_pages(todo, publisher, project, options, cache)
    files, placed, produced, update = search.result()
    late_specs = [search_page(site, base)] + [PageSpec(path, key) for path, key in files]
    specs = specs + late_specs
    check_paths(spec.path for spec in specs)
    late_todo = pages_to_write(late_specs[:1], state, publisher)
    errors.update(render_pages(late_todo, publisher, project, options, cache))
    if errors:
        raise BuildFailed(list(errors.values()))
    rendered = len(todo) + len(late_todo) + produced
    save = lambda: SearchStore(cache.db).save(update.meta, update.packed)  # noqa: E731
    if publisher is None:
        return specs, rendered, 0, 0, save
    publisher.merge(*placed)
    publisher.commit()
    return specs, rendered, publisher.changed, publisher.size, save


def beside_jobs(jobs: int, count: int) -> int:
    """Return the jobs for work beside the render: 1 (in this process, after it) outside BESIDE_LEAST..BESIDE_MOST.

    A small archive's work takes less than a fork (as in parallel.run). A forked
    child's copy of the parent grows as it touches the model (reference counts):
    at 100,000 articles the two children took the peak from 1.7 to 3.7 GB.
    """
    return jobs if BESIDE_LEAST <= count <= BESIDE_MOST else 1


@contextmanager
def saving(cache: BuildCache, new: CacheState, previous: CacheState, jobs: int):
    """Write the bulk of the new cache state in a forked process while the pages render; yield commit().

    The writer holds its transaction open until commit() is called, after the
    site is published: a build that fails leaves the cache as it was.
    """
    import multiprocessing  # not needed by the quick paths

    receiver, sender = multiprocessing.Pipe(duplex=False)

    def job() -> None:
        """Write the articles, links and model in one transaction; commit it once told to."""
        db = sqlite3.connect(cache.path, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            write_articles(db, new, previous)
            db.execute("COMMIT" if receiver.recv() else "ROLLBACK")
        finally:
            db.close()

    writer = Background(job, jobs)
    committed = []

    def commit() -> None:
        """Commit the written state (and wait until it is)."""
        sender.send(True)
        writer.result()
        committed.append(True)

    try:
        yield commit
    finally:
        if not committed:
            writer.close()  # a child killed mid-transaction leaves nothing: SQLite ignores an uncommitted write
        sender.close()
        receiver.close()


def run_stages(project, options, now: datetime, cache: BuildCache, state: CacheState,
               sources: list[Source], errors: list[ContentError], base: str) -> tuple[tuple, CacheState]:
    """Run parse → model → plan → render → publish; return the result fields and the new cache state.

    The cache's articles, links and model are written while the pages render;
    pipeline.build records the page keys and the stamp last.
    """
    articles, index, problems = load_articles(sources, state, cache, project.config, options.jobs)
    related = dict(state.related)
    site, collisions = build_site(articles, project.config, now, options.include_drafts, related)
    if errors or problems or collisions:
        raise BuildFailed(errors + problems + collisions)
    publisher = Publisher(project.output) if options.write else None
    # The search index needs only the site model: a forked process builds it while this one plans the pages.
    search = Background(search_job(site, state, publisher, cache.path), beside_jobs(options.jobs, len(site.articles)))
    try:
        links = {a.path: links_of(site, a) for a in site.articles}
        specs = plan(site, project, base, links)
        pages = {spec.path: spec.key for spec in specs} if options.write else state.pages
        model = (site, linked_from(links)) if options.write else state.model
        new_state = CacheState(index, {a.digest: a for a in articles}, pages, related=related, links=links, model=model)
        with saving(cache, new_state, state, beside_jobs(options.jobs, len(articles))) as commit:
            specs, rendered, changed, size, save_search = render_and_publish(specs, site, base, state, project,
                                                                             options, cache, publisher, search)
            commit()
    finally:
        search.close()
    save_search()
    if options.write:
        new_state.pages = {spec.path: spec.key for spec in specs}
    return (len(site.articles), len(specs), rendered, changed, size), new_state
