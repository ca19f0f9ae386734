"""What a news agency prints after its text's last sentence, glued to it when the tags between are stripped.

A wire story closes on the reporter's e-mail, maybe after the day it was filed (a photo's `2025.6.2`), then its
closing marks: the end mark `(끝)`, a call for tips through a messenger (`제보는 카카오톡 …`), the bracketed copyright
notice (`<저작권자(c) …, 무단 전재-재배포 금지>`) and the time it was sent (`2025/06/02 10:05 송고`). Glued to the last
sentence (`… 말했다. hong@x.kr (끝) <저작권자(c) …>`), they left a paragraph ending on no sentence; the rule reads
their shapes, never one agency's wording.
"""

from __future__ import annotations

import re

_EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
_FILED = r"\d{4}\s*[./]\s*\d{1,2}\s*[./]\s*\d{1,2}\.?"  # the day stamped before the e-mail (`2025.6.2`)
END_MARK = r"[(（]\s*끝\s*[)）]"  # the end mark, `(끝)`
_MARK = (END_MARK +                                                # the end mark
         r"|▶?\s*제보는\s*(?:카카오톡|카톡|라인|텔레그램)\s*[\w.\-]+"              # a tip call through a messenger
         r"|[<〈《\[(]\s*(?:저작권자|ⓒ|©|copyright|\(c\))[^<>〈〉《》\[\]]{0,80}[>〉》\])]"  # a bracketed copyright notice
         r"|\d{4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s+\d{1,2}:\d{2}\s*송고")   # the time it was sent
# After a sentence's end: maybe the day filed, the e-mail, then the closing marks.
_WIRE_END = re.compile(
    rf"(?<=[.!?。”\"’'])\s*(?:(?P<filed>{_FILED})\s+)?(?P<email>{_EMAIL})(?P<marks>(?:\s*(?:{_MARK}))*)\s*$", re.I)
WIRE_END_CHARS = 200  # an e-mail and a line of closing marks


def split_wire_end(text: str) -> tuple[str, str]:
    """Return the text before a news agency's closing glued after its last sentence and the e-mail in it, or
    (text, '') when the text ends on none.

    The closing is the reporter's e-mail with closing marks after it; an e-mail alone is left to the byline rules,
    and the day and e-mail alone (`…하고 있다. 2025.6.2 kim@x.kr`) close a photo's caption."""
    if "@" not in text[-WIRE_END_CHARS:]:
        return text, ""
    match = _WIRE_END.search(text, max(0, len(text) - WIRE_END_CHARS))
    if match is None or not match.group("marks").strip():
        return text, ""
    return text[:match.start()].rstrip(), match.group("email")


_NOTICE_MARK = re.compile(r"저작권|ⓒ|©|copyright|\(c\)", re.I)


def has_notice(text: str) -> bool:
    """Return True when a news agency's closing glued after the text's last sentence holds the copyright notice
    (which names the agency)."""
    head, email = split_wire_end(text)
    return bool(email) and _NOTICE_MARK.search(text, len(head)) is not None
