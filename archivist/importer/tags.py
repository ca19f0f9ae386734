"""Tag suggestions: page keywords, tags the archive already uses, then the most salient nouns.

Korean nouns are found by stripping particles (josa) from each word rather than with a
morphological analyser: kiwipiepy (measured: 105 MB model, 3 s to load, 39 ms a page) is slower
than the whole text path's budget and splits the compounds a tag wants (가상자산 → 가상, 자산).
What a tag must never be (markup, the outlet, a headline, a word on most pages) is in tag_filters.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .tag_filters import Outlet, acceptable, is_headline, without_markup
from .tag_index import TagIndex

MAX_TAGS = 5
_JOSA = sorted(
    "은 는 이 가 을 를 의 에 에서 에게 께 로 으로 와 과 도 만 까지 부터 보다 처럼 이나 나 랑 이랑 "
    "에는 에서는 에도 으로는 로는 과의 와의 에서의 으로부터 로부터 이라는 라는 이란 란 이며 며 "
    "이다 였다 이었다 다 들 들은 들이 들을 들의 들에게 들도 측은 측이 측의".split(),
    key=len, reverse=True,
)
# The shortest stem of two letters or more, so the longest particle is the one stripped.
_JOSA_END = re.compile(r"^(.{2,}?)(?:" + "|".join(_JOSA) + r")$")
_VERBISH = re.compile(r"(?:다|고|며|면|서|게|지|해|했|한|할|된|되|는|은|을|던|며|요|까|죠|니|러|록)$")
_STOP_KO = set(
    "것 수 등 때 중 및 또 더 이 그 저 이번 지난 지난해 올해 최근 현재 당시 이후 이전 통해 위해 대한 관련 "
    "가장 모두 다른 같은 이날 오늘 내일 어제 기자 특파원 경우 정도 사실 가운데 대해 이상 이하 만큼 "
    "우리 그는 그녀 자신 한편 또한 특히 다시 이미 아직 계속 매우 함께 직접 전체 대부분 하지만 그러나 "
    "오전 오후 사진 포토".split()  # times of day; photo-credit and caption labels (`사진=…`, `포토`) beside `기자`
)
_STOP_EN = set(
    "the a an and or but of to in on at for with from by as is are was were be been this that these those "
    "it its he she they we you i his her their our your has have had not no will would can could said says "
    "also more most than then there here about after before over into out up down new one two first last "
    "year years time people just like when what which who how all some any other such only email "
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december".split()  # the calendar dates an article, it is not its topic
)
# Whole tokens, digits included, so a word that starts with a digit (`1루수`, `1일부터`) is seen whole
# and skipped rather than cut into a fragment (`루수`, `일부터`).
_LATIN = "A-Za-z\u00c0-\u024f"  # accented letters too, so `Weizsäcker` is not cut at the `ä`
_TOKEN = re.compile(rf"[0-9][가-힣{_LATIN}0-9]*|([가-힣{_LATIN}][가-힣{_LATIN}0-9]*)")  # a digit-led word gives ''

_LATIN_WORD = re.compile(rf"[{_LATIN}0-9]+")



def strip_josa(word: str) -> str:
    """Return a Korean word without its trailing particle (`앤스로픽에` → `앤스로픽`)."""
    match = _JOSA_END.match(word)
    return match.group(1) if match else word


def words(text: str) -> list[str]:
    """Return the words of a text that may be tags: URLs, e-mails and converter marks removed, and
    no word that starts with a digit."""
    return [w for w in _TOKEN.findall(without_markup(text)) if w]


def salient_nouns(title: str, body: str, lang: str) -> list[str]:
    """Return nouns by weight: title words count three times, body words once."""
    counts = Counter(_TOKEN.findall(without_markup(body)))  # words(), without a Python loop per word
    counts.pop("", None)
    for word in words(title):
        counts[word] += 3
    nouns: Counter = Counter()
    for word, n in counts.items():
        noun = _noun(word, lang)
        if noun:
            nouns[noun] += n
    return [w for w, n in nouns.most_common(30) if n >= 3]


@lru_cache(maxsize=65536)
def _noun(word: str, lang: str) -> str:
    """Return the noun a word stands for, or '' when it is a particle, verb or stop word."""
    if _LATIN_WORD.fullmatch(word):
        if word.lower() in _STOP_EN or len(word) < (2 if lang == "ko" else 3):
            return ""
        # Names and acronyms are capitalised; a lower-case Latin word in a page is code, a URL or markup.
        return "" if word.islower() or (lang != "ko" and not word[0].isupper()) else word
    noun = strip_josa(word)
    if len(noun) < 2 or noun in _STOP_KO or _VERBISH.search(noun):
        return ""
    return noun


def archive_tags_in(text: str, known: Counter) -> list[str]:
    """Return tags the archive already uses that occur in the text, most used first.

    Latin tags must match whole words (`AI` is not in `Spain`); Korean tags may carry a particle.
    The archive's TagIndex is looked up with the text's words (tag_index.py); a plain Counter is
    indexed first."""
    return (known if isinstance(known, TagIndex) else TagIndex(known)).found_in(text)


def page_keywords(keywords: list[str], title: str, lang: str, outlet: Outlet) -> list[str]:
    """Return the page's keywords that are tags: no headline, no outlet name, no markup or common word."""
    return [k for k in keywords if not is_headline(k, title) and acceptable(k, lang, outlet)]


def suggest(title: str, body: str, lang: str, keywords: list[str], known: Counter,
            outlet: Outlet = Outlet(), ranked: list[str] | None = None) -> list[str]:
    """Return at most MAX_TAGS tags: page keywords, archive tags in the text, salient nouns (`ranked`:
    salient_nouns of this title and body, when already ranked in a worker process).

    The archive's own tags are the user's choice and pass unchecked; the others pass tag_filters."""
    text = f"{title}\n{body}"
    ranked = salient_nouns(title, body, lang) if ranked is None else ranked
    nouns = [n for n in ranked if acceptable(n, lang, outlet)]
    picked: list[str] = []
    for source in (page_keywords(keywords, title, lang, outlet)[:3], archive_tags_in(text, known)[:3], nouns):
        for tag in source:
            if len(picked) >= MAX_TAGS:
                return picked
            if tag and tag.lower() not in (p.lower() for p in picked):
                picked.append(tag)
    return picked
