"""The theme in a real browser: axe-core finds no violation, pages are light, the measure and widths hold."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, run_cli
from .publish_check import serve

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
ARTICLE = "2024/03/ai-engineer-talent-war/index.html"
# One line per page kind.
PAGES = {
    "home": "index.html",
    "article": ARTICLE,
    "tag": "tags/ai/index.html",
    "reporter": "reporters/김인엽/index.html",
    "archive": "archive/index.html",
    "tags index": "tags/index.html",
    "month": "2024/03/index.html",
    "search": "search/index.html?q=%EC%95%A4%EC%8A%A4%EB%A1%9C%ED%94%BD",  # 앤스로픽, with its results
    "pictures": "2024/03/photo-story/index.html",  # an article folder with a captioned photo and an inline chart
}
PICTURE_STORY = """---
title: "반도체 공장, 사진으로 본 하루"
reporter: 김인엽
date: 2024-03-21
tags: [AI]
---

새벽 여섯 시, 경기 평택의 반도체 공장은 이미 교대 근무가 한창이다.

![방진복을 입은 작업자들이 웨이퍼 운반 장비 옆을 지나고 있다](fab.jpg "평택 공장의 생산 라인 — 사진 김인엽 기자")

생산 라인의 가동률은 지난해보다 높아졌다. 월별 출하량은 아래 그래프와 같다 ![월별 출하량 막대그래프](chart.png).

오후에는 신규 설비 반입이 이어졌다.
"""


def write_picture_story(folder: Path) -> None:
    """Write an article folder with a large JPEG photo (captioned) and a small PNG chart."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    photo = Image.linear_gradient("L").resize((2400, 1600)).convert("RGB")
    photo.save(folder / "fab.jpg", quality=80)
    Image.new("RGB", (360, 200), (40, 110, 170)).save(folder / "chart.png")
    (folder / "index.md").write_text(PICTURE_STORY, encoding="utf-8")
ENGLISH = """---
title: "Chipmakers race to hire engineers as demand for AI servers grows"
reporter: Jane Doe
date: 2024-03-20
tags: [AI]
lang: en
---

Technology companies are competing for a small pool of engineers who can build and train large language models,
and the price of that talent keeps rising. Recruiters say that offers for senior researchers now include
multi-year retention packages, while general software teams are being trimmed to pay for them. Analysts expect
the shift to continue through the year as cloud providers expand their data centres and chip designers race to
ship new accelerators before their rivals do.
"""
FONT_FILE = re.compile(r"\.(woff2?|ttf|otf|eot)(\?|$)", re.I)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """Return the shipped archive plus 300 synthetic articles, built for a project subpath."""
    tmp = tmp_path_factory.mktemp("theme")
    subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_corpus.py"), str(tmp / "content"), "--count", "300"],
                   check=True, capture_output=True)
    article = (REPO / "content" / "2024" / "03" / "ai-engineer-talent-war.md").read_text(encoding="utf-8")
    (tmp / "content" / "2024" / "03" / "ai-engineer-talent-war.md").write_text(article, encoding="utf-8")
    (tmp / "content" / "2024" / "03" / "chip-engineers.md").write_text(ENGLISH, encoding="utf-8")
    write_picture_story(tmp / "content" / "2024" / "03" / "photo-story")
    done = run_cli("--content", str(tmp / "content"), "--output", str(tmp / "site"), cwd=REPO)
    assert done.returncode == 0, done.stderr
    return tmp / "site"


@pytest.fixture(scope="module")
def root(sample):
    """Yield the sample site's URL on a local server."""
    with serve(sample) as url:
        yield url


def axe_violations(page, url: str) -> list[str]:
    """Return 'rule: target' for every axe-core violation on the page at url."""
    assert AXE.exists(), "axe-core is missing: `npm ci` installs it"
    page.goto(url)
    if "search/index.html?q=" in url:
        page.wait_for_selector("#search-results li mark")  # check the results too
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")  # CDP evaluation: the page's CSP stays on
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']}: {node['target']}" for v in result["violations"] for node in v["nodes"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", PAGES)
def test_axe_finds_no_violation(browser, root, kind, scheme):
    context = browser.new_context(color_scheme=scheme)
    try:
        assert axe_violations(context.new_page(), root + PAGES[kind]) == []
    finally:
        context.close()


