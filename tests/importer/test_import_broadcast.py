"""TV-news transcripts and portal pages (issue #23): each broadcaster's manner in each frame, in all three dump styles.

The pages are written in tests/importer/broadcast_pages.py (every name and sentence made up) and dumped by lynx,
w3m and Chromium (dump_styles.py): the body, the reporter and the email must not depend on how the page was copied.
"""

from __future__ import annotations

import pytest

from archivist.importer import broadcast, fields, noise
from archivist.importer.html import extract_html
from archivist.importer.text import extract_text
from broadcast_pages import EMAIL, FRAMES, R4, REPORTER, TITLE, TRANSCRIPTS
from dump_styles import dumps


PORTALS = ("NAVER", "네이버", "KAKAO", "카카오", "DAUM", "다음")


def body_paragraphs(record) -> list[str]:
    """Return the body's paragraphs."""
    return [p.strip() for p in record.body.split("\n\n") if p.strip()]


@pytest.mark.parametrize("frame", sorted(FRAMES))
def test_every_broadcasters_report_reads_alike_in_every_frame_and_dump_style(browser, frame):
    """Speaker marks and interviewee lines are body; sign-off, credits, player, tips and portal chrome are not;
    the reporter comes from the sign-off, the hand-over or the reporting credit, never from a camera credit."""
    for name, report in TRANSCRIPTS.items():
        for style, dump in dumps(browser, FRAMES[frame](report)).items():
            record = extract_text(dump, "page.txt")
            where = f"{frame}/{name}/{style}"
            assert body_paragraphs(record) == report.body, where
            assert record.reporters == [REPORTER], where
            assert record.emails == ([report.email] if report.email else []), where
            assert record.title == report.title, where
            assert record.source.upper() not in PORTALS, where  # the outlet or nothing, never the portal showing it
            assert record.date.startswith("2025-07-01T20:05"), where


@pytest.mark.parametrize("frame", ["own", "portal", "daum"])
def test_the_saved_html_of_a_report_reads_as_its_dumps(frame):
    """From the saved page too: the sign-off, the tip lines opening with a mark (`◇ 전화 : …`), the labelled link
    and the credits are no body, wherever the page prints them. (The older portal's page, with no article
    element at all, still lets its chrome through in HTML, and a deck in one bold element split by line breaks
    comes out as one bold paragraph there: the newspaper's article is read from its dumps only.)"""
    for name, report in TRANSCRIPTS.items():
        if name == "newspaper":
            continue
        record = extract_html(FRAMES[frame](report), "page.html")
        assert body_paragraphs(record) == report.body, f"{frame}/{name}"
        assert record.reporters == [REPORTER], f"{frame}/{name}"


@pytest.mark.parametrize("line", ["<앵커>", "[기자]", "◀ 리포트 ▶", "【 앵커멘트 】", "[녹취]", "(인터뷰) 김철수 / 시민",
                                  "◀ 인터뷰 ▶ 김철수/시민", "【 인터뷰 : 김철수 / 시민 】", "[김철수 / 시민]", "[기자 멘트]"])
def test_speaker_marks(line):
    """A transcript's speaker mark, alone on its line, in every bracket people use."""
    assert broadcast.is_speaker(line)


@pytest.mark.parametrize("line", ["[단독] 남부 지방 폭우로 주민 대피", "[속보] 하천 범람", "(서울=한빛뉴스)",
                                  "◀ 장마 피해 속보 보기"])
def test_a_headline_label_or_a_dateline_is_no_speaker_line(line):
    """A label before a headline, a dateline or a promo is no speaker mark."""
    assert not broadcast.is_speaker(line)


@pytest.mark.parametrize("line", ["[김철수/시민 : 비가 이렇게 올 줄은 몰랐어요.]", "김철수 / 시민 : 비가 이렇게 올 줄은 몰랐어요.",
                                  "[김철수 / 시민] \"비가 이렇게 올 줄은 몰랐어요.\"",
                                  "[인터뷰] 김철수/시민 : \"비가 이렇게 올 줄은 몰랐어요.\""])
def test_interviewee_lines(line):
    """An interviewee's words, named with their role."""
    assert broadcast.is_speech(line)


def test_a_speaker_named_alone_above_quoted_words_introduces_them():
    """`김철수 / 시민` on its own line introduces the quotation below; above a paragraph it does not."""
    assert broadcast.introduces_speech("김철수 / 시민", "\"비가 이렇게 올 줄은 몰랐어요.\"")
    assert not broadcast.introduces_speech("김철수 / 시민", "비가 이렇게 많이 왔다.")
    assert not broadcast.introduces_speech("서울 시내버스 노사 협상 타결", "\"이제 정상 운행합니다.\"")


@pytest.mark.parametrize("line", ["HBN 홍길동입니다.", "HBN뉴스 홍길동입니다.", "HBS 뉴스 홍길동입니다.", "채널H 뉴스 홍길동입니다.",
                                  "한빛뉴스TV 홍길동입니다. (hong@example.com)", "HBN뉴스 홍길동입니다. [ hong@example.com ]",
                                  "지금까지 전남 순천에서 HBN 홍길동입니다.", "HBN 홍길동 기자입니다.",
                                  "HBN 홍길동[hong@example.com]입니다.", "HBN 홍길동 (hong@example.com)입니다."])
