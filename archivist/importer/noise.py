"""Kinds of page noise, each described by its shape, and a classifier for one line.

The rules describe what a kind of noise looks like on any news site (a ticker is
numbers, a share widget is share verbs, a caption carries a photo credit), not the
strings of one site. `classify` returns the reason a line is noise, or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import broadcast, captions, chrome, endings, markup_lines, reading_controls

TICKER = "ticker"
MENU = "menu"
WIDGET = "share widget"
BYLINE = "byline"
CAPTION = "caption"
COPYRIGHT = "copyright"
PROMO = "promo"
RELATED = "related list"
SUMMARY = "ai summary"
DATELINE = "date line"
NOTICE = "source notice"
COMMENTS = "comments"
ACCOUNT = "login or subscription"
AD = "advertisement"
COOKIE = "cookie notice"
MARKUP = "markup or code"
RULE = "rule or ornament"
CONTACT = "contact details"
PROFILE = "reporter profile"
PLAYER = "video player"
CREDITS = "credits"  # a broadcast's production credits, an article's labelled credit and filing lines
AUTHOR = "note on the writer"
SOURCES = "list of sources"
TEASER_TITLE_KINDS = (None, MENU, RELATED)  # what another story's title is printed as: a line of its own or a link in a list

PROSE_CHARS = 120  # a line this long is running text whatever its ending
UI_RUN = 6          # at most this many control words side by side on a line

_NUMBERS_ONLY = re.compile(r"^[\s\d.,:%+\-−▲▼△▽↑↓/()|\[\]_]+$")
_TICKER_LINE = re.compile(r"^[A-Za-z가-힣&\s]{2,12}\s+[\d,]+\.\d+\s*[▲▼+\-−]?\s*[\d,.]*%?$")
_BULLET = re.compile(r"^\s*(?:[*+•·○●◦▪o#-]|\d{1,2}[.)])\s+")
BULLET_OPENINGS = frozenset("*+•·○●◦▪o#-0123456789")  # what a list marker opens with: a cheap test first
_KOREAN_STOP = re.compile(r"[다요죠까니][.!?][\"”’']?$")
_QUOTED_END = re.compile(r"[^.!?,…\s][\"”’']$")  # a quote closing with no stop inside it
# A headline set as a question or a call in Title Case (`Did the Harbour Board Sell the Old Pier?`, `Vote For the
# Best Ferry!`): a teaser's title, not a sentence of running text. Small words may stay in lower case.
_TITLE_WORD = r"(?:[\"'‘’“ʼ(]?[A-Z0-9]\S*|a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|vs\.?|with)"
_TITLE_CASE_ASK = re.compile(rf"^(?:{_TITLE_WORD}\s+){{4,}}[\"'‘’“ʼ(]?[A-Z0-9]\S*[?!][\"'’”ʼ)]?$")
# A feed's item: the time it was posted, then another story's headline in Title Case (`11:11 a.m. Curt Schilling Is
# a Lot Less Popular Than …`, `Yesterday at 5:57 p.m. Obama to Media: …`).
_STAMPED_TITLE = re.compile(rf"^(?i:(?:yesterday|today) at )?\d{{1,2}}:\d{{2}}\s?(?i:[ap]\.?m\.?)\s+"
                            rf"(?:{_TITLE_WORD}(?:\s+|$)){{3,}}$")
STAMPED_TITLE_CHARS = 160
_SENTENCE_END = re.compile(r"[.!?。！？…\"”’'」』]\s*$|[다요죠음임함까][.!?]?\s*$")

# Words of on-page controls: a short line made only of these is a widget or menu.
_WIDGET_WORDS = re.compile(
    r"공유|페이스북|카카오|트위터|엑스\(X\)|링크\s*복사|URL\s*복사|주소\s*복사|스크랩|인쇄|"
    r"글자\s*크기|글씨\s*크기|폰트|번역|언어\s*(?:선택|변경)|언어변경|좋아요|북마크|"
    r"\bshare\b|\btweet\b|facebook|twitter|linkedin|whatsapp|pinterest|reddit|\bbuffer\b|flipboard|tumblr|telegram|"
    r"\bprint\b|\be-?mail this\b|copy link|text size|font size|bookmark|save article",
    re.I,
)
_UI_WORDS = re.compile(
    r"^(?:닫기|열기|더보기|전체메뉴|메뉴|검색|이전|다음|위로|맨\s*위로|TOP|바로가기|홈|화살표|"
    r"menu|close|search|go|ok|home|next|previous|prev|back to top|return to top|skip to (?:main )?content|"
    r"sections|more|loading(?: comments)?\.*|×|✕|x|\d+/\d+|"
    # a gallery's and an embed's controls: a picture's counter, its caption toggle, a post's report link; an element's
    # role read out as its label (`Button`), a player's or a gallery's link (`Watch`, `Photos`, `Embed`)
    r"(?:\d[\d,.]*[km]?\s+)?shares?|report|(?:show |hide |toggle )?caption|enlarge(?: this)?(?: image| photo)?|expand|"
    r"view (?:all|gallery|images?)(?: \(\d+\))?|back to gallery|(?:image|photo|picture|slide)\s+\d+\s*(?:of|/)[\s/]*\d*|"
    r"(?:\w+ ?)?button|image|embed|watch|photos|load (?:more )?comments|learn more|page:?(?: \d+)+(?: next\W*)?)$",
    re.I,
)
_COPYRIGHT = re.compile(
    r"ⓒ|©|\(c\)\s|copyright|무단\s*전재|재배포\s*금지|all rights reserved|저작권자|^(?:본|이)\s*(?:콘텐츠|기사)의\s*저작권은", re.I
)
_PROMO = re.compile(
    r"^\s*[▶☞▷►→⇒]|^\s*\[(?:광고|AD|PR|이벤트|알립니다)\]|^(?:sponsored|promoted|advertisement|"
    r"read more|continue reading|click here|download (?:the|our) app|앱 다운로드)\b|"
    # a link to another story: a label and a colon before its headline, or a label in brackets after it
    r"^(?:see more|read more|more|related|see also|also read|read also)\s*:\s*\S|"
    # a media link's label and its headline, no sentence (`Watch: The ferry returns`)
    r"^(?:watch(?: live| now)?|listen|video|photos|gallery|slideshow|podcast)\s*:\s*\S.*(?<![.!?])$",
    re.I,
)
# a section's label in capitals in brackets after a headline (`… [WORLD NEWS]`): sought only on lines holding a bracket
_PROMO_LABEL = re.compile(r"^.+\s\[[A-Z][A-Z ]{2,15}\]\W?$")
_RELATED = re.compile(
    r"^(?:실시간\s*)?(?:관련\s*(?:기사|뉴스)|인기\s*(?:기사|뉴스)|많이\s*본\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|"
    r"주요\s*뉴스|최신\s*뉴스|이\s*시각\s*주요뉴스|함께\s*보면|포토|"
    r"(?:related|recommended|suggested|featured)(?: for you| articles| stories| posts| news| links| content| coverage| reading|"
    r" videos?| topics)?(?:\s+(?:from|on|about|in)\b.{0,60})?|"
    r"more (?:news |stories |articles |videos? )?(?:from|in|on|about)\b.*|more (?:stories|videos|headlines)|top videos?|"
    r"(?:more )?(?:stories |articles |news )?like this(?: one)?|"
    r"don'?t miss|also read|see also|further reading|(?:what to )?read next|up next|watch next|in case you missed it|"
    r"most (?:popular|read|viewed|shared|watched|commented|emailed)(?: stories| articles| news| now| today)?(?:\s+(?:in|on|from)\b.{0,40})?|"
    r"(?:(?:stories|articles|blogs|posts|videos|more) )?you (?:may|might|will) (?:also )?(?:like|love|enjoy|be interested in)|trending(?: now| news| stories| topics| videos)?(?: on \S+(?: \S+)?)?|popular(?: right now| now| posts(?: from this blog)?)?|"
    r"(?:from|around) the web|(?:sponsored|promoted|partner) (?:stories|content|links)|"
    r"top stories|latest(?: news| stories| headlines| videos)?|editor'?s picks|topics|tags|explore more(?: on these topics)?)"
    r"\s*(?::|…|\.{3})?$",
    re.I,
)
# A Korean box heading: what the listed stories are to the reader (`함께 볼 만한 뉴스`, `X의 다른 기사`, `X 랭킹 뉴스`).
# Only verbs of reading or picking make one: a headline may end on `… 인용한 기사` or `일본 기사`.
_RELATED_KO = re.compile(r"^(?:\S+\s+){0,3}(?:[가-힣]*(?:다른|주요|추천|인기|최신|관련|랭킹|화제의|헤드라인)|(?:볼\s*만한|(?:많이\s*)?(?:본|볼|읽은|읽는)|뜨는|놓친|주목할|좋아할))\s*(?:뉴스|기사)$")
_SUMMARY = re.compile(r"요약쏙|^AI\s*요약|AI\s*요약은|핵심\s*요약|^(?:AI|key) (?:summary|takeaways)$", re.I)
_DATE_LABEL = re.compile(
    r"^(?:기사\s*)?(?:입력|수정|등록|승인|게재|발행|송고|최종\s*수정|업데이트|updated|published|posted|"
    r"last (?:updated|modified)|first published)\s*[:：]?\s*", re.I
)
# Where the time of an update follows the publication time on one line (`on December 27, 2014 at 12:06 PM, updated …`).
_UPDATED_AFTER = re.compile(r"\s*[,|·•/]?\s+(?=(?:updated|last updated|last modified|modified|수정|최종\s*수정|업데이트)\b)", re.I)
_DATE = re.compile(
    r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}|\b\d{1,2}/\d{1,2}/\d{4}\b|"  # the last: 11/19/2019
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}",
    re.I,
)
# A time spelt out relative to now (`an hour ago`, `a day ago`): a teaser's or a feed's stamp.
_SPELT_AGO = re.compile(r"^(?:an?|one|a few) (?:seconds?|minutes?|hours?|days?|weeks?|months?) ago$", re.I)
_YEAR = re.compile(r"\d{4}")  # every calendar date above has a year; without one only clock times remain
_CLOCK = re.compile(
    r"^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b\d+\s*(?:h|m|d|hrs?|hours?|mins?|minutes?|days?)\s+ago\b|\d+\s*(?:시간|분|일)\s*전$",
    re.I,
)
_NOTICE = re.compile(r"이\s*기사는.{0,80}(?:게재|실린|출고|송고)된?\s*기사|^이\s*기사는\s.{0,40}(?:섹션|분류)|^this (?:article|story) (?:was|first) (?:originally )?(?:published|appeared)|"
                     r"^this (?:article|story) is more than \w+ (?:years?|months?|days?) old\W*$", re.I)
_COMMENTS = re.compile(
    r"^(?:댓글|댓글정책|공감순|최신순|\d+\s*개의?\s*댓글|(?:reader |recent |latest )?comments?|view comments|leave a (?:reply|comment)|"
    r"post a comment|add a comment|(?:new,\s*)?\d+\s+comments?|join the (?:conversation|discussion))\b", re.I
)
_COMMENT_THREAD = re.compile(
    r"^(?:\d+\s+(?:responses?|comments?|replies|thoughts?) (?:to|on)\b|no comments(?: yet)?\b|be the first to comment\b|[\w.\-]+ (?:says|said|wrote):$|reply$|"
    r"report (?:error|abuse|comment)$|\d+\s*개의?\s*댓글)", re.I
)
# Words of page furniture: a short line made mostly of them is navigation, whatever the site.
_FURNITURE = frozenset(
    "permalink comment comments feed back top share print email menu home next previous prev more read "
    "subscribe login log sign in up out search close open skip to content main navigation toggle for "
    "follow us on rss edit view all the and of".split()
)
_ACCOUNT = re.compile(
    r"^(?:로그인|회원\s*가입|로그아웃|마이페이지|구독\s*(?:신청|하기)?|무료\s*회원\s*가입|회원용|"
    r"sign in|sign up|log in|log out|register|subscribe|subscribe now|newsletter|sign up for|"
    r"get the newsletter|already a subscriber|already have an account)\b", re.I
)
_AD = re.compile(r"^(?:advertisement|advertising|advert|ad|sponsored content|광고|\[INS:.*:INS\]|\[INS:|:INS\]|(?:story|article) continues (?:below|after)(?: advertisement| sponsorship| the ad)?|ad feedback|skip ad)$", re.I)
_DIGIT = re.compile(r"\d")
# An outlet's contact box: two phone or fax numbers or more, labelled (`Telephone: 03-761-9056 Fax: …`, `전화 02-…`).
# A year range (`2019-2020`) is no phone number: a paragraph about phone sales over the years is text.
_PHONE = re.compile(r"\b(?!(?:19|20)\d\d-(?:19|20)\d\d\b)\d{2,4}[-)]\s?\d{3,8}(?:-\d{3,4})?\b")
_CONTACT_LABEL = re.compile(r"\b(?:tel|telephone|phone|fax|e-?mail)\b|전화|팩스|대표번호|고객센터", re.I)
_WORD_CHAR = re.compile(r"\w")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_NOT_LETTER = re.compile(r"[\d\W]")
# The writer after a date and time (`September 10, 2011 at 1:06 PM ET by Jane Roe`): a byline, not the date's words.
_BY_WRITER = re.compile(r"\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.%\-]+\.(?:jpe?g|png|gif|webp|svg|avif)$", re.I)  # a link or an image's file name
_TRAIL = re.compile(r"\s[»›>|/]\s|^#")
_TRAIL_MARKS = frozenset("»›>|/")  # two trail marks need one of these at least: most lines skip the search
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_COOKIE = re.compile(
    r"\bcookies?\b.{0,80}\b(?:use|consent|preferences|policy|accept|improve|experience)|"
    r"\b(?:use|uses|using|accept|allow)\s+(?:of\s+)?cookies\b|쿠키", re.I
)


# Cheap substring checks that let most lines skip the slower regular expressions.
_WIDGET_HINTS = ("주세요", "helpful", "useful", "did you", "rate this", "us on", "공유", "페이스북", "카카오", "트위터", "엑스(", "복사", "스크랩", "인쇄", "크기", "폰트", "번역", "언어",
                 "좋아요", "북마크", "share", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "pinterest",
                 "reddit", "buffer", "flipboard", "tumblr", "telegram", "print", "mail this", "copy link", "size", "bookmark", "save article")


def hint_pattern(hints: tuple[str, ...]) -> re.Pattern:
    """Return one pattern that finds any of the literal hints (far faster than testing each)."""
    return re.compile("|".join(map(re.escape, hints)))


def has_hint(text: str, hints: re.Pattern) -> bool:
    """Return True when the lower-cased text holds one of the hints."""
    return hints.search(text.lower()) is not None


_WIDGET_HINT = hint_pattern(_WIDGET_HINTS)
# A line asking the reader to react (like, subscribe, rate): a widget's label, whatever its wording.
# Each of its forms holds one of _WIDGET_HINTS (`주세요`, `helpful`, `did you`, `rate this`, `us on`): the hint test goes first.
_ASKS_REACTION = re.compile(
    r"(?:좋아요|추천|구독|공유|응원)(?:를|을)?\s*(?:꾹\s*)?(?:눌러|해)\s*주세요|"
    r"(?:was|is) this (?:article|story|page) (?:helpful|useful)|did you (?:like|enjoy) this|"
    r"rate this (?:article|story)|(?:like|follow) us on", re.I
)
# The text-size control explains itself in a sentence (`본문 내용은 이 글자크기로 변경됩니다`): articles seldom
# speak of their own type size, so any short line naming it is the control.
_COOKIE_HINT = hint_pattern(("cookie", "쿠키"))
_COPYRIGHT_HINTS = ("ⓒ", "©", "(c)", "copyright", "무단", "재배포", "all rights", "저작권")
_SUMMARY_HINTS = ("요약", "summary", "takeaways")
_COPYRIGHT_HINT = hint_pattern(_COPYRIGHT_HINTS)
_SUMMARY_HINT = hint_pattern(_SUMMARY_HINTS)


def twice_over(text: str) -> bool:
    """Return True for a string printed twice with nothing or one space between (`Jane DoeJane Doe`): a widget's label."""
    half = len(text) // 2
    if len(text) % 2:
        return text[half] == " " and text[:half] == text[half + 1:]
    return text[:half] == text[half:]


