"""`init DIR` starts a new archive and `new TITLE` a new article; neither replaces an existing file.

Exit status as for the other commands: 0 done, 1 a file is in the way, 2 usage errors.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime
from pathlib import Path

from . import __version__
from .faults import Fault
from .newfiles import create_file

WORKFLOW = ".github/workflows/pages.yml"
EXAMPLE_BODY = """archivist로 만든 아카이브의 첫 기사입니다. `content/` 아래의 Markdown 파일 하나가 기사 하나가 됩니다.

새 기사는 `archivist new "제목" --reporter 이름 --tags 태그`로 만들고, `archivist serve`로 고치면서 보고,
`archivist build`로 `output/`에 사이트를 만듭니다.
"""


def add_parsers(commands) -> None:
    """Add the `init` and `new` subcommands to an argparse subparsers object."""
    init = commands.add_parser("init", help="start a new archive in a folder (content/, site.yaml, Pages workflow)",
                               description="Make a new archive: site.yaml, content/ with one example article, "
                                           "requirements.txt, the GitHub Pages workflow and .gitignore.")
    init.add_argument("folder", type=Path, metavar="DIR",
                      help="the new archive's folder (it may exist, without any of these files)")
    new = commands.add_parser("new", help="write a new article and print its path",
                              description="Write content/YYYY/MM/<slug>.md with its front matter and print the path.")
    new.add_argument("title", metavar="TITLE", help="the article's title")
    new.add_argument("--tags", default="", help="comma-separated tags")
    new.add_argument("--reporter", default="", help="reporter name(s), comma-separated")
    new.add_argument("--date", default="", help="publication date, YYYY-MM-DD or ISO 8601 (default: now)")
    new.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")


def listed(text: str) -> list[str]:
    """Return the non-empty items of a comma-separated option."""
    return [item.strip() for item in text.split(",") if item.strip()]


def article_date(given: str) -> str:
    """Return the publication date to write: the given one checked, else now with the local offset; raise ValueError."""
    if not given:
        return datetime.now().astimezone().replace(microsecond=0).isoformat()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", given):
        raise ValueError(given)
    datetime.fromisoformat(given)
    return given


def article(title: str, reporters: list[str], tags: list[str], date: str, content: Path,
            body: str = "") -> tuple[Path, str]:
    """Return the path (content/YYYY/MM/<slug>.md) and the text of a new article, as the importer writes them."""
    from .importer.record import ImportedArticle
    from .importer.write import render, safe_slug, target_dir

    record = ImportedArticle(path=title, title=title, reporters=reporters, date=date, tags=tags, body=body)
    return target_dir(content, record) / f"{safe_slug(record)}.md", render(record)


def requirement() -> str:
    """Return the requirement that installs this archivist on CI: the VCS URL pip recorded, else name==version."""
    import json
    from importlib import metadata
    try:
        recorded = json.loads(metadata.distribution("archivist").read_text("direct_url.json") or "{}")
    except metadata.PackageNotFoundError:
        recorded = {}
    vcs = recorded.get("vcs_info")
    if vcs and recorded.get("url", "").startswith("https://"):
        return f"archivist @ {vcs['vcs']}+{recorded['url']}@{vcs['commit_id']}"
    return f"archivist=={__version__}"


def skeleton(name: str) -> str:
    """Return the text of one file archivist ships for new archives."""
    from importlib import resources
    return (resources.files("archivist") / "skeleton" / name).read_text(encoding="utf-8")


def archive_files(folder: Path) -> dict[Path, str]:
    """Return every file of a new archive in folder, by path."""
    example, text = article("archivist에 오신 것을 환영합니다", ["편집부"], ["안내"], article_date(""),
                            folder / "content", EXAMPLE_BODY)
    requirements = ("# The archivist the GitHub Pages workflow installs. If it comes from elsewhere, name it here,\n"
                    "# e.g. archivist @ git+https://github.com/<user>/archivist\n" + requirement() + "\n")
    return {
        folder / "site.yaml": skeleton("site.yaml"),
        folder / ".gitignore": skeleton("gitignore"),
        folder / "requirements.txt": requirements,
        folder / WORKFLOW: skeleton("pages.yml"),
        example: text,
    }


def create_all(files: dict[Path, str], part: str) -> Path | None:
    """Write every file, unless one exists already: return the first in the way (nothing is written), else None.

    A full disk or a read-only folder raises a Fault once the files written before it are removed again.
    """
    for path in files:
        if path.exists() or path.is_symlink():
            return path
    written = []
    try:
        for path, text in files.items():
            try:
                create_file(path, text.encode("utf-8"), part=part)
            except FileExistsError:
                return path
            written.append(path)
    except Fault:
        for path in written:  # half an archive would stop the next `init` (its files are in the way)
            path.unlink(missing_ok=True)
        raise
    return None


def create_or_say(files: dict[Path, str], part: str) -> Path | None | int:
    """Return create_all's answer, or exit status 1 once a fault is printed as one line."""
    try:
        return create_all(files, part)
    except Fault as fault:
        print(fault.line("write", "nothing was written"), file=sys.stderr)
        return 1


def run_init(folder: Path) -> int:
    """Make a new archive in folder; return the exit status."""
    if folder.exists() and not folder.is_dir():
        print(f"error: {folder} is a file, not a folder", file=sys.stderr)
        return 1
    files = archive_files(folder)
    taken = create_or_say(files, "init")
    if isinstance(taken, int):
        return taken
    if taken is not None:
        print(f"error: {taken} already exists; archivist init writes only new files", file=sys.stderr)
        return 1
    print(f"Made a new archive in {folder}: site.yaml, content/ with one example article, the Pages workflow.")
    print(f"Next: cd {folder} && archivist new \"제목\" && archivist serve")
    return 0


def run_new(args: argparse.Namespace) -> int:
    """Write a new article and print its path; return the exit status."""
    try:
        date = article_date(args.date)
    except ValueError:
        print(f"error: --date: {args.date!r} is not a date (expected YYYY-MM-DD or ISO 8601)", file=sys.stderr)
        return 2
    if not args.title.strip():
        print("error: the title is empty", file=sys.stderr)
        return 2
    path, text = article(args.title.strip(), listed(args.reporter), listed(args.tags), date, args.content)
    taken = create_or_say({path: text}, "new")
    if isinstance(taken, int):
        return taken
    if taken is not None:
        print(f"error: {taken} already exists; choose another title or edit that file", file=sys.stderr)
        return 1
    print(path)
    return 0


def run(args: argparse.Namespace) -> int:
    """Run init or new; return the exit status."""
    return run_init(args.folder) if args.command == "init" else run_new(args)
