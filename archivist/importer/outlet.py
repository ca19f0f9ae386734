"""The outlet (`source`): the newspaper or broadcaster that published the article, never the portal showing it.

Evidence, from strongest: a notice naming where the article first ran, the dateline of the article's
first line (`[서울=뉴시스]`, `[아시아경제 홍길동 기자]`), the copyright line closest after the article,
and on HTML pages the metadata and the outlet's logo linking to its home page."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlparse

_NOTICE_OUTLET = re.compile(r"이\s*기사는\s*(.{1,60}?)에\s*(?:게재|실린|출고|송고)된?\s*기사")
_GENERIC = re.compile(r"(?:플랫폼|사이트|서비스|매체|채널|앱|뉴스레터|홈페이지|언론사별?)$")
_COPYRIGHT_OUTLET = re.compile(
    r"(?:저작권자\s*)?(?:ⓒ|©|\(c\)|Copyrights?\s*(?:\(c\)|ⓒ|©|by)?)\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"([^|&<>]{2,60}?)(?:\s*[&|<>]|\s*\.\s|\s*\.$|,(?=\s*[A-Za-z])|\s+All|\s*$|\s*무단|\s*:|\s+\d{4})",
    re.I,
)
# `한빛일보 © 2025. 무단전재 및 재배포 금지`: the name before the mark.
_NAME_BEFORE_MARK = re.compile(
    r"^\s*(?!copyrights?\b|저작권)([가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{1,20}?)\s*(?:ⓒ|©|\(c\))\s*\d{4}\b", re.I)
# A notice without a mark: `한빛뉴스의 모든 콘텐츠(…)는 저작권법의 보호를 받은바 …`, `이 기사의 저작권은 한빛뉴스에 있으며 …`.
_CONTENT_OWNER = re.compile(r"^\W{0,2}\s*([가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{1,20}?)의\s*모든\s*(?:콘텐츠|기사|저작물|컨텐츠)|"
                            r"저작권은\s*([가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{1,20}?)\s*(?:에|에게)\s*있")
# A copyright sentence naming the owner of the work (`한빛워치의 소중한 저작물입니다`, `한빛일보의 모든 콘텐츠는 …`).
_POSSESSIVE = re.compile(r"^([가-힣A-Za-z0-9]{2,20}?)의\s+(?:\S+\s+){0,3}?(?:저작물|콘텐츠|컨텐츠|기사|자산|재산)")
# Two holders joined by `and` (`ⓒ한빛일보and HBN Content Hub Co., Ltd.`): the first, in Hangul, is the outlet.
_JOINT_HOLDER = re.compile(r"(?<=[가-힣])\s*and\s+(?=[A-Za-z])")
_DOMAIN_PARENS = re.compile(r"\s*[(\[]\s*(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/?\s*[)\]]", re.I)
_ALIAS = re.compile(r"\s*[(（][^()（）]{1,30}[)）]?$")
_NOT_A_NAME = re.compile(r"구독|신청|무단|전재|배포|금지|저작권|rights|reserved|보호|바로가기|언론사|\d{4}", re.I)
_TRAILING_NOTICE = re.compile(r"\s+(?:구독|무단|전재|재배포|AI\s*학습|all rights|이용\s*약관|바로가기).*$", re.I)
# Portals show every outlet's articles in their own chrome; their names are never an article's source.
# A portal's page for one outlet names it only generically (`언론사 뷰`, `언론사 홈`, `언론사별 뉴스`).
_PORTAL = re.compile(r"네이버|\bnaver|다음|\bdaum\b|카카오|\bkakao|네이트|\bnate\b|\bzum\b|줌닷컴|\bmsn\b|\byahoo\b|"
                     r"언론사\s*(?:뷰|홈|별)", re.I)
_PORTAL_HOSTS = ("naver.com", "daum.net", "kakao.com", "nate.com", "zum.com", "msn.com", "yahoo.com")
# The company's legal form is no part of the outlet's name (`(주)한빛미디어`, `Hanbit Media Inc.`).
_COMPANY_FORM = re.compile(r"^\s*(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)\s*$|"
                           r",?\s+(?:Inc|Corp|Co\.,?\s*Ltd|Ltd|LLC|Co)\.?$", re.I)
# A photo's credit after the outlet (`ⓒ 뉴스원 홍길동 기자`, `ⓒ 한빛일보 DB`) is not part of its name.
_PHOTO_CREDIT_TAIL = re.compile(r"\s+[가-힣]{2,4}\s*(?:[가-힣]{0,2}\s?기자|특파원)$|\s+(?:DB|자료\s*사진|제공)$")
_QUOTED_SLOGAN = re.compile(r"^\s*['\"‘“'][^'\"‘’“”]{4,40}['\"’”']\s*(?=\S)")
_SLOGAN_WORDS = 4
# A logo's alt text or link names the outlet with a word about the link (`한빛일보 로고`, `logo 한빛일보`,
# `한빛일보 메인으로`, `한빛일보 홈 바로가기`).
_HOME_LINK_SUFFIX = re.compile(r"\s*(?:(?:바로가기|홈페이지|홈|로고|logo|home|(?:메인|첫)\s*(?:페이지|화면)?\s*(?:으로|로)?)"
                               r"(?:\s*(?:가기|이동|바로가기))?)$|^(?:logo|로고)\s+", re.I)
# `[서울=뉴시스]`, `(세종=연합뉴스)`: the place, then the agency. A credit (`[사진=…]`) names no outlet.
_DATELINE_OUTLET = re.compile(
    r"^\s*[\[(（【<]\s*(?!사진|그래픽|자료|출처|이미지|영상|편집|촬영)([가-힣A-Za-z0-9]{1,10})\s*=\s*([^\])）】>=]{2,20}?)\s*[\])）】>]"
)
# `[한빛일보=홍길동 기자]`: the outlet before the reporter's name, where a place stands in other datelines.
_REPORTER_AFTER = re.compile(r"^[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:\S{0,4}기자|특파원)$")
_OUTLET_THEN_REPORTER = re.compile(r"^([가-힣A-Za-z0-9]{2,12})\s+[가-힣]{2,4}\s*(?:\S{0,4}기자|특파원)$")
# `[아시아경제 홍길동 기자]`: the outlet, then the reporter.
_BRACKET_OUTLET = re.compile(
    r"^\s*[\[(（【]\s*([가-힣A-Za-z0-9]{2,12})\s+(?:[가-힣]{1,6}\s*=\s*)?[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*"
    r"(?:\S{0,4}기자|특파원)(?:\s*,[^\])）】]{2,20})?\s*[\])）】]"
)

# `[한빛경제] 본문`, `【 청년일보 】 본문`: an outlet's name alone in brackets opening the article.
_BRACKET_NAME = re.compile(
    r"^\s*[\[【]\s*(?!포토|속보|단독|이슈|영상|카드|그래픽|오늘|주간|헤드라인|인기|많이|최신|실시간|종합|생생|팩트)"
    r"([가-힣A-Za-z0-9]{2,12})\s*[\]】]\s*\S"
)  # a label such as `[포토뉴스]` or `[이슈뉴스]` is a kind of story, not an outlet


@lru_cache(maxsize=65536)  # asked of every line at a page's top, and the outlet's pages share them
def is_portal(name: str) -> bool:
    """Return True when a name is a portal company's (Naver, Daum, Kakao …) rather than an outlet's."""
    return _PORTAL.search(name or "") is not None


_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}", re.I)


def is_address(name: str) -> bool:
    """Return True for a site's address given where a name should be (`hanbit.example`, `dongA.com`)."""
    return _ADDRESS.fullmatch(name or "") is not None


