#!/usr/bin/env python3
"""Benchmark the search index: build time and memory, sizes, first-query payload, recall.

    python benchmarks/search_bench.py ../shared/corpus/make_corpus.py [--counts 1000 10000]
        [--real-cases ../shared/cleaning-dev/cases] [--browser [--http2]] [--json OUT]
    python benchmarks/search_bench.py MAKE_CORPUS --sessions-of SITE [SITE ...]   # session transfer only
    python benchmarks/search_bench.py MAKE_CORPUS --builds CHECKOUT [CHECKOUT ...] [--counts 100000]
        [--repeat 2] [--work DIR]   # index build time and memory only, checkouts interleaved

For each count it generates the corpus with make_corpus.py, builds the index
in a child process (time, peak RSS), writes it to a temporary folder, runs the
queries through the real engine (templates/static/search-*.js under Node) to
see which files a first query loads, and sums their gzip sizes (level 6) plus
the engine's. Recall: 50 nouns of the corpus vocabulary against a Python
oracle (every article with a word starting with the noun). It also sums what
a search session downloads (benchmarks/search_session.mjs: the first query,
five more keys, "newest first", a tag filter). --browser also
measures latency in Chromium (benchmarks/search_browser.py).
"""
import argparse
import gzip
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from search_corpus import read_article, read_corpus  # noqa: E402

from archivist.search.tokenize import fold_text, tokenize  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "search"))
from browser_site import ENGINE, SCRIPTS  # noqa: E402

EXAMPLE = ROOT / "content" / "2024" / "03" / "ai-engineer-talent-war.md"
STATIC = ROOT / "templates" / "static"
# A session: the first query, then five keys typing " " and the next word (search_session.mjs).
SESSIONS = [["쟁탈전", "인재"], ["인공지능", "반도체"], ["금리", "전망"], ["AI", "cloud"], ["반도체", "수출"],
            ["앤스로픽", "투자"], ["startup", "hiring"], ["정부 정책", "규제"]]
SESSION_BUDGET_KB = {10_000: 150, 100_000: 300}
PAYLOAD_QUERIES = ["쟁탈전", "인재", "업계", "앤스로픽", "대규모언어모델", "인공지능 인재",
                   '"인재 전쟁"', "반", "AI", "cloud computing", "startup", "금리 환율 전망"]
BUILD_CHILD = """
import json, os, resource, sys, threading, time
sys.path[:0] = {paths!r}
from search_corpus import read_corpus, read_article
from pathlib import Path
try:  # the index made file by file, as a writer takes it
    from archivist.search.index import search_index_files as build_search_index
except ImportError:  # a checkout from before search_index_files
    from archivist.search.index import build_search_index


def tree_pss_kb():
    # PSS of this process and its children (the tokenizing workers): pages shared after the fork
    # count once in all, where RSS would count them in every process.
    pids = [os.getpid()]
    for task in os.listdir("/proc/self/task"):
        try:
            pids += [int(p) for p in open(f"/proc/self/task/{{task}}/children").read().split()]
        except OSError:
            pass
    total = 0
    for pid in pids:
        try:
            for line in open(f"/proc/{{pid}}/smaps_rollup"):
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


peak_pss = [0]
done = threading.Event()


def sample():
    while not done.wait(0.02):
        peak_pss[0] = max(peak_pss[0], tree_pss_kb())


docs = read_corpus(Path({corpus!r}))
docs.append(read_article(Path({example!r}), len(docs), Path({example_root!r})))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
out = Path({out!r})
# Time spent in the index code only (files are written as they come, outside the timer).
start = time.perf_counter()
files = iter(build_search_index(docs))
seconds = time.perf_counter() - start
while True:
    start = time.perf_counter()
    item = next(files, None)
    seconds += time.perf_counter() - start
    if item is None:
        break
    target = out / item[0]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(item[1])
done.set()
sampler.join()
# Tokenizing runs in one forked worker per core: count each at the largest worker's peak RSS,
# on top of this process's (an upper bound: RSS counts the pages they share with it too).
from archivist.parallel import default_jobs
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak = own + default_jobs() * resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
cpu = sum(u.ru_utime + u.ru_stime for u in usage)  # with the workers' (all reaped by now); reading included
print(json.dumps({{"seconds": seconds, "cpu_seconds": cpu, "peak_rss_mb": peak / 1024, "own_rss_mb": own / 1024,
                  "peak_pss_mb": peak_pss[0] / 1024, "build_rss_mb": (peak - before) / 1024,
                  "docs": len(docs)}}))
"""


