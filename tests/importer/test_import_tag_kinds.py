"""Kinds of bad suggested tags (issue #23), each on a small page written for the test, from HTML and from the
three dump styles: a site's section names in its keyword metadata, the outlet in another spelling, the
outlet's description, names cut at a particle-like letter, stacked particles, a particle left on a noun,
pronouns and empty nouns, the outlet named by a Follow line or the page-title line, menu labels.

Every page here is made up; the kinds are those the tag audit (benchmarks/tag_audit.py) counts.
"""

from __future__ import annotations

from collections import Counter

import pytest

from archivist.importer import pool, tag_filters, tags
from archivist.importer.extract import extract, suggest_tags
from archivist.importer.record import Dropped, ImportedArticle
from dump_styles import STYLES, dumps, news_page, page, paragraphs
from tests.guard import no_hang

TITLE_KO = "물류센터 방역 비상에 박지만 회장 긴급 점검"
ARTICLE_KO = paragraphs(
    "예시시 물류센터에서 확진자가 잇따라 나오자 박지만 회장이 현장을 찾았다. 박지만 회장은 방역 수칙을 다시 "
    "점검하라고 지시했다.",
    "물류센터 노동자들은 방역 인력을 늘려 달라고 요구했다. 다른 물류센터에서도 확진자가 나왔고, 노동자들은 "
    "물류센터 방역이 늦었다고 말했다.",
    "박지만 회장은 물류센터 방역 비용을 회사가 모두 부담하겠다고 밝혔다. 예시시는 물류센터 노동자 전원을 "
    "검사하기로 했다. 지역 사회도 긴장하고 있다.",
)
# A site's keyword metadata: its sections, its own name and description, then the article's topics.
KEYWORDS_KO = "속보, 사회, 경제뉴스, 예시일보, YESI뉴스, 신문, 보도, 물류센터, 방역"
SECTIONS_KO = {"속보", "사회", "경제뉴스", "예시일보", "YESI뉴스", "신문", "보도"}


def with_head(html: str, head: str) -> str:
    """Return the page with extra tags in its head."""
    return html.replace("</head>", head + "</head>", 1)


def suggested(raw: str, path: str) -> list[str]:
    """Return the tags the importer suggests for one raw page (no archive tags yet)."""
    return suggest_tags(extract(raw.encode("utf-8"), path), Counter())


@pytest.fixture(scope="module")
def korean_page() -> str:
    """Return the Korean page, with keyword metadata and its own address."""
    return with_head(news_page(TITLE_KO, ARTICLE_KO),
                     f"<meta name=keywords content='{KEYWORDS_KO}'>"
                     "<meta property=og:url content='https://www.yesiilbo.co.kr/news/1'>")


def test_keyword_metadata_counts_only_for_words_the_body_uses(korean_page):
    """Section names, the outlet (any spelling) and its description in keyword metadata are no tags; the
    article's topics there are. A section the body happens to use as a word (`사회`) is known by the
    page's own menu."""
    picked = suggested(korean_page, "page.html")
    assert picked[:2] == ["물류센터", "방역"]
    assert not SECTIONS_KO & set(picked)


def test_a_name_ending_in_a_particle_like_letter_stays_whole(korean_page):
    """`박지만` (seen bare and with particles) is the tag, never `박지` cut at `만`."""
    assert "박지만" in suggested(korean_page, "page.html")
    nouns = tags.salient_nouns(TITLE_KO, "박지만 회장이 왔다. 박지만 회장은 박지만 씨다.", "ko")
    assert "박지만" in nouns and "박지" not in nouns


@pytest.fixture(scope="module")
def korean_dumps(browser, korean_page) -> dict[str, str]:
    """Return the Korean page in the three dump styles."""
    return dumps(browser, korean_page)


@pytest.mark.parametrize("style", STYLES)
def test_dumps_give_the_topics_not_menus_or_fragments(korean_dumps, style):
    """From every dump style: the article's nouns, whole; no menu word, no name cut short."""
    picked = suggested(korean_dumps[style], f"page.{style}.txt")
    assert {"물류센터", "방역", "박지만"} <= set(picked)
    assert not {"박지", "정치", "경제", "사회", "국제", "예시일보"} & set(picked)


