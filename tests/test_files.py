"""Files beside articles: published where a relative reference finds them, references checked, pictures done properly."""

from __future__ import annotations

import io
import os
import re
from urllib.parse import unquote

import pytest

from archivist import cli
from archivist.errors import BuildFailed
from archivist.pipeline import Options, build

from .conftest import NOW, REPO, article, write_files


def png(width: int, height: int, colour=(200, 40, 40)) -> bytes:
    """Return a PNG of this size."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def jpeg(width: int, height: int, colour=(30, 90, 160)) -> bytes:
    """Return a JPEG of this size."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG", quality=70)
    return out.getvalue()


BUNDLE = {
    "2024/03/photo-story/index.md": article(title="사진 기사", date="2024-03-05", body=(
        "첫 문단입니다.\n\n"
        '![붉은 사진](big.jpg "캡션 — 사진 홍길동")\n\n'
        "두 번째 ![작은 그림](../small.png) 그림.\n\n"
        "[보고서](../../../docs/report.pdf#page=2), [목록](../) 그리고 [외부](https://example.com/x.png)\n\n"
        '<img src="sub/raw.png" alt="날것" onerror="alert(1)" width="1">\n')),
    "2024/03/photo-story/big.jpg": jpeg(1200, 800),
    "2024/03/photo-story/sub/raw.png": png(40, 30),
    "2024/03/small.png": png(300, 200),
    "2024/03/flat.md": article(title="Flat", date="2024-03-06", body="Text.\n\n![green](small.png)\n"),
    "docs/report.pdf": b"%PDF-1.4 not really",
    "docs/.hidden.pdf": b"secret",
    "docs/notes.txt~": b"backup",
    "docs/.notes.txt.swp": b"swap",
    "2024/03/photo-story/draft.swp": b"swap",
}


def page(project, path: str) -> str:
    """Return an output page's text."""
    return (project.output / path).read_text(encoding="utf-8")


def local_targets(project, path: str) -> list[str]:
    """Return every src, srcset and href of a page that is not a scheme or an anchor, as written."""
    text = page(project, path)
    found = re.findall(r'(?:src|href)="([^"]+)"', text)
    for value in re.findall(r'srcset="([^"]+)"', text):
        found += [part.split()[0] for part in value.split(",")]
    return [url for url in found if not re.match(r"^[a-z]+:|^#|^data:", url)]


def test_a_bundle_and_a_flat_article_publish_their_files_beside_their_pages(built):
    project, result = built(BUNDLE, jobs=1)
    out = project.output
    assert (out / "2024/03/photo-story/index.html").is_file()  # the folder names the article
    assert (out / "2024/03/photo-story/big.jpg").read_bytes() == BUNDLE["2024/03/photo-story/big.jpg"]
    assert (out / "2024/03/photo-story/sub/raw.png").is_file()
    assert (out / "2024/03/small.png").is_file() and (out / "docs/report.pdf").is_file()
    published = {p.relative_to(out).as_posix() for p in out.rglob("*")}
    assert not {"docs/.hidden.pdf", "docs/notes.txt~", "docs/.notes.txt.swp", "2024/03/photo-story/draft.swp"} & published
    assert "2024/03/photo-story/big-480w.webp" in published and "2024/03/photo-story/big-960w.jpg" in published


def test_references_work_from_file_urls_and_under_a_subpath(built):
    project, _ = built(BUNDLE, jobs=1)
    for name in ("2024/03/photo-story/index.html", "2024/03/flat/index.html"):
        folder = (project.output / name).parent
        urls = local_targets(project, name)
        assert urls and not [u for u in urls if u.startswith("/")]  # relative: a subpath or file:// keeps them
        for url in urls:
            target = folder / unquote(url.split("#")[0].split("?")[0])
            assert target.exists(), f"{name}: {url} leads nowhere"
    story = page(project, "2024/03/photo-story/index.html")
    assert 'href="../../../docs/report.pdf#page=2"' in story and 'href="../"' in story
    assert 'href="https://example.com/x.png"' in story


