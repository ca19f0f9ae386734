"""Made-up TV-news transcripts and portal frames for the tests: each kind of broadcast and portal page people save.

A transcript (`Transcript`) is one report in one broadcaster's manner: its speaker labels (`<앵커>`, `[앵커]`,
`◀ 앵커 ▶`, `【 앵커멘트 】`, `앵커:` …), its interviewee lines, its sign-off, its production credits and its
footer (tip lines, copyright). A frame puts it in a page: the broadcaster's own site (a video player's controls
above it) or a portal's (summary, text-to-speech and font-size layers, reactions with counts, the outlet's other
articles, rankings, teasers, comments). Every name, address and sentence here is made up.
"""

from __future__ import annotations

import html
from typing import NamedTuple

TITLE = "남부 지방 시간당 50밀리 폭우…하천 범람 우려에 주민 대피"
ANCHOR = ("장마가 시작되면서 전국 곳곳에 많은 비가 내리고 있습니다. 특히 남부 지방에는 시간당 50밀리미터가 넘는 "
          "폭우가 쏟아질 것으로 보여 각별한 주의가 필요합니다.")
HANDOVER = "홍길동 기자가 보도합니다."
R1 = ("오늘 오후 전남 순천의 한 하천입니다. 불어난 흙탕물이 다리 바로 아래까지 차올랐고, 둔치에 세워 둔 "
      "차량들은 절반쯤 물에 잠겼습니다.")
R2 = ("지자체는 하천 주변 마을 주민 120여 명에게 대피를 권고했습니다. 주민들은 마을회관과 인근 학교 체육관으로 "
      "몸을 피했습니다.")
R3 = ("기상청은 내일 새벽까지 남해안을 중심으로 최대 200밀리미터의 비가 더 내릴 것으로 내다봤습니다. "
      "산사태와 침수 피해가 없도록 저지대 주민들은 미리 대피해 달라고 당부했습니다.")
R4 = "정부는 중앙재난안전대책본부 비상 단계를 올리고 밤사이 피해 상황을 점검할 계획입니다."
CITIZEN = "비가 이렇게 많이 올 줄은 몰랐어요. 짐도 못 챙기고 나왔습니다."
OFFICIAL = "저지대에 사시는 분들은 지금 바로 높은 곳으로 대피해 주시기 바랍니다."
REPORTER = "홍길동"
EMAIL = "hong@example.com"


class Transcript(NamedTuple):
    """One report: its paragraphs as HTML, the body paragraphs it must import to, and the footer after it."""
    name: str
    article: list[str]   # the page's paragraphs, in order: speaker labels, text, sign-off, credits
    body: list[str]      # what the body must be, paragraph by paragraph
    footer: list[str]    # the broadcaster's lines after the report (tips, copyright): never body
    email: str = ""      # the reporter's email the page signs with, if any
    title: str = TITLE   # the headline


