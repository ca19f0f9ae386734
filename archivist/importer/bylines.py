"""Bylines: the reporters and emails in a line that signs an article (Korean and English shapes)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import broadcast, wire_end

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
NAME = r"[가-힣]{2,4}"
# A rank or desk word may stand before the title, with or without a space (`인턴 기자`, `선임기자`).
RANK = r"(?:선임|수석|객원|인턴|수습|전문|사진|영상|취재|대|특임|편집)"
_ROLE = (rf"(?:{RANK}\s?)?기자|특파원|통신원|(?:객원)?논설위원|논설실장|편집위원|전문위원|칼럼니스트|"
         r"에디터|리포터|기상캐스터")
_RANK_WORDS = frozenset("선임 수석 객원 인턴 수습 전문 사진 영상 취재 특임 편집".split())
# Several names are joined by `·`, `,` or `/`. A word before a name with only a space between is mostly a place,
# desk or outlet (`서울 홍길동 기자`, `정치부 홍길동 기자`); it is a second reporter (`홍길동 김철수 기자`) only
# when shaped like a person's name: three syllables opening with a common surname, not ending like a desk or an
# administrative area (`사회부`, `편집국`, `강남구`, `제주도`).
SURNAMES = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진지엄채원천방공현함변염여추"
_PERSON = rf"[{SURNAMES}][가-힣][가-힣](?<![부팀국실처청시군구도])"
NAMES_ROLE = rf"(?:{_PERSON}\s+)*{NAME}(?:\s*[·,/]\s*{NAME})*\s*(?:{_ROLE})"
_PLACE = r"(?:[가-힣]{1,6}\s*=\s*)?"  # a dateline's place joined to a name (`세종=홍길동 기자`)
# `홍길동 기자 외 1명`: the others are not named; `홍길동 객원기자(한빛대 교수)`: the writer's affiliation.
OTHERS = r"(?:\s*외\s*\d{1,2}\s*명)?(?:\s*[(（][가-힣A-Za-z0-9·\s]{2,20}[)）])?"
# An email after the names: bare, in brackets, or cut short by the page (`hong@`: unusable, dropped).
# A pointing mark may stand before the email (`홍길동 기자 ☞hong@x.co.kr`), brackets of any kind around it.
_EMAILS = (rf"(?:[|ㅣ:/☞▶►]\s*)?(?:(?:이메일|e-?mail|메일)\s*[:：]?\s*)?"
           rf"((?:[(<（\[]?\s*{EMAIL.pattern}\s*[)>）\]]?[\s,/]*)*)(?:[A-Za-z0-9._\-]+@)?")
# Buttons printed after a byline by portals and outlet sites (`구독`, `다른 기사 보기`), with the counts of the
# reporter's subscribers or cheers (`구독자 321`, `응원수 0`).
# The reporter's portrait may follow as its alt text (`홍길동 기자 사진`).
_BUTTONS = (r"(?:\s*[▶►]?\s*(?:(?:구독자|응원수?)\s*[\d,]+\s*명?|구독(?:하기|중)?|팔로우|기자\s*(?:페이지|프로필)|"
            r"(?:(?:[가-힣]{2,4}\s*)?기자의\s*)?다른\s*기사\s*(?:더\s*)?(?:보기)?|기사\s*더\s*보기|(?:프로필\s*)?사진|프로필))*")
_BUTTON_WORDS = frozenset("구독 구독중 구독자 팔로우 프로필 응원 응원수".split())  # never a reporter's name
_LEADING_BUTTONS = re.compile(rf"^{_BUTTONS}\s*")
# The date may follow on the byline's line, maybe labelled (`홍길동 기자 | 입력 2025.06.01 10:00`).
# The time it was updated may follow (`홍길동 기자 입력 2025.06.01 10:00 수정 2025.06.02 09:00`).
_DATE_TAIL = (r"(?:\s*[|ㅣ·]?\s*(?:(?:기사\s*)?(?:입력|등록|승인|발행|송고|(?:최종\s*)?수정|업데이트)\s*[:：]?\s*)?"
              r"\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?){0,2}")
_DATELINE_PREFIX = r"(?:[\[(（【]\s*[^\]=)）】]{1,20}=\s*[^\]=)）】]{1,20}[\])）】]\s*|[가-힣]{2,6}\s*=\s*)"
# Who wrote it, before the name (`글·사진=홍길동 기자`, `정리=홍길동 기자`); `사진=` alone is a photo credit.
_WRITER_PREFIX = r"(?:(?:글|정리)(?:\s*[·/,]\s*사진)?\s*[=:/]\s*|글\s*[·/,]\s*사진\s+|사진\s*[·/,]\s*글\s*[=:]?\s*)"
# The publication time may come first (`입력 2025.06.01 10:00 홍길동 기자 hong@x.co.kr`).
_DATE_HEAD = (r"(?:(?:기사\s*)?(?:입력|등록|승인|발행|송고)\s*[:：]?\s*\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?"
              r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[|ㅣ·]?\s*)?")
# A mark opening the line (`■ 홍길동 기자`, `| 홍길동 기자`) or a bracket around the byline (`‹홍길동 기자>`).
MARK = r"(?:[■□▶►◆◇●○▲△▣◈*•|ㅣ☞]\s*)?"
_OPEN = r"[\[(（【<‹〈《]"
_CLOSE = r"[\])）】>›〉》]"
# An outlet, place or desk named before the byline (`머니S 홍길동 기자`, `서울 홍길동 기자`).
_OUTLET_PREFIX = r"(?:[가-힣A-Za-z0-9]{2,10}\s+)?"
# An outlet or place joined to the name inside the brackets (`[스포츠한빛=홍길동 기자]`).
_JOINED = r"(?:[가-힣A-Za-z0-9]{2,10}\s*=\s*)?"
_KO_BYLINE = re.compile(
    rf"^{_DATE_HEAD}{MARK}/?\s*(?:{_DATELINE_PREFIX}|{_WRITER_PREFIX})?{_OPEN}?\s*{_JOINED}"
    rf"((?>{NAMES_ROLE})(?:\s*[,·/]?\s*(?>{NAMES_ROLE}))*+)"
    rf"{OTHERS}\s*{_CLOSE}?{_BUTTONS}\s*=?\s*{_EMAILS}{_DATE_TAIL}{_BUTTONS}$"
)
_KO_BYLINE_AFTER_WORD = re.compile(
    rf"^{MARK}/?\s*{_DATELINE_PREFIX}?{_OPEN}?\s*{_OUTLET_PREFIX}((?>{NAMES_ROLE})(?:\s*[,·/]?\s*(?>{NAMES_ROLE}))*+)"
    rf"{OTHERS}\s*{_CLOSE}?\s*=?\s*{_EMAILS}{_DATE_TAIL}{_BUTTONS}$"
)
# A news agency closes its text with `(끝)`, maybe glued after the reporter's email.
_END_MARK = re.compile(rf"\s*{wire_end.END_MARK}\s*$")
# The reporter's email printed before the name (`hong@x.co.kr 홍길동 기자`).
_EMAIL_FIRST = re.compile(rf"^[(<]?\s*({EMAIL.pattern})\s*[)>]?\s+(?=[가-힣\[(])")
# `[머니투데이 홍길동 기자]`: the outlet, then the names, inside one bracket.
# Inside the outlet's bracket each reporter may carry a place (`[머니투데이 세종=홍길동 기자, 김철수 기자]`).
PLACED = rf"(?>{_PLACE}{NAMES_ROLE})(?:\s*[,·/]?\s*(?>{_PLACE}{NAMES_ROLE}))*+"
_KO_BRACKETED = re.compile(
    rf"^[\[(（【]\s*[가-힣A-Za-z0-9]{{2,10}}\s+({PLACED}){OTHERS}\s*[\])）】]"
    rf"\s*=?\s*{_EMAILS}{_BUTTONS}$"
)
# A name and an email alone on a line sign the article too (`YTN 홍길동 (hong@ytn.co.kr)`, `부산/홍길동 hong@x.kr`).
_NAME_EMAIL = re.compile(rf"^(?:{_OUTLET_PREFIX}|[가-힣]{{2,6}}\s*[/=]\s*)({NAME})\s*[(<（]?\s*({EMAIL.pattern})\s*[)>）]?$")
_PRE_ROLE = r"칼럼니스트|(?:객원)?논설위원|논설실장|편집위원|전문위원|대기자|에디터|특파원"
_KO_TITLE_FIRST = re.compile(rf"^[\[(（【<]?\s*(?:{_PRE_ROLE})\s+({NAME})\s*[\])）】>]?\s*{_EMAILS}$")
# A bracket around the whole byline may close after the email (`[홍길동 기자 hong@x.kr]`).
_EMAIL_INSIDE = re.compile(rf"^([\[【<‹〈《])([^\]】>›〉》]*?)\s*([(（]?\s*{EMAIL.pattern}\s*[)）]?)\s*([\]】>›〉》])$")


def without_glued_notice(text: str) -> str:
    """Return a line without a copyright notice or promo glued after its byline or signature (the line itself
    when none is)."""
    if len(text) > GLUED_CHARS or ("▶" not in text and not _MARKS.search(text)):
        return text
    bare = text.lstrip("▶►").strip()
    role = _ROLE_HINT.search(bare) or EMAIL.search(bare)
    glued = _GLUED_NOTICE.search(bare, role.end()) if role and role.start() <= 40 else None
    return bare[:glued.start()].strip() if glued and glued.start() else text


# A photo credit after the byline on its line (`홍길동 기자 사진=김철수 기자`): the photographer wrote nothing.
_PHOTO_CREDIT_TAIL = re.compile(r"\s+[\[(]?\s*사진\s*[=:/]\s*[가-힣]{2,4}\s*(?:기자)?\s*[\])]?$")


def signs_despite_mark(text: str) -> bool:
    """Return True for a byline a promo's mark opens, with the reporter's email (`☞ 홍길동 기자 hong@…`: a promo carries
    none), or a photo credit closes (`홍길동 기자 사진=김철수 기자`); a caption's credit alone (`/사진=김철수 기자`) is none."""
    if text[:1] in "☞▶►":
        byline = parse_byline(text) if "@" in text else None
        return byline is not None and bool(byline.names) and bool(byline.emails)
    at = _photo_credit_at(text)
    byline = parse_byline(text[:at]) if at >= 0 else None
    return byline is not None and bool(byline.names)


