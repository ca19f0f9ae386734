"""What a TV-news page prints around a report: speaker marks, interviewee lines, sign-offs, credits, player and tips.

A Korean broadcaster's article is the transcript of its report. Its speaker marks (`<앵커>`, `[기자]`, `◀ 리포트 ▶`,
`【 앵커멘트 】`, `(인터뷰) 김철수 / 시민`) and interviewee lines (`[김철수/시민 : …]`, `김철수 / 시민 : …`) are part of
it. Around it the page prints what is no part of the story: the reporter's sign-off (`HBN 홍길동입니다.`: the reporter
comes from it), production credits (`영상취재 : …`, `영상편집 : …`), the video player's controls and the broadcaster's
tip lines (`제보 … 카카오톡 … 전화 …`). The rules read the shape of each, never one broadcaster's wording.

Credits: camera, editing, graphics, design, subtitle and production credits name no reporter (a photographer or a
video editor did not write the story); a credit for the reporting itself (`취재기자 : 홍길동`, `취재 : 홍길동`) does.
"""

from __future__ import annotations

import re

# Words of a transcript's speaker marks: who speaks, or what kind of sound follows.
_ROLE_WORDS = (r"앵커(?:\s*멘트)?|기자(?:\s*멘트)?|리포트|인터뷰|녹취|현장음|싱크|브릿지|스탠드\s*업|대담|전화\s*연결|"
               r"클로징|오프닝|SYNC|INT|SOT")
_NAME = r"[가-힣]{2,5}"
# Who speaks: a name and a role after a slash (`김철수 / 시민`), or a role alone (`시민`); at most a few words.
_WHO = rf"(?:{_NAME}|[A-Z]씨|[가-힣A-Za-z]{{1,4}}씨)(?:\s*/\s*[^\[\]<>()【】:：\"“]{{1,30}})?"
_OPENERS = "<[(‹〈【◀〔"
_CLOSERS = ">])›〉】▶〕"
_OPEN, _CLOSE = re.escape(_OPENERS), re.escape(_CLOSERS)
# A mark alone on its line: a role, or up to eight letters, in brackets (`[앵커]`, `<기자>`, `◀ 리포트 ▶`, `【 앵커멘트 】`).
_MARK = re.compile(rf"^[{_OPEN}]\s*(?:[^\s={_CLOSE}]{{1,8}}|{_ROLE_WORDS})\s*[{_CLOSE}]$")  # `(서울=…)` is a dateline
# A role mark and who speaks: after it (`◀ 인터뷰 ▶ 김철수/시민`, `(인터뷰) 김철수 / 시민`) or inside it
# (`【 인터뷰 : 김철수 / 시민 】`).
_MARK_AND_WHO = re.compile(
    rf"^[{_OPEN}]\s*(?:{_ROLE_WORDS})\s*(?:[{_CLOSE}]\s*{_WHO}|[:：]\s*{_WHO}\s*[{_CLOSE}])$")
_WHO_MARK = re.compile(rf"^[{_OPEN}]\s*{_NAME}\s*/\s*[^{_OPEN}{_CLOSE}:：\"“]{{1,30}}[{_CLOSE}]$")  # `[김철수 / 시민]`
_WHO_LINE = re.compile(rf"^{_NAME}\s*/\s*[^\[\]<>()【】:：\"“.!?]{{1,30}}$")  # `김철수 / 시민`, the words below
_ROLE_MARK = re.compile(rf"^[{_OPEN}]\s*(?:{_ROLE_WORDS})(?![가-힣])|^(?:{_ROLE_WORDS})\s*[:：]")
# An interviewee's words: `[김철수/시민 : …]`, `김철수 / 시민 : …`, `[김철수 / 시민] "…"`, `[인터뷰] 김철수/시민 : "…"`.
_SPEECH = re.compile(
    rf"^(?:[\[<‹〈【]\s*(?:{_ROLE_WORDS})\s*[\]>›〉】]\s*)?"
    rf"(?:[\[<‹〈]\s*{_WHO}\s*[:：]\s*[^\[\]<>]{{4,}}[\]>›〉]|{_NAME}\s*/\s*[^\[\]<>:：\"“]{{1,30}}[:：]\s*\S.{{3,}}|"
    rf"[\[<‹〈]\s*{_WHO}\s*[\]>›〉]\s*[\"“].{{4,}})$")
