"""Portal-like page chrome for the transplants (import_transplant.py): an article block wrapped in a portal's frame.

The frame is generic (a section menu, the headline and its info line, reaction buttons, a teaser list, a ranking
box, a comment box, a footer with the company's registration and founding dates); its teasers, rankings and
comments are other development articles' titles and sentences, read at run time. Three layouts: everything in a
row of boxes (`portal-div`), the teasers and rankings in a table cell beside the article (`portal-table`: w3m prints
the cells side by side), a teaser box inside the article between its paragraphs (`portal-inline`), and layers hidden
by an inline style (`portal-hidden`: a summary layer copying three of the article's sentences, share and font-size
layers), which a browser's copy leaves out and lynx and w3m print.
"""

from __future__ import annotations

import copy
import html
import re

import lxml.html

WRAPPERS = ("portal-div", "portal-table", "portal-inline", "portal-hidden")
TEASERS = 6
LEAD_CHARS = 60
SENTENCE = re.compile(r"(?<=다\.)\s+")
MENU = "정치 경제 사회 생활/문화 세계 IT/과학 오피니언 연예 스포츠 랭킹 신문보기 TV"
REACTIONS = ("좋아요", "훈훈해요", "슬퍼요", "화나요", "후속기사 원해요")
FOOTER = ("회사소개 | 광고안내 | 이용약관 | 개인정보처리방침 | 청소년보호정책 | 고객센터",
          "등록번호 서울 아00123 | 등록일 2005.11.07 | 발행·편집인 김발행 | 창간 2004.03.02",
          "Copyright © NEWS PORTAL Corp. All Rights Reserved.")


def day(date: str | None) -> str:
    """Return the donor's publication time as a portal prints it (`2024.05.30. 오전 11:40`)."""
    if not date:
        return ""
    y, m, d = date[:10].split("-")
    hour, minute = (int(date[11:13]), date[14:16]) if len(date) >= 16 else (9, "00")
    noon = "오전" if hour < 12 else "오후"
    return f"{y}.{m}.{d}. {noon} {hour % 12 or 12}:{minute}"


def _teasers(neighbours: list[dict], heading: str, start: int) -> str:
    """Return a list of teasers (headline, the lead cut short, the outlet) under a heading."""
    items = []
    for other in (neighbours[start:] + neighbours[:start])[:TEASERS]:
        lead = SENTENCE.split(other["body"].split("\n\n")[-1])[0][:LEAD_CHARS]
        items.append(f'<li><a href="/article/{len(items)}"><strong>{html.escape(other["title"])}</strong>'
                     f'<p>{html.escape(lead)}…</p></a><span>{html.escape(other.get("outlet") or "")}</span></li>')
    return f'<div class="teasers"><h3>{heading}</h3><ul>{"".join(items)}</ul></div>'


def _ranking(neighbours: list[dict], outlet: str) -> str:
    """Return a ranking box: a heading and five numbered headlines."""
    items = "".join(f'<li><a href="/rank/{i}">{html.escape(o["title"])}</a></li>' for i, o in enumerate(neighbours[:5]))
    return f'<div class="ranking"><h3>{html.escape(outlet)} 랭킹 뉴스</h3><p>오전 10시~11시까지 집계한 결과입니다.</p><ol>{items}</ol></div>'


def _comments(neighbours: list[dict], date: str) -> str:
    """Return a comment box: its count, sort controls and three comments (sentences of other articles)."""
    rows = []
    for i, other in enumerate(neighbours[-3:]):
        text = SENTENCE.split(other["body"].split("\n\n")[0])[0]
        rows.append(f'<li><span>user{i}****</span> <span>{day(date)}</span><p>{html.escape(text)}</p>'
                    f'<button>답글 {i}</button> <button>공감 {3 * i + 1}</button> <button>비공감 {i}</button></li>')
    return (f'<div class="comments"><h3>댓글 {len(rows)}</h3><p>댓글 정렬 <a>순공감순</a> <a>최신순</a></p>'
            f'<form><textarea></textarea><button>등록</button></form><ul>{"".join(rows)}</ul></div>')


def _reactions() -> str:
    """Return the reaction buttons under an article."""
    buttons = " ".join(f"<button>{word} {i}</button>" for i, word in enumerate(REACTIONS))
    return f'<div class="reactions"><p>이 기사를 추천합니다</p>{buttons}</div>'


