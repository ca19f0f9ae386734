"""Clean-up of trafilatura's blocks with the saved page's own evidence, before the shared clean-up.

trafilatura finds the article's container but lets some of the page through: lists of links to other
stories, a widget's layer (summary, font size, reactions), promos written as links. Each is recognised by
where it sits in the page (`html_evidence`), never by its wording. The shared clean-up (`clean.py`) then runs
on what is left, and a sentence it would trim from the end is kept: here the extractor already drew the
article's bounds, so a finished sentence at the end is the story's last line, not a sign-off.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import clean, fields, noise
from .clean import Block
from .html_evidence import Evidence, PageText, evidence, letters, same_site, text_index
from .record import ImportedArticle

LINKED = 0.8  # share of a block's letters inside links above which it is a link, not text with links
_TEASER = 200  # characters: longer than this, a linked block is prose that happens to be linked
_LEAD_IN = 60  # characters: a heading above a list of links is this short
SIGN_OFF = "sign-off"
REPEATED = "repeated text"
_REPEATED = 80  # letters: a block this long said twice is a copy, not a refrain
_HEADING_NOISE = frozenset({noise.RELATED, noise.PROMO, noise.AD, noise.COMMENTS, noise.ACCOUNT})
ENLARGE = re.compile(r"^(?:사진|이미지|그림|영상)?\s*(?:확대|크게)\s*(?:보기)?$|"
                      r"^(?:click to )?(?:enlarge|expand|zoom|view larger)(?: (?:image|photo|picture))?$", re.I)
HEADLINE = "headline"
_WORDS = re.compile(r"\w+")
_SAME_WORDS = 0.7  # share of words a block shares with the headline to be the headline reworded
_DIGIT = re.compile(r"\d")
_BREAK = re.compile(r"^\s*([-_*])(?:\s*\1){2,}\s*$")  # `___`, `* * *`: a section break, also in Markdown


def clean_page_blocks(pairs: list[tuple[Block, str]], tree, record: ImportedArticle,
                      page: PageText | None = None) -> list[Block]:
    """Return the article's blocks without the page's furniture, recording each block dropped and why (`page`:
    the tree's text_index, when the caller has it)."""
    if not pairs:
        return []
    facts = block_evidence(pairs, tree, page)
    reasons = furniture(pairs, facts, urlsplit(record.url).hostname or "")
    for i in headline_variants(pairs, record.title):
        reasons[i] = reasons[i] or HEADLINE
    blocks = []
    for (block, plain), reason in zip(pairs, reasons):
        if reason:
            record.drop(plain, reason)
        elif _BREAK.match(plain):
            blocks.append(Block(plain.strip(), "raw"))  # inside the story's bounds a rule is its section break
        else:
            blocks.append(_with_plain_noise(block, plain))
    return keep_last_sentences(clean.clean_blocks(blocks, record), record)


def headline_variants(pairs: list[tuple[Block, str]], title: str) -> list[int]:
    """Return the places of blocks above the story's first sentence that say the headline in other words
    (a page's <h1> and its og:title differ: `Key moments from X's testimony` beside `Hearings: Key moments …`)."""
    words = set(_WORDS.findall(title.lower()))
    found = []
    for i, (_, plain) in enumerate(pairs):
        if noise.is_prose(plain) and len(plain) >= _LEAD_IN:
            break
        mine = set(_WORDS.findall(plain.lower()))
        if len(words) >= 4 and len(mine) >= 4 and len(mine & words) >= _SAME_WORDS * max(len(mine), len(words)):
            found.append(i)
    return found


def block_evidence(pairs: list[tuple[Block, str]], tree, page: PageText | None = None) -> list[Evidence]:
    """Return the page's evidence for each block, found in page order."""
    page = page or text_index(tree)
    found, place = [], -1
    for _, plain in pairs:
        facts, place = evidence(letters(plain), page, place)
        found.append(facts)
    return found


def furniture(pairs: list[tuple[Block, str]], facts: list[Evidence], host: str = "") -> list[str | None]:
    """Return, for each block, the kind of page furniture it is, or None for article text.

    Links count as teasers only when they lead within the page's own site or to one other (a sister site):
    links to several other sites are more often the story's sources than anyone's promotion."""
    keys = [letters(plain) for _, plain in pairs]
    reasons: list[str | None] = [_own_reason(block, plain, fact) for (block, plain), fact in zip(pairs, facts)]
    for i, fact in enumerate(facts):
        if fact.controls and _widget_box(fact.controls, keys):
            reasons[i] = noise.WIDGET
    linked = [_is_link(plain, fact) for (_, plain), fact in zip(pairs, facts)]
    for start, end in _runs(linked):
        if not _one_site(facts[start:end], host):
            continue
        if end - start >= 2 or _after_article(pairs, start, end):
            for i in range(start, end):
                reasons[i] = reasons[i] or noise.RELATED
            lead = start - 1
            if lead >= 0 and reasons[lead] is None and _is_lead_in(pairs[lead][1]):
                reasons[lead] = noise.RELATED
    repeated_leads(pairs, reasons)
    if all(reasons):
        return [None] * len(reasons)  # the page's evidence would leave no story: it misread a short one
    return reasons


def _widget_box(box: str, keys: list[str]) -> bool:
    """Return True when a box with controls holds little of the article: a widget's layer, not the story's
    own container (a short story's container may hold its share buttons)."""
    held = sum(len(key) for key in keys if key and key in box)
    return held * 2 < sum(len(key) for key in keys)


def _own_reason(block: Block, plain: str, fact: Evidence) -> str | None:
    """Return what the block's own place makes it: a list's orphaned heading, a caption, or None.

    Only a paragraph that is no finished sentence is taken for a caption: a heading or a list item beside an
    image is a listicle's entry, and a sentence in a figure is often the story's standfirst."""
    if len(plain) <= 24 and ENLARGE.match(plain):
        return noise.CAPTION  # an image's `enlarge` control
    if block.kind == "h" and noise.classify(plain) in _HEADING_NOISE:
        return noise.classify(plain)  # `관련 기사`, `Most read`: a heading the list under it was cut from
    if block.kind == "p" and (fact.in_caption or fact.beside_image) and not noise.ends_sentence(plain):
        return noise.CAPTION
    return None


def repeated_leads(pairs: list[tuple[Block, str]], reasons: list[str | None]) -> None:
    """Mark a long block that a later block repeats word for word (a standfirst or summary copying the lead)."""
    later: set[str] = set()
    for i in range(len(pairs) - 1, -1, -1):
        key = letters(pairs[i][1])
        if len(key) < _REPEATED:
            continue
        if key in later and reasons[i] is None:
            reasons[i] = REPEATED
        later.add(key)


def _one_site(facts: list[Evidence], host: str) -> bool:
    """Return True when most of the blocks link to one site: the page's own (or '' within it), or another."""
    sites = [_site_of(fact, host) for fact in facts]
    return max(sites.count(site) for site in sites) * 2 >= len(sites)


def _site_of(fact: Evidence, host: str) -> str:
    """Return the one host a block's links lead to ('' within the page's site), or '*' for several."""
    hosts = {h for h in fact.link_hosts if h and not (host and same_site(frozenset({h}), host))}
    return "*" if len(hosts) > 1 else next(iter(hosts), "")


def _is_link(plain: str, fact: Evidence) -> bool:
    """Return True when the block is, in the page, a link (a teaser's headline), not text."""
    return fact.found and fact.link_share >= LINKED and len(plain) <= _TEASER


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """Return the (start, end) spans where the flags are set, end excluded."""
    spans, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            spans.append((start, i))
            start = None
    return spans


def _after_article(pairs: list[tuple[Block, str]], start: int, end: int) -> bool:
    """Return True when no running text follows the span: a link there trails the story, it is not in it."""
    return not any(noise.is_prose(plain) for _, plain in pairs[end:])


def _is_lead_in(plain: str) -> bool:
    """Return True for a few words that are not a sentence nor a figure: the heading of the list under it."""
    return (len(plain) <= _LEAD_IN and len(plain.split()) <= 6 and not _DIGIT.search(plain)
            and not noise.ends_sentence(plain.rstrip(".…:")))


def _with_plain_noise(block: Block, plain: str) -> Block:
    """Return the block marked with the noise its plain text shows when its Markdown hides it (`[▶ …](…)`)."""
    if block.noise or plain == block.text or block.kind not in ("p", "li"):
        return block
    kind = noise.classify(plain)
    return Block(block.text, block.kind, kind) if kind else block


def keep_last_sentences(blocks: list[Block], record: ImportedArticle) -> list[Block]:
    """Return the blocks with the closing lines the shared clean-up trimmed as sign-offs put back.

    Put back: finished sentences, and lines of words in a Latin-script page (an address, a signature). A
    Korean closing line that is no sentence (`/연합뉴스`, `영상편집 …`) is a credit and stays out, and so does a
    TV reporter's sign-off (`MBC뉴스 홍길동입니다.`), a sentence that only signs the report."""
    restored = [d for d in record.dropped if d.reason == SIGN_OFF and (is_sentence(d.text) or _latin_line(d.text))
                and not fields.is_tv_sign_off(d.text)]
    if not restored:
        return blocks
    record.dropped = [d for d in record.dropped if d not in restored]
    return blocks + [Block(d.text) for d in reversed(restored)]


def is_sentence(text: str) -> bool:
    """Return True for a finished sentence of at least two words (`"That's correct," he said.`)."""
    text = text.strip()
    return len(text.split()) >= 2 and noise.ends_sentence(text) and not noise.classify(text)


def _latin_line(text: str) -> bool:
    """Return True for a line of two or more words without Hangul that no noise rule claims."""
    return len(text.split()) >= 2 and not noise.has_hangul(text) and not noise.classify(text)
