"""The manifest each output tree carries, and the note of how the standby tree differs from the live one.

A manifest is a first line naming the format, then the marshalled file list
({path: "hash:size"}); it is also the marker that archivist made the folder.
At each swap the writer notes, beside the output (`.output.delta`), which two
manifest files were live and standby then (inode, size, time) and `before`:
each path whose entry the standby has otherwise than the live tree (that entry,
or None where it has none). The next build loads the live manifest and only
stats the standby's: when both are the ones noted, the standby's files are the
live ones as `before` amends them, and its own manifest (1.6 MB at 10,000
articles) is not read. A build that starts on the standby deletes its manifest
first, so a standby changed since is never taken for the noted one. Marshal,
not JSON: JSON took a fifth of a quick rebuild.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path

MARKER = ".archivist-output"  # the manifest's file name; its stat tells the up-to-date check the output changed
HEADER = b"archivist output manifest 2\n"


def read_manifest(tree: Path) -> dict[str, str] | None:
    """Return a tree's {path: fingerprint} manifest, or None if it has none or it is unreadable."""
    try:
        data = (tree / MARKER).read_bytes()
        files = marshal.loads(data[len(HEADER):]) if data.startswith(HEADER) else None
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return files if isinstance(files, dict) else None


def write_manifest(tree: Path, files: dict[str, str]) -> None:
    """Record a tree's manifest."""
    (tree / MARKER).write_bytes(HEADER + marshal.dumps(files))


def identity(tree: Path) -> tuple[int, int, int] | None:
    """Return which manifest file a tree has now (inode, size, time), or None."""
    try:
        stat = (tree / MARKER).stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def delta_path(output: Path) -> Path:
    """Return where the note of the standby's differences lives (beside the output, never published)."""
    return output.with_name(f".{output.name}.delta")


def read_delta(output: Path, standby: Path) -> dict[str, str | None] | None:
    """Return `before` if the note was written for the manifests the two trees have now, else None."""
    try:
        live_file, standby_file, before = marshal.loads(delta_path(output).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if (live_file, standby_file) != (identity(output), identity(standby)) or live_file is None or standby_file is None:
        return None
    return before if isinstance(before, dict) else None


def write_delta(output: Path, standby: Path, before: dict[str, str | None]) -> None:
    """Note how the standby differs from the live tree (whole, or not at all)."""
    target = delta_path(output)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(marshal.dumps((identity(output), identity(standby), before)))
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def differences(files: dict[str, str], other: dict[str, str], touched: set[str]) -> dict[str, str | None]:
    """Return `before` for a tree of these files replacing a tree of the other's: files outside touched are the other's."""
    before = {path: other.get(path) for path in touched if path in files and other.get(path) != files[path]}
    before.update((path, entry) for path, entry in other.items() if path not in files)
    return before


class TreeFiles:
    """The files of the standby tree: the live tree's, except where `before` says otherwise."""

    def __init__(self, live: dict[str, str], before: dict[str, str | None]):
        self.live, self.before = live, before

    def get(self, path: str) -> str | None:
        """Return the entry of a path, None if the tree lacks it."""
        return self.before[path] if path in self.before else self.live.get(path)

    def __contains__(self, path: str) -> bool:
        return self.get(path) is not None

    def unlike(self, files: dict[str, str]) -> list[str]:
        """Return the paths of files (entries of the live tree) whose entry here differs."""
        before = self.before
        return [path for path, entry in before.items() if path in files and files[path] != entry]

    def paths(self) -> list[str]:
        """Return every path the tree has."""
        kept = [path for path in self.live if path not in self.before]
        return kept + [path for path, entry in self.before.items() if entry is not None]
