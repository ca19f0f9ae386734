"""What the archive already holds: a fast scan of front matter for URLs, titles and tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..newfiles import Batch
from .record import ImportedArticle
from .tag_index import TagIndex

INDEX = "index.md"  # a folder article's own file (content/YYYY/MM/<slug>/index.md)

_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def front_matter_text(path: Path) -> str:
    """Return the text between the opening and closing `---` of a Markdown file, or ''."""
    lines = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        if handle.readline().strip() != "---":
            return ""
        for line in handle:
            if line.strip() in ("---", "..."):
                return "".join(lines)
            lines.append(line)
    return ""


def split_keys(text: str) -> dict[str, str]:
    """Return each top-level key's lines verbatim (continuation lines included)."""
    blocks: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        match = _KEY.match(line)
        if match:
            current = match.group(1)
            blocks[current] = [line]
        elif current is not None:
            blocks[current].append(line)
    return {key: "\n".join(lines) for key, lines in blocks.items()}


def read_front_matter(path: Path) -> tuple[dict[str, str], dict]:
    """Return (key → verbatim lines, parsed mapping) of a file's front matter."""
    text = front_matter_text(path)
    try:
        data = yaml.load(text, Loader=yaml.CSafeLoader) or {}
    except yaml.YAMLError:
        data = {}
    return split_keys(text), data if isinstance(data, dict) else {}


def title_key(title: str, date: str) -> str:
    """Return the key that identifies a page without a URL: its title's letters (or, for a title of
    no letters, the title itself) and its day."""
    title = str(title or "")
    letters = re.sub(r"[\W_]+", "", title).lower() or " ".join(title.split())
    return f"{letters}|{str(date)[:10]}" if letters else ""


@dataclass
class Archive:
    """The articles already in the content folder, indexed by URL and by title and day."""

    urls: dict[str, Path] = field(default_factory=dict)
    titles: dict[str, tuple[Path, str]] = field(default_factory=dict)  # key → (file, its url or '')
    tags: TagIndex = field(default_factory=TagIndex)  # tag → articles using it, indexed for lookups
    unsynced: set[Path] = field(default_factory=set)  # folders given new entries, synced at the end of a run
    batch: Batch | None = None  # new articles written under temporary names, named together (a folder import)

    def find(self, record: ImportedArticle) -> Path | None:
        """Return the file that already holds this page, or None.

        Same url; or same headline and day when one of the two has no url (a text dump and the
        saved page of one article). Two different urls are two articles, whatever their titles."""
        if record.url and record.url in self.urls:
            return self.urls[record.url]
        entry = self.titles.get(title_key(record.title, record.date))
        if entry is None or (record.url and entry[1]):
            return None
        return entry[0]

    def add(self, record: ImportedArticle, path: Path) -> None:
        """Remember a page just written, so a repeat in the same run is a duplicate."""
        self._index(path, record.url, record.title, record.date, record.tags)

    def _index(self, path: Path, url, title, date, tags) -> None:
        """Index one article's URL, title key and tags."""
        if url:
            self.urls[str(url)] = path
        key = title_key(title, date)
        if key:
            self.titles.setdefault(key, (path, str(url or "")))
        if isinstance(tags, list):
            self.tags.update(str(t) for t in tags if t)


def scan(content: Path) -> Archive:
    """Return the index of every article's URL, title, date and tags: content/YYYY/MM/*.md and the folder
    articles' content/YYYY/MM/*/index.md."""
    known = Archive()
    if not content.is_dir():
        return known
    for path in sorted([*content.glob("*/*/*.md"), *content.glob(f"*/*/*/{INDEX}")]):
        _, data = read_front_matter(path)
        known._index(path, data.get("url"), data.get("title"), data.get("date"), data.get("tags"))
    return known