def _transcripts() -> list[Transcript]:
    """Return one report in each broadcaster's manner."""
    return [
        # angle brackets; the interviewee in square brackets; credits in parentheses; a byline with the email
        Transcript("angle", ["<앵커>", ANCHOR, HANDOVER, "<기자>", R1, R2, f"[김철수/시민 : {CITIZEN}]", R3, R4,
                             "(영상취재 : 박민수, 영상편집 : 최지훈)", f"{REPORTER} 기자({EMAIL})"],
                   ["<앵커>", ANCHOR, HANDOVER, "<기자>", R1, R2, f"[김철수/시민 : {CITIZEN}]", R3, R4],
                   ["※ ⓒ HBS & HBS Digital News Lab. : 무단복제 및 재배포 금지"], EMAIL),
        # square brackets; `[인터뷰]` and `[녹취]` above a `name / role : speech` line; sign-off, credits one a line
        Transcript("square", ["[앵커]", ANCHOR, HANDOVER, "[기자]", R1, "[인터뷰]", f"김철수 / 시민 : {CITIZEN}", R2,
                              "[녹취]", f"이영희 / 재난안전대책본부 상황실장 : {OFFICIAL}", R3, R4,
                              f"HBN {REPORTER}입니다.", "촬영기자 : 박민수", "영상편집 : 최지훈", "그래픽 : 정수아",
                              f"HBN {REPORTER} ({EMAIL})"],
                   ["[앵커]", ANCHOR, HANDOVER, "[기자]", R1, "[인터뷰]", f"김철수 / 시민 : {CITIZEN}", R2, "[녹취]",
                    f"이영희 / 재난안전대책본부 상황실장 : {OFFICIAL}", R3, R4],
                   ["※ '당신의 제보가 뉴스가 됩니다'", "[카카오톡] HBN 검색해 채널 추가", "[전화] 02-000-0000",
                    "[메일] social@example.com", "[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]"], EMAIL),
        # triangles; the interviewee named after `◀ 인터뷰 ▶`, the speech on the next line; a tip box
        Transcript("triangle", ["◀ 앵커 ▶", ANCHOR, HANDOVER, "◀ 리포트 ▶", R1, "◀ 인터뷰 ▶ 김철수/시민",
                                f"\"{CITIZEN}\"", R2, R3, R4, f"한빛뉴스 {REPORTER}입니다.",
                                "영상취재 박민수 / 영상편집 최지훈"],
                   ["◀ 앵커 ▶", ANCHOR, HANDOVER, "◀ 리포트 ▶", R1, "◀ 인터뷰 ▶ 김철수/시민", f"\"{CITIZEN}\"",
                    R2, R3, R4],
                   ["한빛뉴스는 24시간 여러분의 제보를 기다립니다.", "▷ 전화 02-000-0000", "▷ 이메일 jebo@example.com",
                    "▷ 카카오톡 @한빛제보"]),
        # lenticular brackets; the interviewee inside the label; the email after the sign-off in brackets
        Transcript("lenticular", ["【 앵커멘트 】", ANCHOR, HANDOVER, "【 기자 】", R1, R2,
                                  "【 인터뷰 : 김철수 / 시민 】", f"\"{CITIZEN}\"", R3, R4,
                                  f"HBN뉴스 {REPORTER}입니다. [ {EMAIL} ]", "영상취재 : 박민수 기자 영상편집 : 최지훈"],
                   ["【 앵커멘트 】", ANCHOR, HANDOVER, "【 기자 】", R1, R2, "【 인터뷰 : 김철수 / 시민 】",
                    f"\"{CITIZEN}\"", R3, R4],
                   ["< Copyright ⓒ HBN & hbn.example.com All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지 >"],
                   EMAIL),
        # the anchor hands over by naming the reporter as the intro's last sentence; design credits in parentheses
        Transcript("handover", ["[앵커]", f"{ANCHOR} {REPORTER} 기자입니다.", "[기자]", R1, R2,
                                f"[김철수/시민 : {CITIZEN}]", R3, R4, "영상취재 박민수 / 영상편집 최지훈 / 영상디자인 정수아"],
                   ["[앵커]", f"{ANCHOR} {REPORTER} 기자입니다.", "[기자]", R1, R2, f"[김철수/시민 : {CITIZEN}]", R3, R4],
                   []),
        # `[리포트]`; `[인터뷰] name/role : "speech"`; credits glued with slashes; the outlet's tip lines
        Transcript("report", ["[앵커]", ANCHOR, HANDOVER, "[리포트]", R1, R2, f"[인터뷰] 김철수/시민 : \"{CITIZEN}\"",
                              R3, R4, f"HBS 뉴스 {REPORTER}입니다.", "촬영기자:박민수/영상편집:최지훈/그래픽:정수아"],
                   ["[앵커]", ANCHOR, HANDOVER, "[리포트]", R1, R2, f"[인터뷰] 김철수/시민 : \"{CITIZEN}\"", R3, R4],
                   ["▣ HBS 기사 원문보기 : http://news.example.com/news/view.do?ncd=1234567", "▣ 제보 하기",
                    "◇ 카카오톡 : 'HBS제보' 검색", "◇ 전화 : 02-000-0000", "◇ 이메일 : jebo@example.com",
                    "Copyright ⓒ HBS. All rights reserved. 무단 전재, 재배포 및 이용(AI 학습 포함) 금지"]),
        # the speaker named before a colon, at the start of the paragraph
        Transcript("colon", [f"앵커: {ANCHOR} {HANDOVER}", f"기자: {R1}", R2, f"김철수/시민: {CITIZEN}", R3, R4,
                             f"HBN {REPORTER}입니다."],
                   [f"앵커: {ANCHOR} {HANDOVER}", f"기자: {R1}", R2, f"김철수/시민: {CITIZEN}", R3, R4],
                   ["Copyright ⓒ HBN. All rights reserved."]),
        # `(인터뷰)` and a speaker line; a TV channel's sign-off; credits one a line
        Transcript("paren", ["[앵커]", ANCHOR, HANDOVER, "[리포트]", R1, "(인터뷰) 김철수 / 시민", f"\"{CITIZEN}\"",
                             R2, R3, R4, f"채널H 뉴스 {REPORTER}입니다.", "영상취재: 박민수", "영상편집: 최지훈"],
                   ["[앵커]", ANCHOR, HANDOVER, "[리포트]", R1, "(인터뷰) 김철수 / 시민", f"\"{CITIZEN}\"", R2, R3, R4],
                   ["채널H 뉴스 제보하기", "▷ 전화 : 02-000-0000", "▷ 메일 : jebo@example.com"]),
        # a news channel: the speaker in brackets before a quoted speech; hashtags and a tip line after the sign-off
        Transcript("channel", ["[앵커]", ANCHOR, HANDOVER, "[기자]", R1, R2, f"[김철수 / 시민] \"{CITIZEN}\"", R3, R4,
                               f"한빛뉴스TV {REPORTER}입니다. ({EMAIL})"],
                   ["[앵커]", ANCHOR, HANDOVER, "[기자]", R1, R2, f"[김철수 / 시민] \"{CITIZEN}\"", R3, R4],
                   ["#폭우 #장마 #대피", "한빛뉴스TV 기사문의 및 제보 : 카톡/라인 jebo00",
                    "<<저작권자 ⓒ 한빛뉴스TV. 무단 전재, 재배포 금지>>"], EMAIL),
        # a live cross: the anchor calls the reporter, asks a short question; `지금까지 …에서 HBN 홍길동입니다.`
        Transcript("live", ["[앵커]", f"{ANCHOR} 현장에 나가 있는 기자 연결합니다. {REPORTER} 기자!", "[기자]",
                            "네, 전남 순천의 하천 앞에 나와 있습니다.", R1, R2, "[앵커]", "주민 대피는 모두 끝났습니까?",
                            "[기자]", R3, R4, f"지금까지 전남 순천에서 HBN {REPORTER}입니다."],
                   ["[앵커]", f"{ANCHOR} 현장에 나가 있는 기자 연결합니다. {REPORTER} 기자!", "[기자]",
                    "네, 전남 순천의 하천 앞에 나와 있습니다.", R1, R2, "[앵커]", "주민 대피는 모두 끝났습니까?", "[기자]",
                    R3, R4],
                   ["[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]"]),
        # the speaker alone on a line, bracketed or not, the words quoted below; the sign-off glued to the last
        # paragraph; a footage credit naming an agency
        Transcript("speaker-line", ["[앵커]", ANCHOR, HANDOVER, "[기자]", R1, "[김철수 / 시민]", f"\"{CITIZEN}\"", R2,
                                    "이영희 / 재난안전대책본부 상황실장", f"\"{OFFICIAL}\"", R3, f"{R4} HBN {REPORTER}입니다.",
                                    "(영상취재 : 박민수, 영상편집 : 최지훈, 화면제공 : 소방청)"],
                   ["[앵커]", ANCHOR, HANDOVER, "[기자]", R1, "[김철수 / 시민]", f"\"{CITIZEN}\"", R2,
                    "이영희 / 재난안전대책본부 상황실장", f"\"{OFFICIAL}\"", R3, R4],
                   ["Copyright ⓒ HBN. All rights reserved."]),
        # the marks opening their paragraphs (`[앵커] 장마가 …`), an interviewee's words glued to their mark
        Transcript("inline", [f"[앵커] {ANCHOR} {HANDOVER}", f"[기자] {R1}", R2, f"[인터뷰] 김철수 / 시민 : {CITIZEN}", R3, R4,
                              f"HBN {REPORTER}입니다."],
                   [f"[앵커] {ANCHOR} {HANDOVER}", f"[기자] {R1}", R2, f"[인터뷰] 김철수 / 시민 : {CITIZEN}", R3, R4],
                   ["[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]"]),
        # the email in brackets inside the sign-off, before `입니다`; the outlet's tip line and copyright after it
        Transcript("mail-inside", ["[앵커]", ANCHOR, HANDOVER, "[기자]", R1, R2, f"[김철수 / 시민 : {CITIZEN}]", R3, R4,
                                   f"HBN {REPORTER}[{EMAIL}]입니다."],
                   ["[앵커]", ANCHOR, HANDOVER, "[기자]", R1, R2, f"[김철수 / 시민 : {CITIZEN}]", R3, R4],
                   ["※ '당신의 제보가 뉴스가 됩니다' HBN은 여러분의 소중한 제보를 기다립니다.",
                    "[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]"], EMAIL),
        # subtitle news: no labels, the reporting credited as `취재기자`, the camera and the subtitles as credits
        Transcript("subtitles", [R1, R2, f"김철수 / 시민 : {CITIZEN}", R3, R4, f"취재기자 : {REPORTER}",
                                 "촬영기자 : 박민수", "영상편집ㅣ최지훈 자막뉴스ㅣ정수아"],
                   [R1, R2, f"김철수 / 시민 : {CITIZEN}", R3, R4],
                   ["#HBN #자막뉴스", "[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]"]),
    ]


