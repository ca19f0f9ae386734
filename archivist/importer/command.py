"""`import PATH...`: the command line of the importer, its progress bar and its summary."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..errors import ContentError
from . import archive, write
from .extract import HTML_SUFFIXES, Overrides, apply, extract, read_input
from .record import ImportedArticle

FOLDER_SUFFIXES = (".txt", *HTML_SUFFIXES)
PROGRESS_FROM = 20  # a progress bar is shown for this many pages or more
PARALLEL_FROM = 100  # folders this big are extracted in several processes (when --jobs > 1)
LIST_AT_MOST = 20   # duplicates listed one by one; past this only counted (failures are always listed)


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the `import` subcommand with its flags to an argparse subparsers object."""
    parser = subparsers.add_parser("import", help="turn raw scraped pages (text or HTML) into articles",
                                   description="Import raw pages (.txt dumps, saved .html, folders of them, "
                                               "or - for standard input) as content/YYYY/MM/<slug>.md.")
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the import flags to a parser."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a .txt dump, an .html page, a folder, or -")
    parser.add_argument("--date", default="", help="publication date (YYYY-MM-DD or ISO 8601), wins over the page")
    parser.add_argument("--tags", default="", help="comma-separated tags, instead of suggested ones")
    parser.add_argument("--reporter", default="", help="reporter name(s), comma-separated")
    parser.add_argument("--source", default="", help="outlet name")
    parser.add_argument("--url", default="", help="original URL of the article")
    parser.add_argument("--content", default="content", help="content folder (default: content)")
    parser.add_argument("--dry-run", action="store_true", help="print the Markdown instead of writing it")
    parser.add_argument("--explain", action="store_true", help="list every dropped line with the reason")
    parser.add_argument("--update", action="store_true",
                        help="re-import pages already in the archive in place, keeping their front matter")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                        help="processes that extract pages of a big folder (default: up to 2)")


@dataclass
class Summary:
    """What one import run did."""

    imported: list[Path] = field(default_factory=list)
    duplicates: list[tuple[str, Path]] = field(default_factory=list)
    failed: list[ContentError] = field(default_factory=list)
    suggested: list[tuple[str, list[str]]] = field(default_factory=list)


def gather(paths: list[str]) -> tuple[list[str], list[ContentError]]:
    """Return the pages named by the arguments (folders searched recursively) and bad arguments."""
    pages, errors = [], []
    for name in paths:
        path = Path(name)
        if name == "-" or path.is_file():
            pages.append(name)
        elif path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
            if not found:
                errors.append(ContentError(name, 0, "", "folder holds no .txt or .html pages"))
            pages.extend(found)
        else:
            errors.append(ContentError(name, 0, "", "no such file or folder"))
    return pages, errors


def overrides(args) -> Overrides:
    """Return the command-line values that win over extracted ones."""
    tags = [t.strip() for t in args.tags.split(",") if t.strip()]
    return Overrides(args.date, tags, args.reporter, args.source, args.url)


