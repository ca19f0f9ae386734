"""Text dumps: the shapes an English headline takes and the lines shaped like one, in small pages written for the test.

The kinds are those met on the tune half of English pages of outlets the cleaning cases do not hold
(`benchmarks/fresh_pages.py`): a headline ending on an abbreviation or set as a short sentence, a headline over a
long deck, a share card's copy of the lead cut inside a word or of the headline with words after it, a text
field's underscores, a picture's caption over its bare credit, a promo line above the headline and its deck, the
site's own links and greeting, teaser cards, a way back, a call to buy, an aside in parentheses, a notice about the
reader's browser, a headline right below its date over a deck and a bare name, lynx's apostrophe for `&apos;`, a
filing label below the byline, a section's label between the site's name and the headline, a writer's name printed
twice over the date, a video's title printed around its player, an opening paragraph of two sentences, the site's
name printed after the headline, a date and time with the writer after them, a menu printed one item a line.
"""

from __future__ import annotations

import pytest

from archivist.importer import noise
from archivist.importer.text import extract_text

LEAD = ("The city opened its new harbour on Monday after four years of building work, and officials said the harbour "
        "would handle twice as many ships as the old one.")
BODY = (f"{LEAD}\n\nShipping companies welcomed the opening and said they would add routes next year, bringing more "
        "trade and jobs to the region.\n\nThe harbour cost more than planned, but the council said the extra "
        "berths would pay for themselves within a decade.")
MENU = "  * Home\n  * News\n  * Sport\n  * Business\n  * Opinion"


def page(header: str, byline: str = "By Jane Roe") -> str:
    """Return an English dump: a menu, `header` (headline and what surrounds it), a byline, the article, a footer."""
    return f"{MENU}\n\n{header}\n\n{byline}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n"


def title_of(text: str) -> str | None:
    """Return the title the importer reads from a dump."""
    return extract_text(text, "page.txt").title


def test_a_headline_ending_on_an_abbreviation_is_a_headline():
    """`… Harbour Deal With U.S.` ends on an abbreviation's period, not a sentence's: it is still the headline."""
    title = "City Opens New Harbour After Shipping Deal With U.S."
    assert title_of(page(f"Business\n\n{title}\n\nPublished November 18, 2019", byline="| City Times")) == title


def test_a_short_headline_set_as_a_sentence_right_above_its_byline_is_the_headline():
    """A few words ending on a period with the byline right below (`The Harbour's Oath.`) are a headline."""
    title = "The New Harbour's Promise."
    assert title_of(page(f"Back to the front page\n\n{title}", byline="BY Jane Roe")) == title


def test_a_share_cards_copy_of_the_lead_cut_inside_a_word_is_no_headline():
    """A share dialog prints the lead again, cut inside a word with no ellipsis (`…officials sa`): a copy, not a title."""
    title = "City opens new harbour after four years of work"
    cut = LEAD[:60].rstrip()
    assert LEAD[len(cut)].isalpha()
    text = f"{MENU}\n\n{title}\n\n{LEAD}\n\nShare this story\n\n{title} ___\n\n {cut}\n\nBy Jane Roe\n\n{BODY}\n"
    assert title_of(text) == title


def test_a_caption_over_a_pictures_bare_credit_is_no_headline():
    """A line over `Image: City Council` is a picture's caption, even when it shares the lead's words and stands
    nearer the byline than the headline, with share counters and controls between them."""
    title = "City opens new harbour"
    header = (f"{title}\n\n1.1k\nShares\nShare\nTweet\nShare\nWhat's This?\n"
              "The new harbour will handle twice as many ships\nImage: City Council\njane-roe-headshot-cropped")
    assert title_of(page(header, byline="By Jane Roe2019-11-18 10:00:00 UTC")) == title