def _photo_credit_at(text: str) -> int:
    """Return where a photo credit closing the line starts (`홍길동 기자 사진=김철수 기자`), or -1."""
    photo = _PHOTO_CREDIT_TAIL.search(text, 4) if "사진" in text else None
    return photo.start() if photo else -1


def has_glued_notice(text: str) -> bool:
    """Return True for a line whose byline has a copyright notice or promo glued after it."""
    return without_glued_notice(text.strip()) != text.strip()


def _email_outside(text: str) -> str:
    """Return a byline whose bracket closes after its email with the bracket closed before it."""
    match = _EMAIL_INSIDE.match(text) if "@" in text else None
    return f"{match[1]}{match[2]}{match[4]} {match[3]}" if match else text


# Words between the name and the title: the reporter's desk or the outlet's brand (`홍길동 HB노믹스 기자`,
# `홍길동 한빛닷컴 연예팀 기자`, `홍길동 고용노동선임기자`); tried after the other shapes, which take two names.
_DESK_BETWEEN = re.compile(
    rf"^{MARK}/?\s*({_PERSON})\s+(?![가-힣]{{2,4}}\s*(?:{_ROLE}))((?:[가-힣A-Za-z0-9]{{2,10}}\s+)?[가-힣A-Za-z0-9]{{2,10}}?)"
    rf"\s*(?:{RANK}\s?)?(?:기자|특파원)\s*{_EMAILS}$"
)
# A copyright notice or a promo glued after the byline (tags stripped without a line break):
# `홍길동 기자 hong@x.kr[ⓒ 한빛일보 무단전재 금지]`, `홍길동 기자▶ 한빛일보 구독하기`.
GLUED_CHARS = 300  # a byline with a notice glued after it is this short
_GLUED_NOTICE = re.compile(rf"\s*(?:[\[<(]\s*)?(?:ⓒ|©|\(c\)|저작권|copyright)|\s*▶(?!\s*{EMAIL.pattern})", re.I)
_MARKS = re.compile(r"ⓒ|©|\(c\)|저작권|copyright", re.I)  # a notice's marks, sought before the notice
# A credit line names who took the photo or cut the video, not who wrote the story.
CREDIT = re.compile(r"^\s*[\[(（<]?\s*(?:사진|그래픽|영상\s*(?:취재|편집)?|촬영|편집|자료|출처|이미지)(?:\s*[=:/]|\s)")
# The names are capitalised (`By subject`, `By date` are a menu's labels); only the words around them are not.
_EN_BYLINE = re.compile(
    r"^(?i:(?:(?:posted|written|words|reported|story|text) )?by:?)\s+([A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|de|van|von|da|del|la|le|bin|al)){0,4}"
    r"(?:\s*(?i:,|and|&)\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})*)"
    r"(?:\s*[,|·•–—-]\s*.{0,60}|\s+(?i:on|at|in|for)\s+.{0,60}|\s*\|.{0,60})?$",
)
# A word ending like an outlet's name (`동아일보`, `연합뉴스`) in front of a name is the outlet, not a person.
OUTLET_WORD = re.compile(r"(?=\S{4,})[가-힣A-Za-z0-9]+(?:일보|신문|뉴스|방송|경제|투데이|데일리|타임스|미디어)$")
_ROLE_HINT = re.compile(r"기자|특파원|통신원|논설|위원|에디터|칼럼니스트")
_BYLINE_HINT = re.compile(r"기자|특파원|통신원|논설|위원|칼럼니스트|에디터|리포터|캐스터|@|\b[Bb][Yy]\b|\bBY\b")
_ROLE_SPLIT = re.compile(rf"(?:{_ROLE})|대기자|외\s*\d{{1,2}}\s*명")
_EN_STOP = re.compile(r"\b(?:staff|reporter|writer|correspondent|editor|the|associated press|reuters)\b.*$", re.I)
# Shared mailboxes (the photo desk, tips, the webmaster) belong to the outlet, not to a reporter.
# A mailbox named by desk words only, maybe joined (`onlinenews@`, `web_desk@`), is one too.
_DESK_MAILBOX = re.compile(
    r"^(?:(?:photo|news|newsroom|webmaster|master|admin|help|info|press|desk|editor|contact|support|jebo|"
    r"tip|tips|report|mail|ad|ads|sales|service|cs|media|web|digital|online|opinion|letters|reader|readers|open)"
    r"[._\-]?)+\d*@|^[A-Za-z0-9._\-]*jebo(?![a-z])",  # a tip mailbox, the outlet's name before it (`hbsjebo@`)
    re.I,
)
# A tip box's mail channel, its label bracketed or after a mark (`[메일] social@…`, `▷ 이메일 : jebo@…`): the outlet's.
_TIP_CHANNEL = re.compile(r"^\s*(?:\[\s*(?:이메일|메일|e-?mail)\s*\]|[^\w\s\[(<]{1,2}\s*(?:이메일|메일|e-?mail))", re.I)
NOT_NAMES = re.compile(r"이메일|메일|연락|대표|편집|취재|독자|기사|보도|사업|전화|팩스|주소|홈페이지")
TIP_WORDS = re.compile(r"제보|문의|구독|광고|고객|신고|contact us|tips?\b|advertis", re.I)


