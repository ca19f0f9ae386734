"""A page's reading controls printed as text: the text-size control (its label, its steps) and a read-aloud
player's options. A browser's copy prints each on a line of its own, where it may pass for a headline."""

from __future__ import annotations

import re

_TEXT_SIZE = re.compile(r"글자\s*크기|글씨\s*크기|폰트\s*크기|text size|font size", re.I)
# a step: `가4단계 아주크게`, or `가4단계` alone (the letter 가 shown at that size)
_SIZE_STEP = re.compile(r"^가?\s*\d\s*단계\s*(?:아주|최대|매우)?\s*(?:작게|보통|크게)$|^가\s*\d\s*단계$")
# a read-aloud player's options: its label, then the choices (`말하기 속도 느림 보통 빠름`, `성별 남성 여성`)
_VOICE_OPTIONS = re.compile(r"^(?:말하기\s*속도|읽기\s*속도|재생\s*속도|성별|음성)(?:\s*(?:\(\d\)\s*)?"
                            r"(?:느림|보통|빠름|남성|여성|남자|여자))+$")


def is_reading_control(text: str) -> bool:
    """Return True for a text-size control's label or step, or a read-aloud player's options."""
    if len(text) < 50 and ("크기" in text or "ize" in text) and _TEXT_SIZE.search(text):
        return True
    if len(text) < 20 and "단계" in text and _SIZE_STEP.match(text):
        return True
    return len(text) < 40 and _VOICE_OPTIONS.match(text) is not None
