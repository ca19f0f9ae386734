"""Atom feeds and the sitemap, parsed with a real XML parser."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime

from archivist.config import Config

from .conftest import article

A = "{http://www.w3.org/2005/Atom}"
S = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
BASE = "https://example.org/archive/"


def files(n=3):
    """Return n articles with tags, one with an XML-hostile title."""
    result = {f"a{i}.md": article(title=f"기사 {i}", date=f"2024-01-{i + 1:02d}T09:00:00+09:00", tags="[AI, 반도체]")
              for i in range(n)}
    result["x.md"] = article(title="<b>Tom & \\\"Jerry\\\"</b>", date="2023-05-05", tags="[AI]")
    return result


def test_site_feed_has_required_atom_elements(built):
    project, _ = built(files())
    feed = ET.parse(project.output / "feed.xml").getroot()
    assert feed.tag == f"{A}feed"
    for name in ("id", "title", "updated"):
        assert feed.find(A + name) is not None and feed.find(A + name).text
    assert feed.find(f"{A}link[@rel='self']").get("href") == BASE + "feed.xml"
    entries = feed.findall(A + "entry")
    assert len(entries) == 4
    for entry in entries:
        for name in ("id", "title", "updated", "published"):
            assert entry.find(A + name).text
        assert RFC3339.match(entry.find(A + "updated").text)
        assert entry.find(A + "id").text.startswith(BASE)
        assert entry.find(A + "author/" + A + "name").text == "김기자"
    assert entries[0].find(A + "title").text == "기사 2"
    assert entries[-1].find(A + "title").text == '<b>Tom & "Jerry"</b>'
    assert RFC3339.match(feed.find(A + "updated").text)


def test_feed_is_capped_at_feed_size_newest_first(built):
    project, _ = built(files(6), Config(base_url=BASE, feed_size=2))
    entries = ET.parse(project.output / "feed.xml").getroot().findall(A + "entry")
    assert [e.find(A + "title").text for e in entries] == ["기사 5", "기사 4"]


def test_each_tag_has_its_own_feed(built):
    project, _ = built(files())
    feed = ET.parse(project.output / "tags" / "반도체" / "feed.xml").getroot()
    assert len(feed.findall(A + "entry")) == 3
    assert feed.find(f"{A}link[@rel='self']").get("href") == BASE + "tags/%EB%B0%98%EB%8F%84%EC%B2%B4/feed.xml"


def test_sitemap_lists_every_article_with_absolute_urls_and_offsets(built):
    project, _ = built(files())
    urls = ET.parse(project.output / "sitemap.xml").getroot().findall(S + "url")
    locs = [u.find(S + "loc").text for u in urls]
    assert all(loc.startswith(BASE) for loc in locs)
    assert BASE + "2024/01/a0/" in locs and BASE in locs
    for url in urls:
        lastmod = url.find(S + "lastmod")
        if lastmod is not None:
            assert datetime.fromisoformat(lastmod.text).utcoffset() is not None
    assert len(locs) == len(set(locs))


def test_robots_points_to_the_sitemap(built):
    project, _ = built(files(1))
    assert f"Sitemap: {BASE}sitemap.xml" in (project.output / "robots.txt").read_text()
