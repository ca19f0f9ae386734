"""The site model: facets, pagination, previous/next, related, drafts, collisions."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from archivist.config import Config
from archivist.load import Parser
from archivist.sources import find_sources
from archivist.site import build_site, paginate

from .conftest import NOW, article


def model(make_project, files, config=None, drafts=False):
    """Return (site, errors) for content files."""
    project = make_project(files, config)
    sources, errors = find_sources(project.content)
    parser = Parser(project.config)
    articles = [parser.parse(s.shown, s.path.read_bytes()).article for s in sources]
    assert errors == []
    return build_site(articles, project.config, NOW, drafts)


def test_tags_differing_in_case_spacing_or_normalisation_are_one_tag(make_project):
    nfd = unicodedata.normalize("NFD", "인재")
    site, _ = model(make_project, {
        "a.md": article(date="2024-01-01", tags="[AI, 인재]"),
        "b.md": article(date="2024-01-02", tags=f"[ai, {nfd}]"),
        "c.md": article(date="2024-01-03", tags="[AI]"),
    })
    names = {t.name: (t.count, t.slug) for t in site.tags}
    assert names == {"AI": (3, "ai"), "인재": (2, "인재")}


def test_different_tags_whose_slugs_collide_get_distinct_pages(make_project):
    site, _ = model(make_project, {
        "a.md": article(date="2024-01-01", tags="[C, C++]"),
        "b.md": article(date="2024-01-02", tags='["C#"]'),
    })
    paths = sorted(t.path for t in site.tags)
    assert len(set(paths)) == 3 and "tags/c/" in paths


def test_reporters_lists_and_facets(make_project):
    site, _ = model(make_project, {
        "a.md": article(date="2024-01-01", reporter="[김인엽, Jane Doe]"),
        "b.md": article(date="2024-02-01", reporter="김인엽"),
    })
    assert [(r.name, r.count) for r in site.reporters] == [("김인엽", 2), ("Jane Doe", 1)]
    assert site.reporters[1].path == "reporters/jane-doe/"


def test_years_and_months_in_site_timezone(make_project):
    site, _ = model(make_project, {
        "a.md": article(date="2023-12-31T20:00:00Z"),  # 2024-01-01 05:00 in Seoul
        "b.md": article(date="2024-03-01"),
    })
    assert [y.key for y in site.years] == ["2024"]
    assert [(m.key, m.count) for m in site.months] == [("2024/03", 1), ("2024/01", 1)]
    assert site.months_of(site.years[0]) == site.months


def test_newest_first_and_previous_next(make_project):
    site, _ = model(make_project, {f"a{i}.md": article(date=f"2024-01-0{i}") for i in range(1, 4)})
    paths = [a.path for a in site.articles]
    assert paths == ["2024/01/a3/", "2024/01/a2/", "2024/01/a1/"]
    assert site.newer["2024/01/a2/"].path == "2024/01/a3/"
    assert site.older["2024/01/a2/"].path == "2024/01/a1/"
    assert "2024/01/a3/" not in site.newer and "2024/01/a1/" not in site.older


def test_related_prefers_most_shared_tags_then_nearest_date(make_project):
    site, _ = model(make_project, {
        "me.md": article(date="2024-06-01", tags="[a, b, c]"),
        "two_far.md": article(date="2020-01-01", tags="[a, b]"),
        "one_near.md": article(date="2024-06-02", tags="[a]"),
        "one_far.md": article(date="2019-01-01", tags="[c]"),
        "none.md": article(date="2024-06-03", tags="[z]"),
        "three.md": article(date="2010-01-01", tags="[c, b, a, d]"),
    })
    related = [a.slug for a in site.related["2024/06/me/"]]
    assert related == ["three", "two_far", "one_near", "one_far"]


def test_related_is_capped_by_config(make_project):
    files = {f"a{i}.md": article(date=f"2024-01-{i:02d}", tags="[x]") for i in range(1, 12)}
    site, _ = model(make_project, files, Config(related_count=5))
    assert all(len(r) == 5 for r in site.related.values())


def test_pagination_paths_and_links():
    pages = paginate("tags/ai/", list(range(45)), 20)
    assert [p.path for p in pages] == ["tags/ai/", "tags/ai/page/2/", "tags/ai/page/3/"]
    assert [len(p.articles) for p in pages] == [20, 20, 5]
    assert pages[0].newer_path is None and pages[0].older_path == "tags/ai/page/2/"
    assert pages[2].newer_path == "tags/ai/page/2/" and pages[2].older_path is None
    assert paginate("", [], 20)[0].total == 1


def test_drafts_and_future_articles_are_left_out_unless_asked(make_project):
    future = (NOW + timedelta(days=1)).date().isoformat()
    files = {"d.md": article(date="2024-01-01", draft="true"), "f.md": article(date=future),
             "p.md": article(date="2024-01-02")}
    site, _ = model(make_project, files)
    assert [a.slug for a in site.articles] == ["p"]
    site, _ = model(make_project, {}, drafts=True)
    assert sorted(a.slug for a in site.articles) == ["d", "f", "p"]


def test_two_articles_with_one_page_path_is_an_error(make_project):
    site, errors = model(make_project, {
        "2024/a.md": article(date="2024-01-01", slug="same"),
        "2024/b.md": article(date="2024-01-20", slug="same"),
    })
    assert [str(e).split(": ", 1)[1] for e in errors] == [
        f"slug: 'same' gives the page 2024/01/same/ that {site.articles[0].source_path.replace('b.md', 'a.md')} already has (set a different 'slug:')"
    ]


def test_nfd_file_names_give_nfc_paths(make_project):
    name = unicodedata.normalize("NFD", "인공지능") + ".md"
    site, _ = model(make_project, {name: article(date="2024-01-01")})
    assert site.articles[0].path == "2024/01/인공지능/"
