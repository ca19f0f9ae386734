"""UI text and date formats in Korean and English (other languages fall back to English)."""

from __future__ import annotations

from datetime import datetime

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")

STRINGS = {
    "ko": {
        "latest": "최신 기사", "tags": "태그", "reporters": "기자", "archive": "아카이브",
        "home": "홈", "newer": "← 최신", "older": "이전 →", "page_of": "{total}쪽 중 {n}쪽",
        "reading": "{n}분 분량", "source": "출처", "original": "원문 보기", "related": "관련 기사",
        "previous_article": "이전 기사", "next_article": "다음 기사", "articles": "기사 {n}건",
        "updated": "수정", "not_found": "페이지를 찾을 수 없습니다",
        "not_found_text": "주소가 바뀌었거나 삭제된 페이지입니다.", "skip": "본문 바로가기",
        "main_nav": "주 메뉴", "feed": "피드", "tag_title": "태그: {name}", "reporter_title": "{name} 기자",
        "pagination": "페이지 이동", "by": "글", "article_nav": "기사 이동", "all_tags": "모든 태그",
        "all_reporters": "모든 기자", "years": "연도별", "breadcrumb": "위치",
        "search": "검색", "filters": "필터", "tag": "태그", "reporter": "기자", "sort": "정렬",
        "search_needs_js": "검색은 자바스크립트가 켜져 있어야 동작합니다.",
        "timeline_title": "월별 기사 수",
        "timeline_desc": "{first}부터 {last}까지 기사 {total}건. 가장 많은 달은 {busiest}({most}건). "
                         "달마다의 숫자는 아래 표에 있습니다.",
        "table_caption": "연도·월별 기사 수", "year": "연도", "total": "합계",
        "more_by": "{name} 기자의 다른 기사", "more_by_many": "같은 기자들의 다른 기사",
        "all_by": "{name} 기자의 기사 모두 보기",
    },
    "en": {
        "latest": "Latest articles", "tags": "Tags", "reporters": "Reporters", "archive": "Archive",
        "home": "Home", "newer": "← Newer", "older": "Older →", "page_of": "Page {n} of {total}",
        "reading": "{n} min read", "source": "Source", "original": "Original article", "related": "Related articles",
        "previous_article": "Previous article", "next_article": "Next article", "articles": "{n} articles",
        "articles_one": "{n} article",
        "updated": "Updated", "not_found": "Page not found",
        "not_found_text": "The address may have changed, or the page was removed.", "skip": "Skip to content",
        "main_nav": "Main", "feed": "Feed", "tag_title": "Tag: {name}", "reporter_title": "Reporter: {name}",
        "pagination": "Pagination", "by": "By", "article_nav": "More articles", "all_tags": "All tags",
        "all_reporters": "All reporters", "years": "By year", "breadcrumb": "Breadcrumb",
        "search": "Search", "filters": "Filters", "tag": "Tag", "reporter": "Reporter", "sort": "Sort",
        "search_needs_js": "Search needs JavaScript to be turned on.",
        "timeline_title": "Articles per month",
        "timeline_desc": "{total} articles from {first} to {last}; the busiest month was {busiest} ({most} articles). "
                         "The table below lists every month.",
        "table_caption": "Articles by year and month", "year": "Year", "total": "Total",
        "more_by": "More from {name}", "more_by_many": "More from these reporters",
        "all_by": "All articles by {name}",
    },
}


def ui_language(lang: str) -> str:
    """Return the UI language for a content language: ko, else en."""
    return "ko" if lang.split("-")[0] == "ko" else "en"


def text(lang: str, key: str, **values) -> str:
    """Return a UI string in the page's language, filled in (its singular form when n is 1)."""
    strings = STRINGS[ui_language(lang)]
    if str(values.get("n")) == "1" and key + "_one" in strings:
        key += "_one"
    return strings[key].format(**values)


def long_date(moment: datetime, lang: str) -> str:
    """Return '2024년 3월 28일' or 'March 28, 2024'."""
    if ui_language(lang) == "ko":
        return f"{moment.year}년 {moment.month}월 {moment.day}일"
    return f"{MONTHS_EN[moment.month - 1]} {moment.day}, {moment.year}"


def short_date(moment: datetime, lang: str) -> str:
    """Return '2024. 3. 28.' or 'Mar 28, 2024'."""
    if ui_language(lang) == "ko":
        return f"{moment.year}. {moment.month}. {moment.day}."
    return f"{MONTHS_EN[moment.month - 1][:3]} {moment.day}, {moment.year}"


def short_month(month: int, lang: str) -> str:
    """Return a month's short name: '3월' or 'Mar'."""
    return f"{month}월" if ui_language(lang) == "ko" else MONTHS_EN[month - 1][:3]


def month_name(key: str, lang: str) -> str:
    """Return the name of a 'YYYY/MM' or 'YYYY' key: '2024년 3월' or 'March 2024'."""
    year, _, month = key.partition("/")
    if not month:
        return f"{year}년" if ui_language(lang) == "ko" else year
    if ui_language(lang) == "ko":
        return f"{year}년 {int(month)}월"
    return f"{MONTHS_EN[int(month) - 1]} {year}"
