"""Text dumps: each kind of noise seen on unseen outlets, in a small page written for the test.

Every page here is made up; the kinds (portal teasers, decks, captions, glued bylines, converter
leftovers, flash articles, TV transcripts, w3m columns, markup) are those of issue #23.
"""

from __future__ import annotations

import pytest

from archivist.errors import ContentError
from archivist.importer import noise
from archivist.importer.extract import Overrides, apply, extract
from archivist.importer.text import extract_text
from collections import Counter

P1 = ("부산시는 다음 달 해수욕장 개장을 앞두고 안전요원을 두 배로 늘리고 구조 장비를 새로 들여놓는다고 "
      "1일 밝혔다. 시는 올해 피서객이 지난해보다 늘어날 것으로 보고 있다.")
P2 = ("시는 해운대와 광안리 등 일곱 곳의 해수욕장에서 수상 안전 교육을 실시하고, 야간 순찰도 강화하기로 했다. "
      "구조대는 드론과 수상 오토바이를 함께 운용한다.")
P3 = "시 관계자는 \"시민들이 안심하고 바다를 즐길 수 있도록 준비하겠다\"고 말했다."
TITLE = "부산 해수욕장 개장 앞두고 안전요원 두 배로 늘린다"


def page(body: str, head: str = "") -> str:
    """Return a Korean dump: a menu, the headline, a date, `head`, then `body` and a footer."""
    return (f"  * 홈\n  * 정치\n  * 사회\n로그인\n\n{TITLE}\n\n입력 2025.06.01 10:00\n{head}\n\n{body}\n\n"
            "ⓒ 예시일보 무단전재 및 재배포 금지\n")


def paragraphs(record) -> list[str]:
    """Return the body's paragraphs."""
    return [p.strip() for p in record.body.split("\n\n") if p.strip()]


def test_portal_teasers_cut_short_are_not_the_article():
    """A portal's teaser list (headline, snippet cut mid-sentence) weighs less than the article."""
    snippet = ("서울의 한 대학 근처 술집에서 즉석으로 여성들과 만나 술을 마시던 남성 일행이 이른바 골뱅이 사건을 "
               "벌였다는 의혹이 제기돼 경찰이 수사에 착수했다. 경찰에 따르면 지난달 말 서울 마포구의 한 주점에서 있")
    teasers = "\n".join(f"  * 함께 볼만한 기사 제목 {k}번째 이야기\n    {snippet}{k}" for k in range(8))
    record = extract_text(page(f"{P1}\n\n{P2}\n\n{P3}") + f"\n함께 볼만한 뉴스\n{teasers}\n", "portal.txt")
    assert paragraphs(record) == [P1, P2, P3]
    assert record.title == TITLE


def test_deck_lines_above_the_article_are_kept_in_order_and_are_not_the_title():
    """Sub-headline lines between the headline and the article are body, each its own paragraph."""
    deck = "안전요원 두 배, 구조 장비 새로\n\n야간 순찰도 강화하기로"
    record = extract_text(page(f"{deck}\n\n{P1}\n\n{P2}"), "deck.txt")
    assert paragraphs(record)[:3] == ["안전요원 두 배, 구조 장비 새로", "야간 순찰도 강화하기로", P1]
    assert record.title == TITLE


def test_deck_printed_under_the_headline_above_byline_and_controls_is_kept():
    """A deck right below the headline, with only the byline, date and controls before the article, is body."""
    text = (f"  * 홈\n  * 사회\n\n{TITLE}\n\n피서철 드론 구조대 첫 운영\n야간 순찰도 강화하기로\n\n"
            f"  * 부산=홍길동 기자\n  * 입력 2025.06.01 10:00\n글자크기 설정\n가\n가\n\n{P1}\n\n{P2}\n")
    record = extract_text(text, "deck-apart.txt")
    assert paragraphs(record)[:3] == ["피서철 드론 구조대 첫 운영", "야간 순찰도 강화하기로", P1]
    assert record.title == TITLE


