"""The article span of a text dump as Markdown blocks: paragraphs, in-body subheads, list items, a related list's items."""

from __future__ import annotations

import re

from . import broadcast, clean, noise
from .clean import Block
from .dump_lines import SNIPPET
from .record import Line

LIST_ITEMS = 2     # lines printed without markers below a line introducing them are a list from this many on
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
# A writer's bare name, as a teaser card prints it under its deck: two or three capitalised words, nothing else.
_WRITER_NAME = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}$")


def resumes(lines: list[Line], i: int) -> bool:
    """Return True for running text that is no teaser's headline (a headline has its lead cut short right below)
    nor a teaser's deck (its writer's bare name below, `LILA HASSAN`, or the feed's next item, `8:13 a.m. …`)."""
    if not lines[i].prose:
        return False
    below = next((other for other in lines[i + 1:] if other.text), None)
    return below is None or below.kind != SNIPPET and not _WRITER_NAME.match(below.text) \
        and not noise.stamped_title(below.text)


def core_blocks(lines: list[Line], first: int, last: int) -> list[Block]:
    """Return the lines of the article span as blocks: paragraphs, headings, list items."""
    blocks, listed = [], False
    unmarked = _unmarked_items(lines, first, last)
    for i in range(first, last + 1):
        line = lines[i]
        if not line.text:
            continue
        if i in unmarked:
            blocks.append(Block(line.text, "li"))
            continue
        listed = line.kind == noise.RELATED or listed and not resumes(lines, i)
        if listed and line.kind != noise.RELATED:
            blocks.append(Block(line.text, noise=noise.RELATED))  # an item of the list under a related heading
            continue
        heading = None if broadcast.is_speaker(line.text) else clean.subhead_text(line.text)  # `【 앵커멘트 】` is no subhead
        if heading:
            blocks.append(Block(heading, "h"))
        elif noise.is_bullet(line.text) and (not line.kind or _enclosed_item(lines, i, first, last)):
            numbered = _NUMBERED.match(line.text)
            blocks.append(Block(line.text, "ol") if numbered else Block(noise.strip_bullet(line.text), "li"))
        elif _inner_heading(lines, i, first, last):
            blocks.append(Block(line.text, "h"))
        else:
            blocks.append(Block(line.text, noise=line.kind))
    return blocks


def _unmarked_items(lines: list[Line], first: int, last: int) -> set[int]:
    """Return the indexes of a list's items printed without markers (a browser's copy): two lines or more
    running on, no blank line between, below a line introducing them (`The repairs include:`)."""
    items: set[int] = set()
    for i in range(first, last):
        if lines[i].kind or not lines[i].text.endswith(":") or noise.is_bullet(lines[i].text):
            continue
        j = i + 1 if lines[i + 1].text else i + 2  # the list may stand apart from its introduction
        run = []
        while j <= last and lines[j].text and not lines[j].kind and not noise.is_bullet(lines[j].text):
            run.append(j)
            j += 1
        if len(run) >= LIST_ITEMS:
            items.update(run)
    return items


def _enclosed_item(lines: list[Line], i: int, first: int, last: int) -> bool:
    """Return True for a short list item inside the article: its list has paragraphs above and below."""
    if lines[i].kind != noise.MENU:
        return False
    return _beyond_list(lines, i, -1, first, last) and _beyond_list(lines, i, 1, first, last)


def _beyond_list(lines: list[Line], i: int, step: int, first: int, last: int) -> bool:
    """Return True when the first line past the list in direction `step` is running text, or a line introducing
    a list (`Think about it:`)."""
    j = i + step
    while first <= j <= last:
        line = lines[j]
        if line.text and not noise.is_bullet(line.text):
            return line.prose or not line.kind and line.text.endswith(":")
        j += step
    return False


def _inner_heading(lines: list[Line], i: int, first: int, last: int) -> bool:
    """Return True for a short plain line between two paragraphs: an in-body subhead."""
    line = lines[i]
    if line.kind or line.prose or len(line.text) > 60 or line.text.endswith((".", ":", ",")):
        return False
    if broadcast.is_speaker(line.text) or broadcast.is_speech(line.text):
        return False  # a transcript's speaker mark (`<기자>`, `[앵커]`) or interviewee is a line of the text, not a heading
    before = _neighbour(lines, i, -1, first, last)
    after = _neighbour(lines, i, 1, first, last)
    if after is not None and broadcast.introduces_speech(line.text, after.text):
        return False  # `김철수 / 시민` above their quoted words: who speaks, not a heading
    return bool(before and after and before.prose and after.prose)


def _neighbour(lines: list[Line], i: int, step: int, first: int, last: int) -> Line | None:
    """Return the nearest non-blank line in direction `step` inside the span."""
    j = i + step
    while first <= j <= last:
        if lines[j].text:
            return lines[j]
        j += step
    return None
