"""Up to date? A rebuild with nothing changed is answered here, before YAML, Jinja2 or the cache is loaded.

A successful `build` leaves, in its cache folder, a fingerprint of everything it
read: archivist's code and libraries, site.yaml's bytes, the options that shape
the site, the theme's files, every source's name, size and time, and the
manifest of the output it left, and the list of sources it saw. A later
`build` that finds the same fingerprint (and no future-dated article come due)
has nothing to do; one that finds a source changed finds which by that list,
quicker than from the build cache. This module imports only the standard
library, so that answer costs little more than the interpreter's start and one
scan of content/.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
from array import array
from pathlib import Path
from typing import NamedTuple

from .. import __version__
from ..manifest import MARKER
from ..sources import Source, find_files
from ..theme import theme_files

FINGERPRINT = "fresh"  # file name, in the cache folder
LIBRARIES = ("markdown", "jinja2", "pygments", "nh3", "pyyaml")
INPUTS = ("listing", "theme", "base", "drafts", "output", "files")  # the fields of a Stamp that a build reads


class Stamp(NamedTuple):
    """What a build saw of its inputs, compared before anything else is done."""

    listing: str
    theme: str
    base: str
    drafts: bool
    output: tuple[int, int] | None
    files: str = ""  # the listing of the files besides articles (pictures, PDFs): a change there is never a quick edit
    due: float | None = None  # when the earliest future-dated article comes due

    def changed(self, other: Stamp | None) -> set[str]:
        """Return the names of the inputs other saw otherwise (all of them if there is no other); `due` is no input."""
        if other is None:
            return set(INPUTS)
        return {name for name in INPUTS if getattr(self, name) != getattr(other, name)}


class Scan(NamedTuple):
    """The content files and the theme as a build found them, before reading any of them."""

    sources: list[Source]
    errors: list  # ContentErrors of files that cannot be read
    listing: str  # every file's name, size and time: the articles' and the others'
    theme: str
    files: list[Source] = []  # the files besides articles (pictures, PDFs), published as they are
    files_listing: str = ""


class Invocation(NamedTuple):
    """Where a `build` reads and writes, and the options that shape its output."""

    config: Path | None
    root: Path  # the project folder: site.yaml's, else the current one
    base_url: str | None
    drafts: bool
    templates: Path
    content: Path
    output: Path
    cache: Path


@functools.cache
def library_versions() -> str:
    """Return the versions that shape the output (a change invalidates the cache).

    They are read off the installed `<name>-<version>.dist-info` folder names, the
    first on sys.path as import finds them: importlib.metadata takes longer than
    a whole quick rebuild's parsing.
    """
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                project, _, version = name[:-len(".dist-info")].partition("-")
                found.setdefault(project.lower().replace("_", "-"), version)
    return ",".join(f"{name}={found.get(name, '?')}" for name in LIBRARIES)


@functools.cache
def code_hash() -> str:
    """Return a hash of archivist's own source: any code change makes old cached objects unusable."""
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(Path(__file__).parent.parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def templates_key(template_dir: Path) -> str:
    """Return a hash of every file of the theme (the project's templates/ over the default theme)."""
    digest = hashlib.blake2b(digest_size=16)
    for name, path in theme_files(template_dir).items():
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def output_stamp(output: Path) -> tuple[int, int] | None:
    """Return (size, mtime) of the live manifest, to notice an output changed behind our back."""
    try:
        stat = (output / MARKER).stat()
        return stat.st_size, stat.st_mtime_ns
    except OSError:
        return None


def listing_digest(sources: list[Source]) -> str:
    """Return a hash of every source's name, size and time (no file name holds a NUL)."""
    names, sizes, times = zip(*sources) if sources else ((), (), ())
    digest = hashlib.blake2b("\0".join(names).encode() + b"\0", digest_size=16)
    try:
        digest.update(array("q", sizes + times).tobytes())  # a tenth of the time of their text
    except OverflowError:  # a time past the year 2262
        digest.update(repr((sizes, times)).encode())
    return digest.hexdigest()


def scan_inputs(content: Path, templates: Path) -> Scan:
    """Return the sources and other files under content/ and the digests of their listing and of the theme."""
    sources, files, errors = find_files(content)
    files_listing = listing_digest(files) if files else ""
    listing = listing_digest(sources)
    return Scan(sources, errors, f"{listing}+{files_listing}" if files else listing, templates_key(templates), files,
                files_listing)


def invocation_key(run: Invocation) -> str | None:
    """Return a hash of the code, libraries, settings and options a build runs with; None if site.yaml is unreadable."""
    try:
        settings = run.config.read_bytes() if run.config else b""
    except OSError:
        return None
    parts = (__version__, code_hash(), sys.version_info[:2], library_versions(), run.base_url, run.drafts,
             *(str(path.resolve()) for path in (run.templates, run.content, run.output)))
    return hashlib.blake2b(repr(parts).encode() + b"\0" + settings, digest_size=16).hexdigest()


def fingerprint(key: str, stamp: Stamp) -> str:
    """Return the one line that must match for a rebuild to have nothing to do."""
    return f"{key} {stamp.listing} {stamp.theme} {stamp.output}"


def read_record(folder: Path) -> tuple[str, str, str, bytes] | None:
    """Return the fingerprint file's (fingerprint, due, article count, marshalled source list), or None."""
    try:
        line, due, count, listed = (folder / FINGERPRINT).read_bytes().split(b"\n", 3)
        return line.decode(), due.decode(), count.decode(), listed
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def stored(run: Invocation, key: str, now: float) -> tuple[str, int] | None:
    """Return the last build's fingerprint and article count, if it ran with this key and nothing has come due."""
    record = read_record(run.cache)
    try:
        line, due, count, _ = record
        if due and now >= float(due):
            return None
        return (line, int(count)) if line.startswith(f"{key} ") else None
    except (TypeError, ValueError):
        return None


def up_to_date(run: Invocation, key: str, found: Scan, now: float) -> int | None:
    """Return the article count if the last build's fingerprint still holds, else None."""
    last = stored(run, key, now)
    if last is None or found.errors:
        return None
    current = Stamp(found.listing, found.theme, "", run.drafts, output_stamp(run.output))
    return last[1] if fingerprint(key, current) == last[0] else None


def last_sources(folder: Path | None, listing: str) -> list[tuple[str, int, int]] | None:
    """Return the sources (name, size, time) the last build saw, if the fingerprint file holds those of this listing digest."""
    record = read_record(folder) if folder is not None else None
    if record is None or record[0].split(" ")[1:2] != [listing]:
        return None
    try:
        return marshal.loads(record[3])
    except (EOFError, ValueError, TypeError):
        return None


def save(run: Invocation, key: str, stamp: Stamp, articles: int, sources: list[Source]) -> None:
    """Record the fingerprint and sources of a successful build (written whole, or not at all: the next build is then slower)."""
    target = run.cache / FINGERPRINT
    partial = target.with_name(f"{FINGERPRINT}.{os.getpid()}")
    head = f"{fingerprint(key, stamp)}\n{'' if stamp.due is None else stamp.due}\n{articles}\n"
    try:
        partial.write_bytes(head.encode() + marshal.dumps([tuple(source) for source in sources]))
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)
