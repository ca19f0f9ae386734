"""The golden site: a small archive whose whole output is compared byte for byte.

Regenerate after an intended change with:

    python -m tests.golden_site --regenerate

then review `git diff tests/golden/expected` before committing.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from archivist.config import Config
from archivist.pipeline import Project, build
from archivist.writer import MARKER

HERE = Path(__file__).resolve().parent / "golden"
REPO = HERE.parent.parent
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
CONFIG = Config(title="골든 아카이브", description="테스트용 사이트", base_url="https://example.github.io/archive/",
                language="ko", timezone="Asia/Seoul", page_size=2, feed_size=50)


def build_golden(output: Path) -> None:
    """Build the golden content into output with pinned settings, time and timezone."""
    project = Project(content=HERE / "content", templates=REPO / "templates", output=output, config=CONFIG)
    build(project, now=NOW)


def regenerate() -> None:
    """Rebuild tests/golden/expected from the golden content (without the build's manifest)."""
    expected = HERE / "expected"
    with tempfile.TemporaryDirectory() as scratch:
        build_golden(Path(scratch) / "site")
        (Path(scratch) / "site" / MARKER).unlink()
        shutil.rmtree(expected, ignore_errors=True)
        shutil.copytree(Path(scratch) / "site", expected)
    print(f"regenerated {expected}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regenerate"]:
        sys.exit("usage: python -m tests.golden_site --regenerate")
    regenerate()
