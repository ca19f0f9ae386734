#!/usr/bin/env python3
"""Robustness of the text path: the same development pages dumped other ways must give the same article.

usage: python benchmarks/import_variants.py CLEANING_DEV_DIR [--cache DIR] [--keep DIR] [--variants NAME…]

Renders each development case's raw.html again (the check part is never read) the ways people get text
out of a page: lynx at other widths, with and without its link list (`[n]` markers and `References`),
w3m at other widths, and Chromium's innerText with a narrow and a wide window. Each variant is imported
and scored with the cases' score.py against the same expected.json, beside the cases' own three dumps
(lynx, w3m, inner): a variant that scores below its style's own dump shows a rule that depends on the
converter's layout, not on the article. Prints body shingle F1 per group and the Korean field accuracy
(title / reporters / email / date day) per variant. The dumps are cached (--cache, default
/tmp/archivist-variants); lynx and w3m (Debian packages) and playwright with /usr/bin/chromium are needed
to make them.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.import_quality import FIELDS, fmt, linked_cases, predict, score, short  # noqa: E402
from benchmarks.import_split import parts  # noqa: E402

META_CHARSET = re.compile(r'(<meta[^>]+charset\s*=\s*["\']?)([A-Za-z0-9_\-]+)', re.I)
ENV = dict(os.environ, LANG="C.UTF-8", TERM="dumb")
OWN = {"lynx": "raw.txt", "w3m": "raw.w3m.txt", "inner": "raw.inner.txt"}  # the cases' own dumps
LYNX = {"lynx-60": ["-nolist", "-width=60"], "lynx-120": ["-nolist", "-width=120"],
        "lynx-200": ["-nolist", "-width=200"], "lynx-list-80": ["-width=80"], "lynx-list-200": ["-width=200"]}
W3M = {"w3m-60": ["-cols", "60"], "w3m-200": ["-cols", "200"]}
INNER = {"inner-400": 400, "inner-1920": 1920}
VARIANTS = (*OWN, *LYNX, *W3M, *INNER)


def utf8_html(case: Path) -> str:
    """Return the case's page with its meta charset made to agree with the UTF-8 text (as the cases' tools do)."""
    html = (case / "raw.html").read_text(encoding="utf-8", errors="replace")
    return META_CHARSET.sub(lambda m: m.group(1) + "utf-8", html)


def run_dumper(command: list[str], html: str) -> str:
    """Return what a text browser prints for the page (written to a temporary file for it)."""
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as handle:
        handle.write(html)
    try:
        out = subprocess.run([*command, handle.name], capture_output=True, timeout=120, env=ENV)
        return out.stdout.decode("utf-8", "replace")
    finally:
        os.unlink(handle.name)


def lynx(html: str, options: list[str]) -> str:
    """Return lynx's dump of the page, as `lynx -dump` prints it (margins, wrapping and all)."""
    return run_dumper(["lynx", "-dump", "-assume_charset=utf-8", "-display_charset=utf-8", "-force_html",
                       *options], html)


def w3m(html: str, options: list[str]) -> str:
    """Return w3m's dump of the page, as `w3m -dump` prints it."""
    return run_dumper(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", *options], html)


def inner_texts(cases: list[Path], cache: Path) -> None:
    """Write Chromium's innerText of each page (scripts off, no network) for each window width not cached yet."""
    for name, width in INNER.items():
        todo = [case for case in cases if not (cache / name / f"{case.name}.txt").is_file()]
        for case, text in zip(todo, inner_page_texts([utf8_html(case) for case in todo], width)):
            write(cache / name / f"{case.name}.txt", text)


def inner_page_texts(pages: list[str], width: int = 1280) -> list[str]:
    """Return Chromium's innerText of each page's HTML (scripts off, no network), as select-all and copy gives."""
    if not pages:
        return []
    from playwright.sync_api import sync_playwright

    texts = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 900})
        context.route("**/*", lambda r: r.abort() if not r.request.url.startswith("file:") else r.continue_())
        page = context.new_page()
        for html in pages:
            with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as handle:
                handle.write(html)
            try:
                page.goto(Path(handle.name).as_uri(), wait_until="domcontentloaded", timeout=60000)
                texts.append(_body_text(page))
            finally:
                os.unlink(handle.name)
        browser.close()
    return texts


