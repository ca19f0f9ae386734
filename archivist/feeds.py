"""Atom feeds, the sitemap and robots.txt, built with a real XML serializer."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from functools import partial

from . import __version__
from .model import Article
from .pages import PageSpec, facet_refs, key_of
from .site import Site
from .urls import absolute

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
SITEMAP_LIMIT = 50_000
NOT_XML = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Return text without characters XML 1.0 cannot hold."""
    return NOT_XML.sub("", text)


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """Append a child element with optional text and attributes; return it."""
    element = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def serialize(root: ET.Element) -> bytes:
    """Return an XML document's bytes with declaration."""
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def atom_entry(feed: ET.Element, site: Site, article: Article) -> None:
    """Append one article as an Atom entry."""
    url = absolute(site.config.base_url, article.path)
    entry = sub(feed, "entry")
    sub(entry, "title", article.title)
    sub(entry, "id", url)
    sub(entry, "link", rel="alternate", type="text/html", href=url)
    sub(entry, "published", article.date.isoformat())
    sub(entry, "updated", article.modified.isoformat())
    # Without a byline the outlet is the author; without either, the feed's own author stands.
    for name in article.reporters or ((article.source,) if article.source else ()):
        sub(sub(entry, "author"), "name", name)
    for tag in site.tags_of[article.path]:
        sub(entry, "category", term=tag.name, scheme=absolute(site.config.base_url, tag.path))
    sub(entry, "summary", article.summary)
    if article.lead_picture is not None:
        picture = article.lead_picture
        sub(entry, "link", rel="enclosure", type=picture.mime, length=str(picture.bytes),
            href=absolute(site.config.base_url, picture.url))


def atom_feed(site: Site, path: str, title: str, page_path: str, articles: Sequence[Article]) -> tuple[str, bytes]:
    """Return (path, bytes) of an Atom feed of the newest articles given."""
    newest = list(articles[: site.config.feed_size])
    base = site.config.base_url
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": site.config.language})
    sub(feed, "title", title)
    if site.config.description:
        sub(feed, "subtitle", site.config.description)
    sub(feed, "id", absolute(base, path))
    sub(feed, "link", rel="self", type="application/atom+xml", href=absolute(base, path))
    sub(feed, "link", rel="alternate", type="text/html", href=absolute(base, page_path))
    updated = max((a.modified for a in newest), default=None)
    sub(feed, "updated", updated.isoformat() if updated else "1970-01-01T00:00:00+00:00")
    sub(sub(feed, "author"), "name", site.config.title)
    sub(feed, "generator", "archivist", version=__version__)
    for article in newest:
        atom_entry(feed, site, article)
    return path, serialize(feed)


def feed_spec(site: Site, base: str, path: str, title: str, page_path: str, articles: Sequence[Article]) -> PageSpec:
    """Return the plan of one Atom feed."""
    newest = articles[: site.config.feed_size]
    key = key_of(base, "feed", path, title, page_path, "\x1c".join(f"{a.card}\x1e{facet_refs(site.tags_of[a.path])}" for a in newest))
    return PageSpec(path, key, produce=lambda: atom_feed(site, path, title, page_path, newest)[1])


def feed_specs(site: Site, base: str) -> list[PageSpec]:
    """Return the plans of the site feed and one feed per tag."""
    specs = [feed_spec(site, base, "feed.xml", site.config.title, "", site.articles)]
    for tag in site.tags:
        specs.append(feed_spec(site, base, f"{tag.path}feed.xml", f"{site.config.title}: {tag.name}", tag.path, tag.articles))
    return specs


def sitemap_entries(site: Site) -> list[tuple[str, str | None]]:
    """Return (site path, lastmod or None) for every page worth indexing."""
    entries = [("", site.articles[0].modified.isoformat() if site.articles else None)]
    entries += [(a.path, a.modified.isoformat()) for a in site.articles]
    for facet in site.tags + site.reporters + site.years + site.months:
        entries.append((facet.path, max(a.modified for a in facet.articles).isoformat()))
    entries += [("tags/", None), ("reporters/", None), ("archive/", None)]
    return entries


def urlset(base: str, entries: Sequence[tuple[str, str | None]]) -> bytes:
    """Return one <urlset> sitemap document."""
    root = ET.Element("urlset", {"xmlns": SITEMAP})
    for path, lastmod in entries:
        url = sub(root, "url")
        sub(url, "loc", absolute(base, path))
        if lastmod:
            sub(url, "lastmod", lastmod)
    return serialize(root)


def sitemap_names(count: int) -> list[str]:
    """Return the sitemap file names for a number of URLs."""
    if count <= SITEMAP_LIMIT:
        return ["sitemap.xml"]
    return ["sitemap.xml"] + [f"sitemap-{n}.xml" for n in range(1, -(-count // SITEMAP_LIMIT) + 1)]


def sitemap_specs(site: Site, base_key: str) -> list[PageSpec]:
    """Return the plans of the sitemap file(s) and robots.txt; the XML is made only if needed."""
    entries = sitemap_entries(site)
    key = key_of(base_key, "sitemap", entries)
    made: dict[str, bytes] = {}

    def produce(name: str) -> bytes:
        if not made:
            made.update(sitemaps(site, entries))
        return made[name]

    specs = [PageSpec(name, key_of(key, name), produce=partial(produce, name)) for name in sitemap_names(len(entries))]
    return specs + [PageSpec("robots.txt", key_of(base_key, "robots"), produce=lambda: robots(site)[1])]


def sitemaps(site: Site, entries: list[tuple[str, str | None]]) -> list[tuple[str, bytes]]:
    """Return sitemap.xml, split under a sitemap index past 50,000 URLs."""
    base = site.config.base_url
    if len(entries) <= SITEMAP_LIMIT:
        return [("sitemap.xml", urlset(base, entries))]
    chunks = [entries[i:i + SITEMAP_LIMIT] for i in range(0, len(entries), SITEMAP_LIMIT)]
    index = ET.Element("sitemapindex", {"xmlns": SITEMAP})
    files = []
    for number, chunk in enumerate(chunks, start=1):
        name = f"sitemap-{number}.xml"
        sub(sub(index, "sitemap"), "loc", absolute(base, name))
        files.append((name, urlset(base, chunk)))
    return [("sitemap.xml", serialize(index))] + files


def robots(site: Site) -> tuple[str, bytes]:
    """Return robots.txt pointing at the sitemap."""
    text = f"User-agent: *\nAllow: /\n\nSitemap: {absolute(site.config.base_url, 'sitemap.xml')}\n"
    return "robots.txt", text.encode("utf-8")
