"""Captions: the shapes of a photo's caption, credit and controls, on any news site (`noise.classify` asks here).

A caption carries a photo credit (`사진=…`, `[사진 = …]`, `(AP Photo/…)`, `REUTERS/Jane Doe`,
`Image caption …`, `…treatmentCredit: EPA`), opens with a pointer (`▲ …`), ends on an agency photo's shooting
day and mailbox, on a description's noun or a bare credit after its sentence (`… (The Associated Press)`), or is a
photo's enlarge control; lynx prints a gallery of `<figure>`s on one line, its photos' credits and controls run
together.
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# A photo's credit, its enlarge control, or a slideshow's counter right after a credit (`…(사진=X 제공)3 / 3`)
_PHOTO_MARK = re.compile(r"사진\s*=|(?:사진|이미지)\s*(?:확대|크게\s*보기)|[)\]]\s*\d{1,3}\s*/\s*\d{1,3}(?!\d)")
# The shapes of a caption, in three patterns by what each needs (matching any of them is matching any one shape):
# the Korean ones name a photo or a reporter, the English ones hold a slash, a colon or a picture agency's words,
# and the rest open the line. A long line without the words of the first two is only matched at its start.
_CAPTION_KO = re.compile(
    r"사진\s*확대|사진설명|\[\s*(?:사진|그래픽|자료|이미지|영상)\s*(?:출처)?\s*=[^\]]*\]\s*$|"
    r"[<(〈]\s*(?:사진\s*=?\s*)?[가-힣]{2,4}\s*(?:사진)?기자\s*[>)〉]\s*$|"
    r"(?:^|\s|/)사진\s*=\s*\S.{0,40}$|\(\s*사진\s*=[^)]*\)\s*$|"
    # a photo's credit closing a caption, maybe with the photo desk's email and a resale notice
    r"\(\s*사진\s*=[^)]*\)\s*(?:[\w.\-]+@[\w.\-]+)?\s*(?:\*[^*]{0,20})?$|"
    # which of several photos a caption describes (`…지나가고 있다(왼쪽 사진).`)
    r"\(\s*(?:왼쪽|오른쪽|위|아래|위쪽|아래쪽|가운데|작은|큰)\s*사진\s*\)|"
    # a photo's enlarge control, maybe after the alt text it was printed beside (`…대회이미지 크게보기`)
    r"(?:사진|이미지|그림)\s*(?:크게\s*보기|확대\s*보기|원본\s*보기)\s*$",
    re.I,
)
_KO_WORDS = ("사진", "이미지", "그림", "기자", "그래픽", "자료", "영상")  # one of them is in every _CAPTION_KO shape
_CAPTION_EN = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|Getty)[^)]*(?:Photo|Images)[^)]*\)\s*$|"
    r"\([A-Za-z가-힣][^()/]{1,40}/\s*[A-Za-z가-힣][^()/]{1,30}\)\s*$|"
    r"\bimage copyright\s\S{1,40}(?:\s\S{1,40})?$|"
    # an English caption's credit at its end (`… (Image: GETTY )`, `…treatmentCredit: EPA`)
    r"[(\[]\s*(?:image|photo|picture|pic|credit)s?\s*:\s*[^)\]]{1,60}[)\]]\s*$|credit:\s*[^.:]{1,50}$|"
    # …maybe with the caption's close control after it (`… | AP Photo Close`)
    r"(?:Getty Images|Shutterstock|iStock|AP Photo|AFP via Getty Images)\s*\)?\s*(?:close|hide)?\s*$|"
    # a credit closing the caption, labelled (`… Edinburgh Photo: DEADLINE`, `… Photo: Jane Roe/City Times`)
    r"\s(?:photo|picture|image):\s+(?-i:[A-Z][\w.&'\-]*(?:(?:\s?/\s?|\s)[A-Z][\w.&'\-]*){0,5})$|"
    # an agency's credit with the photographer's name (`REUTERS/Jane Doe`), or after it (`… Chuck Burton/AP hide caption`)
    r"\b(?:REUTERS|AFP|AP|EPA|Bloomberg|Getty)\s?/\s?[A-Z][\w.'\- ]{1,40}$|"
    r"[.!?”’]\s+(?-i:(?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w.'’-]*)\s?/\s?(?:AP|AFP|Getty(?: Images)?|Reuters|EPA|Bloomberg)"
    r"(?:\s+hide caption)?$",
    re.I,
)
# A description closed by the agency that took the picture, after its sentence (`You are what you search. (The Associated
# Press)`): a paragraph's last sentence is not followed by a bare agency's name.
_AGENCY_CREDIT = re.compile(r"[.!?\"”’]\s*\((?:the )?(?:associated press|ap|afp|epa|reuters|getty images|bloomberg)"
                            r"(?: file(?: photo)?)?\)\s*$", re.I)
_EN_WORDS = ("photo", "images", "shutterstock", "istock", "image copyright")  # …or a slash or a colon: every _CAPTION_EN shape
# the shapes opening the line: a pointer, a credit or source label, the AP's opening (`In this photo …`), a figure's
# number (`Figure 2: …`)
_CAPTION_OPENING = re.compile(
    r"^\s*[▲△▷]\s*\S|^(?:file photo|photo|image|photograph|picture|credit)(?: source| credit)?s?\s*(?::|by)\s|"
    r"^(?:image|media|video) (?:caption|copyright)\b|^(?:twitter|instagram|facebook|tiktok|youtube) (?:post|video) by\b|"
    r"^in this (?:[\w.,]+ ){0,6}?(?:photo|image|picture|photograph|frame grab)\b|"
    r"^credit(?:\.{3}|…)\s*\S|^image source,\s|^illustration(?::| by)\s|^(?:figure|fig\.)\s?\d+[a-z]?\s?[:.|]\s|"
    # a screenshot's credit (`Screenshot by …`)
    r"^screenshots?(?:\s+by|:)\s|"
    # who stands where in the picture (`(L-R) Jane Roe, John Doe`, `From left, …`)
    r"^\(?\s*[lr]\s*[-–]\s*[lr]\s*\)?\s*[:,]?\s|^from (?:left|right)\b",
    re.I,
)
# A caption is a description sentence and its credit (`…시위를 벌이고 있다. 노조 제공`, `…폐쇄했다. 연합뉴스`): a
# paragraph does not end on a bare name after its last sentence.
_CREDITED = re.compile(r"\.\s+[^.]{1,20}?\s*제공\s*\)?$|다\.\s+[가-힣A-Za-z]{2,8}$|다\.\s*[ⓒ©]\s*\S[^.]{0,15}$|"
                       r"다\.\s+(?:[가-힣A-Za-z]{2,10}\s)?(?:자료\s*)?사진$")  # `…있다. 한빛신문 자료사진`
# An agency photo's caption closes on the day it was shot and the photographer's mailbox, maybe with the place and
# name before it (`…하고 있다. 2023.10.11. hong@x.kr`, `…있다. 수원=홍길동 기자hong@x.kr/2023.10.31/`): a
# paragraph's sign-off gives a mailbox, never the day before or after it.
_SHOT_TAIL = re.compile(r"다\.\s+(?:\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+"
                        r"|[가-힣]{1,8}\s?=\s?[가-힣]{2,4}\s?기자\s?[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+/\d{4}\.\d{1,2}\.\d{1,2}/?)\s*$")
SHOT_TAIL_SIZE = 80  # how much of a caption's end its shooting day, place, name and mailbox take
NOMINAL_CAPTION = 120  # a line ending on a noun and a period, shorter than this, is a caption
_VERB_ENDS = frozenset("다요죠음임함까니네군오라자")
CREDIT_TAIL = 40  # how much of a line's end a caption's sentence end and credit take
CAPTION_CREDITED = 200  # a credited line longer than this is a paragraph with a sign-off
_CAPTION_HINTS = ("사진", "이미지", "그림", "제공", "ⓒ", "©", "(", "<", "〈", "[", "▲", "△", "▷", "photo", "image", "picture",
                  "credit", "getty", "shutterstock", "istock", "post by", "reuters", "afp/", "ap/", "epa/", "bloomberg/",
                  "getty/", "illustration", "l-r", "r-l", "from left", "from right", "fig", "screenshot",
                  "/ap", "/afp", "/getty", "/reuters", "/epa", "/bloomberg")
_CAPTION_HINT = re.compile("|".join(map(re.escape, _CAPTION_HINTS)))  # cheap test before the long pattern
# w3m's placeholder of a picture before its caption: the file's name in brackets, with a hyphen (`[zsa-zsa-li] …`).
_PICTURE_SLUG = re.compile(r"\[[A-Za-z][\w.]*-[\w.-]*\]\s+")
# A picture's credit in words (`Courtesy of Jane Roe`, `Photo courtesy of …`, `Image credit: …`); a short line holding
# only that is the credit of a picture (no sentence: it does not end on a stop).
PICTURE_CREDIT = re.compile(r"^(?:(?:photo|image|picture|video)s?\s+)?(?:courtesy(?:\s+of)?|credit\s*:)\s+\S", re.I)
CREDIT_LINE_CHARS = 80
# A bare credit on its own line: the photographer's name and the agency (`Chuck Burton/AP`, `Jane Roe/Getty Images`).
_BARE_CREDIT = re.compile(r"^(?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w.'’-]*\s?/\s?[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,2}$")
BARE_CREDIT_CHARS = 60
# A copyright notice (not a photo credit ending a caption): it opens with the mark, or reserves rights.
_NOTICE_LINE = re.compile(r"^\s*(?:copyright|ⓒ|©|\(c\))|무단\s*(?:전재|복제)|재배포|all rights reserved", re.I)


# A photo credit glued after a paragraph's last sentence (`… 나섰다. 사진=한빛통신`): the page printed the credit of the
# article's picture at its end, and the tags between them were stripped. A caption describes what the picture shows,
# in the present progressive (`…하고 있다.`) or on a noun; a paragraph reports, in the past or future tense.
_GLUED_CREDIT = re.compile(r"(?<=다\.)\s+(?:사진|자료\s*사진)\s*=\s*[^\s=/()\[\]<>]{1,12}(?:\s+제공)?\s*$")
_PROGRESSIVE = re.compile(r"(?:고|어|아|여)\s*있다\.$")
GLUED_CREDIT_TAIL = 30  # how much of a paragraph's end the credit takes
MIN_CREDITED_PARAGRAPH = 40  # a paragraph's text before a glued credit is this long at least


def glued_credit(text: str) -> int:
    """Return where a photo credit glued after a paragraph's last sentence starts (`… 나섰다. 사진=한빛통신`), or -1;
    a caption's own credit after its description (`…하고 있다. 사진=한빛통신`) is no paragraph's."""
    if "사진" not in text[-GLUED_CREDIT_TAIL:]:
        return -1
    credit = _GLUED_CREDIT.search(text, max(0, len(text) - GLUED_CREDIT_TAIL))
    if credit is None:
        return -1
    head = text[:credit.start()].rstrip()
    if len(head) < MIN_CREDITED_PARAGRAPH or _PROGRESSIVE.search(head) is not None:
        return -1
    return credit.start()


def is_caption(text: str) -> bool:
    """Return True for a caption: a photo's credit or pointer in it, or a description ending on its credit or a noun
    (maybe after w3m's placeholder of the picture it captions, `[zsa-zsa-li] Courtesy of Zillow`)."""
    if text[:1] == "[" and (slug := _PICTURE_SLUG.match(text)) is not None and len(text) > slug.end():
        text = text[slug.end():]
    if len(text) < 400 and _CAPTION_HINT.search(low := text.lower()) is not None and _caption_shaped(text, low):
        return True
    if len(text) < 400 and _SHOT_TAIL.search(text[-SHOT_TAIL_SIZE:]) is not None:
        return True
    if len(text) < BARE_CREDIT_CHARS and "/" in text and _BARE_CREDIT.match(text) is not None:
        return True
    if len(text) < CREDIT_LINE_CHARS and text[-1:] not in ".!?" and PICTURE_CREDIT.match(text) is not None:
        return True
    return len(text) < CAPTION_CREDITED and text[-1:] != "다" and _credited(text) and not _NOTICE_LINE.search(text)


def _caption_shaped(text: str, low: str) -> bool:
    """Return True when the text (and `low`, it lower-cased) has one of the caption's shapes: the long patterns
    run only on lines holding the words every one of their shapes needs."""
    return (_CAPTION_OPENING.match(text) is not None
            or any(word in text for word in _KO_WORDS) and _CAPTION_KO.search(text) is not None
            or ("/" in text or ":" in text or any(word in low for word in _EN_WORDS))
            and _CAPTION_EN.search(text) is not None
            or text[-1:] == ")" and _AGENCY_CREDIT.search(text[-CREDIT_TAIL:]) is not None)


def _credited(text: str) -> bool:
    """Return True when the text ends with a sentence and a bare credit, or on a noun (a caption); only its end is read.

    A Korean paragraph's last sentence ends on a verb (`…했다.`); a caption often ends on a noun, the
    person or thing shown (`…정상에 오른 손제이.`)."""
    tail = text[-CREDIT_TAIL:]
    if "." not in tail:
        return False
    if len(text) < NOMINAL_CAPTION and tail[-1] == "." and _HANGUL.match(tail[-2:-1]) and tail[-2] not in _VERB_ENDS:
        return True
    return _CREDITED.search(tail) is not None


def gallery_line(text: str) -> bool:
    """Return True for photos run together on one line (lynx prints a `<figure>` inline): two photo credits or
    enlarge controls, whatever the line's length. A paragraph names a photographer's credit once at most."""
    return ("사진" in text or "이미지" in text) and len(_PHOTO_MARK.findall(text)) >= 2
