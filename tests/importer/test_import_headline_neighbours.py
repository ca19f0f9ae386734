"""Text dumps: English headlines among the stories a page links to beside its article (the next and the previous
story), in small pages written for the test and dumped the three ways people copy a page (lynx, w3m, a browser).

The kinds were read off the fresh pages' chrome with development articles put into it
(benchmarks/transplant_fresh_en.py, its tune hosts); every name and line here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import headline_lookalikes as lookalikes
from archivist.importer.record import Line
from archivist.importer.text import extract_text
from dump_styles import dumps

TITLE = "Harbour ferry service to resume after winter repairs"
P = ("The city's harbour ferry will carry passengers again from Monday, after three months of repairs to its two piers "
     "and the replacement of the boarding ramps, the port authority said on Tuesday.",
     "Engineers found cracks in the older pier during an inspection in November, and the service was halted while "
     "divers checked the foundations and the ramps were rebuilt.",
     "“We would rather lose a season than take a risk with the piers,” said Maria Lopez, who runs the port "
     "authority's maintenance team.",
     "The first boat leaves at 6:30 a.m., and timetables will be posted at both terminals and on the city's website "
     "this week.")
NEXT = "Harbour authority plans a second ferry line to the islands"
PREVIOUS = "Council votes on new bus lanes downtown"


def stepping_page() -> str:
    """Return a page whose header links to the previous and the next story (label, then its title) above the byline,
    the headline printed below the byline and the share buttons."""
    steps = "".join(f"<li><div>{label}</div><div><a href='/s{n}'>{title}</a></div></li>"
                    for n, (label, title) in enumerate((("Previous Story", PREVIOUS), ("Next Story", NEXT))))
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Harbour Times</title></head><body>"
            "<header><a href='/'>Harbour Times</a><nav><ul><li><a href='/news'>News</a></li>"
            "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
            f"<main><ul class=steps>{steps}</ul><ul class=tags><li>Ports</li><li>Transport</li></ul>"
            "<p>By Jane Roe</p><p>on November 19, 2019 11:42 pm</p><p><a href='/share'>Share on Facebook</a></p>"
            f"<article><h1>{TITLE}</h1>" + "".join(f"<p>{text}</p>" for text in P) + "</article></main>"
            "<footer><p>© 2019 Harbour Times. All rights reserved.</p></footer></body></html>")


@pytest.fixture(scope="module")
def stepping_dumps(browser):
    """Return the stepping page dumped in the three styles."""
    return dumps(browser, stepping_page())


@pytest.mark.parametrize("style", ["lynx", "w3m", "inner"])
def test_the_next_storys_title_is_no_headline(stepping_dumps, style):
    """The title under a `Next Story` label stands right above the byline and shares words with the lead; it is
    another story's title, so the headline below the byline is taken."""
    record = extract_text(stepping_dumps[style], f"steps-{style}.txt")
    assert record.title == TITLE


def test_a_pager_of_labels_alone_names_no_story():
    """Labels printed one under the other (`Older Article`, `Newer Article`) are a pager naming no story: the
    headline below them stays a candidate; a label's own title below it (across w3m's blank line) is no headline."""
    pager = [Line(n, text, None, False) for n, text in enumerate(("Older Article", "Newer Article", "", TITLE))]
    assert lookalikes.stepped_titles(pager, 0, len(pager)) == set()
    step = [Line(n, text, None, False) for n, text in enumerate(("• Next Story", "", NEXT, "Next story in the series"))]
    assert lookalikes.stepped_titles(step, 0, len(step)) == {2}