def repeats_within(text: str) -> bool:
    """Return True when the text is one piece said more than twice (a sentence said ten times is no alt text)."""
    spaced = text + " "  # copies printed with a space between: the period of the spaced text is one copy
    return (spaced + spaced).find(spaced, 1) < len(spaced) // 2


def is_bullet(line: str) -> bool:
    """Return True when the line is a list item (`* x`, `+ x`, `1. x`)."""
    opening = line[:1]
    return (opening if not opening.isspace() else line.lstrip()[:1]) in BULLET_OPENINGS and _BULLET.match(line) is not None


def strip_bullet(line: str) -> str:
    """Return the line without its list marker."""
    return _BULLET.sub("", line, count=1).strip()


@lru_cache(maxsize=65536)
def is_prose(line: str) -> bool:
    """Return True when the line reads like running text (long, or a finished sentence)."""
    text = line.strip()
    size = len(text)
    if size >= PROSE_CHARS:
        return True
    if size < 25:
        return False
    words = len(text.split())
    if _CJK.search(text) is None and _QUOTED_END.search(text[-3:]) is not None:
        return False  # an English sentence puts its stop inside the quote (`…,” he said.`); a headline ends on the quote
    if _CJK.search(text) is None and text[-1] in "?!" and _TITLE_CASE_ASK.match(text):
        return False
    return ends_sentence(text) and (words >= 5 or bool(_CJK.search(text)))