P1 = ("부산시는 다음 달 해수욕장 개장을 앞두고 안전요원을 두 배로 늘리고 구조 장비를 새로 들여놓는다고 1일 밝혔다. "
      "시는 올해 피서객이 지난해보다 늘어날 것으로 보고 있다.")
P2 = ("시는 해운대와 광안리 등 일곱 곳의 해수욕장에서 수상 안전 교육을 실시하고, 야간 순찰도 강화하기로 했다. "
      "구조대는 드론과 수상 오토바이를 함께 운용한다.")
P3 = "시 관계자는 \"시민들이 안심하고 바다를 즐길 수 있도록 준비하겠다\"고 말했다."
FIGURE = ("<figure><img src='beach.jpg' alt='해운대 해수욕장'><figcaption>1일 부산 해운대해수욕장에서 구조대원들이 장비를 "
          "점검하고 있다. 한빛신문 자료사진</figcaption></figure>")


def newspaper() -> Transcript:
    """Return a newspaper's article as a portal shows it: a deck in bold (its lines parted by line breaks), a dateline
    byline, a photo, the byline."""
    return Transcript("newspaper", ["<strong>안전요원 두 배로 늘리고 드론 구조대 첫 운영<br>야간 순찰도 강화</strong>",
                                    f"[부산=한빛신문] {REPORTER} 기자 = {P1}",
                                    FIGURE, P2, P3, f"{REPORTER} 기자 {EMAIL}"],
                      ["안전요원 두 배로 늘리고 드론 구조대 첫 운영", "야간 순찰도 강화", P1, P2, P3],
                      ["Copyright ⓒ 한빛신문. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지"], EMAIL,
                      "부산 해수욕장 개장 앞두고 안전요원 두 배로 늘린다")


