"""Bylines glued to a paragraph: a dateline and byline opening its first sentence (`[서울=연합뉴스] 홍길동 기자 = …`) or
a byline, an e-mail and promos after its last one (`…했다./부산=홍길동 기자 hong@x.kr`)."""

from __future__ import annotations

import re

from . import wire_end
from .bylines import (EMAIL, NAMES_ROLE, OTHERS, PLACED, TIP_WORDS, Byline, is_desk_mailbox, korean_names,
                      may_hold_byline, parse_byline)

_LEADING_BRACKET = re.compile(  # `[부산=한빛일보 홍길동 기자]`: the place may come first
    rf"^\s*[\[(（【]\s*(?:[가-힣]{{1,6}}\s*=\s*)?([가-힣A-Za-z0-9]{{2,10}})(?:\s+|\s*=\s*)({PLACED}){OTHERS}"
    rf"\s*[\])）】]\s*=?\s*(?=\S)"
)
_GLUED = re.compile(
    rf"(?<=[.!?。”\"’'])\s*/?\s*((?:[가-힣]{{2,6}}\s*=\s*)?\[?\s*{NAMES_ROLE}{OTHERS}\s*\]?\s*"
    rf"(?:[(<]?\s*{EMAIL.pattern}\s*[)>]?|[A-Za-z0-9._\-]+@)?)\s*$"
)
_LEADING = re.compile(
    rf"^\s*(?:([\[(（【]\s*[^\]=)）】]{{1,20}}=\s*([^\]=)）】]{{1,20}})[\])）】])|[가-힣]{{2,6}}\s*=)?\s*"
    rf"((?>{NAMES_ROLE})(?:\s*[,·/]?\s*(?>{NAMES_ROLE}))*+){OTHERS}\s*=\s*(?=\S)"
)

# Promos glued after a byline's e-mail, each after an arrow (`hong@x.kr ▶X에서 [한빛 뉴스] 구독하기 ▶…`).
_GLUED_PROMOS = re.compile(r"(?<=[A-Za-z])\s*(?:[▶►][^▶►@]{1,60})+$")  # after the address's last letter
PROMOS_CHARS = 200  # an e-mail and a few promos
# After a sentence's end, not after a dot inside an address (`namgung.m@x.kr` is one email).
_GLUED_EMAIL = re.compile(rf"(?<=[.!?。”\"’'])(?<![A-Za-z0-9_%+\-][.])\s*/?\s*({EMAIL.pattern})\s*$")


def split_glued_byline(line: str) -> tuple[str, Byline | None]:
    """Return the line without a byline glued to its last sentence (`…했다./부산=홍길동 기자`, `…했다. hong@x.kr`,
    a news agency's e-mail and closing marks), and that byline."""
    head, email = wire_end.split_wire_end(line)  # `…했다. hong@x.kr (끝) <저작권자(c) …>`
    if email and not is_desk_mailbox(email):
        return head, Byline((), (email,))
    promos = _GLUED_PROMOS.search(line, max(0, len(line) - PROMOS_CHARS)) if "@" in line[-PROMOS_CHARS:] else None
    if promos:  # `…했다. 홍길동 기자 hong@x.kr ▶X에서 [한빛 뉴스] 구독하기 ▶Y에서 …`: the portals' promos go too
        head, byline = split_glued_byline(line[:promos.start()])
        if byline is not None and byline.emails:
            return head, byline
    match = _GLUED.search(line) if may_hold_byline(line[-90:]) else None
    byline = parse_byline(match.group(1)) if match else None
    if byline is not None:
        return line[: match.start()].rstrip(), byline
    if "@" in line[-60:]:
        match = _GLUED_EMAIL.search(line)
        if match and not is_desk_mailbox(match.group(1)) and not TIP_WORDS.search(line[-80:]):
            return line[: match.start()].rstrip(), Byline((), (match.group(1),))
    return line, None


def split_leading_byline(line: str) -> tuple[str, Byline | None, str]:
    """Return the line without a leading `[서울=연합뉴스] 홍길동 기자 =`, that byline, and the outlet."""
    if not may_hold_byline(line[:60]):
        return line, None, ""
    match = _LEADING.match(line)
    if match:
        outlet = (match.group(2) or "").strip()
        return line[match.end():], Byline(tuple(korean_names(match.group(3)))), outlet
    match = _LEADING_BRACKET.match(line)
    if match:
        return line[match.end():], Byline(tuple(korean_names(match.group(2)))), match.group(1)
    return line, None, ""
