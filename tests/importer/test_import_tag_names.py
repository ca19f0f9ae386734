"""English tags are names: a capital counts as a name's only where a sentence of the page writes one (issue #23).

Kinds found on English pages of outlets the importer had never seen: the words of a headline in Title Case
(`Five`, `Lessons`), of teasers in Title Case inside the text, a sentence's first word (`Plague spread …`
beside `the plague`), a contraction's piece (`Don` of `Don't`), a control's label (`Read more`, `Report`),
a preposition inside a name (`40 Under 40`). Every page here is made up.
"""

from __future__ import annotations

from collections import Counter

import pytest

from archivist.importer import tag_filters, tags
from archivist.importer.extract import extract, suggest_tags
from dump_styles import STYLES, dumps, page, paragraphs

ARTICLE = paragraphs(
    "When the Marlow bakery opened a Facebook page in 2009, its owner Dana Kestrel posted twice a week. "
    "Customers soon used the page to praise a cake or to complain about a late order.",
    "Kestrel says the lessons were simple. Answer every complaint in public, and never delete one. "
    "The bakery now answers within an hour, and Kestrel reads every comment herself.",
    "Social media will show the real nature of a company, Kestrel says. Marlow customers noticed when the "
    "bakery admitted a mistake on Facebook, and sales in Marlow rose that year. Other shops in Marlow now "
    "copy her social media habits and open Facebook pages too.",
)
TITLE = "Five Social Media Lessons for Small Business"
TEASERS = ("<aside><h2>More stories</h2><ul>"
           "<li><a href='/a'>How to Avoid Impulse Purchases in the Online Shopping Age</a> Read more</li>"
           "<li><a href='/b'>Why Some Shops Triumph Online and Others Never Make It</a> Read more</li></ul>"
           "<p>Report Comment</p></aside>")
HEADLINE_WORDS = {"Five", "Social", "Media", "Lessons", "Small", "Business", "Read", "Report", "Comment",
                  "Impulse", "Purchases", "Triumph", "Online"}


@pytest.fixture(scope="module")
def english_html() -> str:
    """Return a small English page: a Title Case headline, the article, teasers and controls after it."""
    return page("en", TITLE, "<a href='/'>Kestrel Courier</a>", "<p>By Ann Lee</p><p>June 1, 2025</p>",
                ARTICLE, TEASERS, "<p>© 2025 Kestrel Courier</p>")


def suggested(raw: str, path: str) -> list[str]:
    """Return the tags the importer suggests for one raw page (no archive tags yet)."""
    return suggest_tags(extract(raw.encode("utf-8"), path), Counter())


def test_a_title_case_headline_gives_no_tags_of_its_words(english_html):
    """From the HTML: the names the article writes (`Marlow`, `Facebook`) are tags; the headline's words are
    not, nor the teasers' or the controls'."""
    picked = suggested(english_html, "page.html")
    assert {"Marlow", "Facebook"} <= set(picked)
    assert not HEADLINE_WORDS & set(picked)


@pytest.mark.parametrize("style", STYLES)
def test_dumps_give_names_not_headline_words(browser, english_html, style):
    """From every dump style, the same: names, no words of a headline, a teaser or a control."""
    picked = suggested(dumps(browser, english_html)[style], f"page.{style}.txt")
    assert {"Marlow", "Facebook"} <= set(picked)
    assert not HEADLINE_WORDS & set(picked)


def test_teasers_in_title_case_inside_the_text_are_no_evidence():
    """A teaser line in Title Case that the text kept (`How to Avoid Impulse Purchases …`) names nothing,
    even when it is long, while a sentence's name does."""
    teaser = "How to Avoid Impulse Purchases in the Online Shopping Age and Why Stores Want You to Spend More"
    body = "\n".join([teaser] * 3 + ["Shoppers in Marlow spend more on impulse when stores play music.",
                                     "A study in Marlow found that shoppers buy on impulse at the door.",
                                     "The stores of Marlow say purchases rose when the music was slow."])
    nouns = tags.salient_nouns("Why you buy what you don't need", body, "en")
    assert "Marlow" in nouns
    assert not {"Impulse", "Purchases", "Stores", "Spend", "Avoid", "Shopping"} & set(nouns)


def test_a_sentences_first_word_is_a_name_only_if_never_written_in_lower_case():
    """`Plague` opening sentences, beside `the plague`, is a common word; `Rossi` opening every sentence it is in,
    and never in lower case, is a name."""
    body = ("Plague spread through the valley last spring. Doctors said the plague came from rats. "
            "Plague cases fell in May. Rossi said the clinic was ready. Rossi thanked the nurses. "
            "Rossi will retire next year.")
    nouns = tags.salient_nouns("Plague returns to the valley", body, "en")
    assert "Rossi" in nouns and "Plague" not in nouns


