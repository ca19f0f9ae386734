"""Work spread over every core with forked processes; the results are those of one process.

Workers are forked after the parent has built what they need (the site model,
the page plan), so nothing large is pickled: a worker receives small items
(indexes, paths) and returns results in order.
"""

from __future__ import annotations

import gc
import mmap
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .faults import guarded

Worker = Callable[[Any], Any]
_worker: Worker | None = None  # this worker process's function, set once by its initializer
_stop: mmap.mmap | None = None  # one byte shared with the parent: set, the worker skips the items left
CLOSE_WAIT = 5.0  # seconds a background process has to end after SIGTERM before it is killed
PATIENCE = 30.0  # seconds a stopped run waits for a worker to finish the item it is in before killing it


def default_jobs() -> int:
    """Return how many processes to use: ARCHIVIST_JOBS, else every core."""
    try:
        return max(1, int(os.environ.get("ARCHIVIST_JOBS", "")))
    except ValueError:
        return os.cpu_count() or 1


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, then restore it as it was.

    A build allocates many long-lived objects and frees them together at the end: the
    collector would only rescan them again and again (a fifth of an incremental build).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _start(make_worker: Callable[[], Worker], collect: bool, stop: mmap.mmap) -> None:
    """Initialise a worker process; collect turns the cyclic garbage collector back on in it."""
    global _worker, _stop
    if collect:
        gc.enable()  # the parent pauses it during a build
    _worker, _stop = make_worker(), stop


def _call(batch: list) -> list:
    """Run this process's worker on each item of a batch, or skip the item (None) once the parent has stopped the run."""
    return [None if _stop[0] else _worker(item) for item in batch]


def can_fork() -> bool:
    """Return whether worker processes can be forked here."""
    import multiprocessing  # not needed by a small run (a quick rebuild), which never forks

    return "fork" in multiprocessing.get_all_start_methods()