@pytest.mark.parametrize("title, deck", [
    # a deck with more words sharing more of the lead's: the top line is the headline
    ("New Harbour Opens For Shipping Trade",
     "The city opened its new harbour on Monday after four years of building work"),
    # a long line ending on a period is a deck or a lead, never a headline set as a sentence
    ("City opens its new harbour",
     "The council says the new harbour will handle twice as many ships as the old one in the next decade."),
])
def test_a_headline_over_its_deck_is_the_headline(title, deck):
    """Headline, then its deck, then the byline: the top line is the headline."""
    assert title_of(page(f"{title}\n\n{deck}")) == title


def test_a_long_headline_below_a_section_label_is_the_headline():
    """A label of a few capitalised words above a long headline is no headline over its deck."""
    title = "City opens its new harbour on Monday after four years of building work and delays"
    assert title_of(page(f"Harbour Opening Coverage\n\n{title}")) == title


def test_a_long_headline_below_a_teaser_of_similar_length_is_the_headline():
    """A related story's headline right above a long headline: the headline, sharing the lead's words, stays it."""
    title = "City opens its new harbour on Monday after four years of building work and delays"
    teaser = "Ferry fares will rise again in the spring, the operator says"
    assert title_of(page(f"{teaser}\n\n{title}")) == title


def test_a_promo_line_above_a_headline_and_its_deck_is_no_headline():
    """`Buy a link now!` above headline and deck stands above the page's header: the headline is sure."""
    title = "Here Comes The New Harbour"
    deck = "A bold new harbour would replace the old port, double the ships and launch a trade war with the next city"
    record = extract_text(page(f"Buy a harbour berth now!\n\n{title}\n\n{deck}"), "promo.txt")
    assert record.title == title


def test_a_copy_of_the_headline_with_a_few_words_after_it_is_no_headline():
    """A share card prints the headline again with the site's name cut after it (`… on CITYTI`), nearer the article:
    the line printed alone is the headline."""
    title = "City opens new harbour after four years"
    card = "Loading…\nPost to Facebook\nShare this story\nYour name\nYour email\nAdd a message\nSend"
    text = f"{MENU}\n\n{title}\n\n{LEAD}\n{card}\n\n{title} on CITYTI\n\nBy Jane Roe\n\n{BODY}\n"
    assert title_of(text) == title


def test_a_teasers_title_printed_twice_gets_nothing_for_the_copy_below_it():
    """A box prints a teaser's link and its title, the same text twice: the copy is no deck making it a headline."""
    title = "City opens new harbour after four years"
    teaser = "Harbour ferry operator raises its fares for ships"
    header = f"Trending now\n1. 1.\n{teaser}\n\n{teaser}\non Other Site\n\n{title}"
    assert title_of(page(header)) == title


def test_a_caption_ending_on_an_agency_credit_and_a_close_control_is_a_caption():
    """`… | AP Photo Close` is a caption (its credit, then the caption's close button), never the headline."""
    from archivist.importer import noise

    assert noise.classify("Ships wait outside the new harbour on Monday. | AP Photo Close") == noise.CAPTION


def test_a_box_heading_of_things_you_may_like_is_no_headline():
    """`Blogs you may like`, `Stories you might like`: a box's heading, like `You may also like`."""
    from archivist.importer import noise

    for heading in ("Blogs you may like", "Stories you might like", "You may also like"):
        assert noise.classify(heading) == noise.RELATED


def test_a_link_labelled_by_its_kind_is_no_headline():
    """`Article: …` above the article links another story; the headline is the line over the byline."""
    title = "City opens new harbour after four years"
    teaser = "Article: Harbour ships and trade routes reshape the region"
    assert title_of(page(f"{teaser}\n\n{title}")) == title


def test_a_caption_ending_on_a_labelled_credit_is_a_caption():
    """`… Edinburgh Photo: DEADLINE`, `… Photo: Jane Roe/City Times` are captions; a sentence saying `photo:` before
    words in lower case, or a list after `photos:`, is not."""
    from archivist.importer import noise

    for caption in ("Ships wait outside the harbour on Leith Walk, Edinburgh Photo: DEADLINE",
                    "The mayor opens the harbour. Photo: Jane Roe/City Times"):
        assert noise.classify(caption) == noise.CAPTION
    for sentence in ("He said the photo: was taken before the harbour opened on Monday.",
                     "The council published three photos: Harbour Master Jane Roe and others"):
        assert noise.classify(sentence) != noise.CAPTION


