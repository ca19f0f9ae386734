"""A page's layers printed as text between an article's date and its byline: share and comment widgets, a close
button, a dialog's buttons and its question, a menu's items inside a dialog (a read-aloud player's settings, a
font menu). lynx and w3m print them all; they part neither the byline from the date nor the headline from them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import noise

if TYPE_CHECKING:
    from .record import Line

QUESTION_GAP = 2    # lines from a dialog's question down to its buttons
_KINDS = frozenset({noise.WIDGET, noise.COMMENTS})
# A form's controls as lynx and w3m print them (radio buttons `(*)`, `( )`, boxes `[X]`) or a layer's close button.
CONTROLS = re.compile(r"\((?:\*| )\)|\[(?:X| )\]|(?:^|\s)(?:닫기|close)$", re.I)
# a sentence's stop, more words, then a close button: a layer's text running onto its close button's line
_SENTENCE_THEN_CLOSE = re.compile(r"\w[.!?]\s+\S.*\s(?:닫기|close)$", re.I)
_COUNTER = re.compile(r"\s\d+$")  # a reaction button's count (`훈훈해요 0`)
_BUTTON = r"(?:확인|취소|예|아니오|아니요|닫기|저장|적용|ok|cancel|yes|no|close|save|apply)"
_BUTTONS = re.compile(rf"^{_BUTTON}(?:\s+{_BUTTON}){{1,2}}$", re.I)  # a dialog's buttons: `확인 취소`, `OK Cancel`


def control_line(lines: list[Line], i: int) -> bool:
    """Return True for a line of a layer's controls (see the module's docstring), or a blank line beside one."""
    if not lines[i].text:
        return any(0 <= k < len(lines) and lines[k].text and control_line(lines, k) for k in (i - 1, i + 1))
    return _control(lines, i) or lines[i].kind == noise.MENU and _menu_in_dialog(lines, i)


def _control(lines: list[Line], i: int) -> bool:
    """Return True for a widget's or a comment box's line, a form's control, a close button, a dialog's buttons or
    its question."""
    text = lines[i].text
    return lines[i].kind in _KINDS or CONTROLS.search(text) is not None or _BUTTONS.match(text) is not None \
        or _question(lines, i)


def _question(lines: list[Line], i: int) -> bool:
    """Return True for a question right above a dialog's buttons (`설정을 저장하시겠습니까?` over `확인 취소`)."""
    if not lines[i].text.endswith("?"):
        return False
    below = next((k for k in range(i + 1, min(len(lines), i + 1 + QUESTION_GAP)) if lines[k].text), None)
    return below is not None and _BUTTONS.match(lines[below].text) is not None


def _menu_in_dialog(lines: list[Line], i: int) -> bool:
    """Return True for a menu's item inside a dialog: its run of items has a close button or a dialog's buttons right
    below it (a font menu), or is a run of reaction counters (`훈훈해요 0`) beside a widget's line. A blank line may
    stand between."""
    top, bottom = i, i
    while top > 0 and lines[top - 1].kind == noise.MENU and lines[top - 1].text:
        top -= 1
    while bottom + 1 < len(lines) and lines[bottom + 1].kind == noise.MENU and lines[bottom + 1].text:
        bottom += 1
    above, below = _text_near(lines, top, -1), _text_near(lines, bottom, 1)
    if below is not None and (CONTROLS.search(lines[below].text) or _BUTTONS.match(lines[below].text)):
        return True
    counters = all(_COUNTER.search(lines[k].text) for k in range(top, bottom + 1))
    return counters and any(n is not None and lines[n].kind in _KINDS for n in (above, below))


def _text_near(lines: list[Line], i: int, step: int) -> int | None:
    """Return the nearest line with text one or two lines `step` from a line, or None."""
    return next((n for n in (i + step, i + 2 * step) if 0 <= n < len(lines) and lines[n].text), None)


def dialog_text(lines: list[Line], top: int, first: int) -> set[int]:
    """Return the lines of a dialog's text above the article: a line holding a sentence and then the layer's close
    button (`… 선정한 기사입니다. 편집판 바로가기 닫기`). The line above it is left a candidate, though the dialog's
    sentence may have begun there: on pages of outlets never seen, that line was the headline."""
    return {i for i in range(top, first) if _ends_on_close(lines[i].text) and _SENTENCE_THEN_CLOSE.search(lines[i].text)}


def _ends_on_close(text: str) -> bool:
    """Return True for a line that may end on a close button (`닫기`, `close` in any case, `ſ` read as `s` as the
    pattern reads it): the cheap test before _SENTENCE_THEN_CLOSE's search."""
    return text.endswith(("닫기", "\n")) or text[-5:].casefold().endswith("close")
