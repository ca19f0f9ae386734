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

from .noise import has_hangul, is_prose
from .tag_filters import Outlet, acceptable, covers_title, is_headline, without_markup
from .tag_index import TagIndex, ends_in_hangul, occurs
from .tag_names import LATIN, STOP_EN, whole_names, written_as_names

MAX_TAGS = 5
_JOSA = sorted(
    "은 는 이 가 을 를 의 에 에서 에게 께 로 으로 와 과 도 만 까지 부터 보다 처럼 이나 나 랑 이랑 "
    "에는 에서는 에도 으로는 로는 과의 와의 에서의 으로부터 로부터 이라는 라는 이란 란 이며 며 "
    "이다 였다 이었다 다 들 들은 들이 들을 들의 들에게 들도 측은 측이 측의".split(),
    key=len, reverse=True,
)
# The shortest stem of two letters or more, so the longest particle is the one stripped.
_JOSA_END = re.compile(r"^(.{2,}?)(?:" + "|".join(_JOSA) + r")$")
# Particles stack (`으로도`, `에서만`), and a few longer ones end words the stop rules would drop whole
# (`대통령으로서`, `정부에선`): a page's stems are looked for behind these too.
_PARTICLES = (frozenset(_JOSA) | {a + b for a in "에서 에게 으로 로 까지 부터 에 와 과".split()
                                  for b in "도 만 는 은 의".split()}
              | set("으로서 로서 으로써 로써 에선 에겐 께서 이라고 라고 이라며 라며 조차 마저 밖에 뿐 에게서 한테 한테서".split()))
_PARTICLE_LIST = tuple(_PARTICLES)  # for map(word.__add__, …): a word with each particle, joined in C
_PARTICLES_BY_LAST: dict[str, tuple[str, ...]] = {  # longest first, looked up by a word's last letter
    last: tuple(sorted((p for p in _PARTICLES if p[-1] == last), key=len, reverse=True))
    for last in {p[-1] for p in _PARTICLES}
}
_ONE_LETTER = frozenset(p for p in _PARTICLES if len(p) == 1)
_CASE = ("이", "가", "을", "를", "은", "는", "의", "도")  # what a noun takes (stacked after a particle, some of it)
# One-letter words that are bound nouns, determiners or adverbs: a two-letter word starting with one is no
# particle's host (`수도` is not 수 + 도, `이의` not 이 + 의).
_BOUND = frozenset("이 그 저 수 것 등 때 중 데 바 점 뿐 만 곳 분 측 쪽 편 듯 리 채 줄 번 개 명 년 월 일 시 지 대 "
                   "한 할 된 될 안 못 잘 더 또 및 각 전 후 첫 새 온 총 약 제 본 동 양 위 내 외 간 차".split())
_VERBISH = re.compile(r"(?:다|고|며|면|서|게|지|해|했|한|할|된|되|는|은|을|던|며|요|까|죠|니|러|록)$")
_STOP_KO = set(
    "것 수 등 때 중 및 또 더 이 그 저 이번 지난 지난해 올해 최근 현재 당시 이후 이전 통해 위해 대한 관련 "
    "가장 모두 다른 같은 이날 오늘 내일 어제 기자 특파원 경우 정도 사실 가운데 대해 이상 이하 만큼 "
    "우리 그는 그녀 자신 한편 또한 특히 다시 이미 아직 계속 매우 함께 직접 전체 대부분 하지만 그러나 "
    "오전 오후 사진 포토".split()  # times of day; photo-credit and caption labels (`사진=…`, `포토`) beside `기자`
)
# Whole tokens, digits included, so a word that starts with a digit (`1루수`, `1일부터`) is seen whole
# and skipped rather than cut into a fragment (`루수`, `일부터`).
_LATIN = LATIN  # accented letters too, so `Weizsäcker` is not cut at the `ä`
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
    in_body = set(counts)
    names = None if lang == "ko" else written_as_names(title, body, counts)
    for word in words(title):
        counts[word] += 3
    stems = page_stems(counts)
    nouns: Counter = Counter()
    for word, n in counts.items():
        if names is not None and word not in names and (word.isascii() or word[:1].isupper()):
            continue  # on an English page a Latin word is a noun only where written as a name (_noun gives '' else)
        noun = _noun(word, lang, stems.get(word))
        if noun:
            nouns[noun] = nouns.get(noun, 0) + n  # Counter's += calls __missing__ in Python for every new noun
    ranked = [w for w, n in nouns.most_common(30) if n >= 3]
    if names is not None:
        ranked = whole_names(ranked, f"{title}\n{body}", counts, names)
    title_only = {w for w in ranked if w not in in_body and in_body.isdisjoint(map(w.__add__, _PARTICLE_LIST))}
    if title_only:  # a title word the body writes only inside longer words is a piece of one (`Flat` of `Flatirons`)
        lowered = body.lower()
        ranked = [w for w in ranked if w not in title_only or not inside_words(w.lower(), lowered)]
    return ranked


