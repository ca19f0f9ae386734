#!/usr/bin/env python3
"""Fit the weights an English headline candidate's measures get, and compare them with the hand-set weights.

usage: python benchmarks/headline_fit.py CLEANING_DEV_DIR CACHE_DIR [--print]

The importer ranks the lines above an article by a weighted sum of their measures (archivist/importer/
headline_features.py, headline_model.py). This fits those weights on English text dumps whose headline is known
(the page's own headlines, page_headline.py): the cleaning cases' English development part and the `tune` half of
fresh_pages.py's pages (CACHE_DIR as there), three dump styles each. A softmax over each page's candidates is
fitted to the candidate that is a headline of the page (L2-regularised, plain gradient descent: no library), and
the least score and the rival margin are chosen on the same pages so that a wrong title costs twice a refusal.
It prints, for the fitting pages and for fresh_pages.py's `hold` half (never fitted on), how many headlines each
set of weights gets right, wrong, or refuses, as the ranking alone decides (the importer's later checks for a
label beside a headline and a heading unrelated to the article are not simulated: fresh_pages.py and
import_quality.py measure the whole importer). It fits twice: the measures the importer weighs, and those with
more measures tried here (more_measures). --print prints the fitted weights.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.errors import ContentError  # noqa: E402
from archivist.importer import headline, headline_model  # noqa: E402
from archivist.importer.extract import extract  # noqa: E402
from archivist.importer.title_shapes import LETTERS, tokens  # noqa: E402
from benchmarks.fresh_pages import STYLES, gather, half  # noqa: E402
from benchmarks.import_split import part_of  # noqa: E402
from benchmarks.import_transplant import load_tools  # noqa: E402
from benchmarks.page_headline import declared_headlines  # noqa: E402

CASE_DUMPS = {"lynx": "raw.txt", "w3m": "raw.w3m.txt", "inner": "raw.inner.txt"}
L2 = 0.01          # the pull of every weight towards nought
STEP = 0.5         # gradient descent's step
ROUNDS = 1500      # its rounds
WRONG_COST = 2.0   # a wrong title costs this many refusals when the least score and the margin are chosen
OPENING_CHARS = 300  # the article's opening: its first sentences
FAR_LINES = 30     # lines with text between a candidate and the article beyond which it is far
MANY_WORDS = 20    # a candidate's words are counted up to this
SMALL_WORDS = frozenset("a an and as at but by for in of on or the to with".split())
SEPARATOR = re.compile(r"\s[|:–—-]\s|:\s")


class Page(NamedTuple):
    """One dump's headline candidates: their texts, measures, and which of them are a headline of the page."""

    name: str
    texts: list[str]
    measures: list[dict[str, float]]
    right: list[bool]


def dumps(cleaning_dev: Path, cache: Path, dump_tool) -> dict[str, list[tuple[str, Path, list[str]]]]:
    """Return {'fit': [...], 'hold': [...]} of (name, dump file, the page's headlines)."""
    found: dict[str, list] = {"fit": [], "hold": []}
    manifest = {entry["id"]: entry for entry in json.loads((cleaning_dev / "manifest.json").read_text(encoding="utf-8"))}
    for case in sorted((cleaning_dev / "cases").glob("aeb*")):
        html = case / "raw.html"
        if not html.is_file() or part_of(case.name, manifest.get(case.name, {}).get("url", "")) != "dev":
            continue
        heads = declared_headlines(html.read_text(encoding="utf-8", errors="replace"))
        found["fit"] += [(f"{case.name}/{style}", case / name, heads) for style, name in CASE_DUMPS.items() if heads]
    pages, files = gather(cleaning_dev, cache, dump_tool)
    for page, fresh in pages.items():
        heads = declared_headlines(fresh.html)
        group = "fit" if half(fresh.site) == "tune" else "hold"
        found[group] += [(f"{page}/{style}", files[page, style], heads) for style in STYLES]
    return found


def read_page(name: str, dump: Path, heads: list[str], norm) -> Page | None:
    """Return the candidates the importer weighs for a dump's headline, or None when it finds no article."""
    seen: list[tuple] = []
    ranking = headline.rank_titles

    def spy(lines, first, last, own_first=False):
        seen.append((lines, first, last, own_first))
        return ranking(lines, first, last, own_first)

    headline.rank_titles = spy
    try:
        extract(dump.read_bytes(), str(dump))
    except ContentError:
        return None
    finally:
        headline.rank_titles = ranking
    if not seen:
        return None
    lines, first, last, own_first = seen[-1]
    found = headline.candidates(lines, first, last, own_first)
    wanted = {norm(text) for text in heads if norm(text)}
    texts = [lines[i].text for i, _ in found]
    opening = tokens(" ".join(line.text for line in lines[first:last + 1] if line.prose)[:OPENING_CHARS])
    measures = [{**found_measures, **more_measures(lines, i, first, nearer, opening)}
                for nearer, (i, found_measures) in enumerate(found)]
    return Page(name, texts, measures, [norm(text) in wanted for text in texts])


