"""Folder imports on several cores: the pages' extraction runs in forked worker processes.

Only extraction (reading, decoding, cleaning one page) is done by the workers; the parent keeps the
archive index, the duplicate checks, tag suggestion from the archive's tags, the slug choice and every
write, in the order of the input, so a folder imports to exactly what one process makes of it."""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import closing, contextmanager
from functools import partial

from ..errors import ContentError
from ..faults import Fault
from ..parallel import can_fork, default_jobs, run
from . import tags
from .extract import extract, html_extractor, read_input
from .fetch import is_url
from .record import ImportedArticle
from .tag_filters import tag_lines
from .template import is_dump, read_folder, templates

POOL_FROM = 48   # fewer pages than this: starting workers costs more than it saves
Loaded = ImportedArticle | ContentError | Fault  # a Fault (too many open files) stops the import


def failure(name: str, error: Exception) -> ContentError | Fault:
    """Return the one-line error a page that could not be imported is reported with, or the machine's fault."""
    if isinstance(error, (ContentError, Fault)):
        return error
    if isinstance(error, OSError):
        return ContentError(name, 0, "", f"cannot write: {error}")
    return ContentError(name, 0, "", f"could not import ({type(error).__name__}: {error})")


def extract_file(name: str, template: frozenset[str] = frozenset(), seen_urls: Container[str] = (),
                 explain: bool = True, undone: str | None = None) -> Loaded:
    """Return the raw record of one page file, or the error it is reported with (run in a worker); a
    saved page whose URL is in `seen_urls` is only marked seen; a dump's `undone` lines (the first
    pass's, template.first_pass) are read as given. Unless the parent is to `explain` them,
    only the dropped lines it reads (tag_filters.tag_lines: the outlet's lines, menu labels among the
    page's nouns) are kept: the others, some two hundred a page, would cost the parent more to unpickle
    than the rest of the record."""
    try:
        record = extract(read_input(name, sys.stdin), name, template, seen_urls, undone)
        if record.body.strip():  # ranked here, off the parent's path; the parent reranks for a new --title
            record.nouns = (record.title, tags.salient_nouns(record.title, record.body, record.lang))
        if not explain:
            record.dropped = tag_lines(record.dropped, record.title, record.nouns[1] if record.nouns else [])
        return record
    except Exception as error:  # noqa: BLE001 - one odd page must not stop a folder import
        return failure(name, error)


def workers(pages: list[str]) -> int:
    """Return how many worker processes to use for these pages (ARCHIVIST_JOBS, else every core): 0 for one process."""
    files = sum(1 for name in pages if local(name))
    jobs = default_jobs()
    return jobs if files >= POOL_FROM and jobs > 1 and can_fork() else 0


def local(name: str) -> bool:
    """Return True for a page read from a file (URLs are fetched one by one, with a delay per host)."""
    return name != "-" and not is_url(name)


def _ignore_interrupt() -> None:
    """Let the parent alone handle Ctrl-C (it stops the workers and reports what was written)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_task(seen_urls: Container[str], explain: bool, task: tuple[str, frozenset[str], str | None]) -> Loaded:
    """Return extract_file of a (name, template, undone lines) task."""
    name, template, undone = task
    return extract_file(name, template, seen_urls, explain, undone)


def _quiet(work: Callable) -> Callable:
    """Return work, once a worker process leaves Ctrl-C to the parent (parallel.run makes it in each worker,
    or in the parent itself when the items are too few to fork for: that keeps its Ctrl-C)."""
    if multiprocessing.parent_process() is not None:
        _ignore_interrupt()
    return work


def _spread(jobs: int, work: Callable, items: list) -> Iterator:
    """Yield work(item) for each item in order, on `jobs` forked workers (the build's worker pool)."""
    return run(items, partial(_quiet, work), jobs, least=POOL_FROM)


@contextmanager
def preloaded(pages: list[str], seen_urls: Container[str] = (),
              explain: bool = True) -> Iterator[Iterable[tuple[Loaded | None, frozenset[str]]]]:
    """Yield, for each page in order, (its record or error as extracted by a worker, or None for a page
    the parent loads itself, and the outlet template to read it with).

    The parent loads URLs, standard input, and every page of a small folder; the templates are learnt
    from the folder's text dumps first (template.py), on the workers when there are any. A saved page
    whose URL is in `seen_urls` (the archive's, inherited by the forked workers) is only marked seen; a
    worker's record keeps every dropped line only when the parent is to `explain` them."""
    jobs = workers(pages)
    if not jobs:
        learnt = templates(pages)
        yield ((None, learnt.get(name, frozenset())) for name in pages)
        return
    if not all(map(is_dump, pages)):
        html_extractor()  # loaded once here, before the workers fork, not once in each of them
    learnt, undone = read_folder(pages, lambda work, items: list(_spread(jobs, work, items)))
    tasks = [(name, learnt.get(name, frozenset()), undone.pop(name, None)) for name in pages if local(name)]
    with closing(_spread(jobs, partial(_extract_task, seen_urls, explain), tasks)) as results:  # closing it stops the workers
        yield ((next(results), learnt.get(name, frozenset())) if local(name) else (None, frozenset())
               for name in pages)


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold back Ctrl-C while a file is written, so no article is left half-written; raise it after."""
    held: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    except ValueError:  # not the main thread: signals cannot arrive here anyway
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if held:
        raise KeyboardInterrupt
