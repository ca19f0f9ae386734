"""The up-to-date answer (fresh.py): given before the heavy imports, and never when an input changed."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from archivist import cli
from archivist.incremental import fresh, scan_ahead
from archivist.incremental.scan_ahead import ScanAhead

from .conftest import REPO, article, run_cli, write_files

SITE = "title: 테스트\nbase_url: https://example.org/\n"


def project(tmp_path):
    """Write a two-article project with its own theme, build it, and return its folder."""
    write_files(tmp_path, {"site.yaml": SITE, "content/a.md": article(title="가", date="2024-01-01"),
                           "content/b.md": article(title="나", date="2024-02-01", draft="true")})
    (tmp_path / "templates").symlink_to(REPO / "templates", target_is_directory=True)
    done = run_cli(cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("Built 1 article"), done.stderr
    return tmp_path


def test_nothing_changed_is_answered_without_loading_yaml_jinja_or_the_pipeline(tmp_path):
    root = project(tmp_path)
    done = subprocess.run([sys.executable, "-X", "importtime", str(REPO / "build.py")], cwd=root,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("Up to date: 1 article, nothing changed"), done.stderr
    loaded = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "archivist.incremental.fresh" in loaded
    assert not loaded & {"yaml", "jinja2", "markdown", "sqlite3", "archivist.pipeline", "archivist.config"}


def retheme(root):
    """Give the project its own copy of the theme, with one template changed."""
    (root / "templates").unlink()
    subprocess.run(["cp", "-r", str(REPO / "templates"), str(root / "templates")], check=True)
    page = root / "templates" / "base.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<!-- retheme --></body>"), encoding="utf-8")


def same_size_edit(root):
    """Change an article's text without changing its size, and move its time on."""
    path = root / "content" / "a.md"
    path.write_text(path.read_text(encoding="utf-8").replace("본문입니다.", "본문이었다."), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))