def test_pictures_get_size_loading_decoding_and_a_figure_for_their_caption(built):
    project, _ = built(BUNDLE, jobs=1)
    story = page(project, "2024/03/photo-story/index.html")
    body = story[story.index("첫 문단"):]
    images = re.findall(r"<img [^>]*>", body)
    assert len(images) == 3
    assert 'width="1200" height="800"' in images[0] and 'loading="lazy"' not in images[0]
    assert all('decoding="async"' in i for i in images) and all('loading="lazy"' in i for i in images[1:])
    assert 'width="300" height="200"' in images[1] and 'width="40" height="30"' in images[2]
    assert "onerror" not in story  # the rewriting reads sanitised HTML: a body cannot add attributes
    figure = re.search(r"<figure[^>]*>(.*?)</figure>", body, re.S)
    assert figure and "<figcaption>캡션 — 사진 홍길동</figcaption>" in figure[1] and "big.jpg" in figure[1]
    assert "<p><figure" not in story and "srcset=" in figure[1]


def test_a_picture_without_alt_text_is_a_warning_naming_its_line(built):
    files = dict(BUNDLE)
    files["2024/03/flat.md"] = article(title="Flat", date="2024-03-06", body="Text.\n\n\n![](small.png)\n")
    project, result = built(files, jobs=1)
    assert result.warnings == (f"{project.content}/2024/03/flat.md:10: small.png: the picture has no alt text "
                               "(describe it for readers who cannot see it)",)
    assert (project.output / "2024/03/flat/index.html").is_file()


@pytest.mark.parametrize("reference, message", [
    ("![없는 그림](missing.png)", "missing.png: no such file"),
    ("![탈출](../../../../etc/passwd)", "../../../../etc/passwd: leads outside the content folder"),
    ("![절대](/etc/hosts)", "/etc/hosts: is an absolute path"),
    ("[문서](gone.pdf)", "gone.pdf: no such file"),
    ('<img src="../../../../../etc/passwd" alt="x">', "../../../../../etc/passwd: leads outside"),
    ("![글](flat.md)", "flat.md: is an article's Markdown file"),
    ("![문서](../../docs/report.pdf)", "../../docs/report.pdf: not a picture (a PDF document)"),
])
def test_a_bad_reference_is_an_error_at_its_line_and_the_output_is_kept(tmp_path, reference, message, capsys):
    write_files(tmp_path / "content", BUNDLE)
    command = ["build", "--content", str(tmp_path / "content"), "--output", str(tmp_path / "output"),
               "--templates", str(REPO / "templates"), "--jobs", "1"]
    assert cli.main(command) == 0
    before = {p: p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()}
    bad = tmp_path / "content/2024/03/bad.md"
    bad.write_text(article(title="Bad", date="2024-03-07", body=f"Text.\n\n{reference}\n"), encoding="utf-8")
    (tmp_path / "content/2024/03/flat.md").write_text(
        article(title="Flat", date="2024-03-06", body="![없음](also-missing.png)\n"), encoding="utf-8")
    capsys.readouterr()
    assert cli.main(command) == 1
    errors = capsys.readouterr().err
    assert f"{tmp_path}/content/2024/03/bad.md:9: {message}" in errors
    assert f"{tmp_path}/content/2024/03/flat.md:7: also-missing.png: no such file" in errors  # reported together
    assert "Traceback" not in errors
    assert {p: p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()} == before