def test_a_row_of_the_sites_own_links_or_its_greeting_is_no_headline():
    """`About Press T&C Contact Us` printed in the top bar and again above the headline, `Welcome to Example.net`:
    the site's links and greeting, never the headline, however near the byline; a headline naming a few of those
    words among its own stays a headline."""
    from archivist.importer import chrome

    title = "Harbour wins its fourth title as the city becomes your champion!"
    links = "About Press T&C Contact Us"
    text = (f"{links}\n\n{MENU}\n\n{links}\n\ntrending\n\nHome Harbour News\n\n7-minute read\n\n{title}\n\n"
            f"Same ships, new berths.\nBy Jane Roe November 19, 2023 7:18 pm\n\n{BODY}\n\n{links}\n")
    assert title_of(text) == title
    assert chrome.site_links("Welcome to Example.net")
    assert chrome.site_links("The Example.com Blog") and chrome.site_links("CityTimes.com")
    assert not chrome.site_links("Amazon.com to buy the harbour's old warehouses")
    assert not chrome.site_links("Amazon.com slashes prices")
    assert chrome.mostly_chrome("Search by Keyword")
    assert not chrome.site_links("Help wanted: jobs fair draws crowds at press event")
    assert not chrome.site_links("Press secretary quits over jobs policy")


def test_who_stands_where_in_a_picture_is_a_caption():
    """`(L-R) Jane Roe, John Doe`, `From left, …`: a picture's caption."""
    from archivist.importer import noise

    for caption in ("(L-R) Jane Roe, John Doe, Richard Miles", "L-R: Jane Roe and John Doe",
                    "From left, Jane Roe and John Doe at the harbour"):
        assert noise.classify(caption) == noise.CAPTION


def test_teaser_cards_above_the_article_are_no_headlines():
    """A box of stories prints each card's title twice (the picture's link, the heading) with a label between and a
    date below; the card right above the article is no headline, however many of the lead's words it holds and
    though its own date stands below it."""
    title = "The harbour we really wanted is here"
    cards = "\n".join(f"{story}\nHARBOUR NEWS\n\n{story}\n\nMay {k}, 2015" for k, story in enumerate((
        "Harbour ferry fares rise for the third time", "Old harbour berths to close next spring",
        "Shipping companies welcome the opening of the new harbour"), start=1))
    text = f"{MENU}\n\n{title}\n\nJane Roe\nCity Times November 20, 2019 13:42\n\nMORE LIKE THIS\n{cards}\n\n{BODY}\n"
    assert title_of(text) == title


@pytest.mark.parametrize("line", ["Back to the front page", "Get the harbour activity book here!", "Buy a berth now!",
                                  "(To be read aloud each morning by the harbour master.)", "Article: Ferry fares rise"])
def test_a_way_back_a_call_to_buy_or_an_aside_is_no_headline(line):
    """A link back, a call to buy or fetch something, an aside in parentheses, a link labelled by its kind: above a
    headline printed as a short sentence (`… Oath.`) over its byline, none of them is taken."""
    title = "The Harbour Master's Oath."
    text = f"{MENU}\n\n{line}\n\n{title}\n\nBY Jane Roe\n\n{line}\n\n{BODY}\n"
    assert title_of(text) == title


def test_a_trending_box_heading_names_the_network():
    """`Trending on Kinja` heads a box of stories like `Trending now`."""
    from archivist.importer import noise

    assert noise.classify("Trending on Kinja") == noise.RELATED
    assert noise.classify("Trending now") == noise.RELATED



def test_a_long_deck_under_a_shorter_headline_loses_to_it():
    """Headline, a deck of more words (twelve or more, no period), then the source and the date: the deck shares more
    of the lead's words, yet the headline above it tops the pair; a line ending on a comma (a list of labels) is
    none."""
    title = "City moves to open new harbour in a climate push"
    deck = ("The city opened its new harbour on Monday after four years of building work and officials said the "
            "harbour would handle twice as many ships")
    text = page(f"Home Harbour, Ships,\n\n{title}\n\n{deck}\nReuters", byline="Updated: January 16, 2020")
    assert title_of(text) == title