CHANGES = {
    "site.yaml": (lambda root: (root / "site.yaml").write_text(SITE.replace("테스트", "새 제목"), encoding="utf-8"),
                  (), "output/index.html", "새 제목"),
    "--drafts": (lambda root: None, ("--drafts",), "output/2024/02/b/index.html", "나"),
    "--base-url": (lambda root: None, ("--base-url", "https://example.net/sub/"), "output/sitemap.xml",
                   "https://example.net/sub/"),
    "theme": (retheme, (), "output/index.html", "<!-- retheme -->"),
    "same-size edit": (same_size_edit, (), "output/2024/01/a/index.html", "본문이었다."),
    "new article": (lambda root: (root / "content" / "c.md").write_text(article(title="다", date="2024-03-01"),
                                                                         encoding="utf-8"),
                    (), "output/2024/03/c/index.html", "다"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_changed_input_is_built(tmp_path, change):
    root = project(tmp_path)
    make, flags, page, expected = CHANGES[change]
    make(root)
    done = run_cli(*flags, cwd=root)
    assert done.returncode == 0 and done.stdout.startswith("Built"), (done.stdout, done.stderr)
    assert expected in (root / page).read_text(encoding="utf-8")
    again = run_cli(*flags, cwd=root)
    assert again.stdout.startswith("Up to date"), again.stdout


def test_an_output_changed_behind_its_back_is_rebuilt(tmp_path):
    root = project(tmp_path)
    subprocess.run(["rm", "-r", str(root / "output")], check=True)
    done = run_cli(cwd=root)
    assert done.stdout.startswith("Built") and (root / "output/2024/01/a/index.html").exists(), done.stdout


def test_a_damaged_fingerprint_is_ignored_and_written_again(tmp_path):
    root = project(tmp_path)
    (stored,) = (root / cli.CACHE_DIR).glob(f"*/{fresh.FINGERPRINT}")
    whole = stored.read_bytes()
    stored.write_text("garbage", encoding="utf-8")
    assert run_cli(cwd=root).stdout.startswith("Up to date: 1 article,")  # the build cache's own stamp answers
    assert stored.read_bytes() == whole


def test_clean_and_check_never_take_the_shortcut(tmp_path):
    root = project(tmp_path)
    assert run_cli("--clean", cwd=root).stdout.startswith("Built")
    assert run_cli("check", cwd=root).stdout.startswith("Checked")


def test_a_future_article_coming_due_ends_the_shortcut(tmp_path, monkeypatch):
    root = project(tmp_path)
    (root / "content" / "later.md").write_text(article(title="미래", date="2999-01-01"), encoding="utf-8")
    assert run_cli(cwd=root).stdout.startswith("Built 1 article")
    monkeypatch.chdir(root)
    run = cli.locate(cli.make_parser().parse_args(["build"]))
    key, found = fresh.invocation_key(run), fresh.scan_inputs(run.content, run.templates)
    due = float((run.cache / fresh.FINGERPRINT).read_bytes().split(b"\n")[1])
    assert fresh.up_to_date(run, key, found, due - 1) == 1
    assert fresh.up_to_date(run, key, found, due) is None
    assert fresh.up_to_date(run, "another-key", found, due - 1) is None


def scan_fixture(root):
    """Write a content folder with articles, a hidden file and a broken link; return (content, theme)."""
    write_files(root, {"content/a.md": article(title="가"), "content/sub/b.md": article(title="나"),
                       "content/.hidden.md": "x", "theme/base.html": "<html></html>"})
    (root / "content" / "gone.md").symlink_to(root / "nowhere.md")
    return root / "content", root / "theme"


def alone(monkeypatch):
    """Let ScanAhead fork although earlier tests left a library's daemon thread (Playwright's waitpid watcher)
    and loaded the build's modules."""
    monkeypatch.setattr(scan_ahead.threading, "active_count", lambda: 1)
    monkeypatch.setattr(scan_ahead, "modules_loaded", lambda: False)


def test_the_scan_ahead_gives_the_scan_made_here(tmp_path, monkeypatch):
    alone(monkeypatch)
    content, theme = scan_fixture(tmp_path)
    ahead = ScanAhead(content, theme)
    assert ahead.pipe is not None  # it forked
    ahead.load_modules(until_ready=True)
    summary, whole = ahead.summary(), ahead.result()
    here = fresh.scan_inputs(content, theme)
    assert whole == here and [s.shown for s in whole.sources] == [f"{content}/a.md", f"{content}/sub/b.md"]
    assert (summary.errors, summary.listing, summary.theme) == (here.errors, here.listing, here.theme)
    assert [str(e) for e in whole.errors] == [f"{content}/gone.md: is a broken or looping link; not read"]


def test_a_failing_child_means_the_scan_is_made_here(tmp_path, monkeypatch):
    content, theme = scan_fixture(tmp_path)
    parent, real = os.getpid(), fresh.scan_inputs

    def fails_in_child(*folders):
        if os.getpid() != parent:
            raise RuntimeError("child failure")
        return real(*folders)

    monkeypatch.setattr(scan_ahead, "scan_inputs", fails_in_child)
    alone(monkeypatch)
    ahead = ScanAhead(content, theme)
    assert ahead.pipe is not None
    assert ahead.result() == real(content, theme)


def test_no_fork_once_the_modules_are_loaded(tmp_path, monkeypatch):
    content, theme = scan_fixture(tmp_path)
    monkeypatch.setattr(scan_ahead.threading, "active_count", lambda: 1)
    monkeypatch.setattr(scan_ahead, "BUILD_MODULES", ("archivist.incremental.fresh",))  # loaded, as in serve's build process
    ahead = ScanAhead(content, theme)
    assert ahead.pipe is None and ahead.result() == fresh.scan_inputs(content, theme)


def test_no_fork_beside_threads(tmp_path):
    content, theme = scan_fixture(tmp_path)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        ahead = ScanAhead(content, theme)
        assert ahead.pipe is None and ahead.result() == fresh.scan_inputs(content, theme)
    finally:
        stop.set()
        other.join()
