"""The outlet as the article itself prints it, and the forms one outlet's name takes.

A page may name several outlets: its own, the parent company whose family bar and footer it shares (a subsidiary on
its parent's sub-domain), a portal. The article's own evidence settles it: the name before the reporter in its byline
(`한빛S 홍길동 기자`), the broadcaster of the reporter's sign-off (`한빛TV 홍길동입니다.`), the channel its tip box asks
to search for (`[카카오톡] HBN 검색해 채널 추가`). A name may be spelled out or short (`한빛에스` / `한빛S`): the form
printed in the copyright line or the byline is kept."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import broadcast, outlet

_BYLINE_ABOVE = 8  # a byline above the article stands this close to its first line
_BYLINE_BELOW = 6  # one closing it this close below its last
SIGN_OFF_AREA = 6  # a TV reporter's sign-off stands this close below the article's last line
_CLOSING_LINES = 4  # the article's own copyright line follows its byline and credits
_TIP_BELOW = 12    # the tip box follows the article's credits

# How Korean spells the Latin letters of a name (`S` → `에스`, `TV` → `티브이`/`티비`); some letters have two spellings.
_LETTERS = {"A": "에이", "B": "비", "C": "씨|시", "D": "디", "E": "이", "F": "에프", "G": "지|쥐", "H": "에이치|에치",
            "I": "아이", "J": "제이", "K": "케이", "L": "엘", "M": "엠", "N": "엔", "O": "오", "P": "피", "Q": "큐",
            "R": "알|아르", "S": "에스", "T": "티", "U": "유", "V": "브이|비", "W": "더블유|더블류", "X": "엑스",
            "Y": "와이", "Z": "제트|지"}
_NAME = r"[A-Za-z가-힣][A-Za-z0-9가-힣]+(?:\s[A-Za-z][A-Za-z0-9]*)?"
# `한빛S 홍길동 기자`, `[HBN Biz 홍길동 기자]`, `한빛S=홍길동 기자`, `HBN 홍길동 (hong@x.co.kr)`: the outlet, then the reporter.
_OUTLET_BEFORE_REPORTER = re.compile(
    rf"^\W{{0,2}}[\[(【<]?\s*({_NAME})(?:\s*=\s*|\s+)[가-힣]{{2,4}}(?:\s*[·,]\s*[가-힣]{{2,4}})*\s*"
    r"(?:\S{0,4}기자|특파원|(?=[(<\[]?\s*[\w.%+\-]+@[\w\-]+\.))")
# A tip box asks viewers to search for the broadcaster's channel (`[카카오톡] HBN 검색해 채널 추가`, `'HBN 제보' 검색`)
# or names it as the one waiting for tips (`HBN은 여러분의 제보를 기다립니다`, `HBN 뉴스는 언제나 여러분의 …`).
_TIP_CHANNEL = re.compile(r"['‘\"“]\s*([^'’\"”]{2,20}?)\s*['’\"”]\s*(?:을|를)?\s*검색|"
                          r"([A-Za-z0-9가-힣]{2,12})\s*(?:을|를)?\s*검색(?:해|하여|하고|창)|"
                          r"^\W{0,2}([A-Za-z0-9가-힣]{2,12}?)(?:\s뉴스)?(?:은|는|에서는)\s+(?:[0-9가-힣]{1,6}\s+)?"
                          r"(?:여러분|시청자|독자)")  # `HBN 뉴스는 24시간 여러분의 제보를`: the broadcaster HBN
# A portal's subscription promo after the article names the outlet: `네이버 채널에서 한빛일보를 구독하세요!`,
# `네이버 메인에서 '한빛경제'를 받아보세요`, `속보는 네이버 한빛통신에서 [구독 클릭]`.
_PORTALS = r"(?:네이버|다음|카카오|네이트|NAVER|Daum)"
_PROMO_OUTLET = re.compile(
    rf"{_PORTALS}\s*(?:채널|메인|홈)?\s*에서\s*['‘\"“\[]?([A-Za-z0-9가-힣]{{2,12}}?)['’\"”]?\s*(?:뉴스)?\s*\]?\s*(?:을|를)?\s*"
    rf"(?:구독|받아\s*보)|{_PORTALS}\s+([A-Za-z0-9가-힣]{{2,12}}?)\s*에서\s*\[?\s*구독", re.I)
_PROMO_CHARS = 80
_GLUED_PROMO_CHARS = 200  # promos glued after a byline's e-mail end the paragraph
# A site re-publishing the article credits the outlet on a line of its own below it (`[Source : 한빛일보]`,
# `Source: 한빛일보`, `[출처 : 한빛일보]`); a chart's or a quote's source stands inside the article.
_SOURCE_CREDIT = re.compile(r"^[\[(【]?\s*(?:source|출처)\s*[:：=]\s*([A-Za-z0-9가-힣][A-Za-z0-9가-힣 &.]{1,19}?)\s*[\])】]?$",
                            re.I)
_PROMO_PLACE = re.compile(r"^(?:채널|메인|홈|앱|뉴스)$")  # the portal's page, not an outlet
_TIP_WORD_TAIL = re.compile(r"\s*(?:제보|뉴스\s*제보|채널)$")
_CHANNEL_LABELS = re.compile(r"^(?:카카오톡|카톡|라인|전화|메일|이메일|유튜브|홈페이지|제보|채널|우리|저희)$")


def compact(name: str) -> str:
    """Return a name as compared: NFKC, no spaces, case folded (`HBN Biz` → `hbnbiz`)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or "")).casefold()


