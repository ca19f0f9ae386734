"""The writer: front matter that round-trips, slugs, never overwriting, duplicates and --update."""

from __future__ import annotations


import pytest
import yaml

from archivist.config import Config
from archivist.importer import archive, write
from archivist.importer.record import ImportedArticle
from archivist.importer.slug import make_slug, romanize
from archivist.load import Parser

from import_helpers import split_article


def article(**fields) -> ImportedArticle:
    """Return a small record with sensible defaults."""
    values = dict(path="page.txt", title="제목", reporters=["홍길동"], date="2024-03-28", tags=["AI"],
                  body="본문 문단입니다.\n")
    values.update(fields)
    return ImportedArticle(**values)


def test_article_without_a_byline_has_no_reporter_line_and_builds():
    """An editorial has no reporter: the writer leaves the key out and the build reads the file as valid."""
    text = write.render(article(reporters=[], source="OO일보"))
    assert "reporter" not in text.split("---")[1]
    parsed = Parser(Config()).parse("content/2024/03/x.md", text.encode("utf-8")).article
    assert parsed.reporters == () and parsed.source == "OO일보"


@pytest.mark.parametrize("title", [
    "Breaking: markets fall", "#1 in sales", "[속보] 서울 버스 파업", "*Exclusive* report", "!important",
    'He said "no"', "back\\slash", "- dash start", "yes", "2024-03-28", "null", "a: b # c", "탭\t문자",
])
def test_titles_round_trip_through_yaml(title):
    """Any title, however YAML-hostile, reads back unchanged."""
    data, _ = split_article(write.render(article(title=title)))
    assert data["title"] == title


@pytest.mark.parametrize("value", ["AI", "빅테크", "a, b", "[x]", "key: value", "#tag", "true", "1.5", "", " pad"])
def test_scalars_and_flow_lists_round_trip(value):
    """Reporters, tags and sources round-trip whether plain or quoted."""
    record = article(reporters=[value or "x"], tags=[value or "x", "둘"], source=value or "x")
    data, _ = split_article(write.render(record))
    assert data["reporter"] == (value or "x")
    assert data["tags"] == [value or "x", "둘"]
    assert data["source"] == (value or "x")


def test_front_matter_keys_and_order():
    """Keys come in schema order; several reporters and emails are lists; no empty keys."""
    text = write.render(article(reporters=["홍길동", "김철수"], emails=["a@x.kr", "b@x.kr"], source="연합뉴스",
                                url="https://x.kr/a"))
    keys = [line.split(":")[0] for line in text.split("---")[1].strip().splitlines()]
    assert keys == ["title", "reporter", "email", "date", "tags", "source", "url"]
    data, body = split_article(text)
    assert data["reporter"] == ["홍길동", "김철수"] and data["email"] == ["a@x.kr", "b@x.kr"]
    assert body == "본문 문단입니다.\n"
    assert "url:" not in write.render(article())


def test_datetime_with_offset_is_kept():
    """A date with time and offset is written as ISO 8601 and parses as an aware datetime."""
    data, _ = split_article(write.render(article(date="2023-07-14T08:41:27+09:00")))
    assert data["date"].isoformat() == "2023-07-14T08:41:27+09:00"


@pytest.mark.parametrize("url, title, expected", [
    ("https://x.com/news/local-team-wins-season-opener/", "x", "local-team-wins-season-opener"),
    ("https://www.example.co.kr/news/society/10000001", "서울 버스 파업", "seoul-beoseu-paeop"),
    ("", "AI 엔지니어 얼마면 돼?", "ai-enjinieo-eolmamyeon-dwae"),
    ("https://x.com/../../etc/password-reset-guide", "", "password-reset-guide"),
    ("https://x.com/a/%2e%2e%2fsecret-admin-page%00", "", "secret-admin-page"),
])
def test_slugs_are_ascii_and_safe(url, title, expected):
    """Slugs come from URL words, else the romanized title; never with / or .."""
    assert make_slug(url, title, "2024-03-28") == expected


def test_slug_falls_back_to_date_and_hash():
    """A title with nothing to romanize gives a date-and-hash slug."""
    slug = make_slug("", "！？", "2024-03-28")
    assert slug.startswith("2024-03-28-") and len(slug) == len("2024-03-28-") + 8


def test_romanize():
    """Hangul is spelled in Revised Romanization letters."""
    assert romanize("한국") == "hanguk"


