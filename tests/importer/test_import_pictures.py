"""Pictures of a page saved complete (page.html + page_files/): kept in the article, the rest skipped."""

from __future__ import annotations

import struct
import unicodedata
import zlib
from pathlib import Path

import pytest

from archivist.importer.picture_files import NAME_CHARS, safe_name
from import_helpers import picture, split_article

PARAGRAPHS = ("정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. "
              "지원 대상은 설비 투자와 연구개발, 인력 양성 등 세 분야다.",
              "산업부는 올해 안에 세부 계획을 확정해 발표할 예정이라고 설명했다. 세부 계획에는 지역별 배분 기준이 담긴다.",
              "업계는 이번 지원이 공급망 안정에 도움이 될 것이라고 평가했다. 다만 집행 속도가 관건이라는 지적도 나온다.",
              "지방자치단체들도 유치 경쟁에 나섰다. 경기와 충청, 경상 지역이 각각 전담 조직을 꾸렸다.",
              "전문가들은 인력 양성이 가장 시급하다고 입을 모은다. 대학과 기업의 공동 과정이 늘어날 전망이다.",
              "정부는 다음 달 공청회를 열어 의견을 듣기로 했다. 최종안은 하반기에 나온다.")
CAPTION = "28일 경기 평택 반도체 공장에서 직원들이 장비를 점검하고 있다. 사진=예시일보"


def page(article: str, header: str = "", after: str = "", title: str = "반도체 지원 10조 투입") -> str:
    """Return a saved Korean article page: a header (logo, share buttons) around an article block."""
    return (f"<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>{title} - 예시일보</title>"
            f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='예시일보'>"
            "<meta property='article:published_time' content='2024-03-28T05:00:00+09:00'></head><body>"
            f"<header>{header}<nav><a href='/'>홈</a> <a href='/news'>뉴스</a></nav></header>"
            f"<article><h1>{title}</h1><p>홍길동 기자 hong@example.co.kr</p>{article}</article>"
            f"{after}<footer>ⓒ 예시일보 무단전재 및 재배포 금지</footer></body></html>")


def story(**inserts: str) -> str:
    """Return the article's paragraphs with markup put after some of them (`p1=…` after the first)."""
    return "".join(f"<p>{text}</p>" + inserts.get(f"p{i}", "") for i, text in enumerate(PARAGRAPHS, 1))


def figure(src: str, caption: str = CAPTION, extra: str = "") -> str:
    """Return a figure with a picture and its caption."""
    return f"<figure><img src='{src}' alt='반도체 공장' {extra}><figcaption>{caption}</figcaption></figure>"


def save(folder: Path, html: str, files: dict[str, bytes], name: str = "page") -> Path:
    """Write page.html and its page_files/ the way a browser saves a page complete; return the page."""
    folder.mkdir(parents=True, exist_ok=True)
    for file, data in files.items():
        (folder / file).parent.mkdir(parents=True, exist_ok=True)
        (folder / file).write_bytes(data)
    (folder / f"{name}.html").write_text(html, encoding="utf-8")
    return folder / f"{name}.html"


def body_of(path: Path) -> str:
    """Return the body of an article file."""
    return split_article(path.read_text(encoding="utf-8"))[1]


def the_article(tmp_path: Path) -> Path:
    """Return the one article written under content/."""
    found = sorted((tmp_path / "content").rglob("*.md"))
    assert len(found) == 1, found
    return found[0]


def test_picture_in_the_article_is_kept_in_place_with_its_caption(run_import, tmp_path):
    """The article's picture is copied beside index.md, placed between the paragraphs it sat between,
    its caption as the picture's title and not as a paragraph; the logo in the header is skipped."""
    article = story(p1=figure('page_files/chip%20plant.jpg'))
    saved = save(tmp_path / "saved", page(article, header="<img src='page_files/logo.png' width='160' height='40' "
                                                          "class='site-logo' alt='예시일보'>"),
                 {"page_files/chip plant.jpg": picture(800, 500), "page_files/logo.png": picture(160, 40, "PNG")})
    status, out, err = run_import(saved, "--tags", "반도체")
    assert status == 0, err
    index = the_article(tmp_path)
    assert index.name == "index.md" and out == f"wrote {index.relative_to(tmp_path)} with 1 picture(s)\n"
    assert sorted(p.name for p in index.parent.iterdir()) == ["chip-plant.jpg", "index.md"]
    assert (index.parent / "chip-plant.jpg").read_bytes() == (tmp_path / "saved/page_files/chip plant.jpg").read_bytes()
    blocks = body_of(index).strip().split("\n\n")
    assert blocks == [PARAGRAPHS[0], f'![반도체 공장](chip-plant.jpg "{CAPTION}")', *PARAGRAPHS[1:]]


