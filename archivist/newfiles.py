"""Files under a project (the user's own work), written atomically and durably.

A reader (a running `serve`, a build) sees either no file or the whole file: the
bytes go to a temporary file in the same folder, are synced, then hard-linked to
the final name, which fails if that name exists, so a file made meanwhile by
someone else is never replaced. The folder is synced so the new name survives a crash.
"""

from __future__ import annotations

import os
import time
from contextlib import suppress
from functools import cache
from pathlib import Path

from .faults import Fault, guarded

BATCH_FILES = 16  # files a Batch syncs together at most (each holds a descriptor open until then)
BATCH_SECONDS = 0.5  # …and how long its first file waits for the others (pages fetched one by one come slowly)


def sync_file_system(handle: int) -> bool:
    """Flush everything written to the file system holding an open file (Linux's syncfs); return False where
    there is no syncfs or it reported an error (the caller then syncs file by file, which names the file that failed).

    One syncfs for a batch of new files costs the kernel a fifth of what an fsync per file costs (a journal commit
    and its waits each); it reports the file system's write errors since Linux 5.8."""
    syncfs = _syncfs()
    return syncfs is not None and syncfs(handle) == 0


@cache
def _syncfs():
    """Return the C library's syncfs, or None where it has none (not Linux)."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError):
        return None


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk (a no-op where folders cannot be opened, as on Windows)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def make_folder(folder: Path) -> None:
    """Create a folder and its missing parents, syncing each parent that gained an entry."""
    if folder.is_dir():
        return  # the usual case: one stat, not one per parent up to the root
    missing = [path for path in (folder, *folder.parents) if not path.exists()]
    for path in reversed(missing):
        path.mkdir(exist_ok=True)
        sync_folder(path.parent)


def link_exclusively(temporary: Path, path: Path) -> None:
    """Give the temporary file its final name; raise FileExistsError if the name is taken."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (some network and FAT file systems). Windows' rename refuses an
        # existing name; elsewhere a file made between the check and the rename would be replaced.
        if os.name != "nt" and path.exists():
            raise FileExistsError(path) from None
        os.rename(temporary, path)


def create_file(path: Path, data: bytes, unsynced: set[Path] | None = None, part: str = "content") -> None:
    """Write a new file atomically; raise FileExistsError rather than replace an existing one.

    The folder is synced at once, or added to `unsynced` for the caller to sync with `sync_folders`
    when it has written a batch (a folder import syncs each folder once, not once per article).
    A full disk, a read-only folder or too many open files raise a Fault naming `part` and the path."""
    with guarded(part, "writing", path):
        make_folder(path.parent)
        _commit(path, data, link_exclusively, unsynced)


def replace_file(path: Path, data: bytes, unsynced: set[Path] | None = None, part: str = "content") -> None:
    """Replace a file's bytes atomically: a crash leaves the old file or the whole new one, never a part."""
    with guarded(part, "writing", path):
        _commit(path, data, os.replace, unsynced)


def sync_folders(folders: set[Path]) -> None:
    """Sync every folder of the set, then empty it."""
    for folder in sorted(folders):
        with guarded("content", "syncing", folder):
            sync_folder(folder)
    folders.clear()


def _temporary(path: Path) -> tuple[Path, int]:
    """Return a new temporary file beside path (a hidden leftover, should a kill leave it) and its descriptor, open for writing."""
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)


def _commit(path: Path, data: bytes, put, unsynced: set[Path] | None) -> None:
    """Write data to a synced temporary file beside path, `put` it at path, then sync the folder (or note it)."""
    temporary, handle = _temporary(path)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        put(temporary, path)
    finally:
        with suppress(FileNotFoundError):
            temporary.unlink()
    if unsynced is None:
        sync_folder(path.parent)
    else:
        unsynced.add(path.parent)


