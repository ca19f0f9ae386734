"""Load stage: find the Markdown files under content/ and turn each into an Article and its body."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .errors import ContentError
from .frontmatter import parse
from .markup import Markdowns, first_paragraph, plain_text, reading_minutes
from .model import Article
from .validate import FieldsInvalid, validate


@dataclass(frozen=True)
class Source:
    """One content file as found on disk."""

    shown: str
    size: int
    mtime_ns: int

    @property
    def path(self) -> Path:
        """Return the file's path."""
        return Path(self.shown)


@dataclass(frozen=True)
class Parsed:
    """What parsing one file gives: the article, its body HTML and plain text."""

    article: Article
    html: str
    text: str


def find_sources(content_dir: Path) -> tuple[list[Source], list[ContentError]]:
    """Return the .md files under content_dir (sorted), and errors for links leading outside it."""
    root = content_dir.resolve()
    found, errors = [], []
    pending = [str(content_dir)]
    while pending:
        try:
            with os.scandir(pending.pop()) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            errors.append(ContentError(str(exc.filename), 0, "", f"cannot be read ({exc.strerror})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif entry.name.endswith(".md"):
                source = as_source(entry, root, errors)
                if source is not None:
                    found.append(source)
    found.sort(key=lambda s: s.shown)
    return found, errors


def as_source(entry: os.DirEntry, root: Path, errors: list[ContentError]) -> Source | None:
    """Return the Source of a directory entry, or None (with an error) if it must not be read."""
    try:
        if entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(root):
            errors.append(ContentError(entry.path, 0, "", "is a link to a file outside the content folder; not read"))
            return None
        stat = entry.stat()
    except OSError as exc:
        errors.append(ContentError(entry.path, 0, "", f"cannot be read ({exc.strerror})"))
        return None
    return Source(entry.path, stat.st_size, stat.st_mtime_ns)


def source_digest(shown: str, data: bytes) -> str:
    """Return the digest that identifies an article: its bytes and where it lives."""
    return hashlib.blake2b(shown.encode("utf-8") + b"\0" + data, digest_size=16).hexdigest()


class Parser:
    """Turns file bytes into Parsed articles; holds the Markdown instances of one process."""

    def __init__(self, config: Config):
        self.config = config
        self.markdowns = Markdowns()

    def parse(self, shown: str, data: bytes) -> Parsed:
        """Return the Parsed article, or raise FieldsInvalid with its problems."""
        try:
            doc = parse(shown, data)
        except ContentError as error:
            raise FieldsInvalid([error]) from None
        fields = validate(shown, doc, Path(shown).stem, self.config.zone, self.config.language)
        html = self.markdowns.render(doc.body)
        text = plain_text(html)
        article = Article(
            source_path=shown,
            digest=source_digest(shown, data),
            slug=fields.slug,
            title=fields.title,
            reporters=fields.reporters,
            emails=fields.emails,
            date=fields.date,
            updated=fields.updated,
            tags=fields.tags,
            source=fields.source,
            source_url=fields.source_url,
            summary=fields.summary or first_paragraph(html),
            draft=fields.draft,
            lang=fields.lang,
            reading_minutes=reading_minutes(text),
            extra=fields.extra,
        )
        return Parsed(article, html, text)

    def parse_file(self, shown: str, path: Path, data: bytes | None = None) -> Parsed | list[ContentError]:
        """Return the Parsed article of a file, or its errors."""
        try:
            return self.parse(shown, path.read_bytes() if data is None else data)
        except FieldsInvalid as invalid:
            return invalid.problems
        except OSError as exc:
            return [ContentError(shown, 0, "", f"cannot be read ({exc.strerror})")]
