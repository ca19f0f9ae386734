"""One test per kind of noise: each rule names a shape of noise, shown here on lines of several outlets."""

from __future__ import annotations

import pytest

from archivist.importer import noise

NOISE = {
    noise.TICKER: ["2,455.91", "▲ 48.76", "1.95%", "코스피 2,455.91 ▲12.30", "1/3"],
    noise.MENU: ["* 경제", "Home › 소프트웨어 › 소프트웨어 일반 ›", "#Example Daily » Feed Example Daily » Comments Feed", "  + NHL Home", "전체메뉴", "닫기", "Skip to content", "Permalink 12 Comments Feed for comments Back to top",
                   "https://static.example.org/image/0a1b2c3d4e5f6a7b-500-250/logo.jpg"],
    noise.WIDGET: ["페이스북 노출 0", "글자 크기 설정", "카카오톡에 공유하기 페이스북에 공유하기 이메일에 공유하기 링크 복사하기",
                   "Share on Facebook", "Click to print (Opens in new window)", "기사 스크랩",
                   "이 기사가 도움이 되었다면, 좋아요를 눌러주세요.", "Was this article helpful?"],
    noise.CAPTION: ["사진설명 사진 확대", "[사진=연합뉴스]", "서울 광화문 광장의 모습. [사진 = 홍길동 기자]",
                    "▲ 행사에 참석한 관계자들. 사진=OO구 제공", "시장이 연설하고 있다. <김철수 기자>",
                    "Firefighters at the scene. (AP Photo/John Smith)",
                    "A player celebrates a point in Lisbon, Portugal, Friday, March 5, 2021. (Jane Roe/AP)",
                    "FILE PHOTO: A bank's sign is seen outside its headquarters in Chicago.",
                    "You are what you search. (The Associated Press)", "Crowds line the harbour on Sunday. (AP)"],
    noise.COPYRIGHT: ["ⓒ 한국경제신문, 무단전재 및 재배포 금지", "Copyright © 2024 Example News. All rights reserved.",
                      "<저작권자 © 뉴스1, 무단 전재-재배포, AI 학습 및 활용 금지>"],
    noise.PROMO: ["▶ 네이버 메인에서 OO일보를 받아보세요", "☞ 오늘의 운세 보기", "[알립니다] 신성장경영대상 공모", "Read more: the full report"],
    noise.RELATED: ["관련기사", "실시간 관련뉴스", "많이 본 뉴스", "함께 볼 만한 뉴스", "홍길동의 다른 기사", "가장 많이 읽은 뉴스", "Related Articles", "You may also like", "More News from Science",
                      "Related coverage from Everyday Guides: Travel:"],
    noise.SUMMARY: ["뉴스 요약쏙", "AI 요약은 최신 언어 모델 기술을 활용해 기사의 핵심 내용을 간추려 제공합니다."],
    noise.DATELINE: ["입력 :", "입력 2024.03.28 05:00", "수정 2023-07-14 09:02:11", "Updated 4:12 pm EST, Friday, March 5, 2021", "3 hours ago",
                       "on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM",
                       "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"],
    noise.NOTICE: ["이 기사는 국내 최대 해외 투자정보 플랫폼 한경 글로벌마켓에 게재된 기사입니다."],
    noise.COMMENTS: ["댓글정책", "공감순 최신순 오래된순", "12 responses to “The coach: We played our best game”", "reader42 says:", "Leave a Reply"],
    noise.ACCOUNT: ["로그인", "무료 회원 가입", "Sign In", "Subscribe now"],
    noise.AD: ["Advertisement", "Advert", "광고", "[INS: :INS]"],
    noise.MARKUP: ["#alternate aragonés Asturianu Български বাংলা (ভারত) Català Čeština Cymraeg Deutsch Dolnoserbšćina "
                   "Ελληνικά English (British) English English (South African) Español (de Argentina) Español (de Chile)",
                   "#search Example Daily", "IFRAME: https://example.org/embed", "chevron_left",
                   "<div class=\"story\"><p data-id=\"1\">Hello</p></div><script>var a = {b: 1};</script>" * 2],
    noise.COOKIE: ["This site uses cookies (why?) Change your cookie settings at any time; using the site means you accept them.",
                   "This site uses cookies to make your visit better while you browse its pages and read its articles. " * 6],
}

ARTICLE_TEXT = [
    "시 교육청은 다음 달부터 새 급식 기준을 모든 학교에 적용한다.",
    "아마존은 오픈AI 대항마 앤스로픽에 27억5000만달러(약 3조7000억원)를 추가 투자해 AI 경쟁에 불을 붙였다.",
    "“AI 열풍으로 실리콘밸리의 인재 전쟁이 새로운 극한으로 치닫고 있다”고 보도했다.",
    "Anna Rossi won both of her singles matches, and Italy reached the final for the first time.",
    "The company said it would share the results with regulators next year.",
    "직접 구애 나선 빅테크 CEO들",
    "태그를 인용한 기사",  # a headline that ends on 기사 is no box heading
    "방송이 외면한 일본 기사",
    "매출은 1.95% 늘었다고 회사 측은 설명했다.",
    "The company said profits rose 5 percent in the third quarter (Reuters)",  # no sentence closed before the agency
    "The council met on December 27, 2014 at 12:06 PM and was updated on the harbour plans by officials.",
    "#MeToo spread across the industry within a week, and the studios promised to review every contract.",
]


@pytest.mark.parametrize("kind, line", [(k, line) for k, lines in NOISE.items() for line in lines])
def test_noise_line_is_classified(kind, line):
    """Each noise line is recognised as its kind."""
    assert noise.classify(line) == kind


@pytest.mark.parametrize("line", ARTICLE_TEXT)
def test_article_text_is_not_noise(line):
    """Sentences of an article, even with numbers or widget words, are kept."""
    assert noise.classify(line) is None


@pytest.mark.parametrize("line, prose", [
    ("시 교육청은 다음 달부터 새 급식 기준을 모든 학교에 적용한다.", True),
    ("직접 구애 나선 빅테크 CEO들", False),
    ("Rossi won the opening set easily and then held on in the second.", True),
    ("World News", False),
    ("東京の天気は明日から少しずつ回復し、週末は晴れる見込みです。", True),
])
def test_prose_lines(line, prose):
    """Running text is told from headings and labels, in Korean, English and Japanese."""
    assert noise.is_prose(line) is prose
