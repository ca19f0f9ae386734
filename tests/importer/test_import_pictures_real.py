"""Pages saved complete, made from real development pages: every <img> of the page points to a generated
picture of its declared size under page_files/, as a browser saves it; the import keeps the article's
pictures in order, with their captions as captions and not as paragraphs, and skips the rest.

The expected pictures were decided by reading each page; they are written here as small structural facts
(how many, and how each caption starts). Only development-part pages (benchmarks/import_split.py)."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from benchmarks.import_split import parts
from import_helpers import picture, split_article
from tests.shared_cases import case, cleaning_dev

DEFAULT_SIZE = (640, 400)  # a picture that declares no size
# case → the start of each kept picture's caption, in body order ('' for a picture without a caption)
EXPECTED = {
    "ko02_mk_11328187": ["제54회 전국소년체육대회", "제54회 전국소년체육대회"],
    "ko04_mk_11330362": ["비트코인 2025에서 연설 중인 JD 밴스", "비트코인 2025 세션에 참가한 데이비드 삭스",
                         "비트코인 2025 세션에서 발언하고 있는 신시아 루미스", "비트코인 2025 세션에 참가 중인 도날드",
                         "비트코인 2025에서 발언 중인 에릭", "비트코인 2025에서 발언하고 있는 블라디미르"],
    "ko08_mk_11333783": ["1978년 야구 글러브 공장인", "1989년 사법연수원 졸업식에서", "2017년 서울 용산구",
                         "이재명 더불어민주당 대표가 3월 26일", "이재명 더불어민주당 대선 후보가 6·3",
                         "대선을 하루 앞둔 지난 2일"],
    "ko21_dailian_daum_20240513125214547": ["노정연 대구고등검찰청 검사장이", "지난 2022년 9월 16일 윤석열"],
    "ko50_jnilbo_90000015817": ["프로축구 광주FC가", "6일 서울월드컵경기장에서 열린"],
    "ko80_khan_202005272106005": ["코로나19 확진자가 속출한"],
    "ko51_newsis_naver_0012577249": ["[서울=뉴시스]30일 진행된", "[서울=뉴시스]30일 진행된", "[서울=뉴시스]30일 진행된"],
    "aeb_35b158918c676ff2": ["The Doobie Brothers perform"],
    "aeb_b6906ca016bbfc64": ["An MSC cargo ship"],
    "aeb_bc13ff87b2630ffb": ["More than 4,000 people", "WeWork chairman Marcelo Claure"],
}
_NUMBER = re.compile(r"\s*(\d+)\s*(?:px)?\s*$")
_PICTURE_LINE = re.compile(r'^!\[(?:[^\]\\]|\\.)*\]\(([^ )]+)(?: "((?:[^"\\]|\\.)*)")?\)$')


def save_complete(case_dir: Path, folder: Path) -> dict[str, str]:
    """Write case_dir's raw.html as folder/page.html with its pictures in folder/page_files/, each <img> (a lazy
    one too, as the browser loaded it) pointing to a generated picture of its declared size; return
    {file name: the address the page gave}."""
    tree = lxml.html.document_fromstring((case_dir / "raw.html").read_bytes().decode("utf-8", "replace"))
    (folder / "page_files").mkdir(parents=True)
    sources = {}
    for i, img in enumerate(tree.iter("img")):
        width, height = (_size(img.get("width"), DEFAULT_SIZE[0]), _size(img.get("height"), DEFAULT_SIZE[1]))
        name = f"p{i}.jpg"
        (folder / "page_files" / name).write_bytes(picture(width, height, shade=i))
        sources[name] = img.get("src") or img.get("data-src") or ""
        img.set("src", f"page_files/{name}")
    (folder / "page.html").write_bytes(lxml.html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>"))
    return sources


def _size(value: str | None, default: int) -> int:
    """Return a declared width or height in pixels, or the default."""
    match = _NUMBER.match(value or "")
    return max(1, min(int(match.group(1)), 4000)) if match else default


def dev_cases() -> list[str]:
    """Return the expected cases that are in the development part (all of them; checked, not assumed)."""
    return sorted(EXPECTED)


@pytest.mark.parametrize("case_id", dev_cases())
def test_saved_complete_page_keeps_the_article_pictures(case_id, run_import, tmp_path):
    """The kept pictures are the article's, in body order, captioned, no caption left as a paragraph, and no
    logo, icon or ad among them."""
    split = parts(cleaning_dev())
    assert split[case_id] == "dev", "only development pages are looked at"
    sources = save_complete(case(case_id), tmp_path / "saved")
    status, out, err = run_import(tmp_path / "saved" / "page.html", "--date", "2024-01-01", "--tags", "x")
    assert status == 0, err
    index = tmp_path / out.split()[1]
    assert index.name == "index.md"
    body = split_article(index.read_text(encoding="utf-8"))[1]
    blocks = body.strip().split("\n\n")
    shown = [_PICTURE_LINE.match(block) for block in blocks if block.startswith("![")]
    assert all(shown), body
    captions = [(m.group(2) or "").replace("&quot;", '"') for m in shown]
    assert len(captions) == len(EXPECTED[case_id]), captions
    for caption, start in zip(captions, EXPECTED[case_id]):
        assert caption.startswith(start)
    files = [m.group(1) for m in shown]
    assert sorted(p.name for p in index.parent.iterdir()) == sorted({*files, "index.md"})
    originals = [sources[_original(name, sources)] for name in files]
    assert not any(re.search(r"logo|icon|banner|\bads?\b", src, re.I) for src in originals), originals
    text = [_letters(block) for block in blocks if not block.startswith("![")]
    for caption in filter(None, captions):
        assert not any(block and block in _letters(caption) and len(block) >= 20 for block in text), caption


def _original(name: str, sources: dict[str, str]) -> str:
    """Return the generated file a kept picture was copied from (names may gain -2, -3 … when repeated)."""
    stem = re.sub(r"-\d+$", "", name.rsplit(".", 1)[0])
    return f"{stem}.jpg" if f"{stem}.jpg" in sources else name


def _letters(text: str) -> str:
    """Return the text's letters and digits, lower-cased."""
    return re.sub(r"[\W_]+", "", text).lower()


