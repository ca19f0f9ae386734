"""A guard against hangs: not a timing test, only a bound far above any machine's normal time.

Attacks such as alias bombs, nested tags or backtracking regexes take either
milliseconds or minutes; HANG_GUARD sits between the two with a wide margin,
so a loaded CI machine cannot make a test fail and a real blow-up still does.
"""

from __future__ import annotations

import contextlib
import signal
import time

import pytest

HANG_GUARD = 30.0  # seconds: the guarded calls take well under a second on a 2-core machine


@contextlib.contextmanager
def no_hang(what: str, seconds: float = HANG_GUARD):
    """Fail the test when the block runs longer than seconds (interrupting it where Python can)."""
    def interrupt(signum, frame):
        pytest.fail(f"{what} ran for more than {seconds:.0f} s: a hang or a blow-up")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if time.monotonic() - started > seconds:
        pytest.fail(f"{what} ran for more than {seconds:.0f} s: a hang or a blow-up")