def make_corpus(script: Path, out: Path, count: int) -> None:
    """Run make_corpus.py to write count articles under out."""
    subprocess.run([sys.executable, str(script), str(out), "--count", str(count)],
                   check=True, capture_output=True)


def build_in_child(corpus: Path, out: Path, checkout: Path = ROOT) -> dict:
    """Build the index in a fresh process with the code of checkout; return its time and memory figures."""
    code = BUILD_CHILD.format(paths=[str(checkout), str(checkout / "benchmarks")], corpus=str(corpus),
                              example=str(EXAMPLE), example_root=str(ROOT / "content"), out=str(out))
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def gz_size(data: bytes) -> int:
    """Return the gzip (level 6) size of data."""
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def size_table(index: Path) -> dict:
    """Return per-kind file count, raw and gzip totals and largest gzip file."""
    table: dict = defaultdict(lambda: {"files": 0, "raw": 0, "gz": 0, "max_gz": 0})
    for path in sorted(index.rglob("*.js")):
        rel = path.relative_to(index)
        kind = rel.parts[0] if len(rel.parts) > 1 else rel.name
        data = path.read_bytes()
        row, size = table[kind], gz_size(data)
        row["files"] += 1
        row["raw"] += len(data)
        row["gz"] += size
        row["max_gz"] = max(row["max_gz"], size)
    return dict(table)


def corpus_nouns(script: Path) -> list[str]:
    """Return 50 nouns of make_corpus.py's Korean vocabulary (every second word)."""
    spec = importlib.util.spec_from_file_location("make_corpus", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.KO_WORDS[::2])[:50]


def oracle(docs: list[dict], nouns: list[str]) -> dict[str, set[str]]:
    """Return noun -> urls of documents having a word that starts with the noun."""
    by_token: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        text = " ".join([doc["title"], doc["text"], *doc["tags"], *doc["reporters"]])
        for token in set(tokenize(text)):
            by_token[token].add(doc["url"])
    return {noun: set().union(*(urls for token, urls in by_token.items() if token.startswith(noun)))
            for noun in nouns}


def run_node(index: Path, payload: list[str], recall: list[str]) -> dict:
    """Return the Node runner's figures for the given queries."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({"payload": payload, "recall": recall}, handle, ensure_ascii=False)
    result = subprocess.run(["node", str(ROOT / "benchmarks" / "search_node.mjs"), str(index),
                             handle.name], check=True, capture_output=True, text=True)
    Path(handle.name).unlink()
    return json.loads(result.stdout)


def scripts_gz(names: tuple[str, ...] = SCRIPTS) -> int:
    """Return the gzip size of the search page's scripts, each file compressed alone as a server sends it."""
    return sum(gz_size((STATIC / name).read_bytes()) for name in names)


