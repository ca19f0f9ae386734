"""Short articles for the transplants (import_transplant.py --short): the development articles cut short, in portal
frames, so that the chrome around them weighs more than the article does.

Each Korean development article is cut to its first paragraph (`p1`), to its first two (`p2`), and to its first
sentence under a `[속보]` headline (`flash`, a one-sentence breaking-news piece); the cut keeps the article block's
own markup up to the cut (captions and all) and drops the rest. The answer is the cut article, made at run time
and written only into the benchmark's work folder. The TV-news transcript donor is also taken whole. The cut
articles go into the portal pages of the development part (the Naver and Daum frames), into the portal-like
frames of transplant_chrome.py, and into a frame of its own, `notices`: a portal's notices written in sentences,
hidden by CSS and printed by lynx and w3m (comment policy, a note on how the section was chosen, subscription and
recommendation layers, an automatic-summary note, a QR and subscribe layer), each longer than a short article.
"""

from __future__ import annotations

import copy
import html
import re

import lxml.html

from benchmarks.transplant_chrome import frame, header

CUTS = ("p1", "p2", "flash")
PORTALS = ("naver", "daum")
FULL_LEAD = 40          # a paragraph this long (in characters) ending a sentence counts as one; deck lines ride along
KEY = 14                # characters (without whitespace) that find where a kept text ends in the block
_WS = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[다요죠음됨함][.])\s|(?<=[.!?][\"'”’])\s")
_MARKS = re.compile(r"^[#>*\- ]+")
_STOP = re.compile(r"[.!?][\"'”’)]?$")  # a paragraph ends a sentence; a deck line does not
TV = re.compile(r"^<(앵커|기자)>$")


def squash(text: str) -> str:
    """Return text without whitespace."""
    return _WS.sub("", text)


def cut_answer(answer: dict, cut: str) -> dict | None:
    """Return the answer cut to one or two paragraphs or one sentence (None when the article is too short to cut)."""
    paragraphs = [p.strip() for p in answer["body"].split("\n\n") if p.strip()]
    wanted, kept = (1 if cut != "p2" else 2), []
    for paragraph in paragraphs:
        kept.append(paragraph)
        if len(_MARKS.sub("", paragraph)) >= FULL_LEAD and _STOP.search(paragraph) and not paragraph.startswith("#"):
            wanted -= 1
            if wanted == 0:
                break
    if wanted or len(kept) == len(paragraphs):
        return None
    if cut == "flash":
        first = first_sentence(kept[-1])
        if len(first) < 20:
            return None
        title = answer["title"] if answer["title"].startswith("[속보]") else "[속보] " + answer["title"]
        return {**answer, "title": title, "body": first, "cut": "flash"}
    return {**answer, "body": "\n\n".join(kept)}


def first_sentence(paragraph: str) -> str:
    """Return the paragraph's first sentence, not cut inside a quotation."""
    for match in _SENTENCE_END.finditer(paragraph):
        head = paragraph[:match.start()]
        if head.count("“") == head.count("”") and head.count('"') % 2 == 0:
            return head.strip()
    return paragraph.strip()


def _text_nodes(block) -> list[tuple]:
    """Return the block's text nodes in document order as (element, "text" or "tail", text)."""
    nodes = []
    for element in block.iter():
        if element.text and isinstance(element.tag, str) and element.tag not in ("script", "style"):
            nodes.append((element, "text", element.text))
        if element is not block:
            nodes.append((element, "tail", element.tail or ""))
    return nodes


def _raw_offset(text: str, count: int) -> int:
    """Return the offset in `text` just after its first `count` non-whitespace characters."""
    seen = 0
    for i, char in enumerate(text):
        if not char.isspace():
            seen += 1
            if seen == count:
                return i + 1
    return len(text)


def cut_block(block, answer: dict, full: dict):
    """Return a copy of the article block ending where the cut answer ends (None when its end is not found); a flash
    piece is the block's element holding the one sentence alone. `full` is the whole article's answer."""
    moved = copy.deepcopy(block)
    moved.tail = None
    if answer.get("cut") == "flash":
        for child in list(moved):
            moved.remove(child)
        moved.text = answer["body"]
        return moved
    body = [_MARKS.sub("", p) for p in answer["body"].split("\n\n")]
    start_key, end_key = squash(body[0])[:KEY], squash(body[-1])[-KEY:]
    rest = [_MARKS.sub("", p) for p in full["body"].split("\n\n")][len(body):]
    next_key = squash(rest[0])[:KEY] if rest else ""
    nodes = _text_nodes(moved)
    joined, starts = "", []
    for _, _, text in nodes:
        starts.append(len(joined))
        joined += squash(text)
    begin = joined.find(start_key)
    if begin < 0:
        return None
    ends = [m.start() + len(end_key) for m in re.finditer(re.escape(end_key), joined)
            if m.start() >= begin + len(squash("".join(body[:-1])))]
    if not ends:
        return None
    # a caption may copy the paragraph's sentence: the paragraph's end is the one the next paragraph follows closest
    follow = {e: joined.find(next_key, e) - e for e in ends} if next_key else {}
    end = min((e for e in ends if follow.get(e, -1) >= 0), key=follow.get, default=ends[0])
    index = max(i for i, s in enumerate(starts) if s < end)
    element, where, text = nodes[index]
    keep = text[:_raw_offset(text, end - starts[index])]
    _drop_after(moved, element, where, keep)
    return moved


def _drop_after(block, element, where: str, keep: str) -> None:
    """Keep `keep` of the element's text or tail and drop everything after it inside the block."""
    if where == "text":
        element.text = keep
        for child in list(element):
            element.remove(child)
        if element is not block:
            element.tail = None
    else:
        element.tail = keep
    current = element
    while current is not block:
        for sibling in list(current.itersiblings()):
            current.getparent().remove(sibling)
        if current is not element:
            current.tail = None
        current = current.getparent()


def notices(outlet: str) -> str:
    """Return a portal's notices in sentences, each in a layer hidden by an inline style (a browser's copy leaves them
    out, lynx and w3m print them), every one longer than a short article."""
    name = html.escape(outlet or "언론사")
    layers = (
        ("댓글 운영 원칙", "댓글은 기사를 읽은 이용자들이 서로 의견을 나누는 공간입니다. 욕설이나 비방, 개인정보가 담긴 댓글은 "
         "운영 원칙에 따라 별도의 안내 없이 삭제될 수 있습니다. 섹션별 댓글 정책은 언론사가 직접 정하며, 자세한 내용은 "
         "고객센터의 안내 페이지에서 확인하실 수 있습니다."),
        ("섹션 분류 안내", "이 기사는 언론사가 분류한 섹션이 아니라 서비스가 자동으로 분류한 섹션에 노출되고 있습니다. "
         "기사의 섹션 정보가 정확하지 않다고 생각되시면 언론사 또는 고객센터로 알려 주시기 바랍니다. 분류 기준은 "
         "서비스 정책에 따라 바뀔 수 있습니다."),
        ("구독", f"{name}을(를) 구독하시면 메인 화면의 구독 영역에서 이 언론사가 편집한 주요 뉴스를 바로 보실 수 "
         "있습니다. 구독한 언론사는 설정 메뉴에서 언제든지 해지하실 수 있으며, 구독 정보는 맞춤형 서비스 제공에만 "
         "사용됩니다."),
        ("추천", "이 기사를 추천하시면 추천 수가 많은 기사를 모아 보여주는 영역에 반영됩니다. 추천은 기사마다 한 번만 "
         "하실 수 있고, 추천을 취소하면 집계에서도 빠집니다. 로그인한 이용자만 추천하실 수 있습니다."),
        ("요약봇 안내", "자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 제외될 수 있어, 전체 "
         "맥락을 이해하기 위해서는 기사 본문 전체를 보시길 권장합니다. 요약 결과에 대한 의견은 고객센터로 보내 주세요."),
        ("QR 코드", f"휴대전화 카메라로 QR 코드를 찍으면 모바일에서 {name}의 이 기사를 바로 보실 수 있습니다. 앱을 "
         "설치하시면 언론사 구독과 알림 설정도 함께 하실 수 있습니다. 일부 기기에서는 QR 코드 인식 앱이 필요합니다."),
    )
    parts = [f'<div class="layer" style="display:none"><strong>{title}</strong><p>{text}</p>'
             '<button>확인</button> <button>닫기</button></div>' for title, text in layers]
    return "".join(parts)


def notices_page(block, donor_root, answer: dict) -> str:
    """Return the cut article block in a portal page whose hidden notices sit above and below it."""
    outlet = answer.get("outlet") or ""
    main = lxml.html.tostring(block, encoding="unicode")
    layers = notices(outlet)
    half = len(layers) // 2
    split = layers.find('<div class="layer"', half)
    top = header(answer) + layers[:split]
    bottom = f"<p>Copyright ⓒ {html.escape(outlet)}. 무단 전재 및 재배포 금지.</p>" + layers[split:]
    styles = "".join(lxml.html.tostring(s, encoding="unicode") for s in donor_root.iter("style"))
    return frame(top, main, "", bottom, "portal-div").replace("</head>", styles + "</head>", 1)


def short_pages(donors: list, answers: dict, hosts: list, article_block, in_host, in_wrapper, wrappers) -> dict:
    """Return {page id: (kind, html, cut answer)}: each donor cut each way (a TV transcript also whole) in each
    portal host page (`in_host(donor, host, answer, block)`), each written portal frame and the notices frame."""
    pages = {}
    for donor in donors:
        answer, root = answers[donor.name], lxml.html.document_fromstring(
            (donor / "raw.html").read_text(encoding="utf-8", errors="replace"))
        block = article_block(root, answer["body"])
        if block is None:
            continue
        transcript = any(TV.match(p.strip()) for p in answer["body"].split("\n\n"))
        cuts = [(cut, cut_answer(answer, cut)) for cut in CUTS] + ([("whole", answer)] if transcript else [])
        for cut, cut_ans in cuts:
            moved = cut_block(block, cut_ans, answer) if cut_ans and cut != "whole" else (block if cut_ans else None)
            if moved is None:
                continue
            stem = f"ko_s_{donor.name.split('_')[0]}_{cut}"
            for host in hosts:
                if host.name.split("_")[1] == donor.name.split("_")[1]:
                    continue
                page = in_host(donor, host, cut_ans, moved)
                if page:
                    pages[f"{stem}_in_{host.name.split('_')[0]}"] = (f"{cut}:{host.name.split('_')[2]}", page, cut_ans)
            neighbours = [answers[k] for k in answers if k != donor.name]
            for name in wrappers:
                pages[f"{stem}_in_{name}"] = (f"{cut}:{name}", in_wrapper(name, moved, root, cut_ans, neighbours), cut_ans)
            pages[f"{stem}_in_notices"] = (f"{cut}:notices", notices_page(moved, root, cut_ans), cut_ans)
    return pages
