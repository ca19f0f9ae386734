"""References in an article body to files beside it: found when the body is parsed, resolved every build.

A body's relative `src` and `href` (Markdown `![alt](photo.png "caption")`,
`[pdf](a.pdf)`, a raw `<img>` the sanitiser kept) are found in its sanitised HTML
and recorded with their line in the Markdown file. Each build resolves them
against the files under content/ as they are then (files.py): a reference to a
missing file, or one that leads outside content/, is a `path:line:` error; a
picture without alt text is a warning. The resolved targets ride on the article,
so the page's key, and the rendering of its body (figures.py), follow the files.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from dataclasses import replace
from typing import NamedTuple
from urllib.parse import unquote

from .errors import ContentError

# The sanitiser's serialiser writes every attribute value in double quotes ('"' inside as &quot;).
TAG = re.compile(r'<(img|a)((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')
ATTRIBUTE = re.compile(r'([^\s"\'>/=]+)(?:="([^"]*)")?')
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
URL_ATTRIBUTE = {"img": "src", "a": "href"}


class Reference(NamedTuple):
    """One relative reference of a body, as its sanitised HTML holds it."""

    kind: str  # "img" or "a"
    url: str  # the attribute value, unescaped
    line: int  # its line in the Markdown file
    alt: str | None  # an img's alt text (None when it has none)


class Target(NamedTuple):
    """What a reference leads to in this build: the published file and, for a picture, what it is."""

    url: str  # the reference as written (what figures.py looks for in the body)
    path: str  # the file's site path ('2024/03/slug/photo.png')
    suffix: str  # the query or fragment the reference carries ('#page=2'), kept as it was
    picture: object = None  # pictures.Picture of an <img>
    variants: tuple = ()  # (site path, pictures.Variant) of its resized versions
    alt: str = ""


def attributes(text: str) -> dict[str, str | None]:
    """Return a tag's attributes by name, values unescaped (None for a bare attribute)."""
    return {name.lower(): None if value is None else html.unescape(value) for name, value in ATTRIBUTE.findall(text)}


def is_relative(url: str) -> bool:
    """Return whether a URL names a file relative to the page (no scheme, host, or in-page anchor)."""
    return bool(url) and not SCHEME.match(url) and not url.startswith(("//", "#", "?"))


def line_of(body: str, body_line: int, url: str, start: int) -> tuple[int, int]:
    """Return (line, position) of url in the body at or after start: the body's first line when not found."""
    for needle in (url, html.escape(url, quote=False), url.replace(" ", "%20")):
        found = body.find(needle, start)
        if found >= 0:
            return body_line + body.count("\n", 0, found), found + len(needle)
    return body_line, start


def find_references(body_html: str, body: str, body_line: int) -> tuple[Reference, ...]:
    """Return the relative references of a sanitised body, in order, with their lines in the Markdown file."""
    if "src=" not in body_html and "href=" not in body_html:
        return ()
    found, position = [], 0
    for match in TAG.finditer(body_html):
        kind = match[1]
        values = attributes(match[2])
        url = (values.get(URL_ATTRIBUTE[kind]) or "").strip()
        if not is_relative(url):
            continue
        line, position = line_of(body, body_line, url, position)
        found.append(Reference(kind, url, line, values.get("alt") if kind == "img" else None))
    return tuple(found)


def names_a_page(name: str) -> bool:
    """Return whether a link's file part names a page (`x.html`, `about`) rather than a file (`a.pdf`)."""
    return os.path.splitext(name)[1].lower() in ("", ".html", ".htm")


def split_url(url: str) -> tuple[str, str]:
    """Return (the file part of a relative URL, decoded; its query or fragment as written)."""
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    return unicodedata.normalize("NFC", unquote(url[:cut])), url[cut:]


def resolve(article, files, errors: list[ContentError], warnings: list[str]):
    """Return the article with its references resolved against files (files.Files); add problems to the lists."""
    if not article.references and not article.targets:
        return article
    targets, problems = [], []
    folder = os.path.dirname(article.source_path)
    for ref in article.references:
        name, suffix = split_url(ref.url)
        if ref.kind == "a" and (not name or name.endswith("/")):
            continue  # a link to a page or folder of the site: nothing to publish or check
        where = f"{article.source_path}:{ref.line}"
        if ref.kind == "img" and not (ref.alt or "").strip():
            warnings.append(f"{where}: {ref.url}: the picture has no alt text (describe it for readers who cannot see it)")
        found = files.lookup(folder, name)
        if isinstance(found, str) and ref.kind == "a" and names_a_page(name):
            continue  # a link to a page the site makes (`../../tags/index.html`): no file to publish, kept as written
        if isinstance(found, str):
            problems.append(ContentError(article.source_path, ref.line, ref.url, found))
            continue
        if ref.kind == "img":
            picture = files.picture(found)
            if isinstance(picture, str):
                problems.append(ContentError(article.source_path, ref.line, ref.url, picture))
                continue
            targets.append(Target(ref.url, found.path, suffix, picture, files.versions(found), ref.alt or ""))
        else:
            targets.append(Target(ref.url, found.path, suffix))
    errors.extend(problems)
    return replace(article, targets=tuple(targets), lead_picture=files.lead(targets))
