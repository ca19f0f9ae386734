"""Resized versions of a picture, made once into the build cache and kept by content digest.

A variant's file name holds the picture's digest and everything that decides its bytes
(width, format, quality, the version of this recipe), so a changed picture gets new names
and redoes only its own variants, and an unchanged one is never decoded again. Files are
written to a temporary name and renamed, so pool workers can make them side by side.
"""

from __future__ import annotations

import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .probe import EXTENSION, MIME, Picture, probe

WIDTHS = (480, 960, 1600)  # a phone, a laptop column at 2x, a wide screen at 2x
MODERN = "WEBP"  # AVIF measured slower to encode without a size gain that pays (docs/pictures.md)
QUALITY = {"WEBP": 80, "JPEG": 82}
RECIPE = "2"  # raise when the encoding settings change: every variant is made again


@dataclass(frozen=True)
class VariantSpec:
    """One version to make of a picture: its width, height and format."""

    width: int
    height: int
    format: str

    @property
    def mime(self) -> str:
        """Return the version's media type."""
        return MIME[self.format]

    @property
    def suffix(self) -> str:
        """Return what the version's file name ends with: '-960w.webp'."""
        return f"-{self.width}w{EXTENSION[self.format]}"


@dataclass(frozen=True)
class Variant:
    """A made version of a picture: where it is in the cache, and what it is."""

    path: Path  # the file in the cache (never modify it: a later build reuses it)
    width: int
    height: int
    format: str
    mime: str
    bytes: int
    suffix: str  # '-960w.webp': published as <stem><suffix> beside the original (published_name)


def fallback_format(picture: Picture) -> str:
    """Return the format of the versions for browsers without the modern one: the original's, or PNG for GIF."""
    return "PNG" if picture.format == "GIF" else picture.format


def plan_variants(picture: Picture) -> list[VariantSpec]:
    """Return the versions worth making of a picture: each width below its own, modern and fallback format.

    SVG drawings and animated pictures get none (resizing would lose what they are); a
    picture no wider than the smallest width gets none either: it is already small.
    """
    if picture.is_svg or picture.animated or picture.width <= 0:
        return []
    formats = [MODERN] + ([fallback_format(picture)] if fallback_format(picture) != MODERN else [])
    specs = []
    for width in WIDTHS:
        if width >= picture.width:
            break
        height = max(1, round(picture.height * width / picture.width))
        specs += [VariantSpec(width, height, kind) for kind in formats]
    return specs


def cache_name(digest: str, spec: VariantSpec) -> str:
    """Return the cache file name of one version: digest, recipe, quality, width and format."""
    quality = QUALITY.get(spec.format, 0)
    return f"{digest}-r{RECIPE}q{quality}-{spec.width}x{spec.height}{EXTENSION[spec.format]}"


def published_name(original_name: str, variant: Variant | VariantSpec) -> str:
    """Return the file name a version is published under beside its original: photo.jpg → photo-960w.webp."""
    stem = original_name.rsplit(".", 1)[0] if "." in original_name.lstrip(".") else original_name
    return stem + variant.suffix


def make_variants(source: str | Path, digest: str, cache_dir: str | Path,
                  picture: Picture | None = None) -> list[Variant]:
    """Return the versions of the picture at source, making only those the cache lacks.

    digest names the source's content (Picture.digest); pass the probed picture to skip
    probing again. Raises PictureError when the source is not a usable picture.
    """
    picture = picture or probe(source)
    folder = Path(cache_dir) / digest[:2]
    specs = plan_variants(picture)
    targets = [(spec, folder / cache_name(digest, spec)) for spec in specs]
    missing = {spec: target for spec, target in targets if not target.exists()}
    if missing:
        folder.mkdir(parents=True, exist_ok=True)
        encode_all(Path(source), picture, specs, missing)
    return [Variant(target, spec.width, spec.height, spec.format, spec.mime, target.stat().st_size, spec.suffix)
            for spec, target in targets]


def encode_all(source: Path, picture: Picture, specs: list[VariantSpec], missing: dict[VariantSpec, Path]) -> None:
    """Decode the source once, turned upright and without metadata, and write the missing versions.

    Each width is resized from the next larger one (a quarter of the time of resizing
    each from the original); the whole chain is always followed, so a version's bytes
    never depend on which others the cache already had.
    """
    from PIL import Image, ImageOps

    with Image.open(source) as image:
        if image.format == "JPEG":  # decode at the smallest DCT scale still twice the largest version
            image.draft(image.mode, draft_size(image.size, picture, max(spec.width for spec in specs)))
        upright = ImageOps.exif_transpose(image)
        icc = image.info.get("icc_profile")
        working = upright.convert(working_mode(upright))
    working.info = {}  # nothing of the source's metadata (EXIF, XMP, text) is carried into a version
    for size in sorted({(spec.width, spec.height) for spec in specs}, reverse=True):
        working = working.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        for spec in (spec for spec in specs if (spec.width, spec.height) == size and spec in missing):
            write_atomic(missing[spec], encoded(working, spec.format, icc))


def draft_size(stored: tuple[int, int], picture: Picture, largest: int) -> tuple[int, int]:
    """Return the size (as stored, before EXIF turns it) to decode at: twice the largest version's."""
    shown_width = stored[0] if (picture.width, picture.height) == stored else stored[1]
    scale = min(1.0, 2 * largest / shown_width)
    return max(1, math.ceil(stored[0] * scale)), max(1, math.ceil(stored[1] * scale))


def working_mode(image) -> str:
    """Return the mode to resize in: RGBA when the picture has transparency, L for grey, else RGB."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        return "RGBA"
    return "L" if image.mode in ("L", "1", "I", "I;16", "F") else "RGB"


def encoded(image, kind: str, icc: bytes | None) -> bytes:
    """Return a version's bytes in a format: no EXIF, XMP or text, only the colour profile."""
    import io

    options: dict = {"icc_profile": icc} if icc else {}
    if kind == "JPEG":
        image = image.convert("RGB") if image.mode not in ("RGB", "L") else image
        options |= {"quality": QUALITY["JPEG"], "optimize": True, "progressive": True}
    elif kind == "WEBP":
        options |= {"quality": QUALITY["WEBP"], "method": 2}  # half the time of libwebp's default 4, 4% more bytes
    elif kind == "PNG":
        options |= {"optimize": False, "compress_level": 9}
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def write_atomic(target: Path, data: bytes) -> None:
    """Write data to target through a temporary file in its folder and a rename (never a half file)."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        os.fchmod(handle, 0o644)  # mkstemp's 0600 would follow the file into a published site
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