@dataclass(frozen=True)
class Byline:
    """Reporters and emails read from one byline line."""

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()


def without_end_mark(text: str) -> str:
    """Return the text without a news agency's end mark at its end (`(끝)`); a text without `끝` is returned as is."""
    return _END_MARK.sub("", text) if "끝" in text else text


@lru_cache(maxsize=65536)
def parse_byline(line: str) -> Byline | None:
    """Return the byline in a line that is only a byline, or None."""
    text = without_end_mark(line.strip())  # a news agency's end mark glued after the email (`hong@x.kr(끝)`)
    if not text or len(text) > GLUED_CHARS or not _BYLINE_HINT.search(text):
        return None
    head = without_glued_notice(text)
    if len(head) > 120 or (head is not text and not _BYLINE_HINT.search(head)):
        return None
    text = _email_outside(head)
    if CREDIT.match(text):  # a credit line, or the report's credits before its byline (`(영상취재: …) 홍길동 기자`)
        return _beside_credits(text) if _CREDITS_HEAD.match(text) else None
    match = (_KO_BYLINE.match(text) or _KO_BRACKETED.match(text) or _KO_BYLINE_AFTER_WORD.match(text)
             or _KO_TITLE_FIRST.match(text))
    if match:
        return Byline(tuple(korean_names(match.group(1))), tuple(EMAIL.findall(match.group(2) or "")))
    first = _EMAIL_FIRST.match(text)
    if first and not is_desk_mailbox(first.group(1)):
        rest = parse_byline(text[first.end():])
        if rest is not None and rest.names:
            return Byline(rest.names, (first.group(1), *(e for e in rest.emails if e != first.group(1))))
    # a reporter card's buttons before the email (`구독 hong@x.co.kr`); the email bracketed or pointed at (`☞ hong@…`)
    bare = _LEADING_BUTTONS.sub("", head)
    wrapped = _WRAPPED_EMAIL.match(bare)
    bare = (wrapped.group(1) or wrapped.group(2)) if wrapped else bare
    if EMAIL.fullmatch(bare):
        return None if is_desk_mailbox(bare) else Byline((), (bare,))
    if _EMAIL_LIST.fullmatch(bare):  # the reporters' emails together at the end (`hong@x.kr, kim@x.kr`)
        own = tuple(e for e in EMAIL.findall(bare) if not is_desk_mailbox(e))
        return Byline((), own) if own else None
    match = _NAME_EMAIL.match(text)
    if match and not (OUTLET_WORD.search(match.group(1)) or TIP_WORDS.search(text) or NOT_NAMES.match(match.group(1))
                      or is_desk_mailbox(match.group(2))):
        return Byline((match.group(1),), (match.group(2),))
    match = _EN_BYLINE.match(text)
    if match:
        return Byline(tuple(english_names(match.group(1))), tuple(EMAIL.findall(text)))
    match = _DESK_BETWEEN.match(text)
    if match and not CREDIT.match(match.group(2)) and not NOT_NAMES.search(match.group(2)):
        return Byline((match.group(1),), tuple(EMAIL.findall(match.group(3) or "")))
    return _pairs(text) or _beside_credits(text)


