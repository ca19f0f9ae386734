"""Helpers for the importer tests: fixture paths and reading the articles the command prints."""

from __future__ import annotations

import re
from pathlib import Path

import yaml


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def split_article(text: str) -> tuple[dict, str]:
    """Return (front matter mapping, body) of an article file, parsed as the build parses it."""
    match = re.match(r"^---\n(.*?)\n---\n\n?(.*)$", text, re.S)
    assert match, f"no front matter in:\n{text[:200]}"
    return yaml.load(match.group(1), Loader=yaml.CSafeLoader) or {}, match.group(2)


def paragraphs(body: str) -> list[str]:
    """Return the body's paragraphs without Markdown heading or list markers."""
    parts = [re.sub(r"^(?:#{1,6}|-)\s+", "", p.strip()) for p in re.split(r"\n\s*\n", body)]
    return [p for p in parts if p]


def picture(width: int, height: int, kind: str = "JPEG", shade: int = 90) -> bytes:
    """Return a generated picture of the given size and format (Pillow), a little different for each shade."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (shade % 256, 120, 160)).save(out, kind)
    return out.getvalue()
