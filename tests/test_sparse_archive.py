"""Archives as real imports make them: articles without a byline, and years without articles."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from .conftest import article
from .test_render import parse

A = "{http://www.w3.org/2005/Atom}"


def unsigned(title: str, date: str, source: str = "") -> str:
    """Return an article with no reporter line (an editorial or photo news), with an outlet when given."""
    lines = ["---", f'title: "{title}"', f"date: {date}"] + ([f"source: {source}"] if source else [])
    return "\n".join(lines + ["---", "", "사설 본문입니다.", ""])


def page(project, path: str) -> str:
    """Return the HTML of one built page."""
    return (project.output / path / "index.html").read_text(encoding="utf-8")


def test_article_without_a_byline_shows_its_outlet_and_no_reporter(built):
    project, _ = built({
        "editorial.md": unsigned("사설 하나", "2024-03-01", source="한국일보"),
        "signed.md": article(title="기명 기사", reporter="김기자", date="2024-03-02"),
    })
    html = page(project, "2024/03/editorial")
    byline = re.search(r'<p class="byline">(.*?)</p>', html, re.S).group(1)
    assert byline.strip() == '<span class="outlet">한국일보</span>'
    assert 'rel="author"' not in html and "more-by" not in html and "article:author" not in html
    (block,) = parse(project.output / "2024/03/editorial/index.html").json_ld
    assert json.loads(block)["author"] == [{"@type": "Organization", "name": "한국일보"}]
    assert [r.name for r in (project.output / "reporters").iterdir() if r.is_dir()] == ["김기자"]


def test_article_without_byline_or_outlet_shows_neither(built):
    project, _ = built({"photo.md": unsigned("포토 뉴스", "2024-03-01")})
    html = page(project, "2024/03/photo")
    assert 'class="byline"' not in html
    (block,) = parse(project.output / "2024/03/photo/index.html").json_ld
    assert "author" not in json.loads(block)
    entry = re.search(r'<li class="entry">.*?</li>', page(project, ""), re.S).group(0)
    assert "·" not in entry  # no separator before a missing byline


def test_list_entry_of_an_unsigned_article_shows_the_outlet_once(built):
    project, _ = built({"editorial.md": unsigned("사설 하나", "2024-03-01", source="한국일보")})
    meta = re.search(r'<li class="entry">.*?<p class="meta">(.*?)</p>', page(project, ""), re.S).group(1)
    assert re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", meta)).strip() == "2024년 3월 1일 · 한국일보"


def test_feed_names_the_outlet_as_author_of_an_unsigned_article(built):
    project, _ = built({
        "editorial.md": unsigned("사설 하나", "2024-03-01", source="한국일보"),
        "photo.md": unsigned("포토 뉴스", "2024-03-02"),
        "signed.md": article(title="기명 기사", reporter="김기자", date="2024-03-03"),
    })
    feed = ET.parse(project.output / "feed.xml").getroot()
    authors = {e.find(A + "title").text: [a.find(A + "name").text for a in e.findall(A + "author")]
               for e in feed.findall(A + "entry")}
    assert authors == {"사설 하나": ["한국일보"], "포토 뉴스": [], "기명 기사": ["김기자"]}
    assert feed.find(A + "author/" + A + "name").text  # the feed's own author covers the entry without one


def test_archive_links_only_years_and_months_with_articles(built):
    project, _ = built({
        "a.md": article(title="첫 기사", date="2010-05-01"),
        "b.md": article(title="둘째 기사", date="2013-02-01"),
    })
    out = project.output
    years = sorted(p.name for p in out.iterdir() if p.name.isdigit())
    assert years == ["2010", "2013"]
    archive = out / "archive" / "index.html"
    links = [link for link in parse(archive).links if re.match(r"\.\./\d{4}/", link)]
    assert sorted(links) == ["../2010/05/index.html", "../2010/index.html",
                             "../2013/02/index.html", "../2013/index.html"]
    for link in parse(archive).links:
        if not re.match(r"[a-z]+:|#", link):
            assert (archive.parent / link.split("#")[0]).resolve().is_file(), link
    assert "2011" not in re.search(r"<tbody>.*</tbody>", archive.read_text(encoding="utf-8"), re.S).group(0)