TRANSCRIPTS = {report.name: report for report in (*_transcripts(), newspaper())}
MENU = ("홈", "정치", "경제", "사회", "국제", "문화", "스포츠", "날씨", "랭킹")
OTHERS = ("주말 고속도로 정체 이어져…귀경길 오후 절정", "폭염 특보 속 온열질환자 잇따라", "도심 싱크홀 사고 원인 조사 착수",
          "여름철 전기요금 누진제 완화 검토", "해수욕장 안전요원 두 배로 늘린다", "야간 버스 노선 열 곳 새로 생긴다")
LEAD = "서울시는 여름 휴가철을 맞아 고속버스와 열차 운행을 늘리고 주요 나들목의 정체를 줄이기 위해 임시 차로를 운영"


def _items(texts: tuple[str, ...] | list[str], numbered: bool = False) -> str:
    """Return the texts as links in a list."""
    tag = "ol" if numbered else "ul"
    return f"<{tag}>" + "".join(f"<li><a href='/n/{k}'>{html.escape(t)}</a></li>" for k, t in enumerate(texts)) + f"</{tag}>"


def _paragraphs(texts: list[str]) -> str:
    """Return the texts as HTML paragraphs (a figure as it is)."""
    return "".join(text if text.startswith(("<figure", "<strong")) else f"<p>{html.escape(text)}</p>" for text in texts)