# A TV report's credits printed on the byline's line, after or before it (`홍길동 기자 [영상취재: … / 영상편집: …]`).
_CREDITS_START = re.compile(r"[\[(（]\s*(?:영상|촬영|그래픽|CG|자막|편집|디자인)|\s(?:영상\s*(?:취재|편집)|촬영\s*기자)\s*[:：]?")
_CREDITS_HEAD = re.compile(r"^\s*([\[(（][^\])）]{4,100}[\])）])\s*(?=\S)")


def _beside_credits(text: str) -> Byline | None:
    """Return the byline of a line holding a byline and the report's production credits or a photo credit, or None."""
    at = _photo_credit_at(text)
    if at >= 0:
        return parse_byline(text[:at])
    start = _CREDITS_START.search(text, 4)
    if start and broadcast.credits(text[start.start():].strip()) is not None:
        return parse_byline(text[:start.start()])
    head = _CREDITS_HEAD.match(text)
    if head and broadcast.credits(head.group(1)) is not None:
        return parse_byline(text[head.end():])
    return None


def _pairs(text: str) -> Byline | None:
    """Return the byline of a line of name-and-email pairs (`홍길동 기자 hong@x.kr, 김철수 기자 kim@x.kr`, the last
    maybe without one), or None."""
    ends = [m.end() for m in EMAIL.finditer(text)]
    if not ends or not may_hold_byline(text):
        return None
    chunks = [text[a:b] for a, b in zip([0, *ends], [*ends, len(text)]) if text[a:b].strip(" ,·/()")]
    if len(chunks) < 2:
        return None  # one name and its email: not pairs (the last may have none: `…, 김철수 기자`)
    chunks = [c.lstrip(" ,·/)）>").rstrip(" ,·/") for c in chunks]
    # the photographer's credit beside the writer's byline (`글/홍길동 기자 x@y · 사진/김철수 기자 z@y`) names no reporter
    found = [parse_byline(chunk) for chunk in chunks if not CREDIT.match(chunk) or chunk is chunks[0]]  # one email each
    if not found or any(b is None or not b.names for b in found):
        return None
    return Byline(tuple(n for b in found for n in b.names), tuple(e for b in found for e in b.emails))


