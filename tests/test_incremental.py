"""Incremental builds: after any sequence of edits, the output is byte-identical to a clean build."""

from __future__ import annotations

import gc
import os
import random
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from archivist import cli, rendering
from archivist.incremental import choose
from archivist.config import Config, load_config
from archivist.errors import BuildFailed
from archivist.pipeline import Options, Project, build
from archivist.incremental.choose import changed_since
from archivist.writer import MARKER

from .conftest import REPO

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
TAGS = ["AI", "ai", "반도체", "인재", "C", "C++", "금리", "Chips"]
REPORTERS = ["김인엽", "박서연", "Jane Doe", "jane doe"]
WORDS = ["인공지능", "반도체업계", "쟁탈전이", "market", "chips", "금리가", "투자를", "growth"]


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file under folder (manifest excluded) by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.name != MARKER}


def random_article(rng: random.Random, title: str) -> str:
    """Return a valid article with random date, tags, reporters and body."""
    tags = rng.sample(TAGS, rng.randint(0, 3))
    reporters = rng.sample(REPORTERS, rng.randint(1, 2))
    date = f"2024-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d}"
    paragraphs = [" ".join(rng.choices(WORDS, k=rng.randint(5, 15))) + "." for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.2:
        paragraphs.insert(1, "## " + rng.choice(WORDS))
    extra = "draft: true\n" if rng.random() < 0.1 else ""
    return (f'---\ntitle: "{title}"\nreporter: [{", ".join(reporters)}]\ndate: {date}\n'
            f"tags: [{', '.join(tags)}]\n{extra}---\n\n" + "\n\n".join(paragraphs) + "\n")


def mutate(rng: random.Random, content: Path, templates: Path, step: int) -> str:
    """Apply one random edit to the project; return what it was."""
    files = sorted(content.rglob("*.md"))
    action = rng.choice(["edit", "edit", "body", "body", "retitle", "add", "delete", "rename", "touch", "template"])
    if action == "add" or not files:
        (content / f"new-{step}.md").write_text(random_article(rng, f"새 기사 {step}"), encoding="utf-8")
    elif action == "delete" and len(files) > 3:
        rng.choice(files).unlink()
    elif action == "rename":
        source = rng.choice(files)
        source.rename(source.with_name(f"renamed-{step}.md"))
    elif action == "body":
        target = rng.choice(files)
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"\n\n덧붙인 문단 {step}: " + " ".join(rng.choices(WORDS, k=6)) + "\n")
    elif action == "touch":
        rng.choice(files).touch()
    elif action == "retitle":
        target = rng.choice(files)
        text = target.read_text(encoding="utf-8").split("\n")
        text[1] = f'title: "다시 쓴 제목 {step}"'
        target.write_text("\n".join(text), encoding="utf-8")
    elif action == "template":
        page = templates / "_entry.html"
        page.write_text(page.read_text(encoding="utf-8").replace("entry-title", f"entry-title v{step}", 1), encoding="utf-8")
    else:
        target = rng.choice(files)
        target.write_text(random_article(rng, target.stem), encoding="utf-8")
    return action


def random_project(tmp_path, rng, count: int):
    """Return a content folder of count random articles and a copy of the theme, under tmp_path."""
    content, templates = tmp_path / "content", tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    content.mkdir()
    for n in range(count):
        (content / f"a{n:02d}.md").write_text(random_article(rng, f"기사 {n}"), encoding="utf-8")
    return content, templates


def test_random_edits_build_the_same_site_as_a_clean_build(tmp_path):
    rng = random.Random(20261128)
    content, templates = random_project(tmp_path, rng, 30)
    config = Config(base_url="https://example.org/", page_size=3, feed_size=4, related_count=3)
    incremental = Project(content, templates, tmp_path / "inc", config, cache=tmp_path / "cache")
    done = []
    for step in range(30):
        done.append(mutate(rng, content, templates, step))
        build(incremental, Options(jobs=1), now=NOW)
        clean = Project(content, templates, tmp_path / f"clean{step}", config)
        build(clean, Options(jobs=1, clean=True), now=NOW)
        assert tree(incremental.output) == tree(clean.output), f"step {step} after {done}"
        shutil.rmtree(clean.output)
    assert {"edit", "body", "add", "delete", "rename", "template"} <= set(done)


