"""Short articles (a flash sentence, one paragraph) among page chrome that outweighs them in lynx and w3m dumps
(benchmarks/import_transplant.py --short).

Each page is written for the test and dumped by lynx, w3m and Chromium (tests/importer/dump_styles.py): comments
below the rights notice, a portal's hidden notices about its service written in sentences, a portal's controls and
layers between the header and a flash sentence with a long note below the notice. Every page here is made up.
"""

from __future__ import annotations

import pytest

from archivist.importer.text import extract_text
from dump_styles import dumps, news_page, paragraphs
from test_import_dump_kinds import P1, P2, TITLE  # the same made-up article, on other pages

FLASH = "부산시는 다음 달 해수욕장 개장을 앞두고 안전요원을 두 배로 늘린다고 1일 밝혔다."
RIGHTS = "<p>Copyright ⓒ 예시일보. 무단 전재 및 재배포 금지.</p>"
HIDDEN = "<div style='display:none'>{}</div>"
# a portal's notices about its own service: polite, addressed to the reader, no number (each longer than FLASH)
NOTICES = (
    "댓글은 기사를 읽은 이용자들이 의견을 나누는 공간입니다. 욕설이나 비방이 담긴 댓글은 운영 원칙에 따라 안내 없이 "
    "삭제될 수 있으며, 자세한 내용은 고객센터에서 확인하실 수 있습니다.",
    "언론사를 구독하시면 메인 화면에서 이 언론사가 고른 주요 뉴스를 바로 보실 수 있습니다. 구독은 설정 메뉴에서 언제든 "
    "해지하실 수 있습니다.",
    "자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 빠질 수 있으니 전체 맥락은 기사 본문을 "
    "함께 보시길 권장합니다.",
    "휴대전화 카메라로 QR 코드를 찍으시면 모바일 화면에서 이 기사를 바로 보실 수 있습니다. 앱을 설치하시면 알림 설정도 "
    "함께 하실 수 있습니다.",
)


def body_paragraphs(dump: str) -> list[str]:
    """Return the paragraphs of the body the text path reads from a dump."""
    return [p.strip() for p in extract_text(dump, "page.txt").body.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def styles(browser):
    """Return a function dumping a page in the three styles."""
    return lambda html: dumps(browser, html)


def comments(count: int) -> str:
    """Return a comment box below the article: its heading, then comments longer than a flash sentence."""
    items = "".join(
        f"<li><span>user{k}****</span> <span>2025.06.01. 오전 10:0{k}</span><p>해수욕장 안전요원이 늘어난다니 다행이다. "
        f"지난해 여름에도 사고가 {k}건이나 있었는데 올해는 더 철저하게 준비해서 사고 없는 여름이 되었으면 좋겠다.</p>"
        f"<button>답글 {k}</button> <button>공감 {k}</button></li>" for k in range(1, count + 1))
    return f"<div class=comments><h3>댓글 {count}</h3><ul>{items}</ul></div>"


def test_a_flash_sentence_is_kept_when_longer_comments_follow_the_rights_notice(styles):
    """A one-sentence flash piece right below its header is the article, not the longer comments printed below
    the site's rights notice."""
    html = news_page("[속보] " + TITLE, paragraphs(FLASH), after=RIGHTS + comments(3))
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == [FLASH], style


def test_a_portals_hidden_notices_about_its_service_are_not_the_article(styles):
    """Hidden layers about the site's service (comment policy, subscribing, an automatic summary, a QR code), each
    written in polite sentences to the reader and longer than the article, are printed by lynx and w3m and are no
    text of a one-paragraph article above or below them."""
    layers = [HIDDEN.format(f"<strong>안내</strong><p>{text}</p><button>닫기</button>") for text in NOTICES]
    html = news_page(TITLE, paragraphs(P1), head="".join(layers[:2]), after=RIGHTS + "".join(layers[2:]))
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == [P1], style


def test_a_flash_sentence_parted_from_its_header_by_portal_controls_is_kept(styles):
    """A portal's controls and layers (reactions, a text-to-speech layer with its note, font sizes) stand between
    the date line and the flash sentence; below the rights notice a long note on paid content and teasers follow.
    The sentence between the header and the notice is the article."""
    controls = ("<div><button>구독</button> <span>응원수 0</span></div><ul>" + "".join(
        f"<li><button>{word} 0</button></li>" for word in ("쏠쏠정보", "흥미진진", "공감백배")) + "</ul>"
        + HIDDEN.format("<p>텍스트 음성 변환 서비스 사용하기</p><p>이동 통신망에서 음성을 재생하면 데이터 통화료가 "
                        "부과될 수 있습니다.</p><button>닫기</button>")
        + "<ul>" + "".join(f"<li>가{k}단계 크기</li>" for k in range(1, 6)) + "</ul><button>인쇄하기</button>")
    below = (RIGHTS + "<h4>프리미엄 유료 안내</h4><p>프리미엄 콘텐츠는 포털이 제공하거나 매개하는 기사가 아니고, 해당 "
             "콘텐츠 제공자가 회원을 대상으로 따로 발행하고 제공하는 콘텐츠로서 이용 조건이 다를 수 있습니다.</p>"
             + "<ul>" + "".join(f"<li><a href='/p{k}'>여름 휴가철 앞두고 바뀌는 교통 제도 {k}가지</a></li>"
                                for k in range(1, 5)) + "</ul>")
    html = news_page("[속보] " + TITLE, controls + paragraphs(FLASH), after=below)
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == [FLASH], style


def test_an_anchors_polite_sentences_with_their_numbers_stay_in_a_short_transcript(styles):
    """A TV anchor speaks politely to the viewers too, but of an event, with its numbers: no service notice."""
    anchor = ("다음 달 1일부터 해수욕장 일곱 곳이 문을 엽니다. 부산시는 올해 안전요원을 두 배로 늘리고 구조 장비를 "
              "새로 들여놓기로 했습니다. 자세한 내용은 앱과 홈페이지에서 확인하실 수 있습니다.")
    html = news_page(TITLE, paragraphs("&lt;앵커&gt;", anchor, P2), after=RIGHTS)
    for style, dump in styles(html).items():
        assert anchor in body_paragraphs(dump), style


def test_an_automatic_summary_box_and_a_closed_layer_do_not_outweigh_a_one_paragraph_article(styles):
    """A hidden summary box (its note, two sentences it copies, its close button), a pop-up where the portal presents
    itself in polite sentences above its close button, and a related box's heading glued to its note print above
    and below a one-paragraph article in lynx and w3m: none of them is the article."""
    summary = HIDDEN.format("<strong>요약보기</strong><p>자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.</p>"
                            "<p>전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.</p>"
                            f"<ul><li>{P1}</li><li>{P2}</li></ul><button>닫기</button>")
    layer = HIDDEN.format("<p>가장 빠른 소식과 다양한 이야기가 있는 예시뉴스를 만나보세요. 예시뉴스는 국내외 주요 소식과 "
                          "생활 정보를 한곳에서 전해 드립니다.</p><button>닫기</button>")
    related = ("<p><strong>예시일보 관련뉴스</strong>해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 "
               "있습니다.</p><ul><li><a href='/r1'>장마철 앞두고 하천 정비 나선 지자체</a></li></ul>")
    html = news_page(TITLE, paragraphs(P1), head=summary + layer, after=RIGHTS + related)
    for style, dump in styles(html).items():
        assert body_paragraphs(dump) == [P1], style
