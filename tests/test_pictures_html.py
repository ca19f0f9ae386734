"""pictures.picture_html and lead_picture: attributes, escaping, and the sanitiser keeping what they write."""

from __future__ import annotations

import re
from pathlib import Path

from archivist.markup import CLEANER
from archivist.pictures import SIZES, Picture, Variant, lead_picture, picture_html

PHOTO = Picture(3000, 2000, "JPEG", "image/jpeg", 912_345, "ab" * 16)


def variant(width: int, kind: str) -> Variant:
    """Return a Variant record of the photo (no file needed to write HTML)."""
    suffix = f"-{width}w.{'webp' if kind == 'WEBP' else 'jpg'}"
    mime = "image/webp" if kind == "WEBP" else "image/jpeg"
    return Variant(Path(f"/cache/x{suffix}"), width, width * 2 // 3, kind, mime, width * 50, suffix)


VARIANTS = [(f"photo-{w}w.{'webp' if k == 'WEBP' else 'jpg'}", variant(w, k))
            for w in (480, 960, 1600) for k in ("WEBP", "JPEG")]


def test_first_picture_with_variants_and_caption():
    html = picture_html("photo.jpg", PHOTO, alt="시장 풍경", caption="설 대목 시장", credit="사진 김기자",
                        variants=VARIANTS, first=True)
    assert html == (
        '<figure class="picture"><picture>'
        f'<source type="image/webp" srcset="photo-480w.webp 480w, photo-960w.webp 960w, photo-1600w.webp 1600w"'
        f' sizes="{SIZES}">'
        '<img src="photo.jpg" srcset="photo-480w.jpg 480w, photo-960w.jpg 960w, photo-1600w.jpg 1600w,'
        f' photo.jpg 3000w" sizes="{SIZES}" alt="시장 풍경" width="3000" height="2000" decoding="async"'
        ' fetchpriority="high"></picture>'
        '<figcaption>설 대목 시장 <small class="credit">사진 김기자</small></figcaption></figure>')


def test_later_picture_is_lazy_and_plain_without_caption_or_variants():
    html = picture_html("../img/a b.jpg", PHOTO, alt="")
    assert html == ('<img src="../img/a b.jpg" alt="" width="3000" height="2000" decoding="async"'
                    ' loading="lazy">')


def test_everything_given_is_escaped():
    html = picture_html('x.jpg" onerror="alert(1)', PHOTO, alt='"><script>alert(1)</script>',
                        caption="<b>캡션</b> & 설명", credit="<i>credit</i>",
                        variants=[('v,1.webp" onload="x', variant(480, "WEBP"))])
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    assert 'onerror="' not in html and 'onload="' not in html
    assert "&lt;b&gt;캡션&lt;/b&gt; &amp; 설명" in html
    assert "v%2C1.webp&quot;%20onload=&quot;x 480w" in html


def test_credit_alone_still_makes_a_figure():
    html = picture_html("a.jpg", PHOTO, alt="a", credit="연합뉴스")
    assert html.startswith('<figure class="picture"><img') and '<figcaption><small class="credit">연합뉴스</small>' in html


def test_svg_without_size_has_no_size_attributes():
    drawing = Picture(0, 0, "SVG", "image/svg+xml", 300, "cd" * 16)
    assert "width=" not in picture_html("d.svg", drawing, alt="도표")


def test_a_body_cannot_write_picture_markup_of_its_own():
    # picture_html's markup is written by the build on the sanitised body (figures.py); a body's own
    # <picture>, <source> or srcset would name files the reference check never sees.
    dirty = ('<picture><source srcset="a.webp" media="x" onerror="y"><img src="a.jpg" srcset="b.jpg 2x"'
             ' decoding="async" onload="z" style="w"></picture>')
    clean = CLEANER.clean(dirty)
    assert clean == '<img src="a.jpg">'


def test_lead_picture_uses_the_widest_fallback_up_to_1600_and_the_smallest_thumb():
    found = {v: url for url, v in VARIANTS}
    lead = lead_picture(lambda v: "2024/03/a/" + found[v], PHOTO, [v for _, v in VARIANTS],
                        "2024/03/a/photo.jpg", "사진")
    assert lead == ("2024/03/a/photo-1600w.jpg", 1600, 1066, "image/jpeg", 80_000, "사진", "2024/03/a/photo-480w.webp")


def test_lead_picture_of_a_small_picture_is_the_original_and_none_for_svg():
    small = Picture(400, 300, "PNG", "image/png", 20_000, "ef" * 16)
    lead = lead_picture(lambda v: "", small, [], "2024/03/a/small.png", "")
    assert lead == ("2024/03/a/small.png", 400, 300, "image/png", 20_000, "", "2024/03/a/small.png")
    assert lead_picture(lambda v: "", Picture(0, 0, "SVG", "image/svg+xml", 9, "0" * 32), [], "d.svg", "") is None
