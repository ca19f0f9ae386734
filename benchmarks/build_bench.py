#!/usr/bin/env python3
"""Build benchmark: archivist and Hugo side by side, in one run, on the same synthetic corpus.

    python benchmarks/build_bench.py --corpus-script ../shared/corpus/make_corpus.py --counts 1000 10000
    python benchmarks/build_bench.py --counts 100000 --runs 1 --no-hugo --no-serve   # the scale run

For each size it measures, as medians of --runs runs interleaved with Hugo's:
cold build from nothing, cold build with --clean over an existing output,
rebuild with nothing changed, rebuild after one article is edited, peak memory
of a cold build (the whole process tree: sum of PSS, and the largest RSS), and
with --serve, the time from saving an edit to the reloaded page in Chromium.

Hugo is timed the same two cold ways: into an empty public/ and over the public/
of its last build (which it rewrites in place). Creating thousands of files and
folders costs seconds on some file systems, so only like is compared with like.
Times come from runs without the memory sampler (reading a large process's
smaps slows it); the peaks from a separate run each.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from hugo_site import hugo_binary, make_hugo_site  # noqa: E402


def descendants(pid: int) -> list[int]:
    """Return pid and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def memory_of(pid: int) -> tuple[int, int]:
    """Return (PSS in bytes, RSS in bytes) of one process, 0s if it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            fields = dict(line.split(":", 1) for line in handle if ":" in line)
        return int(fields["Pss"].split()[0]) * 1024, int(fields["Rss"].split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        return 0, 0


class Sampler(threading.Thread):
    """Samples a process tree's memory until stopped; keeps the peaks."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.stopped = pid, threading.Event()
        self.peak_pss = self.peak_rss = 0

    def run(self) -> None:
        while not self.stopped.is_set():
            sizes = [memory_of(p) for p in descendants(self.pid)]
            self.peak_pss = max(self.peak_pss, sum(s[0] for s in sizes))
            self.peak_rss = max(self.peak_rss, max((s[1] for s in sizes), default=0))
            self.stopped.wait(0.05)


