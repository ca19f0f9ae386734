"""`init` and `new`: a new archive and a new article, atomic, never over an existing file."""

from __future__ import annotations

import os
import re

import pytest
import yaml

from archivist import newfiles

from .conftest import REPO, run_cli


def files_under(root):
    """Return every file under root, relative, with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_init_makes_an_archive_that_builds_with_an_article_from_new(tmp_path):
    done = run_cli("init", "site", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    root = tmp_path / "site"
    made = files_under(root)
    assert {"site.yaml", ".gitignore", "requirements.txt", ".github/workflows/pages.yml"} <= set(made)
    assert [name for name in made if name.startswith("content/")] != []
    assert b"/output/" in made[".gitignore"] and b".archivist-cache/" in made[".gitignore"]
    new = run_cli("new", "서울 지하철 요금 인상", "--tags", "교통, 서울", "--reporter", "김기자", "--date", "2024-03-28",
                  cwd=root)
    assert new.returncode == 0, new.stderr
    assert new.stdout == os.path.join("content", "2024", "03", "seoul-jihacheol-yogeum-insang.md") + "\n"
    built = run_cli("build", cwd=root)
    assert built.returncode == 0, built.stderr
    page = (root / "output/2024/03/seoul-jihacheol-yogeum-insang/index.html").read_text(encoding="utf-8")
    assert "서울 지하철 요금 인상" in page and "김기자" in page


def test_new_writes_the_front_matter_the_importer_writes(tmp_path):
    done = run_cli("new", "AI: 엔지니어 #1", "--tags", "IT,  인공지능,", "--reporter", "김기자, 이기자",
                   "--date", "2025-01-02T09:30:00+09:00", "--content", "articles", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    path = tmp_path / done.stdout.strip()
    assert path.parent == tmp_path / "articles/2025/01" and re.fullmatch(r"[a-z0-9-]+\.md", path.name)
    text = path.read_text(encoding="utf-8")
    fields = yaml.safe_load(text.split("---\n")[1])
    assert fields["title"] == "AI: 엔지니어 #1"
    assert fields["tags"] == ["IT", "인공지능"] and fields["reporter"] == ["김기자", "이기자"]
    assert str(fields["date"]).startswith("2025-01-02")
    assert list(path.parent.iterdir()) == [path]  # no temporary file left beside it


def test_new_without_a_date_dates_the_article_now(tmp_path):
    done = run_cli("new", "오늘의 기사", "--reporter", "김기자", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / done.stdout.strip()).read_text(encoding="utf-8")
    date = re.search(r"^date: (\d{4})-(\d{2})-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", text, re.M)
    assert date and done.stdout.startswith(os.path.join("content", date.group(1), date.group(2), ""))


def test_new_refuses_to_overwrite_and_rejects_a_bad_date(tmp_path):
    first = run_cli("new", "같은 제목", "--reporter", "김기자", "--date", "2024-01-01", cwd=tmp_path)
    path = tmp_path / first.stdout.strip()
    path.write_text("edited by hand", encoding="utf-8")
    again = run_cli("new", "같은 제목", "--date", "2024-01-09", cwd=tmp_path)
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.count("\n") == 1 and "already exists" in again.stderr
    assert path.read_text(encoding="utf-8") == "edited by hand"
    bad = run_cli("new", "날짜", "--date", "2024-02-30", cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--date" in bad.stderr


def test_init_refuses_a_folder_with_any_of_its_files_and_writes_nothing(tmp_path):
    (tmp_path / "site.yaml").write_text("title: mine\n", encoding="utf-8")
    done = run_cli("init", ".", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "site.yaml already exists" in done.stderr
    assert files_under(tmp_path) == {"site.yaml": b"title: mine\n"}
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_cli("init", "empty", cwd=tmp_path).returncode == 0  # an existing empty folder is fine
    assert run_cli("init", "empty", cwd=tmp_path).returncode == 1


def test_the_new_archive_workflow_is_the_repository_workflow_without_the_checkout():
    ours = (REPO / ".github/workflows/pages.yml").read_text(encoding="utf-8").splitlines()
    theirs = (REPO / "archivist/skeleton/pages.yml").read_text(encoding="utf-8").splitlines()
    assert len(ours) == len(theirs)
    differ = [(a, b) for a, b in zip(ours, theirs) if a != b]
    assert all("build.py" in a or "'archivist/**'" in a for a, _ in differ), differ
    assert any("archivist build --base-url" in b for _, b in differ)


def test_create_file_never_replaces_a_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "a/b/new.md"
    newfiles.create_file(target, "첫".encode())
    assert target.read_text(encoding="utf-8") == "첫"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    with pytest.raises(FileExistsError):
        newfiles.create_file(target, b"second")
    assert target.read_text(encoding="utf-8") == "첫" and os.listdir(target.parent) == ["new.md"]


def test_create_file_without_hard_links_still_refuses_an_existing_file(tmp_path, monkeypatch):
    def no_links(source, destination):
        raise PermissionError("hard links not supported")

    monkeypatch.setattr(newfiles.os, "link", no_links)
    newfiles.create_file(tmp_path / "x.md", b"one")
    with pytest.raises(FileExistsError):
        newfiles.create_file(tmp_path / "x.md", b"two")
    assert (tmp_path / "x.md").read_bytes() == b"one" and os.listdir(tmp_path) == ["x.md"]


class Recorded:
    """A stand-in for an installed distribution whose direct_url.json is given."""

    def __init__(self, text):
        self.text = text

    def read_text(self, name):
        return self.text if name == "direct_url.json" else None


@pytest.mark.parametrize("recorded, expected", [
    ('{"url": "https://github.com/u/archivist", "vcs_info": {"vcs": "git", "commit_id": "abc123"}}',
     "archivist @ git+https://github.com/u/archivist@abc123"),
    ('{"url": "file:///home/u/archivist", "dir_info": {}}', "archivist==0.1.0"),  # a local path means nothing on CI
    (None, "archivist==0.1.0"),
])
def test_the_new_archive_installs_the_archivist_pip_recorded(monkeypatch, recorded, expected):
    from importlib import metadata

    from archivist import __version__, scaffold

    monkeypatch.setattr(metadata, "distribution", lambda name: Recorded(recorded))
    assert scaffold.requirement() == expected.replace("0.1.0", __version__)
