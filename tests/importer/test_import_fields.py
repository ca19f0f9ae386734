"""Bylines, dates and outlets read from page text."""

from __future__ import annotations

import pytest

from archivist.importer import fields

from tests.guard import no_hang


@pytest.mark.parametrize("line, names, emails", [
    ("김인엽 기자 inside@hankyung.com", ["김인엽"], ["inside@hankyung.com"]),
    ("[서울=연합뉴스] 홍길동 기자 =", ["홍길동"], []),
    ("홍길동 특파원", ["홍길동"], []),
    ("워싱턴=홍길동 특파원", ["홍길동"], []),
    ("[김철수 기자]", ["김철수"], []),
    ("홍길동·김철수 기자", ["홍길동", "김철수"], []),
    ("홍길동 기자, 김철수 선임기자 hong@x.co.kr", ["홍길동", "김철수"], ["hong@x.co.kr"]),
    ("By Jane Doe", ["Jane Doe"], []),
    ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"], []),
    ("Posted by Anna Maria Lopez on March 5, 2021, 7:15 AM EST", ["Anna Maria Lopez"], []),
    ("By Jane Doe on Monday", ["Jane Doe"], []),  # a weekday after `on` is no part of the name
    ("BY JANE DOE", ["JANE DOE"], []),
    ("reporter@example.co.kr", [], ["reporter@example.co.kr"]),
])
def test_byline_shapes(line, names, emails):
    """Each byline shape gives its reporters and emails."""
    byline = fields.parse_byline(line)
    assert byline is not None
    assert list(byline.names) == names
    assert list(byline.emails) == emails


@pytest.mark.parametrize("line", [
    "시 교육청은 다음 달부터 새 급식 기준을 모든 학교에 적용한다.",
    "By the end of the year the plan was dropped.",
    "기자회견에서 그는 이같이 말했다.",
    "By subject",  # a menu's labels: `By` and no name
    "By date",
])
def test_sentences_are_not_bylines(line):
    """A sentence that merely mentions a reporter or starts with 'By' is no byline."""
    assert fields.parse_byline(line) is None


def test_byline_glued_to_last_sentence():
    """`…말했다.홍길동 기자 hong@x.co.kr` splits into the sentence and the byline."""
    text, byline = fields.split_glued_byline("그는 “준비를 잘 하겠다”고 말했다.홍길동 기자 hong@x.co.kr")
    assert text == "그는 “준비를 잘 하겠다”고 말했다."
    assert byline.names == ("홍길동",) and byline.emails == ("hong@x.co.kr",)


def test_leading_news_agency_byline():
    """`[서울=연합뉴스] 홍길동 기자 = 본문` gives the reporter, the outlet and the sentence."""
    text, byline, outlet = fields.split_leading_byline("[서울=연합뉴스] 홍길동 기자 = 정부는 28일 대책을 발표했다.")
    assert text == "정부는 28일 대책을 발표했다."
    assert byline.names == ("홍길동",)
    assert outlet == "연합뉴스"


@pytest.mark.parametrize("text, korean, iso", [
    ("입력 : 2023-07-14 08:41:27", True, "2023-07-14T08:41:27+09:00"),
    ("2025.05.28. 오후 3:10", True, "2025-05-28T15:10:00+09:00"),
    ("2025년 5월 28일 오전 9:05", True, "2025-05-28T09:05:00+09:00"),
    ("2024-03-28T05:00:00Z", True, "2024-03-28T05:00:00+00:00"),
    ("2019-11-19T09:02:00-05:00", False, "2019-11-19T09:02:00-05:00"),
    ("2019-11-19 09:02", False, "2019-11-19"),
    ("Updated 4:12 pm EST, Friday, March 5, 2021", False, "2021-03-05"),
    ("2024-03-28", True, "2024-03-28"),
    ("Published 19 November 2019", False, "2019-11-19"),
    ("2024-02-30", True, ""),
    ("no date here", False, ""),
])
def test_dates_keep_time_and_offset(text, korean, iso):
    """A date with a time keeps it, Korean pages at +09:00; no offset known means the day alone."""
    assert fields.find_date(text, korean) == iso


def test_labelled_date_prefers_the_first_publication():
    """`입력` wins over `수정`, even when the value sits on the next line."""
    lines = ["수정 :", "2023-07-14 09:02:11", "입력 :", "2023-07-14 08:41:27"]
    candidates = fields.date_candidates(lines, also=lambda i: lines[i].endswith(":"))
    assert fields.labelled_date(candidates, True) == "2023-07-14T08:41:27+09:00"
    assert fields.labelled_date(fields.date_candidates(["Updated Nov. 20, 2019", "Published Nov. 19, 2019"]), False) == "2019-11-19"


@pytest.mark.parametrize("line, outlet", [
    ("이 기사는 국내 최대 해외 투자정보 플랫폼 한경 글로벌마켓에 게재된 기사입니다.", "한경 글로벌마켓"),
    ("이 기사는 매일경제에 게재된 기사입니다.", "매일경제"),
])
def test_outlet_from_notice(line, outlet):
    """`이 기사는 … X에 게재된 기사입니다` names the outlet."""
    assert fields.outlet_from_notice(line) == outlet


def test_long_lines_are_read_quickly():
    """A huge line of letters or repeated words does not make the date or byline rules crawl."""
    for text in ("a" * 100000, "Nov " * 20000, "가나 · " * 5000, "by " * 30000):
        with no_hang(f"reading a line of {text[:4]!r}…"):
            fields.find_date(text, True)
            fields.split_glued_byline(text)
            fields.split_leading_byline(text)
