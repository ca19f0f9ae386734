"""What a suggested tag must never be: markup left by a converter, a number, a control's label, the outlet's own
name or domain, a headline taken from keyword metadata, a word found in most news pages, or a pronoun or empty noun.

Each rule reads the record's own evidence (its source, URL, e-mail domains, copyright lines and
title), never one outlet's wording.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from . import fields
from .chrome import CONTROL_WORDS
from .record import Dropped, ImportedArticle
from .tag_stopwords import COMMON_KO

# The vocabulary of markup, links and feeds that text converters and leaked page source leave behind
# (lynx's `[BUTTON]`, `#alternate`, `[RSS]`; a page's own <meta name=robots content=…>).
MARKUP_WORDS = frozenset(
    "button input submit reset select option textarea form iframe img image alt src href link rel alternate "
    "rss atom xml html htm xhtml http https www com net org kr co meta content name robots charset viewport "
    "script javascript noscript css style div span class id url uri nofollow noindex og implemented "
    "true false null undefined json utf utm amp nbsp".split()
)
# Domain labels that name no outlet (hosts, country and generic zones).
GENERIC_LABELS = frozenset("www m mobile news n v amp com co kr net org or go ac re io tv biz info".split())
# The words an outlet's name ends in (`…뉴스`, `…신문`, `…일보`, `… TV`): the brand, not the name.
BRAND_WORDS = ("뉴스", "신문", "일보", "방송", "닷컴", "news", "tv", "times", "daily")
# What a news page calls itself and its items (an outlet's description, `[속보]`, `[단독]`, a tip-off
# or subscription line): labels of the genre, never an article's topic.
NEWS_LABELS = frozenset("뉴스 신문 기사 보도 속보 단독 종합 특보 제보 구독 언론사 앵커 기자".split())
# A page's controls and sections besides those chrome.py reads lines by: moving about the page, flagging a
# comment, its picture and video sections and its ads (`Back`, `Report`, `Photos`). Labels, never topics.
CONTROL_LABELS = CONTROL_WORDS | frozenset(
    "back next previous prev top permalink report flag video videos photo photos gallery galleries "
    "advertisement sponsored related trending popular".split())
# Pronouns, demonstratives, deictic times and empty (bound or light) nouns: words that point at a topic
# or stand in for one, never a topic themselves (`이곳`, `해당`, `당시`, `관계자`, `과정`).
EMPTY_KO = frozenset(
    "우리 저희 그녀 그들 이들 저들 자신 자기 본인 당신 누구 무엇 어디 언제 여기 거기 저기 이것 그것 저것 "
    "이런 그런 저런 이러한 그러한 해당 당시 당일 현재 최근 이후 이전 오늘 어제 내일 올해 지난해 작년 내년 "
    "금년 전날 다음날 이튿날 지난달 이달 다음달 지난주 다음주 향후 앞서 관계자 경우 정도 가운데 부분 내용 "
    "결과 과정 상황 사실 이유 때문 관련 일부 대부분 전체 모두 각각 대상 방법 방식 부문 분야 입장 측면".split())
# A demonstrative before a bound noun (`이곳`, `그날`, `저쪽`, `이번`, `그때`): a pointer, whatever the noun.
_DEMONSTRATIVE = re.compile("[이그저](?:곳|것|날|때|쪽|번|분|편|간|들|달|후|외|밖|뒤)")  # not 이해, 이주
MAX_KEYWORD_CHARS = 20
MAX_KEYWORD_WORDS = 3
# copyright, `Follow X`, `X Logo`, `X powered by Y` lines, and lynx's line of the page's links naming its feeds
# (`#Site » Feed`)
_OUTLET_MARKS = ("ⓒ", "©", "opyright", "OPYRIGHT", "ollow", "OLLOW", "ogo", "OGO",
                 "» Feed", "» Comments Feed", "RSS Feed", "owered by")
_LABEL_MARKS = " \t*+#-•·"  # list marks (lynx's `*`, `+`, `#`) and spaces around a menu item
_strip_marks = operator.methodcaller("strip", _LABEL_MARKS)
# A line asking to follow the outlet names it: `Follow Example News on Twitter`, `Follow The Example` (a line alone).
# Each word is taken whole (`*+`): a word that could also be split into several would make a long line cost
# the fourth power of its length.
_FOLLOW = re.compile(r"^\W*(?:Follow|FOLLOW)\s+(?!(?i:us|me|him|her|them|our)\b)((?:[A-Z][\w.&'’-]*+\s?){1,4}?)\s*(?:\bon\b|$)")
# lynx prints the page's <link> elements as its first line, `#` and each link's title or kind: a feed's title is the
# site's name before ` » Feed`, ` » Comments Feed` or ` RSS Feed` (`#alternate publisher Example News » Feed …`).
_FEED = re.compile(r"\s*#(?:(?:alternate|publisher|next|prev|previous|home|copyright|search|author|start|index|"
                   r"shortlink|canonical|edituri|wlwmanifest|pingback|stylesheet) )*"
                   r"([^\s»#][^»]{0,59}?) (?:»|RSS) (?:Comments )?Feed\b")
_PLATFORM = " powered by "  # `Example powered by Platform`: the site's name, then its platform's
# A site's name over the platform it runs on, a line alone (`Example News powered by Platform`).
# What a site says is powered by another's service: no site's name (`Comments powered by …`, `Site Search …`).
_FEATURES = frozenset("search comments comment ads advertising maps map chat translation translations video videos "
                      "player analytics weather results forecast forum forums newsletter".split())
_POWERED = re.compile(r"^\W*((?:[A-Z][\w.&'’-]*+ ){1,4}?)(?:powered|Powered|POWERED) (?:by|BY) [\w.&'’ -]{2,30}$")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")  # `Headline | Site`, `Headline - Site`
# A logo's alt text alone on a line (lynx and w3m print it) names the site: `Example News Logo`, `[Example logo]`.
_LOGO = re.compile(r"^\W*((?:[\w.&'’-]+ ){1,4}?)(?:logo|Logo|LOGO)\W*$")
_URLISH = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[A-Za-z]{2,})+\b")
# Datelines and credits: `[서울=뉴시스]`, `(부산=연합뉴스)`, `세종=홍길동 기자`, `사진=연합뉴스`: a word before `=`.
_DATELINE = re.compile(r"[\[(【]\s*[가-힣]{1,10}\s*=\s*[^\])】\n]{1,20}[\])】]|[가-힣]{1,10}\s*=\s*[가-힣A-Za-z]{0,12}")
_LINK_HINT = re.compile(r"[.@][A-Za-z]")  # cheap: a line without it holds no URL, e-mail or domain
_CONVERTER_MARK = re.compile(r"\[[A-Za-z_ ]{2,20}\]|#[a-z]+\b|\((?:not implemented|BUTTON|INPUT)\)", re.I)
_HEADLINE_MARKS = re.compile(r"\s[-|–—]\s|\w:\s|[‘’“”\"'…?!\[\]「」『』<>]|\.\.\.")  # `Site - Headline`, `Category: X`
_IDENTIFIER = re.compile(r"[_@#/=]|^[a-z0-9]+(?:-[a-z0-9]+)+$")  # a slug, handle or code name: `rock-hall-2020`, `ctp_video`
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[A-Za-z]{2,})+\b")
MAX_DOMAIN_LINE = 40
_PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")
_NOT_LETTERS = re.compile(r"[\W_]+")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


@dataclass(frozen=True)
class Outlet:
    """The record's evidence of its own outlet: names (normalised), domain labels (lower-case) and the
    reporters of its byline (a byline is not a topic)."""

    names: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    reporters: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()  # the acronyms of a name of several words (`CBS` of `CBS Interactive`)


def norm(text: str) -> str:
    """Return the text's letters and digits, lower-cased (spaces and punctuation gone)."""
    return _NOT_LETTERS.sub("", text).lower()


