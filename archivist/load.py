"""Load stage: find the Markdown files under content/ and turn each into an Article and its body."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .errors import ContentError
from .frontmatter import parse
from .markup import Markdowns, first_paragraph, plain_text, reading_minutes
from .model import Article
from .search.store import search_keys
from .validate import FieldsInvalid, validate


@dataclass(frozen=True)
class Parsed:
    """What parsing one file gives: the article, its body HTML and plain text, its search keys."""

    article: Article
    html: str
    text: str
    search: bytes


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
            summary_given=bool(fields.summary),
        )
        return Parsed(article, html, text, search_keys(article, text))

    def parse_file(self, shown: str, path: Path, data: bytes | None = None) -> Parsed | list[ContentError]:
        """Return the Parsed article of a file, or its errors."""
        try:
            return self.parse(shown, path.read_bytes() if data is None else data)
        except FieldsInvalid as invalid:
            return invalid.problems
        except OSError as exc:
            return [ContentError(shown, 0, "", f"cannot be read ({exc.strerror})")]