def test_axe_reports_a_real_violation(page, tmp_path):
    (tmp_path / "index.html").write_text('<!DOCTYPE html><html lang="en"><title>x</title><img src="a.png"></html>')
    with serve(tmp_path) as url:
        assert any(found.startswith("image-alt") for found in axe_violations(page, url + "index.html"))


def test_article_page_with_its_css_and_js_is_under_50_kb_gzipped_and_loads_no_font(page, root, sample):
    requests = []
    page.on("request", lambda request: requests.append((request.url, request.resource_type)))
    page.goto(root + ARTICLE, wait_until="networkidle")
    mine = [url for url, _ in requests if url.startswith(root)]
    assert len(mine) == len(requests), "the page requested something outside the site"
    assert {kind for _, kind in requests} <= {"document", "stylesheet", "script", "image"}
    assert not any(FONT_FILE.search(url) or kind == "font" for url, kind in requests)
    files = [sample / url[len(root):].split("?")[0] for url in mine]
    assert any(f.suffix == ".css" for f in files)
    weight = sum(len(gzip.compress(f.read_bytes(), 9)) for f in files)
    assert weight < 50 * 1024, f"{weight} bytes gzipped"


@pytest.mark.parametrize("kind", PAGES)
def test_no_page_scrolls_sideways_at_320_px(browser, root, kind):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(root + PAGES[kind])
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()


LINE_LENGTHS = """(selector) => {
  const node = document.querySelector(selector);
  const text = node.firstChild;
  const lines = new Map();
  for (let i = 0; i < text.length; i++) {
    const range = document.createRange();
    range.setStart(text, i); range.setEnd(text, i + 1);
    const rect = range.getClientRects()[0];
    if (rect) lines.set(Math.round(rect.top), (lines.get(Math.round(rect.top)) || 0) + 1);
  }
  return [...lines.values()];
}"""


def full_lines(page, selector: str) -> list[int]:
    """Return the character counts of a paragraph's lines, the last (short) one left out."""
    return page.evaluate(LINE_LENGTHS, selector)[:-1]


def test_korean_measure_is_about_35_to_40_characters_a_line(browser, root):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(root + ARTICLE)
        lengths = full_lines(page, ".article-body p:nth-of-type(2)")
        assert lengths and 35 <= sum(lengths) / len(lengths) <= 41 and max(lengths) <= 43, lengths  # keep-all: lines vary
        assert page.evaluate("getComputedStyle(document.body).wordBreak") == "keep-all"
        assert float(page.evaluate("parseFloat(getComputedStyle(document.querySelector('.article-body')).lineHeight)"
                                   " / parseFloat(getComputedStyle(document.querySelector('.article-body')).fontSize)")) >= 1.7
    finally:
        context.close()


def test_english_measure_is_about_70_characters_a_line(browser, root):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(root + "2024/03/chip-engineers/index.html")
        lengths = full_lines(page, ".article-body p")
        assert len(lengths) >= 3 and 64 <= sum(lengths) / len(lengths) <= 76 and max(lengths) <= 80, lengths
    finally:
        context.close()


def test_print_hides_navigation_and_keeps_the_article(page, root):
    page.goto(root + ARTICLE)
    page.emulate_media(media="print")
    hidden = page.evaluate("['.site-header nav', '.breadcrumbs', '.more-by', '.site-footer']"
                           ".map(s => getComputedStyle(document.querySelector(s)).display)")
    assert hidden == ["none"] * 4
    assert page.evaluate("getComputedStyle(document.querySelector('.article-body')).display") == "block"


def test_dark_mode_changes_the_colours(browser, root):
    colours = []
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        page.goto(root + ARTICLE)
        colours.append(page.evaluate("getComputedStyle(document.body).backgroundColor"))
        context.close()
    assert colours[0] != colours[1]