def test_a_link_to_a_page_the_site_makes_is_kept_as_written_and_a_missing_file_is_not(tmp_path):
    body = "[홈](../../../index.html) [태그](../../tags/ai/) [소개](../about) [문서](../gone.pdf)\n"
    write_files(tmp_path / "content", {"2024/03/links.md": article(title="Links", body=body)})
    from archivist.config import Config
    from archivist.pipeline import Project

    project = Project(tmp_path / "content", REPO / "templates", tmp_path / "output", Config())
    with pytest.raises(BuildFailed) as failed:
        build(project, Options(jobs=1), now=NOW)
    assert [str(e) for e in failed.value.errors] == [
        f"{tmp_path}/content/2024/03/links.md:7: ../gone.pdf: no such file ({tmp_path}/content/2024/gone.pdf is missing)"]
    write_files(tmp_path / "content", {"2024/03/links.md": article(title="Links", body=body.replace(" [문서](../gone.pdf)", ""))})
    build(project, Options(jobs=1), now=NOW)
    shown = (tmp_path / "output/2024/03/links/index.html").read_text(encoding="utf-8")
    assert 'href="../../../index.html"' in shown and 'href="../about"' in shown and 'href="../../tags/ai/"' in shown


def test_a_link_leading_outside_the_content_folder_is_an_error(tmp_path):
    outside = tmp_path / "secret.png"
    outside.write_bytes(png(10, 10))
    write_files(tmp_path / "content", {"2024/a.md": article(body="![비밀](secret.png)\n\n![위](up/secret.png)\n")})
    os.symlink(outside, tmp_path / "content/2024/secret.png")
    os.symlink(tmp_path, tmp_path / "content/2024/up")  # a link to a folder outside: never followed
    from archivist.config import Config
    from archivist.pipeline import Project

    project = Project(tmp_path / "content", REPO / "templates", tmp_path / "output", Config())
    with pytest.raises(BuildFailed) as failed:
        build(project, Options(jobs=1), now=NOW)
    assert [str(e) for e in failed.value.errors] == [
        f"{tmp_path}/content/2024/a.md:7: secret.png: is a link to a file outside the content folder; not published",
        f"{tmp_path}/content/2024/a.md:9: up/secret.png: is a link to a file outside the content folder; not published",
        f"{tmp_path}/content/2024/up: is a link to a folder outside the content folder; not read"]
    assert not (tmp_path / "output").exists()


def test_a_deleted_file_disappears_and_a_draft_bundle_keeps_its_files(built, tmp_path):
    files = dict(BUNDLE)
    files["2024/04/hidden-story/index.md"] = article(title="초안", date="2024-04-01", draft="true",
                                                      body="![사진](p.png)\n")
    files["2024/04/hidden-story/p.png"] = png(20, 20)
    project, _ = built(files, jobs=1)
    assert not (project.output / "2024/04/hidden-story").exists()  # a draft's pictures are not published
    (project.content / "docs/report.pdf").unlink()
    (project.content / "2024/03/photo-story/index.md").write_text(BUNDLE["2024/03/photo-story/index.md"].replace(
        "[보고서](../../../docs/report.pdf#page=2), ", ""), encoding="utf-8")
    build(project, Options(jobs=1), now=NOW)
    assert not (project.output / "docs").exists()


def test_an_article_folder_publishes_beside_its_page_wherever_front_matter_files_it(built):
    files = {
        "2024/03/old-name/index.md": article(title="옮긴 기사", date="2024-05-02", slug="new-name",
                                             body="![지도](maps/map.png)\n\n[자료](data.csv)\n"),
        "2024/03/old-name/maps/map.png": png(64, 48),
        "2024/03/old-name/data.csv": "a,b\n1,2\n",
        "2024/03/plain/index.md": article(title="폴더 이름", date="2024-03-02", body="본문.\n"),
    }
    project, _ = built(files, jobs=1)
    out = project.output
    assert (out / "2024/05/new-name/maps/map.png").is_file() and (out / "2024/05/new-name/data.csv").is_file()
    assert not (out / "2024/03/old-name").exists()
    assert (out / "2024/03/plain/index.html").is_file()  # the folder's name is the slug
    moved = page(project, "2024/05/new-name/index.html")
    assert 'src="maps/map.png"' in moved and 'href="data.csv"' in moved


