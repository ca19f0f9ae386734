"""Text dumps: which line above an English article is its headline, in small pages written for the test.

The kinds are those met on the English development pages: a pull quote or a fact-checked claim
printed above the headline, a kicker in capitals over it, a widget's short label far above it.
"""

from __future__ import annotations

from archivist.importer import noise
from archivist.importer.text import extract_text

TITLE = "Is the new harbour worth its cost?"
BODY = ("The city opened its new harbour on Monday after four years of building work. "
        "Officials said the harbour would handle twice as many ships as the old one.\n\n"
        "Shipping companies welcomed the opening and said they would add routes next year, "
        "bringing more trade and jobs to the region.")
MENU = "\n".join(f"Menu entry {k}" for k in range(20))


def dump(header: str) -> str:
    """Return an English dump: a menu, `header` (headline and what surrounds it), a byline, the article."""
    return f"Home\nNews\nSport\n\n{header}\n\nBy Jane Roe\nNovember 18, 2019\n\n{BODY}\n\nPrivacy policy\n"


def test_a_quotation_above_the_headline_is_not_the_headline():
    """Someone's quoted words (a claim checked, a pull quote) share more of the lead's words, yet are no headline."""
    quote = '"The new harbour will handle twice as many ships as the old one."'
    assert extract_text(dump(f"{quote}\n\n{TITLE}"), "quote.txt").title == TITLE
    assert extract_text(dump(f"{TITLE}\n\n{quote}"), "quote-below.txt").title == TITLE


def test_a_quotation_with_its_speaker_is_not_the_headline():
    """`“…,” the mayor said` below the headline is a quote, not the headline."""
    quote = "“Shipping companies welcomed the opening,” the mayor said on Monday"
    record = extract_text(dump(f"{TITLE}\n\n{quote}"), "speaker.txt")
    assert record.title == TITLE


def test_a_headline_quoting_someone_inside_it_stays_the_headline():
    """A headline that quotes after a colon, or names a quoted title first, is still the headline."""
    for title in ('City opens new harbour: "Twice as many ships"', '"Harbour" wins the city\'s building prize'):
        assert extract_text(dump(title), "inner-quote.txt").title == title


def test_a_kicker_in_capitals_over_the_headline_is_not_the_headline():
    """A short label in capitals right above the headline is its kicker, even when it shares the lead's words."""
    assert extract_text(dump(f"SHIPPING TRADE ROUTES\n{TITLE}"), "kicker.txt").title == TITLE
    assert extract_text(dump(f"HARBOUR SHIPPING TRADE\n\n{TITLE}"), "kicker-apart.txt").title == TITLE


def test_a_headline_set_in_capitals_stays_the_headline():
    """A headline in capitals with its byline below (no title-like line under it) is still the headline."""
    title = "CITY OPENS NEW HARBOUR"
    assert extract_text(dump(title), "capitals.txt").title == title


def test_a_short_label_far_above_a_clear_headline_is_no_doubt():
    """A widget's short name printed far above does not make a clear headline next to the article unsure."""
    title = "City opens new harbour after four years of delays"
    label = "Shipping Trade Routes"
    record = extract_text(dump(f"{label}\n\n{MENU}\n\n{label}\n\n{MENU}\n\n{title}"), "label.txt")
    assert record.title == title
    assert not any("headline" in doubt for doubt in record.doubts)


def test_a_korean_headline_that_is_one_quotation_stays_the_headline():
    """Korean headlines are often one quotation: the English quotation rule leaves them alone."""
    body = ("부산시는 다음 달 해수욕장 개장을 앞두고 안전요원을 두 배로 늘리고 구조 장비를 새로 들여놓는다고 "
            "1일 밝혔다. 시는 올해 피서객이 지난해보다 늘어날 것으로 보고 있다.\n\n"
            "시는 해운대와 광안리 등 일곱 곳의 해수욕장에서 수상 안전 교육을 실시하고, 야간 순찰도 강화하기로 했다.")
    title = "“해수욕장 안전요원 두 배로 늘린다”"
    record = extract_text(f"  * 홈\n  * 사회\n\n{title}\n\n입력 2025.06.01 10:00\n\n{body}\n\nⓒ 예시일보\n", "ko.txt")
    assert record.title == title



