"""Paths: hostile slugs, tags, reporters and file names, and links inside content/, never reach outside."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from archivist.config import Config
from archivist.errors import BuildFailed
from archivist.pipeline import Project, build
from archivist.slugs import WINDOWS_RESERVED

from ..conftest import NOW, REPO, article, write_files

SENTINEL = "SENTINEL-c0ffee-outside-content"
NAMES = ["..", "../..", "../../etc/passwd", "/", "/etc/passwd", "\\", "..\\..\\x", "a/../../b", "%2e%2e%2f",
         "..%2F..%2Fx", "%2e%2e/%2e%2e", "CON", "nul", "COM1", "LPT9", "aux.txt", "con.md", "trailing. ",
         "trailing...", " spaced ", "x" * 300, "가" * 120, "한\u0304", unicodedata.normalize("NFD", "한국어 기사"),
         "Ａｕｘ", "~", ".hidden", "-", "*?<>|:\"", "\u202eevil", "\u200b"]
SLUG_VALUES = ["CON", "aux", "com1", "%2e%2e%2f", "x" * 300, "가" * 200, "trailing.", "name ", "한국어"]


def hostile_articles() -> dict[str, str]:
    """Return content files whose tags, reporters, slugs and file names are path tricks."""
    files = {}
    for index, name in enumerate(NAMES):
        tags = json.dumps([name, name.upper(), name + "x"])
        files[f"2024/01/t{index:02d}.md"] = article(title=f"기사 {index}", date="2024-01-05",
                                                    reporter=json.dumps(name if name.strip() else "기자"), tags=tags)
    for index, slug in enumerate(SLUG_VALUES):
        files[f"2024/02/s{index}.md"] = article(title=f"슬러그 {index}", date="2024-02-05", slug=json.dumps(slug))
    for index, name in enumerate(["CON.md", "aux.txt.md", "x" * 240 + ".md", unicodedata.normalize("NFD", "한글.md"),
                                  "name. .md", "a b.md"]):
        files[f"2024/03/{name}"] = article(title=f"파일 {index}", date="2024-03-05")
    return files


def tree(root: Path) -> dict[str, bytes | str]:
    """Return everything under root: file bytes and link targets, by relative path."""
    found = {}
    for folder, dirs, names in os.walk(root):
        for name in dirs + names:
            path = Path(folder, name)
            key = str(path.relative_to(root))
            found[key] = os.readlink(path) if path.is_symlink() else (path.read_bytes() if path.is_file() else "dir")
    return found


@pytest.fixture
def sandbox(tmp_path):
    """Return a project inside a folder that also holds a sentinel file and folder outside content/."""
    project_root = tmp_path / "site"
    write_files(tmp_path, {"secret.md": article(title=SENTINEL, body=SENTINEL), "secret/inside.md": article(title=SENTINEL),
                           "secret/plain.txt": SENTINEL})
    write_files(project_root / "content", hostile_articles())
    return tmp_path, Project(content=project_root / "content", templates=REPO / "templates",
                             output=project_root / "output", config=Config(base_url="https://example.org/"))


def assert_output_is_safe(output: Path) -> None:
    """Every output path is inside output, NFC, portable, and no file holds the sentinel."""
    for path in output.rglob("*"):
        assert path.resolve().is_relative_to(output.resolve())
        relative = str(path.relative_to(output))
        assert unicodedata.is_normalized("NFC", relative)
        for part in Path(relative).parts:
            assert len(part.encode("utf-8")) <= 255 and part.rstrip(". ") == part, part
            assert part.split(".")[0].lower() not in WINDOWS_RESERVED, part
            assert not set(part) & set('\\:*?"<>|\x00'), part
        if path.is_file():
            assert SENTINEL.encode() not in path.read_bytes(), relative


def test_hostile_names_build_inside_the_output_and_touch_nothing_else(sandbox):
    around, project = sandbox
    before = {k: v for k, v in tree(around).items() if not k.startswith("site/")}
    result = build(project, now=NOW)
    assert result.articles == len(hostile_articles())
    after = tree(around)
    assert {k: v for k, v in after.items() if not k.startswith("site/")} == before
    made = {k.split("/")[1] for k in after if k.startswith("site/") and k.count("/")}
    assert made <= {"content", "output", ".output.standby", ".output.lock", ".output.delta", ".archivist-cache"}
    assert_output_is_safe(project.output)
    tag_pages = list(project.output.glob("tags/*/index.html"))
    assert len(tag_pages) >= len(NAMES)


@pytest.mark.parametrize("make_link, expected", [
    (lambda c, o: os.symlink(o / "secret.md", c / "2024/01/link.md"), "is a link to a file outside the content folder"),
    (lambda c, o: os.symlink(o / "secret", c / "2024/linked"), "is a link to a folder outside the content folder"),
    (lambda c, o: os.symlink("../../../../secret.md", c / "2024/01/rel.md"), "is a link to a file outside"),
    (lambda c, o: os.symlink("loop.md", c / "2024/01/loop.md"), "is a broken or looping link"),
    (lambda c, o: os.symlink(c / "2024", c / "2024/01/cycle"), None),
    (lambda c, o: os.symlink(c / "2024/01/t00.md", c / "2024/01/same.md"), None),
])
def test_links_inside_content_never_read_outside(sandbox, make_link, expected):
    around, project = sandbox
    make_link(project.content, around)
    if expected is None:
        build(project, now=NOW)
    else:
        with pytest.raises(BuildFailed) as failed:
            build(project, now=NOW)
        assert [str(e) for e in failed.value.errors if expected in str(e)], failed.value.errors
        assert not project.output.exists()
    assert (around / "secret.md").read_text(encoding="utf-8").count(SENTINEL) == 2
    if project.output.exists():
        assert_output_is_safe(project.output)


def test_case_and_normalisation_collisions_are_errors_not_overwrites(make_project):
    project = make_project({"2024/01/Same.md": article(title="하나"), "2024/01/same.md": article(title="둘"),
                            "2024/01/b.md": article(title="셋", slug="한국"),
                            "2024/01/c.md": article(title="넷", slug=json.dumps(unicodedata.normalize("NFD", "한국")))})
    with pytest.raises(BuildFailed) as failed:
        build(project, now=NOW)
    messages = [str(e) for e in failed.value.errors]
    assert len(messages) == 2 and all("already has (set a different 'slug:')" in m for m in messages), messages
    assert not project.output.exists()


@pytest.mark.parametrize("slug", ["../x", "a/b", "..", "a\\b", "x\x00y", "./x"])
def test_slug_field_with_path_characters_is_an_error(make_project, slug):
    project = make_project({"a.md": article(slug=json.dumps(slug))})
    with pytest.raises(BuildFailed) as failed:
        build(project, now=NOW)
    (error,) = failed.value.errors
    assert error.field == "slug"
