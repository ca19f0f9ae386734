"""Files under a project (the user's own work), written atomically and durably.

A reader (a running `serve`, a build) sees either no file or the whole file: the
bytes go to a temporary file in the same folder, are synced, then hard-linked to
the final name, which fails if that name exists, so a file made meanwhile by
someone else is never replaced. The folder is synced so the new name survives a crash.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from .faults import guarded


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


def _commit(path: Path, data: bytes, put, unsynced: set[Path] | None) -> None:
    """Write data to a synced temporary file beside path, `put` it at path, then sync the folder (or note it)."""
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
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