def without_markup(text: str) -> str:
    """Return the text without URLs, e-mail addresses, domain names, converter marks and datelines."""
    return "\n".join(map(_line_without_markup, text.split("\n")))


@lru_cache(maxsize=32768)  # a page's chrome lines come again on its outlet's next page
def _line_without_markup(line: str) -> str:
    """Return one line without its markup; each pattern runs only on lines that may hold it (speed)."""
    if _LINK_HINT.search(line):
        line = _URLISH.sub(" ", line)
    if "[" in line or "#" in line or "(" in line:
        line = _CONVERTER_MARK.sub(" ", line)
    return _DATELINE.sub(" ", line) if "=" in line else line


def outlet_of(record: ImportedArticle) -> Outlet:
    """Return the outlet evidence of a record: its source, URL host, e-mail domains and copyright lines."""
    names = {record.source}
    hosts = [urlsplit(record.url).hostname or ""] + [email.rsplit("@", 1)[-1] for email in record.emails]
    for dropped in outlet_lines(record.dropped, record.title):
        names.add(named_by_line(dropped.text, record.title))
        hosts += _DOMAIN.findall(dropped.text)
    labels = {label for host in hosts for label in host.lower().split(".") if label and label not in GENERIC_LABELS}
    # An acronym in a company's name of several words is the outlet's brand (`CBS Interactive`); other words
    # of it may be topics (`Seattle` of `Seattle Times`).
    words = {norm(word) for name in names if len(name.split()) >= 2
             for word in name.split() if _ACRONYM.fullmatch(word)}
    return Outlet(frozenset(n for n in map(norm, names) if len(n) >= 2), frozenset(labels),
                  frozenset(map(norm, record.reporters)), frozenset(words))


