"""Real pages of the development part: the HTML path never keeps less of the article than trafilatura alone.

Recall is the article-extraction benchmark's: the share of the expected body's 4-word shingles found in the
output. trafilatura alone is run here as the import benchmark runs it (its defaults, plain text).
"""

from __future__ import annotations

import re

import pytest
import trafilatura

from archivist.importer.html import extract_html
from benchmarks.import_split import parts
from tests.shared_cases import case, case_ids, cleaning_dev, expected, shingles

_LINK_TARGET = re.compile(r"\]\((?:https?://[^\s)]*)\)")


def recall(output: str, body: str) -> float:
    """Return the share of the expected body's shingles the output holds."""
    wanted = shingles(body)
    return sum((shingles(output) & wanted).values()) / max(sum(wanted.values()), 1)


def dev_html_cases() -> list[str]:
    """Return the development-part cases that have a saved page (empty without the shared folder)."""
    ids = [c for c in case_ids() if (case(c) / "raw.html").is_file()]
    split = parts(cleaning_dev()) if ids else {}
    return [c for c in ids if split.get(c) == "dev"]


@pytest.mark.parametrize("case_id", dev_html_cases() or ["(no shared pages)"])
def test_body_recall_never_below_trafilatura_alone(case_id):
    """Every body line trafilatura alone keeps, the importer keeps too (within a shingle or two)."""
    cleaning_dev()
    html = (case(case_id) / "raw.html").read_bytes().decode("utf-8", errors="replace")
    body = expected(case_id)["body"]
    ours = _LINK_TARGET.sub("]", extract_html(html, "raw.html").body)
    alone = trafilatura.bare_extraction(html, with_metadata=True)
    theirs = alone.text if alone is not None and alone.text else ""
    assert recall(ours, body) >= recall(theirs, body) - 0.002, case_id
