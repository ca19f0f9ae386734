"""Folder articles: `content/YYYY/MM/<slug>/index.md` with the article's pictures beside it.

The pictures go into the body at the places they had in the page, as `![alt](name "caption")`; a paragraph
that only repeated a kept picture's caption leaves the body (the caption now belongs to the picture). Every
file is new (newfiles.create_file never replaces one) and the index comes last, so a reader never sees an
article whose pictures are missing."""

from __future__ import annotations

import re
from contextlib import suppress
from pathlib import Path

from ..newfiles import create_file, make_folder
from .html_evidence import letters
from .page_pictures import chunks
from .picture_files import Kept, unique_names

_PICTURE = re.compile(r"^!\[.*\)$", re.S)  # a block that is one Markdown picture
_FRONT_MATTER = re.compile(r"^---\n.*?\n(?:---|\.\.\.)\n\n?", re.S)
_SAME_CAPTION = 20  # letters: a shorter paragraph counts as a caption's copy only when it is the whole caption


def place(body: str, pictures: list[Kept]) -> str:
    """Return the body with each picture before the block it preceded in the page, caption copies left out."""
    if not pictures:
        return body
    parts = chunks(body)
    captions = [letters(picture.caption) for picture in pictures if letters(picture.caption)]
    out: list[str] = []
    for i, part in enumerate(parts):
        out.extend(markdown_picture(p) for p in pictures if p.anchor == i)
        part = _without_leading_caption(part, pictures)
        if part and not _copies_caption(part, captions):
            out.append(part)
    out.extend(markdown_picture(p) for p in pictures if p.anchor >= len(parts))
    return "\n\n".join(out) + "\n"


def _copies_caption(part: str, captions: list[str]) -> bool:
    """Return True when a body block is a kept picture's caption (or a piece of it) printed as a paragraph."""
    key = letters(part)
    return bool(key) and any(key == caption or (len(key) >= _SAME_CAPTION and key in caption) for caption in captions)


def _without_leading_caption(part: str, pictures: list[Kept]) -> str:
    """Return a block without a kept caption glued to its start (`*caption*[서울=뉴시스] 홍길동 기자 = …`)."""
    text = part.lstrip("*_ ")
    for picture in pictures:
        if len(letters(picture.caption)) >= _SAME_CAPTION and text.startswith(picture.caption):
            return text[len(picture.caption):].lstrip("*_ ")
    return part


def markdown_picture(picture: Kept) -> str:
    """Return a picture as a Markdown image: alt text, the file beside the article, the caption as its title."""
    alt = picture.alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    if not picture.caption:
        return f"![{alt}]({picture.name})"
    # Python-Markdown reads no `\"` in a title; the entity comes out as the quote in the page.
    caption = picture.caption.replace("\\", "\\\\").replace('"', "&quot;")
    return f'![{alt}]({picture.name} "{caption}")'


def folder_taken(folder: Path, slug: str) -> bool:
    """Return True when an article of this slug exists in either form (a flat file or a folder)."""
    return (folder / f"{slug}.md").exists() or (folder / slug).exists()


def write_bundle(index: Path, text: str, pictures: list[Kept], unsynced: set[Path]) -> None:
    """Write a new folder article: its pictures, then its index; on a failure the files just made are removed."""
    made: list[Path] = []
    fresh = not index.parent.exists()
    try:
        make_folder(index.parent)
        for picture in pictures:
            create_file(index.parent / picture.name, picture.data, unsynced)
            made.append(index.parent / picture.name)
        create_file(index, text.encode("utf-8"), unsynced)
    except BaseException:
        for path in made:
            with suppress(OSError):
                path.unlink()
        if fresh:
            with suppress(OSError):
                index.parent.rmdir()
        raise


def add_pictures(folder: Path, pictures: list[Kept], unsynced: set[Path]) -> list[Kept]:
    """Write pictures into an existing article folder, reusing a file that already holds the same bytes under
    the name, and renaming the rest so nothing there is replaced; return them under their final names."""
    taken = {path.name for path in folder.iterdir()}
    out: list[Kept] = []
    for picture in pictures:
        existing = folder / picture.name
        if existing.is_file() and existing.read_bytes() == picture.data:
            out.append(picture)
            continue
        [named] = unique_names([picture], taken | {kept.name for kept in out})
        create_file(folder / named.name, named.data, unsynced)
        out.append(named)
    return out


def body_of(path: Path) -> str:
    """Return the body of an article file (what follows its front matter)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    match = _FRONT_MATTER.match(text)
    return text[match.end():] if match else text


def keep_pictures(old: str, body: str) -> str:
    """Return the new body with the picture lines of the old one put back after as many blocks as they
    followed there (a re-import without pictures must not hide those the folder holds)."""
    lines: list[tuple[int, str]] = []
    blocks = 0
    for part in chunks(old):
        if _PICTURE.match(part):
            lines.append((blocks, part))
        else:
            blocks += 1
    if not lines:
        return body
    parts = chunks(body)
    out = [line for at, line in lines if at == 0]
    for i, part in enumerate(parts, 1):
        out.append(part)
        out.extend(line for at, line in lines if at == i or (i == len(parts) and at > i))
    return "\n\n".join(out) + "\n"