def test_stacked_particles_leave_the_noun():
    """`대통령으로도`, `대통령으로서`, `정부에서만`, `정부에선` give `대통령`, `정부`; `것으로` gives no `것으`."""
    body = "대통령으로도 대통령으로 대통령으로서 대통령이 정부에서만 정부에선 정부가 정부는 것으로 것으로 것은 "
    nouns = tags.salient_nouns("제목", body * 2, "ko")
    assert {"대통령", "정부"} <= set(nouns)
    assert not {"대통령으로", "정부에서", "정부에", "것으", "것으로"} & set(nouns)


def outlet_from(source: str = "", url: str = "", emails: tuple[str, ...] = (), copyright: str = "") -> tag_filters.Outlet:
    """Return the outlet evidence of a record with this source, URL, e-mail and copyright line."""
    record = ImportedArticle("a.html", source=source, url=url, emails=list(emails))
    record.dropped = [Dropped(copyright, "copyright")] if copyright else []
    return tag_filters.outlet_of(record)


@pytest.mark.parametrize("tag, evidence", [
    ("yesi뉴스", {"url": "https://www.yesinews.co.kr/a/1"}),          # a Latin beginning of the domain + 뉴스
    ("YESI신문", {"emails": ("hong@yesiilbo.com",)}),                  # … of the reporter's e-mail domain
    ("예시신문", {"source": "예시뉴스"}),                                # the name with another brand word
    ("예시일보", {"copyright": "ⓒ 예시신문 무단전재 및 재배포 금지"}),   # … of the copyright line's name
    ("CBS", {"copyright": "© 2004-2019 CBS Interactive. All Rights Reserved."}),  # the company's acronym
    ("HTX", {"source": "HTX Media Group"}),
])
def test_the_outlet_in_another_spelling_is_not_a_tag(tag, evidence):
    """The outlet's brand spelt another way is found from the page's own evidence."""
    assert tag_filters.names_outlet(tag, outlet_from(**evidence))


@pytest.mark.parametrize("tag, evidence", [
    ("Group", {"source": "HTX Media Group"}),       # only the acronym of a company's name is its brand
    ("Harbour", {"copyright": "© 2019 Harbour Regional Media Group. All rights reserved."}),
    ("서울", {"url": "https://www.yesinews.co.kr/a/1"}),
    ("경제", {"source": "예시뉴스"}),
    ("Yes", {"url": "https://www.yesinews.co.kr/a/1"}),     # no brand word after it: a word, not the domain
])
def test_other_words_beside_the_outlet_stay_tags(tag, evidence):
    """Plain words of a company's long name, and words the outlet merely shares letters with, stay tags."""
    assert not tag_filters.names_outlet(tag, outlet_from(**evidence))


@pytest.mark.parametrize("label", sorted(tag_filters.NEWS_LABELS))
def test_labels_of_the_news_genre_are_not_tags(label):
    """What a news page calls itself or its items (`[속보]`, `신문`, `보도`) is no topic."""
    body = f"[{label}] 물류센터 방역 비상. {label} {label} {label}에 따르면 물류센터 방역이 늦었다. 물류센터 노동자."
    assert label not in tags.suggest("물류센터 방역 비상", body, "ko", [label], Counter())


ARTICLE_EN = paragraphs(
    "The city's harbour ferry will carry passengers again from Monday, after three months of repairs to its two "
    "piers, the Port Authority said on Tuesday. The Ferry Board approved the timetable.",
    "Engineers found cracks in the older pier in November, and the Ferry Board halted the service while divers "
    "checked the foundations. HTX reporters saw the work, and HTX cameras filmed it.",
    "“We would rather lose a season than take a risk,” said Maria Lopez of the Port Authority. The Ferry Board "
    "meets again in March. HTX will report on it.",
)
TITLE_EN = "Harbour ferry to resume after pier repairs"


