"""Front matter: every problem gives its exact `path:line: field: message`."""

from __future__ import annotations

import pytest

from archivist.config import Config
from archivist.load import Parser
from archivist.validate import FieldsInvalid

CONFIG = Config()


def read_article(name: str, data: bytes):
    """Return the Article of one file's bytes (raises FieldsInvalid)."""
    return Parser(CONFIG).parse(name, data).article


def problems(text: str | bytes, name: str = "content/x.md") -> list[str]:
    """Return the error lines of one file ([] when it is valid)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        read_article(name, data)
    except FieldsInvalid as invalid:
        return [str(p) for p in invalid.problems]
    return []


GOOD = "---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\n---\n본문\n"

CASES = [
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-13-01\n---\n",
     "content/x.md:4: date: '2024-13-01' is not a date (expected YYYY-MM-DD or ISO 8601 with offset)"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: yesterday\n---\n",
     "content/x.md:4: date: 'yesterday' is not a date (expected YYYY-MM-DD or ISO 8601 with offset)"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\ntag: [AI]\n---\n",
     "content/x.md:5: tag: unknown field (did you mean 'tags'?)"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\nauthor: 김기자\n---\n",
     "content/x.md:5: author: unknown field"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\nTitle: x\n---\n",
     "content/x.md:5: Title: unknown field (did you mean 'title'?)"),
    ("---\ntitle: 제목\ntitle: 다른 제목\nreporter: 김기자\ndate: 2024-03-28\n---\n",
     "content/x.md:3: title: duplicate key (first at line 2)"),
    ("---\ntitle: \"unclosed\nreporter: 김기자\ndate: 2024-03-28\n---\n",
     "content/x.md:4: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar that starts at line 2)"),
    ("---\ntitle: a: b\nreporter: 김기자\n---\n",
     "content/x.md:2: YAML syntax error: mapping values are not allowed in this context (put quotes around a value that contains ': ')"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\n",
     "content/x.md:1: front matter is not closed: add a line '---' after the last field"),
    ("title: 제목\n", "content/x.md:1: missing front matter: the first line must be '---'"),
    ("", "content/x.md:1: file is empty (expected front matter between '---' lines)"),
    ("  \n\n", "content/x.md:1: file is empty (expected front matter between '---' lines)"),
    ("---\n- a\n- b\n---\n", "content/x.md:2: front matter must be 'key: value' lines, got a list"),
    ("---\ntitle: [a, b]\nreporter: 김기자\ndate: 2024-03-28\n---\n",
     "content/x.md:2: title: expected text, got a list"),
    ("---\ntitle:\nreporter: 김기자\ndate: 2024-03-28\n---\n",
     "content/x.md:2: title: is empty (expected text)"),
    ("---\ntitle: 제목\nreporter: {name: 김기자}\ndate: 2024-03-28\n---\n",
     "content/x.md:3: reporter: expected text or a list of text, got a mapping"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\ntags: [AI, [x]]\n---\n",
     "content/x.md:5: tags: item 2 expected text, got a list"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\ndraft: maybe\n---\n",
     "content/x.md:5: draft: expected true or false, got 'maybe'"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\nemail: nobody\n---\n",
     "content/x.md:5: email: 'nobody' is not an e-mail address"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\nurl: javascript:alert(1)\n---\n",
     "content/x.md:5: url: 'javascript:alert(1)' is not an http(s) URL"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\nslug: ../../x\n---\n",
     "content/x.md:5: slug: '../../x' is not a valid slug (use letters, digits and '-')"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\nlang: korean\n---\n",
     "content/x.md:5: lang: 'korean' is not a language code (expected e.g. ko or en)"),
    ("---\ntitle: 제목\nreporter: 김기자\ndate: 2024-03-28\nextra: 3\n---\n",
     "content/x.md:5: extra: expected a mapping (key: value lines), got a number"),
    ("---\ntitle: 제목\nreporter: 김기자\nreporters: 박기자\ndate: 2024-03-28\n---\n",
     "content/x.md:4: reporters: repeats 'reporter' (line 3): use one of them"),
    ("---\ntitle: !!python/object:os.system x\nreporter: 김기자\ndate: 2024-03-28\n---\n",
     "content/x.md:2: unsupported YAML tag 'tag:yaml.org,2002:python/object:os.system'"),
    ("---\ntitle: \"a\\x01b\"\nreporter: 김기자\ndate: 2024-03-28\n---\n",
     "content/x.md:2: title: contains a control character (U+0001)"),
    (b"---\ntitle: \xb0\xa1\nreporter: x\ndate: 2024-03-28\n---\n",
     "content/x.md:2: file is not valid UTF-8 (byte 0xb0); save it as UTF-8"),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1].split(": ", 1)[1][:40] for c in CASES])
def test_each_problem_has_its_exact_message(text, expected):
    assert problems(text) == [expected]


def test_missing_required_fields_are_all_reported():
    """Title and date are required; reporter is not (editorials and photo news have no byline)."""
    assert problems("---\nsummary: 요약\n---\n") == [
        "content/x.md:1: title: required field is missing",
        "content/x.md:1: date: required field is missing",
    ]
    assert problems("---\ntitle: 사설\ndate: 2024-03-28\n---\n") == []


def test_several_problems_in_one_file_are_reported_together():
    text = "---\ntitle: 제목\nreporter: 김기자\ndate: 2024-02-30\ntag: x\ndraft: 1\n---\n"
    assert problems(text) == [
        "content/x.md:4: date: '2024-02-30' is not a date (expected YYYY-MM-DD or ISO 8601 with offset)",
        "content/x.md:5: tag: unknown field (did you mean 'tags'?)",
        "content/x.md:6: draft: expected true or false, got '1'",
    ]


def test_alias_bomb_is_rejected_quickly():
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefghij":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
    bomb += "title: t\nreporter: r\ndate: 2024-01-01\n---\n"
    (message,) = problems(bomb)
    assert "front matter is too large" in message


def test_valid_file_reads_all_fields():
    text = (
        "---\ntitle: 1.10\nreporters: [김기자, Jane Doe]\nemail: [a@x.kr, b@y.com]\n"
        "date: 2024-03-28T10:30:00+09:00\nupdated: 2024-04-01\ntags: [no, AI]\nsource: 한경\n"
        "url: https://example.com/a\nsummary: 요약\nslug: My Slug\ndraft: false\nlang: en\nextra: {k: [1, 2]}\n---\n본문\n"
    )
    assert problems(text) == []
    article = read_article("content/x.md", text.encode())
    assert article.title == "1.10"
    assert article.reporters == ("김기자", "Jane Doe")
    assert article.tags == ("no", "AI")
    assert article.date.isoformat() == "2024-03-28T10:30:00+09:00"
    assert article.updated.isoformat() == "2024-04-01T00:00:00+09:00"
    assert article.slug == "my-slug"
    assert article.lang == "en"
    assert article.extra == {"k": [1, 2]}


def test_date_without_offset_is_in_site_timezone_and_utc_is_converted():
    local = read_article("x.md", b"---\ntitle: t\nreporter: r\ndate: 2024-03-28 23:30\n---\n")
    utc = read_article("x.md", b"---\ntitle: t\nreporter: r\ndate: 2024-03-28T20:00:00Z\n---\n")
    assert local.date.isoformat() == "2024-03-28T23:30:00+09:00"
    assert utc.date.isoformat() == "2024-03-29T05:00:00+09:00"
    assert utc.path == "2024/03/x/"


def test_bom_and_crlf_are_accepted():
    data = "\ufeff---\r\ntitle: 제목\r\nreporter: 김기자\r\ndate: 2024-03-28\r\n---\r\n본문\r\n".encode()
    assert problems(data) == []


def test_one_string_is_one_tag():
    article = read_article("x.md", GOOD.replace("date:", "tags: 반도체, 업계\ndate:").encode())
    assert article.tags == ("반도체, 업계",)
