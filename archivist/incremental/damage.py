"""A cache file SQLite cannot use: damaged (it is started afresh, with a note) or on a disk that refuses writes (a Fault).

The cache is SQLite in WAL mode with synchronous=NORMAL: a crash may lose the
last transaction but cannot corrupt the file. A file damaged all the same (a
failing disk, a copy cut short) is found when opened or while read, anywhere in
the build (a render worker's error travels to the parent whole), and the build
starts again from an empty cache.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..faults import fault_of, is_corrupt, shown


class CacheDamaged(Exception):
    """The cache file is damaged (a disk fault, a copy cut short): the build starts again from an empty one."""

    def __init__(self, path: Path):
        super().__init__(path)
        self.path = Path(path)


def remove_cache_files(path: Path) -> None:
    """Delete a cache database and its write-ahead log."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def cache_errors(path: Path) -> Iterator[None]:
    """Turn a SQLite error on the cache file into CacheDamaged or a Fault (a full disk, a read-only folder)."""
    try:
        yield
    except sqlite3.Error as error:
        raise cache_problem(error, path) from None


def cache_problem(error: sqlite3.Error, path: Path) -> Exception:
    """Return what a SQLite error on the cache file means: CacheDamaged, a Fault, or the error itself."""
    if is_corrupt(error):
        return CacheDamaged(path)
    return fault_of(error, "cache", "writing", path) or error


def note_damaged(path: Path) -> None:
    """Tell the user, in one line, that a damaged cache is being replaced (the build is a full one)."""
    print(f"note: the build cache {shown(path)} was damaged; it was started afresh (this build does all the work)",
          file=sys.stderr, flush=True)