def header(answer: dict) -> str:
    """Return the article's header: the outlet's logo, the headline, the time, the byline and the tool buttons."""
    outlet = html.escape(answer.get("outlet") or "")
    names = ", ".join(f"{html.escape(n)} 기자" for n in answer.get("reporters") or []) + " " + html.escape(answer.get("email") or "")
    return (f'<div class="press"><img alt="{outlet}" src="logo.png"></div><h2>{html.escape(answer["title"])}</h2>'
            f'<div class="info"><span>입력 {day(answer.get("date"))}</span> <a href="/orig">기사원문</a></div>'
            f'<div class="byline">{names}</div>'
            '<div class="tools"><button>본문 듣기</button> <button>글자 크기 변경</button> <button>공유하기</button></div>')


def frame(top: str, main: str, side: str, bottom: str, layout: str) -> str:
    """Return the whole page: menu, the article with its side boxes (beside it in a table, or below), footer."""
    menu = "".join(f'<li><a href="/s/{i}">{word}</a></li>' for i, word in enumerate(MENU.split()))
    footer = "".join(f"<p>{html.escape(line)}</p>" for line in FOOTER)
    head = (f'<div class="gnb"><a href="/">뉴스</a><ul>{menu}</ul><a href="/login">로그인</a>'
            '<form><input type="text" placeholder="검색어 입력"><button>검색</button></form></div>')
    if layout == "portal-table":
        body = f'<table><tr><td>{top}{main}{bottom}</td><td>{side}</td></tr></table>'
    else:
        body = f'<div class="content">{top}{main}{bottom}</div><div class="aside">{side}</div>'
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>뉴스</title></head><body>{head}{body}' \
           f'<div class="footer">{footer}</div></body></html>'


def wrapper_page(layout: str, block, donor_root, answer: dict, neighbours: list[dict]) -> str:
    """Return the donor's article block (`block`, an element of `donor_root`) in a portal-like page of `layout`."""
    moved = copy.deepcopy(block)
    moved.tail = None
    outlet = answer.get("outlet") or ""
    if layout == "portal-hidden":
        main_top = _hidden_layers(answer)
    else:
        main_top = ""
    if layout == "portal-inline":
        insert_midway(moved, _teasers(neighbours, "함께 볼 만한 뉴스", 2))
    styles = "".join(lxml.html.tostring(s, encoding="unicode") for s in donor_root.iter("style"))
    main = lxml.html.tostring(moved, encoding="unicode")
    bottom = _reactions() + f"<p>Copyright ⓒ {html.escape(outlet)}. 무단 전재 및 재배포 금지.</p>" + _comments(neighbours, answer.get("date"))
    side = _teasers(neighbours, f"{html.escape(outlet)}의 다른 기사", 0) + _ranking(neighbours, outlet)
    page = frame(header(answer) + main_top, main, side, bottom, layout)
    return page.replace("</head>", styles + "</head>", 1)


def _hidden_layers(answer: dict) -> str:
    """Return layers a script would open, hidden by an inline style: a summary copying three of the article's
    sentences with its disclaimer, a share layer and a font-size layer."""
    sentences = [s for p in answer["body"].split("\n\n") for s in SENTENCE.split(p) if len(s) > 30][:3]
    summary = "".join(f"<li>{html.escape(s)}</li>" for s in sentences)
    return ('<div class="layer" style="display:none"><strong>요약</strong><p>자동으로 요약한 내용이라 본문의 중요한 '
            f'내용이 빠질 수 있으니 전체 기사를 함께 읽어 주세요.</p><ul>{summary}</ul><button>닫기</button></div>'
            '<div class="layer" style="display:none"><a>카카오톡</a> <a>페이스북</a> <a>X</a> <a>URL 복사</a>'
            '<button>닫기</button></div><div class="layer" style="display:none"><p>글자 크기</p>'
            '<label><input type="radio"> 작게</label> <label><input type="radio"> 보통</label> '
            '<label><input type="radio"> 크게</label></div>')


def insert_midway(block, box: str) -> None:
    """Put a teaser box after the middle one of the block's children that hold text (or at its end)."""
    holders = [child for child in block if isinstance(child.tag, str) and child.text_content().strip()]
    element = lxml.html.fragment_fromstring(box)
    breaks = list(block.iter("br"))
    if len(holders) >= 2:
        holders[len(holders) // 2].addnext(element)
    elif breaks:
        breaks[len(breaks) // 2].addnext(element)  # a body of text lines between `<br>`s
    else:
        block.append(element)