def test_a_short_label_scoring_a_little_above_a_clear_headline_below_it_gives_way():
    """A widget's label (printed in the menu too) scoring just above the headline under it is not the headline."""
    title, label = "City opens new harbour after four years of long delays", "Watch Harbour Live"
    text = f"Home\n{label}\nNews\n\n{label}\n\n{title}\n\nBy Jane Roe\nNovember 18, 2019\n\n{BODY}\n\nPrivacy policy\n"
    record = extract_text(text, "label-above.txt")
    assert record.title == title
    assert not any("headline" in doubt for doubt in record.doubts)


def test_a_blob_line_opening_the_article_does_not_hide_the_lead_from_the_headline_search():
    """An embed's long link printed as the article's first line is not the lead the headline is compared with."""
    blob = "https://video.example.com/embed/?v=" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z" * 50
    title, label = "City opens new harbour after four years of long delays", "Watch Harbour Live"
    text = (f"Home\n{label}\nNews\n\n{label}\n\n{title}\n\nBy Jane Roe\nNovember 18, 2019\n\n"
            f"{blob} The video shows the opening.\n\n{BODY}\n\nPrivacy policy\n")
    assert extract_text(text, "blob.txt").title == title


def test_a_block_opening_with_the_page_header_starts_below_the_byline():
    """A chrome sentence, the headline and its byline at the top of the block found are not the article."""
    notice = ("Our site is supported by its readers. When you buy through links on our pages, "
              "we may earn a small commission that helps pay for our reporting.")
    text = (f"Home\nNews\n\n{notice}\nHome News Harbours\n{TITLE}\n\nBy Jane Roe 2019-11-18T20:51:19Z\n\n"
            f"{BODY}\n\nPrivacy policy\n")
    record = extract_text(text, "header-inside.txt")
    assert record.title == TITLE
    assert notice not in record.body and TITLE not in record.body
    assert record.body.strip().startswith("The city opened its new harbour")



def test_a_heading_between_byline_and_article_is_not_the_headline_printed_above_the_byline():
    """A section's heading below the byline shares more of the lead's words, yet the headline stands above the byline."""
    title = "Roundup: a week of openings across the region"
    heading = "New harbour opens to ships after building work"
    text = (f"Home\nNews\n\n{title}\n\nJane Roe Region Daily\nPublished 2:16 AM EST Nov 20, 2019\n\nHARBOURS\n\n"
            f"{heading}\n\n{BODY}\n\nPrivacy policy\n")
    assert extract_text(text, "roundup.txt").title == title



def test_a_headline_naming_a_platform_or_a_control_word_stays_the_headline():
    """A headline about Facebook, a newsletter or a register is no share button or account link."""
    for title in ("Facebook to pay record fine over harbour data", "Twitter bans harbour adverts worldwide",
                  "Register of harbour deeds opens to the public", "Sign up for free harbour tours at the city hall",
                  "Newsletter writers cover the new harbour"):
        body = BODY.replace("The city opened", f"{title.split()[0]} said the city opened")
        text = f"Home\nNews\nSport\n\n{title}\n\nBy Jane Roe\nNovember 18, 2019\n\n{body}\n\nPrivacy policy\n"
        assert extract_text(text, "platform.txt").title == title


def test_site_chrome_asking_the_reader_is_never_the_headline():
    """`Support …`, `Follow … on Twitter`, `Get the latest news …` and a link's `(Opens in new window)` are chrome."""
    for chrome in ("Support independent harbour journalism", "Support The Harbour", "Follow Jane Roe on Twitter",
                   "Get the latest harbour news delivered to your inbox", "Share the harbour news (Opens in new window)"):
        text = f"Home\nNews\n\n{chrome}\n\nBy Jane Roe\nNovember 18, 2019\n\n{BODY}\n\nPrivacy policy\n"
        record = extract_text(text, "chrome.txt")
        assert record.title != chrome, chrome


def test_a_headline_printed_between_its_date_and_its_byline_beats_the_section_label_above():
    """Section label, date, headline, byline: the label shares the lead's words but the headline sits on its byline."""
    title = ("City opens its new harbour after four years of building work as officials say it will handle "
             "twice as many ships")
    text = (f"Home\nNews\n\nAdvertisement\nHarbour Building Work\nPublished 22 hours ago\n\n{title}\n\n"
            f"By Jane Roe | Region Daily\n\n{BODY}\n\nPrivacy policy\n")
    assert extract_text(text, "date-first.txt").title == title


