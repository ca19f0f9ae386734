"""Markdown to safe HTML: Python-Markdown, Pygments classes, nh3 allow-list."""

from __future__ import annotations

import html
import math
import re

import markdown
import nh3
from pygments.formatters import HtmlFormatter

from .slugs import slugify

EXTENSIONS = ["fenced_code", "tables", "footnotes", "toc", "codehilite", "sane_lists"]
TAGS = set(nh3.ALLOWED_TAGS) - {"area", "map", "center", "acronym", "tt", "strike"}
ATTRIBUTES = {
    "*": {"title", "lang", "dir"},
    "a": {"href", "id", "class"},
    "img": {"src", "alt", "width", "height", "loading"},
    "h1": {"id"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
    "div": {"class", "id"},
    "span": {"class"},
    "code": {"class"},
    "pre": {"class"},
    "sup": {"id", "class"},
    "li": {"id", "class"},
    "ol": {"start", "class"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "time": {"datetime"},
    "abbr": set(),
}
CLEANER = nh3.Cleaner(
    tags=TAGS,
    attributes=ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel=None,
    strip_comments=True,
)
FIRST_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN_WORD = re.compile(r"[A-Za-z0-9]+")
SUMMARY_LENGTH = 200


def heading_id(value: str, separator: str) -> str:
    """Return a heading anchor id that keeps Hangul (toc's default drops it)."""
    return slugify(html.unescape(TAG.sub("", value))) or "section"


def new_markdown() -> markdown.Markdown:
    """Return a Markdown instance configured for article bodies."""
    return markdown.Markdown(
        extensions=EXTENSIONS,
        extension_configs={
            "codehilite": {"css_class": "highlight", "guess_lang": False},
            "toc": {"slugify": heading_id},
            "footnotes": {"BACKLINK_TITLE": "%d"},
        },
        output_format="html",
    )


def render_body(md: markdown.Markdown, text: str) -> str:
    """Return the sanitised HTML of a Markdown body."""
    md.reset()
    return CLEANER.clean(md.convert(text))


def plain_text(fragment: str) -> str:
    """Return the text of an HTML fragment, whitespace collapsed."""
    return " ".join(html.unescape(TAG.sub(" ", fragment)).split())


def first_paragraph(body_html: str) -> str:
    """Return the plain text of the first paragraph, shortened at a word boundary."""
    match = FIRST_PARAGRAPH.search(body_html)
    text = plain_text(match.group(1)) if match else ""
    if len(text) <= SUMMARY_LENGTH:
        return text
    cut = text[:SUMMARY_LENGTH].rsplit(" ", 1)[0]
    return cut + "…"


def reading_minutes(body_html: str) -> int:
    """Return the reading time in minutes: 500 Hangul syllables or 220 Latin words a minute."""
    text = plain_text(body_html)
    minutes = len(HANGUL.findall(text)) / 500 + len(LATIN_WORD.findall(text)) / 220
    return max(1, math.ceil(minutes))


def pygments_css() -> str:
    """Return the code-highlighting stylesheet, light by default and dark on request."""
    light = HtmlFormatter(style="default").get_style_defs(".highlight")
    dark = HtmlFormatter(style="monokai").get_style_defs(".highlight")
    dark = "\n".join("  " + line for line in dark.splitlines())
    return f"{light}\n@media (prefers-color-scheme: dark) {{\n{dark}\n}}\n"
