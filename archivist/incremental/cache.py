"""The build cache: what the last build read and wrote, so the next one redoes only what changed.

One SQLite file holds the source index (path → size, mtime, digest), the
parsed articles by digest, the rendered bodies, and each output page's key.
Everything is keyed by `version` (archivist's version, the libraries', the
settings); a cache from another version, or one that cannot be read, is
ignored as a whole and the build starts cold. It is never trusted for more
than it proves: an article is reused only for the exact source bytes it was
parsed from.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..model import Article
from ..parallel import Background
from .fresh import Stamp

# 16 KB pages: a body row (some 6 KB of HTML, text and index keys) takes one page or two instead
# of spilling over several 4 KB ones (README, "Edit, save, see", has the figures). The size
# applies to a new file (a clean build starts one); an older file keeps its own.
PRAGMAS = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
SCHEMA = """
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bodies (digest TEXT PRIMARY KEY, html TEXT NOT NULL, text TEXT NOT NULL, search BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS articles (digest TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS links (path TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS search_shards (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS sources (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
                                    digest TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pages (path TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
"""
READ_AHEAD = 64  # values a ReadAhead reads in one query (a render worker gets at most 64 pages at a time)
TABLES = ("state", "bodies", "articles", "links", "search_shards", "sources", "pages")


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """Run the block's statements as one transaction: all of them are kept, or none (even if the process dies).

    The connections are in autocommit mode (isolation_level=None), where `with db:`
    opens no transaction and every statement commits on its own.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.in_transaction:  # some errors (a full disk) end the transaction themselves
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class SourceEntry(NamedTuple):
    """What the source index records of one content file: the article digest of its size and time."""

    size: int
    mtime_ns: int
    digest: str


@dataclass(frozen=True)
class SiteModel:
    """The site model of the last full build, and which article pages link to each article (card edits patch it)."""

    site: object  # site.Site
    linked_from: dict[str, tuple[str, ...]]


@dataclass
class CacheState:
    """What a build needs from the previous one; empty when there was none."""

    sources: dict[str, SourceEntry] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    stamp: Stamp | None = None
    related: dict = field(default_factory=dict)
    links: dict = field(default_factory=dict)
    model: SiteModel | None = None
    files: tuple | None = None  # (entries, probed) of the files beside the articles (files.Files)


class BuildCache:
    """A cache folder: open, read the state, store bodies, save the new state."""

    def __init__(self, folder: Path, version: str):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "cache.sqlite"
        self.version = version
        self.db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        """Return a connection to a usable database, discarding a corrupt one."""
        for attempt in range(2):
            try:
                db = sqlite3.connect(self.path, isolation_level=None)
                db.executescript(PRAGMAS + SCHEMA)
                found = db.execute("SELECT value FROM state WHERE name='version'").fetchone()
                if found and found[0] != self.version:
                    # Another version may have other columns: start from fresh tables.
                    db.executescript("BEGIN;" + "".join(f"DROP TABLE IF EXISTS {name};" for name in TABLES) + SCHEMA + "COMMIT;")
                return db
            except sqlite3.DatabaseError:
                if attempt:
                    raise
                self._remove_files()
        raise AssertionError("unreachable")

    def _load(self, name: str, default):
        """Return one pickled state value, or default when missing or unreadable."""
        row = self.db.execute("SELECT value FROM state WHERE name=?", (name,)).fetchone()
        if row is None:
            return default
        try:
            return pickle.loads(row[0])
        except Exception:  # a damaged value means a cold build, never a wrong site
            return default

    def stamp(self) -> Stamp | None:
        """Return the fingerprint of the last build's inputs, or None (cheap: read before anything else)."""
        return self._load("stamp", None)

    def sources(self) -> dict[str, SourceEntry]:
        """Return the last build's source index: path -> SourceEntry."""
        return {path: SourceEntry(size, mtime, digest) for path, size, mtime, digest in self.db.execute("SELECT * FROM sources")}

    def source_entries(self, paths: list[str]) -> dict[str, SourceEntry]:
        """Return the source index entries of these paths (those it has)."""
        marks = ",".join("?" * len(paths))
        rows = self.db.execute(f"SELECT * FROM sources WHERE path IN ({marks})", paths)
        return {path: SourceEntry(size, mtime, digest) for path, size, mtime, digest in rows}

    def files(self) -> dict:
        """Return what the last full build learnt of the picture files (files.Probed by path)."""
        stored = self._load("files", None)
        return stored[1] if stored else {}

    def file_entries(self) -> tuple | None:
        """Return the last full build's (files by path, what it learnt of the pictures), or None."""
        return self._load("files", None)

    def published(self) -> int:
        """Return how many articles the last build published."""
        return self._load("published", 0)

    def state(self) -> CacheState:
        """Return everything the last build left."""
        return CacheState(self.sources(), self._articles(), self.pages(), self.stamp(), self._load("related", {}))

    def pages(self) -> dict[str, str]:
        """Return the last build's page keys."""
        return dict(self.db.execute("SELECT path, key FROM pages"))

    def page_keys(self, paths: list[str]) -> dict[str, str]:
        """Return the last build's keys of these pages (those it had)."""
        found: dict[str, str] = {}
        for start in range(0, len(paths), 500):
            part = paths[start:start + 500]
            found.update(self.db.execute(f"SELECT path, key FROM pages WHERE path IN ({','.join('?' * len(part))})", part))
        return found

    def page_count(self) -> int:
        """Return how many pages the last build recorded."""
        return self.db.execute("SELECT count(*) FROM pages").fetchone()[0]

    def links(self, path: str):
        """Return what the last build's page of an article showed of other pages, or None."""
        row = self.db.execute("SELECT value FROM links WHERE path=?", (path,)).fetchone()
        try:
            return pickle.loads(row[0]) if row else None
        except Exception:  # a damaged row: the caller falls back to a full build
            return None

    def model(self) -> SiteModel | None:
        """Return the last full build's site model, or None."""
        return self._load("model", None)

    def article(self, digest: str) -> Article | None:
        """Return one cached article, or None."""
        row = self.db.execute("SELECT value FROM articles WHERE digest=?", (digest,)).fetchone()
        try:
            return pickle.loads(row[0]) if row else None
        except Exception:  # a damaged row: the caller falls back to a full build
            return None

    def _articles(self) -> dict[str, Article]:
        """Return the cached articles by digest (none if any is unreadable)."""
        try:
            return {digest: pickle.loads(value) for digest, value in self.db.execute("SELECT digest, value FROM articles")}
        except Exception:  # a damaged row means a cold build, never a wrong site
            return {}

    def clear(self) -> None:
        """Forget everything (a clean build): a new empty file, quicker than deleting every row."""
        self.db.close()
        self._remove_files()
        self.db = self._connect()

    def _remove_files(self) -> None:
        """Delete the database and its write-ahead log."""
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def add_bodies(self, rows: list[tuple[str, str, str, bytes]]) -> None:
        """Store rendered bodies as (digest, html, text, search keys)."""
        with transaction(self.db):
            self.db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?, ?, ?)", rows)

    def save_pages(self, state: CacheState, stored: dict[str, str], published: int) -> None:
        """Record the version, the inputs' stamp, the published count and the page keys that differ
        from the stored ones (write_articles wrote the rest)."""
        values = [("version", self.version), ("stamp", pickle.dumps(state.stamp)), ("published", pickle.dumps(published))]
        if state.files is not None:
            values.append(("files", pickle.dumps(state.files, protocol=pickle.HIGHEST_PROTOCOL)))
        with transaction(self.db):
            self.db.executemany("INSERT OR REPLACE INTO state VALUES (?, ?)", values)
            write_changes(self.db, "pages", stored, state.pages)

    def save_edits(self, sources: dict, pages: dict[str, str], gone_pages: list[str], edits: list, links: dict) -> None:
        """Record a quick build: changed source entries and page keys, pages gone,
        each (old digest, new parse), new links."""
        gone = [(old,) for old, _ in edits]
        rows = [(p.article.digest, pickle.dumps(p.article)) for _, p in edits]
        bodies = [(p.article.digest, p.html, p.text, p.search) for _, p in edits]
        with transaction(self.db):
            self.db.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)",
                                [(path, *entry) for path, entry in sources.items()])
            self.db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?)", pages.items())
            self.db.executemany("DELETE FROM pages WHERE path=?", [(path,) for path in gone_pages])
            self.db.executemany("DELETE FROM articles WHERE digest=?", gone)
            self.db.executemany("DELETE FROM bodies WHERE digest=?", gone)
            self.db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?)", rows)
            self.db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?, ?, ?)", bodies)
            self.db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?)",
                                [(path, pickle.dumps(found)) for path, found in links.items()])

    def save_stamp(self, stamp: Stamp) -> None:
        """Record the fingerprint of the inputs a build saw."""
        with transaction(self.db):
            self.db.execute("INSERT OR REPLACE INTO state VALUES ('stamp', ?)", (pickle.dumps(stamp),))

    def close(self) -> None:
        """Close the database."""
        self.db.close()