# Brackets around an email alone on its line (`[hong@x.co.kr]`, `(hong@x.co.kr)`) or a mark pointing at it (`☞ hong@…`).
_WRAPPED_EMAIL = re.compile(rf"^(?:[☞▶►]\s*)?(?:[\[(<（]\s*({EMAIL.pattern})\s*[\])>）]|({EMAIL.pattern}))$")
# Two or more emails alone on a line, joined by commas, middle dots or slashes.
_EMAIL_LIST = re.compile(rf"{EMAIL.pattern}(?:\s*[,·/]\s*{EMAIL.pattern})+")
_PLACE_JOINED = re.compile(r"[가-힣A-Za-z]{1,8}\s*=\s*")  # `세종=` before a name: a place, no reporter


# A correspondent's posting between the name and the title (`홍길동 워싱턴 특파원`, `홍길동 도쿄특파원`) is a place, not a
# second reporter, unless shaped like a person's name (`홍길동 김철수 특파원`).
_POSTING = re.compile(rf"(?<=[가-힣])\s+(?!{_PERSON}\s*특파원)[가-힣]{{2,5}}(?=\s*특파원)")


def korean_names(text: str) -> list[str]:
    """Return the names in `홍길동 기자`, `홍길동·김철수 기자`, `홍길동 인턴기자, 김철수 특파원`."""
    names = []
    text = _POSTING.sub(" ", text) if "특파원" in text else text
    for chunk in _ROLE_SPLIT.split(_PLACE_JOINED.sub(" ", text)):
        words = re.split(r"([\s·,/]+)", chunk)
        for k in range(0, len(words), 2):
            name = words[k]
            if re.fullmatch(NAME, name) and name not in names and name not in _RANK_WORDS and name not in _BUTTON_WORDS \
                    and not OUTLET_WORD.search(name) and not _DESK_NAME.search(name) and not _outlet_after_name(words, k):
                names.append(name)
    return names


