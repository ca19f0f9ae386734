"""Text dumps: lines printed near an English headline that are no headline, in small pages written for the test.

The kinds met on the pages of outlets the cleaning cases do not hold: the site's own name printed as its logo
(the page names itself elsewhere: a note on what it is part of, a writer's note, a link to its own pages, its
address), a writer's name glued to an outlet's, a team signing in place of a writer, a picture's credit in words,
a video playlist's items, and a share button between two pictures that makes no gallery of them.
"""

from __future__ import annotations

import pytest

from archivist.importer import headline_lookalikes as lookalikes, own_names
from archivist.importer.text import extract_text

TITLE = "Enough waiting: name the berths"
BODY = ("The city opened its new harbour on Monday after four years of building work. "
        "Officials said the harbour would handle twice as many ships as the old one.\n\n"
        "Shipping companies welcomed the opening and said they would add routes next year, "
        "bringing more trade and jobs to the region.")
LOGO = "The Quayside Gazette"


def masthead_page(note: str) -> str:
    """Return a dump whose logo is printed at the top and again right above the headline, with `note` below."""
    return (f"  * Sections\n\n{LOGO}\nNews without fear\n  * Sign In\n\n{LOGO}\n\nOpinions\n\n{TITLE}\n\n"
            f"By Jane Roe\nNovember 18, 2019\n\n{BODY}\n\n{note}\n\nMore stories\n")


def test_the_sites_name_printed_as_its_logo_is_no_headline():
    """The logo printed twice and right above the byline outscores a headline sharing no word with the lead; the page
    names itself in a writer's note, a note on what it is part of, a link to its own pages or its address."""
    for note in (f"Jane Roe writes about shipping for {LOGO}.", f"The Dock, a publication of {LOGO}, covers ports.",
                 "  * Contact the Quayside Gazette", "  * About Quayside Gazette", "quaysidegazette.com"):
        assert extract_text(masthead_page(note), "logo.txt").title == TITLE, note


def test_a_name_the_page_gives_is_matched_whole():
    """A headline holding the site's name among its own words stays a headline."""
    names, spelled = own_names.site_names([])
    assert not names and not spelled
    assert own_names.names_the_site("The Quayside Gazette", [], {"quaysidegazette"})
    assert not own_names.names_the_site("Quayside Gazette wins press award", [], {"quaysidegazette"})


def test_a_writers_name_glued_to_an_outlets_is_no_headline():
    """`Jane RoeThe Harbour Post`: a wire story's credit, printed right above the article, not its headline."""
    text = (f"News Harbour Shipping\n\nHarbour doubles its berths as trade routes grow\n\nJane Roe\n\n"
            f"Jane RoeThe Harbour Post\n\n{BODY}\n")
    assert extract_text(text, "glued.txt").title == "Harbour doubles its berths as trade routes grow"
    assert own_names.glued_credit("Jane RoeThe Harbour Post") and own_names.glued_credit("John DoeAssociated Press")
    assert not own_names.glued_credit("Sony PlayStation Network Returns")
    assert not own_names.glued_credit("Facebook Buys WhatsApp")


def test_a_team_or_a_pictures_credit_is_no_headline():
    """A team signing in place of a writer and a picture's credit in words stand near the headline, never it."""
    title = "It is not too late for these harbour trips"
    for credit in ("Harbour Shipping Team", "Courtesy of Harbour Shipping"):
        text = f"Home\n\n{title}\n\nShare\n\n{credit}\n\n{BODY}\n"
        assert extract_text(text, "credit.txt").title == title, credit
    assert not lookalikes.credit_or_label("Team spirit carries the harbour crews")


PLAYLIST_ITEMS = "More video\n\n" + "\n\n".join(
    f"{n}:2{n} Play Harbour ships opening routes {n} Sponsored Content Now Playing" for n in range(1, 4))
PLAYLIST_TIMES = "More video\n" + "\n".join(
    f"{n}:2{n}    Sponsored Content Now Playing\nHarbour crews look back at the year {n}" for n in range(1, 4))


