"""Search on a site built by archivist, in Chromium: the header box, the search page,
filters, keyboard, a project subpath, file:// and hostile titles."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from archivist.config import Config
from archivist.pipeline import Project, build

from .conftest import NOW, REPO, article, write_files
from .publish_check import serve

EXAMPLE = "2024/03/ai-engineer-talent-war/index.html"
DEEP_PAGE = "2021/05/chips-0/index.html"
XSS_TITLE = "<img src=x onerror=alert(1)> 보안 점검"

WAIT = 30_000  # ms; locator waits, not wait_for_function: the pages' CSP forbids its string eval


def corpus() -> dict[str, str]:
    """Return the content files: the example article and articles that compete with it."""
    files = {"2024/03/ai-engineer-talent-war.md": (REPO / "content/2024/03/ai-engineer-talent-war.md").read_text(encoding="utf-8")}
    for n in range(12):
        year = 2021 + n % 3
        files[f"{year}/chips-{n}.md"] = article(
            title=f"반도체 시장 동향 {n}", reporter="박서연", date=f"{year}-05-{n + 1:02d}",
            body="반도체업계의 인재 확보 경쟁이 이어졌다. 투자를 늘렸다.", tags="[반도체, 산업]")
    files["2025/anthropic-brief.md"] = article(
        title="클라우드 시장 점검", reporter="이서연", date="2025-01-03", tags="[클라우드]",
        body="여러 기업 가운데 앤스로픽도 언급됐다. 저커버그의 발언도 화제다. 인재 확보 전쟁이다.")
    files["2025/xss.md"] = article(title=XSS_TITLE, reporter="이서연", date="2025-01-02",
                                   body="제목에 태그가 들어간 기사. 보안 점검 결과를 전했다.")
    return files


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Return the output folder of the test archive, built for a project subpath."""
    root = tmp_path_factory.mktemp("search-site")
    write_files(root / "content", corpus())
    project = Project(root / "content", REPO / "templates", root / "output",
                      Config(base_url="https://example.github.io/archive/"))
    build(project, now=NOW)
    return root / "output"


@pytest.fixture(scope="module")
def server(site):
    """Serve the site under /archive/ on 127.0.0.1; yield its root URL."""
    with serve(site) as root:
        yield root


@pytest.fixture
def tab(browser):
    """Yield a fresh page that records its requests and any dialog."""
    context = browser.new_context()
    page = context.new_page()
    page.requests, page.dialogs = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def results(page) -> list[str]:
    """Return the href of every result shown, once some are and their cards have arrived (a result is drawn
    as a placeholder first, and its card fills it in)."""
    page.wait_for_selector("#search-results li")
    expect(page.locator("#search-results li:not(:has(a[href]))")).to_have_count(0, timeout=WAIT)
    return page.eval_on_selector_all("#search-results li a", "links => links.map(a => a.href)")


@pytest.mark.parametrize("query", ["앤스로픽", "저커버그", "쟁탈전"])
def test_the_header_box_of_a_deep_page_finds_the_example_first(tab, server, query):
    tab.goto(server + DEEP_PAGE)
    tab.fill("#search-q", query)
    tab.press("#search-q", "Enter")
    tab.wait_for_url("**/archive/search/index.html?q=*")
    assert results(tab)[0] == server + EXAMPLE
    assert tab.input_value("#search-q") == query
    assert all(url.startswith(server) for url in tab.requests), "nothing is loaded from outside the subpath"


def test_typing_on_the_search_page_shows_results_and_keeps_the_query_in_the_url(tab, server):
    tab.goto(server + "search/index.html")
    tab.click("#search-q")
    tab.keyboard.type("앤스로픽")
    expect(tab.locator("#search-results li")).to_have_count(2, timeout=WAIT)
    assert results(tab)[0] == server + EXAMPLE
    # The URL follows the query once typing pauses.
    tab.wait_for_url(lambda url: "q=" + quote("앤스로픽") in url)
    assert tab.inner_text("#search-status") == "2건"
    tab.wait_for_selector("#search-results .search-result-snippet mark", state="attached")


def test_keyboard_selects_and_opens_a_result(tab, server):
    tab.goto(server + "search/index.html?q=" + quote("저커버그"))
    results(tab)
    tab.focus("#search-q")
    tab.keyboard.press("ArrowDown")
    assert tab.get_attribute("#search-r-0", "aria-selected") == "true"
    tab.keyboard.press("Enter")
    tab.wait_for_url(server + EXAMPLE)
    assert "저커버그" in tab.title()


def test_filters_by_tag_reporter_and_year(tab, server):
    tab.goto(server + "search/index.html?q=" + quote("반도체"))
    assert len(results(tab)) == 10
    tab.click("#search-filters summary")
    tab.wait_for_selector("#search-year option[value='2022']", state="attached")
    tab.select_option("#search-year", "2022")
    expect(tab.locator("#search-results li")).to_have_count(4, timeout=WAIT)
    assert all("/2022/" in url for url in results(tab))
    assert "year=2022" in tab.url
    tab.goto(server + "search/index.html?q=" + quote("앤스로픽") + "&tag=" + quote("클라우드"))
    expect(tab.locator("#search-results li")).to_have_count(1, timeout=WAIT)
    assert results(tab) == [server + "2025/01/anthropic-brief/index.html"]
    tab.goto(server + "search/index.html?q=" + quote("앤스로픽") + "&reporter=" + quote("김인엽"))
    expect(tab.locator("#search-results li")).to_have_count(1, timeout=WAIT)
    assert results(tab) == [server + EXAMPLE]


def test_works_from_file_urls(tab, site):
    tab.goto((site / DEEP_PAGE).as_uri())
    tab.fill("#search-q", "쟁탈전")
    tab.press("#search-q", "Enter")
    tab.wait_for_url("**/search/index.html?q=*")
    assert results(tab)[0] == (site / EXAMPLE).as_uri()
    assert all(url.startswith("file://") for url in tab.requests)


def test_a_hostile_title_shows_as_text_and_runs_nothing(tab, server):
    tab.goto(server + "search/index.html?q=" + quote("보안 점검"))
    results(tab)
    titles = tab.eval_on_selector_all("#search-results li a", "links => links.map(a => a.textContent)")
    assert titles == [XSS_TITLE]
    tab.fill("#search-q", "<img src=x onerror=alert(1)>")
    expect(tab.locator("#search-results li")).to_have_count(1, timeout=WAIT)
    assert tab.eval_on_selector_all("#search-results img, #search-results script", "found => found.length") == 0
    assert tab.dialogs == []


def test_an_english_site_speaks_english(browser, tmp_path):
    write_files(tmp_path / "content", corpus())
    project = Project(tmp_path / "content", REPO / "templates", tmp_path / "out", Config(language="en"))
    build(project, now=NOW)
    page = browser.new_page()
    page.goto((tmp_path / "out" / "search" / "index.html").as_uri() + "?q=" + quote("저커버그"))
    expect(page.locator("#search-status")).not_to_have_text("", timeout=WAIT)
    assert page.inner_text("#search-status") == "2 results"
    assert page.get_attribute("#search-q", "aria-label") == "Search"
    page.close()
    shutil.rmtree(tmp_path / "out", ignore_errors=True)