def outlet_lines(dropped: list[Dropped], title: str = "") -> list[Dropped]:
    """Return the dropped lines outlet_of reads: copyright lines, `Follow X on …` lines, logo lines, site
    addresses alone on a line and the page-title line (`Headline | Site`).

    A page has some two hundred dropped lines and a few of these: each mark is searched for in the lines
    joined (in C), and a hit is mapped back to its line by the line breaks before it."""
    texts = [line.text for line in dropped]
    joined, head = "\n".join(texts), title[:12]
    found = {i for mark in _OUTLET_MARKS for i in lines_holding(joined, mark)}
    found.update(i for i, text in enumerate(texts) if "." in text and is_domain_line(text))  # an address holds a period
    if head:
        found.update(i for i in lines_holding(joined, head) if _TITLE_SEPARATOR.search(texts[i]))
    return [dropped[i] for i in sorted(found)]


def is_domain_line(text: str) -> bool:
    """Return True for a line that is a site's address alone (`Example.com`, `EXAMPLE.CO.UK`: the site's own name in
    its header or footer, or a sister site's), not a picture's file name."""
    text = _strip_marks(text)
    return ("." in text and len(text) <= MAX_DOMAIN_LINE and " " not in text and _DOMAIN.fullmatch(text) is not None
            and not text.lower().endswith(_PICTURE_FILES))


def lines_holding(joined: str, mark: str) -> Iterator[int]:
    """Yield the index of each line of the joined lines that holds the (non-empty) mark."""
    at = joined.find(mark) if mark else -1
    while at >= 0:
        yield joined.count("\n", 0, at)
        end = joined.find("\n", at)
        at = joined.find(mark, end) if end >= 0 else -1


def named_by_line(text: str, title: str) -> str:
    """Return the outlet a dropped line names: a copyright line's, the one to follow, the one whose logo it
    is, a feed's site, the site over its platform, or the site beside the headline in the page-title line; ''
    when none."""
    if "Feed" in text and (feed := _FEED.match(text)):
        return feed.group(1).split(_PLATFORM)[0]
    if "©" in text or "ⓒ" in text or "opyright" in text.lower():
        return fields.outlet_from_copyright(text)
    if "owered by" in text or "OWERED BY" in text:
        found = _POWERED.match(text)
        name = found.group(1).strip() if found else ""
        return "" if any(word.lower() in _FEATURES for word in name.split()) else name
    if "ollow" in text or "OLLOW" in text:
        found = _FOLLOW.match(text)
        return fields.outlet_from_copyright("© " + found.group(1).strip()) if found else ""
    if "ogo" in text or "OGO" in text:
        found = _LOGO.match(text)
        return found.group(1).strip() if found else ""
    parts = _TITLE_SEPARATOR.split(text.strip()) if title else []
    others = [part for part in parts if norm(part) != norm(title)]
    return others[0] if len(parts) == 2 and len(others) == 1 and len(others[0].split()) <= 4 else ""


def chrome_labels(dropped: list[Dropped], nouns: list[str]) -> frozenset[str]:
    """Return the nouns (lower-cased) that a short line of the page outside the article is: a menu item or
    a section name (`Music`, `* News`, `MUSIC`). Only the candidate nouns are looked for, as written or in
    capitals, so a page costs a strip and a set lookup a line."""
    wanted = set(nouns) | {noun.upper() for noun in nouns}
    return frozenset(map(str.lower, wanted.intersection(map(_strip_marks, [line.text for line in dropped]))))


def tag_lines(dropped: list[Dropped], title: str, nouns: list[str]) -> list[Dropped]:
    """Return the dropped lines tag suggestion reads (outlet_of and chrome_labels): all a folder import's
    worker sends back of a page's dropped lines, unless --explain lists them."""
    kept = outlet_lines(dropped, title)
    labels = chrome_labels(dropped, nouns)
    if not labels:
        return kept
    return kept + [line for line in dropped if line.text.strip(_LABEL_MARKS).lower() in labels and line not in kept]


def menu_labels(tree) -> frozenset[str]:
    """Return the link texts of a page's menus (normalised): its navigation, header and the lists a site
    names a menu (`gnb`, `lnb`, `menu`, `nav`). A keyword among them is a section name (`사회`, `국제`)."""
    links = tree.xpath('//nav//a | //header//a | //*[self::ul or self::div][contains(@class, "menu") or '
                       'contains(@class, "gnb") or contains(@class, "lnb") or contains(@class, "nav") or '
                       'contains(@id, "menu") or contains(@id, "gnb") or contains(@id, "nav")]//a')
    return frozenset(key for key in (norm(link.text_content()) for link in links) if key)


