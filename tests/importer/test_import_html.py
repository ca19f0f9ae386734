"""Saved HTML: metadata from JSON-LD and meta tags, a sanitised body, links and tables kept."""

from __future__ import annotations

from archivist.importer.html import extract_html

PARAS = [
    "The city council approved the new transit plan on Tuesday after a six-hour debate that ran late into the night.",
    "Under the plan, bus service will run every ten minutes on the busiest routes, and fares will stay the same for two years.",
    "Council members said the changes would take effect in the spring, once new drivers have been hired and trained.",
]

PAGE = f"""<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Council backs transit plan - The Daily Example</title>
<meta property="og:title" content="Council backs transit plan - The Daily Example">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://news.example.com/city/council-backs-transit-plan">
<meta name="keywords" content="transit, city council, buses">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Council backs transit plan", "datePublished": "2024-05-07T18:30:00-04:00",
 "author": [{{"@type": "Person", "name": "Jane Doe"}}, {{"@type": "Person", "name": "John Roe"}}]}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav>
<article>
<h1>Council backs transit plan</h1>
<p>{PARAS[0]}</p>
<h2>What changes</h2>
<p>{PARAS[1]} See the <a href="https://news.example.com/map">route map</a> and
<a href="javascript:alert(1)">this script link</a>.</p>
<table><tr><th>Route</th><th>Every</th></tr><tr><td>10</td><td>10 min</td></tr><tr><td>22</td><td>15 min</td></tr></table>
<p>{PARAS[2]}</p>
<script>alert("x")</script>
<p>Copyright © 2024 The Daily Example. All rights reserved.</p>
</article>
<footer><p>About us</p></footer>
</body></html>"""


def test_fields_from_json_ld_and_meta():
    """Headline, both authors, the date with its offset, the canonical URL and the outlet are read."""
    record = extract_html(PAGE, "page.html")
    assert record.title == "Council backs transit plan"
    assert record.reporters == ["Jane Doe", "John Roe"]
    assert record.date == "2024-05-07T18:30:00-04:00"
    assert record.url == "https://news.example.com/city/council-backs-transit-plan"
    assert record.source == "The Daily Example"
    assert record.keywords == ["transit", "city council", "buses"]


def test_body_keeps_headings_links_and_tables():
    """h2 becomes ##, http links stay links, a javascript: link loses its target, the table stays."""
    body = extract_html(PAGE, "page.html").body
    assert "## What changes" in body
    assert "[route map](https://news.example.com/map)" in body
    assert "this script link" in body and "javascript" not in body
    assert "| Route | Every |" in body and "| 22 | 15 min |" in body
    for paragraph in PARAS:
        assert paragraph[:40] in body


def test_body_drops_noise_and_scripts():
    """Scripts, navigation and the copyright line are not in the body; the copyright is accounted for."""
    record = extract_html(PAGE, "page.html")
    assert "alert" not in record.body
    assert "Home" not in record.body and "About us" not in record.body
    assert "Copyright" not in record.body
    assert any(d.reason == "copyright" for d in record.dropped)


def test_korean_page_bylines_and_date_from_text():
    """Without metadata, the byline under the headline and the `입력` date are read from the page."""
    body = "".join(f"<p>{p}</p>" for p in [
        "정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. 지원 대상은 설비 투자와 연구개발이다.",
        "기획재정부는 반도체 기업의 설비 투자에 대한 세액공제율을 최대 25%까지 높이기로 했다. 중소기업은 추가 공제를 받는다.",
        "업계는 이번 대책이 투자 확대로 이어질 것으로 기대한다고 말했다. 정부는 다음 달 세부 계획을 내놓는다.",
    ])
    page = (f"<html><head><title>반도체 지원 10조</title></head><body><h1>반도체 지원 10조</h1>"
            f"<div>홍길동 기자</div><div>hong@example.co.kr</div><div>입력 2024.03.28 05:00</div>"
            f"<article>{body}<p>ⓒ 예시일보, 무단전재 및 재배포 금지</p></article></body></html>")
    record = extract_html(page, "page.html")
    assert record.reporters == ["홍길동"]
    assert record.emails == ["hong@example.co.kr"]
    assert record.date == "2024-03-28T05:00:00+09:00"
    assert "무단전재" not in record.body


def test_entities_in_metadata_are_decoded():
    """A headline stored with HTML entities (even escaped twice) reads as plain text."""
    page = PAGE.replace('"headline": "Council backs transit plan"',
                        '"headline": "&amp;#8216;Council&#8217; backs&nbsp;transit &#163;1m plan"')
    assert extract_html(page, "page.html").title == "‘Council’ backs transit £1m plan"


def test_page_lines_left_out_are_accounted_for():
    """Navigation and footer text the extractor left out are listed as dropped."""
    record = extract_html(PAGE, "page.html")
    dropped = {d.text: d.reason for d in record.dropped}
    assert dropped["About us"] == "outside the article"
    assert "Home" in dropped
    assert not any(PARAS[0][:30] in d.text for d in record.dropped)


def test_date_from_markup_when_metadata_has_none():
    """Without JSON-LD or meta dates, the page's <time> element gives the day (via htmldate)."""
    page = PAGE.replace('"datePublished": "2024-05-07T18:30:00-04:00",', "").replace(
        "<h1>Council backs transit plan</h1>", '<h1>Council backs transit plan</h1><time datetime="2024-05-06">May 6</time>')
    assert extract_html(page, "page.html").date == "2024-05-06"


def test_no_date_anywhere_stays_empty():
    """A page that names no date gets none: a date is never invented."""
    page = PAGE.replace('"datePublished": "2024-05-07T18:30:00-04:00",', "")
    assert extract_html(page, "page.html").date == ""


def test_organisation_author_is_not_a_reporter():
    """A JSON-LD author that is an Organization (the publisher) is not taken as a reporter."""
    page = PAGE.replace('{"@type": "Person", "name": "John Roe"}', '{"@type": "Organization", "name": "The Daily Example"}')
    assert extract_html(page, "page.html").reporters == ["Jane Doe"]