def test_random_edits_through_the_command_build_the_same_site_as_a_clean_build(tmp_path, monkeypatch, capsys):
    """The command adds what build() alone does not: the up-to-date answer and the source list of fresh.py."""
    rng = random.Random(20261129)
    content, templates = random_project(tmp_path, rng, 20)
    settings = tmp_path / "site.yaml"
    settings.write_text("base_url: https://example.org/\npage_size: 3\nfeed_size: 4\nrelated_count: 3\n", encoding="utf-8")
    compared, quick_builds = [], []
    monkeypatch.setattr(choose, "changed_since", lambda *args: compared.append(1) or changed_since(*args))
    real_quick = choose.shape_keeping_edits

    def counted_quick(*args):
        result = real_quick(*args)
        quick_builds.append(result is not None)
        return result

    monkeypatch.setattr(choose, "shape_keeping_edits", counted_quick)
    command = ["build", "--content", str(content), "--templates", str(templates), "--output", str(tmp_path / "inc"),
               "--config", str(settings), "--jobs", "1"]
    done, answers = [], []
    for step in range(24):
        done.append(mutate(rng, content, templates, step))
        if rng.random() < 0.4:  # a second file's body changes in the same step
            with open(rng.choice(sorted(content.rglob("*.md"))), "a", encoding="utf-8") as handle:
                handle.write(f"\n\n같은 단계의 두 번째 편집 {step}\n")
        assert cli.main(command) == 0
        assert cli.main(command) == 0 and gc.isenabled()  # the command pauses the collector, then restores it
        answers.append(tuple(line.split(":")[0] for line in capsys.readouterr().out.splitlines()))
        clean = Project(content, templates, tmp_path / f"clean{step}", load_config(settings, "site.yaml"))
        build(clean, Options(jobs=1, clean=True))
        assert tree(tmp_path / "inc") == tree(clean.output), f"step {step} after {done}"
        shutil.rmtree(clean.output)
    assert {"edit", "body", "add", "delete", "rename", "template"} <= set(done)
    assert {second for _, second in answers} == {"Up to date"} and len(compared) >= 5, (answers, len(compared))
    assert sum(quick_builds) >= 5, quick_builds  # the quick path chose edits, not only the full build


def test_process_pool_output_equals_single_process(tmp_path, monkeypatch):
    rng = random.Random(7)
    content = tmp_path / "content"
    content.mkdir()
    for n in range(150):
        (content / f"a{n:03d}.md").write_text(random_article(rng, f"기사 {n}"), encoding="utf-8")
    config = Config(base_url="https://example.org/", page_size=5)
    one = Project(content, REPO / "templates", tmp_path / "one", config)
    two = Project(content, REPO / "templates", tmp_path / "two", config)
    build(one, Options(jobs=1), now=NOW)
    build(two, Options(jobs=2), now=NOW)
    assert tree(one.output) == tree(two.output)
    # A large archive runs the search index and the cache writes after the render, in the parent.
    monkeypatch.setattr(rendering, "BESIDE_MOST", 100)
    large = Project(content, REPO / "templates", tmp_path / "large", config, cache=tmp_path / "cache")
    build(large, Options(jobs=2), now=NOW)
    assert tree(large.output) == tree(two.output)
    (content / "a007.md").write_text(random_article(rng, "고친 기사"), encoding="utf-8")
    build(large, Options(jobs=2), now=NOW)
    build(one, Options(jobs=1, clean=True), now=NOW)
    assert tree(large.output) == tree(one.output)


