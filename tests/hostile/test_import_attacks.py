"""Import: broken, huge, deep, mis-declared and hostile pages give a clear result or a clear error."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sys
from pathlib import Path

import pytest

from archivist.config import Config
from archivist.importer.command import main
from archivist.importer.extract import MAX_PAGE
from archivist.pipeline import Project, build

from ..conftest import NOW, REPO
from ..guard import no_hang
from . import payloads
from .scan import scan_site

PARAGRAPH = "<p>" + "서울시는 오늘 새로운 교통 정책을 발표했다. 시민들의 반응은 엇갈렸다. " * 10 + "</p>\n"
HEAD = ('<html><head><meta charset="{charset}"><title>{title}</title>'
        '<meta property="article:published_time" content="2024-03-01T09:00:00+09:00">{extra}</head><body><article>')


def page(title: str, body: str = PARAGRAPH * 3, charset: str = "utf-8", extra: str = "") -> str:
    """Return a saved news page."""
    return HEAD.format(charset=charset, title=title, extra=extra) + f"<h1>{title}</h1>" + body + "</article></body></html>"


def run_import(*args: str) -> tuple[int, str, str]:
    """Run the import command in-process; return (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def written(content: Path) -> dict[str, str]:
    """Return {path: text} of every article under content."""
    return {str(p.relative_to(content)): p.read_text(encoding="utf-8") for p in sorted(content.rglob("*.md"))}


def test_a_50_mb_page_is_refused_quickly_and_nothing_is_written(tmp_path):
    big = tmp_path / "big.html"
    big.write_text(page("큰 기사", PARAGRAPH * (50_000_000 // len(PARAGRAPH.encode()))), encoding="utf-8")
    with no_hang("refusing a 50 MB page"):
        code, _, err = run_import(str(big), "--content", str(tmp_path / "content"))
    assert code == 1 and f"{big}: is larger than 10 MB" in err
    assert not (tmp_path / "content").exists()


class EndlessPage:
    """Standard input that never ends: a page of repeated paragraphs, recording how much was asked for."""

    def __init__(self):
        self.asked: list[int | None] = []
        self.buffer = self

    def read(self, size: int | None = -1) -> bytes:
        """Return size bytes of page; an unbounded read is a test failure (it would never return)."""
        self.asked.append(size)
        if size is None or size < 0:
            pytest.fail("standard input was read to its end")
        return (PARAGRAPH.encode() * (size // len(PARAGRAPH.encode()) + 1))[:size]


def test_an_endless_standard_input_is_refused_after_10_mb(tmp_path, monkeypatch):
    endless = EndlessPage()
    monkeypatch.setattr(sys, "stdin", endless)
    code, _, err = run_import("-", "--content", str(tmp_path / "content"))
    assert code == 1 and "-: is larger than 10 MB" in err, err
    assert endless.asked == [MAX_PAGE + 1]
    assert not (tmp_path / "content").exists()


def test_100000_nested_divs_give_a_clear_error_in_bounded_time(tmp_path):
    nested = tmp_path / "nested.html"
    nested.write_text(page("깊은 기사", "<div>" * 100_000 + PARAGRAPH * 3 + "</div>" * 100_000), encoding="utf-8")
    with no_hang("importing 100,000 nested divs"):
        code, _, err = run_import(str(nested), "--content", str(tmp_path / "content"))
    assert code == 1 and err.startswith(f"{nested}: no article text found in this page"), err
    assert "Traceback" not in err


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_lines_of_many_bylines_import_in_bounded_time(tmp_path, suffix):
    """Lines made of a byline said over and over (`홍길동 기자 홍길동 기자 …`), opening the article or standing
    alone, are read at once: a pattern that could split the names many ways took hours on a line of 200 letters."""
    many = "홍길동 기자 " * 16 + "홍길동"  # just under the byline's 120 letters, and no role to end it
    opening = "홍길동 기자 " * 40 + "서울시는 오늘 새로운 교통 정책을 발표했다."
    lines = [many] * 30 + [opening, *(["서울시는 오늘 새로운 교통 정책을 발표했다. 시민들의 반응은 엇갈렸다. " * 10] * 3)]
    source = tmp_path / f"bylines{suffix}"
    if suffix == ".txt":
        source.write_text("교통 정책 발표\n\n입력 2024.03.01 09:00\n\n" + "\n\n".join(lines), encoding="utf-8")
    else:
        source.write_text(page("교통 정책 발표", "".join(f"<p>{line}</p>" for line in lines)), encoding="utf-8")
    with no_hang("importing lines of many bylines", 60):
        code, _, err = run_import(str(source), "--content", str(tmp_path / "content"), "--date", "2024-03-01")
    assert code == 0, err
    assert "Traceback" not in err


def test_malformed_html_imports_as_clean_text(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text('<html><head><title>깨진 <b>기사</title><meta property="article:published_time" content="2024-03-01">'
                      "<body><p>" + "문장이 이어진다 <i>기울임 <b>굵게 </i> 끝나지 않는 " * 20
                      + "<table><tr><td>셀<p>문단</table></div></span><script>alert(1)</script>", encoding="utf-8")
    code, _, err = run_import(str(broken), "--content", str(tmp_path / "content"))
    assert code == 0, err
    (text,) = written(tmp_path / "content").values()
    assert "문장이 이어진다" in text and "<script" not in text and "alert(1)" not in text


@pytest.mark.parametrize("declared, encoding", [("iso-8859-1", "utf-8"), ("utf-8", "cp949"), ("euc-kr", "utf-8")])
def test_a_wrong_declared_charset_still_reads_the_korean_text(tmp_path, declared, encoding):
    source = tmp_path / "page.html"
    source.write_bytes(page("잘못된 문자셋 기사", charset=declared).encode(encoding))
    code, _, err = run_import(str(source), "--content", str(tmp_path / "content"))
    assert code == 0, err
    (text,) = written(tmp_path / "content").values()
    assert 'title: "잘못된 문자셋 기사"' in text and "서울시는 오늘 새로운 교통 정책" in text


def test_invisible_characters_are_removed_from_fields_and_reported(tmp_path):
    title = "\u202e제목\u200b 숨은\u2066 문자\u2069"
    source = tmp_path / "bidi.html"
    source.write_text(page(title, extra='<meta name="author" content="홍\u200b길동">'), encoding="utf-8")
    code, _, err = run_import(str(source), "--content", str(tmp_path / "content"))
    assert code == 0, err
    (text,) = written(tmp_path / "content").values()
    assert 'title: "제목 숨은 문자"' in text and "reporter: 홍길동" in text
    assert f"{source}: removed 5 invisible character(s) (zero-width or bidi controls) from the title and fields" in err


def test_nothing_already_in_content_is_overwritten(tmp_path):
    source = tmp_path / "page.html"
    source.write_text(page("같은 기사"), encoding="utf-8")
    content = str(tmp_path / "content")
    assert run_import(str(source), "--content", content, "--url", "https://a.example/x/same-story")[0] == 0
    before = {k: hashlib.sha256(v.encode()).hexdigest() for k, v in written(tmp_path / "content").items()}
    assert list(before) == ["2024/03/same-story.md"]
    other = tmp_path / "other.html"
    other.write_text(page("다른 기사", PARAGRAPH.replace("서울시", "부산시") * 3), encoding="utf-8")
    assert run_import(str(other), "--content", content, "--url", "https://b.example/y/same-story")[0] == 0
    assert run_import(str(source), "--content", content, "--url", "https://a.example/x/same-story")[0] == 0
    after = {k: hashlib.sha256(v.encode()).hexdigest() for k, v in written(tmp_path / "content").items()}
    assert after.pop("2024/03/same-story.md") == before["2024/03/same-story.md"]
    assert list(after) == ["2024/03/same-story-2.md"]


def hostile_page(index: int, payload: str) -> str:
    """Return a saved page carrying a payload in its title, metadata, JSON-LD and body."""
    ld = json.dumps({"@type": "NewsArticle", "headline": f"기사 {index} {payload}", "author": {"name": payload},
                     "datePublished": "2024-03-01T09:00:00+09:00", "keywords": [payload]})
    extra = (f'<meta property="og:title" content="{payload.replace(chr(34), "&quot;")}">'
             f'<meta name="keywords" content="{payload.replace(chr(34), "&quot;")}">'
             f'<meta property="og:site_name" content="{payload.replace(chr(34), "&quot;")}">'
             f'<script type="application/ld+json">{ld}</script>')
    body = PARAGRAPH * 2 + "".join(f"<p>{p} 문단 {index}</p>" for p in payloads.TEXT) + PARAGRAPH
    return page(f"기사 {index} {payload}", body, extra=extra)


def test_payloads_through_html_and_text_import_and_build_stay_inert(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for index, payload in enumerate(payloads.TEXT):
        (pages / f"p{index:02d}.html").write_text(hostile_page(index, payload), encoding="utf-8")
        dump = f"기사 {index} {payload}\n입력 2024.03.02 09:00\n홍길동 기자\n\n" + "\n\n".join(
            f"{line} 서울시는 오늘 새로운 교통 정책을 발표했다. 시민들의 반응은 엇갈렸다." for line in payloads.TEXT)
        (pages / f"t{index:02d}.txt").write_text(dump, encoding="utf-8")
    code, _, err = run_import(str(pages), "--content", str(tmp_path / "content"))
    # The <math>…<style> payload leaves an unclosed <style> that swallows the page: a clear error, no import.
    failures = [line for line in err.splitlines() if line.endswith(": no article text found in this page")]
    assert [Path(line.split(":")[0]).name for line in failures] == ["p27.html"]
    assert code == 1 and f"failed {len(failures)}" in err
    assert len(written(tmp_path / "content")) > len(payloads.TEXT)  # some text dumps repeat an HTML page: duplicates
    for path in (tmp_path / "content").rglob("*.md"):  # pages whose byline was a payload have no reporter
        text = path.read_text(encoding="utf-8")
        if "\nreporter:" not in text:
            path.write_text(text.replace("\ndate:", "\nreporter: 기자\ndate:", 1), encoding="utf-8")
    output = tmp_path / "output"
    build(Project(content=tmp_path / "content", templates=REPO / "templates", output=output,
                  config=Config(base_url="https://example.org/")), now=NOW)
    assert scan_site(output) == {}


def test_a_tag_quoted_in_a_dump_is_written_as_text_and_shown_as_written(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    quoted = '<img src=x onerror=alert(1)>'
    dump = ("태그를 인용한 기사\n입력 2024.03.02 09:00\n홍길동 기자\n\n"
            + "\n\n".join(f"보안 연구자는 {quoted} 같은 코드를 예로 들었다. 문장 {i}은 본문이다." for i in range(4))
            + "\n\n<영화제목> 같은 홑화살괄호는 태그가 아니다. 마지막 문단도 본문이다.\n")
    (pages / "quoted.txt").write_text(dump, encoding="utf-8")
    code, _, err = run_import(str(pages), "--content", str(tmp_path / "content"))
    assert code == 0, err
    (text,) = written(tmp_path / "content").values()
    assert "&lt;img src=x" in text and "<img" not in text and "<영화제목>" in text
    output = tmp_path / "output"
    build(Project(content=tmp_path / "content", templates=REPO / "templates", output=output,
                  config=Config(base_url="https://example.org/")), now=NOW)
    (source,) = (tmp_path / "content").rglob("*.md")
    (page,) = [p for p in output.rglob("index.html") if p.parent.name == source.stem]
    html = page.read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;영화제목&gt;" in html