def is_portal_url(url: str) -> bool:
    """Return True for a page hosted by a portal (n.news.naver.com, v.daum.net …)."""
    host = urlparse(url or "").netloc.lower()
    return any(host == h or host.endswith("." + h) for h in _PORTAL_HOSTS)


def clean_name(text: str) -> str:
    """Return an outlet name without domains, slogans before it, a trailing `사`/home-link word; '' when not a name."""
    # a lost link leaves empty brackets and a slash after the name (`한빛닷컴() / 무단전재`)
    name = _COMPANY_FORM.sub("", _DOMAIN_PARENS.sub("", text or "").strip()).strip(" .,:;-–—()[]<>·/")
    name = _JOINT_HOLDER.split(name, 1)[0] if _JOINT_HOLDER.search(name) and has_hangul(name) else name
    name = _ALIAS.sub("", name) or name  # `한빛뉴스(HBN)`: the name, then its other form in brackets
    name = _TRAILING_NOTICE.sub("", _HOME_LINK_SUFFIX.sub("", name))
    owner = _POSSESSIVE.match(name)  # `ⓒ한빛워치의 소중한 저작물입니다`: the owner before `의`
    name = owner.group(1) if owner else name
    name = _QUOTED_SLOGAN.sub("", name)  # `'돈이 보이는 리얼타임 뉴스' 머니경제`: the slogan in quotes goes
    if len(name.split()) >= _SLOGAN_WORDS and re.search(r"[가-힣]", name) and "," not in name:
        name = name.split()[-1].strip("'\"‘’“”")  # an unquoted slogan (or a quoted one holding the name)
    if "," in name and re.search(r"[가-힣]", name):  # a slogan before the name: `경제를 보는 눈, 세계를 보는 창 아시아경제`
        name = name.rsplit(",", 1)[1].strip()
        name = name.split()[-1] if name.split() else name
    elif "," in name:  # a company form after the name: `Future US, Inc.`
        name = name.split(",", 1)[0]
    name = re.sub(r"^(?:by|from)\s+", "", name, flags=re.I).strip(" .,")
    name = _COMPANY_FORM.sub("", _PHOTO_CREDIT_TAIL.sub("", name)).strip(" .,")
    if not name or len(name) > 30 or _NOT_A_NAME.search(name) or is_portal(name):
        return ""
    return name


