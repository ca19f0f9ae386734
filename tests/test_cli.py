"""The command line: exit codes, the summary line, errors without tracebacks."""

from __future__ import annotations

import re

from .conftest import article, run_cli, write_files

SITE = "title: 테스트\nbase_url: https://example.org/\n"


def project(tmp_path, files):
    """Write a project (site.yaml + content) under tmp_path and return it."""
    write_files(tmp_path, {"site.yaml": SITE, **{f"content/{k}": v for k, v in files.items()}})
    return tmp_path


def test_build_is_the_default_command_and_prints_a_summary(tmp_path):
    root = project(tmp_path, {"a.md": article(date="2024-01-01")})
    done = run_cli(cwd=root)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"Built 1 article: \d+ files, [\d.]+ MB \(\d+ rendered, \d+ written\) in [\d.]+ s → output\n", done.stdout)
    assert (root / "output/2024/01/a/index.html").exists()
    again = run_cli(cwd=root)
    assert re.fullmatch(r"Up to date: 1 article, nothing changed \([\d.]+ s\)\.\n", again.stdout)


def test_check_validates_and_writes_nothing(tmp_path):
    root = project(tmp_path, {"a.md": article(date="2024-01-01")})
    done = run_cli("check", cwd=root)
    assert done.returncode == 0 and done.stdout.startswith("Checked 1 article and ")
    assert not (root / "output").exists()


def test_content_errors_exit_1_all_reported_sorted_without_traceback(tmp_path):
    root = project(tmp_path, {
        "b.md": article(date="2024-13-01"),
        "a.md": "---\ntitle: x\n",
        "c.md": article(date="2024-01-01", tag="[x]"),
    })
    done = run_cli("--output", "out", cwd=root)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "content/a.md:1: front matter is not closed: add a line '---' after the last field",
        "content/b.md:4: date: '2024-13-01' is not a date (expected YYYY-MM-DD or ISO 8601 with offset)",
        "content/c.md:5: tag: unknown field (did you mean 'tags'?)",
        "3 error(s); the output folder was left as it was.",
    ]
    assert "Traceback" not in done.stderr and not (root / "out").exists()


def test_config_errors_exit_1_with_line_and_suggestion(tmp_path):
    root = project(tmp_path, {"a.md": article(date="2024-01-01")})
    (root / "site.yaml").write_text("title: x\npagesize: 10\ntimezone: Mars/Base\n", encoding="utf-8")
    done = run_cli(cwd=root)
    assert done.returncode == 1
    assert done.stderr.splitlines()[:2] == [
        "site.yaml:2: pagesize: unknown setting (did you mean 'page_size'?)",
        "site.yaml:3: timezone: 'Mars/Base' is not a known timezone (expected e.g. Asia/Seoul or UTC)",
    ]


def test_usage_errors_exit_2(tmp_path):
    root = project(tmp_path, {"a.md": article(date="2024-01-01")})
    assert run_cli("--no-such-flag", cwd=root).returncode == 2
    bad_url = run_cli("--base-url", "ftp://x", cwd=root)
    assert bad_url.returncode == 2 and "--base-url: 'ftp://x' is not an http(s) URL" in bad_url.stderr
    into_project = run_cli("--output", ".", cwd=root)
    assert into_project.returncode == 2 and "refusing to use . as the output folder" in into_project.stderr
    missing = run_cli("--config", "nope.yaml", cwd=root)
    assert missing.returncode == 2 and "config file not found: nope.yaml" in missing.stderr
    no_theme = run_cli("--templates", "nowhere", cwd=root)
    assert no_theme.returncode == 2 and "--templates: nowhere is not a folder" in no_theme.stderr


def test_base_url_flag_changes_absolute_urls_only(tmp_path):
    root = project(tmp_path, {"a.md": article(date="2024-01-01")})
    assert run_cli("--base-url", "https://user.github.io/repo", cwd=root).returncode == 0
    html = (root / "output/2024/01/a/index.html").read_text(encoding="utf-8")
    assert 'href="https://user.github.io/repo/2024/01/a/"' in html
    assert 'href="../../../static/style.css"' in html
    assert "<loc>https://user.github.io/repo/</loc>" in (root / "output/sitemap.xml").read_text()


def test_missing_content_folder_is_a_clear_error(tmp_path):
    (tmp_path / "site.yaml").write_text(SITE, encoding="utf-8")
    done = run_cli("--content", "nowhere", cwd=tmp_path)
    assert done.returncode == 1 and "nowhere: content folder not found" in done.stderr


def test_drafts_flag_includes_drafts(tmp_path):
    root = project(tmp_path, {"a.md": article(date="2024-01-01", draft="true")})
    assert run_cli(cwd=root).returncode == 0
    assert not (root / "output/2024/01/a").exists()
    assert run_cli("--drafts", cwd=root).returncode == 0
    assert (root / "output/2024/01/a/index.html").exists()


def test_shipped_archive_builds(tmp_path):
    from .conftest import REPO

    done = run_cli("check", cwd=REPO)
    assert done.returncode == 0, done.stderr
