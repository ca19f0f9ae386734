"""Serve a built site under a project subpath on 127.0.0.1 and crawl it, as GitHub Pages would serve it."""

from __future__ import annotations

import threading
from collections import deque
from contextlib import contextmanager
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import urlopen


class LinkParser(HTMLParser):
    """Collect every href, src, srcset candidate and form action of a page."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.links += [value for name, value in attrs if name in ("href", "src", "action") and value]
        for name, value in attrs:
            if name == "srcset" and value:  # "a-480w.webp 480w, a-960w.webp 960w": every picture version
                self.links += [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def handler_for(site: Path, prefix: str):
    """Return a request handler serving site under prefix, with 404.html for anything missing."""

    class Handler(SimpleHTTPRequestHandler):
        def translate_path(self, path):
            path = unquote(urlsplit(path).path)
            if not path.startswith(prefix):
                return str(site / "\x00missing")
            return str(site / path[len(prefix):])

        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            body = (site / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


@contextmanager
def serve(site: Path, prefix: str = "/archive/"):
    """Serve site at http://127.0.0.1:PORT{prefix}; yield the root URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site, prefix))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str) -> tuple[int, bytes, str]:
    """Return (status, body, content type) of a GET."""
    try:
        with urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


def crawl(root: str, limit: int = 100_000) -> tuple[int, list[str]]:
    """Follow every internal link from root; return (URLs checked, problems)."""
    origin = urlsplit(root)
    seen, queue, problems = {root}, deque([root]), []
    while queue and len(seen) <= limit:
        url = queue.popleft()
        status, body, kind = fetch(url)
        if status != 200:
            problems.append(f"{url}: HTTP {status}")
            continue
        if "text/html" not in kind:
            continue
        parser = LinkParser()
        parser.feed(body.decode("utf-8"))
        for link in parser.links:
            target = urljoin(url, link)
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != origin.netloc:
                continue
            if not parts.path.startswith(origin.path):
                problems.append(f"{url}: link {link} leaves {origin.path}")
                continue
            target = target.split("#", 1)[0]
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return len(seen), problems
