"""Fragments (list entries, cards, the site header): rendered once per item and language, the same as rendered in place."""

from __future__ import annotations

from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from archivist.errors import ContentError
from archivist.render import FragmentPage, PageContext, environment

from .conftest import REPO

SITE = SimpleNamespace(config=SimpleNamespace(title="아카이브"))
ITEM = SimpleNamespace(path="2024/03/인재-전쟁/", title="AI <인재> 전쟁", date=datetime(2024, 3, 5, tzinfo=timezone.utc))
CARD = '<a href="{{ page.url(item.path) }}">{{ item.title }}</a> {{ page.date(item.date) }} {{ page.t("feed") }}'
# Fragment templates that do not show a link as page.url gave it: rendered per depth.
CHANGED_LINKS = {
    "cut": '<a href="{{ page.url(item.path)[:5] }}">{{ item.title }}</a>',
    "length": "{{ page.url(item.path)|length }} {{ page.url(item.path) }}",
    "unused": "{% set link = page.url(item.path) %}{{ item.title }}",
}
PATHS = ["", "page/2/", "tags/ai/", "tags/ai/page/3/", "2024/", "2024/03/", "2024/03/slug/", "search/", "404.html"]


@pytest.fixture
def env(tmp_path):
    (tmp_path / "_card.html").write_text(CARD, encoding="utf-8")
    (tmp_path / "page.html").write_text('{{ fragment("_card.html", page, item=item) }}|' + CARD, encoding="utf-8")
    for name, template in CHANGED_LINKS.items():
        (tmp_path / f"_{name}.html").write_text(template, encoding="utf-8")
        (tmp_path / f"{name}.html").write_text(f'{{{{ fragment("_{name}.html", page, item=item) }}}}|' + template,
                                               encoding="utf-8")
    (tmp_path / "_bad.html").write_text("{{ page.kind }}", encoding="utf-8")
    (tmp_path / "bad.html").write_text('{{ fragment("_bad.html", page, item=item) }}', encoding="utf-8")
    return environment(tmp_path)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("root", ["", "/archive/"])
def test_a_fragment_renders_as_the_same_template_in_place(env, lang, root):
    for path in PATHS:
        page = PageContext(SITE, path, lang, "t", root=root)
        reused, in_place = env.get_template("page.html").render(page=page, site=SITE, item=ITEM).split("|")
        assert reused == in_place, path
        assert "&lt;인재&gt;" in reused


def test_one_render_serves_every_depth_of_a_language(env):
    fragments = env.globals["fragment"]
    shown = {path: fragments("_card.html", PageContext(SITE, path, "ko", "t"), item=ITEM) for path in PATHS}
    assert len(fragments.done) == 1
    assert shown["tags/ai/page/3/"].startswith('<a href="../../../../2024/03/')
    fragments("_card.html", PageContext(SITE, "2024/03/", "en", "t"), item=ITEM)
    assert len(fragments.done) == 2
    for path in ("", "tags/ai/", "tags/cloud/"):  # a site root (404 pages): one render per root and depth
        fragments("_card.html", PageContext(SITE, path, "ko", "t", root="/archive/"), item=ITEM)
    assert len(fragments.done) == 4


@pytest.mark.parametrize("name", sorted(CHANGED_LINKS))
def test_a_fragment_that_changes_its_links_is_rendered_per_depth(env, name):
    for path in PATHS:
        page = PageContext(SITE, path, "ko", "t")
        reused, in_place = env.get_template(f"{name}.html").render(page=page, site=SITE, item=ITEM).split("|")
        assert reused == in_place, path
    assert env.globals["fragment"].per_depth == {f"_{name}.html"}


def test_a_fragment_cannot_read_what_differs_between_pages(env):
    assert not hasattr(FragmentPage("ko", "../"), "kind")
    with pytest.raises(ContentError) as error:
        env.get_template("bad.html").render(page=PageContext(SITE, "tags/ai/", "ko", "t"), site=SITE, item=ITEM)
    assert str(error.value).startswith("templates/_bad.html") and "kind" in str(error.value)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_site_header_is_a_fragment_with_the_current_section_marked(lang):
    env = environment(REPO / "templates")
    fragments = env.globals["fragment"]
    in_place = env.get_template("_header.html")
    for kind, current in [("home", ""), ("tags", "tags/"), ("reporters", "reporters/"), ("archive", "archive/"),
                          ("article", None), ("search", None)]:
        for path in PATHS:
            page = PageContext(SITE, path, lang, "t", kind=kind)
            shown = fragments("_header.html", page, section=kind)
            assert shown == in_place.render(page=page, site=SITE, config=SITE.config, section=kind), (kind, path)
            marked = [part.rsplit('href="', 1)[1].split('"')[0] for part in shown.split(' aria-current="page"')[:-1]]
            assert marked == ([] if current is None else [page.url(current)]), (kind, path)
    assert fragments.per_depth == set()
    assert len(fragments.done) == 6  # one render per kind serves every depth