def session_rows(index: Path, sessions: list[list[str]] = SESSIONS) -> list[dict]:
    """Return per session the gzip bytes it downloads: the page's scripts and every index file, by step."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(sessions, handle, ensure_ascii=False)
    command = ["node", str(ROOT / "benchmarks" / "search_session.mjs"), str(index), handle.name]
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    Path(handle.name).unlink()
    scripts = scripts_gz()
    rows = []
    for run in json.loads(result.stdout):
        sizes = [gz_size((index / name).read_bytes()) for name in run["files"]]
        marks = run["marks"]
        steps = {"scripts": scripts, "first": sum(sizes[:marks["first"]]),
                 "keys": sum(sizes[marks["first"]:marks["keys"]]),
                 "newest": sum(sizes[marks["keys"]:marks["newest"]]), "filter": sum(sizes[marks["newest"]:])}
        kinds: dict = defaultdict(int)
        for name, size in zip(run["files"], sizes):
            kinds[name.split("/")[0] if "/" in name else name] += size
        rows.append({"session": f"{run['first']} + {run['next']}", "files": len(sizes), "steps": steps,
                     "kinds": dict(kinds), "total_gz": scripts + sum(sizes)})
    return rows


def print_sessions(count: int, rows: list[dict]) -> None:
    """Print what each search session downloads, gzip, by step and by kind of file."""
    print(f"{'session':<22}{'files':>6}{'total KB':>9}{'scripts':>8}{'first':>7}{'5 keys':>7}{'newest':>7}"
          f"{'filter':>7}  by kind (KB)")
    for row in rows:
        steps = row["steps"]
        kinds = ", ".join(f"{kind} {size / 1024:.1f}" for kind, size in sorted(row["kinds"].items()))
        print(f"{row['session']:<22}{row['files']:>6}{row['total_gz'] / 1024:>9.1f}"
              + "".join(f"{steps[step] / 1024:>{width}.1f}" for step, width in
                        (("scripts", 8), ("first", 7), ("keys", 7), ("newest", 7), ("filter", 7)))
              + f"  {kinds}")
    totals = [row["total_gz"] / 1024 for row in rows]
    budget = SESSION_BUDGET_KB.get(count)
    print(f"session transfer (first query, five keys, newest first, a tag filter): median {median(totals):.1f} KB, "
          f"at most {max(totals):.1f} KB gzip" + (f" (budget {budget} KB)" if budget else ""))


def doc_urls(index: Path) -> list[str]:
    """Return the url of every document number in the built index."""
    count = len(list((index / "d").glob("*.js")))
    return [json.loads((index / "d" / f"{n}.js").read_text()[len("archivistSearchData("):-3]
                       .split(",", 1)[1])["u"] for n in range(count)]


def payload_rows(index: Path, runs: list[dict]) -> list[dict]:
    """Return per query: files loaded, gzip bytes (engine included), times."""
    engine = scripts_gz(ENGINE)
    rows = []
    for run in runs:
        sizes = {name: gz_size((index / name).read_bytes()) for name in run["files"]}
        shards = sum(size for name, size in sizes.items() if name.startswith("k/"))
        docs = sum(size for name, size in sizes.items() if name.startswith(("d/", "c/")))  # texts and cards
        rows.append({
            "query": run["query"], "results": run["total"], "files": len(sizes),
            "engine_gz": engine, "manifest_gz": sizes.get("manifest.js", 0),
            "shards_gz": shards, "docs_gz": docs, "total_gz": engine + sum(sizes.values()),
            "first_ms_node": round(run["first_ms"], 1),
            "max_keystroke_ms_node": round(max(run["keystroke_ms"]), 1),
        })
    return rows


def recall_rows(index: Path, docs: list[dict], nouns: list[str], runs: list[dict]) -> dict:
    """Return recall of the shown results against the word-start oracle, per noun and overall.

    The index gives candidates; for words the index alone over-approximates
    (3+ syllables) the engine shows a candidate only if the folded text contains
    the word, which is applied here the same way.
    """
    urls = doc_urls(index)
    texts = {doc["url"]: fold_text(" ".join([doc["title"], doc["text"], *doc["tags"],
                                              *doc["reporters"]])) for doc in docs}
    truth = oracle(docs, nouns)
    rows = []
    for noun, run in zip(nouns, runs):
        candidates = {urls[n] for n in run["numbers"]}
        shown = {url for url in candidates if not run["checked"] or noun in texts[url]}
        expected = truth[noun]
        rows.append({"noun": noun, "expected": len(expected), "candidates": len(candidates),
                     "shown": len(shown), "missed": len(expected - shown)})
    missed = sum(row["missed"] for row in rows)
    expected = sum(row["expected"] for row in rows)
    return {"queries": len(rows), "expected": expected, "missed": missed,
            "shown": sum(row["shown"] for row in rows),
            "recall": 1 - missed / expected if expected else 1.0, "rows": rows}


def example_ranks(index: Path, queries: list[str]) -> dict[str, int | None]:
    """Return the 1-based rank of the example article for each query."""
    runs = run_node(index, [], queries)["recall"]
    urls = doc_urls(index)
    example = "2024/03/ai-engineer-talent-war/index.html"
    ranks = {}
    for run in runs:
        ordered = [urls[n] for n in run["numbers"]]
        ranks[run["query"]] = ordered.index(example) + 1 if example in ordered else None
    return ranks


def real_text_ranks(cases: Path, work: Path) -> dict:
    """Build an index of the real Korean cases plus the example; rank the example."""
    from archivist.search.index import build_search_index

    docs = [read_article(EXAMPLE, 0, ROOT / "content")]
    for number, case in enumerate(sorted(cases.glob("ko0[1-9]*/expected.json")), start=1):
        data = json.loads(case.read_text(encoding="utf-8"))
        day = data["date"][:10]
        docs.append({"id": number, "url": f"real/{case.parent.name}/index.html",
                     "title": data["title"], "date": day, "year": int(day[:4]),
                     "reporters": data["reporters"], "tags": [], "text": data["body"],
                     "lang": "ko"})
    out = work / "real"
    shutil.rmtree(out, ignore_errors=True)
    for path, data in build_search_index(docs):
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)
    return {"documents": len(docs),
            "ranks": example_ranks(out / "search", ["앤스로픽", "저커버그", "쟁탈전"])}


def bench_count(script: Path, count: int, work: Path, nouns: list[str]) -> dict:
    """Return every figure for one corpus size."""
    corpus = work / f"corpus-{count}"
    shutil.rmtree(corpus, ignore_errors=True)
    make_corpus(script, corpus, count)
    out = work / f"site-{count}"
    shutil.rmtree(out, ignore_errors=True)
    build = build_in_child(corpus, out)
    index = out / "search"
    docs = read_corpus(corpus)
    docs.append(read_article(EXAMPLE, len(docs), ROOT / "content"))
    node = run_node(index, PAYLOAD_QUERIES, nouns)
    return {
        "count": count, "build": build, "sizes": size_table(index),
        "payload": payload_rows(index, node["payload"]),
        "recall": recall_rows(index, docs, nouns, node["recall"]),
        "example_ranks_in_synthetic": example_ranks(index, ["앤스로픽", "저커버그", "쟁탈전"]),
        "sessions": session_rows(index),
        "site": str(out),
    }


def print_report(report: dict) -> None:
    """Print one corpus size's figures as plain text tables."""
    build = report["build"]
    print(f"\n== {report['count']} articles (+ the example article) ==")
    print(f"build: {build['seconds']:.2f} s, peak PSS of the process and its workers {build['peak_pss_mb']:.0f} MB; "
          f"peak RSS {build['own_rss_mb']:.0f} MB, counting each worker's peak RSS too {build['peak_rss_mb']:.0f} MB "
          f"(+{build['build_rss_mb']:.0f} MB during the build)")
    print(f"{'kind':<12}{'files':>7}{'raw KB':>10}{'gzip KB':>10}{'max gz KB':>11}")
    for kind, row in sorted(report["sizes"].items()):
        print(f"{kind:<12}{row['files']:>7}{row['raw'] / 1024:>10.0f}{row['gz'] / 1024:>10.0f}"
              f"{row['max_gz'] / 1024:>11.1f}")
    print(f"{'first query':<18}{'hits':>6}{'files':>6}{'total gz KB':>12}{'shards':>8}"
          f"{'docs':>7}{'manif.':>8}{'node ms':>8}{'keys ms':>8}")
    for row in report["payload"]:
        print(f"{row['query']:<18}{row['results']:>6}{row['files']:>6}{row['total_gz'] / 1024:>12.1f}"
              f"{row['shards_gz'] / 1024:>8.1f}{row['docs_gz'] / 1024:>7.1f}"
              f"{row['manifest_gz'] / 1024:>8.1f}{row['first_ms_node']:>8.1f}"
              f"{row['max_keystroke_ms_node']:>8.1f}")
    worst = max(report["payload"], key=lambda row: row["total_gz"])
    print(f"largest first query: {worst['total_gz'] / 1024:.1f} KB gzip ({worst['query']}); "
          f"budget 100 KB")
    recall = report["recall"]
    print(f"recall: {recall['recall']:.2%} over {recall['queries']} nouns "
          f"({recall['expected']} expected hits, {recall['missed']} missed, "
          f"{recall['shown']} shown)")
    print(f"example article rank in this corpus: {report['example_ranks_in_synthetic']}")
    print_sessions(report["count"], report["sessions"])