def run(items: Sequence, make_worker: Callable[[], Worker], jobs: int, least: int = 64,
        recycle: int | None = None, collect: bool = True) -> Iterator:
    """Yield make_worker()(item) for each item, in order, in `jobs` forked processes when it pays.

    Stopped early (a fault, Ctrl-C, a consumer that closes it), the run lets each worker finish
    the item it is in and skip the rest before it terminates the pool (see _drain).
    recycle replaces a worker by a fresh fork after that many chunks: a worker that
    reads the parent's objects copies the memory pages they live on (reference
    counts are writes), and a fresh one starts again from none. collect=False keeps
    the cyclic garbage collector paused in the workers, as the parent keeps it.
    """
    if jobs <= 1 or len(items) < least or not can_fork():
        worker = make_worker()
        yield from map(worker, items)
        return
    import multiprocessing
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    # Workers run the collector; objects inherited from the parent must not be scanned by it, or
    # every page they live on is copied into every worker (the tree's memory doubles or triples).
    gc.freeze()
    stop = mmap.mmap(-1, 1)  # anonymous and shared: the forked workers see the parent's write
    try:
        context = multiprocessing.get_context("fork")
        with guarded("archivist", "starting worker processes"):
            pool = context.Pool(jobs, initializer=_start, initargs=(make_worker, collect, stop),
                                maxtasksperchild=recycle)
        with pool:  # its exit terminates the pool: every worker has then sent all it will send
            results = pool.imap(_call, batched(items, chunk))  # batches of our own: imap's would hide its iterator
            try:
                for batch in results:
                    yield from batch
            except BaseException:  # GeneratorExit too: the consumer stopped on a fault or Ctrl-C
                stop[0] = 1
                _drain(results, -(-len(items) // chunk), PATIENCE)
                raise
    finally:
        gc.unfreeze()
        stop.close()


def _drain(results, batches: int, patience: float) -> None:
    """Take the results still to come of a stopped run, so that no worker is killed while it sends one.

    Pool.terminate kills the workers busy at that moment; one killed while it writes a result keeps
    the result queue's lock, and the pool's task thread, which terminate joins, then waits on that
    lock for ever (CPython issue 96995). Stopped workers skip their items, so this takes a moment:
    the items in progress, then a None per item left. A worker stuck in one item longer than
    `patience` is not sending anything: terminate may kill it."""
    import multiprocessing

    for _ in range(batches):  # at most one result a batch is left: no error can make this loop for ever
        try:
            results.next(timeout=patience)
        except StopIteration:
            return
        except multiprocessing.TimeoutError:
            return
        except Exception:  # noqa: BLE001 - a worker's error: the run stops all the same
            continue


BLOCK = 8  # items a worker of run_two_passes takes in turn: its workers end within a few items of each other
_ENDED = object()  # what a worker's reader queues once the worker is gone


def run_two_passes(items: Sequence, first: Callable[[Any], tuple[Any, Any]], settle: Callable[[list], Any],
                   second: Callable[[Any, Any, Any], Any], jobs: int, lost: Callable[[Any, int | None], Any],
                   least: int = 64) -> Iterator:
    """Yield second(item, kept, shared) for each item, in order, where (told, kept) = first(item) and
    shared = settle([told of each item]).

    Each item's two passes run in the same forked worker (the items in blocks of BLOCK, dealt in turn):
    only `told`, the parent's share, and the results cross a pipe; what the first pass keeps for the
    second, and the caches it warms, stay in the worker. A worker that dies (killed by the system) costs
    its items: lost(item, its exit code) stands for each of them (a None told for those of the first
    pass). Closing the generator (a fault, Ctrl-C) terminates the workers, which only compute; they
    leave Ctrl-C to the parent."""
    if jobs <= 1 or len(items) < least or not can_fork():
        passed = [first(item) for item in items]
        shared = settle([told for told, _ in passed])
        for index, item in enumerate(items):
            yield second(item, passed[index][1], shared)
            passed[index] = None  # what the first pass kept for this item is no longer needed
        return
    workers = _start_two_passes(items, first, second, jobs)
    try:
        told: list = [None] * len(items)
        for worker in workers:
            for index, value in zip(worker.mine, worker.receive_told()):
                told[index] = value
        shared = settle(told)
        for worker in workers:
            worker.go_on(shared)
        for index, item in enumerate(items):
            worker = workers[_owner(index, jobs)]
            value = worker.next_result()
            yield lost(item, worker.exitcode()) if value is _ENDED else value
    finally:
        for worker in workers:
            worker.stop()


def _owner(index: int, jobs: int) -> int:
    """Return which of run_two_passes' workers takes the item at this index."""
    return (index // BLOCK) % jobs


def _start_two_passes(items: Sequence, first: Callable, second: Callable, jobs: int) -> list[_PassWorker]:
    """Fork the workers of run_two_passes, each with its own items."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    gc.freeze()  # the inherited objects are not the workers' collector's to scan (see run)
    workers: list[_PassWorker] = []
    try:
        with guarded("archivist", "starting worker processes"):
            for number in range(jobs):
                mine = [index for index in range(len(items)) if _owner(index, jobs) == number]
                workers.append(_PassWorker(context, mine, items, first, second))
    except BaseException:
        for worker in workers:
            worker.stop()
        raise
    finally:
        gc.unfreeze()
    return workers


class _PassWorker:
    """One forked worker of run_two_passes: its items' indexes, its process, and the parent's end of its pipe."""

    def __init__(self, context, mine: list[int], items: Sequence, first: Callable, second: Callable):
        self.mine = mine
        self.pipe, there = context.Pipe()
        self.process = context.Process(target=_two_passes, args=(mine, items, first, second, there), daemon=True)
        self.process.start()
        there.close()
        self.results = None  # the queue its reader fills in the second pass

    def receive_told(self) -> list:
        """Return what the first pass told of each of its items (None each, when the worker is gone)."""
        try:
            return self.pipe.recv()
        except (EOFError, OSError):
            return [None] * len(self.mine)

    def go_on(self, shared: Any) -> None:
        """Send the settled value and start reading the worker's results into a queue."""
        import queue
        import threading

        self.results = queue.SimpleQueue()
        try:
            self.pipe.send(shared)
        except OSError:  # the worker is gone: its reader finds the pipe closed at once
            pass
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        """Queue every result the worker sends, then _ENDED."""
        try:
            while True:
                self.results.put(self.pipe.recv())
        except (EOFError, OSError):
            self.results.put(_ENDED)

    def next_result(self) -> Any:
        """Return the worker's next result, or _ENDED once it has sent all it will send."""
        value = self.results.get()
        if value is _ENDED:
            self.results.put(_ENDED)  # every later item of this worker is lost too
        return value

    def exitcode(self) -> int | None:
        """Return the worker's exit code once it has ended (a negative signal number when killed)."""
        self.process.join(CLOSE_WAIT)
        return self.process.exitcode

    def stop(self) -> None:
        """End the worker (it only computes: nothing of it is left half-done) and close the pipe."""
        end_process(self.process)
        self.pipe.close()


def _two_passes(mine: list[int], items: Sequence, first: Callable, second: Callable, pipe) -> None:
    """Run both passes on a worker's items: send what the first tells, wait for the settled value, then
    send each item's second-pass result as it comes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run on Ctrl-C
    passed = {}
    told = []
    for index in mine:
        told_here, passed[index] = first(items[index])
        told.append(told_here)
    pipe.send(told)
    shared = pipe.recv()
    for index in mine:
        pipe.send(second(items[index], passed.pop(index), shared))
    pipe.close()


class Background:
    """One function run in a forked process beside the parent's work; result() waits for its value.

    With jobs <= 1 (or no fork) the function runs in this process when result() is
    first asked for, so a one-process build does the same work in the same order.
    The child keeps the collector paused, as the parent does during a build.
    """

    def __init__(self, job: Callable[[], Any], jobs: int):
        import multiprocessing  # not needed by the quick paths, which never fork

        self.job, self.process, self.receiver = job, None, None
        if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            with guarded("archivist", "starting a worker process"):
                self.receiver, sender = context.Pipe(duplex=False)
                self.process = context.Process(target=_background, args=(job, sender), daemon=True)
                self.process.start()
            sender.close()

    def result(self) -> Any:
        """Return the function's value, or raise its exception."""
        if self.process is None:
            return self.job()
        try:
            ok, value = self.receiver.recv()
        except EOFError:
            self.process.join()
            raise RuntimeError(f"background process died (exit code {self.process.exitcode})") from None
        finally:
            self.close()
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Stop the process if it still runs (the build failed before it was needed)."""
        if self.process is not None and self.process.exitcode is None:
            self.receiver.close()
            end_process(self.process)


def end_process(process) -> None:
    """Terminate a process that still runs, and kill it if it ignores SIGTERM (a library's handler) for CLOSE_WAIT."""
    if process.exitcode is None:
        process.terminate()
        process.join(CLOSE_WAIT)
        if process.exitcode is None:
            process.kill()
            process.join()


def _background(job: Callable[[], Any], sender) -> None:
    """Run job in a forked child and send (True, value) or (False, exception) back."""
    try:
        outcome = (True, job())
    except BaseException as error:  # the parent re-raises it
        outcome = (False, error)
    sender.send(outcome)
    sender.close()


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
