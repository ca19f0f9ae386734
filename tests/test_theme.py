"""The reading theme's model and markup: more from the reporter, date ranges, the timeline chart, page keys."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from archivist.chart import nice_ceiling, timeline_rows, timeline_svg
from archivist.i18n import text
from archivist.pages import links_of, page_specs
from archivist.site import MORE_BY_REPORTER

from .conftest import article
from .test_site import model

SVG = "{http://www.w3.org/2000/svg}"


def reporter_files(count: int, reporter: str = "김기자") -> dict[str, str]:
    """Return count articles by one reporter, a day apart from 2024-01-01."""
    return {f"a{i:02d}.md": article(title=f"기사 {i}", reporter=reporter, date=f"2024-01-{i + 1:02d}")
            for i in range(count)}


def test_english_counts_say_article_for_one_and_korean_counts_do_not_change():
    assert [text("en", "articles", n=n) for n in ("1", "2", "0", "1,001")] == [
        "1 article", "2 articles", "0 articles", "1,001 articles"]
    assert [text("ko", "articles", n=n) for n in ("1", "2")] == ["기사 1건", "기사 2건"]


def test_more_from_the_reporter_is_their_nearest_articles_in_time_newest_first(make_project):
    files = reporter_files(12)
    files["other.md"] = article(title="남의 기사", reporter="박기자", date="2024-01-05")
    site, _ = model(make_project, files)
    by_title = {a.title: a for a in site.articles}
    middle = site.more_by[by_title["기사 6"].path]
    assert [a.title for a in middle] == ["기사 8", "기사 7", "기사 5", "기사 4"]
    newest = site.more_by[by_title["기사 11"].path]
    assert [a.title for a in newest] == ["기사 10", "기사 9", "기사 8", "기사 7"]
    assert site.more_by[by_title["남의 기사"].path] == ()
    assert all(len(found) <= MORE_BY_REPORTER for found in site.more_by.values())


def test_more_from_two_reporters_merges_without_repeats(make_project):
    site, _ = model(make_project, {
        "a.md": article(title="둘이 쓴 기사", reporter="[김기자, 박기자]", date="2024-01-10"),
        "b.md": article(title="김", reporter="김기자", date="2024-01-09"),
        "c.md": article(title="박", reporter="박기자", date="2024-01-11"),
        "d.md": article(title="함께", reporter="[김기자, 박기자]", date="2024-01-01"),
    })
    shared = next(a for a in site.articles if a.title == "둘이 쓴 기사")
    assert [a.title for a in site.more_by[shared.path]] == ["박", "김", "함께"]


def test_timeline_counts_every_month_between_first_and_last(make_project):
    site, _ = model(make_project, {
        "a.md": article(date="2023-11-03"), "b.md": article(date="2023-11-20", title="b"),
        "c.md": article(date="2024-02-01", title="c"),
    })
    assert site.timeline == (("2023/11", 2), ("2023/12", 0), ("2024/01", 0), ("2024/02", 1))


def test_facets_know_their_first_and_last_dates(make_project):
    site, _ = model(make_project, reporter_files(3))
    (reporter,) = site.reporters
    assert (reporter.first.day, reporter.last.day) == (1, 3)


def test_timeline_svg_is_an_image_with_a_title_a_description_and_a_bar_per_month():
    counts = [("2023/11", 2), ("2023/12", 0), ("2024/01", 5), ("2024/02", 1)]
    svg = ET.fromstring(str(timeline_svg(counts, "ko")))
    assert svg.get("role") == "img" and svg.get("aria-labelledby") == "timeline-title timeline-desc"
    assert svg.find(SVG + "title").text == "월별 기사 수"
    desc = svg.find(SVG + "desc").text
    assert "2023년 11월부터 2024년 2월까지 기사 8건" in desc and "2024년 1월(5건)" in desc
    bars = svg.findall(SVG + "rect")
    assert [bar.find(SVG + "title").text for bar in bars] == ["2023년 11월: 기사 2건", "2024년 1월: 기사 5건",
                                                              "2024년 2월: 기사 1건"]
    heights = [float(bar.get("height")) for bar in bars]
    assert heights[1] == max(heights) and abs(heights[0] / heights[1] - 2 / 5) < 0.01
    assert [t.text for t in svg.findall(SVG + "text") if t.text.endswith("년")] == ["2023년", "2024년"]


def test_timeline_svg_escapes_and_is_empty_without_articles():
    assert str(timeline_svg([], "en")) == ""
    english = str(timeline_svg([("2024/03", 3)], "en"))
    assert "<title>March 2024: 3 articles</title>" in english and "<script" not in english


def test_nice_ceiling_and_table_rows():
    assert [nice_ceiling(n) for n in (0, 1, 3, 7, 10, 11, 48, 120)] == [1, 1, 5, 10, 10, 20, 50, 200]
    rows = timeline_rows([("2023/12", 4), ("2024/01", 2), ("2024/02", 0)])
    assert [(year, total) for year, _, total in rows] == [("2024", 2), ("2023", 4)]
    assert rows[0][1][:3] == [("2024/01", 2), ("2024/02", 0), ("2024/03", 0)] and len(rows[1][1]) == 12


def test_article_key_changes_when_a_nearby_article_by_the_reporter_is_retitled(make_project):
    files = reporter_files(12)
    site, _ = model(make_project, files)
    target = next(a for a in site.articles if a.title == "기사 3")
    before = links_of(site, target)
    far = links_of(site, next(a for a in site.articles if a.title == "기사 11"))
    files["a04.md"] = article(title="고친 제목", reporter="김기자", date="2024-01-05")
    site, _ = model(make_project, files)
    after = links_of(site, next(a for a in site.articles if a.title == "기사 3"))
    assert "고친 제목" in [link.title for link in after.more] and after.key != before.key
    assert links_of(site, next(a for a in site.articles if a.title == "기사 11")).more == far.more  # 기사 4 is not near


def test_index_pages_key_their_date_ranges(make_project):
    site, _ = model(make_project, reporter_files(3))
    keys = {spec.path: spec.key for spec in page_specs(site, "base", {a.path: links_of(site, a) for a in site.articles})}
    files = reporter_files(3)
    files["a00.md"] = article(title="기사 0", reporter="김기자", date="2023-12-31")
    site, _ = model(make_project, files)
    moved = {spec.path: spec.key for spec in page_specs(site, "base", {a.path: links_of(site, a) for a in site.articles})}
    assert moved["reporters/index.html"] != keys["reporters/index.html"]
    assert moved["archive/index.html"] != keys["archive/index.html"]


def test_pages_show_deck_more_from_reporter_ranges_and_chart(built):
    files = reporter_files(3)
    files["a01.md"] = article(title="기사 1", reporter="김기자", date="2024-01-02", summary="한 줄 요약입니다.")
    project, _ = built(files)
    out = project.output
    with_deck = (out / "2024/01/a01/index.html").read_text(encoding="utf-8")
    assert '<p class="deck">한 줄 요약입니다.</p>' in with_deck
    assert '<p class="deck">' not in (out / "2024/01/a00/index.html").read_text(encoding="utf-8")
    assert re.search(r'<h2 id="more-title">김기자 기자의 다른 기사</h2>\s*<ul class="cards">\s*<li><a href="../../../2024/01/a02/', with_deck)
    reporters = (out / "reporters/index.html").read_text(encoding="utf-8")
    assert "기사 3건" in reporters and '<time datetime="2024-01-01">2024. 1. 1.</time> – <time datetime="2024-01-03">' in reporters
    archive = (out / "archive/index.html").read_text(encoding="utf-8")
    assert '<svg class="timeline" role="img"' in archive and '<table class="timeline-table">' in archive
    assert '<a href="../2024/01/index.html">3</a>' in archive