def compare_builds(script: Path, counts: list[int], checkouts: list[Path], repeat: int, work: Path) -> None:
    """Print the index build's time and memory with each checkout's code, builds interleaved, on one corpus per count."""
    for count in counts:
        corpus = work / f"corpus-{count}"
        if not corpus.is_dir():
            make_corpus(script, corpus, count)
        for round_ in range(repeat):
            for n, checkout in enumerate(checkouts):
                out = work / f"build-{count}-{n}"
                shutil.rmtree(out, ignore_errors=True)
                b = build_in_child(corpus, out, checkout.resolve())
                print(f"{count} articles, {checkout}, round {round_ + 1}: {b['seconds']:.1f} s "
                      f"(CPU {b['cpu_seconds']:.1f} s with reading the corpus), peak PSS "
                      f"{b['peak_pss_mb']:.0f} MB, own peak RSS {b['own_rss_mb']:.0f} MB, with workers' RSS "
                      f"{b['peak_rss_mb']:.0f} MB", flush=True)


def main() -> None:
    """Parse arguments, run the benchmark for each count, print and save figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("make_corpus", type=Path)
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--real-cases", type=Path)
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--http2", action="store_true", help="serve over HTTPS/HTTP/2 (node)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--builds", type=Path, nargs="+", metavar="CHECKOUT",
                        help="only time the index build with each checkout's code on one corpus, interleaved")
    parser.add_argument("--repeat", type=int, default=1, help="with --builds: builds per checkout")
    parser.add_argument("--sessions-of", type=Path, nargs="+", metavar="SITE",
                        help="only print the session transfer of already built sites (SITE/search)")
    args = parser.parse_args()
    if args.sessions_of:
        for site in args.sessions_of:
            count = json.loads((site / "search" / "manifest.js").read_text()[len("archivistSearchData("):-3]
                               .split(",", 1)[1])["count"]
            print(f"\n== {site}: {count} articles ==")
            print_sessions(count - 1, session_rows(site / "search"))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="archivist-search-bench-"))
    if args.builds:
        compare_builds(args.make_corpus, args.counts, args.builds, args.repeat, work)
        return
    nouns = corpus_nouns(args.make_corpus)
    reports = []
    for count in args.counts:
        report = bench_count(args.make_corpus, count, work, nouns)
        if args.browser:
            from search_browser import browser_figures
            report["browser"] = browser_figures(Path(report["site"]), PAYLOAD_QUERIES,
                                                http2=args.http2)
        print_report(report)
        if args.browser:
            print_browser(report["browser"])
        reports.append(report)
    if args.real_cases:
        real = real_text_ranks(args.real_cases, work)
        print(f"\nreal text ({real['documents']} articles): example rank {real['ranks']}")
        reports.append({"real_text": real})
    if args.json:
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=1))


def median(values: list[float]) -> float:
    """Return the median of values."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def print_browser(rows: list[dict]) -> None:
    """Print the Chromium figures: bytes over the wire and times per query."""
    print(f"{'chromium':<18}{'gz KB':>8}{'requests':>9}{'first ms':>10}{'+snip ms':>9}"
          f"{'max key ms':>11}{'med key ms':>11}{'+snip ms':>9}{'cards ms':>10}")
    for row in rows:
        print(f"{row['query']:<18}{row['gz'] / 1024:>8.1f}{row['requests']:>9}"
              f"{row['first_ms']:>10.0f}{row['first_complete_ms']:>9.0f}"
              f"{row['max_keystroke_ms']:>11.1f}{row['median_keystroke_ms']:>11.1f}"
              f"{row['median_complete_ms']:>9.1f}{row['median_cards_ms']:>10.0f}")
    keys = [ms for row in rows for ms in row["keystroke_ms"]]
    worked = [ms for row in rows for ms in row["worked_keystroke_ms"]]
    firsts = [row["first_ms"] for row in rows]
    print(f"first query (engine + UI + manifest + shards + results): at most {max(r['gz'] for r in rows) / 1024:.1f} KB "
          f"gzip; first results median {median(firsts):.0f} ms, at most {max(firsts):.0f} ms "
          f"(budget 100 KB, 300 ms)")
    print(f"per keystroke, typed at {rows[0].get('pace_ms', 120)} ms a key right after the first results "
          f"({len(keys)} keys, {len(worked)} changing the query): median {median(worked):.1f} ms, "
          f"worst {max(keys):.1f} ms, {sum(ms > 30 for ms in keys)} over 30 ms (budget 30 ms)")
    steady = [(ms, value) for row in rows for value, ms in row["key_medians"]]
    slow = ", ".join(f"{value!r} {ms:.1f} ms" for ms, value in sorted(steady, reverse=True) if ms > 30)
    print(f"each key as the median of its {len(keys) // len(steady)} repeats ({len(steady)} keys): worst "
          f"{max(steady)[0]:.1f} ms; over 30 ms: {slow or 'none'}")
    missing = sum(row["snippets_missing"] for row in rows)
    print(f"snippets complete after a keystroke: median {median([r['median_complete_ms'] for r in rows]):.0f} ms"
          f"; keys whose snippets were not all filled before the next key (or 3 s): {missing}")
    print(f"keys drawn before their cards (filled in later): {sum(r['late_cards'] for r in rows)}, cards in "
          f"{median([r['median_cards_ms'] for r in rows if r['late_cards']] or [0.0]):.0f} ms (median) after the key")
    external = [url for row in rows for url in row["external"]]
    print(f"requests outside the site: {len(external)}")


if __name__ == "__main__":
    main()
