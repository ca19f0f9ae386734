"""Text dumps: rules that drop lines as noise must not drop the article's own text, in small pages written for the test.

Each rule here was written on the development pages; these pages hold what the same rule would
wrongly take for noise on another site (a lead printed again as a summary, a year range beside a
phone).
"""

from __future__ import annotations

from archivist.importer import noise
from archivist.importer.text import extract_text

TITLE = "Is the new harbour worth its cost?"
BODY = ("The city opened its new harbour on Monday after four years of building work. "
        "Officials said the harbour would handle twice as many ships as the old one.\n\n"
        "Shipping companies welcomed the opening and said they would add routes next year, "
        "bringing more trade and jobs to the region.")


def test_a_paragraph_printed_three_times_keeps_the_copy_among_the_article_paragraphs():
    """A paragraph also printed as the page's summary and share text stays in the article once."""
    p1, p2, p3 = BODY.split("\n\n")[0], BODY.split("\n\n")[1], (
        "The harbour authority expects the first cruise ships to call in the spring, "
        "and plans a second quay for container traffic by the end of the decade.")
    text = (f"Home\nNews\n\n{p2}\n\n{TITLE}\n\nBy Jane Roe\nNovember 18, 2019\n\n{p1}\n\n{p2}\n\n{p3}\n\n"
            f"Share this story\n\n{p2}\n\nPrivacy policy\n")
    record = extract_text(text, "echo.txt")
    assert record.body.count(p2) == 1
    assert p1 in record.body and p3 in record.body


def test_a_widget_label_printed_twice_over_and_again_stays_out():
    """A string printed twice over (a widget's label), repeated on the page, is not a paragraph even among them."""
    label = ("Mountain hike kit with bottled water and a first-aid set for the whole family #outdoors #shop "
             "Mountain hike kit with bottled water and a first-aid set for the whole family #outdoors #shop")
    p1, p2 = BODY.split("\n\n")
    text = (f"Home\n\n{label}\n\n{TITLE}\n\nBy Jane Roe\n\n{p1}\n\n{label}\n\n{p2}\n\n{label}\n\nPrivacy policy\n")
    assert label not in extract_text(text, "widget.txt").body


def test_a_paragraph_with_year_ranges_and_a_phone_word_is_not_a_contact_box():
    """Two year ranges are not two phone numbers: the paragraph stays text."""
    text = ("Phone sales fell in 2019-2020 and rose again in 2021-2022, the company said in an email "
            "to investors on Monday.")
    assert noise.classify(text) is None
    assert noise.classify("Telephone: 03-7619056 Fax: 03-5613699") == noise.CONTACT


def test_a_summary_line_then_the_lead_going_on_from_it_keeps_the_lead():
    """A lead paragraph that repeats the summary above it and adds one short clause is text, not a caption."""
    summary = "The city opened its new harbour on Monday after four years of building work"
    lead = summary + ", officials said on the quay."
    rest = BODY.split("\n\n")[1]
    text = f"Home\nNews\n\n{TITLE}\n\nBy Jane Roe\nNovember 18, 2019\n\n{summary}\n{lead}\n\n{rest}\n\nPrivacy policy\n"
    record = extract_text(text, "summary.txt")
    assert lead in record.body


def test_a_paragraph_printed_twice_in_a_row_stays_once():
    """A long paragraph of several sentences printed twice in a row (hidden and shown) is kept once, not dropped."""
    p1, p2 = BODY.split("\n\n")
    long = (p2 + " The port's owners expect the first cruise ships in spring. A second quay for container "
            "traffic is planned for the end of the decade, once the first has shown what it can do.")
    text = f"Home\nNews\n\n{TITLE}\n\nBy Jane Roe\nNovember 18, 2019\n\n{p1}\n\n{long}\n{long}\n\nPrivacy policy\n"
    body = extract_text(text, "twice.txt").body
    assert body.count(long) == 1 and p1 in body