def test_a_deck_sharing_more_of_the_lead_than_its_headline_does_not_take_its_place():
    """A deck sums up the lead, so it shares more of its words than the headline above it; the headline stays."""
    title = "Despite Everything, Harbour Traffic Doubled in 2019"
    deck = "The city opened its new harbour on Monday after four years of building work, officials said"
    assert title_of(page(f"{title}\n\n{deck}")) == title


BROWSER_NOTICE = ("Thank you for visiting example.org. You are using a browser version with limited support for CSS. "
                  "To obtain the best experience, we recommend you use a more up to date browser (or turn off "
                  "compatibility mode in Internet Explorer). In the meantime, to ensure continued support, we are "
                  "displaying the site without styles and JavaScript.")


def test_a_notice_about_the_readers_browser_is_no_article_text():
    """A site's paragraph-long word to a reader with an old browser, printed twice above the header, is noise: the
    article does not start there, so the headline above the article is found."""
    assert noise.classify(BROWSER_NOTICE) == noise.MARKUP
    assert noise.classify("Update your browser to get the best out of our site.") == noise.MARKUP
    assert noise.classify("Firefox said that people who update their browser get the fix first, and that the "
                          "change would reach every user by the end of the month.") is None
    header = f"{BROWSER_NOTICE}\n\nAdvertisement\n\n{BROWSER_NOTICE}\n\nCity opens its new harbour after four years"
    assert title_of(page(header)) == "City opens its new harbour after four years"


@pytest.mark.parametrize("deck", ["Officials said the harbour would handle twice as many ships as the old one.",
                                  "Ships wait. The council's new harbour is really just a bigger version of the old one"])
def test_a_headline_right_below_its_date_and_over_its_deck_beats_the_journals_name_above(deck):
    """The journal's name, the section, the date, then the headline with its deck below (a sentence, or a long line
    ending without a period) and the writer's bare name (no `By`): the line right below the date, over a deck above
    the article, is the headline."""
    header = (f"A Research Journal\n\nMenu\n\nNEWS\n24 September 2019\n\nGiant harbour opens to ships worldwide"
              f"\n\n{deck}\n\nJane Roe\n\nSearch for this author in:\n\n  * Pub Med\n  * Google Scholar")
    text = f"{MENU}\n\n{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n"
    assert title_of(text) == "Giant harbour opens to ships worldwide"


@pytest.mark.parametrize("title, signed", [
    ("Ships ruled this harbour for a century. Now, it's being reborn.", "By Jane Roe"),
    ("Want to See a Busier Harbour? So Do We.", "June 19, 2019"),
])
def test_a_headline_set_as_sentences_over_its_deck_and_byline_is_the_headline(title, signed):
    """A headline of one or two sentences at the top of the text, then a longer deck sentence, then the byline or the
    date: the header is no part of the article, and its top line is the headline."""
    deck = ("The city opened its new harbour after four years of building work, and officials say it will handle twice "
            "as many ships.")
    text = f"{MENU}\n\nEnvironment\n\n{title}\n\n{deck}\n\n{signed}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n"
    article = extract_text(text, "page.txt")
    assert article.title == title
    assert article.body.startswith(LEAD[:40])



def test_a_date_glued_to_the_end_of_the_deck_is_the_articles_date():
    """A converter may glue the header's date to the deck above it (`…its recovery?Monday, 6 January 2020`): the date
    is read from there, and the deck keeps its sentence. A Korean caption's shooting day stays on its line."""
    from archivist.importer import layout

    title = "Ships ruled this harbour for a century. Now, it's being reborn."
    deck = ("The city opened its new harbour after four years of building work. What is the secret to its "
            "recovery?Monday, 6 January 2020")
    text = f"{MENU}\n\nEnvironment\n\n{title}\n\n{deck}\n\nBy Jane Roe\n\n{BODY}\n\nPrivacy policy\nTerms of use\n"
    article = extract_text(text, "page.txt")
    assert (article.title, article.date[:10]) == (title, "2020-01-06")
    caption = "시민들이 새 항구를 둘러보고 있다.2023.10.11"
    assert layout.split_glued_dates([caption]) == [caption]


