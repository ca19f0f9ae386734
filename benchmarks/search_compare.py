#!/usr/bin/env python3
"""Compare the search page of two built sites in Chromium, side by side in one run.

    python benchmarks/search_compare.py BEFORE_SITE AFTER_SITE [--repeat 3] [--http2] [--slowdown 4] [--json OUT]

Each site is a folder holding search/ (the index and search/index.html) and
static/ (its own search scripts), as search_bench.py --browser
leaves it under --work (or tests/search/browser_site.write_page writes it).
Both are served on 127.0.0.1 with gzip at once (HTTP/1.1 from Python, or with
--http2 HTTPS + HTTP/2 from Node, as GitHub Pages serves); for every query the runs
alternate between them, so both see the same machine load. Figures are those
of benchmarks/search_browser.py: medians over the runs. --slowdown N runs each page's
main thread N times slower (Chromium's CPU throttling), a steadier stand-in for a busy
machine than the load other jobs happen to put on it.
"""
import argparse
import contextlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from search_bench import PAYLOAD_QUERIES, median  # noqa: E402
from search_browser import ARGS, CHROMIUM, measure_query, serve, summarize  # noqa: E402


def compare(sites: list[Path], queries: list[str], repeat: int, http2: bool = False,
            slowdown: float = 1) -> list[list[dict]]:
    """Return, per site, one summarized row per query, runs interleaved across sites."""
    from playwright.sync_api import sync_playwright

    runs: list[dict] = {i: {q: [] for q in queries} for i in range(len(sites))}
    with contextlib.ExitStack() as stack, sync_playwright() as p:
        bases = [stack.enter_context(serve(site, http2)) for site in sites]
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for base, site in zip(bases, sites):
            measure_query(browser, base, site, "warm up", slowdown=slowdown)
        for query in queries:
            for _ in range(repeat):
                for i, (base, site) in enumerate(zip(bases, sites)):
                    runs[i][query].append(measure_query(browser, base, site, query, slowdown=slowdown))
        browser.close()
    return [[summarize(runs[i][q]) for q in queries] for i in range(len(sites))]


def print_side_by_side(names: list[str], tables: list[list[dict]]) -> None:
    """Print per query the first-results and keystroke medians of each site."""
    print(f"{'query':<18}" + "".join(f"{n[:26]:>28}" for n in names))
    print(f"{'':<18}" + "".join(f"{'KB  first  maxkey  medkey':>28}" for _ in names))
    for rows in zip(*tables):
        cells = [f"{r['gz'] / 1024:5.1f} {r['first_ms']:6.0f} {r['max_keystroke_ms']:7.1f} "
                 f"{r['median_keystroke_ms']:7.1f}" for r in rows]
        print(f"{rows[0]['query']:<18}" + "".join(f"{c:>28}" for c in cells))
    for name, rows in zip(names, tables):
        keys = [ms for r in rows for ms in r["keystroke_ms"]]
        worked = [ms for r in rows for ms in r["worked_keystroke_ms"]]
        firsts = [r["first_ms"] for r in rows]
        print(f"{name}: first query at most {max(r['gz'] for r in rows) / 1024:.1f} KB; first results "
              f"median {median(firsts):.0f} ms, max {max(firsts):.0f} ms; keystrokes median "
              f"{median(worked):.1f} ms, worst {max(keys):.1f} ms, {sum(ms > 30 for ms in keys)} of "
              f"{len(keys)} over 30 ms; snippets complete median "
              f"{median([r['median_complete_ms'] for r in rows]):.0f} ms (not before the next key: "
              f"{sum(r['snippets_missing'] for r in rows)} keys); keys drawn before their cards "
              f"{sum(r.get('late_cards', 0) for r in rows)}, cards "
              f"{median([r['median_cards_ms'] for r in rows if r.get('late_cards')] or [0.0]):.0f} ms after the key")


def main() -> None:
    """Parse arguments, measure both sites, print and save the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", type=Path, nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--queries", nargs="+", default=PAYLOAD_QUERIES)
    parser.add_argument("--http2", action="store_true", help="serve over HTTPS/HTTP/2 (node)")
    parser.add_argument("--slowdown", type=float, default=1, help="CPU throttling rate of each page")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    tables = compare(args.sites, args.queries, args.repeat, args.http2, args.slowdown)
    print_side_by_side([str(site) for site in args.sites], tables)
    if args.json:
        args.json.write_text(json.dumps(tables, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