def same_outlet(a: str, b: str) -> bool:
    """Return True when two names are one outlet's: equal but for spaces and case, or one spells out the other's
    capital letters in Hangul (`한빛에스` and `한빛S`, `한빛티비` and `한빛TV`)."""
    if not a or not b:
        return False
    if compact(a) == compact(b):
        return True
    return _spelled(a).fullmatch(compact(b)) is not None or _spelled(b).fullmatch(compact(a)) is not None


@lru_cache(maxsize=1024)
def _spelled(name: str) -> re.Pattern:
    """Return a pattern of the name with each capital letter spelled as Korean says it (either form matches); cached:
    a page compares the same few names again and again."""
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    return re.compile("".join(f"(?:{_LETTERS[c]}|{c.lower()})" if c in _LETTERS else re.escape(c.casefold())
                              for c in name))


def byline_outlet(text: str) -> str:
    """Return the name before the reporter in a byline (`한빛S 홍길동 기자` → `한빛S`), or ''. The name may be a desk or
    a place (`사회부 홍길동 기자`): it only confirms a name the page gives elsewhere."""
    match = _OUTLET_BEFORE_REPORTER.match(text.strip()) if len(text) <= 120 else None
    return match.group(1).strip() if match else ""


def tip_outlet(text: str) -> str:
    """Return the channel a broadcaster's tip line asks viewers to search for or to send tips to, or ''."""
    if len(text) > 160 or ("검색" not in text and "여러분" not in text and "시청자" not in text and "독자" not in text):
        return ""
    for match in _TIP_CHANNEL.finditer(text):
        name = _TIP_WORD_TAIL.sub("", next(g for g in match.groups() if g).strip())
        if name and not _CHANNEL_LABELS.match(name):
            return name
    return ""


def confirmed(name: str, printed: list[str]) -> bool:
    """Return True when the article's own lines print the name too (`printed`: its byline's or sign-off's outlets)."""
    return any(same_outlet(name, other) for other in printed)


def spelled_by_email(name: str, emails: list[str]) -> bool:
    """Return True when a name in Latin letters is a label of the reporter's e-mail domain (`HBS`, hong@hbs.co.kr):
    the copyright's romanised name is the outlet's own, not an owning company's."""
    key = compact(name)
    return len(key) >= 2 and key.isascii() and key.isalnum() and any(
        key in email.rpartition("@")[2].lower().split(".") for email in emails)


