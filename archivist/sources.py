"""Find the content files: cheap enough to run before deciding whether anything needs doing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .errors import ContentError


class Source(NamedTuple):
    """One content file as found on disk (a tuple: ten thousand are made before every build)."""

    shown: str
    size: int
    mtime_ns: int

    @property
    def path(self) -> Path:
        """Return the file's path."""
        return Path(self.shown)


BUNDLE_PAGE = "index.md"  # an article whose file has this name is a folder: the folder names it
LEFTOVER_SUFFIXES = (".swp", ".swo", ".swx", ".tmp", "~")  # editors' swap and backup files
LEFTOVER_NAMES = frozenset({"Thumbs.db", "desktop.ini"})


def is_leftover(name: str) -> bool:
    """Return whether a file name is an editor's or system's leftover, never published."""
    return name.endswith(LEFTOVER_SUFFIXES) or name in LEFTOVER_NAMES or (name[0] == "#" and name[-1] == "#")


def find_sources(content_dir: Path) -> tuple[list[Source], list[ContentError]]:
    """Return the .md files under content_dir (sorted), and errors for links leading outside it."""
    sources, _, errors = find_files(content_dir)
    return sources, errors


def find_files(content_dir: Path) -> tuple[list[Source], list[Source], list[ContentError]]:
    """Return the .md files and the other files under content_dir (each sorted), and errors for links leading outside it.

    Hidden files and editors' leftovers are neither: they are never read or published.
    """
    root = content_dir.resolve()
    found, files, errors = [], [], []
    pending = [str(content_dir)]
    while pending:
        try:
            with os.scandir(pending.pop()) as listing:
                entries = list(listing)
        except OSError as exc:
            errors.append(problem(str(exc.filename), f"cannot be read ({exc.strerror})"))
            continue
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            if entry.is_symlink() and not follow_link(entry, root, errors):
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif name.endswith(".md") or (not is_leftover(name) and entry.is_file()):  # a FIFO would block
                try:
                    stat = entry.stat()
                except OSError as exc:
                    errors.append(problem(entry.path, f"cannot be read ({exc.strerror})"))
                    continue
                (found if name.endswith(".md") else files).append(Source(entry.path, stat.st_size, stat.st_mtime_ns))
    found.sort()
    files.sort()
    return found, files, errors


def problem(path: str, message: str) -> ContentError:
    """Return a ContentError for a file (errors.py loads only when one is found: see fresh.py)."""
    from .errors import ContentError

    return ContentError(path, 0, "", message)


def follow_link(entry: os.DirEntry, root: Path, errors: list[ContentError]) -> bool:
    """Return whether a link may be read: a link to a file inside the content folder.

    Links to folders are never followed (the files they hold are found where they live, and a
    link cannot make the scan loop); a link leading outside content/, a broken link and a link
    loop are errors when they could be articles, so nothing outside content/ is ever read.
    """
    try:
        target = Path(entry.path).resolve(strict=True)
    except (OSError, RuntimeError):
        if entry.name.endswith(".md"):
            errors.append(problem(entry.path, "is a broken or looping link; not read"))
        return False
    inside = target.is_relative_to(root)
    if target.is_dir():
        if not inside:
            errors.append(problem(entry.path, "is a link to a folder outside the content folder; not read"))
        return False
    if not inside and entry.name.endswith(".md"):
        errors.append(problem(entry.path, "is a link to a file outside the content folder; not read"))
    return inside
