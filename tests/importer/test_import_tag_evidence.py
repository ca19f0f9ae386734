"""English tag kinds read off the fresh pages' tune half (issue #23): the site a feed link names, labels opening
lines again and again, a hyphenated word's piece, a month, a number. Every page and text here is made up.
"""

from __future__ import annotations

from collections import Counter

import pytest

from archivist.importer import tag_filters, tags
from archivist.importer.extract import extract, suggest_tags
from archivist.importer.record import Dropped, ImportedArticle
from dump_styles import lynx, page, paragraphs

TITLE = "Esker Road detour opens before the Marlow Bridge closes"
ARTICLE = paragraphs(
    "The Esker Road detour opened on Monday, a week before the Marlow Bridge closes for repairs, Tidewater council "
    "said. Ospry Post readers had asked for it since January, and Ospry Post reporters rode the first bus.",
    "Council engineers widened the Esker Road junction and added lights at the school. Ospry Post photographers "
    "followed the crews, and Ospry Post asked the council for the traffic counts.",
    "The council will reopen the Marlow Bridge in spring, Tidewater officials said. The Esker Road detour adds "
    "twenty minutes, and Tidewater buses will run every half hour.",
)
FEEDS = ("<link rel='alternate' type='application/rss+xml' title='Ospry Post » Feed' href='/feed'>"
         "<link rel='alternate' type='application/rss+xml' title='Ospry Post » Comments Feed' href='/comments/feed'>")


def suggested(raw: str, path: str) -> list[str]:
    """Return the tags the importer suggests for one raw page (no archive tags yet)."""
    return suggest_tags(extract(raw.encode("utf-8"), path), Counter())


def test_lynx_gives_no_tag_of_the_site_its_feed_links_name():
    """lynx prints the page's feed links on its first line (`#Ospry Post » Feed …`): the only place the page names
    its site, which the prose writes too. The bridge and the town are tags; the site is not."""
    html = page("en", TITLE, "<a href='/'>Home</a>", "<p>By Alan Reed</p><p>Monday, March 4, 2024</p>", ARTICLE,
                "", "<p>Cookie settings</p>").replace("</head>", FEEDS + "</head>", 1)
    dump = lynx(html)
    assert dump.lstrip().startswith("#Ospry Post » Feed")
    picked = suggested(dump, "page.lynx.txt")
    assert {"Marlow Bridge", "Tidewater"} <= set(picked)
    assert not {"Ospry", "Post", "Ospry Post"} & set(picked)


@pytest.mark.parametrize("line, name", [
    ("#alternate alternate publisher Ospry Post » Feed Ospry Post » Comments Feed alternate", "Ospry Post"),
    ("#The Harbour Star RSS Feed The Harbour Star » Esker Road detour opens Comments Feed", "The Harbour Star"),
    ("#home copyright Kestrel – the town's own paper RSS Feed", "Kestrel – the town's own paper"),
    ("#Kestrel Courier powered by Inkwell » Feed", "Kestrel Courier"),
])
def test_a_feed_links_title_names_the_site(line, name):
    """A feed's title is the site's name before ` » Feed`, ` » Comments Feed` or ` RSS Feed`; a platform named after
    `powered by` is not the site."""
    assert tag_filters.named_by_line(line, TITLE) == name
    record = ImportedArticle("page.txt", title=TITLE)
    record.dropped = [Dropped(line, "markup or code")]
    assert tag_filters.norm(name) in tag_filters.outlet_of(record).names


@pytest.mark.parametrize("line", ["#Ospry Post » Esker Road detour opens Comments Feed", "Fan Feed",
                                  "Subscribe to our RSS Feed"])
def test_lines_that_name_no_feeds_site(line):
    """A comments feed of one article (its headline after the `»`), a menu item, a sentence: no site."""
    assert tag_filters.named_by_line(line, TITLE) == ""


