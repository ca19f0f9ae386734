"""Links between pages: relative inside the site, absolute from base_url outside it."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote


def output_file(path: str) -> str:
    """Return the file a site path is written to: 'a/b/' → 'a/b/index.html'."""
    return path + "index.html" if path == "" or path.endswith("/") else path


@lru_cache(maxsize=200_000)
def quoted_file(path: str) -> str:
    """Return the percent-encoded output file of a site path."""
    return quote(output_file(path))


def up_to_root(from_path: str) -> str:
    """Return the "../" steps from a page's folder to the site root."""
    return "../" * output_file(from_path).count("/")


def relative(from_path: str, to_path: str) -> str:
    """Return a link from one page to another that works at any base and from file://."""
    return up_to_root(from_path) + quoted_file(to_path)


def absolute(base_url: str, path: str) -> str:
    """Return the public URL of a site path (pretty: no index.html)."""
    return base_url + quote(path)