def test_sign_offs_name_the_reporter(line):
    """A reporter's sign-off names the reporter; it is the line, nothing else."""
    assert broadcast.sign_off(line) == "홍길동"
    assert fields.is_tv_sign_off(line)


@pytest.mark.parametrize("line", ["정부는 대책이 충분하다는 입장입니다.", "저는 시민 김철수입니다.", "이번 대책의 핵심은 안전입니다.",
                                  "그래서 HBN 홍길동입니다."])
def test_a_sentence_of_the_story_is_no_sign_off(line):
    """A sentence ending on `입니다` names no broadcaster before a name: it stays the story's."""
    assert broadcast.sign_off(line) == ""


def test_a_sign_off_glued_to_the_last_sentence_leaves_the_sentence():
    """`… 계획입니다. HBN 홍길동입니다.`: the sentence is the story's, the sign-off gives the reporter."""
    head, name = broadcast.split_sign_off("정부는 밤사이 피해 상황을 점검할 계획입니다. HBN 홍길동입니다.")
    assert (head, name) == ("정부는 밤사이 피해 상황을 점검할 계획입니다.", "홍길동")


@pytest.mark.parametrize("line, reporters", [
    ("(영상취재 : 박민수, 영상편집 : 최지훈)", []),
    ("촬영기자:박민수/영상편집:최지훈/그래픽:정수아", []),
    ("(영상디자인 : 정수아 / 영상그래픽 : 최지훈)", []),
    ("영상취재 : 박민수 기자 영상편집 : 최지훈", []),
    ("영상편집ㅣ최지훈 자막뉴스ㅣ정수아", []),
    ("(영상취재 : 박민수, 화면제공 : 소방청)", []),
    ("영상취재 박민수 영상편집 최지훈", []),
    ("취재기자 : 홍길동", ["홍길동"]),
    ("취재 : 홍길동 / 촬영 : 박민수", ["홍길동"]),
])
def test_credits_are_noise_and_only_the_reporting_credit_names_a_reporter(line, reporters):
    """Camera, editing, graphics, design and subtitle credits name no reporter; `취재기자` does."""
    assert noise.classify(line) == noise.CREDITS
    assert broadcast.credited_reporters(line) == reporters


@pytest.mark.parametrize("line", ["정부는 영상편집 인력을 두 배로 늘렸다.", "취재진이 현장에 도착했습니다.", "영상편집 인력을 늘렸다",
                                  "사진 홍길동",
                                  "김철수 / 시민 : 비가 이렇게 올 줄은 몰랐어요."])
def test_a_sentence_or_a_speech_is_no_credit(line):
    """A sentence naming a credit's word, or an interviewee's words, is no credits line."""
    assert broadcast.credits(line) is None


@pytest.mark.parametrize("line", ["동영상 뉴스", "재생00:00 / 02:13음소거자막설정전체화면", "재생 00:00 / 02:13 음소거 자막 설정 전체화면",
                                  "Play 0:00 / 2:13 Mute Fullscreen"])
def test_video_player_controls_are_noise(line):
    """A video player's controls and label, spaced or glued together."""
    assert noise.classify(line) == noise.PLAYER


@pytest.mark.parametrize("line", ["※ '당신의 제보가 뉴스가 됩니다' [카카오톡] HBN 검색해 채널 추가 [전화] 02-000-0000",
                                  "한빛뉴스는 24시간 여러분의 제보를 기다립니다.", "▷ 전화 02-000-0000",
                                  "◇ 카카오톡 : 'HBS제보' 검색", "▷ 카카오톡 @한빛제보", "한빛뉴스TV 기사문의 및 제보 : 카톡/라인 jebo00",
                                  "채널H 뉴스 제보하기"])
def test_tip_lines_are_noise(line):
    """The broadcaster's call for tips and its channels."""
    assert noise.classify(line) == noise.CONTACT


@pytest.mark.parametrize("line", ["경찰은 주민의 전화 제보를 받고 출동했습니다.", "시청자 카카오톡 제보로 확인된 영상입니다.",
                                  "제보를 받은 소방당국은 곧바로 구조대를 보냈다."])
def test_a_sentence_about_a_tip_is_text(line):
    """A sentence of the story that speaks of a tip is no tip line."""
    assert not broadcast.is_tip_line(line)


@pytest.mark.parametrize("line, outlet", [("MBC뉴스 홍길동입니다.", "MBC"), ("채널H 뉴스 홍길동입니다.", "채널H"),
                                          ("한빛뉴스 홍길동입니다.", "한빛뉴스"), ("지금까지 순천에서 HBN 홍길동입니다.", "HBN")])
def test_a_sign_off_names_the_broadcaster(line, outlet):
    """The sign-off's broadcaster is the outlet (`X뉴스` of a Latin name is its news; `한빛뉴스` is a name)."""
    assert broadcast.sign_off_outlet(line) == outlet


