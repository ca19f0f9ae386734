"""Import by URL: fetched from a local server on 127.0.0.1 only (pages written here), never the network."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from pathlib import Path

import pytest

from archivist.errors import ContentError
from archivist.importer.fetch import Fetcher, Settings, page_text
from import_helpers import split_article

PARAGRAPHS = ("정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. "
              "지원 대상은 설비 투자와 연구개발, 인력 양성 등 세 분야다.",
              "산업부는 올해 안에 세부 계획을 확정해 발표할 예정이라고 설명했다.",
              "업계는 이번 지원이 공급망 안정에 도움이 될 것이라고 평가했다.")


def article_html(title: str = "반도체 지원 10조 투입", charset_meta: str = '<meta charset="utf-8">') -> str:
    """Return a small Korean article page: metadata, a menu, a headline, a byline and three paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!doctype html><html lang='ko'><head>{charset_meta}<title>{title} - 예시일보</title>"
            f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='예시일보'>"
            "<meta property='article:published_time' content='2024-03-28T05:00:00+09:00'></head>"
            f"<body><nav><a href='/'>홈</a> <a href='/news'>뉴스</a></nav><article><h1>{title}</h1>"
            f"<p>홍길동 기자 hong@example.co.kr</p>{body}</article><footer>ⓒ 예시일보</footer></body></html>")