def test_alt_text_and_its_longer_caption_are_both_dropped():
    """An image's alt text, cut short, then the caption repeating it: both are captions, never body."""
    alt = "[부산=뉴시스] 1일 부산 해운대해수욕장에서 구조대원들이 수상 오토바이를 점검하고 있다. (사진=부산시 제"
    caption = alt[:-2] + "제공) photo@newsis.com *재판매 및 DB 금지"
    record = extract_text(page(f"{alt}\n{caption}\n{P1}\n\n{P2}"), "alt.txt")
    assert paragraphs(record) == [P1, P2]
    assert {d.reason for d in record.dropped if "수상 오토바이를 점검" in d.text} == {"caption"}


def test_caption_glued_before_the_opening_dateline_is_split_off():
    """A browser copy runs the caption into the first paragraph; the paragraph is kept, the caption not."""
    caption = "1일 부산 해운대해수욕장에서 구조대원들이 장비를 점검하고 있다. (사진=부산시 제공) *재판매 및 DB 금지"
    record = extract_text(page(f"{caption}[부산=뉴시스]홍길동 기자 = {P1}\n\n{P2}"), "glued-caption.txt")
    assert paragraphs(record) == [P1, P2]
    assert record.reporters == ["홍길동"]


def test_credited_caption_and_enlarge_control_are_dropped():
    """A description sentence with its credit, and the "enlarge" control, are not body."""
    record = extract_text(page(f"{P1}\n사진 확대\n구조대원들이 해변에서 훈련하고 있다. 부산시 제공\n\n{P2}"), "credit.txt")
    assert paragraphs(record) == [P1, P2]


def test_dateline_byline_glued_to_the_last_sentence_keeps_the_sentence():
    """`…말했다.부산=홍길동 기자 x@y` loses the byline, not the sentence, and the byline is read."""
    record = extract_text(page(f"{P1}\n\n{P2}\n\n{P3}부산=홍길동 기자 hong@example.com"), "glued.txt")
    assert paragraphs(record) == [P1, P2, P3]
    assert record.reporters == ["홍길동"] and record.emails == ["hong@example.com"]


@pytest.mark.parametrize("leftover", [
    "[BUTTON Search] (not implemented)",
    "#alternate Example News RSS feed [RSS]",
    "Subscribe to our newsletter today",
    "https://www.example.com/news/2019/11/harbour-opens",
    "Jane Roe Harbour DeskJane Roe Harbour Desk",
    "□ Who pays for the harbour",
])
def test_converter_leftovers_and_chrome_are_never_the_headline(leftover):
    """A converter's leftover or a site control right above the article is not taken as its headline."""
    body = ("The city opened its new harbour on Monday after four years of building work. "
            "Officials said the harbour would handle twice as many ships as the old one.\n\n"
            "Shipping companies welcomed the opening and said they would add routes next year, "
            "bringing more trade and jobs to the region.")
    text = f"Home\nNews\n\nCity opens new harbour after four years of work\n\n{leftover}\n\n{body}\n"
    record = extract_text(text, "leftover.txt")
    assert record.title == "City opens new harbour after four years of work"


def test_no_confident_headline_is_an_error_asking_for_title():
    """Two candidates that fit equally well: the import asks for --title instead of guessing."""
    body = ("The city opened its new harbour on Monday after four years of building work. "
            "Officials said the harbour would handle twice as many ships as the old one.")
    text = f"City opens new harbour\n\nNew harbour opens in city\n\n{body}\n\nPublished 2019-11-18\n"
    record = extract(text.encode(), "unsure.txt")
    assert record.doubts and not record.title
    with pytest.raises(ContentError, match=r'title: no headline found; give one with --title "…"'):
        apply(record, Overrides(), Counter())


