"""Lighthouse on an article page: accessibility, best practices and SEO score 1.00 (slow: run by .ci/run)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import REPO, chromium_path


@pytest.mark.slow
def test_lighthouse_scores_an_article_page_1_00(tmp_path):
    assert (REPO / "node_modules" / "lighthouse").exists(), "lighthouse is missing: `npm ci` installs it"
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "lighthouse.py"), "--count", "100",
                           "--json", str(tmp_path / "report.json")],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "CHROME_PATH": chromium_path()})
    scores = dict(line.split()[:2] for line in done.stdout.splitlines() if not line.startswith("FAIL"))
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert {name: scores[name] for name in ("accessibility", "best-practices", "seo")} == dict.fromkeys(
        ("accessibility", "best-practices", "seo"), "1.00")
    assert "performance" in scores


@pytest.mark.slow
def test_lighthouse_on_an_article_with_pictures_is_fast_and_does_not_shift(tmp_path):
    assert (REPO / "node_modules" / "lighthouse").exists(), "lighthouse is missing: `npm ci` installs it"
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "lighthouse.py"), "--count", "60", "--pictures"],
                          capture_output=True, text=True, timeout=400, env={**os.environ, "CHROME_PATH": chromium_path()})
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    scores = dict(line.split()[:2] for line in done.stdout.splitlines() if not line.startswith("FAIL"))
    assert scores["accessibility"] == "1.00" and float(scores["layout-shift"]) == 0, done.stdout
    assert float(scores["performance"]) >= 0.95, done.stdout
