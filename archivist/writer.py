"""The only code that writes output/: checks every path, prepares the next site beside it, swaps it in whole.

Two trees take turns: `output/` (live) and a hidden standby beside it
(`.output.standby`) that holds the build before. A build brings the standby up
to date — hard-linking every file whose bytes the live site already has, so
unchanged files keep their inode and mtime, and writing only what is new —
then exchanges the two folders in one atomic rename. A build that fails or is
killed never touches the live tree. Each tree carries a manifest of its files'
hashes, and a note beside the output says where the standby differs from the
live tree (manifest.py), so the work is proportional to what changed.
"""

from __future__ import annotations

import copy
import ctypes
import fcntl
import hashlib
import os
import shutil
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .errors import BuildFailed, ContentError, UsageError
from .faults import fault_of, guarded
from .manifest import MARKER, TreeFiles, delta_path, differences, read_delta, read_manifest, write_delta, write_manifest

MAX_FILE = 100 * 1024 * 1024  # GitHub Pages rejects larger files
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def check_output_dir(output: Path, protected: Iterable[Path]) -> None:
    """Raise UsageError if output is, or contains, a protected folder, or holds files archivist did not make."""
    target = output.resolve()
    for folder in protected:
        folder = folder.resolve()
        if target == folder or folder.is_relative_to(target):
            raise UsageError(f"refusing to use {output} as the output folder: it is or contains {folder}")
    if target.exists() and not target.is_dir():
        raise UsageError(f"refusing to use {output} as the output folder: it is a file")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        raise UsageError(f"refusing to replace {output}: it is not empty and was not made by archivist")


def safe_relative(path: str) -> str:
    """Return a page path as a safe relative POSIX path (NFC), or raise ContentError."""
    normal = unicodedata.normalize("NFC", path)
    parts = normal.split("/")
    if (not normal or "\x00" in normal or "\\" in normal or normal.startswith("/") or normal == MARKER
            or any(part in ("..", ".", "") for part in parts)):
        raise ContentError(path, 0, "output", "refusing to write outside the output folder")
    return normal


def check_paths(paths: Iterable[str]) -> list[str]:
    """Return the safe form of every path, or raise BuildFailed for unsafe or doubly claimed ones."""
    seen: set[str] = set()
    result, problems = [], []
    for path in paths:
        try:
            safe = safe_relative(path)
        except ContentError as error:
            problems.append(error)
            continue
        if safe in seen:
            problems.append(ContentError(safe, 0, "output", "two pages claim this path"))
        seen.add(safe)
        result.append(safe)
    if problems:
        raise BuildFailed(problems)
    return result


def fingerprint(data: bytes) -> str:
    """Return what a manifest records for a file: its hash and size."""
    return f"{hashlib.blake2b(data, digest_size=16).hexdigest()}:{len(data)}"


def make_folder(folder: str, made: set[str]) -> None:
    """Make a folder and its parents unless this process made it already (a mkdir costs a system call)."""
    if folder not in made:
        os.makedirs(folder, exist_ok=True)
        made.add(folder)


def inodes(tree: str) -> dict[str, int]:
    """Return {relative path: inode} of every file under tree, from the folders' listings (no stat per file)."""
    found, pending = {}, [("", tree)]
    while pending:
        prefix, folder = pending.pop()
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((f"{prefix}{entry.name}/", entry.path))
                else:
                    found[prefix + entry.name] = entry.inode()
    return found


def clone(source: Path, target: Path, paths: Iterable[str]) -> None:
    """Make target a copy of source's files at these paths by hard links (no file data is copied);
    the manifest comes last, so a clone cut short is never trusted."""
    folders: set[str] = set()
    make_folder(str(target), folders)
    for path in paths:
        destination = os.path.join(target, path)
        make_folder(os.path.dirname(destination), folders)
        os.link(os.path.join(source, path), destination)
    os.link(source / MARKER, target / MARKER)


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2); return False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    return renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0


def swap(standby: Path, output: Path) -> None:
    """Make standby the live output and the old output the standby, atomically where the OS allows."""
    if not output.exists():
        os.rename(standby, output)
        return
    if exchange(standby, output):
        return
    # Fallback (no renameat2): two renames with a moment in between; recover() repairs a crash there.
    old = output.with_name(f".{output.name}.old")
    os.rename(output, old)
    os.rename(standby, output)
    os.rename(old, standby)