def _page(body: str, title: str) -> str:
    """Return a whole page around `body`."""
    return (f"<!doctype html><html lang=ko><head><meta charset=utf-8><title>{html.escape(title)}</title></head>"
            f"<body>{body}</body></html>")


HIDDEN = "style='display:none'"


def _player() -> str:
    """Return a video player's controls, as a page prints them above the report."""
    return ("<div class=player><p>동영상 뉴스</p><button>재생</button><span>00:00</span> / <span>02:13</span>"
            "<button>음소거</button><button>자막</button><button>설정</button><button>전체화면</button></div>")


def own_site(report: Transcript) -> str:
    """Return the report on the broadcaster's own site: menu, player, report, footer lines, other stories, footer."""
    return _page(
        f"<header><a href='/'>HBN 뉴스</a><nav>{_items(MENU)}</nav><a href='/live'>LIVE</a> <a href='/login'>로그인</a>"
        f"</header><main><p>사회</p><h1>{html.escape(report.title)}</h1><p>입력 2025.07.01 20:05 | 수정 2025.07.01 21:10</p>"
        f"<p><button>공유</button> <button>글자크기</button> <button>인쇄</button></p>{_player()}"
        f"<article>{_paragraphs(report.article)}</article>{_paragraphs(report.footer)}"
        f"<h3>관련 기사</h3>{_items(OTHERS[:3])}<h3>많이 본 뉴스</h3>{_items(OTHERS, numbered=True)}</main>"
        "<footer><p>회사소개 | 시청자센터 | 채용 | 개인정보처리방침</p><p>Copyright © HBN. All rights reserved.</p>"
        "</footer>", report.title)


def _summary_layer(report: Transcript) -> str:
    """Return a portal's summary layer (hidden until asked for): three of the report's sentences and its notice."""
    sentences = [R1.split(". ")[0] + ".", R2.split(". ")[0] + ".", R3.split(". ")[0] + "."]
    return (f"<div class=summary {HIDDEN}><strong>요약봇</strong><p>기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다. "
            "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.</p>" + _items(sentences) + "<button>닫기</button></div>")


def _tool_layers() -> str:
    """Return a portal's hidden layers: text-to-speech settings, font size, subscribe."""
    return (f"<div class=tts {HIDDEN}><p>음성 재생 설정</p><p>음성 선택</p><button>남성</button><button>여성</button>"
            "<p>음성 속도</p><button>느림</button><button>보통</button><button>빠름</button>"
            "<p>이동 시 음성 재생 유지</p><button>닫기</button></div>"
            f"<div class=font {HIDDEN}><p>글자 크기 변경하기</p>{_items(['가1단계 작게', '가2단계 보통', '가3단계 크게', '가4단계 아주크게', '가5단계 최대크게'])}</div>"
            f"<div class=sub {HIDDEN}><p>HBN을 구독하고 메인에서 바로 보세요!</p><button>구독</button>"
            "<p>구독 설정은 언제든 바꿀 수 있습니다.</p></div>")