def test_caption_printed_as_a_sentence_is_not_repeated_as_a_paragraph(run_import, tmp_path):
    """A caption that ends like a sentence may be kept as text by the clean-up; once it goes with its picture
    it is no paragraph any more."""
    caption = "직원들이 평택 공장에서 장비를 점검하고 있는 모습을 촬영한 사진이다."
    article = story(p1=figure('page_files/a.jpg', caption))
    saved = save(tmp_path / "saved", page(article), {"page_files/a.jpg": picture(640, 400)})
    assert run_import(saved, "--tags", "반도체")[0] == 0
    body = body_of(the_article(tmp_path))
    assert body.count("장비를 점검하고 있는 모습") == 1 and f'"{caption}")' in body


def test_furniture_is_skipped_and_explained(run_import, tmp_path):
    """A tracking pixel, share icons, an ad, a teaser linking away, an SVG and a picture after the article
    are skipped; --explain lists each picture kept or skipped with the reason."""
    share = "".join(f"<a href='https://sns.example/{n}'><img src='page_files/{n}.png' class='btn-share'></a>"
                    for n in ("facebook", "twitter"))
    article = f"<div class='share'>{share}</div>" + story(
        p1=figure('page_files/a.jpg') + "<img src='page_files/pixel.gif' width='1' height='1'>"
        "<div class='ad-box'><img src='page_files/ad_banner.jpg' width='300' height='250'></div>",
        p2="<img src='page_files/drawing.svg' width='400' height='300'>")
    teaser = "<ul><li><a href='/news/2'><img src='page_files/teaser.jpg'>다른 기사 제목</a></li></ul>"
    files = {f"page_files/{n}": picture(300, 250) for n in ("a.jpg", "ad_banner.jpg", "teaser.jpg")}
    files.update({"page_files/facebook.png": picture(32, 32, "PNG"), "page_files/twitter.png": picture(32, 32, "PNG"),
                  "page_files/pixel.gif": picture(1, 1, "GIF"),
                  "page_files/drawing.svg": b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"})
    saved = save(tmp_path / "saved", page(article, after=teaser), files)
    status, _, err = run_import(saved, "--tags", "반도체", "--explain")
    assert status == 0, err
    index = the_article(tmp_path)
    assert sorted(p.name for p in index.parent.iterdir()) == ["a.jpg", "index.md"]
    assert f"{saved}: pictures: 1 kept, 6 skipped:" in err
    assert "[kept] page_files/a.jpg -> a.jpg" in err
    for reason, name in (("a tracking pixel", "pixel.gif"), ("SVG (it can carry script)", "drawing.svg"),
                         ("a logo, icon, ad or share button ('ad')", "ad_banner.jpg"),
                         ("a logo, icon, ad or share button ('facebook')", "facebook.png"),
                         ("a logo, icon, ad or share button ('twitter')", "twitter.png"),
                         ("a link to another page (a teaser or an ad)", "teaser.jpg")):
        assert f"[skipped: {reason}] page_files/{name}" in err


def test_pictures_refused_by_their_content_are_noted(run_import, tmp_path):
    """A .jpg that is really text, a PNG whose header declares a huge size (a decompression bomb) and an SVG
    named .png are refused by their content with a note; the article still imports, text and good picture."""
    header = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0))
    bomb = header + _chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + _chunk(b"IEND", b"")
    files = {"page_files/text.jpg": "이것은 사진이 아니다".encode() * 50, "page_files/bomb.png": bomb,
             "page_files/drawing.png": b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'></svg>",
             "page_files/good.jpg": picture(640, 400)}
    article = story(p1=figure('page_files/text.jpg', '사진 하나'), p2=figure('page_files/bomb.png', '사진 둘')
                    + figure('page_files/drawing.png', '사진 셋') + figure('page_files/good.jpg', '사진 넷'))
    saved = save(tmp_path / "saved", page(article), files)
    status, _, err = run_import(saved, "--tags", "반도체")
    assert status == 0, err
    index = the_article(tmp_path)
    assert sorted(p.name for p in index.parent.iterdir()) == ["good.jpg", "index.md"]
    assert f"{saved}: picture page_files/text.jpg skipped: not a picture (text)" in err
    assert f"{saved}: picture page_files/bomb.png skipped: refused: " in err and "decompression bomb" in err
    assert f"{saved}: picture page_files/drawing.png skipped: an SVG drawing (it can carry script)" in err


