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
    from build_bench import user_environment

    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=user_environment())
    while True:
        line = process.stdout.readline()
        if not line:
            raise SystemExit("the dev server stopped before serving")
        found = re.search(r"at (http://127\.0\.0\.1:\d+/\S*)", line)
        if found:
            return process, found.group(1)


def reload_latency(corpus: Path, output: Path, runs: int) -> dict[str, list[float]]:
    """Return seconds from saving an edit to the reloaded page showing it: a body edit and a title edit."""
    from playwright.sync_api import sync_playwright

    files = sorted(corpus.rglob("*.md"))
    target = files[len(files) // 2]
    path = "/".join(target.relative_to(corpus).parts[:2]) + f"/{target.stem}/index.html"
    process, url = start_server(corpus, output)
    latencies: dict[str, list[float]] = {"body edit": [], "title edit": []}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page()
            page.goto(url + path)
            for run in range(runs):
                marker = f"지연 측정 {run} {time.time()}"
                text = target.read_text(encoding="utf-8")
                latencies["body edit"].append(timed_edit(page, target, text + f"\n\n{marker}\n",
                                                         f"() => document.body.textContent.includes({marker!r})"))
                text = re.sub(r'^title: .*$', f'title: "{marker}"', target.read_text(encoding="utf-8"), count=1, flags=re.M)
                latencies["title edit"].append(timed_edit(page, target, text,
                                                          f"() => document.querySelector('h1').textContent === {marker!r}"))
            browser.close()
    finally:
        process.terminate()
        process.wait()
    return latencies


def timed_edit(page, target: Path, text: str, shown: str) -> float:
    """Save text to target and return the seconds until the page shows it (shown is a JS arrow function: the CSP forbids eval)."""
    started = time.perf_counter()
    target.write_text(text, encoding="utf-8")
    page.wait_for_function(shown, timeout=60_000)
    elapsed = time.perf_counter() - started
    time.sleep(1)
    return elapsed
