"""The wheel: every package listed; built with `pip wheel` and installed in a fresh venv outside the checkout, it makes and builds an archive."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile

from .conftest import REPO

SOURCES = ("pyproject.toml", "README.md", "archivist", "templates")


def run(command: list, cwd, env) -> subprocess.CompletedProcess:
    """Run a command, fail the test with its output if it fails, and return it."""
    done = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


def test_the_wheel_installs_in_a_fresh_venv_and_builds_a_new_archive(tmp_path):
    # Build from a copy: pip builds in the source tree, and a stale build/ there could end up in the wheel.
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(REPO / name, source / name)
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", tmp_path / "wheels", "."], source, env)
    [wheel] = (tmp_path / "wheels").glob("archivist-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    theme = {f"archivist/default_theme/{p.relative_to(REPO / 'templates').as_posix()}"
             for p in (REPO / "templates").rglob("*") if p.is_file()}
    assert theme <= names and "archivist/skeleton/pages.yml" in names, sorted(theme - names)

    # The dependencies are already installed here: the venv sees them, so nothing is downloaded.
    run([sys.executable, "-m", "venv", "--system-site-packages", tmp_path / "venv"], tmp_path, env)
    bin_dir = tmp_path / "venv" / ("Scripts" if os.name == "nt" else "bin")
    run([bin_dir / "python", "-m", "pip", "install", "--no-index", "--find-links", tmp_path / "wheels", "archivist"],
        tmp_path, env)
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = run([bin_dir / "python", "-c", "import archivist; print(archivist.__file__)"], work, env).stdout
    assert str(tmp_path / "venv") in where and str(REPO) not in where

    archivist = bin_dir / "archivist"
    run([archivist, "init", "news"], work, env)
    site = work / "news"
    made = run([archivist, "new", "설치 확인 기사", "--reporter", "김기자", "--tags", "설치", "--date", "2025-05-05"],
               site, env).stdout.strip()
    assert (site / made).is_file()
    run([archivist, "build"], site, env)
    page = (site / "output/2025/05" / (site / made).stem / "index.html").read_text(encoding="utf-8")
    assert "설치 확인 기사" in page and "static/style.css" in page
    assert "설치 확인 기사" in (site / "output/index.html").read_text(encoding="utf-8")
    assert (site / "output/static/search-engine.js").read_bytes() == (REPO / "templates/static/search-engine.js").read_bytes()


def test_the_wheel_lists_every_package_and_carries_the_theme():
    settings = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "archivist").rglob("__init__.py")}
    listed = set(settings["packages"])
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages in pyproject.toml"
    assert settings["package-dir"] == {"archivist.default_theme": "templates"}
    assert "archivist.default_theme" in listed