@pytest.mark.slow
def test_imported_folder_articles_build_and_their_pictures_resolve(run_import, tmp_path):
    """Every development page saved complete, imported as one folder (worker processes from 48 pages), builds:
    its pictures are published beside the page and the crawl finds no broken picture or link."""
    from datetime import datetime, timezone

    from archivist.config import Config
    from archivist.pipeline import Project, build
    from tests.publish_check import crawl, serve

    split = parts(cleaning_dev())
    pages = tmp_path / "pages"
    for case_id in sorted(c for c, part in split.items() if part == "dev" and (case(c) / "raw.html").is_file()):
        save_complete(case(case_id), pages / case_id)
    status, out, err = run_import(pages, "--content", tmp_path / "content", "--date", "2024-01-01")
    assert status == 0, err
    folders = list((tmp_path / "content").rglob("index.md"))
    assert len(folders) >= 40 and out.count(" picture(s)") == len(folders)
    output = tmp_path / "site"
    config = Config(title="가져온 기사", base_url="https://example.github.io/archive/", language="ko",
                    timezone="Asia/Seoul")
    result = build(Project(content=tmp_path / "content", templates=Path(__file__).resolve().parents[2] / "templates",
                           output=output, config=config), now=datetime(2100, 1, 1, tzinfo=timezone.utc))
    assert result.articles == out.count("wrote ")
    with serve(output) as root:
        _, problems = crawl(root)
    assert problems == []
    shown_pictures = sum(page.read_text(encoding="utf-8").count("<figure") for page in output.rglob("index.html")
                         if page.parent.parent.parent.parent == output)
    assert shown_pictures >= len(folders)
