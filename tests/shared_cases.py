"""The real pages of ../shared/cleaning-dev/ (beside the checkout; never copied into it), for tests.

CI has the folder beside its clone and must run these tests, so a missing folder fails there; on a
developer's machine without it the tests skip with a message naming the folder.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CLEANING_DEV = REPO.parent / "shared" / "cleaning-dev"
DUMP_STYLES = ("raw.txt", "raw.w3m.txt", "raw.inner.txt")
_WORD = re.compile(r"\w+")


def cleaning_dev() -> Path:
    """Return the cleaning-dev folder; skip the test (fail in CI) when it is not beside the checkout."""
    if (CLEANING_DEV / "cases").is_dir():
        return CLEANING_DEV
    message = f"needs the real pages in {CLEANING_DEV} (the shared folder beside the checkout)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def case(case_id: str) -> Path:
    """Return one case's folder (skipping as cleaning_dev() does)."""
    return cleaning_dev() / "cases" / case_id


def expected(case_id: str) -> dict:
    """Return one case's hand-checked answer (expected.json)."""
    return json.loads((case(case_id) / "expected.json").read_text(encoding="utf-8"))


def case_ids(prefix: str = "") -> list[str]:
    """Return the ids of the cases whose id starts with prefix (empty without the folder)."""
    root = CLEANING_DEV / "cases"
    return sorted(p.name for p in root.iterdir() if p.name.startswith(prefix)) if root.is_dir() else []


def shingles(text: str, n: int = 4) -> Counter:
    """Return the multiset of word n-grams of a text (the article-extraction benchmark's shingles)."""
    words = _WORD.findall(text)
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)))


def shingle_f1(got: str, want: str) -> float:
    """Return the 4-word-shingle F1 of two texts (the benchmark's body measure)."""
    found, wanted = shingles(got), shingles(want)
    common = sum((found & wanted).values())
    if not common:
        return 0.0
    precision, recall = common / sum(found.values()), common / sum(wanted.values())
    return 2 * precision * recall / (precision + recall)