def progress(pages: list[str]):
    """Return (bar, say): a progress bar on standard error when there are many pages (else None), and
    a function that prints a line on standard output without breaking the bar."""
    if len(pages) < PROGRESS_FROM:
        return None, _say
    from tqdm import tqdm

    bar = tqdm(total=len(pages), unit="page", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
    return bar, partial(tqdm.write, file=sys.stdout)


def prepare(name: str, given: Overrides, known_tags: Counter) -> ImportedArticle | ContentError:
    """Return the page read, extracted and checked, or the error that stopped it (never raises)."""
    try:
        return apply(extract(read_input(name, sys.stdin), name), given, known_tags)
    except ContentError as error:
        return error
    except Exception as error:  # noqa: BLE001 - one odd page must not stop a folder import
        return ContentError(name, 0, "", f"could not import ({type(error).__name__}: {error})")


def _prepare_portable(name: str, given: Overrides, known_tags: Counter):
    """Return prepare()'s result in a form that crosses processes (errors as plain tuples)."""
    outcome = prepare(name, given, known_tags)
    if isinstance(outcome, ContentError):
        return (outcome.path, outcome.line, outcome.field, outcome.message)
    return outcome


def prepared(pages: list[str], given: Overrides, known_tags: Counter, jobs: int) -> Iterator:
    """Yield (name, record or error) for each page in order, extracting in `jobs` processes for big folders."""
    if jobs <= 1 or len(pages) < PARALLEL_FROM or "-" in pages:
        for name in pages:
            yield name, prepare(name, given, known_tags)
        return
    task = partial(_prepare_portable, given=given, known_tags=known_tags)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for name, outcome in zip(pages, pool.imap(task, pages, chunksize=8)):
            yield name, ContentError(*outcome) if isinstance(outcome, tuple) else outcome


def import_one(record: ImportedArticle, args, known: archive.Archive, summary: Summary, say=None) -> None:
    """Write one prepared page, or print it: duplicates are skipped, nothing is overwritten."""
    name = record.path
    if args.explain:
        explain(record)
    if record.tags_suggested:
        summary.suggested.append((name, record.tags))
    if args.dry_run:
        sys.stdout.write(write.render(record))
        return
    result = write.write(record, Path(args.content), known, update=args.update)
    if result.action == "duplicate":
        summary.duplicates.append((name, result.path))
    else:
        summary.imported.append(result.path)
        (say or _say)(f"{result.action} {result.path}")


def explain(record: ImportedArticle) -> None:
    """Print every dropped line or block with its reason, on standard error."""
    print(f"{record.path}: dropped {len(record.dropped)} line(s):", file=sys.stderr)
    for item in record.dropped:
        text = item.text if len(item.text) <= 100 else item.text[:97] + "..."
        print(f"  [{item.reason}] {text}", file=sys.stderr)


def _say(message: str) -> None:
    """Print a progress message that does not break a progress bar."""
    print(message, flush=True)


def report(summary: Summary, dry_run: bool) -> None:
    """Print the summary: imported, duplicates, failures with reasons, tags to review."""
    out = sys.stderr
    for name, path in summary.duplicates[:LIST_AT_MOST]:
        print(f"{name}: duplicate of {path} (same url or title and date): skipped", file=out)
    if len(summary.duplicates) > LIST_AT_MOST:
        print(f"... and {len(summary.duplicates) - LIST_AT_MOST} more duplicate(s)", file=out)
    for error in summary.failed:
        print(str(error), file=out)
    for name, tags in summary.suggested:
        print(f"{name}: suggested tags, please review: {', '.join(tags)}", file=out)
    if not dry_run:
        print(f"imported {len(summary.imported)}, skipped {len(summary.duplicates)} duplicate(s), "
              f"failed {len(summary.failed)}", file=out)


def run(args) -> int:
    """Run the import; return 0 when every page imported or was a duplicate, 1 otherwise."""
    given = overrides(args)
    pages, errors = gather(args.paths)
    summary = Summary(failed=errors)
    known = archive.scan(Path(args.content))
    bar, say = progress(pages)
    for name, outcome in prepared(pages, given, known.tags, getattr(args, "jobs", 1)):
        if bar is not None:
            bar.update(1)
        if isinstance(outcome, ContentError):
            summary.failed.append(outcome)
            continue
        try:
            import_one(outcome, args, known, summary, say)
        except ContentError as error:
            summary.failed.append(error)
        except OSError as error:
            summary.failed.append(ContentError(name, 0, "", f"cannot write: {error}"))
    if bar is not None:
        bar.close()
    report(summary, args.dry_run)
    return 1 if summary.failed else 0


def main(argv: list[str] | None = None) -> int:
    """Run `python -m archivist.importer PATH...` (the same flags as `build.py import`)."""
    parser = argparse.ArgumentParser(prog="python -m archivist.importer", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))
