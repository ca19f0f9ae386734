"""parallel.run: results in order, as one process gives them; the collector as asked; a run stopped
early kills no worker in the middle of an item (nor while it sends a result) and never waits for ever."""

from __future__ import annotations

import gc
import os
import time
from functools import partial
from pathlib import Path

import pytest

from archivist import parallel
from archivist.parallel import run


def collector_state(item: int) -> tuple[int, int, bool]:
    """Return the item, the process it ran in and whether the cyclic collector is on there."""
    return item, os.getpid(), gc.isenabled()


@pytest.mark.parametrize("collect", [True, False])
def test_workers_run_in_order_in_other_processes_with_the_collector_as_asked(collect):
    enabled = gc.isenabled()
    gc.disable()  # as a build does
    try:
        results = list(run(range(200), lambda: collector_state, jobs=2, collect=collect))
    finally:
        if enabled:
            gc.enable()
    assert [item for item, _, _ in results] == list(range(200))
    assert {pid for _, pid, _ in results} - {os.getpid()}
    assert {on for _, _, on in results} == {collect}


def test_one_job_runs_here():
    assert {pid for _, pid, _ in run(range(200), lambda: collector_state, jobs=1)} == {os.getpid()}


def marked(folder: Path, slow: dict[int, float], item: int) -> int:
    """Return the item after a while (slow[item] seconds, else 0.3), leaving a file as it begins and one as it ends."""
    (folder / f"{item}.begun").touch()
    time.sleep(slow.get(item, 0.3))
    (folder / f"{item}.ended").touch()
    return item


def stems(folder: Path, suffix: str) -> set[int]:
    """Return the items with a file of this suffix in folder."""
    return {int(path.stem) for path in folder.glob(f"*.{suffix}")}


def begun(folder: Path, item: int) -> bool:
    """Wait (up to a minute, for a loaded machine) until a worker has begun the item; return whether it has."""
    deadline = time.monotonic() + 60
    while not (folder / f"{item}.begun").exists() and time.monotonic() < deadline:
        time.sleep(0.001)
    return (folder / f"{item}.begun").exists()


def test_a_run_stopped_early_lets_the_items_in_progress_end_and_skips_the_rest(tmp_path):
    """Closed while both workers are in an item (as the importer closes it on a full disk), the run
    lets them end it, so no worker is killed while it sends a result, and skips every item left."""
    results = run(range(20), lambda: partial(marked, tmp_path, {0: 0.0}), jobs=2, least=1)  # one item a batch
    assert next(results) == 0  # at once: the other worker is in item 1, and this one goes on to item 2
    assert begun(tmp_path, 1)
    clock = time.monotonic()
    results.close()
    took = time.monotonic() - clock
    started, ended = stems(tmp_path, "begun"), stems(tmp_path, "ended")
    assert started == ended, "a worker was killed in the middle of an item"
    assert len(started) < 10, f"the items left were not skipped ({len(started)} begun, closed in {took:.1f} s)"


def test_a_stopped_run_does_not_wait_for_ever_on_a_stuck_worker(tmp_path, monkeypatch):
    """A worker stuck in one item is killed after PATIENCE seconds: the parent never hangs on it."""
    monkeypatch.setattr(parallel, "PATIENCE", 1.0)
    results = run(range(20), lambda: partial(marked, tmp_path, {0: 0.0, 1: 3600.0}), jobs=2, least=1)
    assert next(results) == 0 and begun(tmp_path, 1)
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 20
    assert 1 in stems(tmp_path, "begun") and 1 not in stems(tmp_path, "ended")


def _deaf_to_sigterm() -> None:
    """Ignore SIGTERM and sleep for an hour: a background job that would keep close() waiting for ever."""
    import signal
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(3600)


def test_closing_a_background_job_that_ignores_sigterm_kills_it(monkeypatch):
    """close() ends a background process that ignores SIGTERM after CLOSE_WAIT seconds instead of waiting for ever."""
    monkeypatch.setattr(parallel, "CLOSE_WAIT", 0.5)
    job = parallel.Background(_deaf_to_sigterm, jobs=2)
    assert job.process is not None, "two jobs run the function in a forked process"
    time.sleep(0.3)  # the child has set its handler
    started = time.monotonic()
    job.close()
    assert time.monotonic() - started < 10
    assert job.process.exitcode is not None
