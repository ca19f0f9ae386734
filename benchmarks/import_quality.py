#!/usr/bin/env python3
"""Measure the importer: quality on the cleaning cases (via their score.py) and speed.

usage: python benchmarks/import_quality.py CLEANING_DEV_DIR [--folder-test N] [--keep DIR]

Imports every case from raw.html and from raw.txt into temporary folders (one <id>.md each),
scores each set with CLEANING_DEV_DIR/score.py, and prints the body shingle F1 and field
accuracy per group, then pages per second for each path. Cases without raw.html are
scored for HTML on the cases that have one. A page with no date (the text-only example,
whose date the user gives) is written with a placeholder date: date accuracy is only
scored where the case annotates a date. --folder-test N also builds a folder of N distinct
text dumps (each case's dump headed by its own `Published` date), imports it with the real
command twice, and prints what each run did: the second must write nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.errors import ContentError  # noqa: E402
from archivist.importer import fields, noise, tags, write  # noqa: E402
from archivist.importer import text as text_path  # noqa: E402
from archivist.importer.command import main as import_main  # noqa: E402
from archivist.importer.extract import extract  # noqa: E402

PLACEHOLDER_DATE = "1970-01-01"
FIELDS = ("title", "reporters", "email", "date_day", "date_min")


def predict(raw: Path) -> str | None:
    """Return the Markdown the importer makes of one raw page, or None when it finds no article."""
    try:
        record = extract(raw.read_bytes(), str(raw))
    except ContentError:
        return None
    if not record.body.strip():
        return None
    record.date = record.date or PLACEHOLDER_DATE
    record.tags = tags.suggest(record.title, record.body, record.lang, record.keywords, Counter())
    return write.render(record)


def run_set(cases: list[Path], name: str, out: Path) -> None:
    """Write predictions for every case's raw file `name` into `out`."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for case in cases:
        text = predict(case / name)
        if text is not None:
            (out / f"{case.name}.md").write_text(text, encoding="utf-8")


def clear_caches() -> None:
    """Forget the per-line classification caches, so a timing run starts cold."""
    for cached in (noise.classify, noise.is_prose, fields.parse_byline, text_path.line_facts, tags._noun):
        cached.cache_clear()


def speed(cases: list[Path], name: str, repeats: int) -> tuple[float, float, float]:
    """Return (best, median) wall-clock pages per second of extract + tags + render over the cases, caches
    cold each time, and the best pages per CPU second (what the machine's other load does not change)."""
    pages = [(case / name).read_bytes() for case in cases]
    rates, cpu_rates = [], []
    for _ in range(repeats):
        clear_caches()
        start, cpu_start = time.perf_counter(), time.process_time()
        for data in pages:
            try:
                record = extract(data, name)
            except ContentError:
                continue
            record.tags = tags.suggest(record.title, record.body, record.lang, record.keywords, Counter())
            write.render(record)
        rates.append(len(pages) / (time.perf_counter() - start))
        cpu_rates.append(len(pages) / max(time.process_time() - cpu_start, 1e-9))
    rates.sort()
    return rates[-1], rates[len(rates) // 2], max(cpu_rates)


def score(score_py: Path, pred: Path, cases_dir: Path, work: Path) -> dict:
    """Run score.py on a prediction folder; return its per-group summary."""
    out = work / f"{pred.name}.json"
    subprocess.run([sys.executable, str(score_py), str(pred), "--cases", str(cases_dir), "--json", str(out),
                    "--quiet"], check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))["summary"]


def linked_cases(cases: list[Path], work: Path) -> Path:
    """Return a cases folder holding links to only the given cases (those with raw.html)."""
    folder = work / "html-cases"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for case in cases:
        os.symlink(case, folder / case.name)
    return folder


def fmt(value) -> str:
    """Return a score with three decimals, or '-' when the group has no such field."""
    return f"{value:.3f}" if isinstance(value, float) else "-"