def user_environment() -> dict[str, str]:
    """Return this environment as a user's shell has it: Python writes and reuses .pyc files.

    Some sandboxes set PYTHONDONTWRITEBYTECODE, which makes every run compile
    archivist's modules from source again (about 50 ms a command).
    """
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], cwd: Path | None = None, sample: bool = False) -> dict:
    """Run a command; return its wall time and, if sampled, peak memory. Fail loudly on error."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=user_environment())
    sampler = Sampler(process.pid) if sample else None
    if sampler:
        sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    if sampler:
        sampler.stopped.set()
        sampler.join()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err[-2000:]}")
    result = {"seconds": seconds, "stdout": out.strip()[-300:]}
    if sampler:
        result.update(pss_mb=sampler.peak_pss / 2**20, rss_mb=sampler.peak_rss / 2**20)
    return result


def site_config(work: Path) -> Path:
    """Return a site.yaml in the work folder (so the build cache lives there too)."""
    config = work / "site.yaml"
    config.write_text((REPO / "site.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return config


def archivist(corpus: Path, output: Path, *flags: str) -> list[str]:
    """Return the archivist build command for a corpus."""
    return [sys.executable, str(REPO / "build.py"), "build", "--content", str(corpus), "--output", str(output),
            "--config", str(site_config(output.parent)), *flags]


def forget_archivist(output: Path) -> None:
    """Remove an archivist output, its standby tree and the build cache (a build from nothing)."""
    for path in (output, output.with_name(f".{output.name}.standby"), output.parent / ".archivist-cache"):
        shutil.rmtree(path, ignore_errors=True)


def edit_one(corpus: Path, run: int) -> None:
    """Append a sentence to one article (a different one each run)."""
    files = sorted(corpus.rglob("*.md"))
    target = files[(run * 7919) % len(files)]
    with open(target, "a", encoding="utf-8") as handle:
        handle.write(f"\n\n벤치마크 편집 {run} 번째 문장입니다.\n")


def retitle_one(corpus: Path, run: int) -> None:
    """Change the title of one article (other pages show it, so more pages change)."""
    files = sorted(corpus.rglob("*.md"))
    target = files[(run * 4243 + 17) % len(files)]
    text = target.read_text(encoding="utf-8")
    target.write_text(re.sub(r"^title: .*$", f'title: "벤치마크 제목 {run}"', text, count=1, flags=re.M), encoding="utf-8")


def median(values: list[float]) -> float:
    """Return the median."""
    return statistics.median(values) if values else float("nan")


def bench_size(count: int, args, work: Path) -> dict:
    """Measure one corpus size; return the figures."""
    corpus = work / f"corpus-{count}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(args.corpus_script), str(corpus), "--count", str(count)], check=True,
                       capture_output=True)
    output = work / f"archivist-{count}"
    hugo = hugo_binary() if args.hugo else None
    hugo_site = make_hugo_site(corpus, work / f"hugo-{count}") if hugo else None
    figures: dict[str, list] = {}

    def add(name: str, value: float) -> None:
        figures.setdefault(name, []).append(value)

    for run in range(args.runs):
        forget_archivist(output)
        add("archivist cold (from nothing) s", timed(archivist(corpus, output))["seconds"])
        add("archivist cold --clean over existing output s", timed(archivist(corpus, output, "--clean"))["seconds"])
        add("archivist nothing changed s", timed(archivist(corpus, output))["seconds"])
        edit_one(corpus, run)
        add("archivist one article edited (body) s", timed(archivist(corpus, output))["seconds"])
        retitle_one(corpus, run)
        add("archivist one article edited (title) s", timed(archivist(corpus, output))["seconds"])
        forget_archivist(output)
        peaks = timed(archivist(corpus, output), sample=True)
        add("archivist cold peak PSS MB", peaks["pss_mb"])
        add("archivist cold largest RSS MB", peaks["rss_mb"])
        if hugo:
            public = hugo_site / "public"
            shutil.rmtree(public, ignore_errors=True)
            add("hugo cold (from nothing) s", timed([hugo, "--quiet", "-s", str(hugo_site)])["seconds"])
            # Hugo has no incremental build: a rebuild after an edit is this same full run.
            add("hugo cold over existing output s", timed([hugo, "--quiet", "-s", str(hugo_site)])["seconds"])
            shutil.rmtree(public, ignore_errors=True)
            add("hugo cold peak PSS MB", timed([hugo, "--quiet", "-s", str(hugo_site)], sample=True)["pss_mb"])
    if args.serve:
        from serve_bench import reload_latency

        for kind, values in reload_latency(corpus, output, args.runs).items():
            figures[f"serve: {kind} saved → page reloaded s"] = values
    return {name: {"median": median(values), "runs": values} for name, values in figures.items()}


def compile_bytecode() -> None:
    """Write archivist's bytecode cache, as a user's first run does.

    Python caches compiled modules in __pycache__ on the first import; an
    environment that sets PYTHONDONTWRITEBYTECODE (this sandbox does) would
    otherwise compile every module on every run, a cost no user's rebuild pays.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "archivist")], check=True)


# (archivist figure, Hugo figure, label): each ratio compares builds that start alike.
RATIOS = (
    ("archivist cold --clean over existing output s", "hugo cold over existing output s",
     "--clean / Hugo, both over an existing output"),
    ("archivist cold (from nothing) s", "hugo cold (from nothing) s", "from nothing / Hugo from nothing"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-script", type=Path, default=REPO / "tests/fixtures/make_corpus.py")
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/archivist-bench"))
    parser.add_argument("--no-hugo", dest="hugo", action="store_false")
    parser.add_argument("--no-serve", dest="serve", action="store_false")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    results = {}
    for count in args.counts:
        results[count] = bench_size(count, args, args.work)
        print(f"\n{count:,} articles (median of {args.runs}; runs in brackets)")
        for name, value in results[count].items():
            runs = ", ".join(f"{v:.2f}" for v in value["runs"])
            print(f"  {name:48s} {value['median']:8.2f}   [{runs}]")
        for ours, theirs, label in RATIOS:
            if theirs in results[count]:
                ratio = results[count][ours]["median"] / results[count][theirs]["median"]
                print(f"  {label:48s} {ratio:8.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
