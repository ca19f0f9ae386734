"""Folder imports on several cores: the same articles, the same output, a clean stop on Ctrl-C."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from archivist.importer import command, pool

SENTENCE = "정부가 반도체 산업 지원을 위해 {n}조원 규모의 예산을 투입한다고 {d}일 밝혔다. 지원 대상은 설비 투자와 연구개발이다."


def page(n: int) -> str:
    """Return a small Korean text dump, the n-th of a folder (its own headline, day and figures)."""
    day = 1 + n % 28
    return (f"홈\n  * 정치\n  * 경제\n반도체 지원 {n}번째 계획 발표\n입력 2024.03.{day:02d} 05:00\n\n"
            f"{SENTENCE.format(n=n, d=day)}\n\n{SENTENCE.format(n=n + 1, d=day).replace('정부가', '산업부가')}\n"
            f"홍길동 기자 hong{n}@example.co.kr\nⓒ 예시일보 무단전재 및 재배포 금지\n")


def folder(tmp_path: Path, count: int) -> Path:
    """Return a folder of `count` pages: distinct articles, one repeated page, and one that is no article."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(count):
        (pages / f"{n:03d}.txt").write_text(page(n), encoding="utf-8")
    (pages / "500-again.txt").write_text(page(3), encoding="utf-8")
    (pages / "501-menu.txt").write_text("홈\n로그인\n", encoding="utf-8")
    return pages


def tree(content: Path) -> dict[str, str]:
    """Return every file under the content folder with its text."""
    return {str(p.relative_to(content)): p.read_text(encoding="utf-8") for p in sorted(content.rglob("*.md"))}


def summary(err: str) -> list[str]:
    """Return the lines of standard error without the progress bar (its rate differs from run to run, and
    reads s/page on a loaded machine)."""
    return [line for line in err.splitlines() if "\r" not in line and "page/s" not in line and "s/page" not in line]


def test_workers_import_exactly_what_one_process_imports(run_import, tmp_path, monkeypatch):
    """Extraction in worker processes gives the same files, the same output and the same summary."""
    pages = folder(tmp_path, 30)
    monkeypatch.setattr(pool, "POOL_FROM", 10**6)
    alone = run_import(pages, "--content", "one")
    monkeypatch.setattr(pool, "POOL_FROM", 4)
    used = []
    monkeypatch.setattr(pool, "workers", lambda names: used.append(2) or 2)
    shared = run_import(pages, "--content", "many")
    assert used, "the pool was not used"
    assert shared[0] == alone[0] == 1  # the page that is no article failed in both
    assert shared[1].replace("many/", "one/") == alone[1]
    assert summary(shared[2].replace("many/", "one/")) == summary(alone[2])
    assert "duplicate of" in alone[2] and "no article text found" in alone[2]
    assert tree(tmp_path / "many") == tree(tmp_path / "one") and len(tree(tmp_path / "one")) == 30


def test_small_folders_and_urls_stay_in_one_process(tmp_path):
    """A few files, or pages fetched by URL, are never handed to workers."""
    assert pool.workers([str(tmp_path / f"{n}.txt") for n in range(pool.POOL_FROM - 1)]) == 0
    assert pool.workers([f"https://example.org/{n}" for n in range(pool.POOL_FROM * 2)]) == 0


def test_a_worker_failure_is_reported_as_in_one_process(tmp_path, monkeypatch):
    """An unexpected error inside a worker becomes the same one-line error the parent reports."""
    monkeypatch.setattr(pool, "extract", lambda data, name, *rest: 1 / 0)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    error = pool.extract_file(str(tmp_path / "a.txt"))
    assert str(error) == f"{tmp_path / 'a.txt'}: could not import (ZeroDivisionError: division by zero)"


def test_ctrl_c_stops_with_a_summary_and_no_traceback(run_import, tmp_path, monkeypatch):
    """Ctrl-C during a folder import stops it: exit 130, the summary of what was written, nothing partial."""
    pages = folder(tmp_path, 8)
    real = command.import_one
    seen = []

    def interrupted(name, *args, **kwargs):
        seen.append(name)
        if len(seen) == 4:
            raise KeyboardInterrupt
        return real(name, *args, **kwargs)

    monkeypatch.setattr(command, "import_one", interrupted)
    status, out, err = run_import(pages, "--content", "c")
    assert status == 130
    assert "interrupted" in err and "imported 3, skipped 0 duplicate(s), failed 0" in err
    assert "Traceback" not in err
    assert len(tree(tmp_path / "c")) == 3 and out.count("wrote ") == 3