def test_a_corrupt_cache_is_ignored_and_the_site_is_right(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text(random_article(random.Random(1), "원래"), encoding="utf-8")
    project = Project(content, REPO / "templates", tmp_path / "out", Config(), cache=tmp_path / "cache")
    build(project, now=NOW)
    (tmp_path / "cache" / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    for name in ("cache.sqlite-wal", "cache.sqlite-shm"):
        (tmp_path / "cache" / name).unlink(missing_ok=True)
    (content / "a.md").write_text(random_article(random.Random(1), "바뀐 제목"), encoding="utf-8")
    result = build(project, now=NOW)
    assert result.rendered == result.files
    html = next((tmp_path / "out").rglob("a/index.html")).read_text(encoding="utf-8")
    assert "바뀐 제목" in html


def test_a_cache_from_another_version_is_ignored(tmp_path):
    from archivist.incremental.cache import BuildCache

    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text(random_article(random.Random(2), "제목"), encoding="utf-8")
    project = Project(content, REPO / "templates", tmp_path / "out", Config(), cache=tmp_path / "cache")
    build(project, now=NOW)
    stale = BuildCache(tmp_path / "cache", "archivist 0.0.0-other")
    assert stale.state().articles == {} and stale.stamp() is None
    stale.close()
    result = build(project, now=NOW)
    assert not result.up_to_date and result.rendered == result.files


def test_nothing_changed_does_nothing_and_an_edit_renders_few_pages(tmp_path):
    rng = random.Random(3)
    content = tmp_path / "content"
    content.mkdir()
    for n in range(40):
        text = random_article(rng, f"기사 {n}").replace("draft: true\n", "")
        (content / f"a{n:02d}.md").write_text(text, encoding="utf-8")
    project = Project(content, REPO / "templates", tmp_path / "out", Config(page_size=10), cache=tmp_path / "cache")
    first = build(project, now=NOW)
    mtimes = {p: p.stat().st_mtime_ns for p in (tmp_path / "out").rglob("*.html")}
    assert build(project, now=NOW).up_to_date
    target = content / "a05.md"
    target.write_text(target.read_text(encoding="utf-8") + "\n덧붙인 문단.\n", encoding="utf-8")
    second = build(project, now=NOW)
    # A body edit renders its own page, and the search files holding its text and words.
    assert second.rendered < 10 and first.rendered > 40
    changed = [p for p, t in mtimes.items() if p.exists() and p.stat().st_mtime_ns != t]
    assert [p.parent.name for p in changed] == ["a05"]


def test_a_future_article_appears_when_its_time_comes(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "later.md").write_text("---\ntitle: 예약\nreporter: 김기자\ndate: 2026-01-02\n---\n본문\n", encoding="utf-8")
    project = Project(content, REPO / "templates", tmp_path / "out", Config(), cache=tmp_path / "cache")
    build(project, now=NOW)
    assert not (tmp_path / "out/2026/01/later").exists()
    assert build(project, now=NOW).up_to_date
    build(project, now=datetime(2026, 1, 3, tzinfo=timezone.utc))
    assert (tmp_path / "out/2026/01/later/index.html").exists()


def test_a_deleted_output_is_rebuilt_whole(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text(random_article(random.Random(4), "제목").replace("draft: true\n", ""), encoding="utf-8")
    project = Project(content, REPO / "templates", tmp_path / "out", Config(), cache=tmp_path / "cache")
    first = build(project, now=NOW)
    shutil.rmtree(tmp_path / "out")
    again = build(project, now=NOW)
    assert not again.up_to_date and again.rendered == first.rendered
    assert tree(tmp_path / "out") and (tmp_path / "out" / "index.html").exists()


def retitle(path: Path, title: str) -> None:
    """Give an article a new title, keeping everything else."""
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[1] = f'title: "{title}"'
    path.write_text("\n".join(lines), encoding="utf-8")


def test_title_edits_rerender_only_the_pages_that_show_the_article(tmp_path):
    rng = random.Random(5)
    content = tmp_path / "content"
    content.mkdir()
    for n in range(60):
        text = random_article(rng, f"기사 {n}").replace("draft: true\n", "")
        (content / f"a{n:02d}.md").write_text(text, encoding="utf-8")
    project = Project(content, REPO / "templates", tmp_path / "out", Config(page_size=10), cache=tmp_path / "cache")
    first = build(project, now=NOW)
    for step, names in enumerate([["a05"], ["a07", "a05"], ["a05"]]):
        for name in names:
            retitle(content / f"{name}.md", f"고친 제목 {step} {name}")
        edited = build(project, now=NOW)
        # Its page, the pages linking to it (neighbours, related), its lists and feeds: nothing else.
        assert 1 < edited.rendered == edited.changed < first.rendered / 2
        clean = Project(content, REPO / "templates", tmp_path / f"clean{step}", Config(page_size=10))
        build(clean, now=NOW, clean=True)
        assert tree(project.output) == tree(clean.output)
        pages = [p for p in project.output.rglob("index.html") if f"고친 제목 {step} a05" in p.read_text(encoding="utf-8")]
        assert len(pages) > 3  # the article, the home and its lists all show the new title


def test_after_a_build_failing_at_render_the_next_builds_are_right(tmp_path):
    # The cache's articles, links and model are written by a forked process while pages render
    # and committed only after publishing. After a render failure, with the inputs put back
    # exactly (bytes and times), the build is up to date, and quick edits after it build right.
    rng = random.Random(11)
    content, templates = random_project(tmp_path, rng, 80)
    config = Config(base_url="https://example.org/", page_size=4)
    project = Project(content, templates, tmp_path / "out", config, cache=tmp_path / "cache")
    build(project, Options(jobs=2), now=NOW)
    saved = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(content.iterdir()) + [templates / "_entry.html"]}
    for n in range(0, 80, 3):
        (content / f"a{n:02d}.md").write_text(random_article(rng, f"고친 기사 {n}"), encoding="utf-8")
    entry = templates / "_entry.html"
    entry.write_text(entry.read_text(encoding="utf-8").replace("{{ entry.title }}", "{{ entry.no_such_field }}"),
                     encoding="utf-8")
    before = tree(project.output)
    with pytest.raises(BuildFailed):
        build(project, Options(jobs=2), now=NOW)
    assert tree(project.output) == before
    for path, (data, mtime) in saved.items():
        path.write_bytes(data)
        os.utime(path, ns=(mtime, mtime))
    assert build(project, Options(jobs=2), now=NOW).up_to_date
    for n in (1, 2, 4):
        with open(content / f"a{n:02d}.md", "a", encoding="utf-8") as handle:
            handle.write("\n덧붙인 문단.\n")
        build(project, Options(jobs=2), now=NOW)
    clean = Project(content, templates, tmp_path / "clean", config)
    build(clean, Options(jobs=1, clean=True), now=NOW)
    assert tree(project.output) == tree(clean.output)


def picture_bytes(rng: random.Random, size: tuple[int, int] | None = None) -> bytes:
    """Return a small PNG or JPEG of random (or this) size and colour (some wide enough to get resized versions)."""
    import io

    from PIL import Image

    size = size or rng.choice([(520, 300), (200, 150), (640, 480), (90, 60)])
    out = io.BytesIO()
    Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3))).save(out, rng.choice(["PNG", "JPEG"]))
    return out.getvalue()


