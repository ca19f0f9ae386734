"""Fixtures shaped like the pipeline: project files → Project → build."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest

from archivist.config import Config
from archivist.pipeline import Project, build

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def article(title="제목", reporter="김기자", date="2024-03-28", body="본문입니다.", **fields) -> str:
    """Return the text of a Markdown article with the given front matter fields."""
    lines = ["---", f'title: "{title}"', f"reporter: {reporter}", f"date: {date}"]
    lines += [f"{key}: {value}" for key, value in fields.items()]
    return "\n".join(lines + ["---", "", body, ""])


def write_files(root: Path, files: dict[str, str | bytes]) -> None:
    """Write a dict of relative path → text or bytes under root."""
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data) if data.startswith("\n") else data, encoding="utf-8")


@pytest.fixture
def make_project(tmp_path):
    """Return a factory: content files (and optional Config) → Project in tmp_path."""

    def factory(files: dict[str, str | bytes], config: Config | None = None) -> Project:
        write_files(tmp_path / "content", files)
        return Project(
            content=tmp_path / "content",
            templates=REPO / "templates",
            output=tmp_path / "output",
            config=config or Config(base_url="https://example.org/archive/"),
        )

    return factory


@pytest.fixture
def built(make_project):
    """Return a factory: content files → (Project, BuildResult) after a build at a fixed 'now'."""

    def factory(files, config=None, **options):
        project = make_project(files, config)
        return project, build(project, now=NOW, **options)

    return factory


def run_cli(*args: str, cwd: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run `python build.py ARGS` in cwd and return the finished process."""
    return subprocess.run([sys.executable, str(REPO / "build.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-default-apps"]


def chromium_path() -> str:
    """Return Debian's chromium binary; fail (not skip) when it is missing, as CI installs it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "chromium is not installed: .ci/run installs Debian's chromium package"
    return path


@contextmanager
def chromium():
    """Yield a Playwright Chromium browser (Debian's), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def browser():
    """Yield a Playwright Chromium browser for the whole session."""
    with chromium() as instance:
        yield instance


@pytest.fixture
def page(browser):
    """Yield a fresh page (own context: no shared storage or cache)."""
    context = browser.new_context()
    yield context.new_page()
    context.close()