def test_ctrl_c_while_writing_waits_for_the_file(tmp_path):
    """An interrupt that arrives while a file is written is held until the file is complete."""
    target = tmp_path / "a.md"
    with pytest.raises(KeyboardInterrupt):
        with pool.deferred_interrupt():
            with open(target, "w", encoding="utf-8") as handle:
                handle.write("first half\n")
                os.kill(os.getpid(), signal.SIGINT)
                handle.write("second half\n")
    assert target.read_text(encoding="utf-8") == "first half\nsecond half\n"
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_title_without_letters_still_finds_its_duplicate():
    """A page whose title has no letters (a converter leftover) is a duplicate the second time too."""
    from archivist.importer.archive import title_key

    assert title_key("[    ][]", "2000-05-07") == title_key("[ ][]", "2000-05-07T09:00:00+09:00") != ""
    assert title_key("[ ][]", "2000-05-07") != title_key("[ ][]", "2000-05-08")
    assert title_key("", "2000-05-07") == ""


def html_page(n: int) -> str:
    """Return a small saved page with its own canonical URL, headline and day."""
    day = 1 + n % 28
    return (f'<html><head><link rel="canonical" href="https://news.example/{n}">'
            f'<meta property="article:published_time" content="2024-03-{day:02d}T05:00:00+09:00">'
            f"<title>반도체 지원 {n}번째 계획 발표</title></head><body><h1>반도체 지원 {n}번째 계획 발표</h1>"
            f"<p>{SENTENCE.format(n=n, d=day)}</p><p>{SENTENCE.format(n=n + 1, d=day)}</p>"
            f"<p>홍길동 기자 hong{n}@example.co.kr</p></body></html>")


@pytest.mark.parametrize("workers", [0, 2])
def test_saved_pages_already_imported_are_not_extracted_again(run_import, tmp_path, monkeypatch, workers):
    """A second import of saved pages finds each URL in the archive before extracting the article."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(12):
        (pages / f"{n:03d}.html").write_text(html_page(n), encoding="utf-8")
    monkeypatch.setattr(pool, "POOL_FROM", 4)
    monkeypatch.setattr(pool, "workers", lambda names: workers)
    assert run_import(pages, "--content", "c")[0] == 0
    before = tree(tmp_path / "c")
    assert len(before) == 12

    def no_body(*args, **kwargs):
        raise AssertionError("the article of a page already in the archive was extracted")

    monkeypatch.setattr("archivist.importer.html.body_html", no_body)
    status, out, err = run_import(pages, "--content", "c")
    assert status == 0 and "imported 0, skipped 12 duplicate(s), failed 0" in err
    assert tree(tmp_path / "c") == before
    status, out, err = run_import(pages / "003.html", "--content", "c", "--update")
    assert status == 1 and "extracted" in err  # --update re-imports: the article is read again


def test_a_worker_killed_by_the_system_costs_only_its_pages(run_import, tmp_path, monkeypatch):
    """A worker killed mid-import (the OOM killer) fails the pages it still held, with one line each, and
    the import goes on with the rest: no hang, no traceback."""
    pages = folder(tmp_path, 40)
    real = pool.extract

    def killed_on_page_20(data, name, *rest):
        if name.endswith("020.txt"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(data, name, *rest)

    monkeypatch.setattr(pool, "extract", killed_on_page_20)
    monkeypatch.setattr(pool, "POOL_FROM", 4)
    monkeypatch.setattr(pool, "workers", lambda names: 2)
    status, out, err = run_import(pages, "--content", "c")
    lost = [line for line in err.splitlines() if "its worker process was killed (signal 9)" in line]
    assert status == 1 and "Traceback" not in err
    assert lost and lost[0].startswith(str(pages / "020.txt")) and "import the file again" in lost[0]
    lost_articles = [line for line in lost if line.startswith(str(pages / "0"))]  # not the copy, not the menu page
    assert len(tree(tmp_path / "c")) == 40 - len(lost_articles) and len(lost_articles) < 20