def recover(output: Path) -> None:
    """Restore the live output if a previous build died between the two fallback renames."""
    old = output.with_name(f".{output.name}.old")
    if old.exists() and not output.exists():
        os.rename(old, output)


class OutputLock:
    """An exclusive lock on an output folder: a second build waits for the first."""

    def __init__(self, output: Path):
        self.path = output.with_name(f".{output.name}.lock")
        self.handle = None

    def __enter__(self) -> OutputLock:
        with guarded("output", "opening", self.path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.handle = open(self.path, "a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting: another build is writing {self.path.parent / self.path.name[1:-5]} …", file=sys.stderr)
            fcntl.flock(self.handle, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc) -> None:
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


class Publisher:
    """Builds the next site in the standby tree, then swaps it in. Use put/keep, then commit."""

    def __init__(self, output: Path):
        self.output = output.absolute()
        self.standby = self.output.with_name(f".{self.output.name}.standby")
        recover(self.output)
        live = read_manifest(self.output)
        self.live, self.live_known = live or {}, live is not None
        before = read_delta(self.output, self.standby) if live is not None else None
        with guarded("output", "preparing", self.standby):
            self._prepare_standby(before is not None)
        # An untrusted standby starts empty: the live files, every one of them absent.
        self.previous = TreeFiles(self.live, dict.fromkeys(self.live) if before is None else before)
        self.files: dict[str, str] = {}
        self.touched: set[str] = set()  # paths whose entry may differ from the live one
        self.changed = 0
        self.folders: set[str] = set()
        self.committed = False

    @property
    def size(self) -> int:
        """Return the next site's size in bytes."""
        return sum(int(entry.rpartition(":")[2]) for entry in self.files.values())

    def _prepare_standby(self, trusted: bool) -> None:
        """Make the standby folder ready, emptying it unless its files are known."""
        if not trusted and self.standby.exists():
            shutil.rmtree(self.standby)
        self.standby.mkdir(parents=True, exist_ok=True)
        # Mark the standby dirty: if this build dies, the next one will not trust it.
        (self.standby / MARKER).unlink(missing_ok=True)

    def _place(self, path: str, data: bytes | None) -> None:
        """Put a file into the standby: linked from live when data is None, else written.

        A standby file may be a hard link to the live one, so a file the standby
        has is replaced through a temporary, never written in place; a new one is
        created directly (the standby is not trusted until its manifest is written).
        """
        target = os.path.join(self.standby, path)
        make_folder(os.path.dirname(target), self.folders)
        if path not in self.previous:
            try:
                if data is None:
                    os.link(os.path.join(self.output, path), target)
                    return
                with open(target, "xb") as handle:
                    handle.write(data)
                self.changed += 1
                return
            except FileExistsError:
                pass
        temporary = os.path.join(os.path.dirname(target), f".{os.path.basename(target)}.tmp")
        if data is None:
            if os.path.lexists(temporary):
                os.unlink(temporary)
            os.link(os.path.join(self.output, path), temporary)
        else:
            with open(temporary, "wb") as handle:
                handle.write(data)
            self.changed += 1
        os.replace(temporary, target)

    def put(self, path: str, data: bytes) -> None:
        """Add a file with these bytes to the next site."""
        if len(data) > MAX_FILE:
            raise BuildFailed([ContentError(path, 0, "output", f"is {len(data) / 2**20:.0f} MB; GitHub Pages refuses files over 100 MB")])
        path = safe_relative(path)
        entry = fingerprint(data)
        self.files[path] = entry
        self.touched.add(path)
        if self.previous.get(path) == entry:
            return
        try:
            if self.live.get(path) == entry:
                try:
                    self._place(path, None)
                    return
                except FileNotFoundError:
                    pass
            self._place(path, data)
        except OSError as error:
            raise self._fault(error, path) from None

    def _fault(self, error: OSError, path: str) -> Exception:
        """Return the Fault of an error met while placing a page (named by its live path), else the error."""
        return fault_of(error, "output", "writing", self.output / path) or error

    def keep(self, path: str) -> bool:
        """Carry a file unchanged from the live site into the next one; False if live lost it."""
        entry = self.live[path]
        if self.previous.get(path) != entry:
            try:
                self._place(path, None)
            except FileNotFoundError:
                return False
            except OSError as error:
                raise self._fault(error, path) from None
        self.files[path] = entry
        return True

    def keep_all_but(self, skip: set[str]) -> bool:
        """Carry every live file not in skip into the next site, linking only those the standby lacks; False if live lost one."""
        carried = {path: entry for path, entry in self.live.items() if path not in skip}
        for path in self.previous.unlike(carried):
            try:
                self._place(path, None)
            except FileNotFoundError:
                return False
            except OSError as error:
                raise self._fault(error, path) from None
        self.files.update(carried)
        return True

    def has(self, path: str) -> bool:
        """Return whether the live site lists this file (keep() can carry it)."""
        return path in self.live

    def branch(self) -> Publisher:
        """Return a publisher into the same standby that records only its own files (for another process)."""
        other = copy.copy(self)
        other.files, other.touched, other.changed = {}, set(), 0
        return other

    def merge(self, files: dict[str, str], changed: int) -> None:
        """Count the files a branch placed as this build's own."""
        self.files.update(files)
        self.touched.update(files)
        self.changed += changed

    def _remove_stale(self) -> None:
        """Delete standby files that the next site does not have, and folders left empty."""
        for path in [path for path in self.previous.paths() if path not in self.files]:
            target = self.standby / path
            target.unlink(missing_ok=True)
            for parent in target.parents:
                if parent == self.standby:
                    break
                try:
                    parent.rmdir()
                except OSError:
                    break

    def abandon(self) -> None:
        """Undo a failed build's writes: the standby becomes the live tree again, by hard links.

        Every standby file that is not the live file at its path (what the build
        wrote, a temporary, a half-written page, an older version) is removed and
        the live one linked in its place, so a failed build leaves the disk no
        fuller than before and the next build trusts the standby. Without a live
        tree to link from (a first build), the standby is removed.
        """
        if self.committed:
            return
        try:
            if self.live_known:
                self._link_back()
                return
        except OSError:  # the standby cannot be repaired now: the next build starts it afresh
            pass
        shutil.rmtree(self.standby, ignore_errors=True)
        delta_path(self.output).unlink(missing_ok=True)

    def _link_back(self) -> None:
        """Make the standby the live tree: remove every file that is not the live one, link the live ones missing."""
        live, kept = inodes(str(self.output)), set()
        for path, inode in inodes(str(self.standby)).items():
            if path in self.live and live.get(path) == inode:
                kept.add(path)
                continue
            target = self.standby / path
            target.unlink()
            for parent in target.parents:
                if parent == self.standby:
                    break
                try:
                    parent.rmdir()
                except OSError:  # not empty
                    break
        self.previous, self.folders = TreeFiles(self.live, dict.fromkeys(self.live)), set()
        lost = {}
        for path in self.live.keys() - kept:
            try:
                self._place(path, None)
            except FileNotFoundError:  # the live site lost it too: the standby notes its absence
                lost[path] = None
        os.link(self.output / MARKER, self.standby / MARKER)
        write_delta(self.output, self.standby, lost)

    def commit(self) -> None:
        """Swap the finished standby in as the live output; the old live site becomes the standby."""
        with guarded("output", "writing", self.output / MARKER):
            self._remove_stale()
            write_manifest(self.standby, self.files)
            first = not self.output.exists()
            swap(self.standby, self.output)
        self.committed = True
        try:
            self._note_standby(first)
        except OSError:  # the site is out; the next build starts its standby afresh
            delta_path(self.output).unlink(missing_ok=True)
            shutil.rmtree(self.standby, ignore_errors=True)

    def _note_standby(self, first: bool) -> None:
        """Note how the standby (the old live site) differs from the new live one, linking one after a first build."""
        if first:
            # The first build has no second tree yet: link one now, so the next build only touches what changes.
            clone(self.output, self.standby, self.files)
            write_delta(self.output, self.standby, {})
        elif self.live_known:
            write_delta(self.output, self.standby, differences(self.files, self.live, self.touched))
        else:  # the old tree's files are not known: the next build starts the standby afresh
            delta_path(self.output).unlink(missing_ok=True)


def write_site(pages: Iterable[tuple[str, bytes]], output: Path) -> tuple[int, int]:
    """Replace output with exactly these pages; return (files written, files changed).

    Paths are NFC-normalised: macOS writes Korean names decomposed, and an NFD
    URL does not match an NFC file on a web server.
    """
    pages = list(pages)
    check_paths(path for path, _ in pages)
    with OutputLock(output):
        publisher = Publisher(output)
        for path, data in pages:
            publisher.put(path, data)
        publisher.commit()
    return len(publisher.files), publisher.changed
