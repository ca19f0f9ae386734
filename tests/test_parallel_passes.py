"""parallel.run_two_passes: each item's two passes in one worker, results in order as one process gives
them; a worker that dies costs only its items; a run closed early leaves no worker behind."""

from __future__ import annotations

import os
import signal
import time

from archivist.parallel import BLOCK, run_two_passes


def first(item: int) -> tuple[int, tuple[int, int]]:
    """Tell the parent the item's square; keep the item and the process that read it."""
    return item * item, (item, os.getpid())


def second(item: int, kept: tuple[int, int], shared: int) -> tuple[int, int, bool, int]:
    """Return the item, the settled total, whether the first pass ran in this same process, and this process."""
    return item, shared, kept == (item, os.getpid()), os.getpid()


def lost(item: int, exitcode: int | None) -> tuple[str, int, int | None]:
    """Stand for an item whose worker died."""
    return "lost", item, exitcode


def test_both_passes_of_an_item_run_in_one_worker_and_the_results_come_in_order():
    results = list(run_two_passes(range(100), first, sum, second, jobs=2, lost=lost))
    total = sum(item * item for item in range(100))
    assert [(item, shared, same) for item, shared, same, _ in results] == [(item, total, True) for item in range(100)]
    assert len({pid for *_, pid in results}) == 2 and os.getpid() not in {pid for *_, pid in results}


def test_few_items_run_here_as_the_workers_would_run_them():
    assert list(run_two_passes(range(10), first, sum, second, jobs=2, lost=lost)) == \
        [(item, 285, True, os.getpid()) for item in range(10)]


def test_the_parent_keeps_its_ctrl_c_when_the_passes_run_here():
    before = signal.getsignal(signal.SIGINT)
    list(run_two_passes(range(10), first, sum, second, jobs=2, lost=lost))
    assert signal.getsignal(signal.SIGINT) == before


def dying_second(item: int, kept: tuple[int, int], shared: int) -> int:
    """Return the item, unless it is the item 20: its worker is then killed, as the system's OOM killer does."""
    if item == 20:
        os.kill(os.getpid(), signal.SIGKILL)
    return item


def test_a_worker_killed_costs_only_the_items_it_still_owed():
    results = list(run_two_passes(range(64), first, sum, dying_second, jobs=2, lost=lost))
    dead = (20 // BLOCK) % 2  # the worker that held item 20
    owed = [item for item in range(20, 64) if (item // BLOCK) % 2 == dead]
    assert [r for r in results if isinstance(r, tuple)] == [("lost", item, -signal.SIGKILL) for item in owed]
    assert [r for r in results if not isinstance(r, tuple)] == [item for item in range(64) if item not in owed]


def slow_second(item: int, kept: tuple[int, int], shared: int) -> int:
    """Return the pid of this worker after a while: the run is closed long before all items are done."""
    time.sleep(0.05)
    return os.getpid()


def alive(pid: int) -> bool:
    """Return True while the process exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_closing_the_run_early_ends_its_workers():
    results = run_two_passes(range(400), first, sum, slow_second, jobs=2, lost=lost)
    pids = {next(results) for _ in range(2 * BLOCK)}
    started = time.monotonic()
    results.close()
    while any(alive(pid) for pid in pids) and time.monotonic() - started < 5:
        time.sleep(0.05)  # a killed worker may take a moment to go under a loaded machine
    assert time.monotonic() - started < 10  # the workers were stopped, not waited for (400 items take 10 s)
    assert len(pids) == 2 and not any(alive(pid) for pid in pids)
