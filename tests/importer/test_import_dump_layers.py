"""Kinds of page chrome that lynx and w3m print and a browser's copy leaves out or lays out otherwise
(benchmarks/transplant_frames.py): hidden copies of the article, photo galleries with their controls, `<noscript>`
fallbacks, ads with text. Each page is written for the test and dumped by lynx, w3m and Chromium
(tests/importer/dump_styles.py); every page here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer.text import extract_text
from dump_styles import dumps, news_page, paragraphs
from test_import_dump_kinds import P1, P2, P3, TITLE  # the same made-up article, on other pages
from test_import_dump_surroundings import P4, body_paragraphs

ARTICLE = (P1, P2, P3, P4)


@pytest.fixture(scope="module")
def styles(browser):
    """Return a function dumping a page in the three styles."""
    return lambda html: dumps(browser, html)


def test_a_hidden_print_copy_of_the_whole_article_is_not_printed_twice(styles):
    """A print version (logo, headline, time, byline, every paragraph) in a layer hidden by a style follows the
    article: lynx and w3m print it below the article, a browser's copy leaves it out; the body holds one copy."""
    copy = (f"<div id=print_area style='display:none'><p>예시일보</p><h2>{TITLE}</h2><p>입력 2025.06.01 10:00</p>"
            f"<p>홍길동 기자 hong@example.com</p>{paragraphs(*ARTICLE)}<p>ⓒ 예시일보 무단전재 및 재배포 금지</p>"
            "<button>인쇄하기</button> <button>닫기</button></div>")
    for style, dump in styles(news_page(TITLE, paragraphs(*ARTICLE), after=copy)).items():
        assert body_paragraphs(dump) == list(ARTICLE), style


def test_an_article_quoting_two_of_its_paragraphs_again_keeps_them(styles):
    """Two paragraphs printed again in a long article (a box repeating its key points) are no second copy of it:
    the article is not cut above them."""
    long = [P1, P2, P3, P4, P1.replace("부산시", "울산시"), P2.replace("해운대", "일산"), P4.replace("상인", "주민")]
    box = "<div class=points><h4>핵심 정리</h4>" + paragraphs(P1, P2) + "</div>"
    for style, dump in styles(news_page(TITLE, paragraphs(*long[:4]) + box + paragraphs(*long[4:]))).items():
        got = body_paragraphs(dump)
        assert got[:4] == long[:4] and got[-3:] == long[4:], style


def gallery(count: int) -> str:
    """Return a photo gallery: each photo with its alt text, an enlarge button, a caption with a credit and a counter."""
    captions = ("▲ 1일 부산 해운대해수욕장에서 구조대원들이 수상 오토바이로 구조 훈련을 하고 있다. /사진=예시일보 DB",
                "지난달 31일 광안리해수욕장 백사장에 새로 들여놓은 구조 장비가 놓여 있다. [사진 = 부산시]",
                "해수욕장 개장을 앞두고 상인들이 파라솔을 손질하고 있다.(사진=독자 제공)")[:count]
    figures = "".join(f"<figure><img alt='{text[2:30]}' src='p{k}.jpg'><button>이미지 크게보기</button>"
                      f"<figcaption>{text}</figcaption><span>{k + 1} / {count}</span></figure>"
                      for k, text in enumerate(captions))
    return f"<div class=gallery>{figures}<button>이전</button> <button>다음</button></div>"


def test_a_photo_gallery_between_paragraphs_leaves_the_article_whole(styles):
    """Photos between two paragraphs (alt texts, enlarge controls, captions credited three ways, `1 / 3` counters,
    previous and next buttons) neither split the article nor stay in it; lynx prints a `<figure>` inline, the whole
    gallery on one line."""
    article = paragraphs(P1, P2) + gallery(3) + paragraphs(P3, P4)
    for style, dump in styles(news_page(TITLE, article)).items():
        assert body_paragraphs(dump) == list(ARTICLE), style


