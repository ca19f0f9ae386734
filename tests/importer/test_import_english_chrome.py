"""Kinds of English page chrome around and inside an article, each in a small page written for the test, in all three
dump styles (lynx, w3m, a browser's copy): the article read from the dump is the article, whatever the chrome.

Every page here is made up; the kinds (newsletter boxes, notes on the writer, comment threads, teaser boxes, lists
of sources, credits, gallery controls, disclosures, share buttons) are those seen on English pages of issue #23.
"""

from __future__ import annotations

import pytest

from archivist.importer import noise
from archivist.importer.text import extract_text
from dump_styles import dumps, page

TITLE = "Harbour ferry service to resume after winter repairs"
P = ("The city's harbour ferry will carry passengers again from Monday, after three months of repairs to its two piers "
     "and the replacement of the boarding ramps, the port authority said on Tuesday.",
     "Engineers found cracks in the older pier during an inspection in November, and the service was halted while "
     "divers checked the foundations and the ramps were rebuilt.",
     "“We would rather lose a season than take a risk with the piers,” said Maria Lopez, who runs the port "
     "authority's maintenance team.",
     "The first boat leaves at 6:30 a.m., and timetables will be posted at both terminals and on the city's website "
     "this week.")
MENU = "<ul>" + "".join(f"<li><a href='/{name.lower()}'>{name}</a></li>" for name in
                        ("News", "Business", "Sport", "Opinion", "Culture", "Travel")) + "</ul>"


def english_page(article: str, after: str = "", head: str = "") -> str:
    """Return an English news page: a menu, the headline, byline and date, `head`, the article, `after`, a footer."""
    return page("en", TITLE, f"<a href='/'>Harbour Times</a><nav>{MENU}</nav>",
                f"<p>By Jane Roe</p><p>November 19, 2019</p>{head}", article, after,
                "<p>About us | Contact | Privacy</p><p>© 2019 Harbour Times. All rights reserved.</p>",
                tab=f"{TITLE} | Harbour Times")


def paragraphs(*texts: str) -> str:
    """Return the texts as HTML paragraphs."""
    return "".join(f"<p>{text}</p>" for text in texts)


