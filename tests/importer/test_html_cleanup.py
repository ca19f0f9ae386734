"""Saved HTML: page furniture trafilatura lets through is dropped by its place in the page; story text stays.

Each page here is written for the test: one kind of noise (or one kind of story text that looks like noise)
around a short Korean or English article.
"""

from __future__ import annotations

from archivist.importer import noise
from archivist.importer.clean import Block
from archivist.importer.html import extract_html
from archivist.importer.html_cleanup import furniture
from archivist.importer.html_evidence import Evidence

KO = [
    "정부가 반도체 산업 지원을 위해 10조원 규모의 예산을 투입한다고 28일 밝혔다. 지원 대상은 설비 투자와 연구개발이다.",
    "기획재정부는 반도체 기업의 설비 투자에 대한 세액공제율을 최대 25%까지 높이기로 했다. 중소기업은 추가 공제를 받는다.",
    "업계는 이번 대책이 투자 확대로 이어질 것으로 기대한다고 말했다. 정부는 다음 달 세부 계획을 내놓는다.",
    "전문가들은 인력 양성 없이는 투자 효과가 제한적일 수 있다고 지적했다. 대학과 기업의 협력이 필요하다는 것이다.",
]
EN = [
    "The city council approved the new transit plan on Tuesday after a six-hour debate that ran late into the night.",
    "Under the plan, bus service will run every ten minutes on the busiest routes, and fares will stay the same.",
    "Council members said the changes would take effect in the spring, once new drivers have been hired and trained.",
    "Opponents argued that the plan did too little for riders in the outer suburbs, where buses run once an hour.",
]


def page(article: str, head: str = "", after: str = "", url: str = "https://news.example.co.kr/a/1") -> str:
    """Return a whole page around an article's inner HTML."""
    return (f"<html><head><meta charset='utf-8'><title>반도체 지원 10조</title>"
            f"<meta property='og:url' content='{url}'>{head}</head><body>"
            f"<nav><a href='/'>홈</a> <a href='/economy'>경제</a></nav>"
            f"<article><h1>반도체 지원 10조</h1>{article}</article>{after}"
            f"<footer><p>회사소개 | 광고문의</p></footer></body></html>")


def paras(lines: list[str]) -> str:
    """Return the lines as paragraphs."""
    return "".join(f"<p>{line}</p>" for line in lines)


def body_of(html: str) -> str:
    """Return the imported body."""
    return extract_html(html, "page.html").body


def test_promo_links_marked_with_arrows_are_dropped():
    """`▶` promos written as links under the story go; the story stays whole."""
    promos = "".join(f"<p><a href='/hot/{i}'>▶ {t}</a></p>" for i, t in enumerate(["속보 모아보기", "공연 라인업 보기"]))
    body = body_of(page(paras(KO) + promos))
    assert all(line in body for line in KO)
    assert "▶" not in body and "모아보기" not in body


def test_related_news_heading_and_its_list_of_links_are_dropped():
    """A heading over a list of links to the site's other stories goes with the list."""
    related = ("<h3>관련 기사</h3><ul>" + "".join(
        f"<li><a href='https://news.example.co.kr/a/{i}'>{t}</a></li>"
        for i, t in enumerate(["반도체 수출 석 달째 증가", "설비투자 세액공제 확대 검토", "대학 반도체 학과 신설 잇따라"]))
        + "</ul>")
    body = body_of(page(paras(KO[:2]) + related + paras(KO[2:])))
    assert all(line in body for line in KO)
    assert "수출 석 달째" not in body and "학과 신설" not in body and "관련 기사" not in body


def test_teaser_headlines_without_a_label_are_dropped_by_shape():
    """Two or more lines that are each wholly a link to the site's stories are teasers, whatever they say."""
    teasers = "".join(f"<p><a href='/a/{i}'>{t}</a></p>" for i, t in
                      enumerate(["Mayor unveils bike lane map", "Rail strike talks resume", "New ferry route opens"]))
    html = page(paras(EN[:3]) + teasers + paras(EN[3:]), url="https://news.example.com/a/1")
    body = body_of(html.replace("<title>반도체 지원 10조</title>", "<title>Council backs transit plan</title>"))
    assert all(line in body for line in EN)
    assert "bike lane" not in body and "ferry" not in body


def test_see_all_articles_link_after_the_story_is_dropped():
    """One link after the story's last sentence (`기자의 다른 기사보기`) trails the story."""
    body = body_of(page(paras(KO) + "<p><a href='/reporter/7'>기자의 다른 기사 보기</a></p>"))
    assert all(line in body for line in KO)
    assert "다른 기사" not in body


def test_links_to_several_other_sites_inside_the_story_are_kept():
    """Paragraphs that are each a link to a different site are the story's sources, not the site's teasers."""
    sources = "".join(f"<p><a href='https://{host}/report'>{name} report on bus ridership in 2024</a></p>"
                      for host, name in [("transit-ministry.org", "Ministry"), ("city-university.edu", "University"),
                                         ("riders-union.net", "Riders' union")])
    body = body_of(page(paras(EN[:2]) + sources + paras(EN[2:]), url="https://news.example.com/a/1"))
    for name in ("Ministry report", "University report", "Riders' union report"):
        assert name in body


