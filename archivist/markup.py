"""Markdown to safe HTML: Python-Markdown, Pygments classes, nh3 allow-list.

Python-Markdown (markdown_engine.py, driven by load.Markdowns) and Pygments are
imported only when a body needs them: most news bodies take the plain_html path,
and a quick rebuild of one such article then imports neither.
"""

from __future__ import annotations

import html
import math
import re

import nh3

from .slugs import slugify

EXTENSIONS = ("fenced_code", "tables", "footnotes", "toc", "codehilite", "sane_lists")
PLAIN_EXTENSIONS = (("toc", "sane_lists"), ("sane_lists",))  # extension sets plain_html stands for
# A body's own HTML gets no <picture>/<source>: picture markup is the build's, written on the sanitised body
# (figures.py), so a body cannot name versions or sources the reference check never sees.
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
# Reading time counts in UTF-8 bytes (a fifth of the regex scan's time): a Hangul syllable
# (U+AC00-U+D7A3) is one lead byte 0xEA-0xED, shared only by the rare U+A000-U+ABFF (Yi,
# Vai and other syllabaries) and U+D7A4-U+D7FF, counted as syllables too.
NOT_SYLLABLE_LEAD = bytes(b for b in range(256) if not 0xEA <= b <= 0xED)
ASCII_ALNUM = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM_ELSE_SPACE = bytes.maketrans(bytes(range(256)), bytes(
    b if b in ASCII_ALNUM else 32 for b in range(256)))
SUMMARY_LENGTH = 200
ID_COUNT = re.compile(r"^(.*)_([0-9]+)$")  # Python-Markdown's toc IDCOUNT_RE
BLANK_LINES = re.compile(r"\n\n+")  # one blank line or more: a paragraph break either way
PLAIN_ID = re.compile(r"[^&<>\"\n]+")
SETEXT_UNDERLINE = re.compile(r"\n[=-]+[ \t]*(\n|$)")  # Python-Markdown's setext heading, underline part
# What any of Python-Markdown's inline patterns (code, escapes, links, images, footnotes,
# autolinks, line breaks, raw HTML, entities, emphasis) needs to match, and its placeholders.
INLINE_MARKUP = re.compile(r"[`\\\[<&*_\x02\x03]|  \n")


def heading_id(value: str, separator: str) -> str:
    """Return a heading anchor id that keeps Hangul (toc's default drops it)."""
    return slugify(html.unescape(TAG.sub("", value))) or "section"


# Text of a plain block: letters and numbers of any script, spaces, and punctuation that no
# block or inline rule of Python-Markdown reads, and that its serializer leaves as it is.
PLAIN_LINE = r"""[^\W\d_][\w .,!?'"()%:;/·…“”‘’-]*(?<! )"""  # \w without "_": a body with "_" is never plain
PLAIN_BLOCK = re.compile(f"{PLAIN_LINE}(?:\n{PLAIN_LINE})*")
PLAIN_HEADING = re.compile(r"(#{1,6}) +([^\W_][\w .,!?()%:;/·…-]*(?<! ))")


def unique_id(value: str, ids: set[str]) -> str:
    """Return value, or value_1, value_2, … if taken, and record it: what Python-Markdown's toc.unique returns.

    Written out here so that a body of plain paragraphs and headings does not
    import Python-Markdown at all; tests/test_markup.py holds the two equal.
    """
    if value in ids or not value:
        match = ID_COUNT.match(value)
        base, count = (match[1], int(match[2])) if match else (value, 0)
        count += 1
        while f"{base}_{count}" in ids:
            count += 1
        value = f"{base}_{count}"
    ids.add(value)
    return value


def plain_html(text: str) -> str | None:
    """Return what Python-Markdown (sane_lists, toc) makes of a body of plain paragraphs and # headings, else None.

    Most news bodies are only that; Python-Markdown's block parser, tree
    processors and serializer took most of their parse time. Every line must
    start with a letter and hold only plain characters, every heading stand
    alone between blank lines (one or more): anything else (lists, quotes, code, markup,
    entities, digits at a line start, stray spaces) returns None and goes through
    Python-Markdown. tests/test_markup.py holds the two to the same HTML.
    """
    if "_" in text:
        return None
    blocks = BLANK_LINES.split(text.strip("\n"))
    html_blocks, ids = [], set()
    for block in blocks:
        heading = PLAIN_HEADING.fullmatch(block)
        if heading is not None:
            slug = unique_id(heading_id(heading[2], "-"), ids)
            if not PLAIN_ID.fullmatch(slug):
                return None
            level = len(heading[1])
            html_blocks.append(f'<h{level} id="{slug}">{heading[2]}</h{level}>')
        elif PLAIN_BLOCK.fullmatch(block):
            html_blocks.append(f"<p>{block}</p>")
        else:
            return None
    return "\n".join(html_blocks)


def needed_extensions(text: str) -> tuple[str, ...]:
    """Return the extensions a body can use (a superset is always safe)."""
    # Python-Markdown first drops STX/ETX and turns every line ending into "\n".
    text = text.replace("\x02", "").replace("\x03", "").replace("\r\n", "\n").replace("\r", "\n")
    wanted = ["sane_lists"]
    if "```" in text or "~~~" in text:
        wanted += ["fenced_code", "codehilite"]
    elif "\n    " in text or "\t" in text or text.startswith("    "):
        wanted.append("codehilite")
    if "|" in text:
        wanted.append("tables")
    if "[^" in text:
        wanted.append("footnotes")
    if "#" in text or "[TOC]" in text or SETEXT_UNDERLINE.search(text):
        wanted.append("toc")
    return tuple(e for e in EXTENSIONS if e in wanted)


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


def syllables_and_words(text: str) -> tuple[int, int]:
    """Return the number of Hangul syllables and of words of ASCII letters and digits in text."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, NOT_SYLLABLE_LEAD)), len(data.translate(ALNUM_ELSE_SPACE).split())


def reading_minutes(text: str) -> int:
    """Return the reading time in minutes: 500 Hangul syllables or 220 words a minute."""
    syllables, words = syllables_and_words(text)
    return max(1, math.ceil(syllables / 500 + words / 220))


def pygments_css() -> str:
    """Return the code-highlighting stylesheet, light by default and dark on request."""
    from pygments.formatters import HtmlFormatter

    light = HtmlFormatter(style="default").get_style_defs(".highlight")
    dark = HtmlFormatter(style="monokai").get_style_defs(".highlight")
    dark = "\n".join("  " + line for line in dark.splitlines())
    return f"{light}\n@media (prefers-color-scheme: dark) {{\n{dark}\n}}\n"
