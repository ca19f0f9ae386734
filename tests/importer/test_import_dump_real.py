"""Text dumps of the real development pages: each Korean page's body, in each dump style, stays close to its answer,
and the English pages' titles hold their floor.

The pages are read from ../shared/cleaning-dev/ (never copied here). Only the development part of
the split is used (benchmarks/import_split.py): the check part is only ever measured by the benchmark.
The body is compared with a small 4-word-shingle F1, the same measure as the benchmark's.
"""

from __future__ import annotations

import re

import pytest

from archivist.importer.text import extract_text
from benchmarks.import_split import part_of
from tests.shared_cases import DUMP_STYLES, case, case_ids, cleaning_dev, expected, shingle_f1

KO_DEV = [c for c in case_ids("ko") if part_of(c, "") == "dev"]
FLOOR = 0.9      # every development page in every style; most are above 0.98
MEAN_FLOOR = 0.97  # the mean over the development pages of one style
_WORD = re.compile(r"\w+")


def body_f1(case_id: str, style: str) -> float | None:
    """Return the body F1 of one page in one dump style, or None when the case has no such dump."""
    raw = case(case_id) / style
    if not raw.is_file():
        return None
    record = extract_text(raw.read_text(encoding="utf-8"), str(raw))
    return shingle_f1(record.body, expected(case_id)["body"])


@pytest.mark.parametrize("style", DUMP_STYLES)
def test_every_korean_development_page_keeps_its_body_in_every_dump_style(style):
    """No development page falls below the floor, and the style's mean stays high, whatever the dump style."""
    cleaning_dev()
    scores = {c: body_f1(c, style) for c in KO_DEV}
    scores = {c: f for c, f in scores.items() if f is not None}
    assert scores, "no development page has this dump style"
    low = {c: round(f, 3) for c, f in scores.items() if f < FLOOR}
    assert not low, f"below {FLOOR}: {low}"
    assert sum(scores.values()) / len(scores) >= MEAN_FLOOR


@pytest.mark.parametrize("style", DUMP_STYLES)
def test_korean_development_headlines_are_found_in_every_dump_style(style):
    """Each development page's headline is read from each of its dumps."""
    cleaning_dev()
    wrong = {}
    for case_id in KO_DEV:
        raw = case(case_id) / style
        if raw.is_file():
            title = extract_text(raw.read_text(encoding="utf-8"), str(raw)).title
            if _WORD.findall(title.lower()) != _WORD.findall(expected(case_id)["title"].lower()):
                wrong[case_id] = title
    assert not wrong, wrong


# What the English development pages' dumps give today, by style: titles agreeing with one of the page's own headlines
# (printed), and junk titles (sharing under half their words with it). A change may raise them, never lower them.
EN_PRINTED_FLOOR = {"raw.txt": 38, "raw.w3m.txt": 37, "raw.inner.txt": 36}
EN_JUNK_MOST = {"raw.txt": 2, "raw.w3m.txt": 2, "raw.inner.txt": 3}


def _words(text: str) -> str:
    """Return the text as its lower-cased words, for comparing titles."""
    return " ".join(_WORD.findall(text.lower()))


@pytest.mark.parametrize("style", DUMP_STYLES)
def test_english_development_titles_from_dumps_hold_their_floor(style):
    """The English development pages' titles read from each dump style agree with the page's own headline (JSON-LD,
    og:title or h1, as benchmarks/import_quality.py counts them) at least as often as today, with no more junk."""
    from benchmarks.import_split import parts
    from benchmarks.page_headline import title_agreement

    split = parts(cleaning_dev())
    english = [c for c, part in split.items() if c.startswith("aeb") and part == "dev"]

    def title(folder):
        raw = folder / style
        return extract_text(raw.read_text(encoding="utf-8"), str(raw)).title if raw.is_file() else ""

    counts = title_agreement([case(c) for c in english], title, _words)
    assert counts["printed"] >= EN_PRINTED_FLOOR[style], counts
    assert counts["junk"] <= EN_JUNK_MOST[style], counts
