"""Pictures of a page imported by URL: downloaded from a local server on 127.0.0.1 only, never the network."""

from __future__ import annotations

from pathlib import Path

from import_helpers import picture, split_article
from test_import_fetch import fetch_args, html, server  # noqa: F401 - server is the local server fixture
from test_import_pictures import CAPTION, figure, page, story


def jpeg(data: bytes, length: str | None = None):
    """Return a route answering 200 with a JPEG picture (and a Content-Length of choice)."""
    headers = {"Content-Type": "image/jpeg"}
    if length is not None:
        headers["Content-Length"] = length
    return 200, headers, data


def test_url_import_downloads_the_article_pictures(run_import, server, tmp_path):  # noqa: F811
    """The article's pictures are downloaded (relative addresses resolved against the page's URL) and written
    beside index.md in order; a 404 picture and one over the size cap are skipped with a note, and the article
    still imports; the logo is never asked for."""
    server.routes["/news/1"] = html(page(
        story(p1=figure("/img/first.jpg"), p2=figure("missing.jpg", "없는 사진"),
              p3=figure("/img/huge.jpg", "너무 큰 사진") + figure("https://127.0.0.1:1/x.jpg", "닿지 않는 사진"),
              p4=figure("/img/second.jpg?w=640", "두 번째 사진")),
        header="<img src='/img/logo.png' class='logo' alt='예시일보'>"))
    first, second = picture(800, 500, shade=1), picture(640, 400, shade=2)
    server.routes["/img/first.jpg"] = jpeg(first)
    server.routes["/img/second.jpg"] = jpeg(second)
    server.routes["/img/huge.jpg"] = jpeg(b"", length=str(11 * 2**20))
    status, out, err = run_import(*fetch_args(f"{server.base}/news/1", "--tags", "반도체"))
    assert status == 0, err
    index = next((tmp_path / "content").rglob("index.md"))
    assert out == f"wrote {index.relative_to(tmp_path)} with 2 picture(s)\n"
    assert sorted(p.name for p in index.parent.iterdir()) == ["first.jpg", "index.md", "second.jpg"]
    assert (index.parent / "first.jpg").read_bytes() == first and (index.parent / "second.jpg").read_bytes() == second
    body = split_article(index.read_text(encoding="utf-8"))[1]
    assert body.index(f'(first.jpg "{CAPTION}")') < body.index('(second.jpg "두 번째 사진")')
    assert f"{server.base}/news/1: picture {server.base}/news/missing.jpg skipped: HTTP 404" in err
    assert f"{server.base}/news/1: picture {server.base}/img/huge.jpg skipped: is larger than 10 MB" in err
    assert "picture https://127.0.0.1:1/x.jpg skipped: cannot fetch" in err
    asked = [path for path, _, _ in server.seen]
    assert "/img/logo.png" not in asked and asked[0] == "/news/1"


def test_a_picture_served_as_html_is_refused(run_import, server, tmp_path):  # noqa: F811
    """A picture address answering with an HTML page (a login wall) is skipped by its type."""
    server.routes["/news/2"] = html(page(story(p1=figure("/img/wall.jpg"))))
    server.routes["/img/wall.jpg"] = html("<html><body>로그인하세요</body></html>")
    status, _, err = run_import(*fetch_args(f"{server.base}/news/2", "--tags", "반도체"))
    assert status == 0
    assert "/img/wall.jpg skipped: not a picture (text/html)" in err
    assert next((tmp_path / "content").rglob("*.md")).name != "index.md"


def test_no_images_downloads_nothing_but_the_page(run_import, server):  # noqa: F811
    """--no-images fetches the page only."""
    server.routes["/news/3"] = html(page(story(p1=figure("/img/a.jpg"))))
    server.routes["/img/a.jpg"] = jpeg(picture(640, 400))
    status, _, _ = run_import(*fetch_args(f"{server.base}/news/3", "--tags", "반도체", "--no-images"))
    assert status == 0 and [path for path, _, _ in server.seen] == ["/news/3"]
    assert not list(Path("content").rglob("index.md"))