@pytest.mark.parametrize("items", [PLAYLIST_ITEMS, PLAYLIST_TIMES], ids=["items", "titles-below-times"])
def test_a_video_playlists_items_are_no_headlines(items):
    """A playlist printed between headline and article: its items (`4:29 Play <title> Sponsored Content Now
    Playing`), or a browser's copy of each item's time (`4:29 Now Playing`) with its title right below, where a date
    and a headline would stand: no item and no title is the headline."""
    title = "Take a tour of the harbour's old customs house"
    text = f"Home\n\n{title}\n\n{items}\n\n{BODY}\n"
    assert extract_text(text, "playlist.txt").title == title


def test_a_share_button_between_two_pictures_is_no_caption():
    """The logo's picture, the headline, a separator's picture, then `Share`: no gallery, so the headline stays."""
    title = "It is not too late to book these harbour trips"
    text = f"Home\n\n[site_logo]\n\n{title}\n\n[separator]\n\nShare\n\nSubmit to reddit\n\n{BODY}\n"
    assert extract_text(text, "gallery.txt").title == title


def test_a_breadcrumbs_label_is_no_headline():
    """`You are here` over a breadcrumb trail, near the byline: no rival to the headline."""
    text = (f"Home\n\nYou are here\n\n  1. Home\n  2. Blog\n\n{TITLE}\n\n"
            f"November 18, 2019 at 1:06 PM ET by Jane Roe\n\n{BODY}\n")
    assert extract_text(text, "trail.txt").title == TITLE


def test_a_two_word_headline_between_its_date_and_its_article():
    """`Voice interfaces` right below the date and right above the first paragraph is the headline; a writer's name
    (`Jane Roe`) or a control's label (`Read more`) there is none."""
    assert extract_text(f"Home\n\nNovember 18, 2019\n\nHarbour berths\n\n{BODY}\n", "short.txt").title == \
        "Harbour berths"
    for line in ("Jane Roe", "Read more"):
        assert extract_text(f"Home\n\nNovember 18, 2019\n\n{line}\n\n{BODY}\n", "short-no.txt").title != line


def test_the_line_a_breadcrumb_trail_ends_on_is_the_headline():
    """`Home Harbour Opening of the new berths …` above, the same words printed alone: the trail's last item is the
    page's title, so it outranks a line sharing more of the lead's words right above the byline (an agency's name)."""
    title = "Berths named at last after a long wait"
    source = "Harbour Shipping Companies Board (HSCB)"
    text = (f"Home\nNews\nSport\n\nHome Harbour {title}\n{source}\nHarbour\n{title}\nBy Jane Roe\n"
            f"November 18, 2019\n\n{BODY}\n")
    assert extract_text(text, "trail-end.txt").title == title


def test_a_sign_up_box_promising_mail_is_no_article():
    """A sign-up box printed above the headline (`Be the first to know … Sign up to follow, and we'll e-mail you …`)
    is an offer, not the article's first paragraphs, so the headline above the article is found."""
    from archivist.importer import noise

    box = ("The inside track on harbour politics.\nBe the first to know about new stories from Quayside. Sign up to "
           "follow, and we’ll e-mail you free updates as they’re published.\nYou’ll receive free e-mail news updates "
           "each time a new story is published.\nYou’re all set!\n Sign up\n\n*Invalid email address\nGot it\n")
    title = "City harbour opens after four years of building work, new filing shows"
    text = f"Home\n\n{box}\nPolitics\n\n{title}\n\n{box}\nBy Jane Roe\nNovember 22, 2016\n\n{BODY}\n"
    assert extract_text(text, "sign-up.txt").title == title
    assert noise.classify("You will get free e-mails each time a story is published.") == noise.ACCOUNT
    assert noise.classify("The harbour will send you e-mails, the board said.") is None


def test_an_item_inside_a_long_menu_is_no_headline():
    """A browser's copy prints a long menu one item a line with no blank line between; an item of four words inside
    it (`Harbour Master Jane Roe`) is no headline, however many of the lead's words it holds. A headline ending such a
    run, right above its byline, stays the headline."""
    menu = "\n".join(("People", "Harbour Board Members", "Harbour Master Jane Roe", "Shipping Companies Office",
                      "Port Authority", "Harbour Tours", "Contact"))
    title = "Berths named at last"
    text = f"Home\n\n{menu}\n\nNews\n\n{title}\n\nBy Jane Roe\nNovember 18, 2019\n\n{BODY}\n"
    assert extract_text(text, "long-menu.txt").title == title
    text = f"Home\n\n{menu}\nCity harbour opens after four years\nBy Jane Roe\nNovember 18, 2019\n\n{BODY}\n"
    assert extract_text(text, "menu-end.txt").title == "City harbour opens after four years"