def article_names(texts: list[str], first: int, last: int) -> list[str]:
    """Return the outlets the article's own lines print: before a reporter in a byline by its text, in a sign-off."""
    near = [t for t in texts[max(0, first - _BYLINE_ABOVE):last + _BYLINE_BELOW] if t]
    return [name for name in (*map(byline_outlet, near), *map(broadcast.sign_off_outlet, near)) if name]


def best_holder(texts: list[str], marked: list[int], last: int, emails: list[str],
                printed: list[str]) -> tuple[int, str]:
    """Return (line, outlet) of the copyright line that names the article's own outlet (`printed`), else of the one
    showing the reporter's e-mail domain, else of the one nearest after the article; (-1, '') when none names one."""
    holders = [(i, name) for i, name in ((i, outlet.outlet_from_copyright(texts[i])) for i in marked) if name]
    return min(holders, default=(-1, ""), key=lambda item: (not confirmed(item[1], printed),
                                                            not outlet.shows_domain(texts[item[0]], emails),
                                                            item[0] < last - 2, abs(item[0] - last)))


def closes_article(texts: list[str], at: int, last: int) -> bool:
    """Return True when line `at` stands right after the article's last line (the article's own copyright line, not
    the site operator's in the footer)."""
    return last <= at and sum(1 for text in texts[last + 1:at] if text) <= _CLOSING_LINES


def signed_outlet(texts: list[str], first: int, last: int) -> str:
    """Return the broadcaster a TV reporter's sign-off below the article names (`MBC뉴스 홍길동입니다.` → `MBC`), or ''."""
    return next((o for o in map(broadcast.sign_off_outlet, texts[first:last + SIGN_OFF_AREA]) if o), "")


def tip_box_outlet(texts: list[str], first: int, last: int) -> str:
    """Return the broadcaster named by the tip box just after the article (`[카카오톡] HBN 검색해 채널 추가`), or ''."""
    for text in texts[first:last + _TIP_BELOW]:
        name = outlet.clean_name(tip_outlet(text)) if text and broadcast.is_tip_line(text) else ""
        if name:
            return name
    return ""


def promo_outlet(texts: list[str], first: int, last: int) -> str:
    """Return the outlet a portal's subscription promo just after the article names (`네이버 채널에서 한빛일보를
    구독하세요!` → `한빛일보`), or ''."""
    for text in texts[first:last + _TIP_BELOW]:
        text = _glued_promos(text) if text and len(text) > _PROMO_CHARS and "▶" in text[-_GLUED_PROMO_CHARS:] else text
        match = _PROMO_OUTLET.search(text) if text and len(text) <= _PROMO_CHARS else None
        name = outlet.clean_name(next(g for g in match.groups() if g)) if match else ""
        if name and not _PROMO_PLACE.match(name):
            return name
    return ""


def _glued_promos(text: str) -> str:
    """Return the promos glued after a paragraph's byline (`… hong@x ▶다음에서 [X 뉴스] 구독하기 ▶…`: the first of
    them), or ''."""
    at = text.find("▶", len(text) - _GLUED_PROMO_CHARS)
    return text[at:at + _PROMO_CHARS] if at > 0 and "@" in text[at - _GLUED_PROMO_CHARS:at] else ""


def source_credit_outlet(texts: list[str], last: int) -> str:
    """Return the outlet a re-publishing site credits on a line below the article (`[Source : 한빛일보]` → `한빛일보`),
    or ''."""
    for text in texts[last + 1:last + _TIP_BELOW]:
        match = _SOURCE_CREDIT.match(text.strip()) if text and len(text) <= _PROMO_CHARS else None
        name = outlet.clean_name(match.group(1)) if match else ""
        if name and not outlet.is_portal(name):
            return name
    return ""