@contextmanager
def saving(cache: BuildCache, new: CacheState, previous: CacheState, jobs: int):
    """Write the bulk of the new cache state in a forked process while the pages render; yield commit().

    The writer holds its transaction open until commit() is called, after the
    site is published: a build that fails leaves the cache as it was.
    """
    import multiprocessing  # not needed by the quick paths

    receiver, sender = multiprocessing.Pipe(duplex=False)

    def job() -> None:
        """Write the articles, links and model in one transaction; commit it once told to."""
        db = sqlite3.connect(cache.path, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            write_articles(db, new, previous)
            db.execute("COMMIT" if receiver.recv() else "ROLLBACK")
        finally:
            db.close()

    writer = Background(job, jobs)
    committed = []

    def commit() -> None:
        """Commit the written state (and wait until it is)."""
        sender.send(True)
        writer.result()
        committed.append(True)

    try:
        yield commit
    finally:
        if not committed:
            writer.close()  # a child killed mid-transaction leaves nothing: SQLite ignores an uncommitted write
        sender.close()
        receiver.close()


def write_articles(db: sqlite3.Connection, state: CacheState, previous: CacheState) -> None:
    """Write a state's sources, articles, links and model, dropping what is gone (in the caller's transaction)."""
    values = [("related", pickle.dumps(state.related))]
    if state.model is not None:
        values.append(("model", pickle.dumps(state.model, protocol=pickle.HIGHEST_PROTOCOL)))
    gone = [(digest,) for digest in previous.articles.keys() - state.articles.keys()]
    new = [(d, pickle.dumps(a)) for d, a in state.articles.items() if d not in previous.articles]
    db.executemany("INSERT OR REPLACE INTO state VALUES (?, ?)", values)
    write_changes(db, "sources", previous.sources, state.sources)
    db.executemany("DELETE FROM bodies WHERE digest=?", gone)
    db.executemany("DELETE FROM articles WHERE digest=?", gone)
    db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?)", new)
    write_links(db, state, previous)