def print_table(html: dict, txt: dict) -> None:
    """Print the quality table: body shingle F1 from HTML and from text, then text-path fields."""
    print(f"{'group':<6} {'n(html)':>7} {'F1 html':>8} {'n(txt)':>7} {'F1 text':>8}  "
          + "  ".join(f"{f + ' (html/txt)':>22}" for f in FIELDS))
    for group in ("ko", "aeb"):
        h, t = html.get(group, {}), txt.get(group, {})
        cols = "  ".join(f"{fmt(h.get(f)) + ' / ' + fmt(t.get(f)):>22}" for f in FIELDS)
        print(f"{group:<6} {h.get('n', 0):>7} {fmt(h.get('shingle_f1')):>8} {t.get('n', 0):>7} "
              f"{fmt(t.get('shingle_f1')):>8}  {cols}")


def distinct_dump(case: Path, k: int) -> str:
    """Return the case's text dump headed by its own publication date, so each copy is another article."""
    day = datetime.date(2000, 1, 1) + datetime.timedelta(days=k)
    return f"Published {day.isoformat()}\n\n" + (case / "raw.txt").read_text(encoding="utf-8")


def folder_test(cases: list[Path], count: int, work: Path) -> None:
    """Import a folder of `count` distinct text dumps twice; print the time and what the second run wrote."""
    folder, content = work / "dumps", work / "content"
    for path in (folder, content):
        if path.exists():
            shutil.rmtree(path)
    folder.mkdir()
    for k in range(count):
        case = cases[k % len(cases)]
        (folder / f"{k:04d}-{case.name}.txt").write_text(distinct_dump(case, k), encoding="utf-8")
    for attempt in (1, 2):
        start = time.perf_counter()
        with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet):
            code = import_main([str(folder), "--content", str(content), "--tags", "bench"])
        elapsed = time.perf_counter() - start
        files = sum(1 for _ in content.rglob("*.md"))
        print(f"folder run {attempt}: exit {code}, {elapsed:.1f}s ({count / elapsed:.0f} pages/s), "
              f"{files} files in content/", file=sys.stderr)


def main(argv=None) -> int:
    """Measure quality and speed; print the tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("--folder-test", type=int, default=0, metavar="N")
    parser.add_argument("--keep", type=Path, help="keep the predictions in this folder")
    parser.add_argument("--repeats", type=int, default=5, help="timing runs per path (default 5)")
    args = parser.parse_args(argv)
    args.cleaning_dev = args.cleaning_dev.resolve()  # the case links must work from a temporary folder
    cases = sorted(p for p in (args.cleaning_dev / "cases").iterdir() if (p / "expected.json").is_file())
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        html_cases = [c for c in cases if (c / "raw.html").is_file()]
        text_cases = [c for c in cases if (c / "raw.txt").is_file()]
        run_set(html_cases, "raw.html", work / "html")
        run_set(text_cases, "raw.txt", work / "txt")
        score_py = args.cleaning_dev / "score.py"
        html = score(score_py, work / "html", linked_cases(html_cases, work), work)
        txt = score(score_py, work / "txt", args.cleaning_dev / "cases", work)
        print_table(html, txt)
        html_best, html_median, html_cpu = speed(html_cases, "raw.html", args.repeats)
        text_best, text_median, text_cpu = speed(text_cases, "raw.txt", args.repeats)
        print(f"speed (one process, best / median of {args.repeats} cold runs, wall clock): "
              f"HTML {html_best:.1f} / {html_median:.1f} pages/s ({len(html_cases)} pages), "
              f"text {text_best:.1f} / {text_median:.1f} pages/s ({len(text_cases)} pages)")
        print(f"speed per CPU second of this process (less sensitive to other load, not immune): "
              f"HTML {html_cpu:.1f} pages/s, text {text_cpu:.1f} pages/s")
        if args.folder_test:
            folder_test(text_cases, args.folder_test, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