def test_writes_into_year_and_month(tmp_path):
    """The article lands in content/YYYY/MM/<slug>.md."""
    result = write.write(article(title="AI 인재"), tmp_path, archive.Archive())
    assert result.action == "wrote"
    assert result.path == tmp_path / "2024" / "03" / "ai-injae.md"


def test_slug_collision_gets_a_new_slug(tmp_path):
    """An existing file is never overwritten: a different article with the same slug gets -2."""
    folder = tmp_path / "2024" / "03"
    folder.mkdir(parents=True)
    (folder / "ai-injae.md").write_text("hand-written\n", encoding="utf-8")
    result = write.write(article(title="AI 인재", date="2024-03-29"), tmp_path, archive.scan(tmp_path))
    assert result.path.name == "ai-injae-2.md"
    assert (folder / "ai-injae.md").read_text(encoding="utf-8") == "hand-written\n"


def test_same_url_is_a_duplicate(tmp_path):
    """A page whose url is already in the archive is skipped."""
    first = write.write(article(url="https://x.kr/a"), tmp_path, archive.scan(tmp_path))
    again = write.write(article(url="https://x.kr/a", title="다른 제목"), tmp_path, archive.scan(tmp_path))
    assert again.action == "duplicate" and again.path == first.path
    assert len(list(tmp_path.rglob("*.md"))) == 1


def test_same_title_and_day_without_url_is_a_duplicate(tmp_path):
    """Pages without a url are matched by headline and day."""
    write.write(article(), tmp_path, archive.scan(tmp_path))
    again = write.write(article(date="2024-03-28T09:00:00+09:00"), tmp_path, archive.scan(tmp_path))
    other_day = write.write(article(date="2024-03-29"), tmp_path, archive.scan(tmp_path))
    assert again.action == "duplicate"
    assert other_day.action == "wrote"


def test_text_dump_and_saved_page_of_one_article_are_duplicates(tmp_path):
    """A page with a url matches an article imported without one (same headline and day), not one with another url."""
    write.write(article(), tmp_path, archive.scan(tmp_path))
    assert write.write(article(url="https://x.kr/a"), tmp_path, archive.scan(tmp_path)).action == "duplicate"
    write.write(article(title="다른 기사", url="https://x.kr/b"), tmp_path, archive.scan(tmp_path))
    other = write.write(article(title="다른 기사", url="https://y.kr/c"), tmp_path, archive.scan(tmp_path))
    assert other.action == "wrote"


def test_update_keeps_hand_edited_fields(tmp_path):
    """--update replaces the body but keeps every front matter line the user has."""
    first = write.write(article(url="https://x.kr/a", tags=["AI"]), tmp_path, archive.scan(tmp_path))
    text = first.path.read_text(encoding="utf-8")
    edited = text.replace('title: "제목"', 'title: "고친 제목"').replace("tags: [AI]", "tags: [AI, 반도체]")
    lines = edited.split("\n")
    lines.insert(lines.index("---", 1), "summary: 사용자가 쓴 요약")
    first.path.write_text("\n".join(lines), encoding="utf-8")
    result = write.write(article(url="https://x.kr/a", body="새 본문입니다.\n", source="새 출처"), tmp_path,
                         archive.scan(tmp_path), update=True)
    assert result.action == "updated" and result.path == first.path
    data, body = split_article(first.path.read_text(encoding="utf-8"))
    assert data["title"] == "고친 제목"
    assert data["tags"] == ["AI", "반도체"]
    assert data["summary"] == "사용자가 쓴 요약"
    assert data["source"] == "새 출처"
    assert body == "새 본문입니다.\n"


def test_archive_scan_reads_urls_and_tags(tmp_path):
    """The scan indexes every article's url and counts its tags."""
    for name, url, tags in (("a", "https://x/a", ["AI", "칩"]), ("b", "https://x/b", ["AI"])):
        path = tmp_path / "2024" / "01" / f"{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'---\ntitle: "{name}"\ndate: 2024-01-01\ntags: {tags}\nurl: {url}\n---\n\nx\n', encoding="utf-8")
    known = archive.scan(tmp_path)
    assert set(known.urls) == {"https://x/a", "https://x/b"}
    assert known.tags["AI"] == 2 and known.tags["칩"] == 1


def test_rendered_output_parses_with_csafeloader():
    """The whole front matter parses with the build's loader."""
    text = write.render(article(title='A "quoted": title #1', reporters=["홍길동", "Jane Doe"]))
    assert yaml.load(text.split("---")[1], Loader=yaml.CSafeLoader)["title"] == 'A "quoted": title #1'
