#!/usr/bin/env python3
"""Measure the importer: quality on the cleaning cases (via their score.py) and speed.

usage: python benchmarks/import_quality.py CLEANING_DEV_DIR [--folder-test N] [--keep DIR]

Imports every case from raw.html and from raw.txt into temporary folders (one <id>.md each),
scores each set with CLEANING_DEV_DIR/score.py, and prints the body shingle F1 and field
accuracy per group, the Korean `source` accuracy (against expected.json's `outlet`, compared
after NFKC without spaces; score.py does not score it), then pages per second for each path. Cases without raw.html are
scored for HTML on the cases that have one. A page with no date (the text-only example,
whose date the user gives) is written with a placeholder date: date accuracy is only
scored where the case annotates a date. --folder-test N also builds a folder of N distinct
text dumps (each case's dump with its own `Published` date under its headline), imports it with the real
command twice, and prints what each run did: the second must write nothing (benchmarks/import_speed.py
times folders of all three dump styles and of saved pages). --as-folder reads each text dump with its
outlet's template, learnt from all the cases' dumps of that style, as a folder import does.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.errors import ContentError  # noqa: E402
from archivist.importer import fields, noise, tags, write  # noqa: E402
from archivist.importer import dump_lines, text as text_path  # noqa: E402
from archivist.importer.command import main as import_main  # noqa: E402
from archivist.importer.extract import extract, suggest_tags  # noqa: E402
from archivist.importer.template import templates  # noqa: E402
from benchmarks.import_split import PARTS, parts  # noqa: E402
from benchmarks.page_headline import title_agreement  # noqa: E402

PLACEHOLDER_DATE = "1970-01-01"
TEXT_STYLES = ("lynx", "w3m", "inner")
FIELDS = ("title", "reporters", "email", "date_day", "date_min")
STYLES = {"html": "raw.html", "trafilatura": "raw.html", "lynx": "raw.txt", "w3m": "raw.w3m.txt",
          "inner": "raw.inner.txt"}


def predict(raw: Path, template: frozenset[str] = frozenset()) -> str | None:
    """Return the Markdown the importer makes of one raw page (a text dump read with its outlet's
    template, when imported as a folder), or None when it finds no article."""
    try:
        record = extract(raw.read_bytes(), str(raw), template)
    except ContentError:
        return None
    if not record.body.strip():
        return None
    record.date = record.date or PLACEHOLDER_DATE
    record.tags = suggest_tags(record, Counter())
    return write.render(record)


def run_set(cases: list[Path], name: str, out: Path, as_folder: bool = False) -> None:
    """Write predictions for every case's raw file `name` into `out` (cases without that file are skipped);
    `as_folder`: text dumps read with the outlet templates learnt from all the cases' dumps of that style."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    learnt = templates([str(case / name) for case in cases if (case / name).is_file()]) if as_folder else {}
    for case in cases:
        if not (case / name).is_file():
            continue
        template = learnt.get(str(case / name), frozenset())
        text = trafilatura_alone(case / name) if out.name == "trafilatura" else predict(case / name, template)
        if text is not None:
            (out / f"{case.name}.md").write_text(text, encoding="utf-8")


def trafilatura_alone(raw: Path) -> str | None:
    """Return what trafilatura alone makes of a saved page, as Markdown with front matter (the baseline)."""
    import trafilatura
    import yaml

    doc = trafilatura.bare_extraction(raw.read_text(encoding="utf-8", errors="replace"), with_metadata=True)
    if doc is None or not doc.text:
        return None
    meta = {"title": doc.title or "", "reporter": doc.author or "", "date": doc.date or PLACEHOLDER_DATE,
            "source": doc.sitename or ""}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\n" + doc.text.replace("\n", "\n\n") + "\n"


def clear_caches() -> None:
    """Forget the per-line classification caches, so a timing run starts cold."""
    for cached in (noise.classify, noise.is_prose, fields.parse_byline, dump_lines.line_facts, tags._noun):
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
            record.tags = suggest_tags(record, Counter())
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


