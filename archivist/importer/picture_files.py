"""The article's pictures as files: read from the folder a page was saved with, or downloaded for a URL,
each checked by its content (probe) and given a safe file name.

Only the parent process runs this (downloads keep the delay per host; files are written by write.py)."""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from ..errors import ContentError
from ..pictures import PictureError, probe_bytes
from .archive import INDEX
from .extract import MAX_PAGE, read_at_most
from .fetch import PICTURE, Fetcher, is_url
from .page_pictures import MIN_HEIGHT, MIN_WIDTH
from .record import ImportedArticle, PagePicture

MAX_PICTURE = MAX_PAGE  # the cap of a downloaded page holds for a picture too (fetch.Settings.max_bytes)
NAME_CHARS = 60  # a file name's stem is cut to this many characters
_UNSAFE = re.compile(r"[^\w\-]+")  # anything but letters, digits, `_` and `-` (dots too: one extension only)
_RESERVED = frozenset({"con", "prn", "aux", "nul", "index", *(f"com{i}" for i in range(10)),
                       *(f"lpt{i}" for i in range(10))})  # Windows device names, and the article's own index


@dataclass(frozen=True)
class Kept:
    """One picture to write beside the article: its bytes, a safe name, alt text, caption and place."""

    data: bytes
    name: str
    alt: str
    caption: str
    anchor: int
    src: str


@dataclass
class Gathered:
    """The pictures of one page: kept ones, skipped ones with their reasons, and notes for the summary."""

    kept: list[Kept] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)
    notes: list[str] = field(default_factory=list)


def gather(record: ImportedArticle, origin: str, fetcher: Fetcher) -> Gathered:
    """Return the record's pictures read from the page's folder (origin: the page's file) or downloaded
    (origin: the URL it was read from); a picture that cannot be had is skipped, with a note when it
    should have been there."""
    out = Gathered()
    for picture in record.pictures:
        if picture.skip:
            out.skipped.append((picture.src, picture.skip))
            continue
        kept, reason, failed = _first_usable(picture, origin, fetcher)
        if kept is not None:
            out.kept.append(kept)
            continue
        out.skipped.append((picture.src, reason))
        if failed:
            out.notes.append(f"{record.path}: picture {_short(picture.src)} skipped: {reason}")
    out.kept = unique_names(out.kept, {INDEX})
    return out


def _first_usable(picture: PagePicture, origin: str, fetcher: Fetcher) -> tuple[Kept | None, str, bool]:
    """Return the picture from the first of its addresses that gives a usable one, or None with the reason
    the first address failed and whether that is a failure worth a note (not merely furniture)."""
    first: tuple[str, bool] | None = None
    for address in (picture.src, *picture.also):
        try:
            data, name = _load(address, origin, fetcher)
            kind = _check(data)
        except ContentError as error:
            first = first or (error.message, True)
            continue
        except _Quiet as reason:
            first = first or (str(reason), False)
            continue
        return Kept(data, safe_name(name, kind), picture.alt, picture.caption, picture.anchor, address), "", False
    reason, failed = first or ("no address", False)
    return None, reason, failed


class _Quiet(Exception):
    """A picture skipped without a note: an icon or a tracking pixel once read, or a file the browser did not
    save (a page saved as HTML only would otherwise give a note for every picture)."""


def _load(address: str, origin: str, fetcher: Fetcher) -> tuple[bytes, str]:
    """Return a picture's bytes and its own file name, from the page's folder or the web."""
    if address[:5].lower() == "data:":
        return _inline(address), "picture"
    if is_url(origin):
        target = urljoin(origin, address)
        if urlsplit(target).scheme not in ("http", "https"):
            raise ContentError(address, 0, "", "not a web address")
        page = fetcher.fetch(target, PICTURE)
        return page.data, _file_name(page.url)
    if urlsplit(address).scheme or address.startswith("//"):
        raise _Quiet("not saved with the page (a web address)")
    if origin in ("", "-"):
        raise _Quiet("the page came without a folder (standard input)")
    return _read_beside(address, Path(origin).parent), _file_name(address)


def _inline(address: str) -> bytes:
    """Return the bytes of a picture inlined as a base64 data: address (its content is checked like a file's)."""
    encoded = address.split(",", 1)[1] if "," in address else ""
    if len(encoded) * 3 // 4 > MAX_PICTURE:
        raise ContentError(address, 0, "", f"larger than {MAX_PICTURE // 2**20} MB: not kept")
    try:
        return base64.b64decode(unquote(encoded), validate=False)
    except (binascii.Error, ValueError):
        raise ContentError(address, 0, "", "an inline picture whose base64 is broken") from None


def _read_beside(address: str, folder: Path) -> bytes:
    """Return the bytes of a file the saved page names relatively, refusing one outside the page's folder."""
    relative = unquote(urlsplit(address).path)
    if not relative or relative.startswith("/"):
        raise _Quiet("not saved with the page (an address on its web site)")
    root = folder.resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root):
        raise ContentError(address, 0, "", "outside the saved page's folder: not read")
    try:
        data = read_at_most(path, MAX_PICTURE)
    except FileNotFoundError:
        raise _Quiet("not saved with the page (no such file beside it)") from None
    except OSError as error:
        raise ContentError(address, 0, "", f"cannot read ({error.strerror or error})") from None
    if data is None:
        raise ContentError(address, 0, "", f"larger than {MAX_PICTURE // 2**20} MB: not kept")
    return data


def _check(data: bytes) -> str:
    """Return the picture's extension (with its dot) once its content proves it a usable photo."""
    try:
        picture = probe_bytes(data)
    except PictureError as error:
        raise ContentError("", 0, "", str(error)) from None
    if picture.is_svg:
        raise ContentError("", 0, "", "an SVG drawing (it can carry script): not kept")
    if picture.width <= 2 or picture.height <= 2:
        raise _Quiet(f"a tracking pixel ({picture.width}×{picture.height})")
    if picture.width < MIN_WIDTH or picture.height < MIN_HEIGHT:
        raise _Quiet(f"too small for a photo ({picture.width}×{picture.height}): an icon or a button")
    return picture.extension


def _file_name(address: str) -> str:
    """Return the last segment of an address's path, undecoded from %-escapes."""
    return unquote(urlsplit(address).path.rsplit("/", 1)[-1])


def safe_name(name: str, extension: str) -> str:
    """Return a file name made from a picture's own name: NFC, letters, digits, `-` and `_` only, no hidden or
    reserved name, at most NAME_CHARS long, ending in the extension its content calls for."""
    stem = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1].lstrip(".")
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    stem = _UNSAFE.sub("-", stem).strip("-_")[:NAME_CHARS].strip("-_")
    if not stem or stem.lower() in _RESERVED:
        stem = f"picture-{stem}" if stem else "picture"
    return stem + extension


def unique_names(pictures: list[Kept], taken: set[str]) -> list[Kept]:
    """Return the pictures renamed where needed so that no two share a name, nor any name in `taken`
    (compared without case: some file systems ignore it)."""
    used = {name.lower() for name in taken}
    out = []
    for picture in pictures:
        stem, extension = picture.name.rsplit(".", 1)
        name, number = picture.name, 2
        while name.lower() in used:
            name = f"{stem}-{number}.{extension}"
            number += 1
        used.add(name.lower())
        out.append(Kept(picture.data, name, picture.alt, picture.caption, picture.anchor, picture.src))
    return out


def _short(address: str) -> str:
    """Return an address short enough for one line of the summary."""
    return address if len(address) <= 80 else address[:77] + "..."