def stamped_title(text: str) -> bool:
    """Return True for a feed's item: a clock time, then another story's headline in Title Case (not the rest of a
    date line: `5:45 AM PST 11/19/2019 by Jane Roe`)."""
    return (text[:1].isdigit() or text[:1] in "YyTt") and len(text) < STAMPED_TITLE_CHARS \
        and _STAMPED_TITLE.match(text) is not None and not is_dateline(text)


def ends_sentence(text: str) -> bool:
    """Return True when the text ends like a sentence (only its last characters are looked at)."""
    return _SENTENCE_END.search(text[-6:]) is not None


def ends_korean_sentence(text: str) -> bool:
    """Return True when the text ends a Korean sentence: a verb ending and its stop (`…열린다.`, `…까요?`)."""
    return _KOREAN_STOP.search(text[-4:]) is not None


def has_hangul(text: str) -> bool:
    """Return True when the text contains Hangul syllables (an ASCII text, most English lines, without a search)."""
    return not text.isascii() and _HANGUL.search(text) is not None


def widget_words(text: str) -> int:
    """Return how many share/print/font widget words the text holds."""
    return len(_WIDGET_WORDS.findall(text))


def _english_control(text: str) -> bool:
    """Return True for an English line asking the reader to follow or share (`Follow X on Instagram, Facebook
    and YouTube.`): it opens on the control's verb and is made mostly of control words."""
    if len(text) >= PROSE_CHARS or has_hangul(text) or chrome.CONTROL_VERB.match(text) is None:
        return False
    return chrome.mostly_chrome(text) and (_WIDGET_WORDS.search(text) is not None or chrome.asks(text))


