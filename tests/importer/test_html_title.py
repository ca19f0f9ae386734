"""The headline of a saved page: what its title sources agree on, without the site's name around it."""

from __future__ import annotations

from archivist.importer.html import extract_html
from archivist.importer.html_title import headline

HEADLINE = "반도체 지원 10조 투입…설비 투자 세액공제 확대"
BODY = "".join(f"<p>{line}</p>" for line in [
    "정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. 지원 대상은 설비 투자와 연구개발이다.",
    "기획재정부는 반도체 기업의 설비 투자에 대한 세액공제율을 최대 25%까지 높이기로 했다. 중소기업은 추가 공제를 받는다.",
])


def title_of(head: str, h1: str = "", url: str = "https://www.example.co.kr/news/1") -> str:
    """Return the title the importer reads from a page with the given head tags and <h1>."""
    page = (f"<html><head><meta charset='utf-8'>{head}<meta property='og:url' content='{url}'></head>"
            f"<body><header><h1>{h1}</h1></header><article>{BODY}</article></body></html>" if h1 else
            f"<html><head><meta charset='utf-8'>{head}<meta property='og:url' content='{url}'></head>"
            f"<body><article>{BODY}</article></body></html>")
    return extract_html(page, "page.html").title


def test_mobile_site_prefix_goes_when_the_h1_holds_the_headline_alone():
    """`사이트명 모바일 :: 제목` in og:title and <title>, the headline alone in <h1>: the prefix goes."""
    head = f"<title>예시일보 모바일 :: {HEADLINE}</title><meta property='og:title' content='예시일보 모바일 :: {HEADLINE}'>"
    assert title_of(head, HEADLINE) == HEADLINE


def test_site_suffix_goes_when_another_source_is_bare():
    """`제목 - 신문명` in <title> beside a bare og:title, or `제목 | 포털`: the suffix goes."""
    assert title_of(f"<title>{HEADLINE} - 예시신문</title><meta property='og:title' content='{HEADLINE}'>") == HEADLINE
    assert title_of(f"<title>{HEADLINE} | 포털뉴스</title>", HEADLINE) == HEADLINE


def test_site_name_goes_from_a_lone_title_when_the_page_names_the_site():
    """With one title source, an edge piece naming the site (og:site_name, with a word added) goes."""
    head = f"<title>예시일보 모바일 :: {HEADLINE}</title><meta property='og:site_name' content='예시일보'>"
    assert title_of(head) == HEADLINE
    assert title_of(f"<title>{HEADLINE} - EXAMPLE</title>") == HEADLINE  # the domain's own label


def test_logo_in_the_h1_is_neither_the_headline_nor_kept_in_it():
    """An <h1> holding the logo names the site: it is cut from `제목 - 로고` and never taken for the headline."""
    head = f"<title>{HEADLINE} - 예시 경제</title><meta property='og:title' content='{HEADLINE} - 예시 경제'>"
    assert title_of(head, "예시 경제") == HEADLINE


def test_headline_with_its_own_separator_stays_whole():
    """A colon or dash that belongs to the headline is not a site separator."""
    assert headline(["Impeachment hearings: Key moments from the testimony",
                     "Impeachment hearings: Key moments from the testimony - Example News"],
                    ["Example News"]) == "Impeachment hearings: Key moments from the testimony"
    assert headline(["Design Week 2018 | A light installation for FLOS",
                     "Design Week 2018 | Mr Smith's light installation for FLOS"], []) == (
        "Design Week 2018 | A light installation for FLOS")
