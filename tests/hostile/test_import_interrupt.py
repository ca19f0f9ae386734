"""Interrupted imports: an import killed at any moment leaves every article in content/ absent or whole.

content/ holds the user's own work, so the importer writes each article to a temporary file in the same
folder, syncs it and links it into place (`archivist/newfiles.py`). Killing the real command at random
moments, many times, shows that no truncated or empty article is ever left behind, and that `--update`
leaves the old file or the new one.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import REPO

PARAGRAPHS = ("정부가 반도체 산업 지원을 위해 새 예산을 투입한다고 밝혔다. 지원 대상은 설비 투자와 연구개발이다.",
              "기획재정부는 반도체 기업의 설비 투자에 대한 세액공제율을 높이기로 했다. 중소기업은 추가 공제를 받는다.",
              "업계는 이번 대책이 투자 확대로 이어질 것으로 기대한다고 말했다. 시행은 다음 달부터다.")


def page(number: int, ending: str = "끝") -> str:
    """Return a small Korean text dump whose last sentence names the page (to tell a whole article)."""
    day = 1 + number % 28
    month = 1 + number // 28 % 12
    return (f"뉴스 홈\n\n반도체 지원 대책 {number}호 발표\n\n입력 2023.{month:02d}.{day:02d} 10:00\n\n"
            + "\n\n".join(PARAGRAPHS)
            + f"\n\n시험용으로 만든 이 기사의 마지막 문장은 이렇게 {number}번 {ending}입니다.\n\n홍길동 기자 hong@example.com\n\n"
            "Copyright © 예시신문. 무단전재 및 재배포 금지.\n")


def command(*argv: str) -> list[str]:
    """Return the import command line (the real command, in its own process)."""
    return [sys.executable, str(REPO / "build.py"), "import", *argv]


def kill_after(argv: list[str], seconds: float) -> None:
    """Run a command and SIGKILL its whole process group after `seconds` (or let it finish first)."""
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def kill_when_written(argv: list[str], content: Path, articles: int, seconds: float) -> None:
    """Run an import and SIGKILL it `seconds` after `articles` articles are in content/ (or let it finish first).

    Waiting for a count of written articles, not for a share of a run timed earlier, puts the kill
    among the writes however loaded the machine is."""
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 600
    while process.poll() is None and time.monotonic() < deadline:
        if content.exists() and sum(1 for _ in content.rglob("*.md")) >= articles:
            break
        time.sleep(0.002)
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def whole(path: Path) -> bool:
    """Return True when an article file is complete: front matter, and the last sentence of its page."""
    text = path.read_text(encoding="utf-8")
    return text.startswith("---\n") and "\n---\n" in text[4:] and "번 끝입니다." in text


def check_articles(content: Path) -> int:
    """Assert every article in content/ is whole; return how many there are."""
    articles = sorted(content.rglob("*.md"))
    broken = [str(p.relative_to(content)) for p in articles if not whole(p)]
    assert broken == [], f"partial articles after a kill: {broken[:5]}"
    return len(articles)


def kill_imports(tmp_path: Path, pages: int, kills: int) -> None:
    """Import a folder of pages into fresh content folders, each import killed at a random moment of its run;
    check every article after each kill, then finish the last import and build it."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(pages):
        (folder / f"{number:04d}.txt").write_text(page(number), encoding="utf-8")
    full = subprocess.run(command(str(folder), "--content", str(tmp_path / "full"), "--tags", "시험"),
                          capture_output=True, text=True, timeout=600)
    assert full.returncode == 0 and check_articles(tmp_path / "full") == pages, full.stderr[-2000:]
    chance = random.Random(20261206)
    inside = 0
    for round_ in range(kills):
        content = tmp_path / f"content-{round_}"
        # A random article count to wait for, then a random moment up to a few writes later.
        kill_when_written(command(str(folder), "--content", str(content), "--tags", "시험"), content,
                          chance.randrange(1, pages // 2), chance.uniform(0.0, 0.02))
        count = check_articles(content) if content.exists() else 0
        inside += 0 < count < pages
    # Articles are written in batches, and a loaded machine can stall the watcher until the import has
    # finished: a kill may land after the last write. Half must land in between for the test to mean something.
    assert inside >= kills // 2, f"only {inside} of {kills} kills landed while articles were being written"
    done = subprocess.run(command(str(folder), "--content", str(content), "--tags", "시험"),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert check_articles(content) == pages
    build = subprocess.run([sys.executable, str(REPO / "build.py"), "check", "--content", str(content)],
                           capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]


def test_killed_folder_import_leaves_no_partial_article(tmp_path):
    """Eight kills during a folder import of 200 pages: every article is absent or whole."""
    kill_imports(tmp_path, 200, 8)


@pytest.mark.slow
def test_fifty_kills_during_a_folder_import(tmp_path):
    """Fifty kills during a folder import of 200 pages (the issue's bound)."""
    kill_imports(tmp_path, 200, 50)


def test_killed_update_leaves_the_old_or_the_new_file(tmp_path):
    """`--update` killed at random moments leaves the article as it was or as re-imported, whole."""
    raw, content = tmp_path / "page.txt", tmp_path / "content"
    raw.write_text(page(7), encoding="utf-8")
    assert subprocess.run(command(str(raw), "--content", str(content), "--tags", "시험"),
                          capture_output=True, timeout=120).returncode == 0
    (article,) = content.rglob("*.md")
    old = article.read_bytes()
    raw.write_text(page(7).replace("새 예산", "추가 예산"), encoding="utf-8")
    chance = random.Random(7)
    for _ in range(6):
        kill_after(command(str(raw), "--content", str(content), "--update"), chance.uniform(0.1, 0.9))
        now = article.read_bytes()
        assert now == old or (whole(article) and "추가 예산" in now.decode("utf-8")), now[:300]