def test_flash_article_of_one_sentence_is_imported():
    """`[속보]` and one sentence right below it is a short article, not "no article text"."""
    text = ("  * 홈\n  * 경제\n\n[속보] 한국은행, 기준금리 연 2.50%로 동결\n\n입력 2025.07.10 09:41\n\n"
            "한국은행 금융통화위원회는 10일 기준금리를 연 2.50%로 동결했다.\n\n홍길동 기자 hong@example.com\n\n"
            "많이 본 뉴스\n  * 여름철 전력 수요 역대 최대 전망\n  * 서울 지하철 요금 인상 논의 본격화\n")
    record = apply(extract(text.encode(), "flash.txt"), Overrides(), Counter())
    assert record.title == "[속보] 한국은행, 기준금리 연 2.50%로 동결"
    assert record.body.strip() == "한국은행 금융통화위원회는 10일 기준금리를 연 2.50%로 동결했다."


def test_tv_transcript_keeps_anchor_and_reporter_parts():
    """A TV-news transcript's `<앵커>` and `<기자>` parts are body."""
    body = f"<앵커>\n\n{P1}\n\n<기자>\n\n{P2}\n\n{P3}"
    record = extract_text(page(body), "tv.txt")
    assert "<앵커>" in record.body and "<기자>" in record.body
    assert P2 in record.body and P3 in record.body


def test_w3m_side_by_side_columns_are_split_apart():
    """w3m prints a ranking column beside the article on the same lines; the article comes out whole."""
    side = [f"• {k} 순위 기사 제목 {k}번 이야기가 여기에 있다" for k in range(1, 9)]
    rows = [f"{TITLE:<60}{'':8}{side[0]}", f"입력 2025.06.01 10:00{'':40}{side[1]}", f"{'':70}{side[2]}"]
    for k, paragraph in enumerate((P1, P2, P3)):
        rows.append(f"{paragraph}{'':8}{side[3 + k]}")
        rows.append("")
    rows.append(f"ⓒ 예시일보 무단전재 및 재배포 금지{'':30}{side[6]}")
    record = extract_text("\n".join(["  * 홈", "  * 사회", "", *rows, ""]), "w3m.txt")
    assert paragraphs(record) == [P1, P2, P3]
    assert record.title == TITLE


