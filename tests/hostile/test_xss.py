"""XSS: payloads in every front matter field and the body, through build, feeds, JSON-LD and a browser."""

from __future__ import annotations

import json
import unicodedata
import xml.etree.ElementTree as ET

import pytest

from archivist.config import Config
from archivist.pipeline import Project, build

from ..conftest import NOW, REPO, write_files
from ..publish_check import serve
from . import payloads
from .scan import scan_html, scan_site

ATOM = "{http://www.w3.org/2005/Atom}"
TINY_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """Build the payload corpus once; return the output folder."""
    root = tmp_path_factory.mktemp("xss")
    write_files(root / "content", payloads.corpus())
    for folder in {path.parent for path in (root / "content").rglob("*.md")}:
        # `<img src=x onerror=…>` payloads name a file `x`: a missing one is a build error (a reference to
        # nothing), so give them a real picture and check that what reaches the page is inert anyway.
        (folder / "x").write_bytes(TINY_PNG)
    project = Project(content=root / "content", templates=REPO / "templates", output=root / "output",
                      config=Config(base_url="https://example.org/archive/"))
    result = build(project, now=NOW)
    assert result.articles == len(payloads.TEXT)
    return root / "output"


def shown(text: str) -> str:
    """Return a field as the schema keeps it (NFC, stripped)."""
    return unicodedata.normalize("NFC", text.strip())


def test_no_page_feed_or_index_holds_active_content(hostile_site):
    assert scan_site(hostile_site) == {}


def test_payloads_are_kept_as_text_in_titles_and_json_ld(hostile_site):
    pages = sorted(hostile_site.glob("2024/03/*/index.html"))
    assert len(pages) == len(payloads.TEXT)
    headlines = set()
    for page in pages:
        (block,) = scan_html(page.read_text(encoding="utf-8")).json_ld
        data = json.loads(block)
        headlines.add(data["headline"])
        assert data["author"][0]["name"] in {shown(p) for p in payloads.TEXT}
    assert headlines == {shown(p) for p in payloads.TEXT}


def test_feeds_are_well_formed_and_carry_payloads_as_text(hostile_site):
    tag_pages = list(hostile_site.glob("tags/*/index.html"))
    assert len(tag_pages) > len(payloads.TEXT) // 2
    assert len(list(hostile_site.glob("tags/*/feed.xml"))) == len(tag_pages)  # all well-formed: scanned above
    root = ET.parse(hostile_site / "feed.xml").getroot()
    titles = {entry.find(ATOM + "title").text for entry in root.iter(ATOM + "entry")}
    assert titles == {shown(p) for p in payloads.TEXT}


def test_slugs_made_of_payloads_are_plain_words(hostile_site):
    folders = {page.parent.name for page in hostile_site.glob("2024/03/*/index.html")}
    assert all(name.replace("-", "").isalnum() for name in folders), folders


def page_urls(output, root_url: str) -> list[str]:
    """Return the URL of every HTML page of a built site."""
    return [root_url + str(p.relative_to(output)) for p in sorted(output.rglob("*.html"))]


@pytest.mark.parametrize("bypass_csp", [True, False], ids=["sanitising-alone", "with-csp"])
def test_no_payload_runs_in_a_browser_on_any_page(hostile_site, browser, bypass_csp):
    """Every page is loaded; alert/confirm/prompt set a flag, dialogs are recorded, CSP reports too."""
    context = browser.new_context(bypass_csp=bypass_csp)
    context.add_init_script("window.__ran = [];"
                            "for (const f of ['alert','confirm','prompt','print']) {"
                            "  window[f] = (...a) => { window.__ran.push(f); }; }")
    page = context.new_page()
    dialogs, violations = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    checked = 0
    with serve(hostile_site) as root_url:
        for url in page_urls(hostile_site, root_url):
            page.goto(url, wait_until="load")
            page.wait_for_timeout(20)
            assert page.evaluate("() => window.__ran") == [], url
            checked += 1
        search = hostile_site / "search" / "index.html"
        if search.exists():  # the search page, where results are inserted into the page
            for payload in payloads.TEXT:
                page.goto(root_url + "search/index.html?q=" + payload.replace("#", "%23").replace("&", "%26"))
                page.wait_for_timeout(50)
                assert page.evaluate("() => window.__ran") == [], payload
    context.close()
    assert checked > 2 * len(payloads.TEXT)
    assert dialogs == []
    assert violations == [], violations[:5]