def test_a_share_control_naming_the_headline_settles_it_against_its_deck():
    """Headline, a comment count, a short deck sharing more of the lead's words, the byline, then the share
    controls naming what they share (`Share All sharing options for: <headline>`): the line they name is the
    headline, not the deck."""
    title = "Harbour will double its cargo after four years of work"
    header = (f"{title}\n\nNew, 74 comments\n\nTwice the ships, twice the jobs\n\nBy Jane Roe Jul 3, 2019, 4:22am EDT\n\n"
              f"Share this story\n\n  * Share this on Facebook\n\nShare All sharing options for: {title}")
    assert title_of(f"{MENU}\n\n{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n") == title


def test_a_headline_printed_twice_glued_below_is_still_the_headline():
    """A photo's alt text and caption repeating the headline, glued on one line (`HeadlineHeadline`, as w3m prints
    them), does not make the headline look like a copy cut inside a word."""
    title = "A Royal Salute To The Harbour City Of Rome"
    header = f"{title}\n\nJune 5, 2019 by Jane Roe\n\n  * Facebook\n  * Twitter\n\n{title}{title}"
    assert title_of(f"{MENU}\n\n{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n") == title


def test_lynxs_modifier_letter_apostrophe_is_the_pages_apostrophe():
    """lynx prints `&apos;` as the modifier letter apostrophe (`Cityʼs`, U+02BC): the title and the text read the
    page's apostrophe; the letter stays where no Latin letter stands beside it."""
    title = "The City's Harbour Won't Close for Winter"
    body = BODY.replace("for themselves", "for themselves, the council's report said")
    text = f"{MENU}\n\n{title.replace(chr(39), chr(0x2bc))}\n\nBy Jane Roe\n\n{body.replace(chr(39), chr(0x2bc))}\n"
    article = extract_text(text, "page.txt")
    assert article.title == title
    assert "the council's report" in article.body and "\u02bc" not in article.body
    from archivist.importer import converter

    assert converter.remove_marks(["ʼ 1:2"]) == ["ʼ 1:2"]


def test_a_filing_label_below_the_headline_is_no_rival_of_it():
    """`Filed to: harbour` below the byline and time names the story's subjects: a label, not a second headline
    making the headline unsure."""
    title = "Remember When the Harbour Opened Its Gates to Everyone?"
    header = f"{title}\n\nJane Roe\nToday 10:13am\nFiled to: harbour city\n  * Harbour\n  * Shipping"
    assert noise.classify("Filed to: harbour city") == noise.CREDITS
    assert title_of(f"{MENU}\n\n{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n") == title


def test_a_label_below_the_sites_name_is_no_deck_making_the_name_a_headline():
    """The site's name, a section's label of a few capitalised words, then the headline over its deck and byline:
    the label is no deck below the site's name, which so gets no headline's credit over the headline."""
    title = "More ships and jobs: how renters can make their flats smarter"
    header = (f"The Harbour Times UK\n\nTools & Trinkets —\n\n{title}\n\nA new plan, and what it means.\n\n"
              "Jane Roe - Aug 10, 2016 11:15 am UTC")
    assert title_of(f"{MENU}\n\n{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n") == title


def test_a_writers_name_printed_twice_over_the_date_is_no_pictures_credit():
    """`Jane Roe Jane Roe` (the writer's portrait's alt text, then the name) over `· Apr 2, 2026`: the headline above
    it is no picture's caption, and an ad's offer higher up is no headline."""
    title = "The Harbour App's Locks Are So Weak They Are ‘Useless’"
    header = f"Advertisement\n•\nGo ad free\nPrivacy\n\n{title}\n\nJane Roe Jane Roe\n· Apr 2, 2026 at 9:47 AM"
    text = f"{MENU}\n\n{header}\n\n{BODY}\n\n{title}\nImage: a harbour at night.\n\nPrivacy policy\nTerms of use\n"
    assert title_of(text) == title


