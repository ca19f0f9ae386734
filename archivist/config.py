"""site.yaml: the declared site settings, read with the same YAML rules as front matter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from .errors import BuildFailed, ContentError
from .frontmatter import check_shape, compose, decode, entries
from .suggest import did_you_mean
from .values import ValueProblem, read_int, read_language, read_mapping, read_string



@dataclass(frozen=True)
class Config:
    """Site settings; every field has a default so a project needs no site.yaml."""

    title: str = "News Archive"
    description: str = ""
    base_url: str = "http://localhost:8000/"
    language: str = "ko"
    timezone: str = "Asia/Seoul"
    page_size: int = 20
    feed_size: int = 50
    related_count: int = 5
    extra: dict = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        """Return the site timezone."""
        return ZoneInfo(self.timezone)

    @property
    def base_path(self) -> str:
        """Return the path part of base_url, e.g. '/archive/'."""
        rest = self.base_url.split("://", 1)[-1]
        return "/" + rest.split("/", 1)[1] if "/" in rest else "/"


def read_base_url(node: yaml.Node) -> str:
    """Return an http(s) URL ending in '/'."""
    url = read_string(node)
    return check_base_url(url)


def check_base_url(url: str) -> str:
    """Return the URL with a trailing '/', or raise ValueProblem if it is not http(s)."""
    if not re.match(r"^https?://[^/\s]+(/\S*)?$", url):
        raise ValueProblem(f"'{url}' is not an http(s) URL (expected e.g. https://user.github.io/repo/)")
    return url if url.endswith("/") else url + "/"


def read_timezone(node: yaml.Node) -> str:
    """Return an IANA timezone name."""
    name = read_string(node)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueProblem(f"'{name}' is not a known timezone (expected e.g. Asia/Seoul or UTC)") from None
    return name



READERS = {
    "title": read_string,
    "description": read_string,
    "base_url": read_base_url,
    "language": read_language,
    "timezone": read_timezone,
    "page_size": lambda node: read_int(node, 1, 1000),
    "feed_size": lambda node: read_int(node, 1, 1000),
    "related_count": lambda node: read_int(node, 0, 50),
    "extra": read_mapping,
}


def load_config(path: Path | None, shown: str) -> Config:
    """Return the Config from a site.yaml file (defaults if path is None), or raise ContentError(s)."""
    if path is None:
        return Config()
    text = decode(shown, path.read_bytes())
    node = compose(shown, text, first_line=1)
    if node is not None:
        check_shape(shown, node, first_line=1)
    values, problems = {}, []
    for entry in entries(shown, node, first_line=1):
        line = entry.line
        reader = READERS.get(entry.key)
        if reader is None:
            problems.append(ContentError(shown, line, entry.key, "unknown setting" + did_you_mean(entry.key, READERS)))
            continue
        try:
            values[entry.key] = reader(entry.node)
        except ValueProblem as problem:
            problems.append(ContentError(shown, line, entry.key, str(problem)))
    if problems:
        raise BuildFailed(problems)
    return replace(Config(), **values)