def _body_text(page) -> str:
    """Return the page's innerText; once more after the load when a meta refresh began a navigation (aborted)."""
    from playwright.sync_api import Error

    script = "document.body ? document.body.innerText : ''"
    try:
        return page.evaluate(script)
    except Error:
        page.wait_for_load_state("domcontentloaded")
        return page.evaluate(script)


def write(path: Path, text: str) -> None:
    """Write one dump into the cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def make_dumps(cases: list[Path], cache: Path, chosen: list[str]) -> None:
    """Fill the cache with every chosen variant of every case (only what is missing is made)."""
    for case in cases:
        html = None
        for name in chosen:
            target = cache / name / f"{case.name}.txt"
            if name in OWN or name in INNER or target.is_file():
                continue
            html = html or utf8_html(case)
            write(target, lynx(html, LYNX[name]) if name in LYNX else w3m(html, W3M[name]))
    if any(name in INNER for name in chosen):
        inner_texts(cases, cache)


def dump_of(case: Path, name: str, cache: Path) -> Path:
    """Return the file holding one variant of one case."""
    return case / OWN[name] if name in OWN else cache / name / f"{case.name}.txt"


def predict_variant(cases: list[Path], name: str, cache: Path, out: Path) -> None:
    """Write the importer's Markdown for one variant of every case into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.md"):
        old.unlink()
    for case in cases:
        raw = dump_of(case, name, cache)
        text = predict(raw) if raw.is_file() else None
        if text is not None:
            (out / f"{case.name}.md").write_text(text, encoding="utf-8")


def dump_parser(doc: str, cache: str, keep: str) -> argparse.ArgumentParser:
    """Return a parser of what the dump benchmarks all take: the cleaning cases, the dump cache, where to keep output."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / cache)
    parser.add_argument("--keep", type=Path, help=keep)
    return parser


def main(argv=None) -> int:
    """Make the variants of the development pages, import and score them, print the table."""
    parser = dump_parser(__doc__, "archivist-variants", "keep the predictions in this folder (one sub-folder a variant)")
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=VARIANTS)
    parser.add_argument("--groups", nargs="+", default=["ko", "aeb"], choices=["ko", "aeb"])
    args = parser.parse_args(argv)
    root = args.cleaning_dev.resolve()
    split = parts(root)  # only the development part is ever opened
    cases = [root / "cases" / c for c, part in split.items()
             if part == "dev" and c.split("_")[0].rstrip("0123456789") in args.groups
             and (root / "cases" / c / "raw.html").is_file()]
    make_dumps(cases, args.cache.resolve(), args.variants)
    with tempfile.TemporaryDirectory() as tmp:
        work = (args.keep or Path(tmp)).resolve()
        folder = linked_cases(cases, work / "dev-cases")
        results = {}
        for name in args.variants:
            predict_variant(cases, name, args.cache.resolve(), work / name)
            results[name] = score(root / "score.py", work / name, folder, work)
    print_table(results, args.groups)
    return 0


def print_table(results: dict, groups: list[str]) -> None:
    """Print one row per variant: body F1 per group, then the Korean fields."""
    print("development part only; body shingle F1 (pages) and Korean fields: title / reporters / email / date (day)")
    print(f"{'variant':<14} " + " ".join(f"{g + ' body':>13}" for g in groups) + "   ko fields")
    for name, summary in results.items():
        cells = [summary.get(g, {}) for g in groups]
        body = " ".join(f"{fmt(c.get('shingle_f1')) + ' (' + str(c.get('n', 0)) + ')':>13}" for c in cells)
        ko = summary.get("ko", {})
        print(f"{name:<14} {body}   {' '.join(short(ko.get(f)) for f in FIELDS[:4])}")


if __name__ == "__main__":
    sys.exit(main())
