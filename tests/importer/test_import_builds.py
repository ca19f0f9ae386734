"""Whatever import writes, build accepts: every real page of ../shared/cleaning-dev, imported as a user
would (a folder import per input style), builds with no error into a site whose every link resolves.

This covers both parts of the benchmark split (benchmarks/import_split.py), the development and the
check part: it reads no expected answer (a page that needs --date gets a fixed one), scores nothing,
names check-part pages in no message, and only asks that what the importer writes is a valid article.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from archivist.config import Config
from archivist.errors import BuildFailed
from archivist.pipeline import Project, build
from benchmarks.import_split import parts
from tests.publish_check import crawl, serve
from tests.shared_cases import case_ids, cleaning_dev

REPO = Path(__file__).resolve().parents[2]
STYLES = {"raw.html": ".html", "raw.txt": ".txt", "raw.w3m.txt": ".txt", "raw.inner.txt": ".txt"}
GIVEN_DATE = "2020-01-01"  # what a user would type for a page without a date
# What a page may be refused for: each is a one-line error naming the page, and nothing is written.
REFUSALS = ("no publication date", "no headline found", "no article text found")
# Summary lines that name a page without being a failure.
NOT_FAILURES = (": suggested tags, please review:", ": duplicate of ", " invisible character(s) ")


def gather(style: str, folder: Path) -> list[Path]:
    """Copy every case's page of one style into folder as <case id><suffix>; return the copies."""
    cases = cleaning_dev() / "cases"  # skips (fails in CI) without the shared folder
    folder.mkdir(parents=True)
    pages = []
    for case_id in case_ids():
        raw = cases / case_id / style
        if raw.is_file():
            pages.append(Path(shutil.copyfile(raw, folder / f"{case_id}{STYLES[style]}")))
    return pages


def failures(err: str, pages: Path) -> list[str]:
    """Return the summary lines of the pages that failed."""
    return [line for line in err.splitlines()
            if line.startswith(str(pages)) and not any(mark in line for mark in NOT_FAILURES)]


def shown(lines: list[str]) -> str:
    """Return failure lines for a message, the check part's pages only counted (never looked at)."""
    check = {case for case, part in parts(cleaning_dev()).items() if part == "check"}
    dev = [line for line in lines if Path(line.split(": ", 1)[0]).stem not in check]
    return "\n".join(dev + ([f"... and {len(lines) - len(dev)} check-part page(s)"] if len(dev) < len(lines) else []))


def without_articles(problem: str) -> str:
    """Return a crawl problem with article paths masked (their slugs would name check-part pages)."""
    return re.sub(r"/\d{4}/\d{2}/[^/]+/", "/YYYY/MM/<article>/", problem)


def import_folder(run_import, pages: Path, content: Path) -> tuple[int, int, list[str]]:
    """Import a folder as a user would, then each page that asked for --date with one.

    Return (articles written, duplicates reported, the refusals that remain); any other failure
    fails the test.
    """
    status, out, err = run_import(pages, "--content", content)
    failed = failures(err, pages)
    assert status in (0, 1) and (status == 1) == bool(failed), shown(failed)
    strange = [line for line in failed if not any(reason in line for reason in REFUSALS)]
    assert strange == [], "the importer failed otherwise than by a refusal:\n" + shown(strange)
    written, duplicates = out.count("wrote "), err.count(": duplicate of ")
    refused = []
    for line in failed:
        if "no publication date" not in line:
            refused.append(line)
            continue
        status, out, err = run_import(line.split(": ", 1)[0], "--content", content, "--date", GIVEN_DATE)
        again = failures(err, pages)
        assert all(any(reason in f for reason in REFUSALS) for f in again), shown(again)
        written, duplicates = written + out.count("wrote "), duplicates + err.count(": duplicate of ")
        refused += again
    return written, duplicates, refused


@pytest.mark.parametrize("style", list(STYLES))
def test_every_imported_page_builds_and_links_resolve(run_import, tmp_path, style):
    """Every article the importer writes from one input style builds; the site has no broken link."""
    pages = gather(style, tmp_path / "pages")
    assert len(pages) >= 100
    content = tmp_path / "content"
    written, duplicates, refused = import_folder(run_import, tmp_path / "pages", content)
    # Every page is accounted for: written, reported as a duplicate, or refused with its reason.
    assert written + duplicates + len(refused) == len(pages) and written == len(list(content.rglob("*.md")))
    assert written >= 0.9 * len(pages), f"only {written} of {len(pages)} pages imported:\n" + shown(refused)
    output = tmp_path / "root" / "archive"
    config = Config(title="가져온 기사", base_url="https://example.github.io/archive/", language="ko",
                    timezone="Asia/Seoul")
    try:
        result = build(Project(content=content, templates=REPO / "templates", output=output, config=config),
                       now=datetime(2100, 1, 1, tzinfo=timezone.utc))
    except BuildFailed as failed:  # counted by kind: the paths would name check-part pages
        kinds = Counter(f"{error.field}: {error.message}" for error in failed.errors)
        pytest.fail("imported articles do not build:\n" + "\n".join(f"{n} × {k}" for k, n in kinds.most_common()))
    assert result.articles == written
    with serve(output) as root:
        checked, problems = crawl(root)
    assert problems == [], "\n".join(without_articles(problem) for problem in problems)
    assert checked >= sum(1 for _ in output.rglob("index.html"))
