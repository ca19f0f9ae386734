"""Text dumps: an English headline the page does not back (far above the article, no byline, date or second copy
beside it, barely ahead of the next candidate) is refused with a request for --title, never written as a junk
title. Small pages written for the test, dumped the three ways people copy a page (lynx, w3m, a browser); every
name and line here is made up."""

from __future__ import annotations

import pytest

from archivist.errors import ContentError
from archivist.importer import headline_support as support, noise
from archivist.importer.extract import check
from archivist.importer.record import ImportedArticle, Line
from archivist.importer.text import extract_text
from dump_styles import dumps, paragraphs
from test_import_english_chrome import P

TEASERS = ("Island passengers face higher ferry fares from the spring",
           "Divers check the old pier before the summer season")
SECTIONS = ("News", "Business", "Sport", "Opinion", "Culture", "Travel", "Weather", "Tides", "Events", "Letters",
            "Obituaries", "Puzzles")
STYLES = ["lynx", "w3m", "inner"]


def teasers_over_menu_page() -> str:
    """Return a page without a printed headline: two teasers at the top, a long menu, then the article."""
    teasers = "".join(f"<p><a href='/t{n}'>{title}</a></p>" for n, title in enumerate(TEASERS))
    menu = "<ul>" + "".join(f"<li><a href='/{name.lower()}'>{name}</a></li>" for name in SECTIONS) + "</ul>"
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Harbour Times</title></head><body>"
            f"<header><a href='/'>Harbour Times</a></header><aside>{teasers}</aside><nav>{menu}</nav>"
            f"<main><article>{paragraphs(*P)}</article></main>"
            "<footer><p>© 2019 Harbour Times. All rights reserved.</p></footer></body></html>")


@pytest.fixture(scope="module")
def page_dumps(browser):
    """Return the test page dumped in the three styles."""
    return dumps(browser, teasers_over_menu_page())


@pytest.mark.parametrize("style", STYLES)
def test_a_far_unbacked_line_barely_ahead_is_refused(page_dumps, style):
    """A teaser twelve menu lines above the article shares a few words with its lead and leads the other teaser by
    little: no byline, date or copy backs it, so the import asks for --title and names both lines."""
    record = extract_text(page_dumps[style], f"far-{style}.txt")
    assert record.title == ""
    assert any("stands far above the article" in doubt and all(title in doubt for title in TEASERS)
               for doubt in record.doubts)


def lines_of(*texts: str, kinds: dict[int, str] | None = None) -> list[Line]:
    """Return dump lines of the texts (blank ones too), with the kinds given by index."""
    return [Line(n, text, (kinds or {}).get(n), False) for n, text in enumerate(texts)]


FAR = [TEASERS[0], "", TEASERS[1], *SECTIONS, "", P[0]]  # the article starts at the last line


def test_a_far_line_is_backed_by_a_date_below_it_or_a_second_copy():
    """The same far line is backed by a date right below it, or by a copy of it printed elsewhere on the page."""
    first = len(FAR) - 1
    assert not support.backed(lines_of(*FAR), 2, first)
    dated = lines_of(*FAR[:3], "November 19, 2019", *FAR[3:], kinds={3: noise.DATELINE})
    assert support.backed(dated, 2, first + 1)
    assert support.backed(lines_of(*FAR, TEASERS[1]), 2, first)


def test_a_line_close_above_the_article_is_backed():
    """A line with fewer than FAR_LINES lines of text between it and the article needs no other backing."""
    close = [TEASERS[1], *SECTIONS[:support.FAR_LINES - 1], P[0]]
    assert support.backed(lines_of(*close), 0, len(close) - 1)


def test_a_clear_lead_keeps_an_unbacked_headline():
    """An unbacked line that leads the next candidate of another text by CLEAR_LEAD or more is kept."""
    lines, first = lines_of(*FAR), len(FAR) - 1
    assert support.weak_lead(lines, [(0.7, 2), (0.6, 0)], 2, first) == 0
    assert support.weak_lead(lines, [(0.8, 2), (0.6, 0)], 2, first) is None
    assert support.weak_lead(lines, [(0.8, 2)], 2, first) is None


def test_the_refusal_quotes_the_doubt_about_the_headline():
    """A page refused for want of a headline names the headline's candidates even when a doubt about the article's
    block came first (the user reads that one line to choose --title)."""
    record = ImportedArticle("page.txt", body="A paragraph of the article, long enough to be one. " * 4,
                             date="2026-01-02")
    record.doubts = ["another block of the page weighs nearly as much as the article taken",
                     "headline unsure: “Top Stories” stands far above the article and barely leads “Rates Rise”"]
    with pytest.raises(ContentError, match="Rates Rise"):
        check(record)