# The reporter's sign-off: the broadcaster, the name, `입니다`, maybe the email after it (`HBN뉴스 홍길동입니다. [ x@y.z ]`)
# or before it (`HBN 홍길동[x@y.z]입니다.`);
# a live report signs off from its place (`지금까지 순천에서 HBN 홍길동입니다.`).
_BROADCASTER = r"(?:[가-힣]*[A-Z][A-Za-z0-9가-힣]{0,7}|[가-힣A-Za-z]{1,6}(?:뉴스|방송|TV))(?:\s*(?:뉴스|TV))?"
_SIGN_OFF = re.compile(
    rf"(?:^|(?<=[.!?])\s*)(?:지금까지\s+)?(?:\S+(?:\s\S+)?에서\s+)?({_BROADCASTER})\s+({_NAME})(?:\s*기자)?"
    r"(?:\s*[(\[<]\s*([\w.%+\-]+@[\w.\-]+)\s*[)\]>]\s*)?입니다\.?"
    r"(?:\s*[(\[<]?\s*[\w.%+\-]+@[\w.\-]+\s*[)\]>]?)?\s*$")
SIGN_OFF_CHARS = 60  # a sign-off is a short line; a longer one is the report's sentence
# The reporter's e-mail after the sign-off, maybe after their name and title (`홍길동 기자 hong@x.kr`), maybe bracketed.
_TAIL_EMAIL = re.compile(rf"\s*(?:{_NAME}\s*기자\s*)?[(\[<]?\s*([\w.%+\-]+@[\w.\-]+\.[A-Za-z]{{2,}})\s*[)\]>]?\s*$")
# Production credits: `role : name` items (`영상취재 : 박민수, 영상편집 : 최지훈`, `촬영기자:박민수/영상편집:최지훈`).
_CREDIT_ROLES = (r"촬영\s*기자|영상\s*취재|영상\s*기자|영상\s*편집|편집|영상\s*그래픽|그래픽|영상\s*디자인|디자인|CG|"
                 r"자막\s*뉴스|자막|구성|작가|연출|촬영|제작|리서처|내레이션|VJ|PD|오디오|취재\s*지원|취재\s*보조|"
                 r"사진|글|취재\s*기자|취재|기자|(?:화면|영상|자료)\s*(?:제공|출처)")
_REPORTING_ROLES = re.compile(r"^(?:취재\s*기자|취재|기자|글)$")
# A video desk's role is clear enough without the colon (`영상취재 박민수 영상편집 최지훈`); `사진 …`, `글 …` are not.
_DESK_ROLES = r"촬영\s*기자|영상\s*(?:취재|기자|편집|그래픽|디자인)|자막\s*뉴스"
# A crew may share one role after a colon (`영상취재 : 박민수 최지훈 정수아`): up to four names, then the next role.
_CREDIT_ITEM = re.compile(rf"(?:({_CREDIT_ROLES})\s*[:：ㅣ|]|({_DESK_ROLES})\s)\s*({_NAME})(?:\s*(?:기자|PD|VJ|작가))?"
                          rf"(?(1)(?:[\s,·]+(?!(?:{_CREDIT_ROLES})(?:\s|[:：ㅣ|]|$))[가-힣]{{2,4}}(?:\s*(?:기자|PD|VJ|작가))?){{0,3}})")
# Where credits glued after a report's sign-off may start: a role word after a space or an opening bracket.
_CREDITS_START = re.compile(rf"(?<=[\s(\[])(?:(?:{_CREDIT_ROLES})\s*[:：ㅣ|]|(?:{_DESK_ROLES})\s)")
CLOSING_CHARS = 160  # a sign-off, an e-mail and a line of credits glued after the last sentence
_DESK_ROLE = re.compile(_DESK_ROLES)
_CREDIT_SEPARATORS = re.compile(r"[\s,/·()\[\]]+")
# A video player's controls and labels, and its clock (`재생`, `00:00 / 02:13`, `전체화면`, `동영상 뉴스`).
_PLAYER_WORDS = re.compile(
    r"동영상\s*(?:뉴스|기사|보기)?|영상\s*(?:뉴스|보기)|재생|일시\s*정지|정지|음소거(?:\s*해제)?|볼륨|자막|설정|화질|"
    r"전체\s*화면|전체화면\s*종료|자동\s*재생|미니\s*플레이어|광고\s*건너뛰기|다시\s*보기|PIP|LIVE|"
    r"\b(?:play(?:\s+video)?|pause|mute|unmute|volume|captions?|subtitles|settings|quality|full\s*screen|"
    r"exit full\s*screen|"
    r"picture-in-picture)\b|\d{1,2}:\d{2}(?::\d{2})?", re.I)
