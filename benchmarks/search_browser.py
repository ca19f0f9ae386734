"""Measure the search page in Chromium over loopback HTTP with gzip, as GitHub Pages serves it.

Used by search_bench.py --browser. For each query: a fresh browser context
loads the search page, the query is put in the box (an input event, as a
paste or the URL's ?q= gives it) and the time until its results are painted
is measured; then the box is cleared and the query typed again key by key at
a person's pace (Hangul through its jamo, as an input method types it) while
the page loads what it loads in the background, each key timed from its
input event to its results painted. Bytes are the gzip (level 6) sizes of
every file the first query requested except the HTML page.
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
# In-page helpers. A query is typed as the browser's input event delivers it: the box's
# value changes and an "input" event reaches the page's own listener (debounce and all).
# The page keeps the promise of the results that input leads to (page.pending); an older
# UI without it is driven through its handler, which it called directly. "Drawn" is
# when those results are in the DOM and the next frame has been painted (a task queued
# from requestAnimationFrame runs after that frame's paint). "Complete" is when every
# result shown also has its card and snippet, painted (null when that takes over 3 s or a later
# key replaces those results first). "Cards" is when every result drawn as a placeholder
# while its card loaded (search-result-pending) has its card, painted.
# (The first key after the cleared box is due pace ms after the box was cleared.)
HELPERS = """
window.__bench = {
  painted() {
    // A task posted from requestAnimationFrame runs once that frame is painted; at
    // user-blocking priority it runs before the page's own queued work (script loads).
    const post = (fn) => (window.scheduler && scheduler.postTask
      ? scheduler.postTask(fn, {priority: "user-blocking"}) : setTimeout(fn, 0));
    return new Promise((resolve) => requestAnimationFrame(() => post(resolve)));
  },
  input(value) {
    const page = window.archivistSearchPage;
    const box = document.getElementById("search-q");
    box.value = value;
    if (!("pending" in page)) return page.onInput();
    box.dispatchEvent(new Event("input", {bubbles: true}));
    return page.pending;
  },
  snippetsFilled(items) {
    return items.every((li) => li.querySelector(".search-result-snippet").firstChild !== null) &&
      this.cardsFilled(items);
  },
  cardsFilled(items) {
    return items.every((li) => !li.classList.contains("search-result-pending"));
  },
  async cards(start) {
    // The results on screen now; 0 if none was a placeholder; null if a later key replaces them first.
    const items = Array.from(document.querySelectorAll("#search-results li"));
    if (this.cardsFilled(items)) return 0;
    while (!this.cardsFilled(items)) {
      if (performance.now() - start > 3000 || items.some((li) => !li.isConnected)) return null;
      await new Promise((r) => requestAnimationFrame(r));
    }
    await this.painted();
    return performance.now() - start;
  },
  async complete(start, value) {
    // The results on screen now; null if a later key replaces them before their snippets.
    // Results drawn unchecked while typing are drawn again once checked: the same key's.
    const box = document.getElementById("search-q");
    const current = () => Array.from(document.querySelectorAll("#search-results li"));
    let items = current();
    while (!this.snippetsFilled(items)) {
      if (items.some((li) => !li.isConnected) && box.value === value) items = current();
      if (performance.now() - start > 3000 || items.some((li) => !li.isConnected)) return null;
      await new Promise((r) => requestAnimationFrame(r));
    }
    await this.painted();
    return performance.now() - start;
  },
  async type(value, start = performance.now()) {
    await this.input(value);
    await this.painted();
    const drawn = performance.now() - start;
    return [drawn, this.complete(start, value), this.cards(start)];
  },
  async typeOne(value) {
    const [drawn, complete] = await this.type(value);
    return [drawn, await complete];
  },
};
"""
# Time from the input event to the first results drawn (and complete) on a cold page.
MEASURE = "(query) => window.__bench.typeOne(query)"
# Type values one a key at a person's pace: key i is due pace ms after key i-1 (or when
# key i-1's results are drawn, if later) and is timed from when it was due, so time the
# page's main thread kept a key waiting counts, as it would for a real key press.
TYPING = """async ([values, pace]) => {
  const drawn = [];
  const complete = [];
  const cards = [];
  let due = performance.now();
  for (const value of values) {
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const [ms, done, filled] = await window.__bench.type(value, due);
    drawn.push(ms);
    complete.push(done);
    cards.push(filled);
    due += Math.max(pace, ms);
  }
  const completed = await Promise.all(complete);
  const carded = await Promise.all(cards);
  return drawn.map((ms, i) => [ms, completed[i], carded[i]]);
}"""
PACE_MS = 120  # a quick typist: about 500 keys a minute
COMPAT_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def typing_steps(query: str) -> list[str]:
    """Return the box's value after each key a person presses to type query.

    A Hangul syllable takes two or three keys with a Korean input method: its
    initial consonant (shown as a lone jamo), then the vowel (an open
    syllable), then any final consonant. Other characters take one key.
    """
    steps, typed = [], ""
    for char in query:
        code = ord(char) - 0xAC00
        if 0 <= code < 11172:
            initial, final = code // 588, code % 28
            steps.append(typed + COMPAT_INITIALS[initial])
            if final:
                steps.append(typed + chr(ord(char) - final))
        typed += char
        steps.append(typed)
    return steps


def settled(value: str) -> str:
    """Return value without a trailing lone jamo (as the page searches it)."""
    return value.rstrip("".join(chr(c) for c in range(0x3131, 0x318F)))


class GzipHandler(SimpleHTTPRequestHandler):
    """Serve files gzip-encoded (level 6) when the client accepts it, quietly."""

    protocol_version = "HTTP/1.1"  # keep-alive, as any real static host does
    # Without TCP_NODELAY a keep-alive response (headers, then body: two writes) waits
    # for the client's delayed ACK: about 40 ms per file on loopback, which no real
    # static host adds.
    disable_nagle_algorithm = True

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


def measure_query(browser, base: str, site: Path, query: str, pace: int = PACE_MS, slowdown: float = 1) -> dict:
    """Return bytes, requests and times of one cold query, then of typing it key by key.

    After the first results the box is cleared and the query typed again at pace
    ms a key, as a person would: each key is timed from its input event to its
    results drawn, to their cards filled in, and to their snippets. slowdown > 1
    runs the page's main thread that many times slower (Chromium's CPU throttling),
    as a busy machine or a slow phone would.
    """
    context = browser.new_context(ignore_https_errors=True)
    page = context.new_page()
    if slowdown != 1:
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": slowdown})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base + "search/index.html")
    page.wait_for_function("window.archivistSearchPage !== undefined")
    page.evaluate(HELPERS)
    first, first_complete = page.evaluate(MEASURE, query)
    paths = [unquote(urlsplit(url).path) for url in requested if url.startswith(base)]
    files = [site / p[len(urlsplit(base).path):] for p in paths if not p.endswith(".html")]
    steps = typing_steps(query)
    times = page.evaluate(TYPING, [[""] + steps, pace])[1:]
    keystrokes = [drawn for drawn, _, _ in times]
    completes = [complete for _, complete, _ in times]
    cards = [filled for _, _, filled in times]
    changed = [settled(value) != settled(before) for before, value in zip([""] + steps, steps)]
    context.close()
    return {"query": query, "gz": sum(gz_size(f) for f in files), "requests": len(files),
            "first_ms": first, "first_complete_ms": first_complete,
            "max_keystroke_ms": max(keystrokes), "keystroke_ms": keystrokes,
            "complete_ms": completes, "cards_ms": cards, "changed": changed, "pace_ms": pace,
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


def summarize(runs: list[dict]) -> dict:
    """Return one query's figures over repeated runs: medians of times, bytes of the first."""
    row = dict(runs[0])
    worked = [(run, i) for run in runs for i, ok in enumerate(run["changed"]) if ok]
    row["first_ms"] = median([run["first_ms"] for run in runs])
    row["first_complete_ms"] = median([run["first_complete_ms"] or 3000.0 for run in runs])
    row["max_keystroke_ms"] = median([run["max_keystroke_ms"] for run in runs])
    row["median_keystroke_ms"] = median([run["keystroke_ms"][i] for run, i in worked])
    completes = [run["complete_ms"][i] for run, i in worked]
    row["median_complete_ms"] = median([ms for ms in completes if ms is not None] or [0.0])
    row["snippets_missing"] = sum(ms is None for ms in completes)
    # Keys whose cards came in after their results were drawn (a page without placeholders has none).
    late = [run["cards_ms"][i] for run, i in worked if run["cards_ms"][i]]
    row["median_cards_ms"] = median(late or [0.0])
    row["late_cards"] = len(late)
    row["keystroke_ms"] = [ms for run in runs for ms in run["keystroke_ms"]]
    row["worked_keystroke_ms"] = [run["keystroke_ms"][i] for run, i in worked]
    # Each key of the typing, as the median of its repeats: a key slow in every repeat, not a stall of the machine.
    row["key_medians"] = [(value, median([run["keystroke_ms"][i] for run in runs]))
                          for i, value in enumerate(typing_steps(row["query"]))]
    return row


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
            rows.append(summarize([measure_query(browser, base, site, query)
                                   for _ in range(repeat)]))
        browser.close()
    return rows
