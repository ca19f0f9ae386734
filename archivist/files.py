"""Files beside articles: where each is published, what a reference to it finds, pictures and their versions.

Every file under content/ that is not Markdown (hidden files and editors'
leftovers aside: sources.py) is published. A file in an article's folder
(`content/2024/03/<slug>/index.md` and what sits beside it) goes beside the
article's page, so that a reference relative to the Markdown file also works
from the page; any other file keeps its place (`content/a/b.pdf` → `a/b.pdf`).
Pictures are probed and their resized versions made (pictures/) in the process
pool, once: what a build learnt is kept in the build cache by file, size and
time, and the versions themselves in the cache folder, by content.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NamedTuple

from .pages import PageSpec, key_of
from .parallel import run
from .sources import BUNDLE_PAGE, Source, is_leftover

PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")  # which files get resized versions


class FileEntry(NamedTuple):
    """One file beside the articles: where it is, where it is published, whose folder it is in."""

    shown: str  # its path as the scan found it
    path: str  # its site path
    size: int
    mtime_ns: int
    bundle: str  # the site path of the article whose folder holds it ("" for a loose file)


class Probed(NamedTuple):
    """What a build learnt of one picture file: what it is (or why it is not one) and its versions."""

    size: int
    mtime_ns: int
    picture: object  # pictures.Picture, or the message of its PictureError
    variants: tuple  # pictures.Variant


def bundle_folders(content: str, articles) -> dict[str, str]:
    """Return folder → article site path for every article that is a folder (its file is index.md)."""
    folders = {}
    for article in articles:
        folder, name = os.path.split(os.path.normpath(article.source_path))
        if name == BUNDLE_PAGE and folder != content:
            folders[nfc(folder)] = article.path
    return folders


def nfc(path: str) -> str:
    """Return a path in NFC (macOS writes Korean file names decomposed; Markdown has them composed)."""
    return unicodedata.normalize("NFC", path)


def site_path(content: str, shown: str, bundles: dict[str, str]) -> tuple[str, str]:
    """Return (site path, bundle article's path) of a file: beside its article's page, else where it lies."""
    folder = os.path.dirname(shown)
    while folder != content and len(folder) > len(content):
        article = bundles.get(folder)
        if article is not None:
            return article + Path(os.path.relpath(shown, folder)).as_posix(), article
        folder = os.path.dirname(folder)
    return Path(os.path.relpath(shown, content)).as_posix(), ""


@dataclass
class Files:
    """The files beside the articles in this build, and what is known of the pictures among them."""

    content: str  # the content folder, normalised
    entries: dict[str, FileEntry]  # NFC normalised path → entry
    probed: dict[str, Probed] = field(default_factory=dict)

    @classmethod
    def found(cls, content: Path, files: list[Source], articles, probed: dict[str, Probed] | None) -> Files:
        """Return the Files of a scan, placed beside the articles that are folders; probed is the last build's."""
        root = nfc(os.path.normpath(str(content)))
        bundles = bundle_folders(root, articles)
        entries = {}
        for source in files:
            shown = nfc(os.path.normpath(source.shown))
            path, bundle = site_path(root, shown, bundles)
            entries[shown] = FileEntry(source.shown, path, source.size, source.mtime_ns, bundle)
        known = {name: p for name, p in (probed or {}).items()
                 if name in entries and (p.size, p.mtime_ns) == entries[name][2:4] and versions_kept(p)}
        return cls(root, entries, known)

    @classmethod
    def placed(cls, content: Path, entries: dict[str, FileEntry], probed: dict[str, Probed]) -> Files:
        """Return the Files a full build placed (a quick build's files are the same: any change is a full build)."""
        return cls(nfc(os.path.normpath(str(content))), entries, dict(probed))

    def lookup(self, folder: str, name: str) -> FileEntry | str:
        """Return the file a reference from a Markdown file in folder names, or why there is none."""
        if not name:
            return "names no file"
        if name.startswith("/") or os.path.isabs(name):
            return "is an absolute path; write the path relative to the Markdown file"
        target = nfc(os.path.normpath(os.path.join(folder, name)))
        relative = os.path.relpath(target, self.content)
        if relative == ".." or relative.startswith("../") or relative == ".":
            return "leads outside the content folder; put the file beside the article"
        entry = self.entries.get(target)
        if entry is not None:
            return entry
        return why_missing(target, self.content)

    def picture(self, entry: FileEntry):
        """Return the pictures.Picture of a file, or the message saying why it is not one (probed once)."""
        known = self.probed.get(nfc(os.path.normpath(entry.shown)))
        if known is None:
            known = probe_file(entry, with_versions=False)
            self.probed[nfc(os.path.normpath(entry.shown))] = known
        return known.picture

    def versions(self, entry: FileEntry) -> tuple:
        """Return (site path, Variant) of each resized version of a picture file."""
        from .pictures import published_name

        known = self.probed.get(nfc(os.path.normpath(entry.shown)))
        folder, name = entry.path.rpartition("/")[::2]
        prefix = folder + "/" if folder else ""
        return tuple((prefix + published_name(name, v), v) for v in (known.variants if known else ()))

    def make_versions(self, cache_folder: Path, jobs: int) -> None:
        """Probe the pictures not known yet and make their versions, in the process pool."""
        todo = [e for name, e in self.entries.items() if name not in self.probed and is_picture_name(e.shown)]
        for entry, known in zip(todo, run(todo, partial(VersionMaker, str(cache_folder)), jobs, least=2)):
            self.probed[nfc(os.path.normpath(entry.shown))] = known

    def specs(self, published: set[str]) -> list[PageSpec]:
        """Return the plans of the files to publish: all but those of articles not published, with their versions."""
        specs = []
        for entry in self.entries.values():
            if entry.bundle and entry.bundle not in published:
                continue
            specs.append(PageSpec(entry.path, key_of("file", entry.shown, entry.size, entry.mtime_ns),
                                  produce=partial(Path(entry.shown).read_bytes)))
            for path, variant in self.versions(entry):
                specs.append(PageSpec(path, key_of("version", variant.path.name), produce=variant.path.read_bytes))
        return specs

    def lead(self, targets) -> object:
        """Return the article's LeadPicture: its first local picture, or None."""
        from .pictures import lead_picture

        for target in targets:
            if target.picture is not None:
                by_variant = {variant: path for path, variant in target.variants}
                return lead_picture(by_variant.__getitem__, target.picture, [v for _, v in target.variants],
                                    target.path, target.alt)
        return None


class VersionMaker:
    """Probes one picture file and makes its resized versions into the cache folder (in a pool worker)."""

    def __init__(self, cache_folder: str):
        self.cache_folder = cache_folder

    def __call__(self, entry: FileEntry) -> Probed:
        """Return what the file is and its versions."""
        return probe_file(entry, self.cache_folder)


def probe_file(entry: FileEntry, cache_folder: str = "", with_versions: bool = True) -> Probed:
    """Return what a file is (a picture, or the message why not) and, when asked, its versions made into cache_folder."""
    from .pictures import PictureError, make_variants, probe

    try:
        picture = probe(entry.shown)
        variants = make_variants(entry.shown, picture.digest, cache_folder, picture) if with_versions else []
    except PictureError as error:
        return Probed(entry.size, entry.mtime_ns, str(error), ())
    return Probed(entry.size, entry.mtime_ns, picture, tuple(variants))


def versions_kept(probed: Probed) -> bool:
    """Return whether the cache folder still holds every version a build made of a picture."""
    return all(variant.path.exists() for variant in probed.variants)


def is_picture_name(name: str) -> bool:
    """Return whether a file's name says picture (which files get versions; what it is, the probe decides)."""
    return name.lower().endswith(PICTURE_SUFFIXES)


def why_missing(target: str, content: str) -> str:
    """Return why a path under content/ names no published file."""
    name = os.path.basename(target)
    if os.path.islink(target):
        real = os.path.realpath(target)
        if not Path(real).is_relative_to(os.path.realpath(content)):
            return "is a link to a file outside the content folder; not published"
    if os.path.isdir(target):
        return "is a folder, not a file"
    if os.path.exists(target):
        if name.endswith(".md"):
            return "is an article's Markdown file, not a published file"
        if name.startswith(".") or is_leftover(name) or "/." in target:
            return "is a hidden or editor's file, which is never published"
    return f"no such file ({target} is missing)"