def test_a_contractions_piece_is_no_name():
    """`Don` of `Don't` (a Title Case teaser, a sentence's first word) is no tag."""
    body = ("Don't buy what you don't need. Don't pick anything up in the Marlow store. "
            "Stop Buying Crap You Don't Need\nShoppers in Marlow say they don't plan purchases, and Marlow "
            "traders agree.")
    nouns = tags.salient_nouns("Stop Buying Crap You Don't Need", body, "en")
    assert "Marlow" in nouns and not {"Don", "Crap", "Need", "Buying"} & set(nouns)


def test_a_sentence_case_title_names_what_the_body_writes():
    """A headline in sentence case is a sentence: `Rockledge` in it counts as a name the body writes (in a
    results line); a title word the body never writes (`Roundup`) does not."""
    body = "Viera d. Rockledge 3-1\nRockledge (2-1): K. Hupfer 1 goal.\nViera (4-0): L. Patika 2 goals."
    nouns = tags.salient_nouns("High school roundup: Viera defeats Rockledge to stay unbeaten", body, "en")
    assert "Rockledge" in nouns and "Roundup" not in nouns


def test_a_preposition_inside_a_name_is_no_tag():
    """`Under` of `40 Under 40` is a function word, capitalised or not."""
    body = ("She was named to the 40 Under 40 list of the Marlow Journal. The 40 Under 40 list honours young "
            "leaders, and Marlow readers chose her. Her 40 Under 40 award hangs in the office.")
    assert "Under" not in tags.salient_nouns("Marlow leader honoured", body, "en")


@pytest.mark.parametrize("label", ["Read", "Comment", "Report", "Share", "Back", "Video", "News"])
def test_a_controls_label_is_no_tag(label):
    """The label of a page's control or section is no tag, whatever rule proposed it (a keyword, a name)."""
    assert not tag_filters.acceptable(label, "en", tag_filters.Outlet())
    assert tag_filters.acceptable("Marlow", "en", tag_filters.Outlet())


def test_a_read_more_link_in_a_paragraph_is_no_tag():
    """`Read more` links that a converter joined onto a teaser paragraph do not make `Read` a tag."""
    body = "\n".join(f"Shoppers in Marlow buy more when music plays, a study found … Read more Read more {k}."
                     for k in range(4))
    assert "Read" not in tags.suggest("Marlow shoppers", body, "en", [], Counter())


def test_a_two_word_name_is_one_tag():
    """A word the text seldom writes without the same next name is a piece of one (`Star` of `Star Wars`, `Urban`
    of `Urban Meyer`): the name is the tag, at the better place of the two, or the piece goes when its other
    word is a tag on its own (`Meyer`, written alone too)."""
    body = ("Fans lined up for Star Wars in Marlow. The new Star Wars film opened on Friday, and Star Wars "
            "toys sold out. Coach Urban Meyer watched. Meyer said the team liked it. Meyer, a fan, went twice. "
            "Later Meyer thanked the Marlow cinema, and Marlow critics agreed with Meyer.")
    nouns = tags.salient_nouns("Star Wars opens in Marlow", body, "en")
    assert "Star Wars" in nouns and "Meyer" in nouns and "Marlow" in nouns
    assert not {"Star", "Wars", "Urban", "Urban Meyer"} & set(nouns)


def test_a_piece_of_a_longer_name_is_no_two_word_name():
    """`Defense Secretary Robert Gates`: no pair of it is a name of two words (`Secretary Robert`); an initial
    is no name's word (`John M` of `John M. Ford`)."""
    body = ("Defense Secretary Robert Gates visited Marlow. Defense Secretary Robert Gates spoke there. Gates "
            "said the base would stay. John M. Ford wrote about it, and John M. Ford read it aloud. Gates left.")
    nouns = tags.salient_nouns("Gates visits Marlow", body, "en")
    assert "Gates" in nouns
    assert not {"Secretary Robert", "Defense Secretary", "Robert Gates", "John M"} & set(nouns)


def test_a_name_of_three_or_four_words_is_one_tag():
    """A run of three or four names none of which the text writes outside it is one name (`Marlow Harbour Film
    Festival`), a word repeated inside it included (`Tra La La Band`); its words are no tags of their own."""
    body = ("Critics gathered for the Marlow Harbour Film Festival on Friday. The Marlow Harbour Film Festival "
            "showed forty films, and the Tra La La Band played after the Tra La La Band had rehearsed. Organisers "
            "of the Marlow Harbour Film Festival said tickets sold out, and the Tra La La Band agreed to return.")
    nouns = tags.salient_nouns("Critics crowd a seaside screening", body, "en")
    assert "Marlow Harbour Film Festival" in nouns and "Tra La La Band" in nouns
    assert not {"Marlow", "Harbour", "Film", "Festival", "La", "Tra", "Band", "La Band"} & set(nouns)


