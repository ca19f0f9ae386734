"""Work spread over every core with forked processes; the results are those of one process.

Workers are forked after the parent has built what they need (the site model,
the page plan), so nothing large is pickled: a worker receives small items
(indexes, paths) and returns results in order.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

Worker = Callable[[Any], Any]
_worker: Worker | None = None  # this worker process's function, set once by its initializer


def default_jobs() -> int:
    """Return how many processes to use: ARCHIVIST_JOBS, else every core."""
    try:
        return max(1, int(os.environ.get("ARCHIVIST_JOBS", "")))
    except ValueError:
        return os.cpu_count() or 1


def _start(make_worker: Callable[[], Worker]) -> None:
    """Initialise a worker process."""
    global _worker
    gc.enable()  # the parent pauses it during a build; workers render many short-lived pages
    _worker = make_worker()


def _call(item):
    """Run this process's worker on one item."""
    return _worker(item)


def run(items: Sequence, make_worker: Callable[[], Worker], jobs: int, least: int = 64,
        recycle: int | None = None) -> Iterator:
    """Yield make_worker()(item) for each item, in order, in `jobs` forked processes when it pays.

    recycle replaces a worker by a fresh fork after that many chunks: a worker that
    reads the parent's objects copies the memory pages they live on (reference
    counts are writes), and a fresh one starts again from none.
    """
    import multiprocessing  # not needed by the quick paths, which never fork

    can_fork = "fork" in multiprocessing.get_all_start_methods()
    if jobs <= 1 or len(items) < least or not can_fork:
        worker = make_worker()
        yield from map(worker, items)
        return
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    # Workers run the collector; objects inherited from the parent must not be scanned by it, or
    # every page they live on is copied into every worker (the tree's memory doubles or triples).
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs, initializer=_start, initargs=(make_worker,), maxtasksperchild=recycle) as pool:
            yield from pool.imap(_call, items, chunk)
    finally:
        gc.unfreeze()


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Yield lists of up to size items."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
