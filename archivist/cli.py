"""Commands and exit codes: 0 success, 1 content or config errors, 2 usage errors.

The build's modules (YAML, the pipeline, the cache) are imported only once a
build has something to do: a rebuild with nothing changed is answered by
fresh.py before them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import threading
import time
from pathlib import Path

from .incremental import fresh
from .parallel import collector_paused

COMMANDS = ("build", "check", "serve", "import", "init", "new")
CACHE_DIR = ".archivist-cache"
PAGES_LIMIT = 1024**3  # GitHub Pages: published sites may be no larger than 1 GB
PAGES_WARNING = int(PAGES_LIMIT * 0.8)


class Parser(argparse.ArgumentParser):
    """argparse with exit status 2 and a one-line hint on usage errors."""

    def error(self, message: str):
        """Print the problem and exit 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def add_site_options(parser: argparse.ArgumentParser) -> None:
    """Add the options shared by build and check."""
    parser.add_argument("--content", type=Path, help="content folder (default: content/ beside site.yaml)")
    parser.add_argument("--output", type=Path, help="output folder (default: output/ beside site.yaml)")
    parser.add_argument("--config", type=Path, help="site settings file (default: ./site.yaml if present)")
    parser.add_argument("--templates", type=Path, help="theme folder (default: templates/)")
    parser.add_argument("--base-url", help="public URL of the site, e.g. https://user.github.io/repo/")
    parser.add_argument("--drafts", action="store_true", help="include drafts and future-dated articles")
    parser.add_argument("--clean", action="store_true", help="ignore the build cache and render every page")
    parser.add_argument("--jobs", type=int, default=None, help="processes to use (default: every core)")


def make_parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = Parser(prog="build.py", description="archivist: build a news-article archive site.")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    add_site_options(commands.add_parser("build", help="build the site into the output folder (default)"))
    add_site_options(commands.add_parser("check", help="validate content and templates; write nothing"))
    serve = commands.add_parser("serve", help="build, serve on 127.0.0.1, rebuild and reload on every save")
    add_site_options(serve)
    serve.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000; 0 picks a free one)")
    serve.add_argument("--open", action="store_true", help="open the site in a browser")
    # Listed here for --help; `import` has its own parser (importer/command.py), loaded only when used,
    # since the extraction libraries take a third of a second to import.
    commands.add_parser("import", help="turn raw scraped pages (.txt, .html) into clean articles", add_help=False)
    commands.add_parser("init", help="start a new archive in a folder (site.yaml, content/, Pages workflow)",
                        add_help=False)
    commands.add_parser("new", help="write a new article and print its path", add_help=False)
    return parser


def run_importer(argv: list[str]) -> int:
    """Parse and run the import command; return its exit status."""
    from .importer.command import add_parser, run

    parser = Parser(prog="build.py")
    add_parser(parser.add_subparsers(dest="command", parser_class=Parser))
    return run(parser.parse_args(argv))


def run_scaffold(argv: list[str]) -> int:
    """Parse and run init or new (scaffold.py, loaded only when used); return the exit status."""
    from . import scaffold

    parser = Parser(prog="archivist")
    scaffold.add_parsers(parser.add_subparsers(dest="command", parser_class=Parser))
    return scaffold.run(parser.parse_args(argv))


def locate(args: argparse.Namespace) -> fresh.Invocation:
    """Return the folders and files the options name, with their defaults filled in."""
    config = args.config or (Path("site.yaml") if Path("site.yaml").exists() else None)
    root = config.parent if config else Path(".")
    templates = args.templates or (root / "templates")  # over the default theme, file by file (theme.py)
    content = args.content or root / "content"
    output = args.output or root / "output"
    return fresh.Invocation(config, root, args.base_url, args.drafts, templates, content, output,
                            cache_folder(root, content, output))


def project_from(args: argparse.Namespace, run: fresh.Invocation):
    """Return the Project the options describe, or raise UsageError / BuildFailed."""
    from dataclasses import replace

    from .config import check_base_url, load_config
    from .errors import UsageError
    from .pipeline import Project
    from .values import ValueProblem
    from .writer import check_output_dir

    if args.config and not args.config.is_file():
        raise UsageError(f"config file not found: {args.config}")
    config = load_config(run.config, str(run.config) if run.config else "")
    if args.base_url:
        try:
            config = replace(config, base_url=check_base_url(args.base_url))
        except ValueProblem as problem:
            raise UsageError(f"--base-url: {problem}") from None
    if args.templates is not None and not args.templates.is_dir():
        raise UsageError(f"--templates: {args.templates} is not a folder")
    check_output_dir(run.output, [run.root, run.content, run.templates])
    return Project(content=run.content, templates=run.templates, output=run.output, config=config, cache=run.cache)