def _chunk(kind: bytes, data: bytes) -> bytes:
    """Return one PNG chunk with its length and CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_names_cannot_leave_the_folder_and_do_not_collide(run_import, tmp_path):
    """`../` in an address is not followed out of the saved page's folder; two pictures of one name get two
    files; a PNG named .jpg is written as .png; names are NFC."""
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(picture(500, 400, shade=1))
    decomposed = unicodedata.normalize("NFD", "사진")
    files = {"saved/page_files/x/photo.jpg": picture(500, 400, shade=2),
             "saved/page_files/y/photo.jpg": picture(500, 400, shade=3),
             f"saved/page_files/{decomposed}.jpg": picture(500, 400, "PNG", shade=4)}
    article = story(p1=figure('../secret.jpg', '하나') + figure('page_files/x/photo.jpg', '둘'),
                    p2=figure('page_files/y/photo.jpg', '셋') + figure(f'page_files/{decomposed}.jpg', '넷'))
    saved = save(tmp_path, page(article), files, name="saved/page")
    status, _, err = run_import(saved, "--tags", "반도체")
    assert status == 0, err
    index = the_article(tmp_path)
    names = sorted(p.name for p in index.parent.iterdir())
    assert names == ["index.md", "photo-2.jpg", "photo.jpg", unicodedata.normalize("NFC", "사진.png")]
    assert (index.parent / "photo-2.jpg").read_bytes() == files["saved/page_files/y/photo.jpg"]
    assert "../secret.jpg skipped: outside the saved page's folder" in err
    body = body_of(index)
    assert body.index("(photo.jpg") < body.index("(photo-2.jpg") < body.index("(사진.png")


@pytest.mark.parametrize("name, want", [
    ("../../etc/passwd", "passwd.jpg"), ("..\\..\\boot.ini", "boot.jpg"), (".hidden", "hidden.jpg"),
    ("CON.jpg", "picture-CON.jpg"),
    ("index.md", "picture-index.jpg"), ("", "picture.jpg"), ("a b(1).JPG", "a-b-1.jpg"),
    ("x" * 300 + ".jpg", "x" * NAME_CHARS + ".jpg"), (unicodedata.normalize("NFD", "한글.gif"), "한글.jpg")])
def test_safe_name(name, want):
    """File names are the picture's own, made safe: no traversal, hidden or reserved name, bounded, NFC."""
    assert safe_name(name, ".jpg") == want


def test_no_images_keeps_text_only(run_import, tmp_path):
    """--no-images writes the flat article as before, reads no picture, and --explain says so."""
    saved = save(tmp_path / "saved", page(story(p1=figure('page_files/a.jpg'))),
                 {"page_files/a.jpg": picture(640, 400)})
    status, _, err = run_import(saved, "--tags", "반도체", "--no-images", "--explain")
    assert status == 0
    index = the_article(tmp_path)
    assert index.suffix == ".md" and index.name != "index.md" and "![" not in body_of(index)
    assert f"{saved}: pictures: none kept (--no-images)" in err


