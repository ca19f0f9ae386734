"""ASCII slugs for article files: from the URL, the romanized title, or the date."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import unquote, urlsplit

# Revised Romanization of Korean, letter by letter (initial, medial, final jamo).
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
           "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
MAX_WORDS = 8
MAX_LENGTH = 60


def romanize(text: str) -> str:
    """Return the text with Hangul syllables spelled in Latin letters."""
    out = []
    for char in text:
        code = ord(char) - 0xAC00
        if 0 <= code < 11172:
            initial = _INITIALS[code // 588]
            out.append(("" if initial == "-" else initial) + _MEDIALS[(code % 588) // 28] + _FINALS[code % 28])
        else:
            out.append(char)
    return "".join(out)


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of at most MAX_WORDS words, `-` separated."""
    ascii_text = unicodedata.normalize("NFKD", romanize(text)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = "-".join(words[:MAX_WORDS])[:MAX_LENGTH].strip("-")
    return slug


def from_url(url: str) -> str:
    """Return a slug from the URL's last path segment when it is meaningful words, else ''."""
    path = urlsplit(url).path if url else ""
    segments = [s for s in unquote(path).split("/") if s]
    if not segments:
        return ""
    last = re.sub(r"\.(?:s?html?|php|aspx?|jsp|cms)$", "", segments[-1], flags=re.I)
    words = re.findall(r"[A-Za-z]+", last)
    if not words or sum(len(w) for w in words) < 8 or not last.isascii():
        return ""
    return slugify(last)


def make_slug(url: str, title: str, day: str) -> str:
    """Return the article's slug: URL words, else the romanized title, else date and hash."""
    slug = from_url(url) or slugify(title)
    if len(slug) >= 3:
        return slug
    digest = hashlib.sha1((url + title).encode()).hexdigest()[:8]
    return f"{day or 'article'}-{digest}"
