"""Fixtures for the importer tests: running the import command inside a temporary folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The helpers module sits beside this file; make it importable whatever pytest's import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from archivist.importer.command import main


@pytest.fixture
def run_import(tmp_path, capsys, monkeypatch):
    """Return a function that runs the import command in tmp_path and returns (status, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)

    def run(*argv: str) -> tuple[int, str, str]:
        status = main([str(a) for a in argv])
        out = capsys.readouterr()
        return status, out.out, out.err

    return run
