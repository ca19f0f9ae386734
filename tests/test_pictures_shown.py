"""An article's lead picture where people see it: og:image, JSON-LD image, listing thumbnail, feed enclosure.

The build sets Article.lead_picture from the article's first picture; here the load
stage is wrapped to set it on one article, so these tests read only what the pages show.
"""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET

import pytest

from archivist import pipeline
from archivist.model import LeadPicture

from .conftest import article

A = "{http://www.w3.org/2005/Atom}"
BASE = "https://example.org/archive/"
LEAD = LeadPicture("2024/03/photo/사진 1-1600w.jpg", 1600, 1067, "image/jpeg", 234_567, '시장 "풍경" <1>',
                   "2024/03/photo/사진 1-480w.webp")


@pytest.fixture
def with_lead(monkeypatch):
    """Give the article whose slug is 'photo' the lead picture LEAD as it is loaded."""
    load = pipeline.load

    def load_with_lead(*args, **kwargs):
        loaded = load(*args, **kwargs)
        loaded.articles[:] = [dataclasses.replace(a, lead_picture=LEAD) if a.slug == "photo" else a
                              for a in loaded.articles]
        return loaded

    monkeypatch.setattr(pipeline, "load", load_with_lead)


FILES = {
    "photo.md": article(title="사진 기사", date="2024-03-02", tags="[시장]", slug="photo"),
    "plain.md": article(title="글 기사", date="2024-03-01", tags="[시장]", slug="plain"),
}


def test_article_page_has_og_image_with_size_type_and_alt(built, with_lead):
    project, _ = built(FILES)
    html = (project.output / "2024/03/photo/index.html").read_text(encoding="utf-8")
    url = BASE + "2024/03/photo/%EC%82%AC%EC%A7%84%201-1600w.jpg"
    assert f'<meta property="og:image" content="{url}">' in html
    assert '<meta property="og:image:type" content="image/jpeg">' in html
    assert '<meta property="og:image:width" content="1600">' in html
    assert '<meta property="og:image:height" content="1067">' in html
    assert '<meta property="og:image:alt" content="시장 &#34;풍경&#34; &lt;1&gt;">' in html
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(block)["image"] == {"@type": "ImageObject", "url": url, "width": 1600, "height": 1067}


def test_article_without_picture_has_neither(built, with_lead):
    project, _ = built(FILES)
    html = (project.output / "2024/03/plain/index.html").read_text(encoding="utf-8")
    assert "og:image" not in html and '"image"' not in html and "entry-thumb" not in html


def test_listing_shows_a_lazy_sized_thumbnail_only_for_the_article_with_a_picture(built, with_lead):
    project, _ = built(FILES)
    for page, steps in (("index.html", ""), ("tags/시장/index.html", "../../")):
        html = (project.output / page).read_text(encoding="utf-8")
        thumbs = re.findall(r"<img [^>]*>", html)
        assert thumbs == [f'<img class="entry-thumb" src="{steps}2024/03/photo/%EC%82%AC%EC%A7%84%201-480w.webp"'
                          ' alt="" width="160" height="120" loading="lazy" decoding="async">']


def test_feeds_carry_the_picture_as_an_enclosure(built, with_lead):
    project, _ = built(FILES)
    for feed in ("feed.xml", "tags/시장/feed.xml"):
        entries = ET.parse(project.output / feed).getroot().findall(A + "entry")
        enclosures = {e.find(A + "title").text: e.findall(f"{A}link[@rel='enclosure']") for e in entries}
        assert enclosures["글 기사"] == []
        (link,) = enclosures["사진 기사"]
        assert link.attrib == {"rel": "enclosure", "type": "image/jpeg", "length": "234567",
                               "href": BASE + "2024/03/photo/%EC%82%AC%EC%A7%84%201-1600w.jpg"}


def test_a_lead_picture_changes_the_card_key():
    plain = dataclasses.replace(an_article(), lead_picture=None)
    assert dataclasses.replace(plain, lead_picture=LEAD).card != plain.card
    assert dataclasses.replace(plain, lead_picture=LEAD._replace(bytes=1)).card != \
        dataclasses.replace(plain, lead_picture=LEAD).card


def an_article():
    """Return a validated Article without a picture."""
    from datetime import datetime, timezone

    from archivist.model import Article
    return Article(title="t", reporters=(), emails=(), date=datetime(2024, 3, 2, tzinfo=timezone.utc), updated=None,
                   tags=(), source="", source_url="", summary="", slug="photo", draft=False, lang="ko", extra={},
                   source_path="photo.md", digest="d", reading_minutes=1)
