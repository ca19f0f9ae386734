"""A browser per test module here: tests/search starts its own Playwright, and two cannot run at once."""

from __future__ import annotations

import pytest

from ..conftest import chromium


@pytest.fixture(scope="module")
def browser():
    """Yield a Playwright Chromium browser, closed at the end of the module."""
    with chromium() as instance:
        yield instance
