"""The import command: writing, printing, explaining, bad inputs, folders, encodings, exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from import_helpers import FIXTURES, split_article

EXAMPLE = FIXTURES / "hankyung-ai-talent" / "raw.txt"
PARAGRAPH = ("정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. "
             "지원 대상은 설비 투자와 연구개발, 인력 양성 등 세 분야다.")


def dump(title: str, date: str = "입력 2024.03.28 05:00") -> str:
    """Return a small Korean text dump with a menu, a headline, a date and two paragraphs."""
    return (f"홈\n  * 정치\n  * 경제\n로그인\n{title}\n페이스북 공유\n{date}\n\n{PARAGRAPH}\n\n"
            f"{PARAGRAPH.replace('정부가', '산업부가')}\n홍길동 기자 hong@example.co.kr\nⓒ 예시일보 무단전재 및 재배포 금지\n")


def test_writes_the_article_and_says_where(run_import, tmp_path):
    """A page is written under content/YYYY/MM and the command prints the path and a summary."""
    status, out, err = run_import(EXAMPLE, "--date", "2024-03-28", "--tags", "AI,인재")
    path = Path("content/2024/03/ai-enjinieo-eolmamyeon-dwae-jeokeobeogeu-jikjeop-reobeukol.md")
    assert status == 0
    assert out == f"wrote {path}\n"
    assert "imported 1, skipped 0 duplicate(s), failed 0" in err
    data, _ = split_article((tmp_path / path).read_text(encoding="utf-8"))
    assert data["tags"] == ["AI", "인재"]
    assert "please review" not in err


def test_suggested_tags_are_marked_for_review(run_import):
    """Without --tags, up to five tags are suggested and the summary asks to review them."""
    status, out, err = run_import(EXAMPLE, "--date", "2024-03-28", "--dry-run")
    data, _ = split_article(out)
    assert status == 0
    assert 1 <= len(data["tags"]) <= 5 and "AI" in data["tags"]
    assert f"{EXAMPLE}: suggested tags, please review: " in err


def test_flags_override_extracted_fields(run_import):
    """--reporter, --source, --url and --date win over what the page says."""
    status, out, _ = run_import(EXAMPLE, "--dry-run", "--date", "2024-03-29T07:00:00+09:00", "--reporter",
                                "임꺽정,장길산", "--source", "한국경제", "--url", "https://example.kr/a")
    data, _ = split_article(out)
    assert status == 0
    assert data["reporter"] == ["임꺽정", "장길산"]
    assert data["source"] == "한국경제" and data["url"] == "https://example.kr/a"
    assert data["date"].isoformat() == "2024-03-29T07:00:00+09:00"


def test_explain_lists_dropped_lines_with_reasons(run_import):
    """--explain names every dropped line and why, on standard error."""
    _, _, err = run_import(EXAMPLE, "--date", "2024-03-28", "--dry-run", "--explain")
    assert "[ticker] 2,455.91" in err
    assert "[share widget] 글자 크기 설정" in err
    assert "[byline] 김인엽 기자 inside@hankyung.com" in err
    assert "[related list] 실시간 관련뉴스" in err
    assert "[source notice] 이 기사는 국내 최대 해외 투자정보 플랫폼 한경 글로벌마켓에 게재된 기사입니다." in err


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty file: nothing to import"),
    ("blank.txt", b"\n \n\t\n", "empty file: nothing to import"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not a text dump or HTML page"),
    ("menu.txt", "홈\n  * 정치\n  * 경제\n로그인\n".encode(), "no article text found in this page"),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found in this page"),
    ("utf16.txt", b"\xff\xfe\x00", "starts like UTF-16 text but does not decode as UTF-16"),
])
def test_bad_input_is_a_clear_error(run_import, tmp_path, name, content, problem):
    """Empty, binary or article-less input: `path: problem`, exit 1, nothing written, no traceback."""
    (tmp_path / name).write_bytes(content)
    status, out, err = run_import(name, "--date", "2024-03-28")
    assert status == 1
    assert f"{name}: {problem}" in err
    assert "Traceback" not in err
    assert not (tmp_path / "content").exists()


def test_stray_control_bytes_do_not_stop_an_import(run_import, tmp_path):
    """A saved page with a stray NUL or control byte inside still imports."""
    page = dump("반도체 지원 10조 투입 발표").replace("정부가", "정부\x00가", 1).replace("산업부가", "산업\x07부가")
    html = "<html><head><title>반도체 지원 10조 투입 발표</title></head><body><h1>반도체 지원 10조 투입 발표</h1>" + \
        "".join(f"<p>{line}</p>" for line in page.splitlines()) + "</body></html>"
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    status, out, err = run_import("p.html", "--dry-run")
    assert status == 0, err
    assert "정부가 반도체" in out


def test_missing_path_and_bad_date(run_import, tmp_path):
    """A path that is not there and a --date that is not a date are errors naming the input."""
    (tmp_path / "a.txt").write_text(dump("반도체 지원 10조 투입"), encoding="utf-8")
    status, _, err = run_import("nope.txt", "a.txt", "--date", "someday")
    assert status == 1
    assert "nope.txt: no such file or folder" in err
    assert "a.txt: --date: not a date: 'someday' (expected YYYY-MM-DD" in err


def test_one_url_for_many_pages_is_a_usage_error(run_import, tmp_path):
    """--url names one article: with several pages it is refused (exit 2) and nothing is written."""
    for k in range(2):
        (tmp_path / f"p{k}.txt").write_text(dump(f"반도체 지원 {k}조 투입 발표"), encoding="utf-8")
    status, _, err = run_import(tmp_path, "--url", "https://example.kr/a")
    assert status == 2
    assert "--url names one article, but 2 pages were given" in err
    assert not (tmp_path / "content").exists()


def test_no_path_is_a_usage_error(run_import):
    """No PATH, URL or --from at all is a usage error (exit 2)."""
    status, _, err = run_import()
    assert status == 2
    assert "name at least one PATH or URL, or a --from FILE of URLs" in err


def test_folder_import_goes_on_past_a_bad_page_and_repeats_as_duplicates(run_import, tmp_path):
    """A folder imports recursively; a bad page fails alone; a second run writes nothing."""
    pages = tmp_path / "pages" / "sub"
    pages.mkdir(parents=True)
    for k in range(3):
        (pages / f"p{k}.txt").write_text(dump(f"반도체 지원 {k}조 투입 발표"), encoding="utf-8")
    (pages / "nodate.txt").write_text(dump("날짜 없는 기사 제목", date=""), encoding="utf-8")
    (pages / "notes.pdf").write_bytes(b"%PDF")
    status, out, err = run_import(tmp_path / "pages")
    assert status == 1
    assert out.count("wrote ") == 3
    assert "nodate.txt: date: no publication date in the page: give one with --date YYYY-MM-DD" in err
    assert "imported 3, skipped 0 duplicate(s), failed 1" in err
    before = {p: p.read_bytes() for p in (tmp_path / "content").rglob("*.md")}
    status, out, err = run_import(tmp_path / "pages")
    assert out == ""
    assert "imported 0, skipped 3 duplicate(s), failed 1" in err
    assert {p: p.read_bytes() for p in (tmp_path / "content").rglob("*.md")} == before


def test_many_pages_show_a_progress_bar(run_import, tmp_path):
    """Twenty pages or more show a progress bar on standard error."""
    for k in range(20):
        (tmp_path / f"p{k:02d}.txt").write_text(dump(f"반도체 지원 {k}조 투입 발표"), encoding="utf-8")
    status, _, err = run_import(tmp_path, "--content", tmp_path / "out")
    assert status == 0
    assert "20/20" in err and "100%" in err
    assert len(list((tmp_path / "out").rglob("*.md"))) == 20


def test_standard_input(run_import, monkeypatch):
    """`-` reads the page from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes()), encoding="utf-8"))
    status, out, _ = run_import("-", "--date", "2024-03-28", "--dry-run")
    assert status == 0
    assert split_article(out)[0]["title"] == "AI 엔지니어 얼마면 돼?…저커버그 직접 러브콜"


