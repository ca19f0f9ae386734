"""archivist.pictures: probing by content, refusals, and variants made once into the cache."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from archivist.pictures import (MAX_PIXELS, PictureError, make_variants, plan_variants, probe, probe_bytes,
                                published_name)


def picture_bytes(width=1200, height=800, kind="JPEG", colour=(200, 40, 40), **options) -> bytes:
    """Return the bytes of a generated picture with a gradient, so it is not trivially compressible."""
    image = Image.new("RGB", (width, height), colour)
    for x in range(0, width, max(1, width // 40)):
        image.paste((x * 255 // width, 90, 255 - x * 255 // width), (x, 0, x + 3, height))
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def test_probe_reads_size_and_type_by_content_not_name(tmp_path):
    named_wrong = tmp_path / "photo.jpg"
    named_wrong.write_bytes(picture_bytes(640, 360, "PNG"))
    picture = probe(named_wrong)
    assert (picture.width, picture.height, picture.format, picture.mime) == (640, 360, "PNG", "image/png")
    assert picture.bytes == named_wrong.stat().st_size and len(picture.digest) == 32


def test_text_named_png_is_not_a_picture(tmp_path):
    fake = tmp_path / "photo.png"
    fake.write_text("<html><body>not a picture</body></html>")
    with pytest.raises(PictureError, match="not a picture .HTML"):
        probe(fake)


def test_decompression_bomb_is_refused_not_warned(tmp_path):
    side = int(MAX_PIXELS ** 0.5) + 100  # a grey PNG this size is a few hundred kilobytes
    bomb = tmp_path / "bomb.png"
    Image.new("L", (side, side)).save(bomb, optimize=False)
    assert bomb.stat().st_size < MAX_PIXELS // 20
    with pytest.raises(PictureError, match="refused: .*pixel limit"):
        probe(bomb)


def test_bomb_over_pillows_own_limit_is_refused_before_decoding():
    # A PNG header claiming 40,000 × 40,000 pixels: Pillow itself would raise past 178 million.
    header = Image.new("L", (1, 1))
    out = io.BytesIO()
    header.save(out, "PNG")
    data = bytearray(out.getvalue())
    data[16:24] = (40_000).to_bytes(4, "big") * 2
    import zlib
    data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")
    with pytest.raises(PictureError, match="refused"):
        probe_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["JPEG", "PNG"])
def test_truncated_file_is_refused(kind):
    whole = picture_bytes(800, 600, kind)
    probe_bytes(whole)
    with pytest.raises(PictureError, match="cut short|cannot be decoded|not a readable"):
        probe_bytes(whole[: len(whole) * 2 // 3])


def test_svg_is_reported_as_svg_with_its_size():
    svg = b'<?xml version="1.0"?>\n<!-- drawn -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80"></svg>'
    picture = probe_bytes(svg)
    assert (picture.format, picture.mime, picture.width, picture.height) == ("SVG", "image/svg+xml", 120, 80)
    assert picture.is_svg and plan_variants(picture) == []


def test_exif_orientation_swaps_the_reported_size():
    exif = Image.Exif()
    exif[0x0112] = 6  # turn a quarter clockwise to show
    picture = probe_bytes(picture_bytes(1200, 800, "JPEG", exif=exif.tobytes()))
    assert (picture.width, picture.height) == (800, 1200)


def test_plan_has_only_widths_below_the_original():
    picture = probe_bytes(picture_bytes(1200, 800))
    assert [(s.width, s.height, s.format) for s in plan_variants(picture)] == [
        (480, 320, "WEBP"), (480, 320, "JPEG"), (960, 640, "WEBP"), (960, 640, "JPEG")]
    assert plan_variants(probe_bytes(picture_bytes(400, 300))) == []


def test_variants_are_made_once_and_reused(tmp_path):
    source = tmp_path / "photo.jpg"
    source.write_bytes(picture_bytes(2000, 1000))
    cache = tmp_path / "cache"
    picture = probe(source)
    first = make_variants(source, picture.digest, cache)
    assert [(v.width, v.format) for v in first] == [
        (480, "WEBP"), (480, "JPEG"), (960, "WEBP"), (960, "JPEG"), (1600, "WEBP"), (1600, "JPEG")]
    for variant in first:
        with Image.open(variant.path) as image:
            assert (image.format, image.size) == (variant.format, (variant.width, variant.height))
        assert variant.bytes == variant.path.stat().st_size
    made = {v.path: v.path.stat().st_mtime_ns for v in first}
    files = sorted(p for p in cache.rglob("*") if p.is_file())
    again = make_variants(source, picture.digest, cache)
    assert again == first
    assert sorted(p for p in cache.rglob("*") if p.is_file()) == files
    assert {v.path: v.path.stat().st_mtime_ns for v in again} == made


def test_a_version_made_again_alone_has_the_same_bytes(tmp_path):
    source = tmp_path / "photo.jpg"
    source.write_bytes(picture_bytes(3400, 2000))  # over twice the widest version: decoded at a reduced scale
    digest = probe(source).digest
    made = {v.path: v.path.read_bytes() for v in make_variants(source, digest, tmp_path / "cache")}
    for lost in (path for path in made if "-1600x" not in path.name):
        lost.unlink()
    assert {v.path: v.path.read_bytes() for v in make_variants(source, digest, tmp_path / "cache")} == made


def test_changed_picture_gets_its_own_new_variants(tmp_path):
    source = tmp_path / "photo.jpg"
    cache = tmp_path / "cache"
    source.write_bytes(picture_bytes(1000, 500))
    old = make_variants(source, probe(source).digest, cache)
    source.write_bytes(picture_bytes(1000, 500, colour=(10, 200, 10)))
    new = make_variants(source, probe(source).digest, cache)
    assert not {v.path for v in old} & {v.path for v in new}
    assert all(v.path.exists() for v in old + new)


def test_variants_drop_exif_and_apply_orientation(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Camera maker"
    exif[0x8825] = {1: "N", 2: (37.0, 33.0, 0.0)}  # GPS: where the photo was taken
    source = tmp_path / "turned.jpg"
    source.write_bytes(picture_bytes(1200, 600, exif=exif.tobytes()))
    variants = make_variants(source, probe(source).digest, tmp_path / "cache")
    assert {(v.width, v.height) for v in variants} == {(480, 960)}
    for variant in variants:
        data = variant.path.read_bytes()
        assert b"Exif" not in data and b"Camera maker" not in data
        with Image.open(variant.path) as image:
            assert image.size == (480, 960) and not image.getexif()


def test_transparent_png_keeps_alpha_in_its_versions(tmp_path):
    source = tmp_path / "chart.png"
    Image.new("RGBA", (1000, 400), (0, 0, 255, 100)).save(source)
    variants = make_variants(source, probe(source).digest, tmp_path / "cache")
    assert {v.format for v in variants} == {"WEBP", "PNG"}
    for variant in variants:
        with Image.open(variant.path) as image:
            assert image.mode == "RGBA" and image.getpixel((5, 5))[3] == 100


def test_published_name_keeps_the_stem():
    source = probe_bytes(picture_bytes(1000, 500))
    spec = plan_variants(source)[0]
    assert published_name("사진 1.jpeg", spec) == "사진 1-480w.webp"
    assert published_name("noext", spec) == "noext-480w.webp"


def test_animated_gif_is_probed_but_never_resized():
    frames = [Image.new("P", (800, 600), colour) for colour in (1, 2, 3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100)
    picture = probe_bytes(out.getvalue())
    assert (picture.format, picture.mime, picture.animated) == ("GIF", "image/gif", True)
    assert plan_variants(picture) == []


def test_webp_original_gets_webp_versions_only():
    picture = probe_bytes(picture_bytes(1000, 500, "WEBP"))
    assert picture.mime == "image/webp"
    assert {spec.format for spec in plan_variants(picture)} == {"WEBP"}


def test_a_format_browsers_do_not_show_is_refused():
    with pytest.raises(PictureError, match="^a TIFF picture, which browsers do not show: save it as JPEG or PNG$"):
        probe_bytes(picture_bytes(100, 100, "TIFF"))


def make_in_worker(arguments: tuple[str, str, str]) -> list[tuple[str, int]]:
    """Make a picture's versions in a pool worker; return their file names and sizes."""
    source, digest, cache = arguments
    return [(v.path.name, v.bytes) for v in make_variants(source, digest, cache)]


def test_workers_making_the_same_versions_at_once_leave_whole_files(tmp_path):
    import multiprocessing

    source = tmp_path / "photo.jpg"
    source.write_bytes(picture_bytes(1800, 1200))
    cache = tmp_path / "cache"
    work = [(str(source), probe(source).digest, str(cache))] * 4
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = pool.map(make_in_worker, work)
    assert all(result == results[0] for result in results)
    assert not [p for p in cache.rglob(".part-*")]
    for name, size in results[0]:
        (path,) = cache.rglob(name)
        with Image.open(path) as image:
            image.load()
        assert path.stat().st_size == size and path.stat().st_mode & 0o777 == 0o644
