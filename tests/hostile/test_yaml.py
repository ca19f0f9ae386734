"""YAML attacks and surprises: rejected quickly with a clear error, or read by the schema as written."""

from __future__ import annotations

import pytest

from archivist import frontmatter

from ..guard import no_hang
from ..test_frontmatter import problems, read_article

HEAD = "---\nreporter: r\ndate: 2024-01-01\n"

ATTACKS = {
    "billion laughs": (HEAD + "title: t\na: &a [x, x, x, x, x, x, x, x, x]\n"
                       + "".join(f"{c}: &{c} [{', '.join([f'*{chr(ord(c) - 1)}'] * 9)}]\n" for c in "bcdefghij")
                       + "---\n", "front matter is too large"),
    "deep flow list": (HEAD + "title: t\nextra: {a: " + "[" * 100_000 + "]" * 100_000 + "}\n---\n", "nested too deeply"),
    "deep flow map": (HEAD + "title: t\nextra: " + "{a: " * 100_000 + "1" + "}" * 100_000 + "\n---\n", "nested too deeply"),
    "deep block map": (HEAD + "title: t\nextra:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 200)) + "---\n",
                       "nested too deeply"),
    "huge scalar": (HEAD + "title: " + "가" * 5_000_000 + "\n---\n", "is too long"),
    "huge key": (HEAD + "title: t\n" + "k" * 2_000_000 + ": 1\n---\n", "YAML syntax error"),
    "many anchors": (HEAD + "title: t\nextra: {" + ", ".join(f"k{i}: &a{i} [1]" for i in range(20_000)) + "}\n---\n",
                     "front matter is too large"),
    "python object": (HEAD + "title: !!python/object/apply:os.system [echo hi]\n---\n",
                      "unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
    "python name": (HEAD + "title: !!python/name:os.system ''\n---\n", "unsupported YAML tag"),
    "binary": (HEAD + "title: !!binary aGVsbG8=\n---\n", "unsupported YAML tag 'tag:yaml.org,2002:binary'"),
    "local tag": (HEAD + "title: !foo x\n---\n", "unsupported YAML tag '!foo'"),
    "set": (HEAD + "title: t\nextra: !!set {a, b}\n---\n", "unsupported YAML tag 'tag:yaml.org,2002:set'"),
    "merge key": (HEAD + "title: t\nx: &a {b: 1}\n<<: *a\n---\n", "unsupported YAML tag 'tag:yaml.org,2002:merge'"),
    "explicit timestamp": (HEAD + "title: !!timestamp 2024-01-01\n---\n", "unsupported YAML tag"),
    "duplicate key": (HEAD + "title: a\ntitle: b\n---\n", "title: duplicate key (first at line 4)"),
    "duplicate nested key": (HEAD + "title: a\nextra: {k: 1, k: 2}\n---\n", "content/x.md:5: extra: duplicate key 'k'"),
}


@pytest.mark.parametrize("name", ATTACKS)
def test_attacks_are_rejected_quickly_with_a_clear_error(name):
    text, expected = ATTACKS[name]
    with no_hang(name):
        found = problems(text)
    assert len(found) == 1 and expected in found[0] and found[0].startswith("content/x.md:"), found


def test_a_million_values_are_refused_before_any_node_is_built(monkeypatch):
    def compose_all(loader):
        pytest.fail("the whole front matter was composed into nodes")

    monkeypatch.setattr(frontmatter.NodeLoader, "get_single_node", compose_all)
    found = problems(HEAD + "title: t\nextra: [" + "1, " * 1_000_000 + "1]\n---\n")
    assert found == ["content/x.md:5: front matter is too large (more than 10000 values)"]


def test_a_short_front_matter_is_not_read_twice(monkeypatch):
    def read_events(loader):
        pytest.fail("the size check read the events of a front matter too short to be large or deep")

    monkeypatch.setattr(frontmatter.NodeLoader, "get_event", read_events)
    assert problems("---\ntitle: t\nreporter: r\ndate: 2024-01-01\ntags: [a, b, c]\nsource: s\n---\n") == []


def article_with(value: str) -> str:
    """Return an article whose text fields and tag are all this YAML value."""
    return f"---\ntitle: {value}\nreporter: {value}\nsource: {value}\ndate: 2024-01-01\ntags: [{value}]\n---\n"


@pytest.mark.parametrize("value", ["no", "yes", "on", "off", "1.10", "2024", "0x1F", "0o17", "1e3", ".inf", ".nan",
                                   "2024-03-28", "'no'", '"1.10"', "12:30", "+1", "-0"])
def test_surprising_scalars_stay_the_text_written(value):
    article = read_article("content/x.md", article_with(value).encode())
    written = value.strip("'\"")
    assert (article.title, article.reporters, article.source, article.tags) == (written, (written,), written, (written,))


@pytest.mark.parametrize("value, expected", [
    ("null", "title: is empty (expected text)"),
    ("~", "title: is empty (expected text)"),
    ("[a, b]", "title: expected text, got a list"),
    ("{a: 1}", "title: expected text, got a mapping"),
])
def test_nothing_lists_and_mappings_are_rejected_where_text_is_expected(value, expected):
    found = problems(f"---\ntitle: {value}\nreporter: r\ndate: 2024-01-01\n---\n")
    assert found == [f"content/x.md:2: {expected}"]


@pytest.mark.parametrize("value, expected", [
    ("2024-03-28", "2024-03-28T00:00:00+09:00"),
    ("2024-03-28 10:00", "2024-03-28T10:00:00+09:00"),
    ("2024-03-28T10:00:00", "2024-03-28T10:00:00+09:00"),
    ("2024-03-28T10:00:00Z", "2024-03-28T19:00:00+09:00"),
    ("'2024-03-28'", "2024-03-28T00:00:00+09:00"),
    ("2024-03-28T10:00:00-05:00", "2024-03-29T00:00:00+09:00"),
])
def test_dates_without_offsets_are_in_the_site_timezone(value, expected):
    article = read_article("content/x.md", f"---\ntitle: t\nreporter: r\ndate: {value}\n---\n".encode())
    assert article.date.isoformat() == expected


@pytest.mark.parametrize("value, expected", [
    ("2024-3-8", "'2024-3-8' is not a date"),
    ("20240328", "'20240328' is not a date"),
    ("1711584000", "'1711584000' is not a date"),
    ("2024-02-30", "'2024-02-30' is not a date"),
    ("[2024-01-01]", "expected a date, got a list"),
    ("null", "expected a date, got nothing"),
])
def test_things_that_are_not_dates_are_rejected(value, expected):
    (found,) = problems(f"---\ntitle: t\nreporter: r\ndate: {value}\n---\n")
    assert found.startswith(f"content/x.md:4: date: {expected}")


@pytest.mark.parametrize("value, expected", [("no", False), ("false", False), ("off", False), ("yes", True),
                                             ("true", True), ("'false'", "got the text 'false' (remove the quotes)"),
                                             ("0", "got '0'"), ("[]", "got a list")])
def test_draft_takes_yaml_booleans_only(value, expected):
    text = f"---\ntitle: t\nreporter: r\ndate: 2024-01-01\ndraft: {value}\n---\n"
    if isinstance(expected, bool):
        assert read_article("content/x.md", text.encode()).draft is expected
    else:
        assert problems(text) == [f"content/x.md:5: draft: expected true or false, {expected}"]