# A desk signing in place of a person (`인터넷 기자`, `온라인뉴스팀 기자`, `사회부 기자`) names no reporter.
_DESK_NAME = re.compile(r"^(?:인터넷|온라인|디지털|모바일|뉴미디어|멀티미디어)|(?:팀|센터|데스크)$|"
                        r"^(?:사회|정치|경제|산업|국제|문화|체육|스포츠|연예|사진|영상|편집|전국|지역)부$")
# Compound surnames: a four-syllable person's name mostly opens with one (`남궁민수`).
_COMPOUND_SURNAMES = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방".split())


def _outlet_after_name(words: list[str], k: int) -> bool:
    """Return True for a four-syllable word after a name with only a space between, not opening with a compound
    surname: the outlet or desk the reporter writes for (`홍길동 한빛조선 기자`), not a second reporter."""
    name = words[k]
    return (len(name) == 4 and name[:2] not in _COMPOUND_SURNAMES and k >= 2 and not words[k - 1].strip()
            and re.fullmatch(NAME, words[k - 2]) is not None)


def english_names(text: str) -> list[str]:
    """Return the names in `Jane Doe and John Roe`, dropping job titles."""
    text = _EN_STOP.sub("", text).strip(" ,")
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    return [p.strip() for p in parts if p.strip() and len(p.split()) <= 5]


_EN_BY = re.compile(r"^(?i:(?:posted |written |reported )?by:?)\s+[A-Z][\w.'’\-]+\s")


def starts_with_byline(text: str) -> bool:
    """Return True for a line opening with an English byline (`By Jane Doe 2019-11-18 …`): its date is the article's."""
    return _EN_BY.match(text) is not None