def body_paragraphs(record) -> list[str]:
    """Return the body's paragraphs."""
    return [p.strip() for p in record.body.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def styles(browser):
    """Return a function dumping a page in the three styles."""
    return lambda html: dumps(browser, html)


NEWSLETTER = ("<aside><h3>The Harbour Brief Newsletter</h3><p>Get the week's port news, ferry times and events "
              "straight from our reporters.</p><form><input placeholder='Email address'><button>Sign Up</button></form>"
              "<p>No spam, we promise. You can unsubscribe at any time.</p>"
              "<p>By signing up you agree to our privacy policy.</p></aside>")
WRITER = ("<div class=bio><h4>About the author</h4><p>Jane Roe is a senior reporter at the Harbour Times covering "
          "transport and the port. Follow her on Twitter @janeroe.</p></div>")
THREAD = ("<section><h3>3 thoughts on “" + TITLE + "”</h3>" + "".join(
    f"<div><p>Reader {k}</p><p>November {19 + k}, 2019 at 3:1{k} pm</p><p>I have taken this ferry to work for twenty "
    f"years and I am glad the piers were fixed before somebody got hurt on the old ramps, thank you for the "
    f"report.</p><p>Reply</p></div>" for k in range(3)) + "</section>")
SOURCES = ("<h4>Sources:</h4>" + "".join(f"<p>{text}</p>" for text in (
    "Port authority, “Pier inspection report,” Nov. 12, 2019",
    "City council, “Ferry service timetable 2020,” accessed Nov. 18, 2019",
    "Email interview with Maria Lopez, maintenance manager of the port authority, Nov. 18, 2019")))
CREDITS = "<p>Edited by: John Doe</p><p>Topics: Harbour, Ferries, Transport</p>"
OFFER = ("<p>Get the Harbour Times delivered to your door every morning. 12 issues for £9.99. Click here for more "
         "information.</p><p>Subscribe to the Harbour Times YouTube channel for all of the latest videos!</p>")

PAYWALL = ("<p>This post is for paid members only</p><p>Become a paid member for unlimited ad-free access to articles, "
           "bonus podcast content, and more.</p><p>Free members get access to posts like this one along with an email "
           "round-up of our week's stories.</p><p>Already have an account? Sign in</p>")
FEED = "".join(f"<div><p>{stamp} {headline}</p><p>{deck}</p></div>" for stamp, headline, deck in (
    ("11:11 a.m.", "Bus Strike Enters Its Second Week", "Drivers say talks with the council have stalled again."),
    ("8:13 a.m.", "Fishermen Protest New Harbour Fees", "The union calls the fees daylight robbery, and will march."),
    ("Yesterday at 5:57 p.m.", "North Bay Islands to Get a Ferry Route", "A summer service could start next year."),
    ("Yesterday at 2:05 p.m.", "Old Lighthouse Opens to Visitors", "Volunteers will run guided tours on weekends."),
    ("Yesterday at 1:20 p.m.", "Harbour Market Moves Indoors for the Winter", "Stallholders will trade in the old "
     "customs hall until March, after a vote of the market's traders last week."),
    ("Yesterday at 11:19 a.m.", "Council to Unveil a Detailed Plan for the Waterfront", "The mayor will present the plan "
     "on Friday, with new homes, a park and two more ferry stops along the bay.")))
CARDS = ("<h3>More from Harbour Times</h3>" + "".join(
    f"<div><h4><a href='/c{k}'>{headline}</a></h4><p>{deck}</p><p>{writer}</p></div>" for k, (headline, deck, writer) in
    enumerate((("Bus strike enters its second week", "Drivers say talks with the council have stalled again, and "
                "commuters face another week of long queues at the harbour terminal.", "JOHN DOE"),
               ("Fishermen protest new harbour fees", "The port authority says the fees will pay for the new piers, "
                "but the fishermen's union calls them daylight robbery.", "ANNA LEE"),
               ("North Bay islands to get a ferry route", "A summer service to the islands could start next year if "
                "the council approves the plan in March, officials said.", "Mark Smith"),
               ("Old lighthouse opens to visitors", "The lighthouse on the north pier will open on weekends from May, "
                "with guided tours run by volunteers from the harbour museum.", "JOHN DOE"),
               ("Harbour market moves indoors for winter", "Stallholders will trade in the old customs hall until "
                "March, after a vote of the market's traders last week.", "ANNA LEE")))))


@pytest.mark.parametrize("after", [NEWSLETTER, WRITER, THREAD, SOURCES, CREDITS + WRITER, OFFER, PAYWALL, CARDS, FEED],
                         ids=["newsletter", "writer", "comments", "sources", "credits", "offer", "paywall", "teaser-cards",
                              "feed"])
def test_chrome_after_the_article_is_no_body(styles, after):
    """A newsletter box, a note on the writer, a comment thread, a list of sources, credits, an offer, a paywall's
    ask, a box of teaser cards (headline, deck, writer) and a feed of other stories (`11:11 a.m. Headline`, deck)
    below the article: the article ends above them in every dump style."""
    for style, dump in styles(english_page(paragraphs(*P), after=after)).items():
        record = extract_text(dump, "page.txt")
        assert body_paragraphs(record) == list(P), style
        assert record.title == TITLE, style


def test_a_short_article_outweighs_its_list_of_sources(styles):
    """A story of two paragraphs above a longer list of the works it cites is still the article."""
    for style, dump in styles(english_page(paragraphs(*P[:2]), after=SOURCES + SOURCES.replace("Nov.", "Oct."))).items():
        record = extract_text(dump, "page.txt")
        assert body_paragraphs(record) == list(P[:2]), style
        assert record.title == TITLE, style


MOST_READ = ("<aside><h3>Most read in news</h3><ul>" + "".join(
    f"<li><a href='/s{k}'><span>{kicker}</span><span>{headline}</span></a></li>" for k, (kicker, headline) in
    enumerate((("PIER PRESSURE", "Mayor says old ferry 'was never safe'"),
               ("TIDE TURNS", "Fishermen claim harbour fees are 'daylight robbery'"),
               ("ALL ABOARD", "Commuters queue for hours as bus strike 'bites'")))) + "</ul></aside>")
SHOUTED = "<p><a href='/s9'>CITY PLANS NEW FERRY ROUTE TO THE NORTH BAY ISLANDS</a></p>"


@pytest.mark.parametrize("box", [MOST_READ, SHOUTED], ids=["most-read", "capitals-link"])
def test_a_box_of_other_stories_inside_the_article_leaves_the_article_whole(styles, box):
    """A `Most read` box of kickers and headlines, or a link to another story in capitals, between two paragraphs:
    both halves of the article are kept, the box's lines are not."""
    article = paragraphs(*P[:2]) + box + paragraphs(*P[2:])
    for style, dump in styles(english_page(article)).items():
        record = extract_text(dump, "page.txt")
        assert body_paragraphs(record) == list(P), style


def test_gallery_controls_disclosure_and_embed_labels_are_no_body(styles):
    """A gallery's counter and controls, a caption opening on its label, an affiliate disclosure and an embedded
    post's label and report link are chrome."""
    gallery = ("<figure><img src=a.jpg alt=''><p>Image 1 of 3</p><p>Back to gallery</p><figcaption>Image caption "
               "Divers checking the foundations of the older pier</figcaption></figure>")
    embed = "<blockquote><p>Twitter post by @harbourcity: Ferries are back on Monday</p><p>Report</p></blockquote>"
    head = "<p>This post may contain affiliate links. Please see our disclosure page.</p>"
    article = paragraphs(*P[:2]) + gallery + paragraphs(P[2]) + embed + paragraphs(P[3])
    for style, dump in styles(english_page(article, head=head)).items():
        record = extract_text(dump, "page.txt")
        assert body_paragraphs(record) == list(P), style


def test_a_list_introduced_by_a_colon_keeps_its_short_items(styles):
    """The article's own list, introduced by a line ending on a colon, keeps every item, the short ones too."""
    items = ("Ramps rebuilt", "Both piers repaired and tested", "New lights on the older pier")
    article = paragraphs(*P[:2], "The repairs include:") + "<ul>" + "".join(f"<li>{i}</li>" for i in items) + \
        "</ul>" + paragraphs(*P[2:])
    for style, dump in styles(english_page(article)).items():
        record = extract_text(dump, "page.txt")
        assert [line[2:] for line in record.body.splitlines() if line.startswith("- ")] == list(items), style
        assert all(p in body_paragraphs(record) for p in P), style


def test_a_highlighted_sentence_loses_its_share_button_and_stays(styles):
    """A sentence printed with its `Click To Tweet` button is the article's: the sentence stays, the button goes."""
    quote = "The piers are safer now than on the day they opened."
    article = paragraphs(*P[:2]) + f"<p>{quote}<a href='/tweet'>Click To Tweet</a></p>" + paragraphs(*P[2:])
    for style, dump in styles(english_page(article)).items():
        record = extract_text(dump, "page.txt")
        assert body_paragraphs(record) == [*P[:2], quote, *P[2:]], style


@pytest.mark.parametrize("chrome", [
    "Divers at the older pier on Tuesday. REUTERS/Jane Doe",
    "Credit...Jane Doe for the Harbour Times",
    "Image source, Harbour Times",
    "Image Source: Jane Doe",
    "Photo credit: Harbour Times",
    "Courtesy of Harbour Estates",
    "Figure 2: The pier's new gangway",
    "Button",
    "Embed",
    "Enlarge this image",
    "Loading comments...",
    "Jane Roe/AP",
    "Screenshot by Jane Roe/Harbour Times",
    "Article continues after sponsorship",
    "Already have an account? Sign in",
    "Learn More",
    "Page: 1 2 3 Next →",
    "TAGS/ Harbour , Ferries , Transport",
    "Harbour Button",
    "HarbourButton",
    "[pier-2019] Courtesy of Harbour Estates",
    "Divers check the old pier on Tuesday. Jane Roe/AP hide caption",
    "Image",
    "A screenshot of a chat AI-generated content may be incorrect.",
    "(*) Female ( ) Male",
    "Media playback is unsupported on your device",
    "Watch: The first ferry leaves the rebuilt pier",
    "Ad Feedback",
])
def test_credits_player_notices_and_media_links_between_paragraphs_are_no_body(styles, chrome):
    """A photo credit (an agency and a name, a bare `Name/AGENCY`, a `Credit…`, `Image source,`, `Image Source:` or
    `Screenshot by` label, `Courtesy of …`), a figure's numbered caption, a picture's alt text a machine wrote, an
    element's role read out as its label (`Button`, `Image`), lynx's radio buttons, a gallery's, a comment box's or a page's control (`Learn More`, `Page: 1 2 3 Next`), a filing label,
    an account's link, a video player's fallback, a media link's label and an ad's notices between two paragraphs
    are chrome."""
    article = paragraphs(*P[:2], chrome, *P[2:])
    head = "<p>This article is more than 5 years old</p>"
    for style, dump in styles(english_page(article, head=head)).items():
        record = extract_text(dump, "page.txt")
        assert body_paragraphs(record) == list(P), style


@pytest.mark.parametrize("heading", ["New, 8 comments", "Reader Comments", "Recent Comments"])
def test_a_comment_count_or_label_heads_the_comments(heading):
    """A comment box's heading, with its count (`New, 8 comments`) or its label, is the comments' (a barrier)."""
    assert noise.classify(heading) == noise.COMMENTS


@pytest.mark.parametrize("heading", ["You Might Also Like …", "Popular Right Now", "Popular posts from this blog"])
def test_a_box_heading_with_an_ellipsis_or_a_time_heads_a_box(heading):
    """A box of links is headed `You Might Also Like …` (an ellipsis after it) or `Popular Right Now` too."""
    assert noise.classify(heading) == noise.RELATED


@pytest.mark.parametrize("line", ["The gym is for members only, the manager said.",
                                  "The club voted to become a member of the league last year."])
def test_a_sentence_about_members_is_no_paywall(line):
    """A story's sentence about members (`for members only`, `become a member`) is no paywall's ask."""
    assert noise.classify(line) is None


@pytest.mark.parametrize("line, stamp", [("a day ago", True), ("an hour ago", True), ("A few minutes ago", True),
                                         ("A day ago the ferry sank.", False), ("a day ago, residents said", False)])
def test_a_time_spelt_out_relative_to_now_is_a_stamp(line, stamp):
    """A teaser's or a feed's stamp spelt out (`a day ago`, `an hour ago`) is a date line; a sentence saying so is not."""
    assert noise.is_dateline(line) is stamp


@pytest.mark.parametrize("line, kind", [("5:45 AM PST 11/19/2019 by Jane Roe", noise.DATELINE),
                                        ("11:11 a.m. Bus Strike Enters Its Second Week as Talks Stall", noise.RELATED)])
def test_a_date_line_with_its_writer_is_no_feed_item(line, kind):
    """A clock time, a zone, a date and the writer is the article's date line; a clock time and another story's
    headline in Title Case is a feed's item."""
    assert noise.classify(line) == kind
