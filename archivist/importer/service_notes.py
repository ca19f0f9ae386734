"""A portal's or a site's notice about its own service, written in sentences (comment policy, how a section was
chosen, what subscribing or recommending does, what an automatic summary leaves out, a QR code's use).

Such layers are hidden by CSS and printed by lynx and w3m; written in sentences, they outweigh a short article. A
notice talks to the reader about the site: polite endings, the reader addressed with honorific verbs (`하시면`,
`보실 수`), two or more words of the service (comments, subscribing, the app, settings; three without the
honorifics), and no number at all; a news paragraph reports an event, with its dates, counts and names, and even
a TV anchor's polite sentences carry their numbers.
"""

from __future__ import annotations

import re

SERVICE_NOTICE = "service notice"
MIN_WORDS = 2   # distinct words of the service a notice names at least
PLAIN_WORDS = 3  # …or, when it does not address the reader with honorific verbs, this many
_SERVICE_WORDS = re.compile(
    r"댓글|구독|추천|언론사|서비스|로그인|설정|고객센터|요약|본문|이용자|회원|개인정보|약관|알림|섹션|메뉴|버튼|"
    r"화면|기기|페이지|링크|앱(?:을|에서|으로|이)?\b|QR")
_HONORIFIC = re.compile(r"(?:하|보|주|읽|찍|누르|받|쓰|남기|드리|오)(?:시(?:면|기|고|길|는|려면)|실\s*수)|"
                        r"(?:세요|바랍니다|권장합니다)[.!]?$")
_POLITE_END = re.compile(r"(?:니다|세요|시오|까요)[.!?]$")
_DIGIT = re.compile(r"\d")


def is_service_notice(text: str) -> bool:
    """Return True for a sentence or a few about the site's own service, addressed to the reader."""
    if "니다" not in text and "세요" not in text or _POLITE_END.search(text[-5:]) is None or _DIGIT.search(text):
        return False
    named = len(set(_SERVICE_WORDS.findall(text)))
    return named >= MIN_WORDS and _HONORIFIC.search(text) is not None or named >= PLAIN_WORDS


SUMMARY_ITEMS = 3  # sentences an automatic summary box lists below its note
_SUMMARY_NOTE = re.compile(r"(?:자동|AI|인공지능).{0,20}요약|요약.{0,20}(?:자동|AI|인공지능|기술)")


def mark_summary_boxes(lines: list, summary: str) -> list:
    """Mark an automatic summary box as `summary`: its note in polite sentences (`…자동요약한 결과입니다.`, maybe a
    second note line) and the few sentences below it, copied from the article, up to the box's control (`닫기`).

    Hidden until the reader opens it, the box is printed by lynx and w3m right above a short article, whose one
    paragraph it copies and outweighs."""
    for i, line in enumerate(lines):
        if line.kind or "요약" not in line.text or not _summary_note(line.text):
            continue
        rows = [j for j in range(i + 1, min(len(lines), i + 4 * SUMMARY_ITEMS)) if lines[j].text]
        notes = [j for j in rows[:2] if not lines[j].kind and _POLITE_END.search(lines[j].text[-5:]) and not _DIGIT.search(lines[j].text)]
        rest = rows[len(notes):]
        items = next((n for n, j in enumerate(rest) if lines[j].kind or not lines[j].prose), len(rest))
        if not 1 <= items <= SUMMARY_ITEMS or items == len(rest):
            continue  # no box closed by a control below a few sentences: the article itself may follow the note
        for j in [i, *notes, *rest[:items]]:
            lines[j] = lines[j]._replace(kind=summary, prose=False)
    return lines


def _summary_note(text: str) -> bool:
    """Return True for a note in polite sentences saying the text below was summed up automatically."""
    return _POLITE_END.search(text[-5:]) is not None and _SUMMARY_NOTE.search(text) is not None


_CLOSE = re.compile(r"^(?:확인\s*)?(?:레이어\s*)?(?:닫기|close)(?:\s*[x×✕])?$", re.I)


def mark_layer_notes(lines: list) -> list:
    """Mark a text in polite sentences right above a close control (`닫기`) as a service notice:
    a pop-up layer's text (the site presenting itself, a policy), which lynx and w3m print; an article's paragraph
    is never closed by a button."""
    previous = None
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if previous is not None and _polite_note(lines[previous]) and _CLOSE.match(line.text):  # most: no prose
            lines[previous] = lines[previous]._replace(kind=SERVICE_NOTICE, prose=False)
        previous = i
    return lines


def _polite_note(line) -> bool:
    """Return True for running text ending politely."""
    return line.prose and not line.kind and _POLITE_END.search(line.text[-5:]) is not None