def linked_cases(cases: list[Path], folder: Path) -> Path:
    """Return `folder` holding links to only the given cases, for score.py to read."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for case in cases:
        os.symlink(case, folder / case.name)
    return folder


def same_outlet(predicted: str, expected: str) -> bool:
    """Return True when the predicted source names the expected outlet (NFKC, spaces ignored)."""
    def norm(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text or "").split()).lower()
    return bool(norm(expected)) and norm(predicted) == norm(expected)


def predicted_source(md: Path) -> str:
    """Return the `source` of a prediction file's front matter, or ''."""
    return str(front_matter(md).get("source") or "") if md.is_file() else ""


def source_accuracy(cases: list[Path], pred: Path) -> float | None:
    """Return the share of Korean cases whose predicted source is expected.json's `outlet` (None: no such case)."""
    hits = []
    for case in cases:
        if not case.name.startswith("ko"):
            continue
        outlet = json.loads((case / "expected.json").read_text(encoding="utf-8")).get("outlet")
        if outlet:
            hits.append(same_outlet(predicted_source(pred / f"{case.name}.md"), outlet))
    return sum(hits) / len(hits) if hits else None


def fmt(value) -> str:
    """Return a score with three decimals, or '-' when the group has no such field."""
    return f"{value:.3f}" if isinstance(value, float) else "-"


def short(value) -> str:
    """Return a field accuracy with two decimals, or '-' when the field is not annotated."""
    return f"{value:.2f}" if isinstance(value, float) else "-"


def score_parts(score_py: Path, cases: list[Path], split: dict[str, str], styles: list[str], work: Path,
                chosen_parts: tuple[str, ...] = PARTS) -> dict:
    """Return {(part, style): {group: summary}} for every chosen part of the split and every style scored."""
    results = {}
    for part in chosen_parts:
        for style in styles:
            name = STYLES[style]
            chosen = [c for c in cases if split[c.name] == part and (c / name).is_file()]
            folder = linked_cases(chosen, work / "parts" / f"{part}-{style}")
            results[part, style] = score(score_py, work / style, folder, work)
            results[part, style].setdefault("ko", {})["source"] = source_accuracy(chosen, work / style)
    return results


def print_table(results: dict, styles: list[str], chosen_parts: tuple[str, ...] = PARTS) -> None:
    """Print body shingle F1 per style, then field accuracy per style, for each group and chosen part."""
    print("body shingle F1 (pages)")
    print(f"{'group':<5} {'part':<6} " + " ".join(f"{s:>16}" for s in styles))
    for group in ("ko", "aeb"):
        for part in chosen_parts:
            cells = [results[part, s].get(group, {}) for s in styles]
            print(f"{group:<5} {part:<6} " + " ".join(
                f"{fmt(c.get('shingle_f1')) + ' (' + str(c.get('n', 0)) + ')':>16}" for c in cells))
    print("\nfields: title / reporters / email / date (day)")
    for group in ("ko", "aeb"):
        for part in chosen_parts:
            cells = [results[part, s].get(group, {}) for s in styles]
            print(f"{group:<5} {part:<6} " + " ".join(
                f"{' '.join(short(c.get(f)) for f in FIELDS[:4]):>16}"
                for c in cells))
    print("\nsource (the outlet) accuracy, Korean")
    for part in chosen_parts:
        print(f"{'ko':<5} {part:<6} " + " ".join(f"{short(results[part, s]['ko'].get('source')):>16}" for s in styles))
    print("(columns: " + ", ".join(styles) + ")")


def predicted_title(path: Path) -> str | None:
    """Return the title in a kept prediction's front matter (read as YAML: quotes and escapes undone), or
    None when there is no prediction."""
    if not path.is_file():
        return None
    return str(front_matter(path).get("title") or "")


def front_matter(md: Path) -> dict:
    """Return a prediction file's front matter as a mapping ({} when it has none or it is not YAML)."""
    return front_matter_text(md.read_text(encoding="utf-8"))


def front_matter_text(text: str) -> dict:
    """Return a prediction's front matter as a mapping ({} when it has none or it is not YAML)."""
    import yaml

    head = text.split("\n---", 1)[0].removeprefix("---") if text.startswith("---") else ""
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError:
        return {}
    return meta if isinstance(meta, dict) else {}


