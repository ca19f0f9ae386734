"""`import PATH...`: the command line of the importer, its progress bar and its summary."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..errors import ContentError
from . import archive, write
from .extract import HTML_SUFFIXES, Overrides, apply, extract, read_input
from .record import ImportedArticle

FOLDER_SUFFIXES = (".txt", *HTML_SUFFIXES)
PROGRESS_FROM = 20  # a progress bar is shown for this many pages or more
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


@dataclass
class Summary:
    """What one import run did."""

    imported: list[Path] = field(default_factory=list)
    duplicates: list[tuple[str, Path]] = field(default_factory=list)
    failed: list[ContentError] = field(default_factory=list)
    suggested: list[tuple[str, list[str]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


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
    """Return (pages, say): the pages in a progress bar on standard error when there are many, and a
    function that prints a line on standard output without breaking the bar."""
    if len(pages) < PROGRESS_FROM:
        return pages, _say
    from tqdm import tqdm

    return tqdm(pages, unit="page", file=sys.stderr, dynamic_ncols=True, mininterval=0.5), partial(tqdm.write, file=sys.stdout)


def import_one(name: str, args, given: Overrides, known: archive.Archive, summary: Summary, say=None) -> None:
    """Import one page: extract, apply overrides, then write it or print it."""
    record = apply(extract(read_input(name, sys.stdin), name), given, known.tags)
    if args.explain:
        explain(record)
    if record.tags_suggested:
        summary.suggested.append((name, record.tags))
    summary.notes.extend(f"{name}: please review: {doubt}" for doubt in record.doubts)
    if record.invisible:
        summary.notes.append(f"{name}: removed {record.invisible} invisible character(s) "
                             "(zero-width or bidi controls) from the title and fields")
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
    if record.runner_up:
        print(f"{record.path}: the runner-up block (not imported):", file=sys.stderr)
        for line in record.runner_up.splitlines():
            print(f"  | {line if len(line) <= 100 else line[:97] + '...'}", file=sys.stderr)


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
    for note in summary.notes:
        print(note, file=out)
    for name, tags in summary.suggested:
        print(f"{name}: suggested tags, please review: {', '.join(tags)}", file=out)
    if not dry_run:
        print(f"imported {len(summary.imported)}, skipped {len(summary.duplicates)} duplicate(s), "
              f"failed {len(summary.failed)}", file=out)


def run(args) -> int:
    """Run the import; return 0 when every page imported or was a duplicate, 1 otherwise, 2 for a
    usage mistake (one --url for many pages)."""
    given = overrides(args)
    pages, errors = gather(args.paths)
    if args.url and len(pages) > 1:
        print(f"import: --url names one article, but {len(pages)} pages were given", file=sys.stderr)
        return 2
    summary = Summary(failed=errors)
    known = archive.scan(Path(args.content))
    bar, say = progress(pages)
    for name in bar:
        try:
            import_one(name, args, given, known, summary, say)
        except ContentError as error:
            summary.failed.append(error)
        except OSError as error:
            summary.failed.append(ContentError(name, 0, "", f"cannot write: {error}"))
        except Exception as error:  # noqa: BLE001 - one odd page must not stop a folder import
            summary.failed.append(ContentError(name, 0, "", f"could not import ({type(error).__name__}: {error})"))
    report(summary, args.dry_run)
    return 1 if summary.failed else 0


def main(argv: list[str] | None = None) -> int:
    """Run `python -m archivist.importer PATH...` (the same flags as `build.py import`)."""
    parser = argparse.ArgumentParser(prog="python -m archivist.importer", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))
