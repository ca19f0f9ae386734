"""The dev server in a real browser: an edit shows, a broken edit shows its error, the fix clears it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time

import pytest
from playwright.sync_api import expect

from .conftest import REPO, article, write_files

SITE = "title: 개발 서버\nbase_url: https://example.org/archive/\n"


@pytest.fixture
def server(tmp_path):
    """Start `build.py serve` on a free port in a fresh project; yield (root folder, site URL)."""
    write_files(tmp_path, {"site.yaml": SITE, "content/2024/01/a.md": article(title="처음 제목", date="2024-01-05")})
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    process = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", "--port", "0"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = None
    deadline = time.monotonic() + 60
    while url is None and time.monotonic() < deadline:
        line = process.stdout.readline()
        found = re.search(r"Serving .* at (http://127\.0\.0\.1:\d+/archive/)", line)
        url = found and found.group(1)
    assert url, "the dev server did not start"
    yield tmp_path, url
    process.terminate()
    process.wait(timeout=10)


def edit(path, old: str, new: str) -> None:
    """Replace text in a file, as an editor saving it would."""
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_edit_broken_edit_and_fix_show_in_the_browser(server, page):
    root, url = server
    source = root / "content/2024/01/a.md"
    page.goto(url + "2024/01/a/index.html")
    assert page.locator("h1").inner_text() == "처음 제목"

    edit(source, "처음 제목", "고친 제목")
    expect(page.locator("h1")).to_have_text("고친 제목", timeout=15_000)

    edit(source, "date: 2024-01-05", "date: 2024-13-05")
    overlay = page.locator("#archivist-error-overlay")
    overlay.wait_for(state="visible", timeout=15_000)
    assert "a.md:4: date: '2024-13-05' is not a date" in overlay.inner_text()
    assert page.locator("h1").inner_text() == "고친 제목"  # the last good site is still served

    edit(source, "date: 2024-13-05", "date: 2024-01-05")
    overlay.wait_for(state="detached", timeout=15_000)
    assert page.locator("h1").inner_text() == "고친 제목"


def test_template_error_shows_and_clears(server, page):
    root, url = server
    template = root / "templates/article.html"
    page.goto(url + "2024/01/a/index.html")
    edit(template, "{{ article.title }}</h1>", "{{ article.title }}{{ no_such_value }}</h1>")
    overlay = page.locator("#archivist-error-overlay")
    overlay.wait_for(state="visible", timeout=15_000)
    assert "templates/article.html" in overlay.inner_text() and "no_such_value" in overlay.inner_text()
    edit(template, "{{ no_such_value }}", "")
    overlay.wait_for(state="detached", timeout=15_000)


def test_new_article_appears_on_the_home_page_and_the_script_is_never_in_the_build(server, page):
    root, url = server
    page.goto(url)
    write_files(root, {"content/2024/02/b.md": article(title="새 기사", date="2024-02-01")})
    expect(page.locator("body")).to_contain_text("새 기사", timeout=15_000)
    assert "__archivist" in page.content()
    built = (root / "output/index.html").read_text(encoding="utf-8")
    assert "새 기사" in built and "__archivist" not in built