def cache_folder(root: Path, content: Path, output: Path) -> Path:
    """Return the build cache folder of a content/output pair (several pairs can share a project)."""
    pair = f"{content.resolve()}\0{output.resolve()}".encode()
    return root / CACHE_DIR / hashlib.blake2b(pair, digest_size=6).hexdigest()


def look_ahead(invocation: fresh.Invocation, key: str, clean: bool) -> tuple[int | None, fresh.Scan | None]:
    """Scan content/ in a child while the build's modules load; return (the article count if nothing changed, the scan)."""
    from .incremental.scan_ahead import ScanAhead

    ahead = ScanAhead(invocation.content, invocation.templates)
    may_be_done = not clean and fresh.stored(invocation, key, time.time()) is not None
    ahead.load_modules(until_ready=may_be_done)
    articles = fresh.up_to_date(invocation, key, ahead.summary(), time.time()) if may_be_done else None
    if articles is not None:
        ahead.close()
        return articles, None
    return None, ahead.result()


def run(args: argparse.Namespace) -> int:
    """Run a command with the cyclic garbage collector paused (not `serve`, which runs on): return the exit status.

    A command's imports and scan make many objects and free few: a full collection among
    them took 20-30 ms of a quick rebuild. The build itself pauses it too (pipeline.build).
    """
    if args.command == "serve":
        return run_command(args)
    with collector_paused():
        return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run build, check or serve; return the exit status."""
    started = time.perf_counter()
    invocation = locate(args)
    key = fresh.invocation_key(invocation) if args.command == "build" else None
    scan = None
    if key:
        articles, scan = look_ahead(invocation, key, args.clean)
        if articles is not None:
            seconds = time.perf_counter() - started
            print(f"Up to date: {articles:,} article{'' if articles == 1 else 's'}, nothing changed ({seconds:.2f} s).")
            return 0
    from .errors import BuildFailed, UsageError
    from .parallel import default_jobs
    from .pipeline import Options, build

    try:
        project = project_from(args, invocation)
        if args.command == "serve":
            from .serve import serve

            options = Options(include_drafts=args.drafts, jobs=args.jobs or default_jobs())
            return serve(lambda: project_from(args, invocation), options, invocation.config, args.port, args.open)
        options = Options(include_drafts=args.drafts, write=args.command == "build", clean=args.clean,
                          jobs=args.jobs or default_jobs())
        result = build(project, options, scan=scan)
    except UsageError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    except BuildFailed as failed:
        for error in failed.errors:
            print(error, file=sys.stderr)
        left = "nothing was written" if args.command == "check" else "the output folder was left as it was"
        print(f"{len(failed.errors)} error(s); {left}.", file=sys.stderr)
        return 1
    if key and result.stamp is not None and scan.listing == result.stamp.listing:
        fresh.save(invocation, key, result.stamp, result.articles, scan.sources)
    report(args.command, result, project.output)
    return 0


def report(command: str, result, output: Path) -> None:
    """Print the summary line, and a warning when the site nears GitHub Pages' size limit."""
    from .pipeline import summary

    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(summary(command, result, output))
    if not result.up_to_date and result.size > PAGES_WARNING:
        print(f"warning: the site is {result.size / 2**20:,.1f} MB; GitHub Pages publishes at most 1 GB", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python build.py` and `archivist`; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "build")
    if argv[0] == "import":
        return run_importer(argv)
    if argv[0] in ("init", "new"):
        return run_scaffold(argv)
    args = make_parser().parse_args(argv)
    return run(args)


def entry() -> None:
    """Run a command and end the process: `python build.py` and the `archivist` script.

    A one-shot build leaves at once instead of tearing down every module and
    object it made (30-50 ms of a quick rebuild); a process that still has threads
    or child processes exits the normal way.
    """
    code = main()
    children = sys.modules.get("multiprocessing")
    if threading.active_count() > 1 or (children and children.active_children()):
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        code = code or 1
    os._exit(code)
