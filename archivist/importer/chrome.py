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
# The platforms share and follow buttons name: a control's word in chrome, a topic in an article's sentence.
PLATFORMS = frozenset("facebook twitter linkedin whatsapp pinterest reddit instagram youtube flipboard buffer "
                      "tumblr telegram".split())
# The words of controls: sharing, printing, accounts, comments, following, navigation. None is an article's topic.
CONTROL_WORDS = frozenset(
    "share shares sharing tweet "
    "email e mail print copy link url bookmark save saved article story page text size font "
    "comment comments reply replies post leave join conversation discussion view show hide "
    "sign log register subscribe subscriber subscribers subscription newsletter newsletters account inbox "
    "already free trial today get click tap follow support donate contribute journalism independent "
    "latest breaking news alerts updates more read settings login logout signin signup profile menu search home "
    "close skip content navigation toggle keyword keywords".split()
)
_CHROME_WORDS = CONTROL_WORDS | PLATFORMS  # what English page chrome is made of
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


# The links to the site's own pages a footer or a top bar prints in a row (`About Press T&C Contact Us`).
_SITE_LINK = re.compile(r"\b(?:about(?: us)?|press|contact(?: us)?|t&c|terms(?: (?:of (?:use|service)|& conditions))?|"
                        r"privacy(?: policy)?|careers|jobs|advertise(?: with us)?|help|faq|site ?map|"
                        r"cookies?(?: policy)?)\b", re.I)
# A top bar's account control, and what stands beside it there: a call to try the product, a follower or star count.
_BAR_ACCOUNT = re.compile(r"\b(?:log ?in|sign ?in|sign ?up)\b", re.I)
_BAR_OTHER = re.compile(r"\b(?:book|request|get|schedule) a demo\b|\bget started\b|\btry (?:it )?(?:for )?free\b|"
                        r"\bcontact sales\b|(?<![\w.])\d+(?:\.\d)?[km](?!\w)", re.I)
SITE_LINKS = 3      # a row naming this many of the site's own pages is its links, not a headline
SITE_LINK_WORDS = 10  # …when it is this short and made mostly of their names
# The site greeting its reader by its address (`Welcome to Example.net`), or its name made of its address and what
# it is (`The Example.com Blog`, `Example.org`); an address opening a headline has the headline's words after it.
_WELCOME = re.compile(r"^(?:welcome to\s+)?(?:the\s+)?[\w-]+\.(?:com|org|net|co|io|info|news|tv)(?:\.[a-z]{2})?"
                      r"(?:\s+(?:blog|news|online|magazine|daily|home|homepage|staff|team))?\W*$", re.I)


def site_links(text: str) -> bool:
    """Return True for a row of links to the site's own pages (`About Press T&C Contact Us`), its greeting of the
    reader by its address (`Welcome to Example.net`), its name made of its address (`The Example.com Blog`) or its top
    bar (`Login Book a Demo GitHub 1.3k Discord`)."""
    if _WELCOME.match(text) or top_bar(text):
        return True
    words = text.split()
    if len(words) > SITE_LINK_WORDS:
        return False
    links = [match.group().lower() for match in _SITE_LINK.finditer(text)]
    return len(set(links)) >= SITE_LINKS and sum(len(link.split()) for link in links) >= CHROME_SHARE * len(words)


def top_bar(text: str) -> bool:
    """Return True for a site's top bar printed on one line: an account control (`Login`, `Sign in`) beside a call to
    try the product (`Book a Demo`, `Get Started`) or a count of followers or stars (`1.3k`), every word a label's
    (capitalised, a small word or a number), never a sentence."""
    if len(text.split()) > SITE_LINK_WORDS or not _BAR_ACCOUNT.search(text) or not _BAR_OTHER.search(text):
        return False
    return all(word[:1].isupper() or not word[:1].isalpha() or word.lower() in _FUNCTION_WORDS for word in text.split())


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
    return _has_hangul(text) or mostly_chrome(text)


