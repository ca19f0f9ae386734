"""The HTML of a picture in an article, and the record of an article's lead picture.

Everything given is text and is escaped here; the tags and attributes written are the
ones markup.py's sanitiser keeps (tests/test_pictures_html.py holds the two together).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..model import LeadPicture
from .probe import MIME, Picture
from .variants import MODERN, Variant

# The article column is at most 38rem wide (templates/static/style.css: --measure), with
# 1.25rem of padding each side below that.
SIZES = "(min-width: 40.5rem) 38rem, calc(100vw - 2.5rem)"
LEAD_WIDTH = 1600  # og:image and feed enclosure: the largest version up to this width


def attribute(value: str | int) -> str:
    """Return a value escaped for a double-quoted attribute."""
    return escape(str(value), quote=True)


def srcset(candidates: Sequence[tuple[str, int]]) -> str:
    """Return a srcset value from (url, width) pairs, narrowest first; commas and spaces in URLs encoded."""
    ordered = sorted(candidates, key=lambda candidate: candidate[1])
    return ", ".join(f"{url.replace(' ', '%20').replace(',', '%2C')} {width}w" for url, width in ordered)


def picture_html(src: str, picture: Picture, *, alt: str, caption: str = "", credit: str = "",
                 variants: Sequence[tuple[str, Variant]] = (), first: bool = False, sizes: str = SIZES) -> str:
    """Return the HTML of one picture: <img> (in <picture> with variants), in <figure> with a caption or credit.

    src is the page-relative URL of the original, variants the (page-relative URL,
    Variant) pairs of its versions. The first picture of a page loads at once; later
    ones load lazily. A <figure> is flow content: callers place it outside <p>.
    """
    size = f' width="{picture.width}" height="{picture.height}"' if picture.width and picture.height else ""
    loading = ' fetchpriority="high"' if first else ' loading="lazy"'
    fallback = [(url, v.width) for url, v in variants if v.format != MODERN or picture.format == MODERN]
    modern = [(url, v.width) for url, v in variants if v.format == MODERN and picture.format != MODERN]
    sizes_given = f' sizes="{attribute(sizes)}"'
    image_set = ""
    if fallback:
        image_set = f' srcset="{attribute(srcset(fallback + [(src, picture.width)]))}"{sizes_given}'
    img = (f'<img src="{attribute(src)}"{image_set} alt="{attribute(alt)}"{size}'
           f' decoding="async"{loading}>')
    if modern:
        candidates = modern + ([(src, picture.width)] if picture.format == MODERN else [])
        source = f'<source type="{MIME[MODERN]}" srcset="{attribute(srcset(candidates))}"{sizes_given}>'
        img = f"<picture>{source}{img}</picture>"
    if not caption.strip() and not credit.strip():
        return img
    words = escape(caption.strip(), quote=False)
    byline = f'<small class="credit">{escape(credit.strip(), quote=False)}</small>' if credit.strip() else ""
    joined = f"{words} {byline}" if words and byline else words or byline
    return f'<figure class="picture">{img}<figcaption>{joined}</figcaption></figure>'


def lead_picture(url_of, picture: Picture, variants: Sequence[Variant], original_url: str,
                 alt: str) -> LeadPicture | None:
    """Return the LeadPicture of an article's first picture, or None for an SVG (no feed or card shows one).

    url_of(variant) gives a variant's site-relative path; original_url is the original's.
    The shared rendition (og:image, enclosure) is the widest fallback-format version up to
    LEAD_WIDTH, else the original; the thumbnail is the narrowest version of any format.
    """
    if picture.is_svg:
        return None
    fallback = [v for v in variants if (v.format != MODERN or picture.format == MODERN) and v.width <= LEAD_WIDTH]
    shared = max(fallback, key=lambda v: v.width, default=None)
    smallest = min(variants, key=lambda v: (v.width, v.format != MODERN), default=None)
    thumb = url_of(smallest) if smallest else original_url
    if shared is None:
        return LeadPicture(original_url, picture.width, picture.height, picture.mime, picture.bytes, alt, thumb)
    return LeadPicture(url_of(shared), shared.width, shared.height, shared.mime, shared.bytes, alt, thumb)
