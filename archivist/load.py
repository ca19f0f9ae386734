"""Load and validate stages: each content file, read from the build cache when it vouches for it, else parsed now.

A file is parsed into its front matter (validated into Fields) and its body
(rendered to HTML once, kept in the cache by digest); the Article is the fields
and what the body adds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .errors import ContentError
from .frontmatter import parse
from .incremental.cache import BuildCache, CacheState, SourceEntry
from .markup import PLAIN_EXTENSIONS, first_paragraph, needed_extensions, plain_html, plain_text, reading_minutes
from .model import Article
from .parallel import batched, run
from .references import find_references
from .search.store import search_keys
from .sources import BUNDLE_PAGE, Source
from .validate import FieldsInvalid, validate

BODY_BATCH = 500


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


def default_slug(shown: str) -> str:
    """Return the slug a file gives when its front matter names none: its name, or its folder's for an index.md."""
    path = Path(shown)
    return path.parent.name if path.name == BUNDLE_PAGE and path.parent.name else path.stem


class Markdowns:
    """Markdown instances reused across articles, each with only the extensions a body needs.

    Most news articles have no code, table or footnote; skipping those
    extensions' processors makes the common case about a fifth faster, and the
    HTML is the same as with all of them.
    """

    def __init__(self):
        self.instances: dict = {}  # extensions -> markdown.Markdown

    def render(self, text: str) -> str:
        """Return the sanitised HTML of a Markdown body."""
        needed = needed_extensions(text)
        if needed in PLAIN_EXTENSIONS:
            html = plain_html(text)
            if html is not None:
                # Already what the allow-list keeps: <p> and <hN id> around text without "<", ">" or "&"
                # (nh3 took a tenth of a plain body's parse time to return it unchanged; tests/test_markup.py).
                return html
        from .markdown_engine import new_markdown, render_body

        md = self.instances.get(needed)
        if md is None:
            md = self.instances[needed] = new_markdown(needed)
        return render_body(md, text)


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
        fields = validate(shown, doc, default_slug(shown), self.config.zone, self.config.language)
        html = self.markdowns.render(doc.body)
        text = plain_text(html)
        article = Article(**{**vars(fields), "summary": fields.summary or first_paragraph(html)},
                          source_path=shown, digest=source_digest(shown, data), reading_minutes=reading_minutes(text),
                          summary_given=bool(fields.summary),
                          references=find_references(html, doc.body, doc.body_line))
        return Parsed(article, html, text, search_keys(article, text))

    def parse_file(self, shown: str, path: Path, data: bytes | None = None) -> Parsed | list[ContentError]:
        """Return the Parsed article of a file, or its errors."""
        try:
            return self.parse(shown, path.read_bytes() if data is None else data)
        except FieldsInvalid as invalid:
            return invalid.problems
        except OSError as exc:
            return [ContentError(shown, 0, "", f"cannot be read ({exc.strerror})")]


@dataclass(frozen=True)
class Loaded:
    """What the load and validate stages give: every article, the new source index, the files' errors."""

    articles: list[Article]
    sources: dict[str, SourceEntry]
    errors: list[ContentError]
    warnings: list[str] = field(default_factory=list)  # printed, the build goes on (a picture without alt text)
    files: object = None  # files.Files: the files beside the articles (a full build's)


class ParseWorker:
    """Parses one source per call, in whichever process runs it."""

    def __init__(self, config: Config):
        self.parser = Parser(config)

    def __call__(self, item: tuple[str, Path, bytes | None]) -> Parsed | list[ContentError]:
        """Return the Parsed article or the file's errors."""
        return self.parser.parse_file(*item)


def reusable(source: Source, state: CacheState) -> tuple[str | None, bytes | None]:
    """Return (digest, bytes) of a source the cache may know; digest None means parse it."""
    known = state.sources.get(source.shown)
    if known is None:
        return None, None
    if (known.size, known.mtime_ns) == (source.size, source.mtime_ns) and known.digest in state.articles:
        return known.digest, None
    data = source.path.read_bytes()
    digest = source_digest(source.shown, data)
    return (digest, data) if digest in state.articles else (None, data)


def load_articles(sources: list[Source], state: CacheState, cache: BuildCache, config: Config, jobs: int) -> Loaded:
    """Return the articles (cached, or parsed now and their bodies stored), the new source index and the errors."""
    articles, index, errors, todo = [], {}, [], []
    for source in sources:
        try:
            digest, data = reusable(source, state)
        except OSError as exc:
            errors.append(ContentError(source.shown, 0, "", f"cannot be read ({exc.strerror})"))
            continue
        if digest is not None:
            articles.append(state.articles[digest])
            index[source.shown] = SourceEntry(source.size, source.mtime_ns, digest)
        else:
            todo.append((source, data))
    results = run([(s.shown, s.path, data) for s, data in todo], lambda: ParseWorker(config), jobs)
    for batch in batched(zip(todo, results), BODY_BATCH):
        rows = []
        for (source, _), result in batch:
            if isinstance(result, list):
                errors.extend(result)
                continue
            articles.append(result.article)
            index[source.shown] = SourceEntry(source.size, source.mtime_ns, result.article.digest)
            rows.append((result.article.digest, result.html, result.text, result.search))
        cache.add_bodies(rows)
    return Loaded(articles, index, errors)
