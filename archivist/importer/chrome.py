"""English page chrome: the words a control's label is made of, and the requests it makes of the reader.

A share button, an account link or a follow request is made *of* such words (`Share this article`,
`Follow us on Twitter`, `Support independent journalism`); a headline or a sentence that names one
(`Facebook to pay record fine`, `Register of deeds race heats up`) holds one among its own words.
Korean lines keep the rules of noise.py.
"""

from __future__ import annotations

import re

_LATIN_WORD = re.compile(r"[^\W\d_]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Words English page chrome is made of: sharing, printing, accounts, comments, following, navigation.
_CHROME_WORDS = frozenset(
    "share shares sharing tweet facebook twitter linkedin whatsapp pinterest reddit instagram youtube flipboard "
    "email e mail print copy link url bookmark save saved article story page text size font "
    "comment comments reply replies post leave join conversation discussion view show hide "
    "sign log register subscribe subscriber subscribers subscription newsletter newsletters account inbox "
    "already free trial today get click tap follow support donate contribute journalism independent "
    "latest breaking news alerts updates more read settings login logout signin signup profile menu search home "
    "close skip content navigation toggle".split()
)
# Words any line holds, left out of the share: `Share this article` and `Follow us on Twitter` are all chrome.
_FUNCTION_WORDS = frozenset("the a an of and or to for on in with via by at this that our your us up out now here "
                            "new my me it s".split())
# A request naming someone: to follow them on a platform, to support or donate in three words, a link's note.
_ASK = re.compile(r"^(?:follow|like|join|find|connect with)\b.{0,40}\bon (?:twitter|facebook|instagram|"
                  r"linkedin|youtube|tiktok|x|threads)\W*$|^(?:support|donate|contribute)\b(?:\W+\w+){0,2}\W*$|"
                  r"\(opens in (?:a )?new (?:window|tab)\)$", re.I)
CONTROL_VERB = re.compile(r"(?:follow|share|like|subscribe|sign|join|get|download|click|tap|email|print|save|support|"
                          r"donate)\b", re.I)  # a control asks: it opens on the verb of what it does
CHROME_SHARE = 0.6  # a line with this share of its other words chrome words is a control's label, not a headline


def asks(text: str) -> bool:
    """Return True for a request naming someone: follow them on a platform, support or donate, a link's note."""
    return _ASK.search(text) is not None


def mostly_chrome(text: str) -> bool:
    """Return True for a line without Hangul made mostly of the words of page controls (`Follow us on Twitter`).

    A headline that names a platform or a control (`Facebook to pay $5bn fine`, `Register of deeds
    race heats up`) holds one such word among its own; a control's label is made of them."""
    if asks(text):
        return True
    words = [word for word in _LATIN_WORD.findall(text.lower()) if word not in _FUNCTION_WORDS]
    return bool(words) and sum(word in _CHROME_WORDS for word in words) >= CHROME_SHARE * len(words)


def english_chrome(text: str) -> bool:
    """Return True unless the line is English and not mostly chrome words (Korean lines keep their rules)."""
    return _HANGUL.search(text) is not None or mostly_chrome(text)