@pytest.fixture(scope="module")
def english_page() -> str:
    """Return an English page with section words and the outlet in its keyword metadata."""
    html = page("en", TITLE_EN, "<a href='/'>HTX News</a><nav><a href='/local'>Local</a> <a href='/sport'>Sport</a></nav>",
                "<p>By Jane Roe</p><p>November 19, 2019</p>", ARTICLE_EN, "",
                "<p>© 2019 HTX Media Group. All rights reserved.</p>")
    return with_head(html, "<meta name=keywords content='News, Local, Breaking, HTX News, ferry, Ferry Board'>"
                           "<meta property=og:url content='https://www.htxnews.com/local/ferry'>")


def test_english_keywords_the_body_never_uses_are_not_tags(english_page):
    """`News`, `Local`, `Breaking` and the outlet are dropped from the keyword metadata; `ferry` stays,
    and the words of a picked name are not repeated alone (`Ferry`, `Board` after `Ferry Board`)."""
    picked = suggested(english_page, "page.html")
    assert picked[:2] == ["ferry", "Ferry Board"]
    assert not {"News", "Local", "Breaking", "HTX News", "HTX", "Board"} & set(picked)


@pytest.mark.parametrize("style", STYLES)
def test_english_dumps_leave_the_outlet_acronym_out(browser, english_page, style):
    """From each dump style, the copyright line's company acronym (`HTX`) is no tag; the topics are."""
    picked = suggested(dumps(browser, english_page)[style], f"page.{style}.txt")
    assert "Ferry Board" in picked
    assert "HTX" not in picked


def test_a_title_word_the_body_writes_only_inside_a_longer_word_is_not_a_tag():
    """`Flat` and `Irons` of a title, where the body writes `Flatirons`, are pieces of a word; an English title
    word the body never writes at all (`Trailhead`) is the headline's own (on real pages: a site name or an
    author beside it, a kicker, a word cut short), not a topic."""
    body = ("Hikers reach the Flatirons by the Mesa trail. The Flatirons close at dusk. "
            "Boulder rangers patrol the Flatirons, and Boulder opens more parking.")
    picked = tags.suggest("Flat Irons Trailhead reopens in Boulder", body, "en", [], Counter())
    assert "Boulder" in picked and "Flatirons" in picked
    assert not {"Flat", "Irons", "Trailhead"} & set(picked)
    nouns = tags.salient_nouns("예시 신공항 착공", "예시섬 신공항은 예시섬에 들어선다. 예시섬 신공항 공사가 시작됐다.", "ko")
    assert "예시섬" in nouns and "예시" not in nouns


def test_a_particle_left_on_a_noun_goes_when_the_page_writes_the_noun_alone():
    """`정부가` beside `정부는`, `시장에서` beside `시장에서는`, `소의` beside `소`, `한국은행의` beside `한국은행은`:
    the page's own words show the particle, so the noun is the tag (a one-letter noun is none)."""
    body = ("정부가 소 값 대책을 내놨다. 정부는 시장에서 소의 값을 점검했다. 시장에서는 소 값이 올랐다고 했다. "
            "소의 가격은 시장에서 정해진다. 한국은행의 자료를 보면 한국은행은 물가를 우려했다. 정부가 다시 나섰다.\n")
    nouns = tags.salient_nouns("소 값 폭등에 대책", body * 2, "ko")
    assert {"정부", "시장", "한국은행"} <= set(nouns)
    assert not {"정부가", "시장에서", "소의", "소", "한국은행의"} & set(nouns)


def test_a_noun_ending_like_a_particle_stays_whole_when_it_takes_particles_of_its_own():
    """`수도를`, `국가가`, `이의를`: the word is a noun (수 + 도, 국 + 가, 이 + 의 are no splits), even where the
    page writes its first letter alone (`할 수`, `국 한 그릇`, `이 사건`)."""
    body = ("수도를 옮기자는 말이 나왔다. 수도 이전은 할 수 있는 일이 아니다. 국가가 나서라는 요구에 국 한 그릇을 "
            "나눴다. 국가를 믿은 사람들이 이 사건에 이의를 제기했다. 수도 이전과 국가 재정에 이의 제기가 잇따랐다.\n")
    nouns = tags.salient_nouns("수도 이전 논란", body * 2, "ko")
    assert {"수도", "국가", "이의"} <= set(nouns)