def print_title_agreement(cleaning_dev: Path, cases: list[Path], split: dict[str, str], styles: list[str],
                          work: Path) -> None:
    """Print, for the English pages, how often the text dump's title is the headline the page's HTML declares."""
    if not styles:
        return
    spec = importlib.util.spec_from_file_location("case_score", cleaning_dev / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    print("\naeb title from text dumps: agreement with the page's own headline (JSON-LD headline, else og:title,"
          " else first h1; site name removed; not a hand-checked answer)")
    print("part   style  agree/pages  printed (agrees with any headline the page gives, its h1 too)  "
          "junk (shares < half its words)  other  none (refused or no article)")
    for part in PARTS:
        chosen = [c for c in cases if c.name.startswith("aeb") and split[c.name] == part]
        for style in styles if chosen else ():
            counts = title_agreement(chosen, lambda c: predicted_title(work / style / f"{c.name}.md"),
                                     scorer.norm_title)
            share = counts["agree"] / max(counts["pages"], 1)
            printed = counts["printed"] / max(counts["pages"], 1)
            print(f"{part:<6} {style:<6} {share:.2f} ({counts['agree']}/{counts['pages']})  "
                  f"printed {printed:.2f} ({counts['printed']}/{counts['pages']})  "
                  f"junk {counts['junk']}  other {counts['other']}  none {counts['none']}")


def distinct_dump(case: Path, k: int, name: str = "raw.txt") -> str:
    """Return the case's text dump with its own publication date printed right under its headline (each
    copy of it: the importer reads dates only in the article's header, nearest the headline first), so
    each copy is another article."""
    day = datetime.date(2000, 1, 1) + datetime.timedelta(days=k)
    raw = (case / name).read_text(encoding="utf-8", errors="replace")
    lines = raw.split("\n")
    title = text_path.extract_text(raw, str(case)).title
    stamp = f"Published {day.isoformat()}"
    if not title or not any(line.strip() == title for line in lines):
        return f"{stamp}\n\n{raw}"
    return "\n".join(out for line in lines for out in ((line, stamp) if line.strip() == title else (line,)))


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
    parser.add_argument("--as-folder", action="store_true",
                        help="read text dumps as one folder import does: with the outlet templates the dumps teach")
    parser.add_argument("--repeats", type=int, default=5, help="timing runs per path (default 5; 0: no timing)")
    parser.add_argument("--styles", nargs="+", default=list(STYLES), choices=list(STYLES),
                        help="which inputs to score (default: all)")
    parser.add_argument("--parts", nargs="+", default=list(PARTS), choices=list(PARTS),
                        help="only these parts of the split (dev: the check part is not even imported)")
    args = parser.parse_args(argv)
    args.cleaning_dev = args.cleaning_dev.resolve()  # the case links must work from a temporary folder
    cases = sorted(p for p in (args.cleaning_dev / "cases").iterdir() if (p / "expected.json").is_file())
    split = parts(args.cleaning_dev)
    cases = [c for c in cases if split[c.name] in args.parts]
    with tempfile.TemporaryDirectory() as tmp:
        work = (args.keep or Path(tmp)).resolve()
        work.mkdir(parents=True, exist_ok=True)
        for style in args.styles:
            run_set(cases, STYLES[style], work / style, args.as_folder)
        chosen = tuple(p for p in PARTS if p in args.parts)
        results = score_parts(args.cleaning_dev / "score.py", cases, split, args.styles, work, chosen)
        print_table(results, args.styles, chosen)
        print_title_agreement(args.cleaning_dev, cases, split, [s for s in args.styles if s in TEXT_STYLES], work)
        if args.repeats:
            print_speed([c for c in cases if (c / "raw.html").is_file()], cases, args.repeats)
        if args.folder_test:
            folder_test([c for c in cases if (c / "raw.txt").is_file()], args.folder_test, work)
    return 0


def print_speed(html_cases: list[Path], text_cases: list[Path], repeats: int) -> None:
    """Print pages per second of the HTML and the text path."""
    html_best, html_median, html_cpu = speed(html_cases, "raw.html", repeats)
    text_best, text_median, text_cpu = speed(text_cases, "raw.txt", repeats)
    print(f"speed (one process, best / median of {repeats} cold runs, wall clock): "
          f"HTML {html_best:.1f} / {html_median:.1f} pages/s ({len(html_cases)} pages), "
          f"text {text_best:.1f} / {text_median:.1f} pages/s ({len(text_cases)} pages)")
    print(f"speed per CPU second of this process (less sensitive to other load, not immune): "
          f"HTML {html_cpu:.1f} pages/s, text {text_cpu:.1f} pages/s")


if __name__ == "__main__":
    sys.exit(main())
