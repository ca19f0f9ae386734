"""A project's own templates/ over the default theme, file by file."""

from __future__ import annotations

from archivist.theme import default_theme, theme_files, theme_folders

from .conftest import REPO, article, run_cli, write_files

ARTICLE = '{% extends "base.html" %}{% block main %}<p class="mine">{{ article.title }}</p>{% endblock %}\n'


def test_a_project_with_only_some_theme_files_gets_the_rest_from_the_default(tmp_path):
    write_files(tmp_path, {
        "site.yaml": "title: 테스트\nbase_url: https://example.org/\n",
        "content/a.md": article(title="덮어쓴 기사", date="2024-01-01"),
        "templates/article.html": ARTICLE,
        "templates/static/style.css": "body { color: red }\n",
    })
    done = run_cli(cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "output/2024/01/a/index.html").read_text(encoding="utf-8")
    assert '<p class="mine">덮어쓴 기사</p>' in page and "<html" in page  # base.html from the default theme
    assert (tmp_path / "output/static/style.css").read_text() == "body { color: red }\n"
    default = default_theme() / "static/search-engine.js"
    assert (tmp_path / "output/static/search-engine.js").read_bytes() == default.read_bytes()
    assert (tmp_path / "output/index.html").is_file()  # listing.html from the default theme


def test_an_edit_to_an_overriding_file_rebuilds_and_removing_it_restores_the_default(tmp_path):
    write_files(tmp_path, {
        "site.yaml": "title: 테스트\nbase_url: https://example.org/\n",
        "content/a.md": article(title="기사", date="2024-01-01"),
        "templates/article.html": ARTICLE,
    })
    assert run_cli(cwd=tmp_path).returncode == 0
    (tmp_path / "templates/article.html").write_text(ARTICLE.replace("mine", "edited"), encoding="utf-8")
    assert run_cli(cwd=tmp_path).stdout.startswith("Built")
    assert 'class="edited"' in (tmp_path / "output/2024/01/a/index.html").read_text(encoding="utf-8")
    (tmp_path / "templates/article.html").unlink()
    assert run_cli(cwd=tmp_path).stdout.startswith("Built")
    page = (tmp_path / "output/2024/01/a/index.html").read_text(encoding="utf-8")
    assert 'class="edited"' not in page and 'id="article-title"' in page


def test_theme_files_prefers_the_project_copy_and_lists_by_relative_name(tmp_path):
    write_files(tmp_path, {"static/style.css": "x", "static/extra/logo.svg": "<svg/>", "article.html": "a"})
    files = theme_files(tmp_path, "static")
    assert files["style.css"] == tmp_path / "static/style.css"
    assert files["extra/logo.svg"] == tmp_path / "static/extra/logo.svg"
    assert files["search-engine.js"] == default_theme() / "static/search-engine.js"
    assert list(files) == sorted(files)
    assert theme_folders(tmp_path / "missing") == [default_theme()]
    assert theme_folders(REPO / "templates") == [default_theme()]  # the checkout's theme is the default