def test_a_headline_in_sentence_case_inside_a_menus_lines_stays_the_headline():
    """A browser's copy may print the headline among the menu's lines, printed twice with no blank line between; a
    line in sentence case is no menu's item; a link to a listing (`View team list`) or a call to add to the page
    (`Add More Videos or Photos`), among the short lines around a form, is no headline."""
    from archivist.importer import title_shapes

    menu = "\n".join(("About Us", "Article Archive", "Breaking News Alerts", "Site Map", "Store", "Navigate:"))
    title = "City harbour takes new shape"
    text = f"Home\n\n{menu}\n{title}\nMain Content\n{title}\n718 Comments\nRSS\n\n{BODY}\n"
    assert extract_text(text, "menu-headline.txt").title == title
    assert not title_shapes.candidate([noise_free("View team list")], 0)
    assert not title_shapes.candidate([noise_free("Add More Videos or Photos")], 0)
    assert title_shapes.candidate([noise_free("View from the harbour wall at dawn")], 0)


def noise_free(text: str):
    """Return a line of plain text, no noise kind."""
    from archivist.importer.record import Line

    return Line(index=0, text=text, kind=None, prose=False)


def test_a_top_bar_on_one_line_is_no_headline():
    """`Login Book a Demo GitHub 1.3k Discord`: a site's top bar printed twice, its labels naming the lead's words."""
    from archivist.importer import chrome

    bar = "Login Book a Demo Harbour 2.4k Shipping"
    title = "Berths named at last after a long wait"
    text = f"{bar}\n\nHome\n\n{bar}\n\n{title}\n\nNovember 18, 2019\n\n{BODY}\n"
    assert extract_text(text, "top-bar.txt").title == title
    assert chrome.top_bar("Sign In Get Started") and not chrome.top_bar("How To Log In To Your Router In 5 Minutes")


HEADLINE = "City opens its new harbour after four years of building work as shipping companies add routes"


def test_a_breadcrumbs_section_names_on_one_line_make_no_deck_of_the_headline():
    """A breadcrumb printed without separators on the page's first line (`News Cities & Regions Harbour news`) shares
    one of the lead's words; the long headline below it is no deck under it and stays the headline."""
    for trail in ("News Cities & Regions Harbour news", "Home Regional Harbour news", "Ports & Regions Harbour"):
        text = f"{trail}\n\n{HEADLINE}\n\nBy Jane Roe\n\n{BODY}\n\nMore stories\n"
        assert extract_text(text, "trail.txt").title == HEADLINE, trail


def test_a_line_of_section_names_is_told_from_a_headline():
    """A breadcrumb's names open on `Home` or `News` or join two sections by `&`; a sentence or a long line is none."""
    assert lookalikes.section_trail("News Cities & Regions Harbour news")
    assert lookalikes.section_trail("Home Sport Football")
    assert not lookalikes.section_trail("Newsrooms cut jobs as ad sales fall")
    assert not lookalikes.section_trail("Harbour & Ships: the council's plan for the next ten years of building")
    assert not lookalikes.section_trail("Salt & Pepper close their shop.")


def test_a_headline_printed_twice_below_a_box_heading_is_no_item_of_the_box():
    """A browser's copy prints a box heading (`Up next:`), then the headline twice (a picture's text, the heading), a
    shorter deck and the byline: the pair is the headline, not the box's items, so the deck does not outrank it."""
    title = "Why, despite the complaints, the new berths are really not too costly"
    deck = "Backlash against the harbour's bill is wholly misguided"
    text = (f"Log In\nMy Teams\nAccount Settings Log Out\nUp next:\n{title}\n{title}\n{deck}\nby Jane Roe\n"
            f"@JaneRoeNews\n22h ago • 4 min read\n\n{BODY}\n\nMore stories\n")
    assert extract_text(text, "twice.txt").title == title
