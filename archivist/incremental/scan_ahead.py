"""The content scan in a forked process, while this one loads the modules a build needs.

At 10,000 articles the scan (a stat of every file) and the imports of a build
(YAML, Jinja2, the pipeline) take about as long as each other; on two
cores they overlap. The child sends the Scan back through a pipe. If it cannot
be forked, or fails, the scan is done here instead: the result is the same.
"""

from __future__ import annotations

import marshal
import os
import select
import sys
import threading
from importlib import import_module
from pathlib import Path
from typing import BinaryIO

from .fresh import Scan, scan_inputs
from ..sources import Source

# In the order they load; polling between them bounds how long a finished scan waits.
BUILD_MODULES = ("yaml", "archivist.errors", "archivist.incremental.cache", "archivist.config", "archivist.writer",
                 "archivist.pipeline", "jinja2", "archivist.render", "archivist.load",
                 "archivist.search.store", "archivist.pages", "archivist.plan", "archivist.rendering",
                 "archivist.incremental.record")


def modules_loaded() -> bool:
    """Return whether this process has imported every module of a build already."""
    return all(map(sys.modules.__contains__, BUILD_MODULES))


class ScanAhead:
    """A scan of content/ and the theme running in a child process."""

    def __init__(self, content: Path, templates: Path):
        self.content, self.templates = content, templates
        self.pid = 0
        self.pipe: BinaryIO | None = None
        self.found: Scan | None = None
        # Nothing to overlap once the modules are loaded (serve's build process); forking beside threads is unsafe.
        if hasattr(os, "fork") and threading.active_count() == 1 and not modules_loaded():
            try:
                self._start()
            except OSError:
                self.pipe = None

    def _start(self) -> None:
        """Fork the child that scans and writes the result to a pipe: its summary first, then the sources."""
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read)
                found = scan_inputs(self.content, self.templates)
                errors = [(e.path, e.line, e.field, e.message) for e in found.errors]
                summary = marshal.dumps((errors, found.listing, found.theme, found.files_listing))
                listed = ([tuple(s) for s in found.sources], [tuple(s) for s in found.files])
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(len(summary).to_bytes(8, "little") + summary + marshal.dumps(listed))
            finally:
                os._exit(0)
        os.close(write)
        self.pid, self.pipe = pid, os.fdopen(read, "rb")

    def ready(self) -> bool:
        """Return whether the result can be read without waiting."""
        return self.pipe is None or bool(select.select([self.pipe], [], [], 0)[0])

    def load_modules(self, until_ready: bool) -> None:
        """Import the build's modules meanwhile: all of them, or until the scan is ready."""
        for name in BUILD_MODULES:
            if until_ready and self.ready():
                return
            import_module(name)

    def summary(self) -> Scan:
        """Return the scan without its sources (enough to tell whether anything changed)."""
        if self.found is None and self.pipe is not None:
            try:
                size = int.from_bytes(self.pipe.read(8), "little")
                errors, listing, theme, files_listing = marshal.loads(self.pipe.read(size))
                from ..errors import ContentError

                self.found = Scan([], [ContentError(*e) for e in errors], listing, theme, [], files_listing)
            except (EOFError, ValueError, TypeError):  # the child failed before it wrote
                self.close()
        if self.found is None:
            self.found = scan_inputs(self.content, self.templates)
        return self.found

    def result(self) -> Scan:
        """Return the whole scan: the child's, or one made here if it failed."""
        found = self.summary()
        if self.pipe is not None:
            try:
                sources, files = marshal.loads(self.pipe.read())
                found = found._replace(sources=list(map(Source._make, sources)), files=list(map(Source._make, files)))
            except (EOFError, ValueError, TypeError):
                found = scan_inputs(self.content, self.templates)
            self.close()
        return found

    def close(self) -> None:
        """Close the pipe and reap the child (one blocked writing gets EPIPE and ends)."""
        if self.pipe is None:
            return
        self.pipe.close()
        os.waitpid(self.pid, 0)
        self.pipe = None