def is_markup(tag: str) -> bool:
    """Return True for a converter's or markup's word (`BUTTON`, `Input`, `RSS`, `alternate`, `com`), or
    an identifier (a URL slug, a handle, a code name)."""
    return tag.lower() in MARKUP_WORDS or bool(_IDENTIFIER.search(tag))


def names_outlet(tag: str, outlet: Outlet) -> bool:
    """Return True when the tag is the outlet's name or domain, a part or a near-miss of one."""
    key = norm(tag)
    if not key:
        return False
    if key in outlet.words or brand_of(key, outlet):
        return True
    if _ACRONYM.fullmatch(tag) and any(without_brand(label) == key for label in outlet.labels):
        return True  # an acronym run together with a brand word in the domain (`NBC` of nbcnews.com)
    if key in outlet.labels or initials(tag) in outlet.labels or any(len(label) >= 4 and label in key
                                                                      for label in outlet.labels):
        return True
    for name in outlet.names:
        if name in key or (key in name and 2 * len(key) >= len(name)):
            return True
        if len(name) >= 4 and len(key) >= 4 and within_one_edit(key, name):
            return True
    return False


def without_brand(key: str) -> str:
    """Return a normalised name without its trailing brand word (`파이낸셜신문` → `파이낸셜`), or ''."""
    for suffix in BRAND_WORDS:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return ""


def brand_of(key: str, outlet: Outlet) -> bool:
    """Return True when a name with a brand word is the outlet in another spelling: the outlet's name
    with another brand word (`파이낸셜신문` for 파이낸셜뉴스) or a Latin beginning of its domain with one
    (`fn뉴스` for fnnews.com)."""
    core = without_brand(key)
    if not core:
        return False
    if core.isascii() and len(core) >= 2 and any(label.startswith(core) for label in outlet.labels):
        return True
    return len(core) >= 2 and any(core == name or core == without_brand(name) for name in outlet.names)


def initials(tag: str) -> str:
    """Return the capitals of a CamelCase or spaced Latin name (`MoneyToday` → `mt`), or ''."""
    parts = _CAMEL_PARTS.findall(tag)
    return "".join(p[0] for p in parts).lower() if len(parts) >= 2 else ""


def within_one_edit(a: str, b: str) -> bool:
    """Return True when one letter changed, added or removed turns a into b (a misspelt outlet name)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def is_headline(keyword: str, title: str) -> bool:
    """Return True for a keyword that is a headline rather than a tag: too long, punctuated like a
    headline, or the title itself (or most of it)."""
    words = keyword.split()
    if len(keyword) > MAX_KEYWORD_CHARS or len(words) > MAX_KEYWORD_WORDS or _HEADLINE_MARKS.search(keyword):
        return True
    return covers_title(keyword, title)


def covers_title(tag: str, title: str) -> bool:
    """Return True for a tag that is the title, or a name of several words making up most of it."""
    key, whole = norm(tag), norm(title)
    return bool(key) and (key == whole or (" " in tag.strip() and key in whole and 2 * len(key) >= len(whole)))


def is_common(tag: str, lang: str) -> bool:
    """Return True for a word found on most news pages (measured: see tag_stopwords) or a label of the
    news genre itself."""
    return lang == "ko" and (tag in COMMON_KO or tag in NEWS_LABELS)


def is_control(tag: str) -> bool:
    """Return True for the label of a page's control or section (`Read`, `Comment`, `Share`, `Back`), or
    labels a converter ran together (`PreviousNext`)."""
    if tag.lower() in CONTROL_LABELS:
        return True
    parts = _CAMEL_PARTS.findall(tag) if tag.isalpha() else []
    return len(parts) >= 2 and "".join(parts) == tag and all(part.lower() in CONTROL_LABELS for part in parts)


def is_empty(tag: str) -> bool:
    """Return True for a Korean pronoun, demonstrative or empty noun (`이곳`, `이번`, `해당`, `관계자`)."""
    return tag in EMPTY_KO or bool(_DEMONSTRATIVE.fullmatch(tag))


def is_number(tag: str) -> bool:
    """Return True for a number alone (a keyword `2025`): a year dates an article, a figure counts something;
    neither is what the article is about."""
    return tag.strip().isdecimal()


def acceptable(tag: str, lang: str, outlet: Outlet) -> bool:
    """Return True when no rule forbids the tag."""
    return bool(tag) and not (is_markup(tag) or is_number(tag) or is_control(tag) or is_common(tag, lang)
                              or is_empty(tag) or names_outlet(tag, outlet) or norm(tag) in outlet.reporters)
