#!/usr/bin/env python3
"""Where the search page's main thread goes while a query is typed, from a Chromium trace.

    python benchmarks/search_mainthread.py SITE [QUERY ...] [--rounds N]

SITE is a folder holding search/ (search_bench.py --work leaves one as site-<count>).
Each round opens the search page in a fresh context, runs the query, starts the
background result blocks and types the query again key by key at a person's pace,
exactly as search_browser.py measures it, with Chromium's timeline traced. It prints
the keystroke times and, per kind of index file (k/, d/, r/, f/, manifest), how many
were run and the main-thread time their evaluation took in all and at most: the
evaluation of a file includes the work its data sets off (a shard's: ranking and
drawing the results waiting for it).
"""
import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_browser as browser  # noqa: E402

CATEGORIES = ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline"]


def traced_typing(chromium, base: str, query: str, trace: Path) -> list[float]:
    """Run one query and type it again while tracing; return the keystroke times (ms)."""
    context = chromium.new_context()
    page = context.new_page()
    page.goto(base + "search/index.html")
    page.wait_for_function("window.archivistSearchPage !== undefined")
    page.evaluate(browser.HELPERS)
    chromium.start_tracing(page=page, path=str(trace), categories=CATEGORIES)
    page.evaluate(browser.MEASURE, query)
    page.evaluate(browser.PREFETCH_START)
    times = page.evaluate(browser.TYPING, [[""] + browser.typing_steps(query), browser.PACE_MS])[1:]
    chromium.stop_tracing()
    context.close()
    return [drawn for drawn, _ in times]


def file_kind(url: str) -> str | None:
    """Return the kind of index file a script URL is (k, d, r, f, manifest, filters), or None."""
    if "/search/" not in url:
        return None
    rest = url.split("/search/", 1)[1]
    return rest.split("/", 1)[0] if "/" in rest else rest.removesuffix(".js")


def evaluations(trace: Path) -> dict[str, list[float]]:
    """Return kind -> durations (ms) of the index files evaluated on the renderer's main thread."""
    data = json.loads(trace.read_text())
    events = data["traceEvents"] if isinstance(data, dict) else data
    main = {(e["pid"], e["tid"]) for e in events
            if e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"}
    found = defaultdict(list)
    for event in events:
        if event.get("name") == "EvaluateScript" and (event["pid"], event["tid"]) in main:
            kind = file_kind(event.get("args", {}).get("data", {}).get("url", ""))
            if kind:
                found[kind].append(event.get("dur", 0) / 1000)
    return found


def main() -> None:
    """Trace each query's rounds; print keystrokes and evaluation times per file kind."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("queries", nargs="*", default=["startup", "인재"])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    browser.write_page(args.site)
    with browser.serve(args.site, False) as base, sync_playwright() as p, tempfile.TemporaryDirectory() as folder:
        chromium = p.chromium.launch(executable_path=browser.CHROMIUM, args=browser.ARGS)
        browser.measure_query(chromium, base, args.site, "warm up")
        for query in args.queries:
            for round_ in range(args.rounds):
                trace = Path(folder) / "trace.json"
                keys = traced_typing(chromium, base, query, trace)
                print(f"{query} round {round_ + 1}: keys ms {[round(ms) for ms in keys]}")
                for kind, times in sorted(evaluations(trace).items()):
                    print(f"  {kind:9s} {len(times):3d} files, evaluated in {sum(times):6.1f} ms, longest {max(times):5.1f} ms")
        chromium.close()


if __name__ == "__main__":
    main()