def outlet_from_notice(line: str) -> str:
    """Return the outlet named in `이 기사는 … X에 게재된 기사입니다`, or ''."""
    match = _NOTICE_OUTLET.search(line)
    if not match:
        return ""
    words = match.group(1).split()
    for i in range(len(words) - 1, -1, -1):
        if _GENERIC.search(words[i]) and i < len(words) - 1:
            return " ".join(words[i + 1:])
    return " ".join(words[-2:])


# A portal credits the outlet that supplied the article (`기사제공 HBN`, `HBN 기사제공`).
_PROVIDER = re.compile(r"^(?:기사\s*제공\s*[:：]?\s*([^\s:：].{0,19})|([^\s:：].{0,19}?)\s*기사\s*제공)$")


def outlet_from_provider(line: str) -> str:
    """Return the outlet a portal credits for the article (`기사제공 HBN`), or ''."""
    match = _PROVIDER.match(_BULLET.sub("", line).strip()) if "제공" in line else None
    name = (match.group(1) or match.group(2)).strip() if match else ""
    return "" if not name or is_portal(name) else name


@lru_cache(maxsize=16384)  # an outlet's copyright lines come again on each of its pages
def outlet_from_copyright(line: str) -> str:
    """Return the outlet named in a copyright line (`ⓒ 매일경제 & mk.co.kr`, `Copyright by X`), or ''."""
    line = _DOMAIN_PARENS.sub("", line)  # `ⓒ 한빛일보 (https://www.hanbit.kr) …`: the address is no part of it
    match = _COPYRIGHT_OUTLET.search(line)
    name = clean_name(match.group(1)) if match else ""
    before = _NAME_BEFORE_MARK.match(line) if not name else None
    if before:
        return clean_name(before.group(1))
    owner = _CONTENT_OWNER.search(line) if not name and ("모든" in line or "저작권은" in line) else None
    return clean_name(owner.group(1) or owner.group(2)) if owner else name


def shows_domain(line: str, emails: list[str]) -> bool:
    """Return True when the line shows the domain of one of the reporter's e-mails (`ⓒ X & x.co.kr`, `hong@x.co.kr`):
    of two copyright lines, the one of the outlet the reporter writes for (on its own host or a sub-domain of it)."""
    low = line.lower()
    return any(re.search(rf"(?<![\w\-]){re.escape(email.rsplit('@', 1)[1].lower())}(?![\w\-])", low)
               for email in emails if "@" in email)


