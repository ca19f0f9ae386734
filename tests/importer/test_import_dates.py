"""The user's --date is taken as given: any calendar date the build accepts, old articles included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from archivist.errors import ContentError
from archivist.importer.extract import normalise_date
from archivist.importer.record import ImportedArticle

REPO = Path(__file__).resolve().parents[2]
PARAGRAPH = ("정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. "
             "지원 대상은 설비 투자와 연구개발, 인력 양성 등 세 분야다.")
DUMP = (f"홈\n  * 정치\n  * 경제\n로그인\n반도체 지원 10조 투입 발표\n페이스북 공유\n\n{PARAGRAPH}\n\n"
        f"{PARAGRAPH.replace('정부가', '산업부가')}\n홍길동 기자 hong@example.co.kr\nⓒ 예시일보 무단전재 및 재배포 금지\n")


@pytest.mark.parametrize("given, kept", [
    ("1985-05-01", "1985-05-01"),
    ("1948-08-15", "1948-08-15"),
    ("0500-03-02", "0500-03-02"),
    ("2024-03-29T07:00:00+09:00", "2024-03-29T07:00:00+09:00"),
    ("2024-03-29T07:00Z", "2024-03-29T07:00:00+00:00"),
    ("2024-03-29 07:00", "2024-03-29T07:00:00"),  # no offset: the build reads it in the site's timezone
])
def test_given_date_is_kept_as_given(given, kept):
    """Any valid ISO date is accepted as the user wrote it, without the page-date heuristics."""
    assert normalise_date(given, ImportedArticle("a.txt", lang="ko")) == kept


@pytest.mark.parametrize("given", ["someday", "2024-02-30", "1985.05.01", "May 1, 1985", "85-05-01",
                                   "0001-01-01T00:00:00+09:00"])
def test_not_an_iso_date_or_out_of_range_is_refused(given):
    """Page-style dates, impossible days and moments the build cannot place are refused, naming the file."""
    with pytest.raises(ContentError) as error:
        normalise_date(given, ImportedArticle("a.txt"))
    assert str(error.value).startswith("a.txt: --date: ")


@pytest.mark.parametrize("given, folder", [("1985-05-01", "1985/05"), ("0500-03-02", "0500/03")])
def test_old_article_imports_and_builds(run_import, tmp_path, given, folder):
    """`--date 1985-05-01` (or a far older one) imports under its year, and the site builds with it."""
    (tmp_path / "old.txt").write_text(DUMP, encoding="utf-8")
    (tmp_path / "site.yaml").write_text("title: 테스트\nbase_url: https://example.org/\n", encoding="utf-8")
    status, out, err = run_import("old.txt", "--date", given)
    assert status == 0, err
    assert out.startswith(f"wrote content/{folder}/")
    built = subprocess.run([sys.executable, str(REPO / "build.py")], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120)
    assert built.returncode == 0, built.stderr
    page = tmp_path / "output" / folder / Path(out.split()[1]).stem / "index.html"
    assert "반도체 지원 10조 투입 발표" in page.read_text(encoding="utf-8")


def test_import_and_build_refuse_the_same_out_of_range_moment(run_import, tmp_path):
    """A moment whose offset moves it before year 1 is refused by import and, written by hand, by the build:
    a one-line error either way, never a traceback."""
    (tmp_path / "old.txt").write_text(DUMP, encoding="utf-8")
    status, _, err = run_import("old.txt", "--date", "0001-01-01T00:00:00+09:00")
    assert status == 1 and "old.txt: --date: out of range" in err
    (tmp_path / "site.yaml").write_text("title: 테스트\nbase_url: https://example.org/\n", encoding="utf-8")
    (tmp_path / "content" / "0001" / "01").mkdir(parents=True)
    (tmp_path / "content" / "0001" / "01" / "a.md").write_text(
        "---\ntitle: 옛 기사\nreporter: 홍길동\ndate: 0001-01-01T00:00:00+09:00\n---\n\n본문입니다.\n", encoding="utf-8")
    built = subprocess.run([sys.executable, str(REPO / "build.py")], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120)
    assert built.returncode == 1
    assert "date: '0001-01-01T00:00:00+09:00' is out of range" in built.stderr and "Traceback" not in built.stderr