def test_a_run_with_a_word_written_alone_is_no_long_name():
    """`Vice President Joe Biden` with `President` written alone elsewhere is no name of four words."""
    body = ("Vice President Joe Biden spoke in Marlow. The President thanked Marlow workers, and Vice President "
            "Joe Biden visited the plant. The President said Marlow would get a new bridge, the President added.")
    nouns = tags.salient_nouns("A bridge for Marlow", body, "en")
    assert not any(len(noun.split()) > 2 for noun in nouns)


def test_a_name_printed_twice_is_no_name_of_four_words():
    """A writer's name printed twice in a row (`Jane Roe Jane Roe`, a converter's copy of a byline) is one name."""
    body = ("Jane Roe Jane Roe\n\nMarlow voters chose a new mayor, said Jane Roe of the council. Turnout in Marlow "
            "rose. Marlow will swear in the mayor in May.\n\nJane Roe Jane Roe\n\nJane Roe Jane Roe")
    nouns = tags.salient_nouns("Marlow chooses a mayor", body, "en")
    assert "Jane Roe Jane Roe" not in nouns


def test_a_name_that_is_most_of_the_title_is_no_tag():
    """A name making up most of the title is the headline's, not a tag of it; under another title it is one."""
    body = ("Critics gathered for the Marlow Harbour Film Festival on Friday, said Priya Shah. The Marlow Harbour "
            "Film Festival showed forty films, Shah said. Organisers of the Marlow Harbour Film Festival told Shah "
            "that tickets sold out.")
    assert "Marlow Harbour Film Festival" in tags.suggest("Critics crowd a screening", body, "en", [], Counter())
    suggested = tags.suggest("Marlow Harbour Film Festival opens", body, "en", [], Counter())
    assert "Marlow Harbour Film Festival" not in suggested and "Shah" in suggested


def test_a_name_with_small_words_inside_is_one_tag():
    """`Bank of Marlow`, `League of Heroes`: two names joined by a small word, neither written outside the name,
    are one tag; a run of two names side by side with a small word between (`Asia for Harbour Point Grand
    Hotel`) gives the longer name, not one of six words."""
    body = ("Shares of Bank of Marlow fell after the League of Heroes final. Bank of Marlow sponsors the League of "
            "Heroes, and fans of the League of Heroes said Bank of Marlow should stay. A resort in Southeast Asia "
            "for Harbour Point Grand Hotel guests opened; Harbour Point Grand Hotel has 114 rooms, and Harbour "
            "Point Grand Hotel staff celebrated.")
    nouns = tags.salient_nouns("Sponsor stays after the final", body, "en")
    assert {"Bank of Marlow", "League of Heroes", "Harbour Point Grand Hotel"} <= set(nouns)
    assert not {"Bank", "Marlow", "League", "Heroes", "Harbour", "Hotel"} & set(nouns)


def test_a_word_only_opening_sentences_needs_a_subjects_verb_to_be_a_name():
    """Words that only ever open sentences (`Unfortunately, …`, `Alongside …`, `“Oftentimes …`, `Let's …`) are no
    names; one doing what a subject does (`Kestrel said …`) is, and so is one the title writes too when the body
    opens two sentences with it (`Harbourline teases …`), or one with its figures after it (`Tidewell (3-1)`)."""
    body = ("Unfortunately, the ferry was late again. Alongside repairs, the council plans a new pier. "
            "“Oftentimes people wait an hour,” a driver said. Let's look at the timetable first.\n"
            "Unfortunately, the pier is old. Alongside the pier, a cafe opened. “Oftentimes it rains.” "
            "Let's hope for sun. Unfortunately, nobody came. Alongside that, fares rose.\n"
            "Let's see. “Oftentimes we give up.” Kestrel said the ferry would run in May. Kestrel thanked the crew. "
            "Kestrel plans more trips. Harbourline teases a new boat. Harbourline will name it in June.\n"
            "Results: Viera d. Tidewell 2-0.\nTidewell (3-1): J. Roe 2 goals.\nViera d. Tidewell 1-0.")
    nouns = tags.salient_nouns("Harbourline is announcing a new ferry", body, "en")
    assert {"Kestrel", "Harbourline", "Tidewell"} <= set(nouns)
    assert not {"Unfortunately", "Alongside", "Oftentimes", "Let"} & set(nouns)


def test_a_name_in_single_quotes_is_one_tag():
    """A name of three words set in single quotes (`'Lo Lo Lake'`, a film's title) is one tag, not its last two."""
    body = ("The film 'Lo Lo Lake' won the Marlow prize. Critics called 'Lo Lo Lake' brave. Viewers of "
            "'Lo Lo Lake' queued twice, and Lo Lo Lake sold out in Marlow. Its director said Lo Lo Lake took years.")
    nouns = tags.salient_nouns("'Lo Lo Lake' wins a prize", body, "en")
    assert "Lo Lo Lake" in nouns
    assert not {"Lo Lake", "Lo", "Lake"} & set(nouns)
