"""Tag suggestions: page keywords, the archive's own tags found in the text, then salient nouns."""

from __future__ import annotations

from collections import Counter

import pytest

from archivist.importer import tags

BODY = ("아마존은 앤스로픽에 27억5000만달러를 추가 투자했다. 앤스로픽은 오픈AI 출신이 창업한 회사다. "
        "아마존의 투자로 앤스로픽의 기업가치는 더 오를 전망이다. 반도체 업계도 앤스로픽을 주목한다.")


@pytest.mark.parametrize("word, noun", [("앤스로픽에", "앤스로픽"), ("아마존은", "아마존"), ("기업들의", "기업"),
                                         ("반도체", "반도체"), ("AI를", "AI")])
def test_strip_josa(word, noun):
    """Particles are stripped from the end of a Korean word."""
    assert tags.strip_josa(word) == noun


def test_salient_nouns_prefer_the_title_and_repeated_words():
    """The most repeated nouns, title words weighted up, come first; verbs are left out."""
    nouns = tags.salient_nouns("아마존, 앤스로픽에 투자", BODY, "ko")
    assert nouns[:2] == ["앤스로픽", "아마존"]
    assert not any(n.endswith("했다") for n in nouns)


def test_suggest_order_and_limit():
    """Keywords first, then archive tags found in the text, then nouns; at most five, no repeats."""
    known = Counter({"반도체": 5, "부동산": 9, "AI": 2})
    body = BODY + " 클라우드와 AI 경쟁이다."
    picked = tags.suggest("아마존, 앤스로픽에 투자", body, "ko", ["클라우드", "ai"], known)
    assert picked[:2] == ["클라우드", "ai"]
    assert picked[2] == "반도체"
    assert "부동산" not in picked
    assert len(picked) == tags.MAX_TAGS
    assert len({p.lower() for p in picked}) == len(picked)


def test_english_nouns_are_capitalised_names():
    """In English, repeated capitalised words (names) are suggested, not common words."""
    body = "Rossi beat Keller. Italy leads Austria. Rossi said Italy played well. Rossi will rest."
    assert tags.suggest("Rossi keeps Italy alive", body, "en", [], Counter())[:2] == ["Rossi", "Italy"]


def test_archive_tags_match_whole_latin_words():
    """`AI` is found in `AI 인재` and `the AI race`, not inside `Spain` or `said`."""
    known = Counter({"AI": 3, "반도체": 1})
    assert tags.archive_tags_in("Spain said the rain stopped", known) == []
    assert tags.archive_tags_in("the AI race", known) == ["AI"]
    assert tags.archive_tags_in("AI인재와 반도체에 투자", known) == ["AI", "반도체"]


# What no suggested tag may be (tag_filters): each kind on a small page written here.

from archivist.importer import tag_filters  # noqa: E402
from archivist.importer.record import Dropped, ImportedArticle  # noqa: E402

STORY = ("물류센터 확진자가 늘었다. 물류센터 노동자들은 방역을 요구했다. 물류센터 운영사는 방역을 강화했다. "
         "노동자들은 물류센터 방역이 늦었다고 말했다. ")


def test_converter_leftovers_and_links_are_never_tags():
    """Lynx marks, form controls, feed links, URLs and domains leave no tag (`BUTTON`, `Input`, `RSS`, `com`)."""
    junk = ("[BUTTON] (not implemented) Input Input Input #alternate [RSS] RSS RSS alternate alternate "
            "https://www.example.com/a www.example.com mail@example.com example.com content meta robots ")
    picked = tags.suggest("물류센터 방역 비상", (junk + STORY) * 3, "ko", [], Counter())
    assert picked and picked[0] == "물류센터"
    assert not {"BUTTON", "Input", "RSS", "alternate", "com", "example", "www", "https", "content", "meta"} & set(picked)


def test_lower_case_latin_words_in_korean_text_are_not_tags():
    """Names and acronyms are capitalised: `news`, `project` in a Korean page are leftovers; `AI`, `iPhone` are not."""
    body = "news project issue news project issue AI와 iPhone을 AI가 iPhone이 AI를 iPhone도 " * 2
    picked = tags.suggest("제목", body, "ko", [], Counter())
    assert "AI" in picked and "iPhone" in picked
    assert not {"news", "project", "issue"} & set(picked)


def test_a_word_starting_with_a_digit_is_not_cut_into_a_tag():
    """`1루수` and `1일부터` are skipped whole, never cut into `루수` or `일부터`."""
    body = "1루수 김철수가 1루수 자리를 지켰다. 1루수 수비는 1일부터 1일부터 1일부터 바뀐다. 김철수는 김철수다."
    picked = tags.suggest("1루수 교체", body, "ko", [], Counter())
    assert "루수" not in picked and "일부터" not in picked
    assert "김철수" in picked