def centred_page() -> tuple[str, list[str], list[str]]:
    """Return a w3m dump of a centred page (its lines, each indented by half the room it leaves; a menu row and a
    form with their cells spaced out), its headline and its paragraphs."""
    title = "Plan to close the old harbour draws mounting opposition"
    paras = ["Opposition to a plan to close the old harbour is mounting among fishermen and shop owners.",
             "The council proposed the closure last month, saying the new harbour would take all the ships.",
             "Fishermen said the new harbour charges fees they cannot afford, and shops near the old quay fear "
             "losing their customers.", "The council will vote on the plan in March."]
    menu = ["READ TODAY'S STORIES AND E-EDITION                      SUBSCRIBE |  CONTACT US", "News",
            "• Editorials", "• Letters", "• Readers Forum", "Bookmark Title :                   [                    ]",
            "Bookmark Text :                    [                    ]", "[Save]"]
    centred = [*menu, title, "By Jane Roe\n" + " " * 485 + "Published: 11/18/2011 2:27 AM", *paras]
    # the rows with cells are centred in a narrower table cell than the text below them
    rows = [" " * (429 if "|" in line else 458 if ":" in line and "[" in line else (1000 - len(line)) // 2) + line
            for line in centred]
    return "\n\n".join(["  * Home\n  * News", *rows, "Privacy policy"]) + "\n", title, paras


def test_w3m_centred_text_is_no_side_column():
    """w3m prints a centred block with each line indented by half the room it leaves: deep, ever different indents
    around one middle, no second cell beside an empty first one; its lines keep their order and their cells."""
    from archivist.importer import layout

    text, _, _ = centred_page()
    lines = text.split("\n")
    assert [line.strip() for line in layout.split_columns(lines) if line.strip()] == \
        [line.strip() for line in lines if line.strip()]


def test_a_side_column_filled_to_the_right_edge_is_no_centred_text():
    """w3m at 80 columns fills a narrow side column's items to the right edge: one middle, as centred text has, but
    also one right edge. The lines stay where they are for the column splitter."""
    from archivist.importer import layout

    items = ["해수욕장안전요원을두", "배로늘리고구조장비를", "새로들여놓는다고밝혀", "시는올해피서객이늘어"] * 2  # 20 columns each
    lines = [" " * 60 + item for item in items] + [" " * 50 + "해수욕장개장앞두고안전요원두배로늘린다"]  # 40 columns
    assert layout._uncentered(lines) == lines


def test_w3m_centred_text_comes_out_whole():
    """The article of a centred page comes out whole, under its headline."""
    text, title, paras = centred_page()
    record = extract_text(text, "w3m.txt")
    assert paragraphs(record) == paras
    assert record.title == title


def test_markup_and_rule_lines_are_not_text():
    """A page's source printed as text, and box-drawing rules, never outweigh the article."""
    markup = "<meta name=\\\"viewport\\\" content=\\\"width=device-width\\\">\\n" * 40
    record = extract_text(page(f"{P1}\n\n{P2}") + "\n" + "━" * 200 + "\n" + markup + "\n", "markup.txt")
    assert paragraphs(record) == [P1, P2]
    assert {d.reason for d in record.dropped} >= {"markup or code", "rule or ornament"}


def test_two_blocks_of_like_weight_are_named_for_review_and_explained(run_import, tmp_path):
    """When another block weighs nearly as much as the article, the summary says so and --explain shows it."""
    other = ("Q. 해수욕장 주변 주차장은 몇 시까지 운영하나요? 주차장은 밤 열 시까지 운영하며 주말에는 자정까지 연장한다. "
             "요금은 시간당 이천 원이며 경차는 절반을 할인받는다.")
    menu = "\n".join(f"  * 메뉴 {k}" for k in range(30))
    more = ("Q. 샤워장과 탈의실은 무료인가요? 공용 샤워장은 무료로 운영하지만 온수 샤워는 한 번에 천 원을 받는다. "
            "탈의실은 해변 입구 세 곳에 새로 마련했다.")
    (tmp_path / "page.txt").write_text(page(f"{P1}\n\n{P2}\n\n{P3}") + f"\n{menu}\n\n{other}\n\n{more}\n",
                                       encoding="utf-8")
    status, _, err = run_import("page.txt", "--dry-run", "--explain")
    assert status == 0
    assert "page.txt: please review: another block of the page weighs nearly as much" in err
    assert "page.txt: the runner-up block (not imported):\n  | Q. 해수욕장 주변 주차장은" in err


def test_summary_box_repeating_the_articles_sentences_is_dropped():
    """A summary box's lines are the article's own sentences: the copies go, the paragraphs stay."""
    first_sentence = P1.split(". ")[0] + "."
    record = extract_text(page(f"{first_sentence}\n\n{P1}\n\n{P2}\n\n{P3}"), "summary.txt")
    assert paragraphs(record) == [P1, P2, P3]
    assert ("repeated text", first_sentence) in {(d.reason, d.text) for d in record.dropped}


def test_a_long_contact_box_does_not_outweigh_the_article():
    """An outlet's contact box (labelled phone and fax numbers) is one long line, but not article text."""
    contact = ("The Example Times customer service centre can be contacted with any questions or requests: "
               "Telephone: 03-7619056 Fax: 03-5613699 E-mail: help@example.com. The centre is staffed on weekdays "
               "between 07:00 and 14:00. For international customers: Telephone +972-3-761-9056, toll free "
               "1-800-574-574, or write to the postal address on our website for subscriptions and deliveries.")
    body = ("The city opened its new harbour on Monday after four years of building work. "
            "Officials said the harbour would handle twice as many ships as the old one.")
    text = f"Home\n\nCity opens new harbour after four years of work\n\n{body}\n\n" + "Menu item\n" * 20 + contact
    record = extract_text(text, "contact.txt")
    assert record.body.strip() == body


def test_a_caption_printed_again_and_again_is_not_text():
    """A gallery prints each photo's caption three times and more; the article prints a paragraph once."""
    caption = ("Defence ministers of the two countries shake hands in the capital on Wednesday, Nov. 20, 2019, "
               "after signing an agreement on the coast guard. (AP Photo/Jane Roe, Pool)x")
    body = ("The city opened its new harbour on Monday after four years of building work. "
            "Officials said the harbour would handle twice as many ships as the old one.")
    gallery = "\n".join([caption, "Image 1 of 8", caption, "Caption", caption, caption])
    record = extract_text(f"Home\n\nCity opens new harbour after four years of work\n\n{gallery}\n\n{body}\n",
                          "gallery.txt")
    assert record.body.strip() == body


def test_a_caption_printed_again_cut_at_different_lengths_is_not_text():
    """A gallery prints a caption whole, as a list item and cut to fit (`… relations with`): copies opening alike."""
    caption = ("Defence ministers of the two countries shake hands in the capital on Wednesday, Nov. 20, 2019, "
               "after signing an agreement on the coast guard and on the patrols they will share next year.")
    body = ("The city opened its new harbour on Monday after four years of building work. "
            "Officials said the harbour would handle twice as many ships as the old one.")
    more = ("Shipping companies welcomed the opening and said they would add routes next year, "
            "bringing more trade and jobs to the region.")
    gallery = "\n".join([f"  * {caption}", caption[:150], caption[:120] + " ... more", "Photo: Jane Roe, AP",
                         "Image 1 of 8", "Caption", caption[:150], caption[:120] + " ... more", "Back to Gallery"])
    record = extract_text(f"Home\n\nCity opens new harbour after four years of work\n\n{gallery}\n\n{body}\n\n{more}\n",
                          "gallery-cut.txt")
    assert paragraphs(record) == [body, more]


EN_BODY = ("The city opened its new harbour on Monday after four years of building work. "
           "Officials said the harbour would handle twice as many ships as the old one.")
EN_MORE = ("Shipping companies welcomed the opening and said they would add routes next year, "
           "bringing more trade and jobs to the region.")


def en_page(middle: str) -> str:
    """Return an English dump: a menu, the headline, a byline, a paragraph, `middle`, another paragraph."""
    return f"Home\n\nCity opens new harbour after four years of work\n\nBy Jane Roe\n\n{EN_BODY}\n\n{middle}\n\n{EN_MORE}\n"


@pytest.mark.parametrize("noise_line", [
    "Cranes unload the first ship at the new harbour on Monday (Image: GETTY )",
    "The new harbour seen from the old lighthouse, where the ships now wait to dockCredit: EPA",
    "In this photo issued by the city, the mayor opens the harbour on Monday, Nov. 18, 2019",
    "In this Nov. 18, 2019, photo, the first ship enters the new harbour",
    "SEE MORE: Ports across the region race to build bigger docks",
    "Related: How the old harbour was built a century ago",
    "Mayor defends the harbour's cost at a stormy council meeting [VIDEO]",
    "[button link=”https://example.org/tours/” type=”big”] Book YOUR harbour tour[/button]",
    "This slideshow requires JavaScript.",
    "Follow Region Daily on Instagram, Facebook, Twitter and YouTube.",
    "The first ship at the new harbour The first ship at the new harbour",
    "[harbour-opening-3-1]\n\n[harbour-opening-27]",
])
def test_english_captions_story_links_and_leftovers_inside_the_article_are_dropped(noise_line):
    """An English caption with its credit (or an alt text printed twice), a link to another story, a follow
    request, a shortcode, a script notice or w3m's image placeholders (`[file-name-3-1]`) is no paragraph."""
    assert paragraphs(extract_text(en_page(noise_line), "en-noise.txt")) == [EN_BODY, EN_MORE]


def test_an_english_paragraph_naming_credit_or_a_watch_headline_is_kept():
    """A sentence about credit and a paragraph that opens like a label stay text."""
    line = "Watch: the council gave the builders credit: they finished the harbour on time and under budget."
    assert paragraphs(extract_text(en_page(line), "en-kept.txt")) == [EN_BODY, line, EN_MORE]


def test_a_river_of_teasers_below_the_sites_rights_notice_is_not_the_article():
    """Headline-and-sentence teasers after `© … All Rights Reserved.` may outweigh the notice; the article ended above it."""
    teasers = "\n\n".join(f"Port number {k} opens a new ferry line\n\nThe ferry line will carry passengers and cars "
                          f"between the islands and the mainland from next spring, its operator said on Monday {k}.\n\n"
                          f"{k}H ago" for k in range(8))
    text = (f"Home\n\nCity opens new harbour after four years of work\n\nBy Jane Roe\n\n{EN_BODY}\n\n{EN_MORE}\n\n"
            f"© 2019 Region Media Inc. All Rights Reserved.\n\nWorld\nMore World\n{teasers}\n")
    assert paragraphs(extract_text(text, "river.txt")) == [EN_BODY, EN_MORE]


@pytest.mark.parametrize("item", ["{}", "  * {}"])
def test_a_trending_box_inside_the_article_is_dropped_with_its_items(item):
    """A `Trending News` heading and the headlines listed under it, between two paragraphs, are no text."""
    box = "\n".join(item.format(t) for t in ("Ferry line opens between the islands", "Storm closes the coast road",
                                               "Council votes on the new bridge"))
    assert paragraphs(extract_text(en_page(f"Trending News\n{box}"), "trending.txt")) == [EN_BODY, EN_MORE]


def test_an_embeds_long_address_printed_as_text_is_dropped():
    """`https://…/embed/?v=…` with its encoded data, even with a space inside, is no paragraph."""
    blob = "https://video.example.com/embed/video/?v=1.77d1ff0c" + "9aB3dE%2F5fG7hJ" * 20 + " AELyy" + "Ig5DN8hZ" * 10
    text = f"Home\n\nCity opens new harbour after four years of work\n\nBy Jane Roe\n\n{blob}\n\n{EN_BODY}\n\n{EN_MORE}\n"
    assert paragraphs(extract_text(text, "blob.txt")) == [EN_BODY, EN_MORE]


def test_a_subhead_opening_on_a_control_verb_is_kept():
    """`Follow the money` between two paragraphs is an in-body heading, not a control."""
    record = extract_text(en_page("Follow the money"), "en-subhead.txt")
    assert "## Follow the money" in record.body


def test_a_text_size_menus_steps_are_controls():
    """A browser's copy prints a text-size menu's steps one a line (`가4단계 아주크게`): controls, never the headline
    nor text; a sentence about steps is no control."""
    for step in ("가1단계 작게", "가2단계 보통", "가4단계 아주크게", "가5단계 최대크게"):
        assert noise.classify(step) == noise.WIDGET, step
    assert noise.classify("정부는 3단계 크게 완화했다") is None
    for options in ("말하기 속도 느림 보통 빠름", "말하기 속도 (3) 느림 (2) 보통 (0) 빠름", "성별 남성 여성"):
        assert noise.classify(options) == noise.WIDGET, options  # a read-aloud player's choices
    assert noise.classify("성별 차이가 크다") is None


def test_a_headline_over_its_deck_and_an_ad_stands_on_the_byline_below_them():
    """Headline, three deck lines, an ad box, then the byline and date: the ad's lines are no text between the
    headline and its byline, so the headline, not a deck line, is the title."""
    deck = "드론 구조대 첫 운영\n야간 순찰도 강화하기로\n수상 안전 교육 일곱 곳에서"
    ad = "AD\n50대 이후 무릎 관절 관리, 이렇게 하세요\n\n하루 10분 투자로 관절 건강을 지키는 방법을 지금 바로 확인해 보세요."
    text = (f"  * 홈\n  * 사회\n\n{TITLE}\n\n{deck}\n\n{ad}\n\n  * 부산=홍길동 기자\n  * 업데이트 2025.06.01 11:00\n"
            f"입력 2025.06.01 10:00\n\n{P1}\n\n{P2}\n")
    assert extract_text(text, "deck-ad.txt").title == TITLE