def test_a_menu_entry_printed_again_in_the_footer_gets_no_repeat_bonus():
    """The headline is often printed twice above the article; a menu entry repeated in the footer is the site's menu."""
    title = "New harbour handles twice as many ships after four years of building work"
    entry = "City Harbour Building Plans"
    menu = f"About Us\nOur Staff\n{entry}\nDonate"
    assert extract_text(dump(f"{menu}\n{title}") + menu, "footer-menu.txt").title == title


def test_a_menu_label_opening_with_by_is_no_byline_above_the_headline():
    """`By subject`, `By date`: a menu's labels open with `By` but name no one; the headline below them stays the headline."""
    menu = "\n".join(["Fact checks", "All", "By subject", "By date", "Top stories", "Harbour Guides And Maps", "About us"])
    title = "Is the new harbour worth its cost?"
    text = f"Home\n{menu}\n\n{title}\n\n{BODY}\n\nPrivacy policy\n"
    record = extract_text(text, "by-labels.txt")
    assert record.title == title
    assert record.reporters == []


def test_a_headline_between_its_update_time_and_a_name_and_date_line_is_the_headline():
    """Updated time, headline, `Jane Roe - Nov 19, 2019`: the line between the two header lines is the headline."""
    title = "City opens its new harbour after four years of building work"
    text = (f"Home\nNews\nBREAKING NEWS\nCouncil Votes On Bridge Repairs Next Week\n\nSam Poe, Region Political Writer\n\n"
            f"Updated 3:27 am PST, Wednesday, November 20, 2019\n{title}\nJane Roe - Nov 19, 2019, 10:31 pm CST\n0\n\n"
            f"{BODY}\n\nPrivacy policy\n")
    assert extract_text(text, "update-first.txt").title == title


def test_a_byline_split_over_two_lines_is_read_and_anchors_the_headline_above_its_summary():
    """Date, headline, summary sentence, `By` and the name on the next line (a link of its own): the headline is the
    line over the summary and the byline, not a widget's heading above the date; the name is the reporter."""
    title = "City opens its new harbour after four years of building work"
    text = ("Home\nNews\n\nGet The Harbour Magazine\n\nThe best of the coast. Subscribe now.\n\nHome News Local\n"
            f"November 19, 2019 12:04AM ET\n\n{title}\n\n"
            "Ships and crowds arrived for the opening day of the harbour on the coast\nBy\nJane Roe\n\n"
            f"{BODY}\n\nPrivacy policy\n")
    record = extract_text(text, "split-byline.txt")
    assert record.title == title
    assert record.reporters == ["Jane Roe"]
    assert "Jane Roe" not in record.body


def test_a_link_label_telling_the_reader_to_click_is_not_the_headline():
    """`CLICK FOR FULL RESULTS` right above the article is a link's label; the headline above it stays the headline."""
    title = "Harbour opening results"
    label = "Click for the full list of harbour ships and routes"  # shares more of the lead’s words
    text = f"Home\nNews\nWatch Live\n\n{title}\n\n{label}\n\n{BODY}\n\nPrivacy policy\n"
    assert extract_text(text, "click.txt").title == title


def test_a_picture_printed_as_its_file_name_is_no_date_line_and_no_text():
    """w3m prints a picture by its alt text; a file's name holding a date (`[Shot-2018-02-19-at-15]`) is no date
    line that would end the article's header, and no heading of the article."""
    title = ("Harbour Report Shows - A New Harbour Handles Twice as Many Ships and Brings the Region More Trade "
             "and More Jobs Than the Old One")
    first, second = BODY.split("\n\n")
    text = (f"Home\nNews\n\n{title}\n\n{first}\n\nBut is the new harbour worth its cost?\n\n"
            f"[Harbour-Shot-2018-02-19-at-15][Harbour-Shot-2018-02-19-at-15]\n\n{second}\n\nPrivacy policy\n")
    record = extract_text(text, "file-name.txt")
    assert record.title == title
    assert "Shot-2018" not in record.body


def test_a_gallerys_captions_between_pictures_are_not_the_headline():
    """Headline, then pictures each followed by its caption naming people of the story: the captions share more
    of the lead's words, yet a line printed between two pictures is a caption."""
    title = "Harbour opening results"
    gallery = "\n\n".join(f"[javascript] [javascript]\n\n{caption}" for caption in
                          ("Shipping companies harbour routes", "Officials city harbour ships", "Harbour building work"))
    text = f"Home\nNews\n\n{title}\n\n{gallery}\n\nPosted: Fri 6:45 PM, Feb 16, 2018\n\n{BODY}\n\nPrivacy policy\n"
    assert extract_text(text, "gallery.txt").title == title