@pytest.mark.parametrize("word", ["이곳", "그곳", "이번", "해당", "당시", "이날", "그날", "관계자", "과정"])
def test_pronouns_demonstratives_and_empty_nouns_are_not_tags(word):
    """A word that points at a topic or stands in for one is no tag, however often the article writes it,
    nor as a keyword of the page's metadata."""
    body = (f"{word} 물류센터 방역이 늦었다. {word}에서 물류센터 노동자가 말했다. {word}의 방역 인력이 모자랐다. "
            f"{word}은 물류센터 노동자 전원을 검사했다.\n") * 3
    picked = tags.suggest("물류센터 방역 비상", body, "ko", [word], Counter())
    assert "물류센터" in picked and word not in picked


@pytest.mark.parametrize("word", ["이해", "이주", "그림", "저축", "이재명"])
def test_words_that_merely_start_with_a_demonstrative_are_no_empty_nouns(word):
    """`이해`, `이주`, `그림` start with 이/그/저 but are nouns of their own."""
    assert not tag_filters.is_empty(word)


ARTICLE_EMPTY = paragraphs(
    "예시시 소년공 출신 김예시 당선인이 이번 선거에서 이겼다. 소년공이 당선인이 된 것은 처음이다. 당시 이곳 공장에서 "
    "일하던 소년공 김예시는 이날 이곳을 다시 찾았다.",
    "해당 공장 관계자는 이번 방문을 반겼다. 관계자는 당시 소년공이 많았다고 말했다. 김예시 당선인은 이곳에서 소년공 "
    "시절을 떠올렸다.",
    "김예시 당선인은 이날 공장 노동자들과 만났다. 소년공 출신 당선인은 노동자 안전을 약속했다. 이번 공약은 해당 "
    "공장 노동자들이 요구한 것이다.",
)


@pytest.mark.parametrize("style", STYLES)
def test_dumps_give_no_particle_or_empty_noun(browser, style):
    """From every dump style: `소년공` (written bare too) without its particle, and none of `이번`, `이곳`,
    `당시`, `이날`, `해당`, `관계자`."""
    picked = suggested(dumps(browser, news_page("소년공 출신 김예시 당선인, 이곳 공장 다시 찾아", ARTICLE_EMPTY))[style],
                       f"page.{style}.txt")
    assert {"소년공", "당선인"} <= set(picked)
    assert not {"소년공이", "이번", "이곳", "당시", "이날", "해당", "관계자"} & set(picked)


TITLE_FOLLOW = "Marlow Bridge to close for cable repairs"
ARTICLE_FOLLOW = paragraphs(
    "Tidewater council voted on Tuesday to close the Marlow Bridge for repairs, after engineers found corroded "
    "cables under the deck. Drivers will use the Esker Road detour.",
    "Council engineers said the Marlow Bridge cables had rusted faster than expected. Tidewater residents asked "
    "for a ferry while the bridge is closed. The Esker Road detour adds twenty minutes.",
    "Kestrel Courier readers sent photos of the Marlow Bridge. Kestrel Courier asked the council for the report, "
    "and Kestrel Courier photographers were on the deck when the cables were cut.",
    "The council will reopen the Marlow Bridge in spring, Tidewater officials said.",
)
MENU_EN = "".join(f"<a href='/{k}'>{word}</a> " for k, word in enumerate(("News", "Sport", "Podcasts", "Video")))


