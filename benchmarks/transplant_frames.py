"""More page chrome for the transplants (import_transplant.py): what lynx and w3m print and a browser's copy leaves
out or lays out otherwise, one group of kinds a frame, written from Korean news sites in general (no one site's page).

- `print-copy`: a print version of the whole article (logo, headline, time, byline, every paragraph, the rights
  notice) in a layer hidden by an inline style, after the article;
- `share-layers`: hidden layers before the article (a share card with the headline and the lead cut short, a login
  request), and below it a subscription box and a newsletter box asking in sentences;
- `reporter`: below the article a tip-off box, a reporter's card (name, e-mail, subscribe and cheer buttons, a
  greeting, the reporter's other articles with their dates), a list of `#keyword` tags and reaction counts;
- `gallery`: photos between the paragraphs with long captions credited three ways (`▲ … /사진=…`, `… [사진 = …]`,
  `…(사진=… 제공)`), each image's alt text, enlarge controls and a `1 / 3` counter;
- `widgets`: a top bar with the day, the weather, a stock and exchange-rate ticker, a breadcrumb and a section
  sub-menu above the headline, a numbered most-read list with times beside the article, a `<select>` of sister
  sites above the footer;
- `footer-ads`: a text ad (a headline and a sentence asking the reader) between the paragraphs, sponsored teasers
  below the article, the company's long footer (address, phones, registration, publisher, youth-protection officer);
- `layout-3col`: the old table layout, a menu cell, the article cell and a ranking cell side by side (w3m prints
  the three on the same rows), the article's photo in a table of its own;
- `noscript`: `<noscript>` fallbacks a text browser prints: the site's script notice, a video player's note
  between the paragraphs, an ad's frame and a list of links for readers without scripts;
- `consent-layers`: hidden pop-ups after the article written in sentences: a newsletter sign-up with its consent to
  the use of personal data, the comment policy, a tip-off form's terms;
- `caption-lines`: photos whose caption sentence and credit are printed on lines of their own (`<figcaption>` with
  two paragraphs, an old photo table with the caption in a cell below the picture);
- `next-article`: the next article preloaded below for endless scrolling, hidden (its headline, byline, paragraphs);
- `reporter-bio`: the reporter's profile in sentences below the article (career, beat), and a `※` note;
- `menu-layers`: hidden layers above the headline: the whole site map (sections and their sub-sections), a search
  layer with numbered popular keywords, a breaking-news roller of other headlines with their times;
- `mobile-copy`: the page's mobile markup hidden above the desktop one: the headline, time, byline and the whole
  article once more, before the header and article shown;
- `tab-rankings`: ranking tabs right below the article (all, politics, economy), the hidden ones too, each item a
  number, a headline and its lead's first sentence in full.

The teasers, captions and rankings are other development articles' titles and sentences, read at run time.
"""

from __future__ import annotations

import copy
import html
import re

import lxml.html

from benchmarks.transplant_chrome import SENTENCE, day, frame, header, insert_midway

FRAMES = ("print-copy", "share-layers", "reporter", "gallery", "widgets", "footer-ads", "layout-3col", "noscript",
          "consent-layers", "caption-lines", "next-article", "reporter-bio", "menu-layers", "mobile-copy",
          "tab-rankings")