def test_folder_article_is_a_duplicate_and_updates_in_place(run_import, tmp_path):
    """A folder article is found again: a second import is a duplicate; --update rewrites its index.md only,
    reusing its picture file and adding none; --update --no-images keeps the pictures it shows in place."""
    saved = save(tmp_path / "saved", page(story(p1=figure('page_files/a.jpg'))),
                 {"page_files/a.jpg": picture(640, 400)})
    assert run_import(saved, "--tags", "반도체")[0] == 0
    index = the_article(tmp_path)
    status, _, err = run_import(saved)
    assert status == 0 and f"duplicate of {index.relative_to(tmp_path)}" in err
    index.write_text(index.read_text(encoding="utf-8").replace("tags: [반도체]", "tags: [손질한태그]"), encoding="utf-8")
    status, out, _ = run_import(saved, "--update")
    assert status == 0 and out.startswith(f"updated {index.relative_to(tmp_path)}")
    assert sorted(p.name for p in index.parent.iterdir()) == ["a.jpg", "index.md"]
    text = index.read_text(encoding="utf-8")
    assert "tags: [손질한태그]" in text and text.count("](a.jpg") == 1
    shown = body_of(index).split("\n\n").index(next(b for b in body_of(index).split("\n\n") if b.startswith("![")))
    status, _, _ = run_import(saved, "--update", "--no-images")
    assert status == 0 and body_of(index).split("\n\n")[shown].startswith("![반도체 공장](a.jpg ")


def test_flat_article_and_folder_article_do_not_share_a_slug(run_import, tmp_path):
    """A folder article takes the next slug when a flat article has its name, and the other way round."""
    saved = save(tmp_path / "saved", page(story(p1=figure('page_files/a.jpg'))),
                 {"page_files/a.jpg": picture(640, 400)})
    assert run_import(saved, "--tags", "반도체", "--url", "https://example.kr/a/chip-plant-aid")[0] == 0
    assert run_import(saved, "--tags", "반도체", "--url", "https://example.kr/b/chip-plant-aid", "--no-images")[0] == 0
    month = next((tmp_path / "content").glob("*/*"))
    assert sorted(p.name for p in month.iterdir()) == ["chip-plant-aid", "chip-plant-aid-2.md"]


def test_folder_import_skips_the_files_folder_of_a_saved_page(run_import, tmp_path):
    """A browser's page_files/ may hold frames saved as .html: they are parts of the page, not pages."""
    saved = save(tmp_path / "saved", page(story(p1=figure('page_files/a.jpg'))),
                 {"page_files/a.jpg": picture(640, 400), "page_files/ad_frame.html": b"<html><body>ad</body></html>"})
    status, _, err = run_import(saved.parent, "--tags", "반도체")
    assert status == 0, err
    assert "imported 1, skipped 0 duplicate(s), failed 0" in err


def test_dry_run_prints_the_pictures_and_writes_nothing(run_import, tmp_path):
    """--dry-run prints the article with its pictures as they would be named, and writes no file."""
    saved = save(tmp_path / "saved", page(story(p1=figure('page_files/a.jpg'))),
                 {"page_files/a.jpg": picture(640, 400)})
    status, out, _ = run_import(saved, "--tags", "반도체", "--dry-run")
    assert status == 0 and f'![반도체 공장](a.jpg "{CAPTION}")' in out
    assert not (tmp_path / "content").exists()


def test_markdown_picture_escapes_alt_and_caption():
    """Brackets in the alt text and quotes in the caption cannot end the Markdown picture early."""
    from archivist.importer.bundle import markdown_picture
    from archivist.importer.picture_files import Kept

    shown = markdown_picture(Kept(b"", "a.jpg", "[서울=뉴시스] 사진", '그가 "괜찮다"고 말했다 \\ 끝', 0, "a.jpg"))
    assert shown == '![\\[서울=뉴시스\\] 사진](a.jpg "그가 &quot;괜찮다&quot;고 말했다 \\\\ 끝")'