@pytest.fixture(scope="module")
def follow_page() -> str:
    """Return a page whose outlet is named only by its masthead, a Follow line and the tab's title."""
    return page("en", TITLE_FOLLOW, f"<a href='/'>Kestrel Courier</a><nav>{MENU_EN}</nav>", "<p>By Alan Reed</p>"
                "<p>Monday, March 4, 2024</p>", ARTICLE_FOLLOW, "<p>Follow Kestrel Courier on Twitter and Facebook.</p>",
                "<p>Cookie settings</p>", tab=f"{TITLE_FOLLOW} | Kestrel Courier")


@pytest.mark.parametrize("style", STYLES)
def test_dumps_give_no_outlet_named_by_a_follow_line(browser, follow_page, style):
    """From every dump style: the bridge (its name whole) and the town are tags; the outlet the Follow line
    names is not."""
    picked = suggested(dumps(browser, follow_page)[style], f"page.{style}.txt")
    assert {"Marlow Bridge", "Tidewater"} <= set(picked)
    assert not {"Kestrel", "Courier", "Kestrel Courier"} & set(picked)


@pytest.mark.parametrize("line, name", [
    ("Follow Kestrel Courier on Twitter", "kestrelcourier"),
    ("FOLLOW The Harbour Star", "theharbourstar"),
    (f"{TITLE_FOLLOW} | Kestrel Courier", "kestrelcourier"),
    (f"{TITLE_FOLLOW} - The Harbour Star", "theharbourstar"),
])
def test_a_follow_line_or_the_page_title_line_names_the_outlet(line, name):
    """The outlet a dump shows: the name to follow, the site beside the headline in the page-title line."""
    record = ImportedArticle("page.txt", title=TITLE_FOLLOW)
    record.dropped = [Dropped(line, "outside the article")]
    assert name in tag_filters.outlet_of(record).names


@pytest.mark.parametrize("line", ["Follow us on Twitter", "Follow Us", "Follow the latest news on our app",
                                  f"{TITLE_FOLLOW} | More from the council | Kestrel Courier", "Tidewater | Sport"])
def test_lines_that_name_no_outlet(line):
    """`Follow us`, a lower-case phrase, or a line that is not the headline beside one name, name no outlet."""
    assert tag_filters.named_by_line(line, TITLE_FOLLOW) == ""


def test_a_long_follow_line_is_read_in_bounded_time():
    """A hostile page's `Follow AAAA…` line of 20,000 letters names no outlet, at once (a pattern that could split
    the run into words anywhere took hours)."""
    with no_hang("reading a 20,000-letter Follow line", 10):
        assert tag_filters.named_by_line("Follow " + "A" * 20_000 + "!", TITLE_FOLLOW) == ""
        assert tag_filters.named_by_line("Follow " + "Ab " * 7_000 + "!", TITLE_FOLLOW) == ""


def test_a_menu_label_in_a_breadcrumb_title_is_no_tag_unless_the_prose_uses_it():
    """A title read from a breadcrumb (`Home Music News`) gives no tag of a menu label, but a label the article
    itself writes inside a sentence (`… critics said Music …`) stays a tag."""
    body = "The Tidewater band Kestrel Lights sold out the Marlow hall twice. Tidewater fans queued all night.\n" * 2
    menu = [Dropped(label, "outside the article") for label in ("Home", "* Music", "+ News", "Subscribe")]
    for text, music in ((body, False), (body + "Critics said Music was the Tidewater band's home.\n", True)):
        ranked = tags.salient_nouns("Home Music News", text, "en")
        picked = tags.suggest("Home Music News", text, "en", [], Counter(), ranked=ranked,
                              chrome=tag_filters.chrome_labels(menu, ranked))
        assert "Tidewater" in picked and not {"News", "Home"} & set(picked)
        assert ("Music" in picked) == music