def outlet_from_dateline(line: str) -> str:
    """Return the outlet in the dateline opening an article (`[서울=뉴시스] …`, `[아시아경제 홍길동 기자] …`), or ''."""
    match = _DATELINE_OUTLET.match(line)
    outlet_first = _OUTLET_THEN_REPORTER.match(match.group(2).strip()) if match else None
    if outlet_first and (_OUTLET_SUFFIX.search(outlet_first.group(1)) or re.search(r"[A-Za-z]", outlet_first.group(1))):
        return clean_name(outlet_first.group(1))  # `[부산=한빛일보 홍길동기자]`: the place, the outlet, the reporter
    if match and _REPORTER_AFTER.match(match.group(2).strip()):
        place = match.group(1)  # an outlet's name (`한빛일보=홍길동 기자`), or a place (`부산=홍길동 기자`): none
        return clean_name(place) if _OUTLET_SUFFIX.search(place) or re.search(r"[A-Za-z]", place) else ""
    if match and not re.search(r"[A-Za-z]", match.group(1)):
        return clean_name(match.group(2))
    match = _BRACKET_OUTLET.match(line)
    if match:
        return clean_name(match.group(1))
    match = _BRACKET_NAME.match(line)
    return clean_name(match.group(1)) if match and _OUTLET_SUFFIX.search(match.group(1)) else ""


def outlet_from_meta(value: str) -> str:
    """Return the outlet in a metadata value, dropping the portal part (`뉴시스 | 네이버` → `뉴시스`)."""
    for part in re.split(r"\s*[|｜]\s*|\s+[-–—]\s+", value or ""):
        name = part.strip()
        if name and not name.startswith("http") and not is_portal(name) and len(name) <= 40:
            return name
    return ""


# Words Korean outlets' names end with; a masthead line is such a name on its own.
_OUTLET_SUFFIX = re.compile(r"(?<=[가-힣A-Za-z0-9])(?:신문|일보|경제|뉴스|방송|타임스|타임즈|저널|투데이|데일리|미디어|헤럴드|포스트|프레스)$")
_MASTHEAD_REACH = 15  # non-blank lines at the top of the page where the masthead is printed
_BULLET = re.compile(r"^\s*(?:[*•+#-]\s+)?")
_MASTHEAD_NAME = re.compile(r"[가-힣A-Za-z0-9]*[가-힣][가-힣A-Za-z0-9]*")


def masthead(texts: list[str], above: int = 0) -> str:
    """Return the outlet's name printed on its own at the top of the page and again elsewhere on it (the logo's alt
    text in the masthead and the footer, or heading the outlet's boxes: `X 랭킹 뉴스`), or ''; on a portal's page,
    the outlet its frame names (`portal_outlet`; `above`: the non-blank lines above the article)."""
    top = [t for t in texts if t][:_MASTHEAD_REACH]
    if any(is_portal(t) for t in top):
        return portal_outlet(texts, above=above)
    names = [name for name in map(_logo_name, top) if 3 <= len(name) <= 10 and _MASTHEAD_NAME.fullmatch(name)
             and _OUTLET_SUFFIX.search(name)]
    if not names:
        return ""
    counts = Counter(_logo_name(t) for t in texts if t and len(t) <= 24)  # a name line, maybe bulleted or spaced
    heads = _heads(texts)
    return next((name for name in names if counts[name] + heads[name] >= 2), "")


def heads_the_page(texts: list[str], name: str) -> bool:
    """Return True when the name is printed alone on a line at the top of the page (the outlet's logo)."""
    target = _compact(name or "")
    return bool(target) and any(_compact(t) == target for t in [t for t in texts if t][:_MASTHEAD_REACH])


# A short line headed by a name (`X 구독`, `X의 다른 기사`, `X 랭킹 뉴스`, `X PICK`): the outlet's boxes.
_HEADED = re.compile(r"^(?:[*•+#-]\s+)?\[?([가-힣A-Za-z0-9]{2,12}?)\]?(?:의\s|\s)\S")
_HEADED_LINE = 30
_TOP_NAME = re.compile(r"[가-힣A-Za-z0-9]*[가-힣][가-힣A-Za-z0-9]{2,11}|[A-Z][A-Z0-9]{1,5}")


def _heads(texts: list[str]) -> Counter:
    """Return how many short lines of the page each name heads (`X 구독`, `X의 다른 기사`)."""
    return Counter(m.group(1) for m in (_HEADED.match(t) for t in texts if t and len(t) <= _HEADED_LINE) if m)