LEAD_CHARS = 70
_MARKS = re.compile(r"^[#>*\- ]+")
SECTIONS = ("정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "오피니언", "포토", "영상")
SUBSECTIONS = ("금융", "증권", "부동산", "산업", "중기·벤처", "IT·과학", "유통", "자동차", "경제일반")
SISTERS = ("패밀리 사이트", "스포츠 예시", "예시 경제", "예시 TV", "예시 라디오", "예시 매거진", "예시 영문판",
           "예시 일문판", "예시 중문판", "예시 문화재단", "예시 교육", "예시 아카데미", "예시 여행", "예시 골프",
           "예시 게임", "예시 쇼핑")
FOOTER = ("회사소개 | 윤리강령 | 편집규약 | 이용약관 | 개인정보처리방침 | 청소년보호정책 | 광고안내 | 제휴문의 | 고객센터",
          "(주)예시미디어 | 서울특별시 중구 세종대로 123 예시빌딩 (우)04512 | 대표전화 02-123-4567 | 팩스 02-765-4321",
          "사업자등록번호 123-45-67890 | 통신판매업신고 제2010-서울중구-0123호 | 인터넷신문 등록번호 서울 아00123 | 등록일 2008.05.14",
          "발행인 김발행 | 편집인 이편집 | 청소년보호책임자 박보호 | 창간 1998.10.01",
          "예시일보의 모든 콘텐츠(영상, 기사, 사진)는 저작권법의 보호를 받은바, 무단 전재와 복사, 배포 등을 금합니다.",
          "Copyright © EXAMPLE MEDIA. All rights reserved.")


def paragraphs(body: str) -> list[str]:
    """Return an answer's paragraphs without Markdown marks."""
    return [_MARKS.sub("", p.strip()) for p in body.split("\n\n") if p.strip()]


def sentences(neighbours: list[dict], count: int, start: int = 0) -> list[str]:
    """Return the first sentence of the last paragraph of `count` other articles (for captions, teasers, ads)."""
    found = []
    for other in neighbours[start:] + neighbours[:start]:
        first = SENTENCE.split(paragraphs(other["body"])[-1])[0]
        if len(first) > 20:
            found.append(first)
        if len(found) == count:
            break
    return found


def names(answer: dict) -> list[str]:
    """Return the donor's reporters, or one made-up name for an article without a byline."""
    return answer.get("reporters") or ["홍길동"]


def print_copy(answer: dict) -> str:
    """Return a hidden print version of the whole article after it."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(answer["body"]))
    byline = " ".join(f"{html.escape(n)} 기자" for n in names(answer))
    return (f'<div id="print_area" style="display:none"><p>{html.escape(answer.get("outlet") or "")}</p>'
            f'<h2>{html.escape(answer["title"])}</h2><p>입력 {day(answer.get("date"))}</p><p>{byline} '
            f'{html.escape(answer.get("email") or "")}</p>{body}<p>ⓒ {html.escape(answer.get("outlet") or "")} '
            '무단전재 및 재배포 금지</p><button>인쇄하기</button> <button>닫기</button></div>')


def share_layers(answer: dict) -> str:
    """Return hidden layers before the article: a share card (headline, lead cut short) and a login request."""
    lead = paragraphs(answer["body"])[0][:LEAD_CHARS]
    return ('<div class="share_layer" style="display:none"><p>공유하기</p>'
            f'<div class="card"><strong>{html.escape(answer["title"])}</strong><p>{html.escape(lead)}…</p></div>'
            '<a>카카오톡</a> <a>페이스북</a> <a>X</a> <a>밴드</a> <a>URL 복사</a><button>닫기</button></div>'
            '<div class="login_layer" style="display:none"><p>로그인이 필요한 서비스입니다.</p>'
            '<p>로그인 후 기사를 스크랩하고 나중에 다시 읽을 수 있습니다.</p><button>로그인</button> '
            '<button>취소</button></div>')


def subscribe_boxes(outlet: str) -> str:
    """Return a subscription box and a newsletter box below the article, asking in sentences."""
    return (f'<div class="subscribe"><strong>{html.escape(outlet)} 디지털 구독</strong>'
            '<p>지금 구독하고 프리미엄 기사와 지면 보기를 무제한으로 이용하세요.</p><a>구독 신청하기</a></div>'
            '<div class="newsletter"><strong>뉴스레터</strong><p>매일 아침 꼭 읽어야 할 뉴스를 메일로 보내 드립니다.</p>'
            '<form><input type="email" placeholder="이메일 주소를 입력하세요"><button>신청</button></form></div>')


def reporter_card(answer: dict, neighbours: list[dict]) -> str:
    """Return a tip-off box, the reporter's card with other articles and dates, tags and reaction counts."""
    name = html.escape(names(answer)[0])
    others = "".join(f'<li><a href="/r/{i}">{html.escape(o["title"])}</a> <span>{day(o.get("date"))[:11]}</span></li>'
                     for i, o in enumerate(neighbours[:4]))
    words = [w for w in re.findall(r"[가-힣A-Za-z0-9]{2,}", answer["title"])][:5]
    tags = " ".join(f'<a href="/tag/{i}">#{html.escape(w)}</a>' for i, w in enumerate(words))
    counts = " ".join(f"<button>{word} <span>{n}</span></button>"
                      for word, n in (("좋아요", 12), ("감동이에요", 0), ("슬퍼요", 3), ("화나요", 1), ("추천해요", 5)))
    return ('<div class="jebo"><strong>제보하기</strong><p>카카오톡 : 예시일보 검색 | 이메일 : jebo@example.co.kr | '
            '전화 : 02-123-4567</p></div>'
            f'<div class="reporter"><img alt="{name} 기자" src="r.png"><strong>{name} 기자</strong>'
            f'<span>{html.escape(answer.get("email") or "")}</span><button>구독</button> <span>구독자 1,234</span> '
            f'<button>응원하기</button><p>안녕하세요. {name} 기자입니다. 제보는 언제든 환영합니다.</p>'
            f'<strong>기자의 다른 기사</strong><ul>{others}</ul><a>기사 더보기</a></div>'
            f'<div class="tags">{tags}</div><div class="react"><p>이 기사를 추천합니다</p>{counts}</div>')


def gallery(neighbours: list[dict], outlet: str) -> str:
    """Return photos with long captions credited three ways, their alt texts, enlarge controls and a counter."""
    texts = sentences(neighbours, 3, 1)
    credits = (lambda s: f"▲ {s} /사진=연합뉴스", lambda s: f"{s} [사진 = {outlet}]", lambda s: f"{s}(사진=독자 제공)")
    figures = []
    for i, (text, credit) in enumerate(zip(texts, credits)):
        alt = html.escape(text[:30])
        figures.append(f'<figure><img alt="{alt}" src="p{i}.jpg"><button>이미지 크게보기</button>'
                       f'<figcaption>{html.escape(credit(text))}</figcaption><span>{i + 1} / {len(texts)}</span></figure>')
    return f'<div class="gallery">{"".join(figures)}<button>이전</button> <button>다음</button></div>'


def top_widgets(answer: dict) -> str:
    """Return the day and weather, a ticker of indexes and exchange rates, a breadcrumb and a section sub-menu."""
    ticker = "".join(f"<li><span>{name}</span> <em>{value}</em> <span>{move}</span></li>" for name, value, move in (
        ("코스피", "2,712.14", "▲12.30 (+0.45%)"), ("코스닥", "845.61", "▼3.02 (-0.36%)"),
        ("원/달러", "1,380.50", "▼2.10"), ("WTI", "78.23", "▲0.51"), ("금", "2,345.10", "▲8.20")))
    date = answer.get("date") or "2024-05-30"
    sub = "".join(f'<li><a href="/e/{i}">{word}</a></li>' for i, word in enumerate(SUBSECTIONS))
    return (f'<div class="topbar"><span>{date[:4]}년 {int(date[5:7])}월 {int(date[8:10])}일</span> '
            f'<span>서울 23℃ 맑음</span> <span>미세먼지 좋음</span><ul class="ticker">{ticker}</ul></div>'
            '<div class="location"><a href="/">홈</a> &gt; <a href="/e">경제</a> &gt; <a href="/e/1">금융</a></div>'
            f'<ul class="submenu">{sub}</ul>')


def most_read(neighbours: list[dict]) -> str:
    """Return a numbered most-read list with each story's time."""
    items = "".join(f'<li><span class="num">{i + 1}</span><a href="/m/{i}">{html.escape(o["title"])}</a>'
                    f'<span class="time">{10 + i}:{7 * i:02d}</span></li>' for i, o in enumerate(neighbours[:7]))
    return f'<div class="most"><h3>많이 본 뉴스</h3><p>최근 1시간</p><ol>{items}</ol></div>'


def sister_sites() -> str:
    """Return a `<select>` of the company's sister sites."""
    options = "".join(f"<option>{html.escape(name)}</option>" for name in SISTERS)
    return f'<div class="family"><select>{options}</select><button>이동</button></div>'


def text_ad() -> str:
    """Return a text ad between the paragraphs: a label, a headline and a sentence asking the reader."""
    return ('<div class="ad_box"><div class="label">AD</div><a href="/ad"><strong>50대 이후 무릎 관절 관리, 이렇게 하세요</strong>'
            '<p>하루 10분 투자로 관절 건강을 지키는 방법을 지금 바로 확인해 보세요.</p></a></div>')


def sponsored(neighbours: list[dict]) -> str:
    """Return sponsored teasers below the article: headlines with a sponsor's name each."""
    items = "".join(f'<li><a href="/s/{i}">{html.escape(o["title"])}</a><span>예시쇼핑</span></li>'
                    for i, o in enumerate(neighbours[-4:]))
    return f'<div class="sponsored"><p>당신이 좋아할 만한 콘텐츠</p><ul>{items}</ul><span>Sponsored</span></div>'


def long_footer() -> str:
    """Return the company's long footer."""
    return '<div class="company">' + "".join(f"<p>{html.escape(line)}</p>" for line in FOOTER) + "</div>"


def noscript_top() -> str:
    """Return the site's notice for readers without scripts, an ad's frame and a list of links, all in noscript."""
    links = "".join(f'<li><a href="/n/{i}">{word} 뉴스</a></li>' for i, word in enumerate(SECTIONS))
    return ('<noscript><p>자바스크립트가 꺼져 있습니다. 사이트의 모든 기능을 이용하려면 브라우저 설정에서 '
            '자바스크립트를 켜 주세요.</p></noscript><noscript><iframe src="https://ad.example.com/banner" '
            'width="728" height="90" title="광고"></iframe></noscript>'
            f'<noscript><ul>{links}</ul></noscript>')


def noscript_video() -> str:
    """Return a video player whose fallback a text browser prints between the paragraphs."""
    return ('<div class="video"><noscript><p>동영상을 재생하려면 자바스크립트를 켜 주세요.</p></noscript>'
            '<video src="v.mp4">이 브라우저는 동영상 재생을 지원하지 않습니다.</video></div>')


def three_columns(answer: dict, main: str, neighbours: list[dict]) -> str:
    """Return the old table layout: a menu cell, the article's cell, a ranking cell; the photo in a table of its own."""
    menu = "".join(f'<tr><td><a href="/c/{i}">{word}</a></td></tr>' for i, word in enumerate(SECTIONS))
    rank = "".join(f'<tr><td>{i + 1}</td><td><a href="/k/{i}">{html.escape(o["title"])}</a></td></tr>'
                   for i, o in enumerate(neighbours[:8]))
    caption = html.escape(sentences(neighbours, 1, 2)[0] + " /사진=예시일보 DB")
    photo = (f'<table class="photo" align="center"><tr><td><img alt="" src="p.jpg"></td></tr>'
             f'<tr><td>{caption}</td></tr></table>')
    return (f'<table width="980"><tr><td width="150" valign="top"><table>{menu}</table></td>'
            f'<td width="600" valign="top">{header(answer)}{photo}{main}</td>'
            f'<td width="230" valign="top"><p>많이 본 기사</p><table>{rank}</table></td></tr></table>')


def consent_layers(outlet: str) -> str:
    """Return hidden pop-ups after the article written in sentences: consent to personal data, comment policy, terms."""
    name = html.escape(outlet)
    return ('<div class="pop_newsletter" style="display:none"><strong>뉴스레터 구독 신청</strong>'
            '<p>개인정보 수집 및 이용 동의: 수집하는 항목은 이메일 주소이며, 수집한 개인정보는 뉴스레터 발송 목적으로만 '
            '이용합니다. 보유 기간은 구독 해지 시까지이며, 동의를 거부할 권리가 있으나 거부할 경우 뉴스레터를 받을 수 '
            '없습니다.</p><label><input type="checkbox"> 동의합니다</label><button>구독하기</button></div>'
            '<div class="pop_policy" style="display:none"><strong>댓글 운영 원칙</strong>'
            f'<p>{name}은 건전한 토론 문화를 위해 욕설, 비방, 음란성 게시물, 광고성 게시물을 사전 통보 없이 삭제할 수 '
            '있습니다. 타인의 명예를 훼손하거나 개인정보를 노출한 댓글은 관련 법령에 따라 처리됩니다.</p>'
            '<p>댓글은 작성자 본인의 의견이며, 회사의 입장과 다를 수 있습니다.</p><button>닫기</button></div>'
            '<div class="pop_jebo" style="display:none"><strong>기사 제보</strong><p>제보하신 내용은 기자가 확인한 뒤 '
            '취재에 활용되며, 제보자의 신원은 철저히 보호됩니다. 허위 제보에 따른 책임은 제보자에게 있습니다.</p>'
            '<form><input type="text" placeholder="이름"><textarea></textarea><button>보내기</button></form></div>')


def caption_lines(neighbours: list[dict], outlet: str) -> str:
    """Return a photo whose caption sentence and credit are lines of their own, and an old photo table."""
    first, second = sentences(neighbours, 2, 3)
    return (f'<div class="photos"><figure><img alt="" src="c1.jpg"><figcaption><p>{html.escape(first)}</p>'
            f'<p>/사진=연합뉴스</p></figcaption></figure>'
            f'<table class="photo"><tr><td><img src="c2.jpg" alt=""></td></tr><tr><td>{html.escape(second)}</td></tr>'
            f'<tr><td>ⓒ {html.escape(outlet)}</td></tr></table></div>')


def next_article(neighbour: dict) -> str:
    """Return the next article preloaded below for endless scrolling, hidden: headline, time, byline, paragraphs."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(neighbour["body"]))
    names_ = " ".join(f"{html.escape(n)} 기자" for n in names(neighbour))
    return (f'<div class="next_article" style="display:none"><p>다음 기사</p><h2>{html.escape(neighbour["title"])}</h2>'
            f'<p>입력 {day(neighbour.get("date"))}</p><p>{names_}</p>{body}</div>')


def reporter_bio(answer: dict) -> str:
    """Return the reporter's profile in sentences below the article, and a `※` note."""
    name = html.escape(names(answer)[0])
    return (f'<div class="profile"><strong>{name} 기자</strong><p>{name} 기자는 2012년 입사해 사회부와 정치부를 거쳐 '
            '현재 경제부에서 금융과 부동산 분야를 취재하고 있다. 시장의 변화를 독자의 눈높이에서 전하는 것이 목표다.</p>'
            '<a>기자 페이지</a> <button>구독</button></div>'
            '<p>※ 이 기사는 언론진흥재단의 지원을 받아 작성됐습니다.</p>')


def menu_layers(neighbours: list[dict]) -> str:
    """Return hidden layers above the headline: a site map, a search layer with popular keywords, a news roller."""
    sitemap = "".join(f'<li><strong>{word}</strong><ul>' + "".join(f'<li><a>{word} {sub}</a></li>' for sub in SUBSECTIONS[:5])
                      + "</ul></li>" for word in SECTIONS)
    words = [w for o in neighbours[:5] for w in re.findall(r"[가-힣]{2,}", o["title"])[:2]]
    keywords = "".join(f"<li><span>{i + 1}</span> <a>{html.escape(w)}</a></li>" for i, w in enumerate(words))
    roller = "".join(f'<li><a>[속보] {html.escape(o["title"])}</a> <span>{9 + i}:{5 * i:02d}</span></li>'
                     for i, o in enumerate(neighbours[:5]))
    return (f'<div class="sitemap" style="display:none"><p>전체메뉴</p><ul>{sitemap}</ul><button>닫기</button></div>'
            f'<div class="search_layer" style="display:none"><input type="text"><button>검색</button><p>인기 검색어</p>'
            f'<ol>{keywords}</ol></div><div class="roller"><strong>속보</strong><ul>{roller}</ul></div>')


def tab_rankings(neighbours: list[dict]) -> str:
    """Return ranking tabs below the article, two of three hidden, each item a number, a headline and a full sentence."""
    panels = []
    for tab, start in (("종합", 0), ("정치", 3), ("경제", 6)):
        items = "".join(f'<li><span>{i + 1}</span><a href="/t/{start + i}"><strong>{html.escape(o["title"])}</strong>'
                        f'<p>{html.escape(sentences([o], 1)[0] if sentences([o], 1) else "")}</p></a></li>'
                        for i, o in enumerate((neighbours[start:] + neighbours[:start])[:4]))
        hidden = "" if tab == "종합" else ' style="display:none"'
        panels.append(f'<div class="panel"{hidden}><ol>{items}</ol></div>')
    tabs = "".join(f"<li><a>{tab}</a></li>" for tab in ("종합", "정치", "경제"))
    return f'<div class="tabs"><h3>이 시각 많이 본 뉴스</h3><ul>{tabs}</ul>{"".join(panels)}</div>'


def frame_page(name: str, block, donor_root, answer: dict, neighbours: list[dict]) -> str:
    """Return the donor's article block (`block`, an element of `donor_root`) in the frame `name`."""
    moved = copy.deepcopy(block)
    moved.tail = None
    outlet = answer.get("outlet") or ""
    top, side, bottom = header(answer), "", f"<p>Copyright ⓒ {html.escape(outlet)}. 무단 전재 및 재배포 금지.</p>"
    if name == "share-layers":
        top = share_layers(answer) + top
        bottom += subscribe_boxes(outlet)
    elif name == "reporter":
        bottom = reporter_card(answer, neighbours) + bottom
    elif name == "gallery":
        insert_midway(moved, gallery(neighbours, outlet))
    elif name == "widgets":
        top = top_widgets(answer) + top
        side = most_read(neighbours)
        bottom += sister_sites()
    elif name == "footer-ads":
        insert_midway(moved, text_ad())
        bottom += sponsored(neighbours) + long_footer()
    elif name == "noscript":
        top = noscript_top() + top
        insert_midway(moved, noscript_video())
    elif name == "print-copy":
        bottom += print_copy(answer)
    elif name == "consent-layers":
        bottom += consent_layers(outlet)
    elif name == "caption-lines":
        insert_midway(moved, caption_lines(neighbours, outlet))
    elif name == "next-article":
        bottom += next_article(neighbours[0])
    elif name == "reporter-bio":
        bottom = reporter_bio(answer) + bottom
    elif name == "menu-layers":
        top = menu_layers(neighbours) + top
    elif name == "mobile-copy":
        top = print_copy(answer).replace('id="print_area"', 'class="mobile"') + top
    elif name == "tab-rankings":
        bottom = tab_rankings(neighbours) + bottom
    styles = "".join(lxml.html.tostring(s, encoding="unicode") for s in donor_root.iter("style"))
    main = lxml.html.tostring(moved, encoding="unicode")
    if name == "layout-3col":
        page = frame("", three_columns(answer, main, neighbours), "", bottom, "portal-div")
    else:
        page = frame(top, main, side, bottom, "portal-div")
    return page.replace("</head>", styles + "</head>", 1)