def more_measures(lines, i: int, first: int, nearer: int, opening: set[str]) -> dict[str, float]:
    """Return measures the importer does not weigh, tried here: the share of the line's words in the article's
    opening, its order among the candidates, its distance, length, capitals and punctuation."""
    text = lines[i].text
    plain = [word for word in LETTERS.findall(text) if word.lower() not in SMALL_WORDS]
    words = tokens(text)
    return {
        "opening": len(words & opening) / max(len(words), 1),
        "nearest": 1 / (1 + nearer),
        "far": float(sum(1 for line in lines[i + 1:first] if line.text) > FAR_LINES),
        "words": min(len(text.split()), MANY_WORDS) / MANY_WORDS,
        "capitals": sum(word[:1].isupper() for word in plain) / max(len(plain), 1),
        "upper": float(text.isupper()),
        "period": float(text.endswith(".") and not text.endswith("...")),
        "question": float(text.endswith("?")),
        "separator": float(bool(SEPARATOR.search(text))),
        "own_line": float(i == first),
    }


def fit(pages: list[Page], names: list[str]) -> dict[str, float]:
    """Return weights maximising the softmax probability of each page's right candidates (L2-regularised)."""
    usable = [page for page in pages if any(page.right)]
    rows = [[[m[name] for name in names] for m in page.measures] for page in usable]
    weights = [headline_model.HAND.get(name, 0.0) for name in names]
    for _ in range(ROUNDS):
        grad = [L2 * w for w in weights]
        for page, matrix in zip(usable, rows):
            scores = [sum(w * x for w, x in zip(weights, row)) for row in matrix]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total, right = sum(exps), sum(e for e, ok in zip(exps, page.right) if ok)
            for e, ok, row in zip(exps, page.right, matrix):
                pull = e / total - (e / right if ok else 0.0)
                for k, x in enumerate(row):
                    grad[k] += pull * x / len(usable)
        weights = [w - STEP * g for w, g in zip(weights, grad)]
    return dict(zip(names, weights))


def decide(page: Page, weights: dict[str, float], least: float, margin: float) -> str:
    """Return 'right', 'wrong' or 'refused' for the headline the weights choose on one page."""
    if not page.texts:
        return "refused"
    scores = [sum(w * m.get(name, 0.0) for name, w in weights.items()) for m in page.measures]
    best = max(range(len(scores)), key=lambda k: (scores[k], -k))
    rival = any(scores[k] >= scores[best] - margin and page.texts[k] != page.texts[best] for k in range(len(scores)) if k != best)
    if scores[best] < least or rival:
        return "refused"
    return "right" if page.right[best] else "wrong"


def tally(pages: list[Page], weights: dict[str, float], least: float, margin: float) -> dict[str, int]:
    """Return how many pages the weights get right, wrong, or refuse."""
    counts = {"right": 0, "wrong": 0, "refused": 0}
    for page in pages:
        counts[decide(page, weights, least, margin)] += 1
    return counts


def choose_thresholds(pages: list[Page], weights: dict[str, float]) -> tuple[float, float]:
    """Return the least score and the rival margin that maximise right answers less WRONG_COST per wrong one."""
    best = None
    for least in [x / 10 for x in range(-20, 21)]:
        for margin in (0.0, 0.05, 0.1, 0.2, 0.3, 0.5):
            counts = tally(pages, weights, least, margin)
            value = counts["right"] - WRONG_COST * counts["wrong"]
            if best is None or value > best[0]:
                best = (value, least, margin)
    return best[1], best[2]


def main(argv=None) -> int:
    """Fit, choose thresholds, print the comparison with the hand weights (and the fitted weights with --print)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cleaning_dev", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--print", action="store_true", help="print the fitted weights")
    args = parser.parse_args(argv)
    scorer, dump_tool = load_tools(args.cleaning_dev)
    groups = {group: [page for page in (read_page(name, dump, heads, scorer.norm_title) for name, dump, heads in found)
                      if page is not None] for group, found in dumps(args.cleaning_dev, args.cache, dump_tool).items()}
    print(f"{len(groups['fit'])} dumps to fit on ({sum(any(p.right) for p in groups['fit'])} with the headline among "
          f"the candidates), {len(groups['hold'])} held out; right / wrong / refused as the ranking alone decides")
    for group, pages in groups.items():
        hand = tally(pages, headline_model.HAND, headline_model.MIN_SCORE, headline_model.RIVAL_SCORE)
        print(f"  hand weights                        {group:<5} {hand['right']:>3} / {hand['wrong']:>2} / {hand['refused']:>2}")
    every = list(groups["fit"][0].measures[0])
    for label, names in (("fitted, the importer's measures", list(headline_model.HAND)), ("fitted, with more measures", every)):
        fitted = fit(groups["fit"], names)
        least, margin = choose_thresholds(groups["fit"], fitted)
        for group, pages in groups.items():
            counts = tally(pages, fitted, least, margin)
            print(f"  {label:<35} {group:<5} {counts['right']:>3} / {counts['wrong']:>2} / {counts['refused']:>2}"
                  f"   (least score {least}, rival margin {margin})")
        if args.print:
            print("    " + ", ".join(f"{name} {weight:.2f}" for name, weight in fitted.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