def test_noscript_fallbacks_and_a_players_browser_note_are_not_body(styles):
    """A text browser prints `<noscript>` (the site's script notice) and a video player's fallback between the
    paragraphs: lines about the reader's browser are no text of the article."""
    notice = ("<noscript><p>자바스크립트가 꺼져 있습니다. 사이트의 모든 기능을 이용하려면 브라우저 설정에서 "
              "자바스크립트를 켜 주세요.</p></noscript>")
    video = ("<div class=video><noscript><p>동영상을 재생하려면 자바스크립트를 켜 주세요.</p></noscript>"
             "<video src=v.mp4>이 브라우저는 동영상 재생을 지원하지 않습니다.</video></div>")
    html = news_page(TITLE, paragraphs(P1, P2) + video + paragraphs(P3, P4), head=notice)
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == list(ARTICLE), style


def test_a_text_ad_between_paragraphs_is_dropped_and_the_article_kept_whole(styles):
    """A text ad under its label (`AD`): a headline and a sentence asking the reader (`…확인해 보세요.`) are no text of
    the article, and do not part its two halves."""
    ad = ("<div class=ad><div class=label>AD</div><a href='/ad'><strong>50대 이후 무릎 관절 관리, 이렇게 하세요</strong>"
          "<p>하루 10분 투자로 관절 건강을 지키는 방법을 지금 바로 확인해 보세요.</p></a></div>")
    for style, dump in styles(news_page(TITLE, paragraphs(P1, P2) + ad + paragraphs(P3, P4))).items():
        assert body_paragraphs(dump) == list(ARTICLE), style


def test_a_paragraph_below_an_empty_ad_slot_stays(styles):
    """An empty ad slot's label between two paragraphs takes nothing with it: the paragraph below asks nothing of the
    reader, even when it is short."""
    short = "시는 다음 주 개장식을 연다."
    html = news_page(TITLE, paragraphs(P1, P2) + "<div class=ad><div>광고</div></div>" + paragraphs(short, P3, P4))
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == [P1, P2, short, P3, P4], style


NEXT = ("장마철 앞두고 하천 정비 나선 지자체", "입력 2025.06.01 11:30", "김철수 기자",
        ("행정안전부는 장마철을 앞두고 전국 하천과 배수로를 점검한 결과 정비가 필요한 곳이 일흔 곳에 이른다고 1일 "
         "밝혔다. 정부는 이달 말까지 정비를 마치고 배수 펌프도 새로 들여놓을 계획이다."),
        ("지자체들은 하천 주변 산책로와 주차장에 침수 경보 장치를 달고, 비가 많이 오면 출입을 막기로 했다. "
         "행안부 관계자는 \"지난해 같은 피해가 되풀이되지 않도록 하겠다\"고 말했다."))


def next_article(paragraph_count: int) -> str:
    """Return the next article preloaded below for endless scrolling, hidden: its label, headline, time, byline, text."""
    title, date, byline, *texts = NEXT
    body = paragraphs(*(texts * 3)[:paragraph_count])
    return (f"<div class=next style='display:none'><p>다음 기사</p><h2>{title}</h2><p>{date}</p><p>{byline}</p>"
            f"{body}</div>")


@pytest.mark.parametrize("count", [2, 6])
def test_the_next_article_preloaded_below_is_left_out(styles, count):
    """The next article, hidden below the page's own after its rights notice, is no part of it; when it is longer than
    the page's article it is not taken instead."""
    html = news_page(TITLE, paragraphs(P1, P3), after="<p>ⓒ 예시일보 무단전재 및 재배포 금지</p>" + next_article(count))
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == [P1, P3], style