@pytest.mark.parametrize("name, declare", [("old.html", True), ("old.txt", False)])
def test_euc_kr_pages_are_decoded(run_import, tmp_path, name, declare):
    """Old Korean pages in EUC-KR/CP949 are detected and decoded, with or without a charset tag."""
    text = dump("반도체 지원 10조 투입 발표")
    if name.endswith(".html"):
        paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if len(line) > 40)
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">' if declare else ""
        text = (f"<html><head>{meta}<title>반도체 지원 10조 투입 발표</title></head><body>"
                f"<h1>반도체 지원 10조 투입 발표</h1><div>입력 2024.03.28 05:00</div><article>{paragraphs}</article></body></html>")
    (tmp_path / name).write_bytes(text.encode("cp949"))
    status, out, _ = run_import(name, "--dry-run")
    data, body = split_article(out)
    assert status == 0
    assert data["title"] == "반도체 지원 10조 투입 발표"
    assert PARAGRAPH in body


def test_module_entry_point(tmp_path):
    """`python -m archivist.importer` runs the same command."""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-m", "archivist.importer", str(EXAMPLE), "--date", "2024-03-28",
                             "--dry-run"], capture_output=True, text=True, cwd=root, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('---\ntitle: "AI 엔지니어 얼마면 돼?…저커버그 직접 러브콜"\n')


def test_update_reimports_in_place(run_import, tmp_path):
    """--update rewrites the body of a page already imported (same url) and keeps its hand-edited title."""
    (tmp_path / "a.txt").write_text(dump("반도체 지원 10조 투입 발표"), encoding="utf-8")
    run_import("a.txt", "--tags", "반도체", "--url", "https://example.kr/a")
    [path] = list((tmp_path / "content").rglob("*.md"))
    edited = path.read_text(encoding="utf-8").replace("반도체 지원 10조 투입 발표", "고친 제목", 1)
    path.write_text(edited.replace(PARAGRAPH, "손으로 지운 문단."), encoding="utf-8")
    status, out, err = run_import("a.txt", "--url", "https://example.kr/a")
    assert status == 0 and "skipped 1 duplicate(s)" in err
    assert "손으로 지운 문단." in path.read_text(encoding="utf-8")
    status, out, err = run_import("a.txt", "--url", "https://example.kr/a", "--update")
    assert status == 0
    assert out == f"updated {path.relative_to(tmp_path)}\n"
    data, body = split_article(path.read_text(encoding="utf-8"))
    assert data["title"] == "고친 제목"
    assert PARAGRAPH in body and "손으로 지운 문단." not in body
    assert len(list((tmp_path / "content").rglob("*.md"))) == 1


def test_add_parser_and_run_contract(tmp_path, capsys, monkeypatch):
    """The build's CLI can add `import` to its subcommands and run it (flags as documented)."""
    import argparse

    from archivist.importer import command

    monkeypatch.chdir(tmp_path)
    parser = argparse.ArgumentParser(prog="build.py")
    command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["import", str(EXAMPLE), "--date", "2024-03-28", "--tags", "AI", "--reporter", "김인엽",
                              "--source", "한경", "--url", "https://example.kr/x", "--content", "c", "--explain",
                              "--update"])
    assert args.command == "import"
    assert command.run(args) == 0
    assert "wrote c/2024/03/" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["import", "--nope"])
    assert exit_info.value.code == 2
