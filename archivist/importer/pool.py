"""Folder imports on several cores: the pages' extraction runs in forked worker processes.

Only extraction (reading, decoding, cleaning one page) is done by the workers; the parent keeps the
archive index, the duplicate checks, tag suggestion from the archive's tags, the slug choice and every
write, in the order of the input, so a folder imports to exactly what one process makes of it."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from ..errors import ContentError
from . import tags
from .extract import extract, read_input
from .fetch import is_url
from .record import ImportedArticle
from .template import templates

POOL_FROM = 48   # fewer pages than this: starting workers costs more than it saves
CHUNK = 8        # pages handed to a worker at a time: few messages, and the order still streams
Loaded = ImportedArticle | ContentError


def failure(name: str, error: Exception) -> ContentError:
    """Return the one-line error a page that could not be imported is reported with."""
    if isinstance(error, ContentError):
        return error
    if isinstance(error, OSError):
        return ContentError(name, 0, "", f"cannot write: {error}")
    return ContentError(name, 0, "", f"could not import ({type(error).__name__}: {error})")


def extract_file(name: str, template: frozenset[str] = frozenset()) -> Loaded:
    """Return the raw record of one page file, or the error it is reported with (run in a worker)."""
    try:
        record = extract(read_input(name, sys.stdin), name, template)
        if record.body.strip():  # ranked here, off the parent's path; the parent reranks for a new --title
            record.nouns = (record.title, tags.salient_nouns(record.title, record.body, record.lang))
        return record
    except Exception as error:  # noqa: BLE001 - one odd page must not stop a folder import
        return failure(name, error)


def workers(pages: list[str]) -> int:
    """Return how many worker processes to use for these pages: 0 for one process."""
    files = sum(1 for name in pages if local(name))
    if files < POOL_FROM or "fork" not in multiprocessing.get_all_start_methods() or sys.platform == "darwin":
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores if cores > 1 else 0


def local(name: str) -> bool:
    """Return True for a page read from a file (URLs are fetched one by one, with a delay per host)."""
    return name != "-" and not is_url(name)


def _ignore_interrupt() -> None:
    """Let the parent alone handle Ctrl-C (it stops the workers and reports what was written)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_task(task: tuple[str, frozenset[str]]) -> Loaded:
    """Return extract_file of a (name, template) task."""
    return extract_file(*task)


@contextmanager
def preloaded(pages: list[str]) -> Iterator[Iterable[tuple[Loaded | None, frozenset[str]]]]:
    """Yield, for each page in order, (its record or error as extracted by a worker, or None for a page
    the parent loads itself, and the outlet template to read it with).

    The parent loads URLs, standard input, and every page of a small folder; the templates are learnt
    from the folder's text dumps first (template.py), on the workers when there are any."""
    count = workers(pages)
    if not count:
        learnt = templates(pages)
        yield ((None, learnt.get(name, frozenset())) for name in pages)
        return
    pool = multiprocessing.get_context("fork").Pool(count, initializer=_ignore_interrupt)
    try:
        learnt = templates(pages, partial(pool.imap, chunksize=CHUNK))
        tasks = [(name, learnt.get(name, frozenset())) for name in pages if local(name)]
        results = pool.imap(_extract_task, tasks, chunksize=CHUNK)
        yield ((next(results), learnt.get(name, frozenset())) if local(name) else (None, frozenset())
               for name in pages)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


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