def bundle_pictures(content: Path) -> list[Path]:
    """Return the picture files of the project's article folders."""
    return sorted(content.glob("b*/*.png"))


def mutate_pictures(rng: random.Random, content: Path, step: int) -> str:
    """Apply one random picture edit: add (and show), replace, delete (and stop showing), or edit a folder's text."""
    bundles = sorted(content.glob("b*/index.md"))
    pictures = bundle_pictures(content)
    action = rng.choice(["add", "add", "replace", "replace", "delete", "unreferenced", "text"])
    if action == "add" or not pictures:
        folder = rng.choice(bundles).parent
        (folder / f"p{step}.png").write_bytes(picture_bytes(rng))
        caption = rng.choice(["", ' "캡션"'])
        with open(folder / "index.md", "a", encoding="utf-8") as handle:
            handle.write(f"\n![사진 {step}](p{step}.png{caption})\n")
        return "add"
    if action == "replace":
        rng.choice(pictures).write_bytes(picture_bytes(rng))
    elif action == "delete":
        picture = rng.choice(pictures)
        page = picture.parent / "index.md"
        page.write_text("".join(line for line in page.read_text(encoding="utf-8").splitlines(True)
                                if f"({picture.name}" not in line), encoding="utf-8")
        picture.unlink()
    elif action == "unreferenced":
        (content / f"loose-{step}.png").write_bytes(picture_bytes(rng))
    else:
        with open(rng.choice(bundles), "a", encoding="utf-8") as handle:
            handle.write(f"\n덧붙인 문단 {step}.\n")
    return action


