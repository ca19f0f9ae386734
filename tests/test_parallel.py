"""parallel.run: results in order, as one process gives them; the collector as asked."""

from __future__ import annotations

import gc
import os

import pytest

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