def in_prose(word: str, body: str) -> bool:
    """Return True when a line of the body's running text (a sentence, or a long line) uses the word."""
    whole = re.compile(rf"(?<![^\W_]){re.escape(word)}" + ("" if ends_in_hangul(word) else r"(?![^\W_])"))
    return any(is_prose(line) and whole.search(line) for line in body.split("\n") if word in line)


def inside_words(word: str, lowered: str) -> bool:
    """Return True when a lower-cased word occurs in the text only inside longer words."""
    return word in lowered and not whole_word_in(word, lowered)


def whole_word_in(word: str, text: str) -> bool:
    """Return True when the word occurs in the text with no letter or digit on either side: the regex
    `(?<![^\\W_])word(?![^\\W_])` (`[^\\W_]` is what str.isalnum() accepts), without compiling one per word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


def page_stems(counts: Counter) -> dict[str, str]:
    """Return the stem of each Korean word that may end in a particle, chosen by the page's own words.

    A stem is the one most of the page's words share (`앤스로픽` of `앤스로픽에`, `앤스로픽은`), so a
    name ending in a particle-like letter stays whole when the page also writes it with a particle
    (`박지만은` keeps `박지만`, not `박지`), and stacked particles go (`대통령으로도` → `대통령`, not
    `대통령으로`). A word whose stem the page also writes alone (bare or with another particle) loses
    its particle (`정부가` beside `정부는`) unless it takes a particle of its own (`수도를`). With no
    evidence either way, a word seen more than once bare with a one-letter ending is kept whole (a
    name: `박지만 회장`); otherwise the longest particle is stripped."""
    if not has_hangul("".join(counts)):  # every particle is Hangul: a page of Latin words has no stem to choose
        return {}
    splits: dict[str, list[tuple[str, str]]] = {}
    support: Counter = Counter(counts.keys())
    for word in counts:
        endings = _PARTICLES_BY_LAST.get(word[-1])
        if endings:
            # a one-letter stem only behind a word of three (`것으로` is `것` + `으로`; `나이` stays whole)
            room = len(word) - (2 if len(word) < 3 else 1)
            found = [(word[:-len(p)], p) for p in endings if len(p) <= room and word.endswith(p)]
            if found:
                splits[word] = found
                support.update(stem for stem, _ in found)
    chosen = {}
    for word, found in splits.items():
        stem, particle = max(found, key=lambda split: support[split[0]])  # ties: the longest particle
        if support[word] >= support[stem] and (support[word] > 1 or (len(particle) == 1 and counts[word] > 1)) \
                and not (support[stem] > 1 and not takes_particle(word, particle, counts)):
            stem = word  # kept whole, unless the page writes the stem alone too (support: bare or another particle)
        chosen[word] = stem
    for word in counts:  # a two-letter word whose first letter stands alone as a noun (`소의` beside `소`)
        if len(word) == 2 and word[1] in _ONE_LETTER and word[0] in counts and word[0] not in _BOUND \
                and not takes_particle(word, word[1], counts):
            chosen[word] = word[0]
    return chosen


def takes_particle(word: str, particle: str, counts: Counter) -> bool:
    """Return True when the page writes the word with a particle of its own, one that does not stack on the
    word's last letters as a particle would (`수도를`, `박지만은`: nouns; `시장에서는`: 시장 + 에서는)."""
    return any(word + after in counts and particle + after not in _PARTICLES for after in _CASE)


