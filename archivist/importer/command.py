"""`import PATH...`: the command line of the importer, its progress bar and its summary."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Container
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from urllib.parse import urljoin

from ..errors import ContentError
from ..faults import Fault, guarded
from ..newfiles import Batch, sync_folders
from . import archive, write
from .pool import Loaded, deferred_interrupt, failure, local, preloaded
from .extract import HTML_SUFFIXES, Overrides, apply, extract, html_extractor, read_input
from .fetch import Fetcher, Settings, is_url, page_text, read_list
from .picture_files import Gathered, gather as gather_pictures
from .record import ImportedArticle, PagePicture

FOLDER_SUFFIXES = (".txt", *HTML_SUFFIXES)
PROGRESS_FROM = 20  # a progress bar is shown for this many pages or more
LIST_AT_MOST = 20   # duplicates listed one by one; past this only counted (failures are always listed)


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the `import` subcommand with its flags to an argparse subparsers object."""
    parser = subparsers.add_parser("import", help="turn raw scraped pages (text or HTML) into articles",
                                   description="Import raw pages (.txt dumps, saved .html, folders of them, "
                                               "web pages by URL, or - for standard input) as "
                                               "content/YYYY/MM/<slug>.md, or content/YYYY/MM/<slug>/index.md "
                                               "with the article's pictures beside it.")
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the import flags to a parser."""
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="a .txt dump, an .html page, a folder, an http(s):// URL, or -")
    parser.add_argument("--from", dest="from_file", default="", metavar="FILE",
                        help="a file of URLs to fetch and import, one a line (# starts a comment)")
    parser.add_argument("--title", default="", help="headline, wins over the page")
    parser.add_argument("--date", default="",
                        help="publication date (YYYY-MM-DD or ISO 8601 with time and offset), wins over the page")
    parser.add_argument("--tags", default="", help="comma-separated tags, instead of suggested ones")
    parser.add_argument("--reporter", default="", help="reporter name(s), comma-separated")
    parser.add_argument("--source", default="", help="outlet name")
    parser.add_argument("--url", default="", help="original URL of the article")
    parser.add_argument("--content", default="content", help="content folder (default: content)")
    parser.add_argument("--dry-run", action="store_true", help="print the Markdown instead of writing it")
    parser.add_argument("--explain", action="store_true", help="list every dropped line with the reason")
    parser.add_argument("--no-images", action="store_true",
                        help="keep the text only: no pictures are copied or downloaded")
    parser.add_argument("--update", action="store_true",
                        help="re-import pages already in the archive in place, keeping their front matter")
    parser.add_argument("--delay", type=float, default=Settings.delay, metavar="SECONDS",
                        help=f"pause between two requests to the same web site (default {Settings.delay:g})")
    parser.add_argument("--timeout", type=float, default=Settings.read_timeout, metavar="SECONDS",
                        help=f"give up on a web page that sends nothing for this long (default {Settings.read_timeout:g})")


@dataclass
class Summary:
    """What one import run did."""

    imported: list[Path] = field(default_factory=list)
    duplicates: list[tuple[str, Path]] = field(default_factory=list)
    failed: list[ContentError] = field(default_factory=list)
    suggested: list[tuple[str, list[str]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    staged: dict[Path, tuple[str, write.Written]] = field(default_factory=dict)  # written, waiting for a name


def gather(paths: list[str], from_file: str = "") -> tuple[list[str], list[ContentError]]:
    """Return the pages named by the arguments (folders searched recursively, URLs as given, then the
    URLs of the --from file) and bad arguments."""
    pages, errors = [], []
    for name in paths:
        path = Path(name)
        if is_url(name) or name == "-" or path.is_file():
            pages.append(name)
        elif path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES
                           and not saved_with_a_page(p))
            if not found:
                errors.append(ContentError(name, 0, "", "folder holds no .txt or .html pages"))
            pages.extend(found)
        else:
            errors.append(ContentError(name, 0, "", "no such file or folder"))
    if from_file:
        urls, bad = listed_urls(from_file)
        pages.extend(urls)
        errors.extend(bad)
    return pages, errors


def saved_with_a_page(path: Path) -> bool:
    """Return True for a file inside the `<page>_files` folder a browser saved beside `<page>.html` (frames
    and ads of that page, not pages to import)."""
    for folder in path.parents:
        if folder.name.endswith("_files") and any(folder.with_name(folder.name[:-6] + suffix).is_file()
                                                  for suffix in HTML_SUFFIXES):
            return True
    return False


def listed_urls(from_file: str) -> tuple[list[str], list[ContentError]]:
    """Return the URLs of a --from file and an error for each line that is not an http(s) URL."""
    try:
        lines = read_list(from_file)
    except ContentError as error:
        return [], [error]
    urls = [line for line in lines if is_url(line)]
    return urls, [ContentError(from_file, 0, "", f"not an http or https URL: {line!r}") for line in lines
                  if not is_url(line)]


def overrides(args) -> Overrides:
    """Return the command-line values that win over extracted ones."""
    tags = [t.strip() for t in args.tags.split(",") if t.strip()]
    return Overrides(args.date, tags, args.reporter, args.source, args.url, args.title)


def progress(pages: list[str]):
    """Return (pages, say): the pages in a progress bar on standard error when there are many, and a
    function that prints a line on standard output without breaking the bar."""
    if len(pages) < PROGRESS_FROM:
        return pages, _say
    from tqdm import tqdm

    bar = tqdm(pages, unit="page", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
    if not sys.stdout.isatty():  # redrawing the bar around every line costs more than the import of a page
        return bar, _say
    return bar, partial(tqdm.write, file=sys.stdout)


def load(name: str, fetcher: Fetcher, template: frozenset[str] = frozenset(),
         seen_urls: Container[str] = ()) -> ImportedArticle:
    """Return the raw record of one page: fetched through the HTML path (url set to the page's final
    URL) for a URL, read from the file or standard input otherwise (a text dump read with its outlet's
    template, when the folder taught one; a saved page whose URL is in `seen_urls` only marked seen)."""
    if not is_url(name):
        return extract(read_input(name, sys.stdin), name, template, seen_urls)
    page = fetcher.fetch(name)
    record = html_extractor()(page_text(page), name)
    record.url = page.url
    record.pictures = [absolute(picture, page.url) for picture in record.pictures]
    return record


def absolute(picture: PagePicture, base: str) -> PagePicture:
    """Return the picture with its addresses made absolute against the page's final URL."""
    return PagePicture(urljoin(base, picture.src), picture.alt, picture.caption, picture.anchor, picture.skip,
                       tuple(urljoin(base, other) for other in picture.also))


