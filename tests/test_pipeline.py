"""The one build path: what the choice hands the stages, the records they pass, and serve's view of a build."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

from archivist.config import Config
from archivist.errors import BuildFailed
from archivist.incremental import choose
from archivist.incremental.fresh import INPUTS, Stamp
from archivist.load import Parser
from archivist.model import CARD_FIELDS, Article
from archivist.pipeline import BuildResult, Options, Project, build
from archivist.serve import BuildWorker, build_once, failure_text
from archivist.validate import Fields

from .conftest import REPO

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
ARTICLE = """---
title: "{title}"
reporter: 김인엽
email: kim@example.com
date: 2024-03-05
tags: [반도체, AI]
source: 한국경제
---

{body}
"""


def write_article(content: Path, name: str, title: str = "반도체 인재 쟁탈전", body: str = "첫 문단입니다.") -> Path:
    """Write one valid article; return its path."""
    path = content / name
    path.write_text(ARTICLE.format(title=title, body=body), encoding="utf-8")
    return path


def project_in(tmp_path: Path, count: int = 3) -> Project:
    """Return a project of a few articles, with its own cache folder."""
    content = tmp_path / "content"
    content.mkdir()
    for n in range(count):
        write_article(content, f"a{n}.md", title=f"기사 {n}", body=f"{n}번째 기사의 본문입니다.")
    return Project(content, REPO / "templates", tmp_path / "out", Config(base_url="https://example.org/"),
                   cache=tmp_path / "cache")


def test_an_article_carries_every_validated_field_and_its_card_follows_each():
    article = Parser(Config()).parse("2024/a.md", ARTICLE.format(title="제목", body="본문.").encode()).article
    names = {spec.name for spec in dataclasses.fields(Article)}
    assert {spec.name for spec in dataclasses.fields(Fields)} <= names
    assert CARD_FIELDS == tuple(spec.name for spec in dataclasses.fields(Fields))
    other = {str: lambda v: v + "x", tuple: lambda v: v + ("x",), bool: lambda v: not v, dict: lambda v: {"k": 1},
             datetime: lambda v: v + timedelta(days=1), type(None): lambda v: NOW}
    for name in CARD_FIELDS:
        value = getattr(article, name)
        changed = dataclasses.replace(article, **{name: other[type(value)](value)})
        assert changed.card != article.card, name
    assert dataclasses.replace(article, reading_minutes=9).card == article.card  # the body is not on the card


def test_a_stamp_names_the_inputs_that_changed():
    stamp = Stamp("listing", "theme", "base", False, (1, 2), due=5.0)
    assert stamp.changed(stamp._replace(due=None)) == set()
    assert stamp.changed(stamp._replace(listing="other")) == {"listing"}
    assert stamp.changed(stamp._replace(theme="t", output=None)) == {"theme", "output"}
    assert stamp.changed(None) == set(INPUTS)


def test_the_choice_names_what_to_redo_and_renders_nothing(tmp_path, monkeypatch):
    project = project_in(tmp_path)
    build(project, Options(jobs=1), now=NOW)
    chosen = []
    real = choose.choose
    monkeypatch.setattr("archivist.pipeline.choose", lambda *args: chosen.append(real(*args)) or chosen[-1])
    assert build(project, Options(jobs=1), now=NOW).up_to_date and chosen[-1].up_to_date

    write_article(project.content, "a1.md", title="기사 1", body="1번째 기사의 본문입니다.\n\n덧붙인 문단.")
    result = build(project, Options(jobs=1), now=NOW)
    edits = chosen[-1].edits
    assert [Path(e.source.shown).name for e in edits.edits] == ["a1.md"] and not edits.edits[0].card_changed
    assert edits.linked_from is None and result.rendered >= 1 and result.changed >= 1

    write_article(project.content, "a1.md", title="새 제목", body="1번째 기사의 본문입니다.\n\n덧붙인 문단.")
    build(project, Options(jobs=1), now=NOW)
    assert chosen[-1].edits.edits[0].card_changed and chosen[-1].edits.linked_from is not None
    assert "새 제목" in (project.output / "index.html").read_text(encoding="utf-8")

    write_article(project.content, "a9.md")
    build(project, Options(jobs=1), now=NOW)
    assert chosen[-1].edits is None and chosen[-1].state is not None  # a new file: a full build


def test_edits_whose_live_file_was_lost_are_built_in_full(tmp_path, monkeypatch):
    project = project_in(tmp_path)
    build(project, Options(jobs=1), now=NOW)
    write_article(project.content, "a0.md", title="기사 0", body="0번째 기사의 본문입니다.\n\n덧붙인 문단.")
    build(project, Options(jobs=1), now=NOW)  # the standby now holds this page's older bytes
    lost = next(project.output.rglob("a0/index.html"))
    lost.unlink()
    in_full = []
    real = choose.in_full
    monkeypatch.setattr("archivist.pipeline.in_full", lambda *args: in_full.append(1) or real(*args))
    write_article(project.content, "a2.md", title="기사 2", body="2번째 기사의 본문입니다.\n\n덧붙인 문단.")
    build(project, Options(jobs=1), now=NOW)
    assert in_full and "덧붙인 문단" in lost.read_text(encoding="utf-8")


def test_serve_gets_a_build_result_or_the_build_failure(tmp_path):
    project = project_in(tmp_path)
    options = Options(jobs=1)
    assert isinstance(build_once(lambda: project, options), BuildResult)
    (project.content / "a0.md").write_text("---\ntitle: 깨진 글\n---\n본문\n", encoding="utf-8")
    failed = build_once(lambda: project, options)
    assert isinstance(failed, BuildFailed) and "a0.md" in failure_text(failed)
    assert failure_text(failed).endswith("error(s); the output folder was left as it was.")


def test_serve_build_process_returns_records_through_its_pipe(tmp_path):
    project = project_in(tmp_path)
    worker = BuildWorker(lambda: project, Options(jobs=1))
    try:
        first = worker.build()
        assert isinstance(first, BuildResult) and first.articles == 3 and not first.up_to_date
        assert worker.build().up_to_date
        (project.content / "a1.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
        failed = worker.build()
        assert isinstance(failed, BuildFailed) and failed.errors[0].path.endswith("a1.md")
    finally:
        worker.stop()
