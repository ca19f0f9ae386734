"""Reporters named outside a byline line: a TV transcript's hand-over, sign-off, turn header or credits, a portal's
name-and-time line under the headline, a column's heading or its writer's affiliation line.

`bylines.py` reads the lines that are bylines; these rules read the article's other lines for its reporters when
no byline names one (`dump_fields.py`, `page_fields.py`)."""

from __future__ import annotations

import re

from . import broadcast, dates, noise
from .bylines import CREDIT, EMAIL, MARK, NAME, NOT_NAMES, OUTLET_WORD, RANK, SURNAMES, without_glued_notice


_STAMP = r"\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\.?\s+\d{1,2}:\d{2}"
# the time maybe labelled, and the update's time after it (`홍길동 입력 2024. 5. 13. 12:52 수정 2024. 5. 13. 13:10`)
_NAME_AND_TIME = re.compile(rf"^({NAME})\s+(?:(?:기사\s*)?입력\s*)?{_STAMP}(?:\s+(?:수정|업데이트)\s*{_STAMP})?$")


def name_and_time(line: str) -> str:
    """Return the name on a line that is only a name and the publication time (`홍길동 2024. 5. 13. 12:52`, maybe
    `홍길동 입력 2024. 5. 13. 12:52 수정 …`), or ''.

    Portal pages print the byline this way under the headline, without a title word."""
    match = _NAME_AND_TIME.match(line.strip())
    if not match or dates.label_strength(match.group(1)) != dates.BARE:
        return ""  # `입력 2024.03.28 05:00`: a label, not a name
    return match.group(1)


# A TV-news transcript (broadcast.py): the anchor hands over to the reporter (`홍길동 기자가 보도합니다`,
# `… 기자가 자세히 전합니다`, `홍길동 기자 연결합니다`, a live call: `홍길동 기자!`).
_HANDOVER = re.compile(
    rf"({NAME})\s*(?:{RANK}\s?)?기자(?:(?:가|께서)\s*(?:[가-힣]{{1,4}}\s+)?(?:보도|정리|전해|전합|취재|알아|짚어|설명|나가|"
    rf"만나|단독|현장|따라가|분석|점검|다녀)|의\s*(?:보도|리포트|취재)|입니다\.?\s*$|(?:를|와)?\s*연결|!\s*$)"
)


def is_tv_sign_off(text: str) -> bool:
    """Return True for a reporter's sign-off ending a TV report (`MBC뉴스 홍길동입니다.`): not the article's text."""
    return bool(broadcast.sign_off(text))


def transcript_reporter(lines: list[str]) -> str:
    """Return the (first) reporter of a TV-news transcript, or ''."""
    names = transcript_reporters(lines)
    return names[0] if names else ""


def transcript_reporters(lines: list[str]) -> list[str]:
    """Return the reporters of a TV-news transcript (named in the sign-off, where the anchor hands over, or credited
    for the reporting)."""
    if broadcast.has_speaker_marks(lines):
        for line in reversed(lines):
            name = broadcast.split_closing(line)[1]
            if name:
                return [name]
        for line in lines:
            match = _HANDOVER.search(line) if "기자" in line else None
            if match:
                return _handed_over(line, match)
        turn = next((m for m in map(_NAMED_TURN.match, lines) if m), None)
        if turn:
            return [turn.group(1)]
    name = credits_reporter(lines)
    return [name] if name else []


# The reporter's turn header naming them after the mark (`[기자] 홍길동`, `<기자> 홍길동`).
_NAMED_TURN = re.compile(rf"^\s*[\[<(【◀]\s*(?:{RANK}\s?)?기자\s*[\]>)】▶]\s*({NAME})\s*$")
# Reporters handed over to together (`홍길동·김철수 기자가 …`, `홍길동 기자와 김철수 기자가 …`): a name joined to the next.
_JOINED_NAME = re.compile(rf"({NAME})\s*(?:[·,/]\s*|(?:{RANK}\s?)?기자\s*(?:와|과|,|및)\s*)$")


def _handed_over(line: str, match: re.Match) -> list[str]:
    """Return the names the anchor's hand-over gives, the one before `기자가` and those joined to it."""
    names, head = [match.group(1)], line[:match.start(1)]
    joined = _JOINED_NAME.search(head)
    while joined:
        names.insert(0, joined.group(1))
        head = head[:joined.start()]
        joined = _JOINED_NAME.search(head)
    return names


def credits_reporter(lines: list[str]) -> str:
    """Return the reporter a production-credits line names for the reporting (`취재기자 : 홍길동`), or ''."""
    return next((names[0] for names in map(broadcast.credited_reporters, lines) if names), "")


# A column's heading names its writer (`[홍길동의 경제 읽기]`), above the headline or opening it.
_COLUMN_HEADING = re.compile(rf"^\s*[\[【]\s*({NAME})의\s+[^\]】\d]{{2,20}}[\]】]")
COLUMN_REACH = 3  # lines above the headline where a column's heading stands
SIGN_OFF_LINES = 4  # the reporter's sign-off (`MBC뉴스 홍길동입니다.`) is not body: it stands right below it


# A column's writer signs with an affiliation and a position instead of a reporter's title, on a line of its
# own under the headline or after the text (`홍길동 한빛대 경제학과 교수`, `글 홍길동 한빛연구원 연구위원 hong@x.kr`).
_POSITION = (r"(?:명예|석좌|겸임|초빙|객원)?교수|(?:선임|수석)?연구위원|(?:선임|수석|책임)?연구원|소장|원장|이사장|대표|"
             r"변호사|회계사|세무사|노무사|변리사|전문의|의사|회장|센터장|작가|시인|평론가|목사|신부|스님|박사|교사")
