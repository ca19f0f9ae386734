"""The one writer: a record becomes Markdown with front matter, written without overwriting."""

from __future__ import annotations

import json
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import ContentError
from ..newfiles import create_file, replace_file
from . import archive
from .archive import INDEX
from .bundle import add_pictures, body_of, folder_taken, keep_pictures, place, write_bundle
from .picture_files import Kept, unique_names
from .record import ImportedArticle
from .slug import make_slug

_DATE = re.compile(r"^(\d{4})-(\d{2})-\d{2}")
_PLAIN_START = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
_RISKY = re.compile(r":\s|\s#|[\x00-\x1f\x7f]|:$")
_FLOW_RISKY = re.compile(r"[,\[\]{}]")
KEY_ORDER = ("title", "reporter", "email", "date", "tags", "source", "url")


def quote(value: str) -> str:
    """Return a YAML double-quoted string (JSON escapes are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


@lru_cache(maxsize=4096)  # tags and outlets repeat across a folder; reading one back as YAML costs 50 µs
def scalar(value: str, in_flow: bool = False) -> str:
    """Return the string plain when YAML reads it back unchanged, else double-quoted."""
    if not value or value != value.strip() or not _PLAIN_START.match(value) or _RISKY.search(value):
        return quote(value)
    if in_flow and _FLOW_RISKY.search(value):
        return quote(value)
    try:
        loaded = yaml.load(f"k: {value}", Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return quote(value)
    return value if loaded == {"k": value} else quote(value)


def flow_list(values: list[str]) -> str:
    """Return a YAML flow list `[a, b]` with each item quoted only when needed."""
    return "[" + ", ".join(scalar(v, in_flow=True) for v in values) + "]"


def one_or_list(values: list[str]) -> str:
    """Return one string plain, several as a flow list."""
    return scalar(values[0]) if len(values) == 1 else flow_list(values)


def front_matter(record: ImportedArticle) -> dict[str, str]:
    """Return the front matter lines as key → YAML text, in schema order, empty fields left out."""
    values = {
        "title": quote(record.title),
        "reporter": one_or_list(record.reporters) if record.reporters else "",
        "email": one_or_list(record.emails) if record.emails else "",
        "date": record.date if _DATE.match(record.date) else quote(record.date),
        "tags": flow_list(record.tags),
        "source": scalar(record.source) if record.source else "",
        "url": scalar(record.url) if record.url else "",
    }
    return {key: values[key] for key in KEY_ORDER if values[key]}


def render(record: ImportedArticle, pictures: list[Kept] = ()) -> str:
    """Return the article file: front matter between `---` lines, a blank line, the body (with its pictures,
    named as in a new folder, when given)."""
    lines = ["---"] + [f"{key}: {value}" for key, value in front_matter(record).items()] + ["---", "", ""]
    return "\n".join(lines) + place(record.body, unique_names(list(pictures), {INDEX}))


def target_dir(content: Path, record: ImportedArticle) -> Path:
    """Return content/YYYY/MM for the record's date."""
    match = _DATE.match(record.date)
    if not match:
        raise ContentError(record.path, 0, "date", f"not a date: {record.date!r}")
    return content / match.group(1) / match.group(2)


def free_path(folder: Path, slug: str, as_folder: bool = False, waiting: Container[Path] = ()) -> Path:
    """Return folder/slug.md (or folder/slug/index.md for an article with pictures), slug-2, slug-3 … when an
    article of that slug exists in either form, or waits to be given that name (`waiting`, a Batch): nothing
    is overwritten."""
    name, number = slug, 2
    while folder_taken(folder, name) or folder / f"{name}.md" in waiting:
        name = f"{slug}-{number}"
        number += 1
    return folder / name / INDEX if as_folder else folder / f"{name}.md"


def safe_slug(record: ImportedArticle) -> str:
    """Return the record's slug, checked to be one safe path segment."""
    slug = make_slug(record.url, record.title, record.date[:10])
    if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", slug) or ".." in slug:
        raise ContentError(record.path, 0, "slug", f"unsafe slug {slug!r}")
    return slug


@dataclass(frozen=True)
class Written:
    """What happened to one record: the path and whether it was new, updated or a duplicate."""

    path: Path
    action: str  # "wrote", "staged" (written under a temporary name, given its own by known.batch), "updated", "duplicate"
    pictures: int = 0  # pictures written or kept beside it
    note: str = ""  # what the summary should tell about it


def write(record: ImportedArticle, content: Path, known: archive.Archive, update: bool = False,
          pictures: list[Kept] = ()) -> Written:
    """Write the record under `content` (as a folder with its pictures when it has any), skipping
    duplicates, or update one in place; an article without pictures is only staged when the archive
    has a batch (known.batch: it is named when the batch is flushed)."""
    existing = known.find(record)
    if existing is not None and not update:
        return Written(existing, "duplicate")
    if existing is not None:
        return _update(existing, record, known.unsynced, list(pictures))
    folder = target_dir(content, record)
    path = free_path(folder, safe_slug(record), as_folder=bool(pictures), waiting=known.batch or ())
    action = "wrote"
    if pictures:
        named = unique_names(list(pictures), {INDEX})
        write_bundle(path, render(record, named), named, known.unsynced)
    elif known.batch is not None:
        known.batch.add(path, render(record).encode("utf-8"))
        action = "staged"
    else:
        create_file(path, render(record).encode("utf-8"), known.unsynced)
    known.add(record, path)
    return Written(path, action, len(pictures))


def _update(path: Path, record: ImportedArticle, unsynced: set[Path], pictures: list[Kept]) -> Written:
    """Re-import in place: new body, but every front matter field already in the file is kept. A folder
    article gains the pictures; a flat file stays text (moving it into a folder would change its path)."""
    kept, _ = archive.read_front_matter(path)
    merged = _merge(record, kept)
    note = ""
    if pictures and path.name == INDEX:
        body = place(record.body, add_pictures(path.parent, pictures, unsynced))
    elif path.name == INDEX:  # no picture this time (--no-images, or none could be had): keep those it shows
        body = keep_pictures(body_of(path), record.body)
    else:
        body = record.body
        if pictures:
            note = (f"{len(pictures)} picture(s) not added: the article is a flat file; delete it and import "
                    "again to have it as a folder with its pictures")
            pictures = []
    replace_file(path, _render_merged(merged, kept, body).encode("utf-8"), unsynced)
    return Written(path, "updated", len(pictures), note)


def _merge(record: ImportedArticle, kept: dict) -> dict[str, str]:
    """Return the front matter lines, taking the file's own lines where it has the key."""
    lines = front_matter(record)
    return {**lines, **{k: None for k in kept if k not in lines}}


def _render_merged(lines: dict, kept: dict, body: str) -> str:
    """Return the updated file: the user's front matter lines verbatim, new keys added, new body."""
    out = ["---"]
    for key, value in lines.items():
        out.append(kept[key] if key in kept else f"{key}: {value}")
    out += ["---", "", ""]
    return "\n".join(out) + body
