"""Golden pairs: the user's example beside their own article, and real pages of ../shared/cleaning-dev
(read in place, never copied here) against their hand-checked expected.json."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from import_helpers import FIXTURES, paragraphs, split_article
from tests.shared_cases import case, expected, shingle_f1

KOREAN_CASES = ["ko01_mk_11328184", "ko05_mk_11331368", "ko08_mk_11333783"]


def test_example_dry_run_prints_the_users_article(run_import):
    """The user's example page comes out as their clean article (tags may differ)."""
    raw = FIXTURES / "hankyung-ai-talent" / "raw.txt"
    expected = (FIXTURES / "hankyung-ai-talent" / "expected.md").read_text(encoding="utf-8")
    status, out, _ = run_import(raw, "--date", "2024-03-28", "--dry-run")
    assert status == 0
    strip_tags = lambda text: re.sub(r"^tags: .*\n", "", text, flags=re.M)  # noqa: E731
    assert strip_tags(out) == strip_tags(expected)


def test_example_without_date_is_an_error_naming_the_file(run_import, tmp_path):
    """The example page has no date: without --date nothing is invented and nothing written."""
    raw = FIXTURES / "hankyung-ai-talent" / "raw.txt"
    status, out, err = run_import(raw, "--content", tmp_path / "content")
    assert status == 1
    assert f"{raw}: date: no publication date in the page" in err
    assert not (tmp_path / "content").exists()


def check_golden(out: str, want: dict, from_html: bool) -> None:
    """Assert the imported article has the case's expected fields and exactly its expected paragraphs."""
    got, body = split_article(out)
    assert got["title"] == want["title"]
    as_list = lambda v: v if isinstance(v, list) else [v]  # noqa: E731
    assert as_list(got["reporter"]) == want["reporters"]
    assert want["email"] in as_list(got["email"])
    when = datetime.fromisoformat(want["date"])
    assert got["date"] == when and got["date"].utcoffset() == when.utcoffset()
    if from_html:
        assert got["url"] == want["url"]
    assert paragraphs(body) == paragraphs(want["body"])


@pytest.mark.parametrize("case_id", KOREAN_CASES)
@pytest.mark.parametrize("raw", ["raw.txt", "raw.html"])
def test_korean_pages_golden(run_import, case_id, raw):
    """매일경제 pages, as text dump and as saved HTML, give the hand-checked article."""
    status, out, _ = run_import(case(case_id) / raw, "--dry-run")
    assert status == 0
    check_golden(out, expected(case_id), raw == "raw.html")


@pytest.mark.parametrize("raw, floor", [("raw.html", 0.95), ("raw.txt", 0.9)])
def test_english_page_body(run_import, raw, floor):
    """An English sports page keeps its article and little else."""
    case_id = "aeb_0d46122928b6f468"
    status, out, _ = run_import(case(case_id) / raw, "--dry-run", "--date", "2019-11-19")
    assert status == 0
    _, body = split_article(out)
    assert shingle_f1("\n".join(paragraphs(body)), expected(case_id)["body"]) >= floor


def test_shipped_example_article_is_the_commands_output(run_import):
    """content/2024/03/ai-engineer-talent-war.md is exactly what the command prints (with its tags given)."""
    shipped = Path(__file__).resolve().parents[2] / "content" / "2024" / "03" / "ai-engineer-talent-war.md"
    if not shipped.is_file():
        pytest.skip("the example article is not in this checkout")
    text = shipped.read_text(encoding="utf-8")
    tags = re.search(r"^tags: \[(.*)\]$", text, re.M).group(1).replace(", ", ",")
    status, out, _ = run_import(FIXTURES / "hankyung-ai-talent" / "raw.txt", "--date", "2024-03-28",
                                "--tags", tags, "--dry-run")
    assert status == 0
    assert out == text