def portal_outlet(texts: list[str], names: tuple[str, ...] = (), above: int = 0) -> str:
    """Return the outlet on a portal's page, or '': a name beside the portal's at the top, alone on a line above the
    article (`above`: its non-blank lines before it; a long menu may push the outlet's logo down) and not in a menu
    (the outlet's logo) or given as a logo's alt text (`names`) that heads a short line of the page (`X 구독`, `X의 다른
    기사`); another word at the top heading two; the name above the portal's subscribe button; else one name shaped
    like an outlet's (`…일보`) heading two."""
    lines = [t for t in texts if t]
    heads, top, head = _heads(lines), lines[:_MASTHEAD_REACH], lines[:max(_MASTHEAD_REACH, above)]
    alone = [t for k, t in enumerate(head) if len(t.split()) == 1 and not _in_menu(head, k)]
    strong = [*names, *(w for t in top if is_portal(t) for w in _words(t)), *(w for t in alone for w in _words(t))]
    for name, least in [*((n, 1) for n in strong), *((w, 2) for t in top for w in _words(t))]:
        if heads[name] >= least and _can_be_outlet(name):
            return name
    block = _press_block(lines, heads)
    if block:
        return block
    shaped = [name for name, n in heads.most_common() if n >= 2 and _OUTLET_SUFFIX.search(name) and _can_be_outlet(name)]
    return shaped[0] if len(shaped) == 1 else ""


# The portal's block on the outlet: its name alone on a line, its subscribe button or subscriber count below
# (`(BUTTON) 구독`, `[구독]`, `+ 구독하기`, `구독자 12,345`).
_SUBSCRIBE = re.compile(r"^\W*(?:\(BUTTON\)\s*)?[\[+]?\s*구독(?:하기)?\s*\]?$|^구독자\s*[\d,.]+\s*(?:만\s*)?명?$")


def _press_block(lines: list[str], heads: Counter) -> str:
    """Return the name on a line right above a subscribe button or subscriber count, shaped like an outlet's
    (`…뉴스`, Latin capitals) or heading a line of the page (a reporter's name above the button is none), or ''."""
    for k in range(len(lines) - 1):
        name = _BULLET.sub("", lines[k]).strip()
        if (len(name) <= 12 and _SUBSCRIBE.match(lines[k + 1].strip()) and _can_be_outlet(name)
                and (_OUTLET_SUFFIX.search(name) or re.search(r"[A-Z]", name) or heads[name])):
            return name
    return ""


_LIST_ITEM = re.compile(r"^\s*[*•+#-]\s+")


def _in_menu(top: list[str], k: int) -> bool:
    """Return True for a one-word line beside another one-word line or a bulleted one: an item of a menu."""
    def item(text: str) -> bool:
        return len(text.split()) == 1 or _LIST_ITEM.match(text) is not None
    return _LIST_ITEM.match(top[k]) is not None or any(item(top[j]) for j in (k - 1, k + 1) if 0 <= j < len(top))


def _words(text: str) -> list[str]:
    """Return the words of a line without its bullet and brackets."""
    return [word.strip("[]()<>") for word in _BULLET.sub("", text).split()]


def _can_be_outlet(name: str) -> bool:
    """Return True for a word that may be an outlet's name (not a portal's, a service word or a fragment)."""
    return bool(_TOP_NAME.fullmatch(name or "")) and clean_name(name) == name and not _GENERIC.search(name)


def is_hangul_name(name: str) -> bool:
    """Return True for a name in Hangul letters only (a Korean outlet's own name, not a romanised or company form)."""
    return re.fullmatch(r"[가-힣\s]+", name or "") is not None


def has_hangul(name: str) -> bool:
    """Return True for a name with Hangul letters (`한빛S` too; not a romanised form)."""
    return re.search(r"[가-힣]", name or "") is not None


@lru_cache(maxsize=65536)  # asked of every short line of the page, menus and footers again on the next page
def _logo_name(text: str) -> str:
    """Return a line without its bullet, spaces and words about a logo's link (`한빛일보 로고` → `한빛일보`)."""
    return _compact(_HOME_LINK_SUFFIX.sub("", text.strip()))


def _compact(text: str) -> str:
    """Return a line without its bullet and spaces (`  * 매일 경제` → `매일경제`)."""
    return "".join(_BULLET.sub("", text).split())  # str.split's whitespace is the regex \s: the same, no regex