def _explainers() -> str:
    """Return a portal's explaining layers (hidden until asked for), each a sentence or two about the portal itself."""
    return (f"<div class=guide {HIDDEN}><p>기사 섹션 분류 안내</p><p>기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. "
            "언론사는 개별 기사를 두 개 이상의 섹션으로 중복 분류할 수 있습니다.</p><button>닫기</button></div>"
            f"<div class=recommend {HIDDEN}><p>모두에게 보여주고 싶은 기사라면 이 기사를 추천합니다 버튼을 눌러 주세요. 집계 기간 "
            "동안 추천을 많이 받은 기사는 뉴스 자동 배열 영역에 추천 요소로 쓰입니다.</p><button>레이어 닫기</button></div>")


def _reactions(words: tuple[str, ...]) -> str:
    """Return reaction buttons with their counts."""
    return "<div class=react><p>이 기사를 추천합니다</p>" + "".join(
        f"<button>{word} <span>{k * 3}</span></button>" for k, word in enumerate(words)) + "</div>"


def _comments() -> str:
    """Return a comment module: its count, sort controls, a box and two comments."""
    rows = "".join(f"<li><span>user{k}***</span> <span>2025.07.01. 20:3{k}</span><p>{text}</p>"
                   f"<button>답글 {k}</button> <button>공감 {k + 4}</button> <button>비공감 {k}</button></li>"
                   for k, text in enumerate(("다들 조심하세요 피해 없기를", "배수로 정비는 왜 미리 안 하나요")))
    return ("<div class=comments><h3>댓글 2</h3><p>댓글 정렬 옵션 선택</p>"
            f"{_items(['순공감순', '최신순', '공감비율순'])}<p>BEST댓글 운영 기준 안내</p>"
            f"<form><textarea placeholder='댓글을 입력해주세요'></textarea><button>등록</button></form><ul>{rows}</ul></div>")


def _teasers(heading: str) -> str:
    """Return a box of teasers: each story's headline and its lead cut short."""
    return f"<h3>{heading}</h3><ul>" + "".join(
        f"<li><a href='/t/{k}'><strong>{html.escape(t)}</strong><span>{LEAD} {k}…</span></a></li>"
        for k, t in enumerate(OTHERS)) + "</ul>"


def new_portal(report: Transcript) -> str:
    """Return the report on a portal's news page of today: outlet logo, tools and their hidden layers, the report,
    the outlet's name, reactions, the reporter's subscribe box, the outlet's other stories and ranking, comments."""
    return _page(
        f"<header><a href='/'>NAVER</a> <a href='/news'>뉴스</a><nav>{_items(MENU)}</nav></header>"
        f"<div class=press><a href='/press/1'><img alt='HBN' src='logo.png'></a></div>"
        f"<h2>{html.escape(report.title)}</h2><p>입력 2025.07.01. 오후 8:05 <a href='/orig'>기사원문</a></p>"
        f"<p><a href='/j/1'>{REPORTER} 기자</a></p>"
        "<p><button>추천</button> <button>댓글 2</button> <button>본문 요약봇</button> "
        "<button>텍스트 음성 변환 서비스 사용하기</button> <button>글자 크기 변경하기</button> <button>SNS 보내기</button> "
        f"<button>인쇄하기</button></p>{_summary_layer(report)}{_tool_layers()}"
        f"<article>{_player()}{_paragraphs(report.article)}{_paragraphs(report.footer)}</article>"
        f"<p>이 기사는 언론사에서 사회 섹션으로 분류했습니다.</p>{_explainers()}"
        "<p>기사제공 HBN</p>" + _reactions(("쏠쏠정보", "흥미진진", "공감백배", "분석탁월", "후속강추"))
        + f"<div class=journalist><p>{REPORTER} 기자</p><button>구독</button><p>구독자 0</p><p>응원수 0</p></div>"
        f"<h3>HBN의 다른 기사</h3>{_items(OTHERS[:4])}<h3>HBN 랭킹 뉴스</h3><p>오후 8시~9시까지 집계한 결과입니다.</p>"
        f"{_items(OTHERS, numbered=True)}{_teasers('함께 볼 만한 뉴스')}{_comments()}"
        "<footer><p>이용약관 | 개인정보처리방침 | 책임의 한계와 법적고지 | 고객센터</p>"
        "<p>ⓒ NAVER Corp.</p></footer>", report.title)