def test_random_picture_edits_build_the_same_site_as_a_clean_build(tmp_path):
    rng = random.Random(20261206)
    content, templates = random_project(tmp_path, rng, 10)
    for n in range(4):
        folder = content / f"b{n}"
        folder.mkdir()
        (folder / "index.md").write_text(random_article(rng, f"사진 기사 {n}").replace("draft: true\n", "")
                                         + f"\n![첫 사진 {n}](lead.png)\n", encoding="utf-8")
        (folder / "lead.png").write_bytes(picture_bytes(rng))
    config = Config(base_url="https://example.org/sub/", page_size=3, feed_size=4, related_count=3)
    incremental = Project(content, templates, tmp_path / "inc", config, cache=tmp_path / "cache")
    build(incremental, Options(jobs=1), now=NOW)
    done = []
    for step in range(24):
        done.append(mutate_pictures(rng, content, step) if step % 4 else mutate(rng, content, templates, step))
        if step % 6 == 5:  # a reference to a missing picture: an error at its line, the site kept; then fixed
            target = rng.choice(sorted(content.glob("b*/index.md")))
            original = target.read_text(encoding="utf-8")
            target.write_text(original + "\n![없는 사진](nowhere.png)\n", encoding="utf-8")
            before = tree(incremental.output)
            with pytest.raises(BuildFailed) as failed:
                build(incremental, Options(jobs=1), now=NOW)
            line = len((original + "\n").splitlines()) + 1
            assert [str(e) for e in failed.value.errors] == [
                f"{target}:{line}: nowhere.png: no such file ({target.parent}/nowhere.png is missing)"]
            assert tree(incremental.output) == before
            target.write_text(original, encoding="utf-8")
            done.append("missing")
        build(incremental, Options(jobs=1), now=NOW)
        clean = Project(content, templates, tmp_path / f"clean{step}", config)
        build(clean, Options(jobs=1, clean=True), now=NOW)
        assert tree(incremental.output) == tree(clean.output), f"step {step} after {done}"
        shutil.rmtree(clean.output)
    assert {"add", "replace", "delete", "missing", "unreferenced"} <= set(done), done


def test_a_replaced_picture_rewrites_only_its_page_and_its_versions(tmp_path):
    rng = random.Random(8)
    content, templates = random_project(tmp_path, rng, 12)
    folder = content / "b0"
    folder.mkdir()
    (folder / "index.md").write_text(random_article(rng, "사진 기사").replace("draft: true\n", "")
                                     + "\n![첫 사진](lead.png)\n\n![둘째 사진](second.png)\n", encoding="utf-8")
    (folder / "lead.png").write_bytes(picture_bytes(rng))
    (folder / "second.png").write_bytes(picture_bytes(rng, (520, 300)))  # resized to 480
    project = Project(content, templates, tmp_path / "out", Config(page_size=4), cache=tmp_path / "cache")
    build(project, Options(jobs=1), now=NOW)
    before = tree(project.output)
    (folder / "second.png").write_bytes(picture_bytes(rng, (640, 480)))
    build(project, Options(jobs=1), now=NOW)
    after = tree(project.output)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    page = next(path for path in after if path.endswith("/index.html") and "second.png" in after[path].decode())
    folder_out = page.rsplit("/", 1)[0]
    assert {page, f"{folder_out}/second.png"} <= changed <= {page} | {p for p in changed if "/second" in p}
    clean = Project(content, templates, tmp_path / "clean", Config(page_size=4))
    build(clean, Options(jobs=1, clean=True), now=NOW)
    assert tree(project.output) == tree(clean.output)