def test_folder_import_on_workers_keeps_the_same_pictures(run_import, tmp_path, monkeypatch):
    """A folder of saved pages imported on worker processes gives the same folder articles and pictures as one
    process (workers find the pictures, the parent reads and writes them)."""
    from archivist.importer import pool

    for n in range(6):
        article = story(p1=figure(f"p{n}_files/photo.jpg"), p3=figure(f"p{n}_files/b.png"))
        save(tmp_path / "pages" / f"p{n}", page(article, title=f"반도체 지원 {n}번째 계획 발표"),
             {f"p{n}_files/photo.jpg": picture(640, 400, shade=n), f"p{n}_files/b.png": picture(500, 300, "PNG", n)},
             name=f"p{n}")
    monkeypatch.setattr(pool, "POOL_FROM", 10**6)
    alone = run_import(tmp_path / "pages", "--content", "one", "--tags", "반도체")
    monkeypatch.setattr(pool, "POOL_FROM", 2)
    used = []
    monkeypatch.setattr(pool, "workers", lambda names: used.append(2) or 2)
    shared = run_import(tmp_path / "pages", "--content", "many", "--tags", "반도체")
    assert used, "the pool was not used"
    assert alone[0] == shared[0] == 0 and shared[1].replace("many/", "one/") == alone[1]
    files = {str(p.relative_to(tmp_path / "one")): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    assert files == {str(p.relative_to(tmp_path / "many")): p.read_bytes()
                     for p in (tmp_path / "many").rglob("*") if p.is_file()}
    assert sum(name.endswith("index.md") for name in files) == 6 and len(files) == 18


def test_inline_pictures_of_a_single_file_page_are_checked_and_kept(run_import, tmp_path):
    """A page saved as one file (SingleFile inlines pictures as base64 data: addresses): the picture is decoded,
    checked by its content and kept; a tiny inline placeholder is skipped."""
    import base64

    inline = "data:image/jpeg;base64," + base64.b64encode(picture(640, 400)).decode()
    placeholder = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
    saved = save(tmp_path / "saved", page(story(p1=figure(inline), p2=f"<img src='{placeholder}'>")), {})
    status, _, err = run_import(saved, "--tags", "반도체", "--explain")
    assert status == 0, err
    index = the_article(tmp_path)
    assert sorted(p.name for p in index.parent.iterdir()) == ["index.md", "picture.jpg"]
    assert (index.parent / "picture.jpg").read_bytes() == picture(640, 400)
    assert "[skipped: an inline data: address that is no picture to keep (a placeholder)] data:image/gif" in err


def test_lazy_picture_and_its_noscript_copy_are_one_picture(run_import, tmp_path):
    """A lazy loader's <img> (address in data-src, a spinner in src) beside its <noscript> copy gives one picture,
    the real one; a script-only loader without any address takes its <noscript> copy's."""
    lazy = ("<figure><img src='page_files/spinner-loading.gif' data-src='page_files/real.jpg' alt='사진'>"
            "<noscript><img src='page_files/real.jpg'></noscript><figcaption>첫 사진</figcaption></figure>")
    bare = ("<figure><div><img class='lazy' alt='사진'><noscript><img src='page_files/other.jpg'></noscript></div>"
            "<figcaption>둘째 사진</figcaption></figure>")
    files = {"page_files/spinner-loading.gif": picture(200, 200, "GIF"), "page_files/real.jpg": picture(640, 400),
             "page_files/other.jpg": picture(640, 400, shade=7)}
    saved = save(tmp_path / "saved", page(story(p1=lazy, p3=bare)), files)
    status, _, err = run_import(saved, "--tags", "반도체")
    assert status == 0, err
    index = the_article(tmp_path)
    assert sorted(p.name for p in index.parent.iterdir()) == ["index.md", "other.jpg", "real.jpg"]
    body = body_of(index)
    assert body.index('(real.jpg "첫 사진")') < body.index('(other.jpg "둘째 사진")')


def test_a_sentence_beside_an_inline_picture_stays_the_story(run_import, tmp_path):
    """A picture sitting in a small box with a paragraph of the story (no <figcaption>): the paragraph is the
    story's text, not the picture's caption; a credit line beside a picture is its caption."""
    inline = f"<div class='inline'><img src='page_files/a.jpg' alt='공장'><p>{PARAGRAPHS[1]}</p></div>"
    credited = "<div class='photo'><img src='page_files/b.jpg' alt='장비'><p>[사진=예시일보 DB]</p></div>"
    article = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:1]) + inline + credited + "".join(
        f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    saved = save(tmp_path / "saved", page(article), {"page_files/a.jpg": picture(640, 400),
                                                     "page_files/b.jpg": picture(640, 400, shade=5)})
    status, _, err = run_import(saved, "--tags", "반도체")
    assert status == 0, err
    blocks = body_of(the_article(tmp_path)).strip().split("\n\n")
    assert blocks[:4] == [PARAGRAPHS[0], "![공장](a.jpg)", PARAGRAPHS[1], '![장비](b.jpg "[사진=예시일보 DB]")']
    assert "[사진=예시일보 DB]" not in blocks[4:]