class Handler(http.server.BaseHTTPRequestHandler):
    """Answers from the server's route table: path → (status, headers, body) or a callable."""

    def do_GET(self):  # noqa: N802 - the name http.server calls
        self.server.seen.append((self.path, self.headers.get("User-Agent", ""), time.monotonic()))
        route = self.server.routes.get(self.path.split("?")[0])
        if route is None:
            route = (404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>")
        if callable(route):
            route = route()
        status, headers, body = route
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the importer hung up on a page it refused: expected

    def log_message(self, *args):
        """Keep the test output quiet."""


@pytest.fixture
def server():
    """Return a running local server on 127.0.0.1 with an empty route table and a log of requests."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.routes, httpd.seen = {}, []
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def html(text: str, content_type: str = "text/html; charset=utf-8", encoding: str = "utf-8"):
    """Return a route answering 200 with the page."""
    return 200, {"Content-Type": content_type}, text.encode(encoding)


def redirect(target: str, status: int = 301):
    """Return a route answering with a redirect to `target`."""
    return status, {"Location": target, "Content-Type": "text/html"}, b""


def fetch_args(*argv) -> list[str]:
    """Return the arguments with a zero delay per host (the delay has its own test)."""
    return [*argv, "--delay", "0"]


def test_url_is_fetched_and_imported_with_its_final_url(run_import, server, tmp_path):
    """A URL is fetched, imported through the HTML path and written with url = the URL it was read from."""
    server.routes["/news/1"] = html(article_html())
    status, out, err = run_import(*fetch_args(f"{server.base}/news/1"))
    assert status == 0, err
    path = tmp_path / out.split()[1]
    data, body = split_article(path.read_text(encoding="utf-8"))
    assert data["title"] == "반도체 지원 10조 투입"
    assert data["url"] == f"{server.base}/news/1"
    assert data["date"].isoformat() == "2024-03-28T05:00:00+09:00"
    assert PARAGRAPHS[1] in body
    assert server.seen[0][1].startswith("archivist/")


def test_redirect_is_followed_and_the_final_url_kept(run_import, server):
    """A redirect (relative Location) is followed; the article's url is where the page really is."""
    server.routes["/old"] = redirect("/new", 301)
    server.routes["/new"] = redirect(f"{server.base}/newest", 302)
    server.routes["/newest"] = html(article_html())
    status, out, err = run_import(*fetch_args(f"{server.base}/old", "--dry-run"))
    data, _ = split_article(out)
    assert status == 0, err
    assert data["url"] == f"{server.base}/newest"


@pytest.mark.parametrize("routes, problem", [
    ({"/a": redirect("/b"), "/b": redirect("/a")}, "redirect loop (back to {base}/a)"),
    ({f"/a{k}" if k else "/a": redirect(f"/a{k + 1}") for k in range(7)}, "too many redirects (more than 5)"),
    ({"/a": redirect("ftp://127.0.0.1/file")}, "redirect to a non-web address (ftp:)"),
    ({}, "HTTP 404 Not Found"),
    ({"/a": (500, {"Content-Type": "text/html"}, b"oops")}, "HTTP 500 Internal Server Error"),
    ({"/a": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4")}, "not an HTML page (application/pdf): not imported"),
    ({"/a": (200, {"Content-Type": "text/html", "Content-Length": str(10 * 2**20 + 1)}, b"x" * (10 * 2**20 + 1))},
     "is larger than 10 MB: not a single article page; not imported"),
])
def test_bad_answers_are_one_line_errors(run_import, server, tmp_path, routes, problem):
    """Loops, too many redirects, non-web redirects, errors, non-HTML and too large: `URL: problem`, exit 1,
    nothing written."""
    server.routes.update(routes)
    url = f"{server.base}/a"
    status, out, err = run_import(*fetch_args(url))
    assert status == 1
    assert f"{url}: {problem.format(base=server.base)}\n" in err
    assert "Traceback" not in err and out == ""
    assert not (tmp_path / "content").exists()


def test_a_page_over_the_cap_without_a_length_is_cut_off(server):
    """A page that announces no length is read only up to the cap, then refused."""
    server.routes["/a"] = (200, {"Content-Type": "text/html", "Content-Length": ""}, b"<p>" + b"x" * 5000)
    fetcher = Fetcher(Settings(max_bytes=1000, delay=0))
    with pytest.raises(ContentError, match="is larger than"):
        fetcher.fetch(f"{server.base}/a")


def test_timeout_is_an_error_and_the_other_urls_still_import(run_import, server, tmp_path):
    """A server that answers too slowly times out; the next URL in the list is still imported."""
    def slow():
        time.sleep(1.5)
        return html(article_html("늦은 기사"))

    server.routes["/slow"] = slow
    server.routes["/ok"] = html(article_html())
    started = time.monotonic()
    status, out, err = run_import(*fetch_args(f"{server.base}/slow", f"{server.base}/ok", "--timeout", "0.3"))
    assert time.monotonic() - started < 1.4
    assert status == 1
    assert f"{server.base}/slow: timed out (no answer within 0.3 s)" in err
    assert "imported 1, skipped 0 duplicate(s), failed 1" in err
    assert len(list((tmp_path / "content").rglob("*.md"))) == 1


def test_connection_refused_is_an_error(run_import):
    """A port where nothing listens: `URL: cannot fetch: connection refused`."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    status, _, err = run_import(*fetch_args(f"http://127.0.0.1:{port}/a"))
    assert status == 1
    assert f"http://127.0.0.1:{port}/a: cannot fetch: connection refused" in err


@pytest.mark.parametrize("meta", ["<meta http-equiv='Content-Type' content='text/html; charset=euc-kr'>", ""])
def test_cp949_page_without_a_header_charset(run_import, server, meta):
    """A legacy Korean page (CP949, the header naming no charset) decodes from its meta tag or by detection."""
    server.routes["/a"] = html(article_html("옛 인코딩 기사 똠방각하", meta), "text/html", "cp949")
    status, out, err = run_import(*fetch_args(f"{server.base}/a", "--dry-run"))
    data, body = split_article(out)
    assert status == 0, err
    assert data["title"] == "옛 인코딩 기사 똠방각하"
    assert PARAGRAPHS[0] in body


def test_header_charset_wins_over_the_meta_tag(server):
    """The HTTP header's charset is read before the page's meta tag."""
    page = article_html("헤더가 맞다", "<meta charset='iso-8859-1'>").encode("cp949")
    server.routes["/a"] = (200, {"Content-Type": "text/html; charset=EUC-KR"}, page)
    fetched = Fetcher(Settings(delay=0)).fetch(f"{server.base}/a")
    assert fetched.charset == "cp949"
    assert "헤더가 맞다" in page_text(fetched)


def test_from_file_lists_urls_with_comments_and_a_progress_bar(run_import, server, tmp_path):
    """--from reads one URL a line (blank lines and # comments skipped); 20 pages or more show the bar."""
    for k in range(20):
        server.routes[f"/n{k}"] = html(article_html(f"반도체 지원 {k}조 투입"))
    lines = ["# this week's pages", ""] + [f"{server.base}/n{k}" for k in range(20)] + ["   ", "not a url"]
    (tmp_path / "urls.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run_import(*fetch_args("--from", "urls.txt"))
    assert status == 1  # the one line that is not a URL
    assert "urls.txt: not an http or https URL: 'not a url'" in err
    assert out.count("wrote ") == 20
    assert "20/20" in err
    assert sorted(path for path, _, _ in server.seen) == sorted(f"/n{k}" for k in range(20))


def test_delay_between_requests_to_the_same_host(run_import, server):
    """Two pages of one host are fetched at least --delay seconds apart."""
    server.routes["/a"] = html(article_html("첫 기사"))
    server.routes["/b"] = html(article_html("둘째 기사"))
    status, _, err = run_import(f"{server.base}/a", f"{server.base}/b", "--dry-run", "--delay", "0.4")
    assert status == 0, err
    (_, _, first), (_, _, second) = server.seen
    assert second - first >= 0.35


def test_fetcher_waits_only_for_the_same_host():
    """The delay is kept per host: another host is asked at once (a fake clock, nothing fetched)."""
    now, slept = [100.0], []
    fetcher = Fetcher(Settings(delay=1.0), clock=lambda: now[0], sleep=slept.append)
    fetcher.last_request["a.example"] = 99.7
    fetcher.wait_for("a.example")
    fetcher.wait_for("b.example")
    assert slept == [pytest.approx(0.7)]


def test_title_override_wins_over_the_page(run_import, server):
    """--title replaces the page's headline."""
    server.routes["/a"] = html(article_html())
    status, out, _ = run_import(*fetch_args(f"{server.base}/a", "--dry-run", "--title", "  내가 고른   제목 "))
    data, _ = split_article(out)
    assert status == 0
    assert data["title"] == "내가 고른 제목"


def test_gzip_page_and_an_unescaped_hangul_path(run_import, server):
    """A gzip-compressed answer is undone, and a pasted URL with Hangul in its path is escaped on the wire."""
    import gzip
    from urllib.parse import quote

    server.routes[quote("/뉴스/1")] = (200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
                                       gzip.compress(article_html().encode("utf-8")))
    status, out, err = run_import(*fetch_args(f"{server.base}/뉴스/1", "--dry-run"))
    data, body = split_article(out)
    assert status == 0, err
    assert data["title"] == "반도체 지원 10조 투입" and PARAGRAPHS[2] in body


def test_a_url_already_in_the_archive_is_not_fetched_again(run_import, server):
    """Importing the same URL twice: the second run skips it as a duplicate without asking the server."""
    server.routes["/a"] = html(article_html())
    assert run_import(*fetch_args(f"{server.base}/a"))[0] == 0
    status, out, err = run_import(*fetch_args(f"{server.base}/a"))
    assert status == 0 and out == ""
    assert "duplicate of content/2024/03/" in err
    assert len(server.seen) == 1


@pytest.mark.parametrize("url, problem", [("http://127.0.0.1:abc/a", "not a valid URL (bad port)"),
                                          ("http:///a", "not an http or https URL")])
def test_malformed_urls_are_one_line_errors(run_import, url, problem):
    """A URL that cannot be asked for is an error naming it, not a traceback."""
    status, _, err = run_import(*fetch_args(url))
    assert status == 1 and f"{url}: {problem}" in err and "Traceback" not in err


def test_timeout_must_be_positive(run_import):
    """--timeout 0 would make every socket non-blocking: a usage error."""
    status, _, err = run_import("http://127.0.0.1:9/a", "--timeout", "0")
    assert status == 2 and "--timeout must be more than 0 seconds" in err
