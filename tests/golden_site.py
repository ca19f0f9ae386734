"""The golden site: a small archive whose whole output is compared byte for byte.

The theme's static files (static/: scripts, style sheets) are compared by hash, listed
in tests/golden/static.sha256 (`sha256sum -c` reads it from the output folder), instead
of being kept twice. Regenerate both the pages and that list after an intended change with:

    python -m tests.golden_site --regenerate

then review `git diff tests/golden/expected tests/golden/static.sha256` before committing.
"""

from __future__ import annotations

import hashlib
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
STATIC = "static"  # the output folder compared by hash
STATIC_MANIFEST = HERE / "static.sha256"
CONFIG = Config(title="골든 아카이브", description="테스트용 사이트", base_url="https://example.github.io/archive/",
                language="ko", timezone="Asia/Seoul", page_size=2, feed_size=50)


def build_golden(output: Path) -> None:
    """Build the golden content into output with pinned settings, time and timezone."""
    project = Project(content=HERE / "content", templates=REPO / "templates", output=output, config=CONFIG)
    build(project, now=NOW)


def static_manifest(site: Path) -> str:
    """Return the sha256sum-style list of a built site's static/ files, sorted by path."""
    files = sorted(p for p in (site / STATIC).rglob("*") if p.is_file())
    return "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(site).as_posix()}\n" for p in files)


def split_static(site: Path) -> str:
    """Remove static/ from a built site and return its manifest: the rest is compared byte for byte."""
    manifest = static_manifest(site)
    shutil.rmtree(site / STATIC, ignore_errors=True)
    return manifest


def static_differences(manifest: str) -> list[str]:
    """Return the static files whose hash differs from tests/golden/static.sha256 (missing, extra or changed)."""
    expected = set(STATIC_MANIFEST.read_text(encoding="utf-8").splitlines())
    found = set(manifest.splitlines())
    return sorted({line.split("  ", 1)[1] for line in expected ^ found})


def regenerate() -> None:
    """Rebuild tests/golden/expected and static.sha256 from the golden content (without the build's manifest)."""
    expected = HERE / "expected"
    with tempfile.TemporaryDirectory() as scratch:
        build_golden(Path(scratch) / "site")
        (Path(scratch) / "site" / MARKER).unlink()
        STATIC_MANIFEST.write_text(split_static(Path(scratch) / "site"), encoding="utf-8")
        shutil.rmtree(expected, ignore_errors=True)
        shutil.copytree(Path(scratch) / "site", expected)
    print(f"regenerated {expected} and {STATIC_MANIFEST}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regenerate"]:
        sys.exit("usage: python -m tests.golden_site --regenerate")
    regenerate()
