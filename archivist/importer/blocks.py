"""Sanitised article HTML to Markdown blocks: paragraphs, headings, list items, tables, links."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html

from .clean import Block


def html_blocks(fragment: str, base_url: str) -> list[Block]:
    """Return the sanitised body as Markdown blocks: paragraphs, headings, list items, tables."""
    return [block for block, _ in text_blocks(fragment, base_url)]


def text_blocks(fragment: str, base_url: str) -> list[tuple[Block, str]]:
    """Return the sanitised body as (Markdown block, its plain text) pairs, in page order."""
    if not fragment.strip():
        return []
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    pairs: list[tuple[Block, str]] = []
    for element in root.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "blockquote", "pre"):
        if _inside(element, ("table", "li", "blockquote", "pre")):
            continue
        block = _block(element, base_url)
        if block and block.text.strip():
            pairs.append((block, re.sub(r"\s+", " ", element.text_content()).strip()))
    return pairs


def _inside(element, tags: tuple[str, ...]) -> bool:
    """Return True when the element sits inside one of `tags` (handled with its parent)."""
    return any(parent.tag in tags for parent in element.iterancestors())


def _block(element, base_url: str) -> Block | None:
    """Return one element as a Markdown block."""
    tag = element.tag
    if tag == "table":
        return Block(_table(element), "raw")
    if tag == "pre":
        return Block("```\n" + element.text_content().strip("\n") + "\n```", "raw")
    text = inline_markdown(element, base_url)
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return Block(text, "h")
    if tag == "li":
        return Block(text, "li")
    if tag == "blockquote":
        return Block("> " + text, "raw") if text else None
    return Block(text)


def inline_markdown(element, base_url: str) -> str:
    """Return an element's text with http(s) links as `[text](url)` and emphasis kept."""
    parts = [element.text or ""]
    for child in element:
        inner = inline_markdown(child, base_url)
        if child.tag == "a":
            parts.append(_spaced(child, _link(inner, child.get("href"), base_url)))
        elif child.tag in ("b", "strong") and inner.strip():
            parts.append(_spaced(child, f"**{inner.strip()}**"))
        elif child.tag in ("i", "em") and inner.strip():
            parts.append(_spaced(child, f"*{inner.strip()}*"))
        elif child.tag == "br":
            parts.append(" ")
        else:
            parts.append(_spaced(child, inner) if inner else " " * child.text_content()[:1].isspace())
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _spaced(element, marked: str) -> str:
    """Return the marked-up text with the spaces the element's text began or ended with kept outside it.

    `<a>offerings </a>were` must not become `[offerings](…)were`: the words would run together."""
    inner = element.text_content()
    head = " " if inner[:1].isspace() else ""
    tail = " " if inner[-1:].isspace() else ""
    return head + marked + tail


def _link(text: str, href: str | None, base_url: str) -> str:
    """Return a Markdown link when the target is http(s), else the bare text."""
    target = urljoin(base_url, href.strip()) if href else ""
    if not text.strip() or urlsplit(target).scheme not in ("http", "https"):
        return text
    return f"[{text.strip()}]({target.replace(')', '%29').replace(' ', '%20')})"


def _table(table) -> str:
    """Return a table as a Markdown pipe table (first row as the header)."""
    rows = []
    for row in table.iter("tr"):
        cells = [re.sub(r"\s+", " ", c.text_content()).strip().replace("|", "\\|") for c in row if c.tag in ("td", "th")]
        if cells:
            rows.append(cells)
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)