@pytest.mark.parametrize("line, name", [("Ospry Post powered by Inkwell", "Ospry Post"),
                                        ("  * The Harbour Star Powered by Inkwell CMS", "The Harbour Star"),
                                        ("Comments powered by Chatter", ""), ("Site Search powered by Finder", ""),
                                        ("Powered by Inkwell", ""),
                                        ("The Marlow ferry is powered by a diesel engine built in 1990", "")])
def test_a_site_over_its_platform_names_the_outlet(line, name):
    """A line alone naming a site over the platform it runs on names the site; a control's label over its
    platform (`Comments`, `Search`), the platform alone, a sentence: no site."""
    assert tag_filters.named_by_line(line, TITLE) == name


def test_labels_opening_lines_again_and_again_are_no_tags():
    """A field's name opening each entry (`Actual:`, `Result:`) and a transcript's speaker (`THE MAYOR:`) are
    labels, not names; a name the lines write is (`Tidewater`)."""
    entries = "\n".join(f"Guess: ${k},000\nActual: ${k + 2},000\nResult: a clear win for Tidewater in week {k}."
                        for k in range(1, 4))
    speech = "\n".join(f"THE MAYOR: Buses in Tidewater will run every {k} minutes on the Esker Road detour."
                       for k in (10, 20, 30))
    for body in (entries, speech):
        nouns = tags.salient_nouns("Week by week on the detour", body, "en")
        assert "Tidewater" in nouns
        assert not {"Actual", "Result", "Guess", "MAYOR", "THE MAYOR"} & set(nouns)


def test_labels_in_bold_inside_a_line_are_no_tags():
    """The HTML joins an entry's lines into one paragraph with its labels in bold: the same labels."""
    body = "\n".join(f"*Tidewater Lights* **Guess:** ${k},000 **Actual:** ${k + 2},000 **Result:** A win for "
                     f"Tidewater and a loss for Marlow in week {k}." for k in range(1, 4))
    nouns = tags.salient_nouns("Week by week on the detour", body, "en")
    assert "Tidewater" in nouns and not {"Actual", "Result", "Guess"} & set(nouns)


def test_a_label_written_once_may_be_a_topic():
    """A line headed by a name once (`Ospry: …` in a list) is no repeated label: the name stays a tag."""
    body = ("Ospry: the council's new ferry will call at Marlow twice a day.\n"
            "Ospry said the ferry would cost less than the bridge. Ospry will run it until spring.")
    assert "Ospry" in tags.salient_nouns("Ferries for the spring", body, "en")


def test_a_piece_of_a_hyphenated_name_is_no_tag():
    """`Mobile` of `Q-Mobile` (the tokens split at hyphens) is no name; the other names are."""
    body = ("Q-Mobile has offered free streaming since 2015. Tidewater customers of Q-Mobile pay less, and Q-Mobile "
            "says Tidewater will get faster service. The Tidewater council asked Q-Mobile CEO Dana Kestrel to explain.")
    nouns = tags.salient_nouns("A carrier's free streaming", body, "en")
    assert "Tidewater" in nouns and "Mobile" not in nouns


def test_a_month_is_no_tag():
    """`May` in dates (`9 May 2024`, `May 5, 2025`) dates the article like the other months; it is no topic."""
    body = ("On 9 May 2024 the Tidewater council closed the bridge. On 11 May 2024 Tidewater buses took the Esker "
            "Road detour. Since May the detour has been full, and on May 5, 2025 Tidewater opened a second lane.")
    nouns = tags.salient_nouns("A year of the detour", body, "en")
    assert "Tidewater" in nouns and "May" not in nouns


def test_a_number_alone_is_no_tag():
    """A keyword that is a number (a year) is no topic; the page's other keywords are tags."""
    body = "The Tidewater council closed the Marlow Bridge in 2025. Tidewater buses now take the detour."
    picked = tags.suggest("Tidewater closes the bridge", body, "en", ["2025", "Tidewater"], Counter())
    assert "Tidewater" in picked and "2025" not in picked