# A box selling the reader something (a newsletter, a subscription, an offer) speaks to the reader about it: it opens
# on the ask, or names the reader's inbox, the promise not to spam, the consent to terms, a price or a code.
_OFFER = re.compile(
    r"^\W*(?:subscribe|sign up|signup)\b.{0,60}\b(?:news|newsletters?|e-?mails?|alerts|updates|inbox|our|channel|"
    r"youtube|podcast|magazine|now|today)\b|\b(?:subscribe|sign up|signup)\s+(?:now|today|here|for (?:our|more)\b|"
    r"to (?:our|get|receive)\b)|\bnewsletters?\b.{0,60}\b(?:inbox|delivered)\b|"
    r"\b(?:to|in|into) your inbox\b|\bunsubscribe at any time\b|\bno spam\b|\bopt-?in\b|"
    r"\b(?:you|I) agree (?:to (?:the|our) (?:terms|privacy)|that .{0,60}\b(?:newsletter|e-?mails?)\b)|"
    r"\bdelivered (?:\w+ ){0,2}(?:to|through|at) your\b|\bclick here\b|\bfor (?:as little as|only) [$£€]|"
    r"\b(?:promo|discount|coupon) code\b|\buse (?:the )?code\b|\b(?:now|already) subscribed\b|"
    r"\bthanks? (?:you )?for (?:signing up|subscribing)\b|"
    # a sign-up box's promise of mail (`Sign up to follow, and we'll e-mail you …`, `You'll receive free e-mail …`)
    r"\b(?:sign up|subscribe) to follow\b|\bwe(?:['’]ll| will) (?:e-?mail|send) you\b|"
    r"\byou(?:['’]ll| will) (?:receive|get) (?:\w+ ){0,3}e-?mails?\b|"
    # a newsletter's name heading its box (`The Morning Brief Newsletter`, `Email newsletters`)
    r"^(?:[\w'’&.+-]+\s){0,4}newsletters?(?: sign-?up)?\W*$|"
    # a paywall's ask (`This post is for paid members only`, `Become a paid member for …`, `Free members get …`)
    r"\b(?:become|upgrade to|join as) an? (?:paid|premium) (?:member|subscriber)\b|\bbecome an? (?:member|subscriber) (?:today|now)\b|"
    r"\bfor (?:paid|premium) (?:members|subscribers) only\b|\b(?:post|article|story|content) is for (?:members|subscribers) only\b|"
    r"^free members get\b", re.I)
# The site's disclosure that it is paid for the links it prints (`This post may contain affiliate links.`).
_DISCLOSURE = re.compile(r"\b(?:we|I|this (?:post|article|page|story))\b.{0,60}\b(?:affiliate\b.{0,30}\b(?:links?|"
                         r"commissions?|partners?)|earn (?:a )?(?:small )?commission)", re.I)
_OFFER_HINT = re.compile(r"subscri|sign.?up|inbox|spam|opt.?in|agree|delivered|click|code|little as|for only|newsletter|"
                         r"mail|member")
# What an offer's box says below its heading: it promises the reader something (`Get the day's big stories …`).
_PROMISE = re.compile(r"^(?:get|receive|stay|keep|be the first|find out|catch up|start|never miss|don'?t miss|enjoy|"
                      r"discover|join)\b", re.I)
OFFER_CHARS = 300  # a box's line is short; a paragraph that mentions a newsletter in passing is longer


def offers(text: str) -> bool:
    """Return True for an English line selling the reader a newsletter, a subscription or an offer
    (`Sign up for our newsletter`, `No spam, we promise.`, `12 issues for £11.99. Click here …`)."""
    return (len(text) < OFFER_CHARS and not _has_hangul(text) and _OFFER_HINT.search(text.lower()) is not None
            and _OFFER.search(text) is not None)


# The note on the writer closing an article: how to follow or reach them, or who they are (`Jane Doe is a senior
# reporter at …`); `About the author` heads such a box.
_NOTE_HEADING = re.compile(r"^about (?:the (?:author|writer|reporter)s?|me)\W*$", re.I)
_AUTHOR_NOTE = re.compile(r"\bfollow (?:him|her|them|me) on\b|\b(?:contact|reach|email|e-mail) (?:him|her|them|me) "
                          r"(?:at|on|via|direct)\b|" + _NOTE_HEADING.pattern, re.I)