def is_outlet_name(name: str) -> bool:
    """Return True for a Korean outlet's name given as an author (`동아일보`, `연합뉴스`): no reporter."""
    return OUTLET_WORD.fullmatch(name.replace(" ", "")) is not None


def may_hold_byline(text: str) -> bool:
    """Return True when the text holds a reporter title word (a cheap check before the regex)."""
    return _ROLE_HINT.search(text) is not None


def person_name(text: str) -> str:
    """Return a name from an author field without its dateline place or title (`서울=홍길동 기자` → `홍길동`)."""
    text = re.sub(r"^.{1,12}?=\s*", "", text.strip())
    names = korean_names(text) if re.search(r"[가-힣]", text) and may_hold_byline(text) else []
    return names[0] if len(names) == 1 else re.sub(r"\s*(?:기자|특파원)$", "", text).strip()


# A TV reporter's sign-off closing a line after the email in brackets (`… 홍길동[hong@x.com]입니다.`).
_BEFORE_SIGN_OFF = re.compile(r"[)\]>）]\s*입니다\.?$")


def sign_off_email(line: str) -> str:
    """Return the reporter's email on a short closing line (`☞공감언론 뉴시스 hong@x.com`), or after a TV reporter's
    sign-off glued to the last sentence (`… 계획입니다. HBN 홍길동입니다. hong@x.com 영상취재 : …`), or ''.

    A tip line (`제보 …`) or a shared mailbox (`photo@`, `webmaster@`) is the outlet's, not the reporter's."""
    text = without_glued_notice(without_end_mark(line.strip()))  # `… hong@x.kr▶ 구독하기ⓒ 한빛일보`
    if "@" not in text or TIP_WORDS.search(text) or _TIP_CHANNEL.match(text):
        return ""
    if len(text) > 60:  # a TV report's closing glued after the text: sign-off, e-mail, credits
        email = broadcast.split_closing(text)[2]
        return "" if not email or _DESK_MAILBOX.match(email) else email
    found = EMAIL.findall(text)
    # the email closes the line, maybe in brackets (`HBN뉴스 홍길동입니다. [ hong@x.com ]`), or the sign-off closes it
    # after the email in brackets (`HBN 홍길동[hong@x.com]입니다.`)
    signed = _BEFORE_SIGN_OFF.search(text)
    closing = (text[:signed.start()] if signed else text).rstrip(" )]>）")
    if len(found) > 1 and _EMAIL_LIST.fullmatch(closing):  # the reporters' emails together: the first signs
        return next((e for e in found if not _DESK_MAILBOX.match(e)), "")
    if len(found) != 1 or not closing.endswith(found[0].rstrip(".")) or _DESK_MAILBOX.match(found[0]):
        return ""
    return found[0]


# The email labelled on a line of its own (`이메일: hong@x.co.kr`): under the reporter's name it is theirs, in a tip box
# the outlet's, so only the line under a name reads it.
_LABELLED_EMAIL = re.compile(rf"^(?:이메일|e-?mail|메일)\s*[:：]?\s*[\[(<]?\s*({EMAIL.pattern})\s*[\])>]?$", re.I)


def byline_under_name(text: str) -> Byline | None:
    """Return the byline of the line under a reporter's name: a byline, or an email alone, maybe labelled
    (`이메일: hong@x.co.kr`); None for anything else."""
    byline = parse_byline(text)
    labelled = _LABELLED_EMAIL.match(text.strip()) if byline is None and "@" in text else None
    if labelled and not is_desk_mailbox(labelled.group(1)):
        return Byline((), (labelled.group(1),))
    return byline


def is_desk_mailbox(email: str) -> bool:
    """Return True for a shared mailbox of the outlet (`photo@…`, `webmaster@…`)."""
    return _DESK_MAILBOX.match(email) is not None


BYLINE_FAR = 30  # a byline this far from the article's header and text is another article's or a list's


def article_reach(top: int, first: int, last: int) -> tuple[int, int]:
    """Return the first and last line where a byline may still be the article's: from its headline (`top`) or
    text (`first`), whichever comes first, to its `last` line, each widened by BYLINE_FAR lines."""
    return min(top, first) - BYLINE_FAR, last + BYLINE_FAR
