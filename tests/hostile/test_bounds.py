"""Resource bounds: a 10 MB article and a 100,000-article archive build within the documented memory."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ..conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from build_bench import timed  # noqa: E402  (the benchmark's process-tree PSS sampler)

GB = 2**30
PARAGRAPH = "서울시는 오늘 새로운 교통 정책을 발표했다. 시민들의 반응은 엇갈렸다. **굵게** [링크](https://example.com) *기울임*.\n\n"


def build_command(root) -> list[str]:
    """Return a cold build of root's content into root/output."""
    return [sys.executable, str(REPO / "build.py"), "build", "--content", str(root / "content"),
            "--output", str(root / "output"), "--base-url", "https://example.org/", "--clean"]


@pytest.mark.slow
def test_a_10_mb_article_builds_within_a_gigabyte(tmp_path):
    sections = [f"## 소제목 {i}\n\n" + PARAGRAPH * 50 for i in range(10_000_000 // (len(PARAGRAPH.encode()) * 50) + 1)]
    text = "---\ntitle: 아주 긴 기사\nreporter: 김기자\ndate: 2024-01-05\n---\n\n" + "".join(sections)
    (tmp_path / "content").mkdir()
    (tmp_path / "content/big.md").write_text(text, encoding="utf-8")
    assert len(text.encode()) >= 10_000_000
    result = timed(build_command(tmp_path), sample=True)
    print(f"10 MB article: {result['seconds']:.1f} s, peak PSS {result['pss_mb']:.0f} MB")
    assert result["pss_mb"] * 2**20 < 1 * GB
    assert result["seconds"] < 300  # a hang guard only
    assert (tmp_path / "output/2024/01/big/index.html").stat().st_size > 10_000_000


@pytest.mark.slow
def test_100000_articles_build_within_the_documented_memory(tmp_path):
    subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_corpus.py"), str(tmp_path / "content"),
                    "--count", "100000"], check=True, capture_output=True)
    result = timed(build_command(tmp_path), sample=True)
    print(f"100,000 articles: {result['seconds']:.0f} s, peak PSS {result['pss_mb']:.0f} MB, "
          f"largest process {result['rss_mb']:.0f} MB RSS")
    assert result["pss_mb"] * 2**20 < 2.5 * GB
    assert result["seconds"] < 1200  # a hang guard only: the time depends on how loaded the machine is
