"""render.py overrides two private Jinja2 hooks; they hold only on the Jinja2 release they were checked against."""

from __future__ import annotations

import tomllib
from pathlib import Path

import jinja2

from archivist.render import JINJA2_CHECKED, QuickCalls, environment

REPO = Path(__file__).resolve().parent.parent
ADVICE = ("render.py overrides Jinja2's private hooks Context.call (QuickCalls) and "
          "CodeGenerator._output_child_pre (EscapeOutput). Check them against this release "
          "(tests/test_render.py, then the golden site), then update JINJA2_CHECKED in render.py "
          "and the jinja2 pin in pyproject.toml.")


def minor(version: str) -> str:
    """Return the major.minor part of a version."""
    return ".".join(version.split(".")[:2])


def test_installed_jinja2_is_the_release_the_hooks_were_checked_against():
    assert minor(jinja2.__version__) == JINJA2_CHECKED, (
        f"Jinja2 {jinja2.__version__} is installed, but the hooks were checked against {JINJA2_CHECKED}.x only. {ADVICE}")


def test_pyproject_pins_jinja2_to_the_checked_release():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [spec.split(";")[0].replace(" ", "") for spec in project["dependencies"] if spec.lower().startswith("jinja2")]
    major, number = JINJA2_CHECKED.split(".")
    assert pins == [f"jinja2>={JINJA2_CHECKED},<{major}.{int(number) + 1}"], (pins, ADVICE)


def test_both_hooks_are_still_called(tmp_path):
    (tmp_path / "page.html").write_text("{{ shout(word) }}", encoding="utf-8")
    env = environment(tmp_path)
    source = env.compile(env.loader.get_source(env, "page.html")[0], raw=True)
    assert "environment.escape_output(" in source, ADVICE
    assert "context.call(" in source, ADVICE  # what QuickCalls.call overrides
    calls = []

    class Counted(QuickCalls):
        def call(__self, __obj, *args, **kwargs):  # noqa: N805 (Jinja2's signature)
            calls.append(__obj)
            return super().call(__obj, *args, **kwargs)

    env.context_class = Counted
    assert env.get_template("page.html").render(shout=str.upper, word="<a>") == "&lt;A&gt;"
    assert calls == [str.upper], ADVICE