def test_check_resolves_references_and_writes_nothing(tmp_path, capsys):
    write_files(tmp_path / "content", {"2024/a.md": article(body="![없음](none.png)\n")})
    code = cli.main(["check", "--content", str(tmp_path / "content"), "--output", str(tmp_path / "output"),
                     "--templates", str(REPO / "templates"), "--jobs", "1"])
    assert code == 1 and f"{tmp_path}/content/2024/a.md:7: none.png: no such file" in capsys.readouterr().err
    assert not (tmp_path / "output").exists()


def test_a_file_published_where_a_page_or_a_picture_version_is_is_an_error_naming_it(make_project):
    project = make_project({
        "2024/03/story/index.md": article(title="기사", date="2024-03-05", body="![사진](photo.jpg)\n"),
        "2024/03/story/photo.jpg": jpeg(1000, 600),
        "2024/03/story/photo-480w.webp": b"RIFF....WEBP",  # where the build puts photo.jpg's 480-pixel version
        "2024/03/story/index.html": "<p>a saved page</p>",
    })
    with pytest.raises(BuildFailed) as failed:
        build(project, Options(jobs=1), now=NOW)
    assert sorted(str(e) for e in failed.value.errors) == [
        f"{project.content}/2024/03/story/index.html: would be published at 2024/03/story/index.html, "
        "which another page or file of the site already is; rename it",
        f"{project.content}/2024/03/story/photo.jpg: would be published at 2024/03/story/photo-480w.webp, "
        "which another page or file of the site already is; rename it",
    ]


def test_picture_versions_made_in_the_pool_equal_those_made_in_one_process(tmp_path, monkeypatch):
    from archivist import files as files_module
    from archivist.config import Config
    from archivist.pipeline import Project

    pictures = {f"2024/03/p{n}/index.md": article(title=f"사진 {n}", date=f"2024-03-0{n + 1}",
                                                  body=f"![사진 {n}](photo.jpg)\n") for n in range(3)}
    pictures.update({f"2024/03/p{n}/photo.jpg": jpeg(700 + 100 * n, 500, (40 * n, 90, 160)) for n in range(3)})
    write_files(tmp_path / "content", pictures)
    jobs_seen = []
    real_run = files_module.run
    monkeypatch.setattr(files_module, "run", lambda items, make, jobs, **kw: jobs_seen.append((len(items), jobs))
                        or real_run(items, make, jobs, **kw))
    trees = []
    for jobs in (1, 2):
        project = Project(tmp_path / "content", REPO / "templates", tmp_path / f"out{jobs}", Config(),
                          cache=tmp_path / f"cache{jobs}")
        build(project, Options(jobs=jobs), now=NOW)
        trees.append({p.relative_to(project.output): p.read_bytes() for p in project.output.rglob("*") if p.is_file()})
    assert trees[0] == trees[1] and jobs_seen == [(3, 1), (3, 2)]  # every picture, handed to the pool
    assert any(str(path).endswith("photo-480w.webp") for path in trees[0])


def test_the_command_sees_a_replaced_picture_and_is_up_to_date_otherwise(tmp_path, capsys):
    write_files(tmp_path / "content", BUNDLE)
    command = ["build", "--content", str(tmp_path / "content"), "--output", str(tmp_path / "output"),
               "--templates", str(REPO / "templates"), "--jobs", "1"]
    assert cli.main(command) == 0 and cli.main(command) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Up to date")
    (tmp_path / "content/2024/03/small.png").write_bytes(png(320, 240, (0, 0, 255)))
    assert cli.main(command) == 0 and not capsys.readouterr().out.startswith("Up to date")
    assert (tmp_path / "output/2024/03/small.png").read_bytes() == png(320, 240, (0, 0, 255))
    assert 'width="320" height="240"' in (tmp_path / "output/2024/03/flat/index.html").read_text(encoding="utf-8")
    (tmp_path / "content/docs/extra.pdf").write_bytes(b"%PDF-1.4 more")
    assert cli.main(command) == 0 and (tmp_path / "output/docs/extra.pdf").is_file()
