"""Measure the search page in Chromium over loopback HTTP with gzip, as GitHub Pages serves it.

Used by search_bench.py --browser. For each query: a fresh browser context
loads the search page, the query is put in the box, and the time until the
results are on screen is measured; then the query is typed again one
character at a time on the warm page (each keystroke timed). Bytes are the
gzip (level 6) sizes of every file the page requested except the HTML page.
The server is Python's (HTTP/1.1, keep-alive) or, with http2, a Node HTTPS +
HTTP/2 server like GitHub Pages' (needs node and openssl).
"""
import contextlib
import functools
import gzip
import subprocess
import sys
import tempfile
import threading
from io import BytesIO
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "search"))

from browser_site import write_page  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
MEASURE = """async (query) => {
  const page = window.archivistSearchPage;
  const input = document.getElementById("search-q");
  const start = performance.now();
  input.value = query;
  await page.onInput();
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return performance.now() - start;
}"""
# Time from now until every result block is loaded (they load after the first results).
PREFETCH = """async () => {
  const start = performance.now();
  await window.archivistSearchPage.engine.prefetch();
  return performance.now() - start;
}"""
# The same keystroke in two parts: the index lookup (loading any new key shard),
# then loading the result files and drawing them.
MEASURE_SPLIT = """async (query) => {
  const page = window.archivistSearchPage;
  const start = performance.now();
  await page.engine.match(query);
  const middle = performance.now();
  const input = document.getElementById("search-q");
  input.value = query;
  await page.onInput();
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return [middle - start, performance.now() - middle];
}"""


class GzipHandler(SimpleHTTPRequestHandler):
    """Serve files gzip-encoded (level 6) when the client accepts it, quietly."""

    protocol_version = "HTTP/1.1"  # keep-alive, as any real static host does

    def send_head(self):
        """Send headers and return a file-like body, compressed when accepted."""
        path = Path(self.translate_path(self.path))
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzipped(str(path))
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)

    def log_message(self, *args) -> None:
        """Keep benchmark output clean."""


class QuietServer(ThreadingHTTPServer):
    """A threading HTTP server that ignores clients closing connections early."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """Drop broken-pipe noise from closed browser contexts; report anything else."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@functools.lru_cache(maxsize=None)
def gzipped(path: str) -> bytes:
    """Return a file's bytes gzip-compressed (level 6), compressed once per run."""
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


def gz_size(path: Path) -> int:
    """Return the gzip (level 6) size of a file."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def measure_query(browser, base: str, site: Path, query: str) -> dict:
    """Return bytes, requests and times of one cold query and its warm keystrokes."""
    context = browser.new_context(ignore_https_errors=True)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base + "search/index.html")
    page.wait_for_function("window.archivistSearchPage !== undefined")
    first = page.evaluate(MEASURE, query)
    paths = [unquote(urlsplit(url).path) for url in requested if url.startswith(base)]
    files = [site / p[len(urlsplit(base).path):] for p in paths if not p.endswith(".html")]
    # After the first results the page loads every result block (r/) in the background.
    prefetch_ms = page.evaluate(PREFETCH)
    blocks = sorted((site / "search" / "r").glob("*.js"))
    foreground = [f for f in files if f.parent.name != "r"]
    page.evaluate(MEASURE, "")
    keystrokes, lookups = [], []
    typed = ""
    for char in query:
        typed += char
        lookup, rest = page.evaluate(MEASURE_SPLIT, typed)
        keystrokes.append(lookup + rest)
        lookups.append(lookup)
    context.close()
    return {"query": query, "gz": sum(gz_size(f) for f in foreground), "requests": len(foreground),
            "background_gz": sum(gz_size(f) for f in blocks), "prefetch_ms": prefetch_ms,
            "first_ms": first, "max_keystroke_ms": max(keystrokes), "keystroke_ms": keystrokes,
            "lookup_ms": lookups,
            "external": [url for url in requested if not url.startswith(base)]}


def median(values: list[float]) -> float:
    """Return the median of values."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def self_signed(folder: Path) -> tuple[Path, Path]:
    """Write a throwaway key and certificate for 127.0.0.1; return their paths."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return key, cert


@contextlib.contextmanager
def serve(site: Path, http2: bool):
    """Serve site on 127.0.0.1 (HTTP/2 + TLS via Node, or Python HTTP/1.1); yield the base URL."""
    if http2:
        with tempfile.TemporaryDirectory() as folder:
            key, cert = self_signed(Path(folder))
            server = subprocess.Popen(["node", str(HERE / "search_h2_server.mjs"), str(site),
                                       str(key), str(cert)], stdout=subprocess.PIPE, text=True)
            try:
                yield f"https://127.0.0.1:{server.stdout.readline().strip()}/"
            finally:
                server.terminate()
                server.wait()
        return
    handler = functools.partial(GzipHandler, directory=str(site))
    httpd = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def browser_figures(site: Path, queries: list[str], repeat: int = 3,
                    http2: bool = False) -> list[dict]:
    """Serve site (which holds search/) on 127.0.0.1; measure each query in Chromium.

    Each query runs repeat times in fresh contexts; times are medians, bytes are
    the same every time. http2 serves over HTTPS/HTTP/2 as GitHub Pages does;
    otherwise Python's HTTP/1.1 server (6 connections per host in Chromium).
    """
    from playwright.sync_api import sync_playwright

    write_page(site)
    rows = []
    with serve(site, http2) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        measure_query(browser, base, site, "warm up")
        for query in queries:
            runs = [measure_query(browser, base, site, query) for _ in range(repeat)]
            row = dict(runs[0])
            row["first_ms"] = median([run["first_ms"] for run in runs])
            row["max_keystroke_ms"] = median([run["max_keystroke_ms"] for run in runs])
            row["median_keystroke_ms"] = median([ms for run in runs for ms in run["keystroke_ms"]])
            row["median_lookup_ms"] = median([ms for run in runs for ms in run["lookup_ms"]])
            row["prefetch_ms"] = median([run["prefetch_ms"] for run in runs])
            rows.append(row)
        browser.close()
    return rows