def old_portal(report: Transcript) -> str:
    """Return the report on a portal's older news page: headline lists, the report with its time, a font-size
    layer printed inline, promos, the section notice, related news and rankings."""
    return _page(
        f"<p><a href='#m'>메인 메뉴로 바로가기</a> <a href='#b'>본문으로 바로가기</a></p><p>NAVER 뉴스</p>{_items(MENU)}"
        f"<h3>헤드라인 뉴스</h3>{_items(OTHERS[:4])}<h3>{html.escape(report.title)}</h3>"
        "<p>기사입력 2025.07.01. 오후 8:05 최종수정 2025.07.01. 오후 9:10 <a href='/o'>기사원문</a> <a href='/s'>스크랩</a></p>"
        "<p>본문듣기 설정</p><p>댓글</p><p>글자 크기 변경하기</p>"
        f"{_items(['가1단계', '가2단계', '가3단계', '가4단계', '가5단계'])}<button>닫기</button>"
        f"<p><button>인쇄하기</button> <button>보내기</button></p><div id=b>{_player()}{_paragraphs(report.article)}"
        f"<p>▶ 장마 피해 속보 보기</p><p>▶ HBN 유튜브 구독하기</p>{_paragraphs(report.footer)}</div>"
        "<p>이 기사는 언론사에서 사회 섹션으로 분류했습니다.</p>" + _reactions(("좋아요", "훈훈해요", "슬퍼요", "화나요",
                                                                  "후속기사 원해요"))
        + f"<h3>HBN 관련뉴스</h3><p>해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.</p>"
        f"{_items(OTHERS[:5])}<p>HBN 기사제공</p><h3>많이 본 뉴스</h3>{_items(OTHERS, numbered=True)}"
        "<p>이용약관 | 서비스 안내</p>", report.title)


def daum_portal(report: Transcript) -> str:
    """Return the report on a second portal's page: the byline with its time, tools, a hidden summary and
    translation layer, the report, the copyright, reactions, the outlet's and the portal's lists, comments."""
    return _page(
        f"<header><a href='/'>다음뉴스</a><nav>{_items(MENU)}</nav></header><p>HBN</p>"
        f"<h3>{html.escape(report.title)}</h3><p>{REPORTER} 2025. 7. 1. 20:05</p>"
        "<p><button>음성으로 듣기</button> <button>번역 설정</button> <button>글씨크기 조절하기</button> "
        "<button>인쇄하기</button> <button>공유하기</button></p>"
        f"<div class=layer {HIDDEN}><p>번역 설정</p>{_items(['English', '日本語', '简体中文', 'Tiếng Việt', 'ภาษาไทย'])}"
        "<p>번역중 Now in translation</p><p>글씨크기 조절하기</p>"
        f"{_items(['가장 작은 크기', '작은 크기', '보통 크기', '큰 크기', '가장 큰 크기'])}</div>"
        f"{_summary_layer(report)}<article>{_player()}{_paragraphs(report.article)}"
        f"{_paragraphs(report.footer)}</article>"
        + _reactions(("추천해요", "좋아요", "감동이에요", "화나요", "슬퍼요"))
        + f"<p>이 기사에 대해 어떻게 생각하시나요?</p><h3>HBN 주요 뉴스</h3><p>해당 언론사로 연결됩니다.</p>"
        f"{_items(OTHERS[:5])}<h3>실시간 인기 뉴스</h3>{_items(OTHERS, numbered=True)}{_comments()}"
        "<footer><p>서비스 약관/정책 | 뉴스 제휴 | 고객센터</p><p>© Kakao Corp.</p></footer>", report.title)


FRAMES = {"own": own_site, "portal": new_portal, "old-portal": old_portal, "daum": daum_portal}