_BIO = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,4}(?:is|was|has been|covers|writes|reports)\b(?:[^.]{0,80})\b(?:writer|"
                  r"reporter|editor|correspondent|journalist|columnist|contributor|author|producer|critic|blogger|"
                  r"educator|analyst|anchor|host|photographer|freelancer)s?\b")
NOTE_CHARS = 400  # a note on the writer is a few lines; longer is a paragraph of the story


def promises(text: str) -> bool:
    """Return True for an English line promising the reader something (`Get the day's big stories …`): below an
    offer's heading it is the offer's text."""
    return len(text) < OFFER_CHARS and not _has_hangul(text) and _PROMISE.match(text) is not None


def discloses(text: str) -> bool:
    """Return True for the site's note that it earns from the links it prints (an affiliate disclosure)."""
    return len(text) < OFFER_CHARS and ("ffiliate" in text or "ommission" in text) and _DISCLOSURE.search(text) is not None


def author_note(text: str) -> bool:
    """Return True for a line telling the reader how to follow or reach the writer, or an `About the author` heading."""
    if len(text) >= NOTE_CHARS or _has_hangul(text):
        return False
    low = text.lower()
    return (low.startswith("about") or "follow" in low or "contact" in low or "reach" in low or "mail" in low) \
        and _AUTHOR_NOTE.search(text) is not None


def heads_note(text: str) -> bool:
    """Return True for the heading of a box on the writer (`About the author`, `About me`): the article ended above."""
    return _NOTE_HEADING.match(text) is not None


def is_bio(text: str) -> bool:
    """Return True for a sentence saying who the writer is (`Jane Doe is a senior reporter …`): at an article's
    end it is the note on its writer; inside the story it may be a sentence about a journalist, so only the end is read."""
    return len(text) < NOTE_CHARS and _BIO.match(text) is not None


def shouted_link(text: str) -> bool:
    """Return True for a headline in capitals without a stop, seven words or more (`SEAN SPICER ELIMINATED FROM
    'DANCING WITH THE STARS'`): a link to another story between paragraphs; an article's own capitals subhead is
    shorter or asks a question."""
    if text.upper() != text or text.lower() == text or _has_hangul(text):
        return False  # not in capitals, or no letters that have cases
    letters = _LATIN_WORD.findall(text)
    return len(letters) >= SHOUTED_WORDS and _STOPPED.search(text) is None and sum(map(len, letters)) >= 20


SHOUTED_WORDS = 7
_STOPPED = re.compile(r"[.?!:;,…][\"'’”)]?\s*$")


_SHARE_BUTTON = re.compile(r"\s*(?:click|tap) to tweet\W*$|\s*tweet this(?: quote)?\W*$", re.I)


def without_share_button(text: str) -> str:
    """Return a highlighted sentence without the share button glued to its end (`…continuum.'Click To Tweet`)."""
    found = _SHARE_BUTTON.search(text, max(0, len(text) - 24))
    return text[:found.start()] if found and found.start() > 0 else text


# A labelled line of the article's credits or filing (`Edited by: Jane Roe`, `Subjects: Crime, Drugs`, `TAGS/ …`): the box
# of details under a story, not its text. A byline (`By Jane Roe`) is read elsewhere.
_CREDITS = re.compile(r"^(?:(?:edited|researched|reported|written|produced|compiled|fact[- ]checked|additional reporting|"
                      r"reporting|graphics|design|illustrations?|photos?|photographs|video)\s+by|editors?|editing|"
                      r"subjects?|topics?|tags?|categories|category|filed (?:under|in|to)|posted in|keywords)"
                      r"\s*[:/]\s*\S", re.I)
CREDITS_CHARS = 100  # such a line names a few people or subjects


def credits_or_filing(text: str) -> bool:
    """Return True for a labelled line of an article's credits or filing (`Edited by: Jane Roe`, `Topics: Crime`)."""
    return len(text) < CREDITS_CHARS and not _has_hangul(text) and _CREDITS.match(text) is not None


def _has_hangul(text: str) -> bool:
    """Return True when the text holds a Hangul syllable (an ASCII text without a search)."""
    return not text.isascii() and _HANGUL.search(text) is not None
