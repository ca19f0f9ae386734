"""Folder imports on several cores: the pages' template pass and extraction run in forked worker processes.

Only the template pass and extraction (reading, decoding, cleaning one page) are done by the workers; the
parent keeps the archive index, the duplicate checks, tag suggestion from the archive's tags, the slug choice
and every write, in the order of the input, so a folder imports to exactly what one process makes of it."""

from __future__ import annotations

import signal
import sys
from collections.abc import Container, Iterable, Iterator
from contextlib import closing, contextmanager
from functools import partial

from ..errors import ContentError
from ..faults import Fault
from ..parallel import can_fork, default_jobs, run_two_passes
from . import tags
from .extract import extract, html_extractor, read_input
from .fetch import is_url
from .record import ImportedArticle
from .tag_filters import tag_lines
from .template import first_pass, is_dump, learn, templates

POOL_FROM = 48   # fewer pages than this: starting workers costs more than it saves
UNDONE_CHARS = 32 * 2**20  # a worker's first pass keeps this many characters of undone lines at most for its second
Loaded = ImportedArticle | ContentError | Fault  # a Fault (too many open files) stops the import


def failure(name: str, error: Exception) -> ContentError | Fault:
    """Return the one-line error a page that could not be imported is reported with, or the machine's fault."""
    if isinstance(error, (ContentError, Fault)):
        return error
    if isinstance(error, OSError):
        return ContentError(name, 0, "", f"cannot write: {error}")
    return ContentError(name, 0, "", f"could not import ({type(error).__name__}: {error})")


def extract_file(name: str, template: frozenset[str] = frozenset(), seen_urls: Container[str] = (),
                 explain: bool = True, undone: str | None = None) -> Loaded:
    """Return the raw record of one page file, or the error it is reported with (run in a worker); a
    saved page whose URL is in `seen_urls` is only marked seen; a dump's `undone` lines (the first
    pass's, template.first_pass) are read as given. Unless the parent is to `explain` them,
    only the dropped lines it reads (tag_filters.tag_lines: the outlet's lines, menu labels among the
    page's nouns) are kept: the others, some two hundred a page, would cost the parent more to unpickle
    than the rest of the record."""
    try:
        record = extract(read_input(name, sys.stdin), name, template, seen_urls, undone)
        if record.body.strip():  # ranked here, off the parent's path; the parent reranks for a new --title
            record.nouns = (record.title, tags.salient_nouns(record.title, record.body, record.lang))
        if not explain:
            record.dropped = tag_lines(record.dropped, record.title, record.nouns[1] if record.nouns else [])
        return record
    except Exception as error:  # noqa: BLE001 - one odd page must not stop a folder import
        return failure(name, error)


def workers(pages: list[str]) -> int:
    """Return how many worker processes to use for these pages (ARCHIVIST_JOBS, else every core): 0 for one process."""
    files = sum(1 for name in pages if local(name))
    jobs = default_jobs()
    return jobs if files >= POOL_FROM and jobs > 1 and can_fork() else 0


def local(name: str) -> bool:
    """Return True for a page read from a file (URLs are fetched one by one, with a delay per host)."""
    return name != "-" and not is_url(name)


@contextmanager
def preloaded(pages: list[str], seen_urls: Container[str] = (),
              explain: bool = True) -> Iterator[Iterable[tuple[Loaded | None, frozenset[str]]]]:
    """Yield, for each page in order, (its record or error as extracted by a worker, or None for a page
    the parent loads itself, and the outlet template the parent is to read it with).

    The parent loads URLs, standard input, and every page of a small folder, with the templates learnt
    from the folder's text dumps first (template.py). Otherwise each file's two passes, the template's
    and the extraction's, run in one worker (parallel.run_two_passes): the lines its first pass undid
    and the verdicts it cached stay there for the second. A saved page whose URL is in `seen_urls` (the
    archive's, inherited by the forked workers) is only marked seen; a worker's record keeps every
    dropped line only when the parent is to `explain` them."""
    jobs = workers(pages)
    if not jobs:
        learnt = templates(pages)
        yield ((None, learnt.get(name, frozenset())) for name in pages)
        return
    if not all(map(is_dump, pages)):
        html_extractor()  # loaded once here, before the workers fork, not once in each of them
    files = [name for name in pages if local(name)]
    second = partial(_extract_pass, seen_urls, explain)
    with closing(run_two_passes(files, partial(_template_pass, Budget(UNDONE_CHARS)), _learn, second, jobs,
                                _lost, least=POOL_FROM)) as results:  # closing it stops the workers
        yield ((next(results) if local(name) else None, frozenset()) for name in pages)


class Budget:
    """How many characters of undone lines a process may still keep between the two passes."""

    def __init__(self, chars: int):
        self.left = chars

    def take(self, text: str | None) -> str | None:
        """Return the text while it fits in what is left (counting it off), else None."""
        if text is None or len(text) > self.left:
            return None
        self.left -= len(text)
        return text


def _template_pass(budget: Budget, name: str) -> tuple[tuple | None, tuple[str, str | None]]:
    """Return (what the parent learns templates from, what the worker keeps) for one file: a text dump's
    first_pass, keeping its undone lines while the budget lasts; nothing for a saved page."""
    if not is_dump(name):
        return None, ("", None)
    key, fingerprint, lines, undone = first_pass(name)
    return (key, fingerprint, lines), (key, budget.take(undone))


def _learn(told: list[tuple | None]) -> dict[str, frozenset[str]]:
    """Return the outlets' templates learnt from the dumps' first passes (pages whose worker died are left out)."""
    return learn([page for page in told if page is not None])


def _extract_pass(seen_urls: Container[str], explain: bool, name: str, kept: tuple[str, str | None],
                  learnt: dict[str, frozenset[str]]) -> Loaded:
    """Return extract_file of one file, read with its outlet's template and the lines its first pass undid."""
    key, undone = kept
    return extract_file(name, learnt.get(key, frozenset()), seen_urls, explain, undone)


def _lost(name: str, exitcode: int | None) -> ContentError:
    """Return the error a file is reported with when its worker process died (killed by the system)."""
    killed = exitcode is not None and exitcode < 0
    how = f"was killed (signal {-exitcode})" if killed else f"ended (exit code {exitcode})"
    return ContentError(name, 0, "", f"could not import: its worker process {how}; import the file again")


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold back Ctrl-C while a file is written, so no article is left half-written; raise it after."""
    held: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    except ValueError:  # not the main thread: signals cannot arrive here anyway
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if held:
        raise KeyboardInterrupt
