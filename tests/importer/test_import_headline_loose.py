"""Text dumps: an English line that shares next to no word with the article's lead and that nothing on the page backs
as its headline (no byline or date in a header below it, no second copy, no breadcrumb ending on it), or a pull quote
printed once where the headline would stand, is refused with a request for --title, never written as a junk title; a
headline the page's layout backs stays. Small pages written for the test, dumped the three ways people copy a page
(lynx, w3m, a browser); every name and line here is made up."""

from __future__ import annotations

import pytest

from archivist.importer import headline_support as support
from archivist.importer.record import Line
from archivist.importer.text import extract_text
from dump_styles import dumps, paragraphs
from test_import_english_chrome import MENU, P

TAGLINE = "Your weekly guide to the city's parks and markets"  # shares one word (`city`) with the lead
PULL_QUOTE = "“We would rather lose a season than take a risk with the piers.”"
HEADLINE = "The Ferry Comes Home"  # a headline sharing one word with the lead, backed by the byline below it
STYLES = ["lynx", "w3m", "inner"]
NONE = dict.fromkeys(("above_byline", "over_byline", "repeated", "trail_end"), 0.0)  # no layout backs the line


def page(header: str) -> str:
    """Return a page: the site's name, its tagline, a menu, then the header given and the article."""
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Harbour Times</title></head><body>"
            f"<header><a href='/'>Harbour Times</a><p>{TAGLINE}</p></header><nav>{MENU}</nav>"
            f"<main><article>{header}{paragraphs(*P)}</article></main>"
            "<footer><p>© 2019 Harbour Times. All rights reserved.</p></footer></body></html>")


@pytest.fixture(scope="module")
def page_dumps(browser):
    """Return the page without a printed headline, the page with a bylined headline and the page with a pull quote
    where its headline would stand, dumped in the three styles."""
    return dumps(browser, page("")), dumps(browser, page(f"<h1>{HEADLINE}</h1><p>By Ann Weaver</p>")), \
        dumps(browser, page(f"<blockquote>{PULL_QUOTE}</blockquote><p>By Ann Weaver</p>"))


@pytest.mark.parametrize("style", STYLES)
def test_a_tagline_loose_from_the_lead_is_refused(page_dumps, style):
    """With no headline printed, the site's tagline above the menu shares one word with the lead and has no byline,
    date or copy beside it: the import asks for --title and names the line."""
    record = extract_text(page_dumps[0][style], f"loose-{style}.txt")
    assert record.title == ""
    assert any("shares next to no word" in doubt and TAGLINE in doubt for doubt in record.doubts)


@pytest.mark.parametrize("style", STYLES)
def test_a_bylined_headline_loose_from_the_lead_stays(page_dumps, style):
    """A headline sharing one word with the lead is kept when its byline stands right below it."""
    assert extract_text(page_dumps[1][style], f"bylined-{style}.txt").title == HEADLINE


@pytest.mark.parametrize("style", STYLES)
def test_a_pull_quote_where_the_headline_would_stand_is_refused(page_dumps, style):
    """Someone's words quoted whole above the byline, the headline missing: the quote shares words with the lead but
    is no headline, so the import asks for --title and names the line."""
    record = extract_text(page_dumps[2][style], f"quote-{style}.txt")
    assert record.title == ""
    assert any("quoted words" in doubt and PULL_QUOTE in doubt for doubt in record.doubts)


def test_a_quote_naming_its_speaker_or_printed_twice_is_no_pull_quote():
    """Only a line that is one quotation whole and printed once is a pull quote."""
    once, twice = NONE, {**NONE, "repeated": 1.0}
    assert support.pull_quote(PULL_QUOTE, once) and support.pull_quote("'Rates will not rise'", once)
    assert not support.pull_quote(PULL_QUOTE, twice)
    assert not support.pull_quote("“We would rather lose a season,” port chief says", once)
    assert not support.pull_quote("Port chief: “We would rather lose a season”", once)


def lines_of(*texts: str) -> list[Line]:
    """Return dump lines of the texts, without kinds."""
    return [Line(n, text, None, False) for n, text in enumerate(texts)]


def test_a_line_close_above_the_article_or_backed_by_the_layout_is_not_loose():
    """A line with at most NEAR_LINES lines between it and the article, or one a byline, a copy or a breadcrumb
    backs, is not loose; neither is one sharing more than LOOSE_WORDS words with the lead."""
    lines = lines_of(TAGLINE, "News", "Business", "Sport", P[0])
    first = len(lines) - 1
    assert support.loose(lines, 0, first, NONE, 1)
    assert not support.loose(lines, 0, first, NONE, support.LOOSE_WORDS + 1)
    assert not support.loose(lines, first - support.NEAR_LINES - 1, first, NONE, 0)
    for name in NONE:
        assert not support.loose(lines, 0, first, {**NONE, name: 1.0}, 0)