def import_one(name: str, args, given: Overrides, known: archive.Archive, summary: Summary, say=None,
               fetcher: Fetcher | None = None, loaded: Loaded | None = None,
               template: frozenset[str] = frozenset()) -> None:
    """Import one page: read or fetch it (unless a worker already extracted it), extract, apply
    overrides, then write it or print it.

    A URL already in the archive is not fetched again (unless --update or --dry-run)."""
    if is_url(name) and name in known.urls and not (args.update or args.dry_run):
        summary.duplicates.append((name, known.urls[name]))
        return
    if isinstance(loaded, (ContentError, Fault)):
        raise loaded
    raw = loaded or load(name, fetcher or Fetcher(), template, seen_urls(args, given, known))
    if raw.seen and raw.url in known.urls:
        summary.duplicates.append((name, known.urls[raw.url]))
        return
    record = apply(raw, given, known.tags)
    if known.find(record) is not None and not (args.update or args.dry_run):
        summary.duplicates.append((name, known.find(record)))
        return
    pictures = Gathered() if args.no_images else gather_pictures(record, name, fetcher or Fetcher())
    if args.explain:
        explain(record)
        explain_pictures(record.path, pictures, args.no_images and bool(record.pictures))
    summary.notes.extend(pictures.notes)
    if record.tags_suggested:
        summary.suggested.append((name, record.tags))
    summary.notes.extend(f"{name}: please review: {doubt}" for doubt in record.doubts)
    if record.invisible:
        summary.notes.append(f"{name}: removed {record.invisible} invisible character(s) "
                             "(zero-width or bidi controls) from the title and fields")
    if args.dry_run:
        sys.stdout.write(write.render(record, pictures.kept))
        return
    if pictures.kept or args.update:
        settle(known, summary, say)  # the articles before it get their names first: the listing keeps the order
    with deferred_interrupt():
        result = write.write(record, Path(args.content), known, update=args.update, pictures=pictures.kept)
        if result.action == "staged":  # listed once the batch names it (settle)
            summary.staged[result.path] = (name, result)
    if result.action == "duplicate":
        summary.duplicates.append((name, result.path))
    elif result.action != "staged":
        written(name, result, summary, say)


def written(name: str, result: write.Written, summary: Summary, say=None) -> None:
    """Count and list an article written whole under its name."""
    summary.imported.append(result.path)
    if result.note:
        summary.notes.append(f"{name}: {result.note}")
    with_pictures = f" with {result.pictures} picture(s)" if result.pictures else ""
    (say or _say)(f"{result.action} {result.path}{with_pictures}")


def settle(known: archive.Archive, summary: Summary, say=None) -> None:
    """Give the articles waiting in the archive's batch their names, in order, and list each as written
    (or failed: its name was taken meanwhile); raise the fault that kept them from the disk, if any."""
    if not known.batch:
        return
    fault = None
    with deferred_interrupt():
        for path, error in known.batch.flush(known.unsynced):
            name, result = summary.staged.pop(path)
            if error is None:
                written(name, replace(result, action="wrote"), summary, say)
            elif isinstance(error, Fault):
                fault = fault or error
            else:
                summary.failed.append(failure(name, error))
    if fault is not None:
        raise fault