def test_a_folder_worker_sends_back_the_lines_tags_need(tmp_path, follow_page, browser):
    """A folder import's worker keeps only the dropped lines tag suggestion reads (the Follow and page-title
    lines, menu labels among the nouns), and the tags come out as from the whole record."""
    dump = f"{TITLE_FOLLOW} | Kestrel Courier\n" + dumps(browser, follow_page)["inner"]
    (tmp_path / "page.txt").write_text(dump, encoding="utf-8")
    whole = pool.extract_file(str(tmp_path / "page.txt"), explain=True)
    sent = pool.extract_file(str(tmp_path / "page.txt"), explain=False)
    assert len(sent.dropped) < len(whole.dropped)
    assert any("Follow" in line.text for line in sent.dropped)
    assert suggest_tags(sent, Counter()) == suggest_tags(whole, Counter())



@pytest.mark.parametrize("line, name", [
    ("Kestrel Courier Logo", "Kestrel Courier"),
    ("[Kestrel logo]", "Kestrel"),
    ("* The Harbour Star LOGO", "The Harbour Star"),
])
def test_a_logo_line_names_the_outlet(line, name):
    """A logo's alt text alone on a line (lynx and w3m print it) names the site it is the logo of."""
    assert tag_filters.named_by_line(line, TITLE_FOLLOW) == name


@pytest.mark.parametrize("line", ["Logo Return to Top", "[logo-compa]", "site-footer-logo",
                                  "Kestrel Courier app logo Kestrel Courier App Open", "We unveiled a new logo today"])
def test_lines_that_mention_a_logo_but_name_no_outlet(line):
    """A control beside a logo, a picture's file name, a logo's name glued to other labels, a sentence: no outlet."""
    assert tag_filters.named_by_line(line, TITLE_FOLLOW) == ""


@pytest.mark.parametrize("line, found", [("KestrelCourier.com", True), ("  * EXAMPLE.CO.UK", True),
                                         ("ferry-pier-2.jpg", False), ("Visit kestrel.com today", False),
                                         ("x" * 40 + ".com", False)])
def test_a_site_address_alone_on_a_line_is_outlet_evidence(line, found):
    """A header's or footer's `Example.com` names the site (or a sister site); a picture's file name does not."""
    assert tag_filters.is_domain_line(line) is found
    record = ImportedArticle("page.txt", title=TITLE_FOLLOW)
    record.dropped = [Dropped(line, "outside the article")]
    assert ("kestrelcourier" in tag_filters.outlet_of(record).labels) is (line == "KestrelCourier.com")


@pytest.mark.parametrize("tag, label, named", [("KBC", "kbcnews", True), ("KBC", "kbctimes", True),
                                                ("Seattle", "seattletimes", False), ("KB", "kbcnews", False)])
def test_an_acronym_run_together_with_a_brand_word_in_the_domain_is_the_outlet(tag, label, named):
    """`KBC` of kbcnews.com is the outlet; a plain word before the brand word (`Seattle` of seattletimes.com) may be
    the topic, and a shorter acronym is another name."""
    assert tag_filters.names_outlet(tag, tag_filters.Outlet(labels=frozenset({label}))) is named


TITLE_SITE = "Esker Road detour opens before the Marlow Bridge closes"
ARTICLE_SITE = paragraphs(
    "The Esker Road detour opened on Monday, a week before the Marlow Bridge closes for repairs, Tidewater council "
    "said. Ospry readers had asked for it since January.",
    "Council engineers widened the Esker Road junction and added lights at the school. Ospry photographers followed "
    "the crews, and Ospry asked the council for the traffic counts.",
    "The Marlow Bridge closes on March 11, and the detour adds twenty minutes, Tidewater officials said.",
)


@pytest.mark.parametrize("style", STYLES)
def test_dumps_give_no_outlet_named_by_its_address_in_the_footer(browser, style):
    """From every dump style: the site's address alone in its footer (`Ospry.com`) keeps its name out of the tags."""
    html = page("en", TITLE_SITE, f"<nav>{MENU_EN}</nav>", "<p>By Alan Reed</p><p>Monday, March 4, 2024</p>",
                ARTICLE_SITE, "", "<p>Ospry.com</p><p>Cookie settings</p>")
    picked = suggested(dumps(browser, html)[style], f"page.{style}.txt")
    assert {"Marlow Bridge", "Esker Road"} <= set(picked)
    assert "Ospry" not in picked
