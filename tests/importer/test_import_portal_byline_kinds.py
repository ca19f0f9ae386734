"""More kinds of byline and e-mail lines seen on real Korean pages as portals and aggregators host them (issue #23,
measured by benchmarks/import_real_bylines.py): the reporters' e-mails together on one line after a news agency's
article. Each kind on a small page written for the test, read from its HTML and from each dump style. Every name,
address and sentence here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer import bylines
from test_import_field_pages import P1, P2, P3, every, paragraphs, read  # noqa: F401
from test_import_real_byline_kinds import fields, own_page


@pytest.mark.parametrize("line, emails", [
    ("hong@hanbit.example, kim@hanbit.example", ("hong@hanbit.example", "kim@hanbit.example")),
    ("    hong@hanbit.example · kim@hanbit.example", ("hong@hanbit.example", "kim@hanbit.example")),
    ("hong@hanbit.example/kim@hanbit.example", ("hong@hanbit.example", "kim@hanbit.example")),
    ("photo@hanbit.example, hong@hanbit.example", ("hong@hanbit.example",)),  # the photo desk's is the outlet's
])
def test_the_reporters_emails_on_one_line(line, emails):
    """Two reporters' e-mails alone on one line, joined by a comma, a middle dot or a slash, are both read."""
    assert bylines.parse_byline(line) == bylines.Byline((), emails)


@pytest.mark.parametrize("line", ["photo@hanbit.example, webmaster@hanbit.example",
                                  "문의 hong@hanbit.example, kim@hanbit.example"])
def test_shared_mailboxes_on_one_line_are_no_reporters(line):
    """Shared mailboxes only, or a line asking for enquiries, give no reporter's e-mail."""
    assert not (bylines.parse_byline(line) or bylines.Byline()).emails
    assert bylines.sign_off_email(line) == ""


def test_the_first_of_the_emails_signs_off():
    """A closing line of several e-mails gives the first reporter's as the sign-off."""
    assert bylines.sign_off_email("hong@hanbit.example, kim@hanbit.example") == "hong@hanbit.example"


def test_two_reporters_emails_after_an_agency_article(read):
    """An agency's article opening `(한빛=한빛통신) 홍길동 김철수 기자 = …` and closing with both reporters' e-mails on
    one line gives both reporters and the first e-mail in every style."""
    lead = "(한빛=한빛통신) 홍길동 김철수 기자 = " + P1
    article = paragraphs(lead, P2, P3, "hong@hanbit.example, kim@hanbit.example")
    records = read(own_page(article, copyright="<저작권자(c) 한빛통신, 무단 전재-재배포 금지>"))
    assert fields(records) == every((["홍길동", "김철수"], ["hong@hanbit.example"]))
