"""Edit-to-reload latency of `build.py serve`, measured in Chromium through Playwright."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def start_server(corpus: Path, output: Path) -> tuple[subprocess.Popen, str]:
    """Start the dev server on a free port; return the process and the site URL."""
    command = [sys.executable, str(REPO / "build.py"), "serve", "--content", str(corpus), "--output", str(output),
               "--config", str(output.parent / "site.yaml"), "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    while True:
        line = process.stdout.readline()
        if not line:
            raise SystemExit("the dev server stopped before serving")
        found = re.search(r"at (http://127\.0\.0\.1:\d+/\S*)", line)
        if found:
            return process, found.group(1)


def reload_latency(corpus: Path, output: Path, runs: int) -> list[float]:
    """Return, for each run, seconds from saving a retitled article to its reloaded page showing the title."""
    from playwright.sync_api import sync_playwright

    target = sorted(corpus.rglob("*.md"))[len(list(corpus.rglob("*.md"))) // 2]
    path = "/".join(target.relative_to(corpus).parts[:2]) + f"/{target.stem}/index.html"
    process, url = start_server(corpus, output)
    latencies = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page()
            page.goto(url + path)
            for run in range(runs):
                title = f"지연 측정 {run} {time.time()}"
                text = target.read_text(encoding="utf-8")
                text = re.sub(r'^title: .*$', f'title: "{title}"', text, count=1, flags=re.M)
                started = time.perf_counter()
                target.write_text(text, encoding="utf-8")
                page.wait_for_function(f"document.querySelector('h1').textContent === {title!r}", timeout=60_000)
                latencies.append(time.perf_counter() - started)
                time.sleep(1)
            browser.close()
    finally:
        process.terminate()
        process.wait()
    return latencies