@pytest.mark.parametrize("count", [2, 6])
def test_the_next_articles_byline_is_not_the_pages(styles, count):
    """The reporter signing the next article, preloaded below the page's rights notice with its own headline and
    time, is not a reporter of the page's article: only the page's own byline is read."""
    article = paragraphs(P1, P3) + "<p>홍길동 기자 hong@example.com</p>"
    html = news_page(TITLE, article, after="<p>ⓒ 예시일보 무단전재 및 재배포 금지</p>" + next_article(count))
    for style, dump in styles(html).items():
        record = extract_text(dump, "page.txt")
        assert (record.reporters, record.emails) == (["홍길동"], ["hong@example.com"]), style


TOOLS = ("본문듣기 설정", "댓글", "글자 크기 변경하기", "크기", "가1단계", "가2단계", "가3단계", "가4단계", "가5단계", "닫기",
         "나눔고딕 폰트가 설치되어있지 않습니다.", "나눔 폰트를 설치하러 가시겠습니까?", "예 아니오", "닫기", "인쇄하기", "보내기")


def test_a_text_size_dialog_between_date_and_byline_leaves_the_headline_above_them(styles):
    """A portal prints its reading tools' dialog (text-size steps, a font notice, close buttons) between the article's
    date and its byline: the headline above the date is still the article's, however few words it shares with the
    lead, and the sub-headlines below the byline are no headline."""
    title, subheads = "여름 해수욕장, 올해는 다르다", ("부산 해수욕장 안전요원 두 배로", "드론과 수상 오토바이로 구조대 운용")
    header = (f"<h2>{title}</h2><p>입력 2025.06.01 10:00</p>" + "".join(f"<p>{tool}</p>" for tool in TOOLS)
              + "<p>홍길동 기자 hong@example.com</p>" + "".join(f"<p><b>{line}</b></p>" for line in subheads))
    html = news_page(TITLE, paragraphs(*ARTICLE)).replace(f"<h1>{TITLE}</h1>", "").replace("<article>", header + "<article>")
    html = html.replace('<p class=date>입력 2025.06.01 10:00</p>', "")
    for style, dump in styles(html).items():
        record = extract_text(dump, "page.txt")
        assert (record.title, record.reporters) == (title, ["홍길동"]), style


def test_a_share_cards_copy_of_the_lead_is_no_headline(styles):
    """A page printing its header twice (the outlet's box and the article's own) holds a hidden share card with the
    headline and a deck line cut off with an ellipsis: the cut copy is no headline rivalling the real one, and the deck
    line stays in the body."""
    deck = "해수욕장 일곱 곳 안전요원 두 배로"
    card = (f"<div class=share style='display:none'><strong>{TITLE}</strong><p>{deck}…</p><a>카카오톡</a> "
            "<a>URL 복사</a></div>")
    box = f"{card}<p>예시일보</p><h2>{TITLE}</h2><p>입력 2025.06.01 10:00</p><p>홍길동 기자</p>"
    html = news_page(TITLE, f"<p>{deck}</p>" + paragraphs(*ARTICLE), head=card).replace("<main>", "<main>" + box)
    for style, dump in styles(html).items():
        record = extract_text(dump, "page.txt")
        assert record.title == TITLE and body_paragraphs(dump) == [deck, *ARTICLE], style


def test_a_reporters_profile_below_the_byline_is_not_body(styles):
    """A reporter's card below the article: the byline, then sentences of career and beat (`홍길동 기자는 …`)."""
    card = ("<div class=profile><p>홍길동 기자</p><p>홍길동 기자는 2012년 입사해 사회부와 정치부를 거쳐 현재 경제부에서 "
            "금융과 부동산 분야를 취재하고 있다. 시장의 변화를 독자의 눈높이에서 전하는 것이 목표다.</p>"
            "<a href='/r'>기자 페이지</a></div>")
    for style, dump in styles(news_page(TITLE, paragraphs(*ARTICLE), after=card)).items():
        assert body_paragraphs(dump) == list(ARTICLE), style


