"""A news agency's closing glued after the last sentence of its text (issue #23, seen on real wire stories measured
by benchmarks/import_real_bylines.py): the reporter's e-mail, maybe after the day it was filed, then the end mark, a
call for tips, the bracketed copyright notice and the time it was sent. Every name, address and sentence here is
made up.
"""

from __future__ import annotations

import html

import pytest

from archivist.importer import wire_end
from dump_styles import MENU
from test_import_field_pages import HEAD, P1, P2, P3, TITLE, every, paragraphs, read, sources  # noqa: F401

DATE = "<p>입력 2025.06.02 10:05</p>"
NOTICE = "<저작권자(c) 한빛통신, 무단 전재-재배포 금지>"


@pytest.mark.parametrize("tail", [
    " hong@hanbit.example (끝)",
    f" hong@hanbit.example (끝) {NOTICE}",
    f" 2025.6.2 hong@hanbit.example 제보는 카카오톡 hbjebo {NOTICE} 2025/06/02 10:05 송고",
    " 2025.6.2 hong@hanbit.example (끝) 〈저작권자(c) 한빛통신, 무단 전재-재배포 금지〉",
])
def test_the_closing_leaves_the_sentence_and_gives_the_email(tail):
    """The e-mail with closing marks after it, maybe the day filed before it, is the closing: the sentence stays."""
    assert wire_end.split_wire_end(P3 + tail) == (P3, "hong@hanbit.example")


@pytest.mark.parametrize("text", [
    P3 + " hong@hanbit.example",                   # an e-mail alone: the byline rules read it
    P3 + " (끝)",                                  # no e-mail
    "문의는 hong@hanbit.example (끝)",              # no sentence before it
    P3 + " 2025.6.2 hong@hanbit.example",          # the day and the e-mail alone: a photo caption's close
    P3 + " hong@hanbit.example 으로 보내면 된다고 말했다.",  # the e-mail inside a sentence
])
def test_what_is_no_closing(text):
    """Without an e-mail after a sentence and a closing mark after the e-mail, nothing is split."""
    assert wire_end.split_wire_end(text) == (text, "")


def test_the_notice_in_the_closing():
    """The closing's copyright notice is told apart from a closing without one."""
    assert wire_end.has_notice(f"{P3} hong@hanbit.example (끝) {NOTICE}")
    assert not wire_end.has_notice(f"{P3} hong@hanbit.example (끝)")


@pytest.mark.parametrize("tail", [
    f" hong@hanbit.example (끝) {NOTICE}",
    f" 2025.6.2 hong@hanbit.example 제보는 카카오톡 hbjebo {NOTICE} 2025/06/02 10:05 송고",
])
def test_a_wire_closing_glued_after_the_last_sentence(read, tail):
    """`… 말했다. hong@x (끝) <저작권자(c) 한빛통신, …>` (tags stripped without a break): the last sentence stays in
    the body (it was dropped with the paragraph), the closing leaves it, the e-mail and the agency are read."""
    last = P3 + html.escape(tail, quote=False)
    page = (HEAD + f"<header><nav>{MENU}</nav></header><main><h1>{TITLE}</h1>{DATE}"
            f"<article>{paragraphs(P1, P2, last)}</article></main></body></html>")
    records = read(page)
    assert {style: (r.emails[:1], P3 in r.body, "저작권" in r.body, "@" in r.body)
            for style, r in records.items()} == every((["hong@hanbit.example"], True, False, False))
    assert sources(records) == every("한빛통신")