def test_boxed_quoted_statement_is_kept():
    """A statement set in a box in the middle of the story is story text."""
    box = ("<div class='box'><blockquote><p>“설비 투자를 늘리는 기업에 세제 혜택을 최대한 돌려드리겠습니다.”</p>"
           "</blockquote></div>")
    body = body_of(page(paras(KO[:2]) + box + paras(KO[2:])))
    assert all(line in body for line in KO)
    assert "세제 혜택을 최대한 돌려드리겠습니다" in body


def test_widget_layers_beside_the_headline_are_dropped():
    """Text in a small box with buttons (a summary layer, a font-size setter, reactions) is the widget's."""
    widgets = ("<div class='util'><button>요약보기</button><div class='layer'><strong>자동요약</strong>"
               "<span>기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.</span></div></div>"
               "<div class='util'><button>글씨크기</button><div class='layer'><p>이 글자크기로 변경됩니다.</p>"
               "<p>(예시) 가장 빠른 뉴스와 다양한 정보를 만나보세요.</p><input type='radio' name='fs'></div></div>")
    body = body_of(page(widgets + paras(KO)))
    assert all(line in body for line in KO)
    assert "자동요약" not in body and "글자크기" not in body and "예시" not in body


def test_summary_layer_repeating_the_lead_is_dropped_once():
    """A lead sentence said twice (a summary layer, a standfirst) is kept once."""
    summary = f"<div class='summary'><p>{KO[0]}</p></div>"
    body = body_of(page(summary + paras(KO)))
    assert body.count(KO[0]) == 1
    assert all(line in body for line in KO)


def test_photo_captions_beside_images_and_enlarge_controls_are_dropped():
    """A caption sitting with its image (alt text or not) and an `enlarge` control go; the story stays."""
    photo = ("<div class='photo'><img src='/p.jpg' alt='반도체 공장 전경'>"
             "<em class='desc'>반도체 공장 전경 [사진=예시일보 DB]</em></div>"
             "<figure><img src='/q.jpg'><figcaption>28일 열린 설명회 모습</figcaption></figure>"
             "<p>사진 확대</p><p>이미지 크게보기</p>")
    body = body_of(page(paras(KO[:1]) + photo + paras(KO[1:])))
    assert all(line in body for line in KO)
    assert "공장 전경" not in body and "설명회 모습" not in body and "사진 확대" not in body and "크게보기" not in body


def test_closing_sentence_of_the_story_is_kept():
    """A short last sentence is the story's end, not a sign-off to trim."""
    body = body_of(page(paras(EN) + '<p>"That is correct," she said.</p>', url="https://news.example.com/a/1"))
    assert '"That is correct," she said.' in body


def test_byline_and_time_glued_to_the_first_paragraph_are_split_off():
    """A byline and time printed at the start of the lead's block become fields; the lead's sentence stays."""
    lead = (f"<div class='text'><span class='name'>홍길동 기자</span><span class='time'>입력 2024.05.01 10:00</span>"
            f"{KO[0]}<br><br>{KO[1]}<br><br>{KO[2]}</div>")
    record = extract_html(page(lead), "page.html")
    assert record.body.startswith(KO[0])
    assert record.reporters == ["홍길동"]
    assert record.date.startswith("2024-05-01")
    english = f"<p><em>By Jane Doe</em><time>May 1, 2024 10:00 AM</time>{EN[0]}</p>{paras(EN[1:])}"
    record = extract_html(page(english, url="https://news.example.com/a/1"), "page.html")
    assert record.body.startswith(EN[0]) and record.reporters == ["Jane Doe"]


def test_a_sentence_opening_with_a_date_or_time_keeps_it():
    """`<strong>As of 1 May 2024</strong>, …` or a timeline's `10:02` is the sentence's start, not a stamp."""
    lines = ["<p><strong>As of 1 May 2024</strong>, thirty new buses will run on the busiest routes of the city.</p>",
             "<p><b>10:02</b> The council chair opened the debate with a statement on the budget for next year.</p>"]
    body = body_of(page(paras(EN[:2]) + "".join(lines) + paras(EN[2:]), url="https://news.example.com/a/1"))
    assert "As of 1 May 2024" in body
    assert "10:02" in body


def test_one_line_flash_story_beside_its_photo_is_kept():
    """A story of one line sitting with its photo is the story, not a caption: the clean-up never empties it."""
    line = "[속보] 한국은행 기준금리 0.25%p 인하"
    lone = furniture([(Block(line), line)], [Evidence(found=True, beside_image=True, size=20)])
    assert lone == [None]
    with_story = furniture([(Block(line), line), (Block(KO[0]), KO[0])],
                           [Evidence(found=True, beside_image=True, size=20), Evidence(found=True, size=60)])
    assert with_story == [noise.CAPTION, None]


def test_headline_said_again_in_other_words_above_the_story_is_dropped():
    """A heading above the first sentence that rewords the headline is the headline; a subhead is not."""
    head = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"headline\": \"Transit hearings: key moments from the council's vote on the bus plan\"}</script>")
    html = page("<h2>Key moments from the council's vote on the bus plan hearings</h2>" + paras(EN[:2])
                + "<h2>What the plan changes</h2>" + paras(EN[2:]), head=head, url="https://news.example.com/a/1")
    body = body_of(html)
    assert "Key moments" not in body
    assert "## What the plan changes" in body and all(line in body for line in EN)
