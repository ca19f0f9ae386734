"""Text dumps: English headlines among the stories a page links to beside its article (the next and the previous
story, a box of teasers set as questions and calls in Title Case), in small pages written for the test and dumped
the three ways people copy a page (lynx, w3m, a browser).

The kinds were read off the fresh pages' chrome with development articles put into it
(benchmarks/transplant_fresh_en.py, its tune hosts); every name and line here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import headline_lookalikes as lookalikes, noise
from archivist.importer.record import Line
from archivist.importer.text import extract_text
from dump_styles import dumps, paragraphs
from test_import_english_chrome import P, TITLE

TEASERS = ("Did the Harbour Board Quietly Sell the Old Pier to a Developer?",
           "Will the New Ferry Timetable Finally End the Morning Queues?",
           "Watch the Harbour Fireworks From the Best Seats in Town!",
           "Can the Island Ferries Survive Another Winter of Storms?",
           "Vote For the Best Seafood Restaurant on the Waterfront!",
           "Is the Lighthouse Museum Worth the Climb? We Found Out!")
NEXT = "Harbour authority plans a second ferry line to the islands"
PREVIOUS = "Council votes on new bus lanes downtown"
STYLES = ["lynx", "w3m", "inner"]


def harbour_page(aside: str, header: str) -> str:
    """Return a page: the site's menu, `aside`, then `header` and the article under its headline, a footer."""
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Harbour Times</title></head><body>"
            "<header><a href='/'>Harbour Times</a><nav><ul><li><a href='/news'>News</a></li>"
            f"<li><a href='/sport'>Sport</a></li></ul></nav></header>{aside}"
            f"<main>{header}<article><h1>{TITLE}</h1>{paragraphs(*P)}</article></main>"
            "<footer><p>© 2019 Harbour Times. All rights reserved.</p></footer></body></html>")


def stepping_page() -> str:
    """Return a page linking to the previous and the next story (label, then its title) above the byline, the
    headline printed below the byline and the share buttons."""
    steps = "".join(f"<li><div>{label}</div><div><a href='/s{n}'>{title}</a></div></li>"
                    for n, (label, title) in enumerate((("Previous Story", PREVIOUS), ("Next Story", NEXT))))
    return harbour_page("", f"<ul class=steps>{steps}</ul><ul class=tags><li>Ports</li><li>Transport</li></ul>"
                            "<p>By Jane Roe</p><p>on November 19, 2019 11:42 pm</p>"
                            "<p><a href='/share'>Share on Facebook</a></p>")


def teaser_box_page() -> str:
    """Return a page whose box of teasers (a heading, then titles set as questions and calls in Title Case, one a
    paragraph) stands between the menu and the headline, with no byline between them and the article."""
    box = "".join(f"<p><a href='/t{n}'>{title}</a></p>" for n, title in enumerate(TEASERS))
    return harbour_page(f"<aside><h3>Editor's Picks</h3>{box}</aside>", "")


@pytest.fixture(scope="module")
def page_dumps(browser):
    """Return the test pages dumped in the three styles, by name."""
    return {"steps": dumps(browser, stepping_page()), "teasers": dumps(browser, teaser_box_page())}


@pytest.mark.parametrize("style", STYLES)
def test_the_next_storys_title_is_no_headline(page_dumps, style):
    """The title under a `Next Story` label stands right above the byline and shares words with the lead; it is
    another story's title, so the headline below the byline is taken."""
    assert extract_text(page_dumps["steps"][style], f"steps-{style}.txt").title == TITLE


def test_a_pager_of_labels_alone_names_no_story():
    """Labels printed one under the other (`Older Article`, `Newer Article`) are a pager naming no story: the
    headline below them stays a candidate; a label's own title below it (across w3m's blank line) is no headline."""
    pager = [Line(n, text, None, False) for n, text in enumerate(("Older Article", "Newer Article", "", TITLE))]
    assert lookalikes.stepped_titles(pager, 0, len(pager)) == set()
    step = [Line(n, text, None, False) for n, text in enumerate(("• Next Story", "", NEXT, "Next story in the series"))]
    assert lookalikes.stepped_titles(step, 0, len(step)) == {2}


@pytest.mark.parametrize("style", STYLES)
def test_a_box_of_title_case_questions_is_no_running_text(page_dumps, style):
    """Teasers set as questions or calls in Title Case end like sentences but are titles: they are not taken into
    the article as its first short paragraphs, so neither its body nor its headline is a teaser."""
    record = extract_text(page_dumps["teasers"][style], f"teasers-{style}.txt")
    assert record.title == TITLE
    assert not any(teaser in record.body for teaser in TEASERS)


def test_a_sentence_with_capitals_stays_running_text():
    """A question in sentence case, or one holding a lower-case word besides the small ones, is running text."""
    assert all(not noise.is_prose(teaser) for teaser in TEASERS)
    assert noise.is_prose("Why did the harbour board sell the old pier to a developer?")
    assert noise.is_prose("Did the Harbour Board sell the Old Pier to a developer last year?")
    assert noise.is_prose("“We got her!” the officer shouted to the crowd outside!")
