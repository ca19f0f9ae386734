"""build(): the stages in order — load, validate, site model, render, write."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .config import Config
from .errors import BuildFailed, ContentError
from .feeds import feeds, robots, sitemaps
from .load import load_articles
from .markup import pygments_css
from .render import render_pages
from .site import Site, build_site
from .writer import write_site


@dataclass(frozen=True)
class Project:
    """Where a build reads and writes."""

    content: Path
    templates: Path
    output: Path
    config: Config


@dataclass(frozen=True)
class BuildResult:
    """What a build did, for the summary line."""

    articles: int
    files: int
    changed: int
    size: int
    seconds: float


def static_files(template_dir: Path) -> list[tuple[str, bytes]]:
    """Return the theme's static assets and the generated code stylesheet."""
    static = template_dir / "static"
    files = [(f"static/{p.relative_to(static).as_posix()}", p.read_bytes())
             for p in sorted(static.rglob("*")) if p.is_file() and not p.name.startswith(".")]
    return files + [("static/pygments.css", pygments_css().encode("utf-8"))]


def model(project: Project, now: datetime, include_drafts: bool) -> Site:
    """Load, validate and model the content; raise BuildFailed with every error found."""
    if not project.content.is_dir():
        raise BuildFailed([ContentError(str(project.content), 0, "", "content folder not found")])
    articles, errors = load_articles(project.content, project.config)
    site, collisions = build_site(articles, project.config, now, include_drafts)
    if errors or collisions:
        raise BuildFailed(errors + collisions)
    return site


def render(site: Site, template_dir: Path) -> list[tuple[str, bytes]]:
    """Return every output file of the site as (path, bytes)."""
    try:
        pages = render_pages(site, template_dir)
    except ContentError as error:
        raise BuildFailed([error]) from None
    return pages + feeds(site) + sitemaps(site) + [robots(site)] + static_files(template_dir)


def build(project: Project, include_drafts: bool = False, now: datetime | None = None,
          write: bool = True) -> BuildResult:
    """Run the whole build; write output/ only when every stage succeeded."""
    started = time.perf_counter()
    site = model(project, now or datetime.now(timezone.utc), include_drafts)
    files = render(site, project.templates)
    written, changed = write_site(files, project.output) if write else (len(files), 0)
    size = sum(len(data) for _, data in files)
    return BuildResult(len(site.articles), written, changed, size, time.perf_counter() - started)