@lru_cache(maxsize=65536)
def _noun(word: str, lang: str, stem: str | None = None) -> str:
    """Return the noun a word stands for (its `stem` when the page chose one), or '' when it is a
    particle, verb or stop word."""
    if _LATIN_WORD.fullmatch(word):
        if word.lower() in STOP_EN or len(word) < (2 if lang == "ko" else 3):
            return ""
        # Names and acronyms are capitalised; a lower-case Latin word in a page is code, a URL or markup.
        return "" if word.islower() or (lang != "ko" and not word[0].isupper()) else word
    noun = strip_josa(word) if stem is None else stem
    if len(noun) < 2 or noun in _STOP_KO or _VERBISH.search(noun):
        return ""
    return noun


def archive_tags_in(text: str, known: Counter) -> list[str]:
    """Return tags the archive already uses that occur in the text, most used first.

    Latin tags must match whole words (`AI` is not in `Spain`); Korean tags may carry a particle.
    The archive's TagIndex is looked up with the text's words (tag_index.py); a plain Counter is
    indexed first."""
    return (known if isinstance(known, TagIndex) else TagIndex(known)).found_in(text)


def repeats(tag: str, picked: list[str]) -> bool:
    """Return True when the tag is one already picked, or a word of one (`Kong` after `Hong Kong`)."""
    low = tag.lower()
    return any(low == p.lower() or low in p.lower().split() for p in picked)


def page_keywords(keywords: list[str], title: str, lang: str, outlet: Outlet, body: str) -> list[str]:
    """Return the page's keywords that are tags: words the body uses, no headline, no outlet name, no
    markup or common word.

    A site's keyword metadata also holds its section names (`속보`, `경제뉴스`), its own description
    and other headlines; a keyword the article never uses is none of its topics."""
    if not keywords:
        return []
    lowered = body.lower()
    used = set(_TOKEN.findall(lowered))
    return [k for k in keywords if not is_headline(k, title) and acceptable(k, lang, outlet)
            and used_in(k.strip().lower(), used, lowered)]


def used_in(keyword: str, used: set[str], lowered: str) -> bool:
    """Return True when a lower-cased keyword is a word of the text: whole, or with a particle after it
    (`광주fc가`), never inside a longer word (`공항` in `인천공항`, `ai` in `said`)."""
    if " " in keyword or not ends_in_hangul(keyword):
        return occurs(keyword, lowered)
    return keyword in used or not used.isdisjoint(map(keyword.__add__, _PARTICLE_LIST))


def suggest(title: str, body: str, lang: str, keywords: list[str], known: Counter,
            outlet: Outlet = Outlet(), ranked: list[str] | None = None, chrome: frozenset[str] = frozenset()) -> list[str]:
    """Return at most MAX_TAGS tags: page keywords, archive tags in the text, salient nouns (`ranked`:
    salient_nouns of this title and body, when already ranked in a worker process; `chrome`: those of them
    that are a short line of the page outside the article, tag_filters.chrome_labels).

    The archive's own tags are the user's choice and pass unchecked; the others pass tag_filters."""
    text = f"{title}\n{body}"
    ranked = salient_nouns(title, body, lang) if ranked is None else ranked
    # checked one by one as picked: the first few that pass are all a page takes of some thirty ranked
    nouns = (n for n in ranked if acceptable(n, lang, outlet) and not covers_title(n, title)
             and (n.lower() not in chrome or in_prose(n, body)))  # a menu label read into a breadcrumb title
    picked: list[str] = []
    for source in (page_keywords(keywords, title, lang, outlet, body)[:3], archive_tags_in(text, known)[:3], nouns):
        for tag in source:
            if len(picked) >= MAX_TAGS:
                return picked
            if tag and not repeats(tag, picked):
                picked.append(tag)
    return picked
