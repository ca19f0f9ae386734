"""What a picture file is, decided by its content: type, size in pixels, bytes and digest.

Pillow is imported only when a raster picture is probed, so a build without pictures never
loads it. Every refusal is a PictureError whose message says what is wrong in plain words.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

MAX_PIXELS = 50_000_000  # a 50-megapixel photo decodes to 200 MB; more is refused, not warned about
MAX_BYTES = 64 * 1024 * 1024  # no news photo is larger; a bigger file is refused before it is read
MIME = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "AVIF": "image/avif",
    "SVG": "image/svg+xml",
}
EXTENSION = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp", "AVIF": ".avif", "SVG": ".svg"}
# An SVG file: optional BOM, XML declaration, comments and doctype, then the <svg root element.
SVG_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<svg[\s>/]",
    re.DOTALL | re.IGNORECASE)
# Pictures browsers do not show, named so the message can say what to do.
OTHER_PICTURES = ((b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"BM", "BMP"), (b"8BPS", "Photoshop"),
                  (b"\x00\x00\x01\x00", "icon"))
OTHER_BOXES = {b"heic": "HEIC", b"heix": "HEIC", b"mif1": "HEIF", b"jxl ": "JPEG XL"}
SVG_ROOT = re.compile(rb"<svg\b([^>]*)>", re.IGNORECASE)
SVG_LENGTH = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(?:px)?\s*$")


class PictureError(ValueError):
    """A file that cannot be used as a picture; the message says why."""


@dataclass(frozen=True)
class Picture:
    """A probed picture: its displayed size (EXIF orientation applied), its type and its bytes."""

    width: int  # 0 for an SVG file that states no size
    height: int
    format: str  # one of MIME's keys: JPEG, PNG, GIF, WEBP, AVIF, SVG
    mime: str
    bytes: int
    digest: str  # blake2b-128 hex of the file's bytes: the key of its variants in the cache
    animated: bool = False  # more than one frame (GIF, WebP, APNG): never resized

    @property
    def is_svg(self) -> bool:
        """Return whether the picture is an SVG drawing (may carry script; never resized)."""
        return self.format == "SVG"

    @property
    def extension(self) -> str:
        """Return the usual file extension of the picture's type, with its dot."""
        return EXTENSION[self.format]


def digest_of(data: bytes) -> str:
    """Return the hex digest that names a picture's content."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def probe(path: str | Path) -> Picture:
    """Return what the picture at path is; raise PictureError if it is not a usable picture."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PictureError(f"{size:,} bytes is larger than the {MAX_BYTES:,}-byte limit for a picture")
        data = path.read_bytes()
    except OSError as error:
        raise PictureError(f"cannot read the file ({error.strerror or error})") from None
    return probe_bytes(data)


def probe_bytes(data: bytes) -> Picture:
    """Return what a picture's bytes are; raise PictureError if they are not a usable picture."""
    if len(data) > MAX_BYTES:
        raise PictureError(f"{len(data):,} bytes is larger than the {MAX_BYTES:,}-byte limit for a picture")
    if SVG_START.match(data[:4096]):
        width, height = svg_size(data)
        return Picture(width, height, "SVG", MIME["SVG"], len(data), digest_of(data))
    width, height, kind, animated = raster_facts(data)
    return Picture(width, height, kind, MIME[kind], len(data), digest_of(data), animated)


def svg_size(data: bytes) -> tuple[int, int]:
    """Return an SVG's width and height from its root's attributes or viewBox, (0, 0) when unknown."""
    root = SVG_ROOT.search(data[:16384])
    attributes = root[1].decode("utf-8", "replace") if root else ""
    found = dict(re.findall(r'([\w:-]+)\s*=\s*["\']([^"\']*)["\']', attributes))
    width, height = (SVG_LENGTH.match(found.get(name, "")) for name in ("width", "height"))
    if width and height:
        return round(float(width[1])), round(float(height[1]))
    box = found.get("viewBox", "").replace(",", " ").split()
    try:
        box_width, box_height = float(box[2]), float(box[3])
    except (IndexError, ValueError):
        return 0, 0
    return (round(box_width), round(box_height)) if box_width > 0 and box_height > 0 else (0, 0)


def raster_facts(data: bytes) -> tuple[int, int, str, bool]:
    """Return (width, height, format, animated) of a raster picture, decoding it once to prove it whole."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=readable_formats())
    except UnidentifiedImageError:
        raise PictureError(other_picture(data) or f"not a picture ({what_it_looks_like(data)})") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PictureError(f"refused: more than {MAX_PIXELS:,} pixels (a decompression bomb?)") from None
    except (OSError, ValueError, SyntaxError) as error:
        raise PictureError(f"not a readable picture ({error})") from None
    with image:
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise PictureError(f"refused: {width:,} × {height:,} pixels is more than the "
                               f"{MAX_PIXELS:,}-pixel limit (a decompression bomb?)")
        if width < 1 or height < 1:
            raise PictureError(f"not a picture ({width} × {height} pixels)")
        kind = image.format
        animated = getattr(image, "n_frames", 1) > 1
        if orientation_swaps(image):
            width, height = height, width
        decode_all(image, kind)
    return width, height, kind, animated


def readable_formats() -> tuple[str, ...]:
    """Return the raster formats browsers show that this Pillow can read (AVIF needs Pillow 11.3)."""
    from PIL import Image

    Image.init()
    return tuple(kind for kind in MIME if kind in Image.OPEN)


def orientation_swaps(image) -> bool:
    """Return whether the picture's EXIF orientation turns it a quarter (width and height swap)."""
    try:
        return image.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    except Exception:  # a broken EXIF block: Pillow raises several kinds; the picture shows unturned
        return False


def decode_all(image, kind: str) -> None:
    """Decode the whole picture (a JPEG at 1/8 scale: still every byte) so a truncated file is caught."""
    if kind == "JPEG":
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
    try:
        image.load()
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        message = str(error)
        if "truncated" in message or isinstance(error, EOFError):
            raise PictureError(f"the picture is cut short (truncated file: {message})") from None
        raise PictureError(f"the picture cannot be decoded ({message})") from None


def other_picture(data: bytes) -> str:
    """Return the refusal of a picture in a format browsers do not show, or "" for anything else."""
    kind = next((kind for magic, kind in OTHER_PICTURES if data.startswith(magic)), "")
    if not kind and data[4:8] == b"ftyp":
        kind = OTHER_BOXES.get(data[8:12], "")
    return f"a {kind} picture, which browsers do not show: save it as JPEG or PNG" if kind else ""


def what_it_looks_like(data: bytes) -> str:
    """Return a few words on what a file that is not a picture seems to be."""
    head = data[:512].lstrip()
    if not data:
        return "an empty file"
    if head[:1] == b"<":
        return "HTML or XML text"
    if head[:5] == b"%PDF-":
        return "a PDF document"
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "unknown binary data"