class Batch:
    """New files written now under temporary names and given their own names together by flush(), as
    create_file gives one: each file's data synced before its name is made, never replacing a file.

    The files' data is synced by one syncfs of their file system (sync_file_system), else by fsyncs issued at
    once from threads: the file system commits them together, where fsyncs one after another each wait for a
    commit of their own (3 ms a file on a busy disk, more than importing the page). A file stays absent or
    whole under its own name at every moment."""

    def __init__(self, part: str = "content"):
        self.part = part
        self.staged: list[tuple[Path, Path, int]] = []  # (final path, temporary file, its open descriptor)
        self.finals: set[Path] = set()
        self.threads = None  # a ThreadPoolExecutor, started for the first batch of several files
        self.since = 0.0  # when the first waiting file was written

    def __len__(self) -> int:
        """Return how many files wait for flush()."""
        return len(self.staged)

    def __contains__(self, path: Path) -> bool:
        """Return True when a file waits to be given this path."""
        return path in self.finals

    def add(self, path: Path, data: bytes) -> None:
        """Write a new file's data under a temporary name beside `path`, for flush() to sync and name."""
        with guarded(self.part, "writing", path):
            make_folder(path.parent)
            temporary, handle = _temporary(path)
            try:
                rest = memoryview(data)
                while rest:
                    rest = rest[os.write(handle, rest):]
            except BaseException:
                os.close(handle)
                temporary.unlink()
                raise
        if not self.staged:
            self.since = time.monotonic()
        self.staged.append((path, temporary, handle))
        self.finals.add(path)

    def due(self) -> bool:
        """Return True when the batch is full, or its first file has waited BATCH_SECONDS."""
        return len(self.staged) >= BATCH_FILES or bool(self.staged) and time.monotonic() - self.since >= BATCH_SECONDS

    def flush(self, unsynced: set[Path]) -> list[tuple[Path, Exception | None]]:
        """Sync every waiting file, then link each to its path in order (noting its folder in `unsynced`);
        return each path with None when it was made, or the error that kept it out: FileExistsError (the
        name was taken meanwhile), or a Fault (a full disk: that file and every one after it are not made)."""
        staged, self.staged, self.finals = self.staged, [], set()
        done: list[tuple[Path, Exception | None]] = []
        try:
            self._sync([handle for _, _, handle in staged], staged[0][0] if staged else None)
            for path, temporary, _ in staged:
                try:
                    with guarded(self.part, "writing", path):
                        link_exclusively(temporary, path)
                except FileExistsError as error:
                    done.append((path, error))
                    continue
                unsynced.add(path.parent)
                done.append((path, None))
        except Fault as fault:
            done.extend((path, fault) for path, _, _ in staged[len(done):])
        finally:
            for _, temporary, handle in staged:
                os.close(handle)
                with suppress(FileNotFoundError):
                    temporary.unlink()
        return done

    def _sync(self, handles: list[int], first: Path | None) -> None:
        """Sync every descriptor's file: one syncfs for several, else (or when it fails) an fsync each, all at
        once from threads."""
        with guarded(self.part, "syncing", first):
            if len(handles) <= 1:
                for handle in handles:
                    os.fsync(handle)
                return
            if len({os.fstat(handle).st_dev for handle in handles}) == 1 and sync_file_system(handles[0]):
                return
            if self.threads is None:
                from concurrent.futures import ThreadPoolExecutor  # only a run that writes batches needs threads

                self.threads = ThreadPoolExecutor(max_workers=BATCH_FILES, thread_name_prefix="fsync")
            list(self.threads.map(os.fsync, handles))

    def close(self) -> None:
        """Stop the syncing threads (files still waiting are left to flush() or removed by discard())."""
        if self.threads is not None:
            self.threads.shutdown()
            self.threads = None

    def discard(self) -> None:
        """Remove every waiting file: none of them is made."""
        for _, temporary, handle in self.staged:
            os.close(handle)
            with suppress(FileNotFoundError):
                temporary.unlink()
        self.staged, self.finals = [], set()