def write_changes(db: sqlite3.Connection, table: str, stored: dict, new: dict) -> None:
    """Bring a path-keyed table from the stored rows to the new ones, writing only what differs."""
    db.executemany(f"DELETE FROM {table} WHERE path=?", [(path,) for path in stored.keys() - new.keys()])
    rows = [(path, *value) if isinstance(value, tuple) else (path, value)
            for path, value in new.items() if stored.get(path) != value]
    if rows:
        db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)


def write_links(db: sqlite3.Connection, state: CacheState, previous: CacheState) -> None:
    """Write the article links that changed (an article page's key changes whenever its links do)."""
    stored = {path for (path,) in db.execute("SELECT path FROM links")}
    gone = [(path,) for path in stored - state.links.keys()]
    rows = [(path, pickle.dumps(links)) for path, links in state.links.items()
            if path not in stored or previous.pages.get(path + "index.html") != state.pages.get(path + "index.html")]
    db.executemany("DELETE FROM links WHERE path=?", gone)
    db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?)", rows)


def bodies_column(db: sqlite3.Connection, column: str, digests: list[str]) -> dict:
    """Return digest -> one column ("html", "text" or "search") of the bodies table, 500 digests to a query."""
    found: dict = {}
    for start in range(0, len(digests), 500):
        part = digests[start:start + 500]
        found.update(db.execute(f"SELECT digest, {column} FROM bodies WHERE digest IN ({','.join('?' * len(part))})", part))
    return found


class ReadAhead:
    """Values asked for in a known order: a miss reads that value and the next ones' in one call.

    A query for each article's body took about a tenth of rendering its page.
    """

    def __init__(self, read: Callable[[list[str]], dict], order: list[str], size: int = READ_AHEAD):
        self.read, self.order, self.size = read, order, size
        self.position = {key: index for index, key in enumerate(order)}
        self.ahead: dict = {}

    def __call__(self, key: str):
        """Return the value of key (KeyError if the reader has none); a key not in the order is read alone."""
        if key not in self.ahead:
            start = self.position.get(key)
            self.ahead = self.read([key] if start is None else self.order[start:start + self.size])
        return self.ahead[key]


class BodyReader:
    """Reads article bodies from a cache file, through its own connection in each process.

    Given the order the bodies will be asked in, it reads them READ_AHEAD at a time.
    """

    def __init__(self, path: Path, order: list[str] | None = None):
        self.path = path
        self.db: sqlite3.Connection | None = None
        self.ahead = ReadAhead(self.read, order) if order else None

    def read(self, digests: list[str]) -> dict[str, str]:
        """Return digest -> HTML body of these digests, opening the connection on first use."""
        if self.db is None:
            self.db = sqlite3.connect(self.path)
        return bodies_column(self.db, "html", digests)

    def __call__(self, digest: str) -> str:
        """Return the HTML body of an article digest (KeyError if the cache has none)."""
        return self.ahead(digest) if self.ahead is not None else self.read([digest])[digest]
