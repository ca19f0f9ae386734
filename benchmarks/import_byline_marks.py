#!/usr/bin/env python3
"""Kinds of Korean byline and e-mail lines on made-up pages, read from the HTML and the three dumps (issue #23).

usage: python benchmarks/import_byline_marks.py [FORM-SUBSTRING …]

Each case is a small page written here (made-up names, outlets and e-mails: a menu, the headline, the date, the
article, its byline in one form, a footer; a TV transcript on a broadcaster's or a portal's page; teasers below the
story; metadata) with the reporters and e-mail it must give. Prints one line per case: `ok` or `FAIL`, then per style
(html, lynx, w3m, inner) R/r reporters right/wrong, E/e e-mail right/wrong, B/b body free of byline leftovers or not.
Metadata cases fail in the dumps by nature (a dump shows no metadata). Needs lynx, w3m and Chromium (Playwright).
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "importer")]
from dump_styles import MENU, lynx, w3m, inner_text  # noqa: E402
from archivist.importer.html import extract_html  # noqa: E402
from archivist.importer.text import extract_text  # noqa: E402
from archivist.errors import ContentError  # noqa: E402

from test_import_field_pages import TITLE, P1, P2, P3  # noqa: E402  (the made-up article of the field tests)
from broadcast_pages import TITLE as TVTITLE, ANCHOR, R1, R2, R3, R4, CITIZEN  # noqa: E402  (the made-up TV report)

E = "hong@hanbit.example"
TEASER = ("<div class=more><h3>이 기자의 다른 기사</h3><ul><li><a href='/b1'>장마철 하천 정비 사업 점검</a>"
          "<p>김철수 기자</p></li><li><a href='/b2'>해수욕장 개장 앞두고 안전요원 배치</a><p>박민수 기자 park@hanbit.example</p></li></ul></div>")


def ps(*texts):
    return "".join(f"<p>{t}</p>" for t in texts)


def own(article, top="", after="", meta="", copyright="ⓒ 한빛일보 무단전재 및 재배포 금지", title=TITLE):
    return (f"<!doctype html><html lang=ko><head><meta charset=utf-8><title>{title}</title>{meta}</head><body>"
            f"<header><a href='/'><img alt='한빛일보' src='logo.png'></a><nav>{MENU}</nav><a href='/login'>로그인</a></header>"
            f"<main><h1>{title}</h1><p class=date>입력 2025.06.02 10:05</p>{top}<article>{article}</article>"
            f"{after}<p class=copy>{copyright}</p></main>"
            "<footer><p>회사소개 | 광고안내 | 개인정보처리방침 | 청소년보호정책</p><p>대표전화 02-000-0000 | 등록번호 서울 아00001</p></footer></body></html>")


PORTAL_TOP = ("<div class=gnb><a href='https://news.portal.example/'>NAVER</a> <a href='/'>뉴스</a>"
              "<ul><li>언론사별</li><li>정치</li><li>경제</li><li>사회</li><li>생활/문화</li><li>IT/과학</li>"
              "<li>세계</li><li>랭킹</li><li>신문보기</li><li>오피니언</li><li>TV</li></ul><a href='/login'>로그인</a></div>")


def portal(article, outlet="한빛일보", box="", end="", title=TITLE):
    return (f"<!doctype html><html lang=ko><head><meta charset=utf-8><title>{title}</title></head><body>"
            f"{PORTAL_TOP}<div class=main><div class=press><a href='/press/001'><img alt='{outlet}' src='p.png'></a></div>"
            f"<h2>{title}</h2><div class=info><span>입력 2025.06.02. 오전 10:05</span> <a href='/o'>기사원문</a></div>"
            f"{box}<div class=tools><button>본문 듣기</button> <button>공유</button></div>"
            f"<article>{article}</article>{end}<div class=sub><button>{outlet} 구독</button> <span>구독자 12,345</span></div>"
            f"<div class=others><h4>{outlet}의 다른 기사</h4><ul>"
            + "".join(f"<li><a href='/a{k}'>장마 앞두고 하천 정비 나선 지자체 {k}곳 점검 결과</a></li>" for k in range(1, 5))
            + "</ul></div><div class=foot><p>회사소개 | 이용약관 | 개인정보처리방침 | 고객센터</p>"
            "<p>Copyright © NAVER Corp. All Rights Reserved.</p></div></div></body></html>")


def tv(article, footer=(), title=TVTITLE, outlet="HBN"):
    return (f"<!doctype html><html lang=ko><head><meta charset=utf-8><title>{title}</title></head><body>"
            f"<header><a href='/'><img alt='{outlet}' src='logo.png'></a><nav>{MENU}</nav></header>"
            f"<main><h1>{title}</h1><p class=date>입력 2025.06.02 10:05</p><div class=player>재생 00:00 / 02:13 음소거 전체화면</div>"
            f"<article>{article}</article>{ps(*footer)}</main>"
            "<footer><p>회사소개 | 광고안내 | 개인정보처리방침</p></footer></body></html>")


TURNS = ["[앵커]", ANCHOR, "[기자]", R1, R2, f"[김철수 / 시민 : {CITIZEN}]", R3, R4]
TIPS = ["※ '당신의 제보가 뉴스가 됩니다'", "[카카오톡] HBN 검색해 채널 추가", "[전화] 02-000-0000",
        "[메일] social@hbn.example", "[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]"]


def cases():
    H = ["홍길동"]
    c = {}
    # ---- TV
    c["tv sign-off 'HBN a입니다.'"] = (tv(ps(*TURNS, "HBN 홍길동입니다.")), H, "")
    c["tv sign-off 'HBN a 기자입니다.'"] = (tv(ps(*TURNS, "HBN 홍길동 기자입니다.")), H, "")
    c["tv sign-off 'HBS a입니다' no stop"] = (tv(ps(*TURNS, "HBS 홍길동입니다"), outlet="HBS"), H, "")
    c["tv sign-off + (영상취재 : / 영상편집 :)"] = (tv(ps(*TURNS, "HBN 홍길동입니다.", "(영상취재 : 김철수 / 영상편집 : 이영희)")), H, "")
    c["tv sign-off + crew lines"] = (tv(ps(*TURNS, "HBN 홍길동입니다.", "촬영기자 : 김철수", "영상편집 : 이영희", "그래픽 : 박민수")), H, "")
    c["tv crew before sign-off"] = (tv(ps(*TURNS, "(영상취재 : 김철수 / 영상편집 : 이영희)", "HBN 홍길동입니다.")), H, "")
    c["tv sign-off + tip box"] = (tv(ps(*TURNS, "HBN 홍길동입니다."), TIPS), H, "")
    c["tv sign-off + e + tip box"] = (tv(ps(*TURNS, "HBN 홍길동입니다.", f"홍길동 기자 ({E})"), TIPS), H, E)
    c["tv glued sign-off + crew"] = (tv(ps(*TURNS[:-1], R4 + " HBN 홍길동 기자입니다.", "영상편집 : 이영희")), H, "")
    c["tv closing line only, no turns"] = (tv(ps(ANCHOR, R1, R2, R3, R4, "HBN 홍길동입니다.")), H, "")
    c["tv tip box only (no reporter)"] = (tv(ps(*TURNS), TIPS), [], "")
    c["tv sign-off e in brackets next line"] = (tv(ps(*TURNS, "HBN 홍길동입니다.", f"[{E}]")), H, E)
    c["tv 'a 기자 (영상취재 …)' crew on byline"] = (tv(ps(*TURNS, f"홍길동 기자 (영상취재 : 김철수)")), H, "")
    c["tv 영상취재·편집 crew names 기자"] = (tv(ps(*TURNS, "HBN 홍길동입니다.", "영상취재 : 김철수 기자", "영상편집 : 이영희 기자")), H, "")
    box = "<div class=byline><a href='/j/1'>홍길동 기자</a> <button>구독</button> <a href='/p'>기자 프로필</a></div>"
    c["portal tv: box + turns + sign-off"] = (portal(ps(*TURNS, "HBN 홍길동입니다.", "(영상취재 : 김철수 / 영상편집 : 이영희)"),
                                                    outlet="HBN", box=box, title=TVTITLE), H, "")
    endbox = ("<div class=rcard><a href='/j/1'>홍길동 기자</a> <button>구독</button> <span>구독자 321</span>"
              "<a href='/j/1'>홍길동 기자의 다른 기사 보기</a></div>")
    c["portal tv: card after + sign-off"] = (portal(ps(*TURNS, "HBN 홍길동입니다."), outlet="HBN", end=endbox, title=TVTITLE), H, "")
    c["portal tv: outlet line at end"] = (portal(ps(*TURNS, "HBN 홍길동입니다.", "※ '당신의 제보가 뉴스가 됩니다'",
                                                       "[메일] social@hbn.example",
                                                       "[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]"),
                                                    outlet="HBN", end=endbox, title=TVTITLE), H, "")
    # ---- newspapers: byline at end of article and at top
    lines = {
        "a기자 e (no space)": (f"홍길동기자 {E}", H, E),
        "a 기자 [e]": (f"홍길동 기자 [{E}]", H, E),
        "a 기자 (e)": (f"홍길동 기자 ({E})", H, E),
        "a 기자(e)": (f"홍길동 기자({E})", H, E),
        "a 기자 <e>": (f"홍길동 기자 &lt;{E}&gt;", H, E),
        "a·b 기자": ("홍길동·김철수 기자", ["홍길동", "김철수"], ""),
        "a b 기자": ("홍길동 김철수 기자", ["홍길동", "김철수"], ""),
        "글·사진 a 기자": ("글·사진 홍길동 기자", H, ""),
        "정리=a 기자": ("정리=홍길동 기자", H, ""),
        "a 특파원": ("홍길동 특파원", H, ""),
        "워싱턴=a 특파원": ("워싱턴=홍길동 특파원", H, ""),
        "워싱턴=a 특파원 e": (f"워싱턴=홍길동 특파원 {E}", H, E),
        "a 논설위원": ("홍길동 논설위원", H, ""),
        "a 논설위원 e": (f"홍길동 논설위원 {E}", H, E),
        "a 선임기자": ("홍길동 선임기자", H, ""),
        "a 인턴기자": ("홍길동 인턴기자", H, ""),
        "a 기자 이메일: e": (f"홍길동 기자 이메일: {E}", H, E),
        "a 기자 ☞e": (f"홍길동 기자 ☞{E}", H, E),
        "☞ a 기자 e": (f"☞ 홍길동 기자 {E}", H, E),
        "a 기자 ▶e": (f"홍길동 기자 ▶{E}", H, E),
        "a 기자 e-mail: e": (f"홍길동 기자 e-mail : {E}", H, E),
        "a 기자 / 이메일: e lines": ([f"홍길동 기자", f"이메일: {E}"], H, E),
        "a 기자 / ☞ e lines": ([f"홍길동 기자", f"☞ {E}"], H, E),
        "a 기자 / [e] lines": ([f"홍길동 기자", f"[{E}]"], H, E),
        "a 기자 / (e) lines": ([f"홍길동 기자", f"({E})"], H, E),
        "사진=b 기자 + a 기자": (["사진=김철수 기자", "홍길동 기자"], H, ""),
        "a 기자 사진=b 기자 (one line)": ("홍길동 기자 사진=김철수 기자", H, ""),
        "a 선임기자 e": (f"홍길동 선임기자 {E}", H, E),
        "a 인턴기자 e": (f"홍길동 인턴기자 {E}", H, E),
        "a 수습기자": ("홍길동 수습기자", H, ""),
        "a 기자·b 인턴기자": ("홍길동 기자·김철수 인턴기자", ["홍길동", "김철수"], ""),
        "a 통신원": ("홍길동 통신원", H, ""),
        "a 도쿄특파원": ("홍길동 도쿄특파원", H, ""),
        "도쿄=a 특파원 e": (f"도쿄=홍길동 특파원 {E}", H, E),
        "a 대기자": ("홍길동 대기자", H, ""),
        "a 편집위원": ("홍길동 편집위원", H, ""),
        "a 기자 mail(e)": (f"홍길동 기자 메일({E})", H, E),
    }
    for form, (line, names, email) in lines.items():
        ls = line if isinstance(line, list) else [line]
        c[f"end: {form}"] = (own(ps(P1, P2, P3, *ls)), names, email)
        c[f"top: {form}"] = (own(ps(P1, P2, P3), top=ps(*ls)), names, email)
    c["lead: [서울=뉴스사] a 기자 = "] = (own(ps("[서울=한빛통신] 홍길동 기자 = " + P1, P2, P3)), H, "")
    c["lead: (서울=뉴스사) a 기자 = + e end"] = (own(ps("(서울=한빛통신) 홍길동 기자 = " + P1, P2, P3, E)), H, E)
    c["lead: [뉴스사 a 기자] "] = (own(ps("[한빛일보 홍길동 기자] " + P1, P2, P3)), H, "")
    c["lead: [뉴스사 a 기자]=  "] = (own(ps("[한빛일보 홍길동 기자] = " + P1, P2, P3)), H, "")
    c["lead: [뉴스사=a 기자] "] = (own(ps("[한빛일보=홍길동 기자] " + P1, P2, P3)), H, "")
    c["lead: 워싱턴=a 특파원 "] = (own(ps("[워싱턴=한빛일보] 홍길동 특파원 = " + P1, P2, P3)), H, "")
    c["lead: [뉴스사 a 기자] + sep line [뉴스사 a 기자]"] = (own(ps("[한빛일보 홍길동 기자]", P1, P2, P3)), H, "")
    # portal reporter card with e-mail
    card = (f"<div class=card><img alt='홍길동 기자' src='r.png'><a href='/j/1'>홍길동 기자</a><span>{E}</span>"
            "<button>구독</button> <span>구독자 321</span> <a href='/p'>기자 프로필</a></div>")
    c["portal card top with e"] = (portal(ps(P1, P2, P3), box=card), H, E)
    c["portal card end with e"] = (portal(ps(P1, P2, P3), end=card), H, E)
    c["portal card end, a 기자 e in text"] = (portal(ps(P1, P2, P3, f"홍길동 기자 {E}"), end=card), H, E)
    card2 = (f"<div class=card><a href='/j/1'>홍길동 기자</a> <button>구독</button>"
             f"<a href='/j/1'>다른 기사 보기</a></div>")
    c["portal card name only + 다른 기사 보기"] = (portal(ps(P1, P2, P3), box=card2), H, "")
    # metadata
    m1 = "<meta property='og:article:author' content='홍길동 기자'>"
    m2 = "<meta property='dable:author' content='홍길동'>"
    m3 = ("<script type='application/ld+json'>" + json.dumps({"@type": "NewsArticle", "headline": TITLE,
          "author": {"@type": "Person", "name": "홍길동", "email": E}}, ensure_ascii=False) + "</script>")
    m4 = "<meta name='author' content='홍길동 기자 hong@hanbit.example'>"
    m5 = f"<meta property='dable:author' content='홍길동'><meta name='twitter:creator' content='{E}'>"
    c["meta og:article:author only"] = (own(ps(P1, P2, P3), meta=m1), H, "")
    c["meta dable:author only"] = (own(ps(P1, P2, P3), meta=m2), H, "")
    c["meta JSON-LD author.email"] = (own(ps(P1, P2, P3), meta=m3), H, E)
    c["meta author 'a 기자 e'"] = (own(ps(P1, P2, P3), meta=m4), H, E)
    c["meta JSON-LD email + a 기자 text"] = (own(ps(P1, P2, P3, "홍길동 기자"), meta=m3), H, E)
    c["meta dable + twitter e"] = (own(ps(P1, P2, P3), meta=m5), H, "")
    # teaser below
    c["teaser bylines below, a 기자 e end"] = (own(ps(P1, P2, P3, f"홍길동 기자 {E}"), after=TEASER), H, E)
    c["teaser bylines below, a 기자 top"] = (own(ps(P1, P2, P3), top=ps("홍길동 기자"), after=TEASER), H, "")
    c["teaser bylines below, no byline"] = (own(ps(P1, P2, P3), after=TEASER), [], "")
    t2 = ("<div class=next><h3>다음 기사</h3><p><a href='/n'>한빛시 장마 대비 배수로 점검 나서</a></p>"
          "<p>김철수 기자 kim@hanbit.example</p><p>한빛시는 장마를 앞두고 배수로 300곳을 점검한다고 밝혔다.</p></div>")
    c["next article teaser, a 기자 e end"] = (own(ps(P1, P2, P3, f"홍길동 기자 {E}"), after=t2), H, E)
    c["next article teaser, a 기자 top"] = (own(ps(P1, P2, P3), top=ps("홍길동 기자"), after=t2), H, "")
    # ---- more shapes around the same kinds
    c["tv sign-off + crew glued on its line"] = (tv(ps(*TURNS, "HBS 홍길동입니다 (영상취재 : 김철수 / 영상편집 : 이영희)"),
                                                    outlet="HBS"), H, "")
    c["tv sign-off + e line bare after crew"] = (tv(ps(*TURNS, "HBN 홍길동입니다.", "영상편집 : 이영희", E)), H, E)
    c["tv portal box top + 'HBN뉴스 a입니다'"] = (portal(ps(*TURNS, "HBN뉴스 홍길동입니다."), outlet="HBN", box=box,
                                                        title=TVTITLE), H, "")
    card3 = (f"<div class=card><p>홍길동 기자</p><p>{E}</p><p><button>구독</button></p><p>구독자 321</p>"
             "<p>응원수 0</p></div>")
    c["portal card one item a line, end"] = (portal(ps(P1, P2, P3), end=card3), H, E)
    c["portal card one item a line, top"] = (portal(ps(P1, P2, P3), box=card3), H, E)
    dated = ("<div class=more><h3>관련기사</h3><ul><li><a href='/b1'>장마철 하천 정비 사업 점검</a>"
             "<p>김철수 기자 2025.06.01</p></li><li><a href='/b2'>해수욕장 개장 앞두고 안전요원 배치</a>"
             "<p>박민수 기자 2025.05.30</p></li></ul></div>")
    c["dated teasers below, a 기자 e end"] = (own(ps(P1, P2, P3, f"홍길동 기자 {E}"), after=dated), H, E)
    same = TEASER.replace("김철수", "홍길동")
    c["teasers by the same reporter below"] = (own(ps(P1, P2, P3, f"홍길동 기자 {E}"), after=same), H, E)
    c["[outlet a 기자] e line"] = (own(ps(P1, P2, P3, f"[한빛일보 홍길동 기자] {E}")), H, E)
    c["a 기자 = lead, e at end"] = (own(ps("홍길동 기자 = " + P1, P2, P3, f"☞ {E}")), H, E)
    side = ("<aside><h3>많이 본 뉴스</h3><ul><li><a href='/s1'>장마철 하천 정비 사업 점검</a><p>김철수 기자</p></li>"
            "<li><a href='/s2'>해수욕장 개장 앞두고 안전요원 배치</a><p>박민수 기자 park@hanbit.example</p></li></ul></aside>")
    c["teasers above the headline, a 기자 e end"] = (own(ps(P1, P2, P3, f"홍길동 기자 {E}")).replace("<main>", "<main>" + side, 1),
                                                    H, E)
    c["name linked to mailto, end"] = (own(ps(P1, P2, P3, f"<a href='mailto:{E}'>홍길동 기자</a>")), H, "")
    c["caption /b 기자 top, a 기자 end"] = (own(ps("▲ 시민들이 하천 둔치를 걷고 있다. /김철수 기자", P1, P2, P3, "홍길동 기자")), H, "")
    c["byline box: a 기자 / 입력 / e"] = (own(ps(P1, P2, P3), top=ps("홍길동 기자", "입력 2025.06.02 10:05", E)), H, E)
    return c


def styles(browser, page):
    out = {}
    try:
        out["html"] = extract_html(page, "page.html")
    except ContentError as error:
        out["html"] = error
    for style, text in (("lynx", lynx(page)), ("w3m", w3m(page)), ("inner", inner_text(browser, page))):
        try:
            out[style] = extract_text(text, "page.txt")
        except ContentError as error:
            out[style] = error
    return out


def main():
    import importlib.util
    spec = importlib.util.spec_from_file_location("tests_conftest", ROOT / "tests" / "conftest.py")
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    chromium = conftest.chromium
    only = sys.argv[1:]
    fails = 0
    with chromium() as browser:
        for form, (page, names, email) in cases().items():
            if only and not any(o in form for o in only):
                continue
            got = styles(browser, page)
            row = []
            for style in ("html", "lynx", "w3m", "inner"):
                rec = got[style]
                if isinstance(rec, Exception):
                    row.append(f"{style}:ERR")
                    continue
                ok_n = rec.reporters == names
                ok_e = (rec.emails[:1] == [email]) if email else not rec.emails
                body_leak = any(k in rec.body.replace("[기자]", "") for k in ("기자", "@", "영상취재", "촬영기자", "그래픽 :", "제보"))
                row.append(f"{style}:{'R' if ok_n else 'r'}{'E' if ok_e else 'e'}{'B' if not body_leak else 'b'}"
                           + ("" if ok_n and ok_e else f"{rec.reporters}{rec.emails}"))
            bad = any(("r" in x.split(":")[1][:3] or "e" in x.split(":")[1][:3] or "ERR" in x) for x in row)
            fails += bad
            print(("FAIL " if bad else "ok   ") + form + " | " + " ".join(row), flush=True)
    print("fails", fails)


if __name__ == "__main__":
    main()