def seen_urls(args, given: Overrides, known: archive.Archive) -> Container[str]:
    """Return the URLs whose saved pages are duplicates before they are extracted: the archive's, unless
    the run re-imports (--update), prints (--dry-run) or gives the URL itself (--url)."""
    return () if args.update or args.dry_run or given.url else known.urls.keys()


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


def explain_pictures(path: str, pictures: Gathered, left_out: bool) -> None:
    """Print every picture of the page kept or skipped, with the reason, on standard error."""
    if left_out:
        print(f"{path}: pictures: none kept (--no-images)", file=sys.stderr)
        return
    if not pictures.kept and not pictures.skipped:
        return
    print(f"{path}: pictures: {len(pictures.kept)} kept, {len(pictures.skipped)} skipped:", file=sys.stderr)
    for picture in pictures.kept:
        caption = f' "{_cut(picture.caption)}"' if picture.caption else ""
        print(f"  [kept] {_cut(picture.src)} -> {picture.name}{caption}", file=sys.stderr)
    for src, reason in pictures.skipped:
        print(f"  [skipped: {reason}] {_cut(src)}", file=sys.stderr)


def _cut(text: str) -> str:
    """Return text cut to 100 characters for one line of --explain."""
    return text if len(text) <= 100 else text[:97] + "..."


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
    if not args.paths and not args.from_file:
        print("import: name at least one PATH or URL, or a --from FILE of URLs", file=sys.stderr)
        return 2
    if not args.timeout > 0:
        print(f"import: --timeout must be more than 0 seconds, not {args.timeout:g}", file=sys.stderr)
        return 2
    pages, errors = gather(args.paths, args.from_file)
    if args.url and len(pages) > 1:
        print(f"import: --url names one article, but {len(pages)} pages were given", file=sys.stderr)
        return 2
    summary = Summary(failed=errors)
    fetcher = Fetcher(Settings(delay=max(args.delay, 0.0), read_timeout=args.timeout,
                               connect_timeout=min(args.timeout, Settings.connect_timeout)))
    known = None
    try:
        with guarded("import", "reading", Path(args.content), reading=True):
            known = archive.scan(Path(args.content))
        # a folder's articles are synced together (newfiles.Batch); a single page, or pages fetched one by
        # one (an article must not wait unnamed for the next page's download), are written at once
        known.batch = Batch() if len(pages) > 1 and all(map(local, pages)) and not args.dry_run else None
        return import_and_report(pages, args, given, known, summary, fetcher)
    except Fault as fault:  # the machine's, not a page's: one line, whatever was written before is whole
        written = len(summary.imported)
        print(fault.line("import", f"{written} article{'' if written == 1 else 's'} written whole before it, "
                                   "the rest not at all (run the import again: those are skipped as duplicates)"),
              file=sys.stderr)
        return 1
    finally:
        if known is not None and known.batch is not None:
            known.batch.discard()  # left only by an error that is no page's: none of them was named
            known.batch.close()


def import_and_report(pages: list[str], args, given: Overrides, known: archive.Archive, summary: Summary,
                      fetcher: Fetcher) -> int:
    """Import the pages, sync the folders written and print the summary; return the exit status."""
    try:
        import_all(pages, args, given, known, summary, fetcher)
    except KeyboardInterrupt:
        with suppress(Fault):
            settle(known, summary)  # the articles written under temporary names are whole: name them
        sync_folders(known.unsynced)
        report(summary, args.dry_run)
        print("import: interrupted; the articles listed above are written whole, the rest not at all",
              file=sys.stderr)
        return 130
    except Fault:
        with suppress(Fault):
            settle(known, summary)
        with suppress(Fault):
            sync_folders(known.unsynced)  # what was written before the fault keeps its name
        raise
    sync_folders(known.unsynced)  # the new articles' names survive a power loss from here on
    report(summary, args.dry_run)
    return 1 if summary.failed else 0


def import_all(pages: list[str], args, given: Overrides, known: archive.Archive, summary: Summary,
               fetcher: Fetcher) -> None:
    """Import every page in order, collecting failures; many files are extracted by worker processes."""
    bar, say = progress(pages)
    with preloaded(pages, frozenset(seen_urls(args, given, known)), args.explain) as loaded:
        for name, (page, template) in zip(bar, loaded):
            try:
                import_one(name, args, given, known, summary, say, fetcher, page, template)
            except Fault:  # a full disk or a read-only folder stops the import: the next page would meet it too
                raise
            except Exception as error:  # noqa: BLE001 - one odd page must not stop a folder import
                summary.failed.append(failure(name, error))
            if known.batch is not None and known.batch.due():
                settle(known, summary, say)
    settle(known, summary, say)


def main(argv: list[str] | None = None) -> int:
    """Run `python -m archivist.importer PATH...` (the same flags as `build.py import`)."""
    parser = argparse.ArgumentParser(prog="python -m archivist.importer", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))
