"""Markdown bodies: the shortcuts archivist takes give the same HTML as stock Python-Markdown."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from markdown.treeprocessors import InlineProcessor

from archivist.frontmatter import parse as parse_front_matter
from archivist.markdown_engine import PlainTextInline, new_markdown
from archivist.load import Markdowns
from archivist.markup import CLEANER, EXTENSIONS, plain_html, unique_id

HERE = Path(__file__).parent
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINES = st.sampled_from([
    "", "", "평범한 문장이다.", "Plain words here.", "# 제목", "## Heading two", "Setext", "===", "---",
    "- 항목", "* item", "1. 첫째", "2) second", "> 인용", "    code line", "\tcode tab", "```", "```python",
    "~~~", "| a | b |", "|---|---|", "[^1]: 각주", "본문[^1] 각주", "[link](https://example.com)",
    "![img](a.png)", "<https://example.com>", "<me@example.com>", "<b>굵게</b>", "<div>블록</div>",
    "&amp; &copy; &#65;", "**굵게** _기울임_", "`code`", "a\\*b", "끝에 공백 두 개  ", "[TOC]",
    "[ref]: https://example.com", "[ref]", "2024. 3. 1.", "A_B_C", "*", "_", "<", "&", "\x02x\x03",
])
FREE_TEXT = st.text(alphabet=st.sampled_from(list("ab 가나\n\r#-*_`[]()!<>&|\\:.1>~=^\t\x02\x03")), max_size=200)


def stock_html(text: str) -> str:
    """Return the HTML of stock Python-Markdown with every extension and its own inline processor."""
    md = new_markdown(EXTENSIONS)
    md.treeprocessors.register(InlineProcessor(md), "inline", 20)
    return CLEANER.clean(md.convert(text))


def test_the_shortcut_inline_processor_is_the_one_registered():
    """The comparison below would prove nothing if the shortcut were not in use."""
    assert isinstance(new_markdown().treeprocessors["inline"], PlainTextInline)


@SETTINGS
@given(st.lists(LINES, max_size=25).map("\n".join))
def test_bodies_of_markdown_lines_render_as_stock_markdown(text):
    assert Markdowns().render(text) == stock_html(text)


@SETTINGS
@given(FREE_TEXT)
def test_bodies_of_random_characters_render_as_stock_markdown(text):
    assert Markdowns().render(text) == stock_html(text)


PLAIN_BLOCKS = st.sampled_from([
    "평범한 문장이다.", "Plain words, here!", "둘째 줄이다\n셋째 줄 (괄호) 100%: 끝…", "그는 “인용” ‘따옴표’ 'a' \"b\"라고", "“따옴표로 시작”",
    "# 제목", "## 제목", "## 제목", "### Heading: two", "###### 여섯", "## 2024년 계획", "## Q&A", "a  두 칸",
])


@SETTINGS
@given(st.lists(st.tuples(PLAIN_BLOCKS, st.sampled_from(["\n\n", "\n\n", "\n\n\n", "\n\n\n\n"])), min_size=1, max_size=12)
       .map(lambda pairs: "".join(block + gap for block, gap in pairs).rstrip("\n")),
       st.sampled_from(["", "\n", "\n\n"]))
def test_plain_bodies_take_the_shortcut_and_render_as_stock_markdown(text, edge):
    """Paragraphs and # headings (repeated headings get numbered ids), one or more blank lines apart, skip Python-Markdown."""
    text = edge + text + edge
    if "&" not in text and "“따" not in text:
        assert plain_html(text) is not None
    assert Markdowns().render(text) == stock_html(text)


PLAIN_LINE_TEXT = st.builds(
    lambda first, rest: (first + rest).rstrip(" "),
    st.characters(categories=["L"]),
    st.text(st.one_of(st.characters(categories=["L", "N"]), st.sampled_from(list(" .,!?'\"()%:;/·…“”‘’-"))), max_size=30),
)
PLAIN_BLOCK_TEXT = st.one_of(
    st.lists(PLAIN_LINE_TEXT, min_size=1, max_size=3).map("\n".join),
    st.tuples(st.sampled_from(["#", "##", "######"]), PLAIN_LINE_TEXT).map(" ".join),
)


@SETTINGS
@given(st.lists(PLAIN_BLOCK_TEXT, min_size=1, max_size=6).map("\n\n".join))
def test_the_shortcut_html_is_already_what_the_sanitiser_keeps(text):
    """The plain path skips nh3: any letters, digits and plain punctuation it takes come out as nh3 would leave them."""
    html = plain_html(text)
    if html is not None:
        assert CLEANER.clean(html) == html
    assert Markdowns().render(text) == stock_html(text)


def test_corpus_articles_render_as_stock_markdown(tmp_path):
    """Korean and English articles of the synthetic corpus, some with code blocks."""
    script = HERE / "fixtures" / "make_corpus.py"
    subprocess.run([sys.executable, str(script), str(tmp_path), "--count", "300"], check=True, capture_output=True)
    markdowns = Markdowns()
    bodies = [parse_front_matter(path.name, path.read_bytes()).body for path in sorted(tmp_path.rglob("*.md"))]
    assert len(bodies) == 300
    for body in bodies:
        assert markdowns.render(body) == stock_html(body)


@SETTINGS
@given(st.lists(st.sampled_from(["a", "a_1", "a_2", "a_10", "b_1_1", "", "_1", "섹션", "섹션_1"]), max_size=12))
def test_unique_ids_are_those_of_python_markdown(values):
    from markdown.extensions.toc import unique

    ours, theirs = set(), set()
    assert [unique_id(v, ours) for v in values] == [unique(v, theirs) for v in values]


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab 가\u1100\u1161\u0301\u00a0\u3000\u2028\t\n<p>&amp;#;x")), max_size=80))
def test_a_body_text_comes_whitespace_collapsed_as_search_records_take_it(fragment):
    """outputs.record only NFC-normalizes a body's plain text: collapsing its whitespace again would change nothing."""
    from datetime import datetime, timezone
    from types import SimpleNamespace

    from archivist.markup import plain_text
    from archivist.search.outputs import record
    from archivist.search.tokenize import normalize

    text = plain_text(fragment)
    article = SimpleNamespace(path="2024/03/a/", title="t", date=datetime(2024, 3, 1, tzinfo=timezone.utc),
                              reporters=(), tags=(), lang="ko")
    assert record(article, text)["text"] == " ".join(normalize(text).split())


# Any text but the rare code points that share a Hangul syllable's UTF-8 lead byte.
READING_TEXT = st.text(st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
    st.sampled_from(list("ab Z09 .,\n\t-_é한ㄱ中あ😀\u00a0\u3000")),
    st.characters(blacklist_categories=("Cs",)).filter(
        lambda c: not (0xA000 <= ord(c) <= 0xABFF or 0xD7A4 <= ord(c) <= 0xDFFF))), max_size=3000)


@given(READING_TEXT)
@settings(max_examples=300, deadline=None)
def test_syllables_and_words_are_counted_as_the_regexes_count_them(text):
    from archivist.markup import syllables_and_words

    syllables = sum(map(len, re.findall(r"[\uac00-\ud7a3]+", text)))
    words = len(re.findall(r"[A-Za-z0-9]+", text))
    assert syllables_and_words(text) == (syllables, words)


def test_reading_minutes_of_long_korean_and_english_texts():
    from archivist.markup import reading_minutes

    assert reading_minutes("가" * 1000) == 2
    assert reading_minutes("가" * 1001) == 3
    assert reading_minutes("word " * 440) == 2
    assert reading_minutes("word " * 441 + "한" * 500) == 4
    assert reading_minutes("") == 1