def test_a_caption_above_its_credit_on_a_line_of_its_own_is_not_body(styles):
    """A photo's caption and its credit in blocks of their own: the sentence right above `/사진=…` is the caption."""
    figure = ("<figure><img src=20250601_beach.jpg alt=''><figcaption><p>1일 부산 해운대해수욕장에서 구조대원들이 수상 오토바이로 "
              "구조 훈련을 하고 있다.</p><p>/사진=예시일보 DB</p></figcaption></figure>")
    for style, dump in styles(news_page(TITLE, paragraphs(P1, P2) + figure + paragraphs(P3, P4))).items():
        assert body_paragraphs(dump) == list(ARTICLE), style


def test_a_paragraph_printed_three_times_stays_beside_an_ad_slot(styles):
    """A paragraph copied into two hidden layers below the article is printed three times by lynx and w3m; in the
    article, right below an ad slot's label, it is still the article's paragraph."""
    long = P2 + " " + P3
    layers = "".join(f"<div style='display:none'><p>{label}</p>{paragraphs(long)}</div>" for label in ("요약", "인쇄"))
    article = paragraphs(P1) + "<div class=ad><div>AD</div></div>" + paragraphs(long, P4)
    html = news_page(TITLE, article, after="<p>ⓒ 예시일보 무단전재 및 재배포 금지</p>" + layers)
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == [P1, long, P4], style


def test_a_numbered_ranking_with_leads_below_the_article_is_not_body(styles):
    """Ranking tabs below the article (two hidden), each item a rank glued to its headline and the story's first
    sentence in full: no part of the article in any style."""
    leads = [P4, P2, P1.replace("부산시", "울산시")]
    panels = "".join(
        f"<div class=panel{' style=display:none' if tab else ''}><ol>" + "".join(
            f"<li><span>{k + 1}</span><a href='/r{k}'><strong>하천 정비 나선 지자체 {tab}{k}곳</strong>"
            f"<p>{lead}</p></a></li>" for k, lead in enumerate(leads)) + "</ol></div>" for tab in range(3))
    after = f"<div class=tabs><h3>이 시각 많이 본 뉴스</h3><ul><li>종합</li><li>정치</li><li>경제</li></ul>{panels}</div>"
    for style, dump in styles(news_page(TITLE, paragraphs(P1, P3), after=after)).items():
        assert body_paragraphs(dump) == [P1, P3], style


def test_paragraphs_opening_on_days_in_order_are_no_ranking(styles):
    """A timeline's paragraphs open on the next days in turn (`1일 …`, `2일 …`, `3일 …`): a number with its counter
    opens a sentence, not a rank."""
    days = [f"{d}일 부산시는 해수욕장 {d}곳의 안전 점검을 마치고 결과를 시민들에게 알렸다. 점검에는 구조대원과 "
            f"공무원 {d}0여 명이 참여했다." for d in (1, 2, 3)]
    for style, dump in styles(news_page(TITLE, paragraphs(P1, *days, P3))).items():
        assert body_paragraphs(dump) == [P1, *days, P3], style


@pytest.mark.parametrize("own", ["홍길동 2025. 6. 1. 10:00", "2025.06.01 10:00", "입력 2025.06.01 10:00"])
def test_a_hidden_layers_time_above_the_headline_is_not_the_date(styles, own):
    """A portal's hidden layer right above the headline (the previous story: its headline and `입력` time), which lynx
    and w3m print: the date is the one the article's own header shows under the headline, however it is labelled."""
    layer = ("<div class=prev style='display:none'><p>이전 기사</p><h3>장마 앞두고 하천 정비 나선 지자체 일흔 곳 점검</h3>"
             "<p>입력 2025.05.28 09:00</p></div>")
    html = news_page(TITLE, paragraphs(*ARTICLE)).replace("<p class=date>입력 2025.06.01 10:00</p>", f"<p>{own}</p>")
    html = html.replace("<main>", "<main>" + layer)
    for style, dump in styles(html).items():
        record = extract_text(dump, "page.txt")
        assert (record.title, record.date[:10]) == (TITLE, "2025-06-01"), style