_PLAYER_REST = re.compile(r"[\s/|·:,\-]+")
PLAYER_CHARS = 80  # a player's controls fit on a short line
_PLAYER_HINT = frozenset("재음화동:PpMmSs")  # a letter every cue below holds: most lines skip the search
_PLAYER_CUE = re.compile(r"재생|음소거|전체\s*화면|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|동영상|play|mute|full\s*screen", re.I)
# The broadcaster asking for tips, with a channel to send them (`제보 … 카카오톡 … 전화 02-…`, `제보하기`).
_CONTACT_VALUE = re.compile(r"\d{2,4}-\d{3,4}-\d{4}|[\w.%+\-]+@[\w.\-]+\.\w+|@[\w가-힣]+|['‘\"“][^'’\"”]{2,20}['’\"”]\s*검색|"
                            r"검색해|채널\s*추가|여러분|당신의|제보\s*하기$|제보하기$|제보\s*[:：]")
_CONTACT_LABEL = re.compile(r"^\W{0,2}\s*\[?(?:전화|이메일|메일|카카오톡|카톡|라인|팩스|홈페이지|유튜브)\]?\s*[:：]?\s*(?=\S)")
CONTACT_CHARS = 60  # one channel and its address
TIP_CHARS = 160     # the tip box's line names the channels
_HASHTAGS = re.compile(r"^#[^\s#]+(?:\s+#[^\s#]+)+$")
_LINK_LINE = re.compile(r"^\W{0,2}\s*[^:：]{1,30}[:：]\s*https?://\S+$")


def is_speaker(text: str) -> bool:
    """Return True for a speaker mark alone on its line (`[앵커]`, `◀ 인터뷰 ▶ 김철수/시민`, `【 앵커멘트 】`)."""
    text = text.strip()
    if not text or text[0] not in _OPENERS or not _HANGUL.search(text):
        return False
    return any(rule.match(text) is not None for rule in (_MARK, _MARK_AND_WHO, _WHO_MARK))


def introduces_speech(text: str, below: str) -> bool:
    """Return True for a speaker's name and role alone on a line (`김철수 / 시민`) with their quoted words below."""
    return below.lstrip()[:1] in "\"“'‘" and _WHO_LINE.match(text.strip()) is not None


def is_speech(text: str) -> bool:
    """Return True for an interviewee's line (`[김철수/시민 : …]`, `김철수 / 시민 : …`, `[김철수 / 시민] "…"`)."""
    if ":" not in text and "：" not in text and "\"" not in text and "“" not in text:
        return False  # every form names the speaker before a colon or a quotation
    return _SPEECH.match(text.strip()) is not None


def has_speaker_marks(texts: list[str]) -> bool:
    """Return True when the lines hold a transcript's role marks (`[앵커]`, `<기자>`, `앵커:`): the page is a report."""
    return any(_ROLE_MARK.match(text.strip()) for text in texts if text)


def split_sign_off(text: str) -> tuple[str, str]:
    """Return the text before a reporter's sign-off ending it (`… 계획입니다. HBN 홍길동입니다.`) and the reporter's
    name, or (text, '') when the text ends on none; a sentence of the story (`정부는 … 입장입니다.`) names no
    broadcaster before a name."""
    if "입니다" not in text:
        return text, ""
    text = text.rstrip()
    match = _SIGN_OFF.search(text, max(0, len(text) - SIGN_OFF_CHARS))
    return (text[:match.start()].rstrip(), match.group(2)) if match else (text, "")


def sign_off(text: str) -> str:
    """Return the reporter's name when the line is a sign-off and nothing else (`HBN 홍길동입니다.`), maybe with the
    e-mail and the credits after it, or ''."""
    head, name, _ = split_closing(text.strip())
    return "" if head else name


