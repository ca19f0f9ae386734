"""Property tests: any bytes as an article give a page or `path:line:` errors, never a traceback or hang."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from archivist import cli
from archivist.config import Config
from archivist.load import Parser

from ..conftest import REPO, article, write_files

QUICK = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ERROR_LINE = re.compile(r"^(?P<path>[^\n]+?):(?P<line>\d+): [^\n]+$")
YAMLISH = st.text(alphabet=st.sampled_from(list("abtilepdrwsgu:-[]{},'\"!&*|>?#%@` \n\t0123456789.~가\\\u200b\u202e")),
                  max_size=300) | st.text(max_size=120)
KEYS = st.sampled_from(["title", "reporter", "reporters", "date", "tags", "slug", "url", "email", "summary", "draft",
                        "lang", "extra", "updated", "source", "x"])


@st.composite
def front_matter(draw) -> bytes:
    """Return an article file whose front matter is random YAML-ish lines, some of them schema keys."""
    lines = [draw(KEYS) + ":" + draw(YAMLISH.map(lambda s: s.replace("\n", " ")))
             for _ in range(draw(st.integers(0, 8)))]
    noise = draw(YAMLISH)
    body = draw(st.text(max_size=200))
    return ("---\n" + "\n".join(lines) + "\n" + noise + "\n---\n" + body).encode("utf-8", "surrogatepass")


ARTICLE_BYTES = st.one_of(st.binary(max_size=600), front_matter(),
                          st.text(max_size=400).map(lambda t: ("---\n" + t).encode("utf-8", "surrogatepass")))
PARSER = Parser(Config())


def assert_error_lines(errors, path: str) -> None:
    """Every error is one line `path:line: …` naming this file."""
    assert errors
    for error in errors:
        match = ERROR_LINE.match(str(error))
        assert match and match.group("path") == path, str(error)


@QUICK
@given(ARTICLE_BYTES)
def test_any_bytes_give_an_article_or_path_line_errors(data):
    check_any_bytes(data)


@pytest.mark.slow
@settings(QUICK, max_examples=5000)
@given(ARTICLE_BYTES)
def test_any_bytes_many_more_examples(data):
    check_any_bytes(data)


def check_any_bytes(data: bytes) -> None:
    """One file of these bytes parses to an article, or to `path:line:` errors naming it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "a.md")
        path.write_bytes(data)
        result = PARSER.parse_file("content/a.md", path)
    if isinstance(result, list):
        assert_error_lines(result, "content/a.md")
    else:
        assert result.article.title and result.article.slug


def snapshot(folder: Path) -> dict[str, str]:
    """Return {relative path: hash} of every file under folder (the standby and lock excluded)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run_main(root: Path, *extra: str) -> tuple[int, str]:
    """Run the command in-process in a project folder; return (exit status, standard error)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["build", "--config", str(root / "site.yaml"), "--jobs", "1", *extra])
    return code, err.getvalue()


VALID = {f"content/2024/0{m}/a{m}.md": article(title=f"기사 {m}", date=f"2024-0{m}-0{m}", tags="[AI, 경제]")
         for m in range(1, 6)}


@settings(QUICK, max_examples=25)
@given(ARTICLE_BYTES)
def test_one_bad_article_changes_nothing_but_the_report(data):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_files(root, {"site.yaml": "title: 속성\nbase_url: https://example.org/\n", **VALID})
        assert run_main(root)[0] == 0
        good = snapshot(root / "output")
        write_files(root, {"content/2024/09/new.md": data})
        code, err = run_main(root)
        assert "Traceback" not in err
        if code == 0:  # the bytes happened to be a valid article
            return
        assert code == 1
        lines = err.strip().split("\n")
        assert lines[-1].endswith("error(s); the output folder was left as it was.")
        assert_error_lines(lines[:-1], str(root / "content/2024/09/new.md"))
        assert snapshot(root / "output") == good
        (root / "content/2024/09/new.md").unlink()
        assert run_main(root, "--clean")[0] == 0
        assert snapshot(root / "output") == good


def test_the_real_command_reports_bad_files_without_a_traceback(tmp_path):
    write_files(tmp_path, {"site.yaml": "title: x\n", **VALID, "content/b1.md": b"\xff\xfe\x00---",
                           "content/b2.md": "---\ntitle: [\n---\n", "content/b3.md": "---\n" + "[" * 100_000 + "\n---\n",
                           "content/b4.md": b"---\ntitle: \x00\n---\n"})
    done = subprocess.run([sys.executable, str(REPO / "build.py")], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().split("\n")
    assert [line.split(":")[0] for line in lines[:-1]] == ["content/b1.md", "content/b2.md", "content/b3.md",
                                                         "content/b4.md"]
    assert not (tmp_path / "output").exists()