def test_the_lead_picture_above_the_headline_leaves_it_the_headline():
    """One picture right above the headline is the page's lead picture, not a gallery."""
    title = "City opens its new harbour after four years of building work"
    text = f"Home\nNews\n[harbour-750x450][harbour-750x450]\n\n{title}\n\nBy Jane Roe\n\n{BODY}\n\nPrivacy policy\n"
    assert extract_text(text, "lead-picture.txt").title == title


def test_a_menu_item_many_lines_above_the_byline_in_a_browser_copy_is_not_the_headline():
    """A browser's copy prints a menu's items one a line with no blank line between: an item a dozen lines above the
    date shares the lead's words, but the headline is the line between the date and the byline."""
    title = "City opens its new harbour after four years of building work"
    menu = "\n".join(["Real Estate", "Harbour shipping routes and new ships", "Farms & Ranches", "Senior Living", "Open Houses",
                      "Dallas home with a pool heads to auction", "Builder to debut clubhouse", "Salary needed to buy",
                      "Region Daily", "Sections"])
    text = (f"Home\n{menu}\nSam Poe, Region Writer\nUpdated 5:27 am CST, Wednesday, November 20, 2019\n{title}\n"
            f"By Jane Roe on Monday, November 18th, 2019 at 11:04 a.m.\n{BODY}\nPrivacy policy\n")
    assert extract_text(text, "menu-rows.txt").title == title


def test_a_gallery_printed_with_link_numbers_is_still_a_gallery():
    """lynx with its link list prints each picture's link number (`[44]`) on a line above its placeholder."""
    title = "Harbour opening results"
    gallery = "\n\n".join(f"   [{44 + n}]\n   [javascript] [javascript]\n\n{caption}" for n, caption in
                          enumerate(("Shipping companies harbour routes", "Officials city harbour ships",
                                     "Harbour building work")))
    text = f"Home\nNews\n\n{title}\n\n{gallery}\n\nPosted: Fri 6:45 PM, Feb 16, 2018\n\n{BODY}\n\nPrivacy policy\n"
    assert extract_text(text, "gallery-numbers.txt").title == title


def test_a_us_numeric_date_is_a_date_line():
    """`5:45 AM PST 11/19/2019 by Jane Roe`: a month/day/year date makes a date line (the anchor a headline stands
    on); a sentence with such a date, or a score, is none."""
    assert noise.is_dateline("5:45 AM PST 11/19/2019 by Jane Roe")
    assert noise.is_dateline("11/19/2019")
    assert not noise.is_dateline("The city council met on 11/19/2019 and voted to open the new harbour next year.")
    assert not noise.is_dateline("Final score 11/19")


def test_a_line_sharing_no_word_with_the_article_and_no_byline_is_refused_not_taken():
    """A box's heading far from any byline, sharing no word with the article, is no headline: the import asks for
    `--title` instead of writing a junk title; a headline with no shared word standing on its byline is kept."""
    menu = "Top 25 Promises Kept"  # a menu's item printed again and again above the article
    text = f"Home\nNews\n{menu}\nAbout\n{menu}\nDonate\n{menu}\n\n{BODY}\n\nPrivacy policy\n"
    assert extract_text(text, "unrelated.txt").title == ""
    pun = "Smooth sailing at last"
    text = f"Home\nNews\n\n{pun}\n\nBy Jane Roe\nNovember 18, 2019\n\n{BODY}\n\nPrivacy policy\n"
    assert extract_text(text, "pun.txt").title == pun


def test_a_breadcrumb_trail_ending_on_the_headline_is_not_the_headline():
    """`Home Natural & Eco-FriendlyCoast City opens …` opens the block, the headline alone below it: the headline is
    the line printed alone, and neither the trail nor the headline is body."""
    title = "City opens its new harbour after four years of building work, and the ships are coming back"
    text = (f"Home\nNews\n\nHome Natural & Eco-FriendlyCoast {title}\n"
            f"This post may contain affiliate links. Please see my disclosure page.\n\nGuidesTravelCoast\n\n"
            f"{title}\n\n{BODY}\n\nPrivacy policy\n")
    record = extract_text(text, "trail.txt")
    assert record.title == title
    assert record.body.startswith("The city opened its new harbour")