@pytest.mark.parametrize("line, outlet", [("기사제공 HBN", "HBN"), ("HBN 기사제공", "HBN"), ("기사제공 NAVER", ""), ("  * HBN 기사제공", "HBN"),
                                          ("사진 제공 소방청", "")])
def test_a_portals_provider_line_names_the_outlet(line, outlet):
    """A portal credits the outlet that supplied the article; a photo's credit names no outlet."""
    assert fields.outlet_from_provider(line) == outlet


@pytest.mark.parametrize("handover", ["홍길동 기자가 전합니다.", "홍길동 기자가 자세히 보도합니다.", "현장에 나가 있는 홍길동 기자 연결합니다.",
                                      "현장 연결합니다. 홍길동 기자!", "홍길동 기자가 직접 다녀왔습니다."])
def test_more_hand_over_forms_name_the_reporter(handover):
    """The anchor hands over in many words: `전합니다`, an adverb before the verb, a live call."""
    lines = ["[앵커]", "남부 지방에 많은 비가 내리고 있습니다.", handover, "[기자]", "하천이 불어났습니다."]
    assert fields.transcript_reporter(lines) == "홍길동"
    assert fields.transcript_reporter(["[앵커]", "홍길동 기자가 쓴 책이 화제입니다.", "[기자]", "책은 두 권입니다."]) == ""


def test_a_headline_printed_right_below_a_list_of_headlines_is_the_articles():
    """A browser's copy prints a portal's `헤드라인 뉴스` box without bullets, and the article's headline right after
    its last item; the line right above the date is the headline, the items above it are the box's."""
    items = "\n".join(f"{word} 정체 이어져…귀경길 오후 절정" for word in ("주말", "휴일", "연휴", "명절"))
    # the headline shares no word with the lead, an item one (`오후`): only their places tell them apart
    text = (f"헤드라인 뉴스\n{items}\n장맛비 피해 속출\n\n기사입력 2025.07.01. 오후 8:05\n\n"
            "오늘 오후 전남 순천의 한 하천입니다. 불어난 흙탕물이 다리 바로 아래까지 차올랐고, 둔치의 차량은 잠겼습니다.\n\n"
            "지자체는 주민 120여 명에게 대피를 권고했습니다. 주민들은 마을회관과 인근 학교 체육관으로 몸을 피했습니다.\n")
    record = extract_text(text, "page.txt")
    assert record.title == "장맛비 피해 속출" and not record.doubts


def test_hashtags_and_a_labelled_link_are_noise():
    """A line of hashtags and `label : address` are no text."""
    assert noise.classify("#폭우 #장마 #대피") == noise.MENU
    assert noise.classify("▣ HBS 기사 원문보기 : http://news.example.com/view?ncd=1") == noise.PROMO


def test_a_caption_credited_to_the_outlets_file_photo_is_a_caption():
    """`…점검하고 있다. 한빛신문 자료사진`: a photo's description and its credit, not a paragraph."""
    assert noise.classify("1일 부산 해운대해수욕장에서 구조대원들이 장비를 점검하고 있다. 한빛신문 자료사진") == noise.CAPTION
    assert noise.classify("시는 해수욕장에서 안전 교육을 실시한다고 밝혔다. 교육은 다음 달 열린다.") is None


@pytest.mark.parametrize("text, email", [
    (f"{R4} HBN 뉴스 {REPORTER}입니다. {EMAIL} 영상취재 : 박민수 영상편집 : 최지훈", EMAIL),
    (f"{R4}  HBN뉴스 {REPORTER}입니다.  {REPORTER} 기자 {EMAIL} 영상취재 박민수 영상편집 최지훈", EMAIL),
    (f"{R4}  HBN 뉴스 {REPORTER}입니다.  영상취재: 박민수 영상편집: 최지훈", ""),
    (f"{R4} HBN {REPORTER}입니다. [ {EMAIL} ]", EMAIL),
])
def test_a_closing_glued_to_the_last_sentence_leaves_the_sentence(text, email):
    """The sign-off, the reporter's e-mail and the credits glued after the last sentence (tags stripped without a
    break): the sentence is the story's, the closing gives the reporter and the e-mail."""
    assert broadcast.split_closing(text) == (R4, REPORTER, email)
    assert broadcast.sign_off_outlet(text) == "HBN"


@pytest.mark.parametrize("text", [f"{R4} 영상취재 : 박민수 영상편집 : 최지훈", "정부는 대책이 충분하다는 입장입니다. hong@example.com"])
def test_credits_or_an_email_without_a_sign_off_are_no_closing(text):
    """Credits or an e-mail after a sentence, with no sign-off before them, name no reporter here."""
    assert broadcast.split_closing(text) == (text, "", "")


def test_a_crew_sharing_one_credit():
    """`영상취재 : 박민수 최지훈 정수아`: several people under one role; the next role word starts the next item."""
    assert broadcast.credits("영상취재 : 박민수 최지훈 정수아 영상편집 : 한지민") == [("영상취재", "박민수"), ("영상편집", "한지민")]
