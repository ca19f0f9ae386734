"""Rendered pages: the golden site, links that resolve from disk, metadata, safety."""

from __future__ import annotations

import filecmp
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from archivist.writer import MARKER

from .golden_site import HERE, build_golden, split_static, static_differences


class Links(HTMLParser):
    """Collect href/src values and JSON-LD blocks of a page."""

    def __init__(self):
        super().__init__()
        self.links, self.json_ld, self._in_ld = [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if name in attrs and not (tag == "link" and attrs.get("rel") == "canonical"):
                self.links.append(attrs[name])
        self._in_ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(data)

    def handle_endtag(self, tag):
        self._in_ld = False


def parse(path: Path) -> Links:
    """Return the links of one HTML file."""
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def compare_dirs(left: Path, right: Path) -> list[str]:
    """Return the relative paths that differ between two folders (missing, extra or changed)."""
    differences = []
    cmp = filecmp.dircmp(left, right)
    stack = [(cmp, Path())]
    while stack:
        current, prefix = stack.pop()
        differences += [str(prefix / n) for n in current.left_only + current.right_only if n != MARKER]
        _, mismatch, errors = filecmp.cmpfiles(current.left, current.right, current.common_files, shallow=False)
        differences += [str(prefix / n) for n in mismatch + errors]
        stack += [(sub, prefix / name) for name, sub in current.subdirs.items()]
    return sorted(differences)


def test_golden_site_matches_byte_for_byte(tmp_path):
    build_golden(tmp_path / "out")
    manifest = split_static(tmp_path / "out")
    differences = compare_dirs(tmp_path / "out", HERE / "expected") + static_differences(manifest)
    assert differences == [], (
        "rendered site differs from tests/golden/expected (static/ from tests/golden/static.sha256); "
        "if intended, run `python -m tests.golden_site --regenerate` and review the diff"
    )


def test_golden_static_files_are_compared_by_their_hashes(tmp_path):
    build_golden(tmp_path / "out")
    manifest = split_static(tmp_path / "out")
    assert not (tmp_path / "out/static").exists() and static_differences(manifest) == []
    lines = manifest.splitlines(keepends=True)
    changed = lines[0].replace(lines[0][0], "x" if lines[0][0] != "x" else "y", 1)
    assert static_differences("".join([changed] + lines[1:])) == [lines[0].split("  ")[1].strip()]
    assert static_differences("".join(lines[:-1])) == [lines[-1].split("  ")[1].strip()]
    extra = "0" * 64 + "  static/new.js\n"
    assert static_differences(manifest + extra) == ["static/new.js"]


def test_every_internal_link_resolves_from_disk(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    pages = list(out.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        if page.name == "404.html":
            continue  # served at any depth, so it links from the site root (tested below)
        for link in parse(page).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("#"):
                continue
            assert not link.startswith("/"), f"{page}: root-relative link {link} breaks under a subpath"
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page.relative_to(out)}: {link} does not resolve"
            assert target.is_relative_to(out.resolve())


def test_404_works_at_any_depth_under_the_subpath(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    links = [link for link in parse(out / "404.html").links if not link.startswith(("#", "data:"))]
    assert links
    for link in links:
        assert link.startswith("/archive/"), link
        assert (out / unquote(link).removeprefix("/archive/")).is_file(), link


def article_html(out: Path, path: str) -> str:
    """Return an article page's HTML."""
    return (out / path / "index.html").read_text(encoding="utf-8")


def test_article_page_has_metadata_json_ld_and_korean_date(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    html = article_html(out, "2025/01/반도체-수출")
    (block,) = parse(out / "2025/01/반도체-수출/index.html").json_ld
    data = json.loads(block)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "반도체 수출 14개월 연속 증가…</script><script>alert(1)</script>"
    assert data["datePublished"] == "2025-01-20T10:00:00+09:00"
    assert data["author"] == [{"@type": "Person", "name": "박서연"}]
    assert data["keywords"] == ["반도체", "AI", "수출", "C"] and data["inLanguage"] == "ko"
    assert "</script><script>alert(1)" not in html
    assert '<link rel="canonical" href="https://example.github.io/archive/2025/01/' in html
    assert '<meta property="article:published_time" content="2025-01-20T10:00:00+09:00">' in html
    assert "2025년 1월 20일" in html
    assert '<h2 id="메모리-가격-반등">메모리 가격 반등</h2>' in html


def test_english_article_is_in_english_with_its_reporters_linked(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    html = article_html(out, "2025/01/chip-exports")
    assert '<html lang="en">' in html
    assert "January 15, 2025" in html and "1 min read" in html
    assert 'href="../../../reporters/jane-doe/index.html">Jane Doe</a>' in html
    assert '<span class="k">def</span>' in html and "<table>" in html and 'class="footnote"' in html


def test_hostile_html_in_a_body_is_removed(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    html = article_html(out, "2025/01/chip-exports")
    body = html.split('<div class="article-body">', 1)[1]
    assert "<script" not in body and "alert" not in body.split("</div>")[0].replace("not in my archive", "")
    assert "onerror" not in html and "javascript:" not in html


def test_previous_next_and_related_links(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    html = article_html(out, "2025/01/chip-exports")
    assert re.search(r'class="newer" rel="next" href="\.\./\.\./\.\./2025/01/%EB%B0%98', html)
    assert re.search(r'class="older" rel="prev" href="\.\./\.\./\.\./2024/03/ai-engineer-talent-war/', html)
    related = html.split('class="related"', 1)[1]
    assert related.index("반도체 수출") < related.index("AI 엔지니어")


def test_drafts_are_not_built(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    assert not (out / "2025/01/draft").exists()
    assert "초안" not in (out / "index.html").read_text(encoding="utf-8")


def test_pygments_stylesheet_has_light_and_dark(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    css = (out / "static/pygments.css").read_text()
    assert ".highlight .k" in css and "@media (prefers-color-scheme: dark)" in css


def test_listing_pages_paginate_and_link_back(tmp_path):
    out = tmp_path / "out"
    build_golden(out)
    home = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="page/2/index.html"' in home
    second = (out / "page/2/index.html").read_text(encoding="utf-8")
    assert 'href="../../index.html"' in second and "AI 엔지니어" in second
    tags = (out / "tags/index.html").read_text(encoding="utf-8")
    assert re.search(r'>반도체</a>\s*<span class="facet-meta"><span class="count">기사 2건</span>', tags)
    assert (out / "tags/c/index.html").exists() and len(list((out / "tags").glob("c-*"))) == 1


def test_template_output_is_escaped_by_archivist_as_markupsafe_would(tmp_path):
    """Values written by `{{ }}` go through escape_output (a str stays a str), blocks and macros still give Markup."""
    from markupsafe import Markup, escape

    from archivist.render import environment, escape_output

    (tmp_path / "page.html").write_text(
        "{% macro m(x) %}<i>{{ x }}</i>{% endmacro %}{% set kept %}<b>{{ text }}</b>{% endset %}"
        "{{ text }}|{{ number }}|{{ safe }}|{{ m(text) }}|{{ kept }}", encoding="utf-8")
    env = environment(tmp_path, compiled=tmp_path / "compiled")
    assert "environment.escape_output(" in env.compile(env.loader.get_source(env, "page.html")[0], raw=True)
    text = "<script>alert('x') & \"y\"</script> 한국어"
    values = dict(text=text, number=3, safe=Markup("<em>ok</em>"))
    expected = f"{escape(text)}|3|<em>ok</em>|<i>{escape(text)}</i>|<b>{escape(text)}</b>"
    assert env.get_template("page.html").render(values) == expected
    # Compiled again from the bytecode cache, by a new environment: the same.
    assert environment(tmp_path, compiled=tmp_path / "compiled").get_template("page.html").render(values) == expected
    assert type(escape_output(text)) is str and escape_output(text) == str(escape(text))
    assert escape_output(Markup("<b>")) == "<b>" and escape_output(None) == "None"
