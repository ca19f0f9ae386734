"""The theme a build reads: the project's own templates/ over the default theme, file by file.

The default theme is the repository's top-level templates/; a wheel carries it as the
package archivist.default_theme (pyproject.toml maps the folder). A project with only
templates/article.html gets every other file from the default.

The default is found beside this module rather than through importlib.resources: that
module alone takes about 20 ms to import in a fresh interpreter, against an up-to-date
rebuild's 50 ms (fresh.py hashes the theme), and Jinja2's FileSystemLoader needs a real
folder anyway, which a wheel installed by pip always gives. Standard library only.
"""

from __future__ import annotations

from pathlib import Path

INSTALLED = Path(__file__).parent / "default_theme"  # where the wheel puts templates/
CHECKOUT = Path(__file__).parent.parent / "templates"  # running from the repository


def default_theme() -> Path:
    """Return the folder of the default theme: the installed package data, else the checkout's templates/."""
    return INSTALLED if INSTALLED.is_dir() else CHECKOUT


def theme_folders(templates: Path) -> list[Path]:
    """Return the folders a theme file is looked up in, in order: the project's own (if any), then the default."""
    default = default_theme()
    if not templates.is_dir() or templates.resolve() == default.resolve():
        return [default]
    return [templates, default]


def theme_files(templates: Path, folder: str = "") -> dict[str, Path]:
    """Return every theme file under folder by its POSIX name relative to folder, sorted; the project's copy wins."""
    found: dict[str, Path] = {}
    for root in reversed(theme_folders(templates)):  # the project's folder last, so its files win
        base = root / folder if folder else root
        for path in base.rglob("*"):
            if path.is_file():
                found[path.relative_to(base).as_posix()] = path
    return dict(sorted(found.items()))
