"""Headless Chromium (Debian's) driven by Playwright, for the browser tests."""

from __future__ import annotations

import shutil

import pytest

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-default-apps"]


def chromium_path() -> str:
    """Return Debian's chromium binary; fail (not skip) when it is missing, as CI installs it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "chromium is not installed: .ci/run installs Debian's chromium package"
    return path


@pytest.fixture(scope="session")
def browser():
    """Yield a Playwright Chromium browser for the whole session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """Yield a fresh page (own context: no shared storage or cache)."""
    context = browser.new_context()
    yield context.new_page()
    context.close()