@pytest.mark.parametrize("player", ["2:32 | Harbours", "Play Video - 2:46"])
def test_a_videos_title_printed_around_its_player_is_no_headline(player):
    """A video's title above and below its player's line (its running time, `Play Video - 2:46`) sharing the lead's
    words is the video's, not the headline below it; the running time is no date line over the headline."""
    video = "Harbour opens: will the new berths double the ships in the city?"
    title = "A Fresh Start: the council's long wait for its harbour"
    header = f"{video}\n\n{player}\n{video}\nHarbours\n\n{title}\n\nShare\n\nJane Roe\nThursday January 12th, 2017"
    assert title_of(f"{MENU}\n\n{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n") == title


def test_an_opening_paragraph_of_two_sentences_ending_on_an_exclamation_is_no_headline():
    """The article's first line of two sentences (`… a must for anyone. Yet it need not be dull!`) is its
    first paragraph, though it shares the lead's words best: not the headline above it, printed twice."""
    title = "Cut The Ends Off Old Ropes To Make A Quirky Lamp For Every Room"
    opening = ("Each room wants a light, so a lamp is close to a must for anyone. Yet a lamp being a must does not "
               "mean it has to be dull!")
    header = f"{title}\n\nShare With\n\ncrafts\n\n{title}\n\nJane Roe Jane Roe\n\nAdvertisement"
    text = f"{MENU}\n\n{header}\n\n{opening}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n"
    assert title_of(text) == title


def test_the_sites_name_printed_after_the_headline_is_left_out_of_the_title():
    """`What is a dry dock – Harbour TechZone`, with the same tail on the breadcrumb's items and in the greeting: the
    site's name is cut from the title; a tail no other line holds is the headline's own."""
    title = "What is a dry dock and why the harbour needs one"
    crumbs = ("  * Welcome to Harbour TechZone\n  * Explainers – Harbour TechZone\n"
              f"  * {title} – Harbour TechZone")
    text = f"{MENU}\n\n{crumbs}\n\n{title} – Harbour TechZone\n\nBy Jane Roe\n\n{BODY}\n\nPrivacy policy\n"
    assert title_of(text) == title
    own = "Harbour opens to ships – and the city celebrates"
    assert title_of(f"{MENU}\n\n{own}\n\nBy Jane Roe\n\n{BODY}\n\nPrivacy policy\n") == own


def test_a_date_and_time_with_the_writer_after_them_is_a_date_line():
    """`September 10, 2011 at 1:06 PM ET by Jonathan Applegate`: the writer's name does not make the date line too
    wordy to be one, and the headline above it stands on it."""
    line = "September 10, 2011 at 1:06 PM ET by Jonathan Applegate"
    assert noise.classify(line) == noise.DATELINE
    title = "Serve and Recall"
    header = f"Briefing Room\n\n  * Weekly Address\n  * Speeches\n\n{title}\n\n{line}"
    assert title_of(f"{MENU}\n\n{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n") == title


def test_an_item_of_a_menu_printed_one_item_a_line_is_no_headline():
    """A browser's copy prints a menu of places one item a line with no blank line between (`Riverside`, `New Harbour
    Ships`, `New Port`): an item sharing the lead's words is the menu's, not the headline below it; a short headline
    right above its date line stays one."""
    title = "The City's Cold War Shelters Are Gone"
    menu = "Old Town\nRiverside\nNew Harbour Ships\nNew Port\nHill Park"
    header = f"{menu}\n\n{title}\nby Jane Roe in News on Mar 9, 2017 10:15 am"
    assert title_of(f"{MENU}\n\n{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n") == title
    short = "New Harbour Opens"
    header = f"News\nTalk\nMusic\n{short}\nFebruary 8th, 2013"
    assert title_of(f"{header}\n\n{BODY}\n\nPrivacy policy\nTerms of use\n") == short
