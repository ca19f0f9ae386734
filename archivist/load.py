"""Load stage: find the Markdown files under content/ and turn each into an Article."""

from __future__ import annotations

import os
from pathlib import Path

import markdown

from .config import Config
from .errors import ContentError
from .frontmatter import parse
from .markup import first_paragraph, new_markdown, reading_minutes, render_body
from .model import Article
from .validate import FieldsInvalid, validate


def find_sources(content_dir: Path) -> tuple[list[Path], list[ContentError]]:
    """Return the .md files under content_dir (sorted), and errors for links leading outside it."""
    root = content_dir.resolve()
    found, errors = [], []
    for folder, dirs, files in os.walk(content_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.endswith(".md"):
                continue
            path = Path(folder) / name
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                errors.append(ContentError(str(path), 0, "", "is a link to a file outside the content folder; not read"))
                continue
            found.append(path)
    return found, errors


def read_article(shown: str, data: bytes, config: Config, md: markdown.Markdown) -> Article:
    """Return the Article of one file's bytes, or raise FieldsInvalid with its problems."""
    try:
        doc = parse(shown, data)
    except ContentError as error:
        raise FieldsInvalid([error]) from None
    fields = validate(shown, doc, Path(shown).stem, config.zone, config.language)
    body_html = render_body(md, doc.body)
    return Article(
        source_path=shown,
        slug=fields.slug,
        title=fields.title,
        reporters=fields.reporters,
        emails=fields.emails,
        date=fields.date,
        updated=fields.updated,
        tags=fields.tags,
        source=fields.source,
        source_url=fields.source_url,
        summary=fields.summary or first_paragraph(body_html),
        draft=fields.draft,
        lang=fields.lang,
        body_html=body_html,
        reading_minutes=reading_minutes(body_html),
        extra=fields.extra,
    )


def load_articles(content_dir: Path, config: Config) -> tuple[list[Article], list[ContentError]]:
    """Return every readable Article under content_dir and the errors of the others."""
    paths, errors = find_sources(content_dir)
    md = new_markdown()
    articles = []
    for path in paths:
        try:
            articles.append(read_article(str(path), path.read_bytes(), config, md))
        except FieldsInvalid as invalid:
            errors.extend(invalid.problems)
        except OSError as exc:
            errors.append(ContentError(str(path), 0, "", f"cannot be read ({exc.strerror})"))
    return articles, errors
