"""Faults of the machine (a full disk, a read-only folder, too many open files) as one line of words.

Every process that writes (the build, its render workers and search job, the
cache, serve's build child, the importer and its workers, init and new) turns
such an OSError or SQLite error into a Fault where it knows the path; a Fault
pickles whole, so a worker's travels to the parent as data, and the command
prints it once:

    output: no space left on device while writing output/2024/03/x/index.html; free some space or build elsewhere;
    the output folder was left as it was

Other errors are not faults and keep their own handling (a file that cannot be
read is that file's error; a bug is a bug).
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# errno -> (what happened, what to do); {verb} is the command ("build", "import", "write").
WORDS = {
    errno.ENOSPC: ("no space left on device", "free some space or {verb} elsewhere"),
    errno.EDQUOT: ("disk quota exceeded", "free some space within your quota or {verb} elsewhere"),
    errno.EROFS: ("read-only file system", "remount it read-write or {verb} elsewhere"),
    errno.EACCES: ("permission denied", "make the folder writable for this user or {verb} elsewhere"),
    errno.EPERM: ("operation not permitted", "make the folder writable for this user or {verb} elsewhere"),
    errno.EMFILE: ("too many open files", "raise the limit (ulimit -n) or use fewer processes (--jobs 1 or ARCHIVIST_JOBS=1)"),
    errno.ENFILE: ("too many open files in the system", "close some programs or raise the system's limit"),
}
OPEN_FILES = frozenset({errno.EMFILE, errno.ENFILE})  # a fault even where reading (a read is otherwise a file's own error)
CORRUPT = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})


class Fault(Exception):
    """The machine refused a write or an open: the part of the project, the errno, what was being done to which path."""

    def __init__(self, part: str, code: int, action: str, path: str, outcome: str = ""):
        super().__init__(part, code, action, path, outcome)
        self.part, self.code, self.action, self.path, self.outcome = part, code, action, path, outcome

    def __reduce__(self):
        """Return how to rebuild the fault in another process."""
        return Fault, (self.part, self.code, self.action, self.path, self.outcome)

    def line(self, verb: str = "build", outcome: str = "") -> str:
        """Return the one line a command prints: what happened, where, what to do, and what was left."""
        words, advice = WORDS.get(self.code, (os.strerror(self.code).lower(), "fix it and run it again"))
        left = self.outcome or outcome
        where = f"{self.action} {self.path}" if self.path else self.action
        return f"{self.part}: {words} while {where}; {advice.format(verb=verb)}" + (f"; {left}" if left else "")

    def __str__(self) -> str:
        """Return the line without a command's words of what was left."""
        return self.line()


def shown(path: str | os.PathLike) -> str:
    """Return a path as the user knows it: relative to the working folder when inside it."""
    path = Path(os.path.abspath(path))
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def fault_of(error: BaseException, part: str, action: str, path: str | os.PathLike | None = None,
             reading: bool = False) -> Fault | None:
    """Return the Fault an OSError or a SQLite error stands for, or None when it is not one.

    reading: only running out of open files is a fault (an unreadable file is that file's error).
    """
    if isinstance(error, Fault):
        return error
    if isinstance(error, OSError):
        code = error.errno
        where = path if path is not None else error.filename
    elif is_sqlite(error) and path is not None:
        code, where = sqlite_errno(error, Path(path)), path
    else:
        return None
    if code not in WORDS or (reading and code not in OPEN_FILES):
        return None
    return Fault(part, code, action, shown(where) if where not in (None, "") else "")


def is_sqlite(error: BaseException) -> bool:
    """Return whether error is SQLite's (sqlite3 is not imported for it: the quickest paths never load it)."""
    sqlite3 = sys.modules.get("sqlite3")
    return sqlite3 is not None and isinstance(error, sqlite3.Error)


def sqlite_errno(error, path: Path) -> int | None:
    """Return the errno behind a SQLite error on a database file (SQLite does not pass it on), or None."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        return errno.ENOSPC
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")):
        return write_error_in(path.parent)
    return None


def write_error_in(folder: Path) -> int | None:
    """Return the errno a small write in folder meets now (the cause SQLite hid), or None if it succeeds."""
    if few_files_left():  # SQLite closed what it opened before failing: a probe would find one free
        return errno.EMFILE
    name = folder / f".archivist-probe-{os.getpid()}"
    try:
        handle = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        return error.errno
    try:
        os.write(handle, b"\0" * 4096)
        os.fsync(handle)
    except OSError as error:
        return error.errno
    finally:
        os.close(handle)
        os.unlink(name)
    return None


def few_files_left(margin: int = 8) -> bool:
    """Return whether this process is within `margin` files of its open-file limit (Linux; False elsewhere)."""
    try:
        import resource

        return len(os.listdir("/proc/self/fd")) + margin >= resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, OSError):
        return False


def is_corrupt(error: BaseException) -> bool:
    """Return whether a SQLite error says the database file is damaged (not a fault: the cache is rebuilt)."""
    if not is_sqlite(error):
        return False
    return getattr(error, "sqlite_errorname", "") in CORRUPT or type(error) is sys.modules["sqlite3"].DatabaseError


@contextmanager
def guarded(part: str, action: str, path: str | os.PathLike | None = None, reading: bool = False) -> Iterator[None]:
    """Turn a fault met in the block into a Fault naming path (or the error's own file); other errors pass."""
    try:
        yield
    except Exception as error:  # an OSError or a SQLite error may be a fault; anything else passes as it is
        fault = fault_of(error, part, action, path, reading)
        if fault is None:
            raise
        raise fault from None
