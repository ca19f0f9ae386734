"""Content-Security-Policy: the theme needs no inline script or style, and the policy is on every page."""

from __future__ import annotations

import re

import pytest

from archivist.config import Config
from archivist.pipeline import Project, build

from ..conftest import NOW, REPO
from .scan import scan_html

POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


@pytest.fixture(scope="module")
def shipped_site(tmp_path_factory):
    """Build the shipped archive with the shipped theme; return the output folder."""
    output = tmp_path_factory.mktemp("csp") / "output"
    build(Project(content=REPO / "content", templates=REPO / "templates", output=output,
                  config=Config(base_url="https://example.org/archive/")), now=NOW)
    return output


def test_every_page_has_the_policy_and_no_inline_script_or_style(shipped_site):
    pages = sorted(shipped_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        (policy,) = POLICY.findall(text)
        assert "script-src 'self'" in policy and "style-src 'self'" in policy and "object-src 'none'" in policy
        scanner = scan_html(text)
        assert (scanner.inline_scripts, scanner.style_attributes) == (0, 0), page


def test_the_scan_sees_inline_script_and_style_attributes():
    scanner = scan_html('<p style="color:red">x</p><script>go()</script><script type="application/ld+json">{}</script>')
    assert (scanner.inline_scripts, scanner.style_attributes) == (1, 1)


def test_stylesheets_load_under_the_policy_from_disk(shipped_site, page):
    """Opened from file://, the site's own stylesheets still apply and nothing is reported."""
    reports = []
    page.on("console", lambda message: reports.append(message.text))
    page.goto((shipped_site / "index.html").as_uri())
    assert page.evaluate("() => document.styleSheets.length") == 2
    assert page.evaluate("() => getComputedStyle(document.querySelector('.skip')).position") == "absolute"
    assert [r for r in reports if "Content Security Policy" in r] == []