# The affiliation opens with an organisation (`한빛대`, `한빛연구원`, `KDI`), maybe a department after it.
_ORGANISATION = (r"(?:[가-힣A-Za-z0-9·]{1,14}(?:대|대학교?|대학원|연구원|연구소|硏|병원|재단|협회|센터|학회|은행|증권|그룹|기구|"
                 r"포럼|회|청|처|부)|[A-Z][A-Za-z0-9&]{1,10}[가-힣]*)")
_AUTHOR = re.compile(
    rf"^{MARK}(?:글\s*[=:]?\s*)?([{SURNAMES}][가-힣]{{1,3}})\s*[(（]?\s*{_ORGANISATION}\s+"
    rf"(?:[가-힣A-Za-z0-9·]{{2,16}}\s+){{0,2}}(?:{_POSITION})\s*[)）]?\s*(?:{EMAIL.pattern})?$")
AUTHOR_LINES = 3  # a column's writer signs on one of the few lines under the headline or after the text
# A contributor signing with any affiliation (`홍길동 한빛파트너스(주) 대표이사 hong@x.kr`, `[홍길동 한빛도서관
# 조사관]`): only with the e-mail after it or the whole line in brackets, the outlet's signature (a caption naming
# a person by position, `김철수 한빛전자 대표`, has neither).
_SIGNED_POSITION = rf"(?:{_POSITION}|대표이사|이사|조사관|(?:기획|편집|자문|객원|전문)?위원(?:장)?|(?:부장)?검사|판사)"
_CONTRIBUTOR = re.compile(
    rf"^(?:([\[【])\s*)?(?:글\s*[=:]?\s*)?([{SURNAMES}][가-힣]{{1,3}})\s+((?:[^\s@\[\]【】]{{1,20}}\s+){{0,3}})"
    rf"(?:{_SIGNED_POSITION})\s*(?:([\]】])|({EMAIL.pattern}))?$")


def column_author(line: str) -> str:
    """Return the writer of a column signing with an affiliation (`홍길동 한빛대 교수`), or ''."""
    text = without_glued_notice(line.strip())
    match = _AUTHOR.match(text) if 6 <= len(text) <= 80 and not CREDIT.match(text) else None
    name = match.group(1) if match else _contributor(text)
    if not name or OUTLET_WORD.search(name) or NOT_NAMES.match(name):
        return ""
    return name


def _contributor(text: str) -> str:
    """Return the contributor of a line signed with an e-mail or bracketed whole (`[홍길동 한빛도서관 조사관]`), or ''."""
    match = _CONTRIBUTOR.match(text) if 6 <= len(text) <= 80 and not CREDIT.match(text) else None
    if not match or bool(match.group(1)) != bool(match.group(4)) or not (match.group(1) or match.group(5)):
        return ""
    return match.group(2)


def header_reporters(texts: list[str], top: int, first: int, last: int) -> list[str]:
    """Return the reporters a TV transcript names (in the hand-over, or in the sign-off just below the body), of a
    `홍길동 2024. 5. 13. 12:52` line right under the headline (lines top to first), of a column's heading
    (`[홍길동의 경제 읽기]`) above or opening the headline, or of a column's writer signing with an affiliation
    under the headline or after the text."""
    names = transcript_reporters(texts[first:last + 1 + SIGN_OFF_LINES]) if last >= first else []
    if names:
        return names
    signed = _closing_sign_off(texts, last) if last >= first else ""
    if signed:
        return [signed]
    name = ""
    for i in range(top, min(len(texts), top + 6, first + 1)):
        name = name or name_and_time(texts[i])
    for i in range(max(0, top - COLUMN_REACH), min(len(texts), top + 1)):
        match = _COLUMN_HEADING.match(texts[i]) if not name else None
        name = match.group(1) if match else name
    name = name or _closing_author(texts, top, first, last)
    return [name] if name else []


def _closing_sign_off(texts: list[str], last: int) -> str:
    """Return the reporter signing off alone on the first line after the text (`HBN뉴스 홍길동입니다.`) or glued after
    its last sentence (`… 계획입니다. HBN뉴스 홍길동입니다.`): a TV report's web text without speaker marks; or ''."""
    after = [t for t in texts[last + 1:last + 1 + SIGN_OFF_LINES] if t.strip()]
    signed = broadcast.sign_off(after[0]) if after else ""
    if signed or not 0 <= last < len(texts):
        return signed
    return closing_reporter(texts[last])


def closing_reporter(text: str) -> str:
    """Return the reporter of a TV report's closing ending the text (`… 계획입니다. HBN 홍길동입니다.`, maybe with the
    e-mail and the credits after it) when the text before it ends a sentence or there is none, or ''."""
    head, name, _ = broadcast.split_closing(text)
    return name if not head or noise.ends_sentence(head) else ""


def _closing_author(texts: list[str], top: int, first: int, last: int) -> str:
    """Return the column writer signing on one of the first lines after the text or under the headline, or ''."""
    after = [i for i in range(max(first, last), min(len(texts), last + 1 + SIGN_OFF_LINES)) if texts[i].strip()]
    under = [i for i in range(top + 1, min(len(texts), first + 1)) if texts[i].strip()]
    for i in after[:AUTHOR_LINES] + under[:AUTHOR_LINES]:
        name = column_author(texts[i])
        if name:
            return name
    return ""
