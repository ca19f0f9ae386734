"""Faults root cannot cause here (CI runs as root: quotas and permissions do not bind it; the system-wide
open-file table is shared), injected into the writer of a real build process: still one line, exit 1, the
output as it was, nothing left behind, and the next build equals a clean one.
"""

from __future__ import annotations

import errno
import subprocess
import sys

import pytest

from ..conftest import REPO
from .test_faults import OTHER_BASE, assert_rebuilt, built_into, leftovers, one_fault, project, reference
from .test_interrupt import snapshot

# Runs build.py's entry with the writer failing on its 30th file with the given error number.
FAILING_BUILD = """
import os, sys
from archivist import writer
from archivist.cli import entry

code, placed = int(sys.argv.pop(1)), [0]
place = writer.Publisher._place

def failing_place(self, path, data):
    placed[0] += 1
    if placed[0] == 30:
        raise OSError(code, os.strerror(code), os.path.join(self.standby, path))
    return place(self, path, data)

writer.Publisher._place = failing_place
sys.argv[0] = "build.py"
entry()
"""

WORDS = {
    errno.EDQUOT: r"disk quota exceeded while writing \S+; free some space within your quota or build elsewhere",
    errno.EACCES: r"permission denied while writing \S+; make the folder writable for this user or build elsewhere",
    errno.ENFILE: r"too many open files in the system while writing \S+; close some programs or raise the "
                  r"system's limit",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Return a 50-article project and the files of its clean build with the other base URL."""
    root = project(tmp_path_factory.mktemp("words") / "site")
    return root, reference(root, "--base-url", OTHER_BASE)


@pytest.mark.parametrize("code", sorted(WORDS), ids=[errno.errorcode[c] for c in sorted(WORDS)])
def test_a_fault_root_cannot_cause_is_one_line_too(site, tmp_path, code):
    root, expected = site
    output = built_into(root, tmp_path / "output")
    live = snapshot(output)
    done = subprocess.run(
        [sys.executable, "-c", FAILING_BUILD, str(code), "build", "--config", str(root / "site.yaml"),
         "--content", str(root / "content"), "--output", str(output), "--jobs", "2", "--base-url", OTHER_BASE],
        capture_output=True, text=True, timeout=300, cwd=REPO)
    one_fault(done, rf"output: {WORDS[code]}; the output folder was left as it was")
    assert snapshot(output) == live and leftovers(tmp_path) == []
    assert_rebuilt(root, output, expected)
