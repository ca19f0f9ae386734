"""The outlet's template: lines repeated across a folder's pages of one outlet are dropped as its template."""

from __future__ import annotations

from pathlib import Path

from import_helpers import split_article

from archivist.importer import template

TOPICS = ["반도체", "자동차", "조선", "철강", "배터리"]
STANDARD = "이 기사는 예시일보 경제부가 매주 정리하는 산업 동향 기사로 독자 여러분의 의견을 기다립니다."
WIDGET = "예시일보 구독하고 선물 받자"


def page(n: int, footer: str = "ⓒ 예시일보 무단전재 및 재배포 금지") -> str:
    """Return the n-th text dump of one fake outlet: a widget line inside the article, a standard closing
    sentence, the same reporter, a teaser heading after the article."""
    topic = TOPICS[n % len(TOPICS)]
    return (f"홈\n  * 정치\n  * 경제\n{topic} 산업 지원 계획 발표\n입력 2024.03.{n + 1:02d} 05:00\n\n"
            f"정부가 {topic} 산업 지원을 위해 대규모 예산을 투입한다고 밝혔다. 지원 대상은 설비 투자와 연구개발, "
            "인력 양성 등 세 분야이며 올해 안에 집행을 시작한다.\n\n"
            f"{WIDGET}\n\n"
            f"산업부는 {topic} 업계의 의견을 들어 세부 계획을 다음 달까지 마련하겠다고 설명했다. 업계는 "
            "환영한다는 뜻을 밝히면서도 지원 규모가 충분하지 않다고 지적했다.\n\n"
            f"{STANDARD}\n\n홍길동 기자 hong@example.co.kr\n오늘의 이슈 키워드\n{footer}\n")


def write_folder(tmp_path: Path, count: int, footer: str = "ⓒ 예시일보 무단전재 및 재배포 금지") -> Path:
    """Return a folder of `count` pages of the fake outlet."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(count):
        (folder / f"{n}.txt").write_text(page(n, footer), encoding="utf-8")
    return folder


def articles(out: str) -> list[tuple[dict, str]]:
    """Return (front matter, body) of every article a --dry-run printed."""
    return [split_article("---\ntitle" + chunk) for chunk in out.split("---\ntitle")[1:]]


def test_a_line_on_every_page_of_the_outlet_is_dropped_as_its_template(run_import, tmp_path):
    """Imported one by one the widget line stays in the body; imported as a folder it is dropped, and
    --explain names the outlet template; the repeated article sentence and the byline stay."""
    folder = write_folder(tmp_path, 4)
    _, alone, _ = run_import(folder / "0.txt", "--dry-run")
    assert WIDGET in split_article(alone)[1]
    status, out, err = run_import(folder, "--dry-run", "--explain")
    assert status == 0
    found = articles(out)
    assert len(found) == 4
    for data, body in found:
        assert WIDGET not in body
        assert STANDARD in body
        assert data["reporter"] == "홍길동" and data["email"] == "hong@example.co.kr"
    assert err.count(f"[outlet template] {WIDGET}") == 4
    assert err.count("[outlet template] 오늘의 이슈 키워드") == 4


def test_too_few_pages_teach_no_template(run_import, tmp_path):
    """Two pages of one outlet are not enough evidence: nothing is dropped as template."""
    folder = write_folder(tmp_path, 2)
    _, out, err = run_import(folder, "--dry-run", "--explain")
    assert all(WIDGET in body for _, body in articles(out))
    assert "outlet template" not in err


def test_pages_of_other_outlets_do_not_teach_each_other(tmp_path):
    """The template is learnt per outlet (named by the page's copyright line): each outlet's pages
    below the threshold teach nothing, however often a line repeats across outlets."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_text(page(n, f"ⓒ 예시{n}일보 무단전재 및 재배포 금지"), encoding="utf-8")
    assert template.templates(sorted(str(p) for p in folder.iterdir())) == {}


def test_a_line_on_fewer_than_half_the_pages_is_not_template():
    """A line needs MIN_PAGES pages and half of its outlet's pages."""
    pages = ([("a", f"기사 {n}", frozenset({"메뉴", "드문 줄"})) for n in range(3)]
             + [("a", f"기사 {n}", frozenset({"메뉴"})) for n in range(3, 7)])
    assert template.learn(pages) == {"a": frozenset({"메뉴"})}


def test_copies_of_one_article_count_once(run_import, tmp_path):
    """One article saved three times (its headline on every copy) teaches no template: copies count once."""
    pages = [("a", "같은 기사의 가장 긴 문단", frozenset({"메뉴", "같은 제목"}))] * 3
    assert template.learn(pages) == {}
    folder = tmp_path / "copies"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Published 2024-03-0{n + 1}\n\n" + page(0), encoding="utf-8")
    status, out, err = run_import(folder, "--dry-run", "--explain")
    assert status == 0 and "outlet template" not in err
    assert [data["title"] for data, _ in articles(out)] == ["반도체 산업 지원 계획 발표"] * 3


def test_running_text_is_never_template(tmp_path):
    """Only lines that are not running text are counted: a standard sentence is article text."""
    key, _, lines = template.page_lines(str(write_folder(tmp_path, 1) / "0.txt"))
    assert key == template.normalise("ⓒ 예시일보 무단전재 및 재배포 금지")
    assert template.normalise(WIDGET) in lines and template.normalise(STANDARD) not in lines


def test_the_outlet_is_the_site_the_links_point_to_else_the_copyright_line():
    """A dump with a link list is named by its most linked site; one without, by its copyright line."""
    linked = ["기사 제목", *(f"https://www.example.co.kr/news/{n}" for n in range(3)), "https://m.example.co.kr/",
              "https://ads.other.com/x", "ⓒ 예시일보 무단전재 및 재배포 금지"]
    assert template.outlet_key(linked) == "example.co.kr"
    mentioned = ["기사 제목", "자세한 내용은 https://www.gov.example/ 에서 볼 수 있다.", linked[-1]]
    assert template.outlet_key(mentioned) == template.normalise(linked[-1])
    assert template.outlet_key(["기사 제목", "본문"]) == ""