def test_accented_latin_names_stay_whole():
    """`Weizsäcker` is one word, not `Weizs`."""
    body = "Weizsäcker spoke. Weizsäcker left Berlin. Weizsäcker returned."
    assert tags.suggest("Weizsäcker in Berlin", body, "en", [], Counter())[0] == "Weizsäcker"


def record_of(source="예시투데이", url="https://www.yt.co.kr/news/1", emails=("hong@yesinews.com",), dropped=()):
    """Return a record carrying an outlet's evidence: source, URL, e-mail, copyright lines."""
    record = ImportedArticle("a.html", source=source, url=url, emails=list(emails), lang="ko")
    record.dropped = [Dropped(text, "copyright") for text in dropped]
    return record


@pytest.mark.parametrize("tag", ["예시투데이", "예시투대이", "예시", "YesiToday", "yt", "YT", "yesinews",
                                 "Yesinews", "예시투데이방송", "예시경제", "YesiEconomy", "ye"])
def test_outlet_names_domains_and_near_misses_are_not_tags(tag):
    """The outlet's name (and a misspelling, a part, a longer form), its domain labels, the initials of its
    romanised name, or a name from the copyright line, are not tags."""
    outlet = tag_filters.outlet_of(record_of(dropped=["Copyright ⓒ 예시경제 & ye.co.kr All rights reserved",
                                                        "ⓒ YesiEconomy"]))
    assert tag_filters.names_outlet(tag, outlet)


@pytest.mark.parametrize("tag", ["물류센터", "예산", "Today", "Yonhap", "뉴스"])
def test_other_words_are_not_taken_for_the_outlet(tag):
    """Words that merely share a few letters with the outlet stay tags."""
    assert not tag_filters.names_outlet(tag, tag_filters.outlet_of(record_of()))


def test_outlet_is_filtered_from_suggestions_end_to_end():
    """In suggest(), the outlet named in the page and its keywords is left out."""
    outlet = tag_filters.outlet_of(record_of())
    body = STORY + " 예시투데이 예시투데이 예시투데이 YesiToday YesiToday YesiToday"
    picked = tags.suggest("물류센터 방역", body, "ko", ["예시투데이", "yesinews", "물류센터"], Counter(), outlet)
    assert picked[0] == "물류센터"
    assert not {"예시투데이", "YesiToday", "yesinews"} & set(picked)


@pytest.mark.parametrize("keyword", [
    "‘로켓 배송’ 치중 뒷전 밀린 ‘방역’ - 예시신문",   # a headline with the outlet after a dash
    "물류센터 방역 비상에 노동자들 불안",              # the title itself
    "물류센터 방역 비상",                             # most of the title
    "방역 당국과 물류업계의 긴급 대책 회의 결과 발표",  # too many words
    "Category: Jupiter",                             # a label, not a tag
    "[단독]물류센터",                                 # headline brackets
])
def test_headlines_in_keyword_metadata_are_not_tags(keyword):
    """Keywords that are too long, punctuated like a headline, or the title itself are dropped."""
    outlet = tag_filters.outlet_of(record_of(source="예시신문"))
    picked = tags.page_keywords([keyword, "물류센터"], "물류센터 방역 비상에 노동자들 불안", "ko", outlet, STORY)
    assert picked == ["물류센터"]


def test_words_on_most_news_pages_are_not_tags():
    """A dateline's place, photo credits, times of day and the words of news pages are not tags."""
    chrome = "[서울=뉴시스] 서울=홍길동 기자 사진=뉴시스 오전 오후 기사 기사 뉴스 뉴스 관계자는 관계자가 밝혔다 "
    picked = tags.suggest("물류센터 방역 비상", (chrome + STORY) * 3, "ko", [], Counter())
    assert picked[0] == "물류센터"
    assert not {"서울", "사진", "오전", "오후", "기사", "뉴스", "관계자", "뉴시스", "밝혔", "홍길동"} & set(picked)


def test_shipped_stoplist_is_what_the_script_makes():
    """tag_stopwords.py is the output of scripts/tag_stoplist.py on the development part (not hand-edited)."""
    import importlib.util

    from tests.shared_cases import REPO, cleaning_dev

    spec = importlib.util.spec_from_file_location("tag_stoplist", REPO / "scripts" / "tag_stoplist.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert set(script.stoplist(cleaning_dev())) == tag_filters.COMMON_KO


def test_the_reporter_of_the_byline_is_not_a_tag():
    """The article's own reporter, however often the page names them, is not its topic."""
    record = record_of()
    record.reporters = ["김철수"]
    body = STORY + " 김철수 기자 김철수 기자 김철수 기자 김철수"
    picked = tags.suggest("물류센터 방역", body, "ko", [], Counter(), tag_filters.outlet_of(record))
    assert "김철수" not in picked and picked[0] == "물류센터"
