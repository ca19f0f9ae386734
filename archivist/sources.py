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


def find_sources(content_dir: Path) -> tuple[list[Source], list[ContentError]]:
    """Return the .md files under content_dir (sorted), and errors for links leading outside it."""
    root = content_dir.resolve()
    found, errors = [], []
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
            elif name.endswith(".md"):
                try:
                    stat = entry.stat()
                except OSError as exc:
                    errors.append(problem(entry.path, f"cannot be read ({exc.strerror})"))
                    continue
                found.append(Source(entry.path, stat.st_size, stat.st_mtime_ns))
    found.sort()
    return found, errors


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