def is_widget(text: str) -> bool:
    """Return True for a line of share, print, font-size or translate controls."""
    if not has_hint(text, _WIDGET_HINT) or not _WIDGET_WORDS.search(text):
        return False
    found = widget_words(text)
    if not found:
        return False
    if len(text) <= 40 and not is_prose(text):
        return chrome.english_chrome(text)
    rest = _WIDGET_WORDS.sub("", text)
    rest = re.sub(r"(?:에|하기|으로|로|\s|[^\w])+", "", rest)
    return found >= 2 and len(rest) <= len(text) * 0.4


def is_furniture(text: str) -> bool:
    """Return True for a short line made mostly of navigation words (`Permalink 3 Comments Back to top`)."""
    if len(text) > 80 or is_prose(text):
        return False
    words = _LATIN_WORD.findall(text.lower())
    if len(words) < 3:
        return False
    return sum(1 for word in words if word in _FURNITURE) >= 0.75 * len(words)


def is_breadcrumb(text: str) -> bool:
    """Return True for a trail of links (`Home › News › World`, `Site » Feed » Comments Feed`)."""
    return not ends_sentence(text) and not _TRAIL_MARKS.isdisjoint(text) and len(_TRAIL.findall(text)) >= 2


def is_dateline(text: str) -> bool:
    """Return True for a short line that is only a timestamp, maybe labelled (`입력 : 2025-05-28`)."""
    if len(text) > 70:
        parts = _UPDATED_AFTER.split(text, maxsplit=1) if len(text) <= 140 else []
        return len(parts) == 2 and is_dateline(parts[0]) and is_dateline(parts[1])
    label = _DATE_LABEL.match(text)
    if label and (len(text) < 50 or _DIGIT.search(text) and len(_NOT_LETTER.sub("", text[label.end():])) <= 25):
        return True  # a label and a date, maybe spelt out (`Published: Monday, November 18th, 2019 at 11:08 a.m.`)
    if is_prose(text) and len(text) > 50:
        return False
    if not _DIGIT.search(text):
        return len(text) < 25 and _SPELT_AGO.match(text) is not None
    found = _DATE.search(text) if _YEAR.search(text) else _CLOCK.search(text)
    return found is not None and len(_NOT_LETTER.sub("", _BY_WRITER.sub("", text))) <= 30


