"""The search page in a real Chromium (Playwright): queries, keyboard, filters,
URL state, a subpath over HTTP, file://, and hostile text."""
import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import expect
from browser_site import write_site
from fixtures import fixture_docs

SUBPATH = "/deep/sub/path/"
EXAMPLE = "2024/03/ai-engineer-talent-war/index.html"

WAIT = 30_000  # ms; locator waits, not wait_for_function: the pages' CSP forbids its string eval


class SubpathHandler(SimpleHTTPRequestHandler):
    """Serve a folder under SUBPATH only, quietly."""

    def translate_path(self, path: str) -> str:
        """Return the file for a URL path under SUBPATH (anything else: a missing file)."""
        if not path.startswith(SUBPATH):
            return str(Path(self.directory) / "__outside__")
        return super().translate_path("/" + path[len(SUBPATH):])

    def log_message(self, *args) -> None:
        """Keep test output clean."""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Return the folder of a test site (Korean UI) with the fixture index."""
    out = tmp_path_factory.mktemp("site")
    write_site(out, fixture_docs(300))
    return out


@pytest.fixture(scope="module")
def server(site):
    """Serve the site over HTTP on 127.0.0.1 under a subpath; yield its base URL."""
    handler = functools.partial(SubpathHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}{SUBPATH}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def page(browser):
    """Yield a fresh page that records every request and any dialog."""
    context = browser.new_context()
    tab = context.new_page()
    tab.requests = []
    tab.dialogs = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


def search_url(base: str, query: str = "", extra: str = "") -> str:
    """Return the search page URL for a query."""
    return f"{base}search/index.html?q={quote(query)}{extra}"


def result_links(page) -> list[str]:
    """Return the href of every result shown."""
    page.wait_for_selector("#search-results li")
    return page.eval_on_selector_all("#search-results li a", "links => links.map(a => a.href)")


@pytest.mark.parametrize("query", ["앤스로픽", "저커버그", "쟁탈전"])
def test_the_example_article_is_the_first_result(page, server, query):
    page.goto(search_url(server, query))
    assert result_links(page)[0] == server + EXAMPLE
    assert page.input_value("#search-q") == query


def test_results_as_you_type_keep_the_query_in_the_url(page, server):
    page.goto(search_url(server))
    page.click("#search-q")
    page.keyboard.type("저커버그")
    expect(page.locator("#search-results li")).to_have_count(1, timeout=WAIT)
    # The URL follows once typing pauses.
    page.wait_for_url(lambda url: "q=" + quote("저커버그") in url)
    assert page.inner_text("#search-status") == "1건"
    assert page.inner_text("#search-results mark") == "저커버그"


def test_keyboard_arrows_enter_and_back(page, server):
    page.goto(search_url(server, "앤스로픽"))
    result_links(page)
    page.focus("#search-q")
    page.keyboard.press("ArrowDown")
    assert page.get_attribute("#search-r-0", "aria-selected") == "true"
    page.keyboard.press("Enter")
    page.wait_for_url(server + EXAMPLE)
    page.go_back()
    page.wait_for_selector("#search-results li")
    assert page.input_value("#search-q") == "앤스로픽"
    page.focus("#search-q")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    assert page.get_attribute("#search-r-0", "aria-selected") is None
    page.keyboard.press("Escape")
    assert page.input_value("#search-q") == ""
    expect(page.locator("#search-results li")).to_have_count(0, timeout=WAIT)


def test_a_key_draws_its_results_before_their_cards_load_and_fills_them_in(page, server):
    page.goto(search_url(server, "금리"))
    result_links(page)
    drawn = page.evaluate("""async () => {
      const box = document.getElementById("search-q");
      box.value = "반도체";
      box.dispatchEvent(new Event("input", {bubbles: true}));
      await window.archivistSearchPage.pending;
      return document.querySelectorAll("#search-results li.search-result-pending").length;
    }""")
    assert drawn > 0  # the key answered without waiting for the cards of its results
    expect(page.locator("#search-results li")).to_have_count(10, timeout=WAIT)
    expect(page.locator("#search-results li.search-result-pending")).to_have_count(0, timeout=WAIT)
    expect(page.locator("#search-results li:not(:has(.search-result-snippet mark))")).to_have_count(0, timeout=WAIT)
    expect(page.locator("#search-results li a:empty")).to_have_count(0)


def test_typing_checks_results_once_typing_pauses(page, server):
    query = '"인재 전쟁"'
    page.goto(search_url(server, query))
    checked = result_links(page)
    status = page.inner_text("#search-status")
    assert not status.startswith("약"), status
    page.goto(search_url(server))
    page.click("#search-q")
    page.keyboard.type(query, delay=40)
    expect(page.locator("#search-status")).to_have_text(status, timeout=WAIT)
    assert result_links(page) == checked
    expect(page.locator("#search-results li .search-result-snippet mark").first).to_be_visible(timeout=WAIT)


def test_checking_the_results_keeps_the_links_on_screen(page, server):
    # A result clicked as typing pauses must not be replaced under the pointer
    # when the same results come back checked (the click would be lost).
    page.goto(search_url(server))
    unchecked = page.evaluate("""async () => {
      const box = document.getElementById("search-q");
      box.value = "앤스로픽";
      box.dispatchEvent(new Event("input", {bubbles: true}));
      await window.archivistSearchPage.pending;
      window.firstLink = document.querySelector("#search-r-0 a");
      return document.getElementById("search-status").textContent;
    }""")
    assert unchecked.startswith("약"), unchecked
    expect(page.locator("#search-status")).to_have_text("2건", timeout=WAIT)
    expect(page.locator("#search-results li .search-result-snippet mark").first).to_be_visible(timeout=WAIT)
    assert page.evaluate("() => window.firstLink.isConnected")
    assert page.evaluate("() => window.firstLink === document.querySelector('#search-r-0 a')")


def enter_query(page, query: str) -> None:
    """Put the query in the search box as typing does and wait until its results are drawn."""
    page.evaluate("""async (query) => {
      const box = document.getElementById("search-q");
      box.value = query;
      box.dispatchEvent(new Event("input", {bubbles: true}));
      await window.archivistSearchPage.pending;
    }""", query)


def test_a_longer_query_marks_its_own_words_on_the_same_results(page, server):
    # The same document found again for a longer query (저커버 → 저커버그) is drawn
    # with the new query's marks, not kept with the old ones.
    page.goto(search_url(server))
    enter_query(page, "저커버")
    expect(page.locator("#search-results li").first.locator("mark").first).to_have_text("저커버", timeout=WAIT)
    expect(page.locator("#search-status")).to_have_text("1건", timeout=WAIT)
    enter_query(page, "저커버그")
    expect(page.locator("#search-results li").first.locator("mark").first).to_have_text("저커버그", timeout=WAIT)


def test_leaving_by_a_result_at_once_keeps_the_query_for_back(page, server):
    page.goto(search_url(server))
    page.click("#search-q")
    page.keyboard.type("앤스로픽")
    expect(page.locator("#search-results li")).to_have_count(2, timeout=WAIT)
    page.click("#search-r-0 a")  # before the URL would follow the pause in typing
    page.wait_for_url(server + EXAMPLE)
    page.go_back()
    page.wait_for_selector("#search-results li")
    assert page.input_value("#search-q") == "앤스로픽"


def test_a_filter_chosen_right_after_typing_is_undone_by_back(page, server):
    page.goto(search_url(server))
    page.click("#search-filters summary")
    page.wait_for_selector("#search-tag option[value='클라우드']", state="attached")
    page.click("#search-q")
    page.keyboard.type("앤스로픽")
    expect(page.locator("#search-results li")).to_have_count(2, timeout=WAIT)
    page.select_option("#search-tag", "클라우드")  # before the URL would follow the typing
    expect(page.locator("#search-results li")).to_have_count(1, timeout=WAIT)
    assert "tag=" in page.url
    page.go_back()
    expect(page.locator("#search-results li")).to_have_count(2, timeout=WAIT)
    assert page.input_value("#search-q") == "앤스로픽" and "tag=" not in page.url


def test_more_results_by_keyboard(page, server):
    page.goto(search_url(server, "금리"))
    expect(page.locator("#search-results li")).to_have_count(10, timeout=WAIT)
    assert page.is_visible("#search-more")
    page.focus("#search-more")
    page.keyboard.press("Enter")
    expect(page.locator("#search-results li")).to_have_count(20, timeout=WAIT)
    links = result_links(page)
    assert len(set(links)) == 20
    page.focus("#search-q")
    for _ in range(12):
        page.keyboard.press("ArrowDown")
    assert page.get_attribute("#search-r-11", "aria-selected") == "true"
    assert page.get_attribute("#search-q", "aria-activedescendant") == "search-r-11"
    page.keyboard.press("Enter")
    page.wait_for_url(links[11])


def test_filters_by_tag_reporter_and_year(page, server):
    page.goto(search_url(server, "앤스로픽"))
    assert len(result_links(page)) == 2
    page.click("#search-filters summary")
    page.wait_for_selector("#search-tag option[value='클라우드']", state="attached")
    page.select_option("#search-tag", "클라우드")
    expect(page.locator("#search-results li")).to_have_count(1, timeout=WAIT)
    assert result_links(page) == [server + "2025/01/anthropic-brief/index.html"]
    assert "tag=" + quote("클라우드") in page.url
    page.go_back()
    expect(page.locator("#search-results li")).to_have_count(2, timeout=WAIT)
    assert page.input_value("#search-tag") == ""
    page.go_forward()
    expect(page.locator("#search-results li")).to_have_count(1, timeout=WAIT)
    assert page.input_value("#search-tag") == "클라우드"
    page.goto(search_url(server, "앤스로픽", "&reporter=" + quote("김인엽")))
    assert result_links(page) == [server + EXAMPLE]
    page.goto(search_url(server, "앤스로픽", "&year=2019"))
    expect(page.locator("#search-status")).not_to_have_text("", timeout=WAIT)
    assert page.inner_text("#search-status") == "검색 결과가 없습니다."


def test_newest_first_switch(page, server):
    page.goto(search_url(server, "금리", "&sort=newest"))
    expect(page.locator("#search-results li")).to_have_count(10, timeout=WAIT)
    dates = page.eval_on_selector_all("#search-results time", "ts => ts.map(t => t.dateTime)")
    assert dates == sorted(dates, reverse=True) and len(dates) == 10
    assert page.input_value("#search-sort") == "newest"


def test_a_subpath_loads_only_from_the_site(page, server):
    page.goto(search_url(server, "쟁탈전"))
    result_links(page)
    assert page.requests and all(url.startswith(server) for url in page.requests)
    assert any("/search/k/" in url for url in page.requests)


def test_works_from_file_urls(page, site):
    page.goto((site / "search" / "index.html").as_uri() + "?q=" + quote("쟁탈전"))
    links = result_links(page)
    assert links[0] == (site / EXAMPLE).as_uri()
    assert all(url.startswith("file://") for url in page.requests)


def test_hostile_title_and_query_stay_text(page, server):
    page.goto(search_url(server, "보안 점검"))
    result_links(page)
    titles = page.eval_on_selector_all("#search-results li a", "links => links.map(a => a.textContent)")
    assert "<img src=x onerror=alert(1)> 보안 점검" in titles
    assert page.eval_on_selector_all("#search-results img, #search-results script", "x => x.length") == 0
    page.fill("#search-q", "<img src=x onerror=alert(3)>")
    expect(page.locator("#search-status")).to_have_text("검색 결과가 없습니다.", timeout=WAIT)
    assert page.eval_on_selector_all("#search img", "x => x.length") == 0
    page.fill("#search-q", "<img src=x onerror=alert(1)>")
    expect(page.locator("#search-results li")).to_have_count(1, timeout=WAIT)
    assert page.eval_on_selector_all("#search img, #search-results script", "x => x.length") == 0
    assert page.inner_text("#search-results mark") == "img"
    assert page.dialogs == []


def test_english_page_speaks_english(browser, tmp_path):
    write_site(tmp_path, fixture_docs(30), lang="en")
    tab = browser.new_page()
    tab.goto((tmp_path / "search" / "index.html").as_uri() + "?q=" + quote("저커버그"))
    tab.wait_for_selector("#search-results li")
    assert tab.inner_text("#search-status") == "1 result"
    tab.close()
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.parametrize(("lang", "status"), [("ko", "1,234건"), ("en", "1,234 results")])
def test_result_count_groups_its_digits(browser, tmp_path, lang, status):
    docs = [{"id": n, "url": f"a/{n}/index.html", "title": f"기사 {n}", "date": "2024-01-02",
             "year": 2024, "reporters": [], "tags": [], "text": "공통 낱말 common", "lang": "ko"}
            for n in range(1234)]
    page = write_site(tmp_path, docs, lang=lang)
    tab = browser.new_page()
    tab.goto(page.as_uri() + "?q=common")
    expect(tab.locator("#search-status")).to_have_text(status, timeout=WAIT)
    tab.close()