def split_closing(text: str) -> tuple[str, str, str]:
    """Return the text before a report's closing ending it, the reporter's name and e-mail (or ''); or (text, '', '')
    when the text ends on none.

    The closing is the sign-off, maybe followed by the reporter's e-mail (after `홍길동 기자` or not) and the production
    credits (`… 계획입니다. HBN 홍길동입니다. hong@x.kr 영상취재 : 박민수 영상편집 : 최지훈`): pages print them one
    after the other, glued to the last sentence when the tags between them are stripped."""
    if "입니다" not in text:
        return text, "", ""
    rest, email = _signed_part(text.rstrip())
    head, name = split_sign_off(rest)
    return (head, name, email) if name else (text, "", "")


def _signed_part(text: str) -> tuple[str, str]:
    """Return the text without the credits and the e-mail ending it (the sign-off, if any, then ends it) and the e-mail."""
    rest = _without_credits(text)
    email = _TAIL_EMAIL.search(rest, max(0, len(rest) - SIGN_OFF_CHARS)) if "@" in rest else None
    return (rest[:email.start()].rstrip(), email.group(1)) if email else (rest, "")


def _without_credits(text: str) -> str:
    """Return the text without the production credits ending it (the longest run of credit items at its end)."""
    start = max(0, len(text) - CLOSING_CHARS)
    for match in _CREDITS_START.finditer(text, start) if ":" in text[start:] or "영상" in text[start:] else ():
        if credits(text[match.start():]) is not None:
            return text[:match.start()].rstrip(" ([")
    return text


def sign_off_outlet(text: str) -> str:
    """Return the broadcaster a reporter's sign-off names (`MBC뉴스 홍길동입니다.` → `MBC`, `한빛뉴스 …` → `한빛뉴스`), or ''."""
    closing = _signed_part(text.rstrip())[0] if "입니다" in text else ""
    match = _SIGN_OFF.search(closing, max(0, len(closing) - SIGN_OFF_CHARS)) if closing else None
    if not match:
        return ""
    name = match.group(1)
    # `MBC뉴스`, `채널A 뉴스`: the news of the broadcaster; `연합뉴스` is a name of its own
    return _NEWS_TAIL.sub("", name) if _LATIN.search(_NEWS_TAIL.sub("", name)) else name


def credits(text: str) -> list[tuple[str, str]] | None:
    """Return the (role, name) items of a production-credits line, or None when the line is something else.

    The line must be made of nothing but its items (and brackets, commas and slashes between them)."""
    if len(text) > 120 or not (":" in text or "：" in text or "ㅣ" in text or "|" in text
                               or ("영상" in text or "촬영" in text or "자막" in text) and _DESK_ROLE.search(text)):
        return None
    items = [(re.sub(r"\s", "", match[1] or match[2]), match[3]) for match in _CREDIT_ITEM.finditer(text)]
    rest = _CREDIT_SEPARATORS.sub("", _CREDIT_ITEM.sub("", text))
    return items if items and not rest else None


def credited_reporters(text: str) -> list[str]:
    """Return the names a credits line gives for the reporting itself (`취재기자 : 홍길동`); camera and editing do not count."""
    return [name for role, name in credits(text) or [] if _REPORTING_ROLES.match(role)]


def is_player(text: str) -> bool:
    """Return True for a video player's controls or label (`재생 00:00 / 02:13 음소거 전체화면`, `동영상 뉴스`)."""
    if len(text) > PLAYER_CHARS or _PLAYER_HINT.isdisjoint(text) or _PLAYER_CUE.search(text) is None:
        return False
    return not _PLAYER_REST.sub("", _PLAYER_WORDS.sub("", text))


def is_tip_line(text: str) -> bool:
    """Return True for the broadcaster's call for tips or one of its channels (`▷ 전화 02-…`, `◇ 카카오톡 : '…' 검색`)."""
    if "제보" in text and len(text) <= TIP_CHARS and _CONTACT_VALUE.search(text):
        return True
    return len(text) <= CONTACT_CHARS and _CONTACT_LABEL.match(text) is not None and _CONTACT_VALUE.search(text) is not None


def is_hashtags(text: str) -> bool:
    """Return True for a line of hashtags (`#폭우 #장마`)."""
    return text[:1] == "#" and _HASHTAGS.match(text) is not None


def is_link_line(text: str) -> bool:
    """Return True for a label and an address (`▣ 기사 원문보기 : http://…`): a link, not text."""
    return "http" in text and _LINK_LINE.match(text) is not None


_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_NEWS_TAIL = re.compile(r"\s*뉴스$")