@lru_cache(maxsize=65536)
def classify(line: str) -> str | None:
    """Return the kind of noise this one line is, or None when it may be article text."""
    text = line.strip()
    if not text:
        return None
    bare = strip_bullet(text) if is_bullet(text) else text
    for kind, test in _RULES:
        if test(text, bare):
            return kind
    return None


def may_be_copyright(text: str) -> bool:
    """Return False for a stripped line classify() cannot call COPYRIGHT (its rule's first tests fail): a cheap
    test before the full classification, for a caller that only asks whether a line is a copyright line."""
    return len(text) < 200 and has_hint(text, _COPYRIGHT_HINT)


def _ui_run(text: str) -> bool:
    """Return True for a short line made only of control words (`이전 다음`, `닫기 TOP`): buttons side by side."""
    words = text.split(maxsplit=UI_RUN)  # a long line is not split whole: UI_RUN + 1 pieces say it is too long
    return 2 <= len(words) <= UI_RUN and all(_UI_WORDS.match(word) for word in words)


def _short(text: str) -> bool:
    """Return True for a line too short to be a paragraph."""
    return len(text) <= 60 and not is_prose(text)


_RULES = (
    (MARKUP, lambda t, b: markup_lines.is_markup_line(t, PROSE_CHARS)),
    (RULE, lambda t, b: not t[0].isalnum() and _WORD_CHAR.search(t) is None),
    (CONTACT, lambda t, b: "-" in t and _CONTACT_LABEL.search(t) is not None and len(_PHONE.findall(t)) >= 2
     or broadcast.is_tip_line(b)),
    (CAPTION, lambda t, b: captions.gallery_line(t)),
    (CREDITS, lambda t, b: broadcast.credits(b) is not None),
    (PLAYER, lambda t, b: broadcast.is_player(b)),
    (TICKER, lambda t, b: bool(_NUMBERS_ONLY.match(b)) or bool(_TICKER_LINE.match(b))),
    (NOTICE, lambda t, b: len(t) < 160 and ("기사" in t or t[:4].lower() == "this") and bool(_NOTICE.search(t))
     or chrome.discloses(t)),
    (SUMMARY, lambda t, b: len(t) < 160 and has_hint(t, _SUMMARY_HINT) and bool(_SUMMARY.search(t))),
    (CAPTION, lambda t, b: captions.is_caption(t)
     or len(t) < 400 and " " in t and twice_over(t) and not repeats_within(t)),  # alt text + title
    (COPYRIGHT, lambda t, b: may_be_copyright(t) and bool(_COPYRIGHT.search(t))),
    (COOKIE, lambda t, b: len(t) < 1200 and has_hint(t, _COOKIE_HINT) and bool(_COOKIE.search(t))),
    (WIDGET, lambda t, b: len(b) < 200 and (has_hint(b, _WIDGET_HINT) and (is_widget(b) or bool(_ASKS_REACTION.search(b)))
                                                  or reading_controls.is_reading_control(b) or _english_control(b))),
    (AD, lambda t, b: len(b) < 60 and bool(_AD.match(b))),
    (PROMO, lambda t, b: len(t) < 200 and (bool(_PROMO.match(t)) or "[" in t and bool(_PROMO_LABEL.match(t)))
     or broadcast.is_link_line(t)
     or chrome.shouted_link(t)),
    (AUTHOR, lambda t, b: chrome.author_note(t)),
    (SOURCES, lambda t, b: len(t) < 30 and endings.heads_sources(t)),
    (CREDITS, lambda t, b: chrome.credits_or_filing(b)),
    (RELATED, lambda t, b: len(b) < 60 and bool(_RELATED.match(b)) or len(b) <= 25 and bool(_RELATED_KO.match(b))
     or stamped_title(b)),
    (COMMENTS, lambda t, b: (bool(_COMMENTS.match(b)) and _short(b)) or (len(b) < 150 and bool(_COMMENT_THREAD.match(b)))),
    (ACCOUNT, lambda t, b: bool(_ACCOUNT.match(b)) and _short(b) and chrome.english_chrome(b) or chrome.offers(b)),
    (DATELINE, lambda t, b: is_dateline(b)),
    (MENU, lambda t, b: bool(_UI_WORDS.match(b)) or _ui_run(b) or bool(_BARE_URL.match(b)) or (t != b and _short(b)) or is_furniture(b)
     or is_breadcrumb(b) or broadcast.is_hashtags(b)),
)
