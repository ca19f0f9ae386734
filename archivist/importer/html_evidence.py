"""Where each extracted block sits in the saved page: its element, how much of it is link text, what holds it.

trafilatura returns the article's text without the page around it; these facts come back from the page so
that the clean-up can judge a block by its place (a list of links, a caption, a box beside the article)
rather than by its wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_NOT_WORD = re.compile(r"[\W_]+")
_KEY = 4  # letters of a text node's start that bucket it
_START = 40  # letters of a text node's start compared with a block's
_INVISIBLE = frozenset({"script", "style", "noscript", "head", "title", "template"})
_CAPTION_TAGS = frozenset({"figcaption", "figure"})
_ASIDE_TAGS = frozenset({"aside", "nav", "footer", "header", "form"})
_LIST_TAGS = frozenset({"li", "dd"})
_CONTROLS = ".//button|.//input|.//select|.//textarea"
_CAPTION_SIZE = 300  # letters: a caption is no longer
_CAPTION_SLACK = 20  # letters of other text a caption's box may hold (a credit, a counter)
_SUFFIXES = frozenset("com net org edu gov co or go ne ac re kr uk jp au ca de fr in io tv info biz".split())
_BOX = 400  # letters: a box this small around a block is a widget when it holds controls


@dataclass(frozen=True)
class Evidence:
    """What the page says about one block: found or not, share of link text, what holds it."""

    found: bool = False
    link_share: float = 0.0  # letters inside <a> over the element's letters
    link_hosts: frozenset[str] = frozenset()  # where its links lead ('' within the site)
    in_list: bool = False  # a list item (li, dd)
    in_caption: bool = False  # inside a figure or its caption
    in_aside: bool = False  # inside aside, nav, header, footer or a form
    heading: bool = False  # the element is a heading (h1–h6)
    beside_image: bool = False  # the smallest box holding it holds an image and no other text: a caption
    controls: str = ""  # letters of a small box around it that holds form controls (a widget's layer?)
    size: int = 0  # letters of the element


NOT_FOUND = Evidence()


def letters(text: str) -> str:
    """Return the text reduced to lower-case letters and digits."""
    return _NOT_WORD.sub("", text).lower()


@dataclass(frozen=True)
class PageText:
    """A page's text nodes found by their first letters, and each element's count of letters."""

    index: dict[str, list]  # first letters → [(the node's first letters, its place in page order, its element)]
    sizes: dict  # element → letters in its text (elements stay alive while held here, so lookups match)


def text_index(tree) -> PageText:
    """Return the page's text nodes indexed by their first letters, and every element's letter count."""
    index: dict[str, list] = {}
    elements = list(tree.iter())
    for order, element in enumerate(elements):
        if not isinstance(element.tag, str) or element.tag in _INVISIBLE:
            continue
        for text, holder in ((element.text, element), (element.tail, element.getparent())):
            if text and holder is not None and not text.isspace():
                start = letters(text[:120])[:_START]
                if len(start) >= 2:
                    index.setdefault(start[:_KEY], []).append((start, order, holder))
    return PageText(index, _sizes(elements))


def _sizes(elements: list) -> dict:
    """Return {element: letters in its visible text}, counted once from the leaves up."""
    sizes: dict = {}
    for element in reversed(elements):
        if not isinstance(element.tag, str):
            continue
        total = 0 if element.tag in _INVISIBLE else _count(element.text)
        for child in element:
            total += sizes.get(child, 0) + _count(child.tail)
        sizes[element] = total
    return sizes


def _count(text: str | None) -> int:
    """Return how many letters and digits a text node holds (0 for none or only spaces, the common case)."""
    return 0 if not text or text.isspace() else len(_NOT_WORD.sub("", text))


def evidence(block_letters: str, page: PageText, after: int = -1) -> tuple[Evidence, int]:
    """Return the evidence for a block given its letters, and the page place it was found at.

    A text can stand in several places (a teaser or a summary layer repeats the lead): a mark of furniture
    counts only when every place the text stands in bears it. The place returned is the first after the
    previous block's (the extractor keeps page order)."""
    if len(block_letters) < 2:
        return NOT_FOUND, after
    head = block_letters[:_START]
    places: list[tuple[int, Evidence]] = []
    for start, order, holder in page.index.get(block_letters[:_KEY], ()):
        if head.startswith(start) or start.startswith(head):
            found = _covering(holder, block_letters, page.sizes)
            if found is not None:
                places.append((order, _facts(found, page.sizes)))
    if not places:
        return NOT_FOUND, after
    order = next((o for o, _ in places if o >= after), after)
    return _least_noisy([facts for _, facts in places]), order


def locate(block_letters: str, page: PageText, after: int = -1) -> tuple[object | None, int]:
    """Return the element holding a block's text in the page and its place in page order, the first place
    after `after` (None and `after` when the text is not found).

    A block whose text lies loose in a big box (lines split by <br> in an <article>) is placed by the text
    node its start matches, held by that box."""
    if len(block_letters) < 2:
        return None, after
    head = block_letters[:_START]
    places, loose = [], []
    for start, order, holder in page.index.get(block_letters[:_KEY], ()):
        if head.startswith(start) or start.startswith(head):
            found = _covering(holder, block_letters, page.sizes)
            if found is not None:
                places.append((order, found))
            elif len(start) >= min(len(head), 12):
                loose.append((order, holder))
    places = places or loose
    if not places:
        return None, after
    return next(((found, order) for order, found in places if order >= after), (places[-1][1], after))


def _least_noisy(places: list[Evidence]) -> Evidence:
    """Return the evidence of all places at once: a mark of furniture only where every place has it."""
    if len(places) == 1:
        return places[0]
    return Evidence(found=True, link_share=min(p.link_share for p in places),
                    link_hosts=frozenset().union(*(p.link_hosts for p in places)),
                    in_list=all(p.in_list for p in places), in_caption=all(p.in_caption for p in places),
                    in_aside=all(p.in_aside for p in places), heading=all(p.heading for p in places),
                    beside_image=all(p.beside_image for p in places),
                    controls=min((p.controls for p in places), key=len),
                    size=min(p.size for p in places))


def _covering(element, block_letters: str, sizes: dict):
    """Return the nearest ancestor-or-self whose letters contain the block's, or None (within four levels,
    and never a box far larger than the block: that is the page, not the block's place)."""
    limit = 4 * len(block_letters) + 500
    for _ in range(5):
        if element is None or not isinstance(element.tag, str) or sizes.get(element, 0) > limit:
            return None
        if sizes.get(element, 0) >= len(block_letters) and block_letters in letters(element.text_content()):
            return element
        element = element.getparent()
    return None


def _facts(element, sizes: dict) -> Evidence:
    """Return the evidence an element gives: link share of its letters and the kinds of its holders."""
    size = sizes.get(element, 0)
    links = list(element.iter("a")) or list(element.iterancestors("a"))[:1]
    linked = sum(sizes.get(a, 0) for a in links)
    kinds = {element.tag} | {parent.tag for parent in element.iterancestors()}
    return Evidence(found=True, link_share=min(1.0, linked / max(size, 1)),
                    link_hosts=frozenset(_host(a.get("href") or "") for a in links),
                    in_list=bool(kinds & _LIST_TAGS), in_caption=bool(kinds & _CAPTION_TAGS),
                    in_aside=bool(kinds & _ASIDE_TAGS), heading=element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"),
                    beside_image=_beside_image(element, size, sizes), controls=_near_controls(element, size, sizes),
                    size=size)


def _host(href: str) -> str:
    """Return the host a link leads to without `www.`, or '' for a link within the page's own site."""
    href = href.strip()
    if not href.startswith(("http://", "https://", "//")):
        return ""
    return (urlsplit(href if not href.startswith("//") else "http:" + href).hostname or "").removeprefix("www.")


def same_site(hosts: frozenset[str], page_host: str) -> bool:
    """Return True when every link leads within the page's site (relative, or a host of the same domain)."""
    site = site_label(page_host)
    return all(not host or (site and site in host.split(".")) for host in hosts)


def site_label(host: str) -> str:
    """Return the distinctive label of a host (`khan` of news.khan.co.kr), or ''."""
    labels = [label for label in host.lower().split(".") if label]
    while labels and labels[-1] in _SUFFIXES:
        labels.pop()
    return labels[-1] if labels else ""


def _beside_image(element, size: int, sizes: dict) -> bool:
    """Return True when the element, or a box around it with hardly any other text, holds an image."""
    if size > _CAPTION_SIZE:
        return False
    for _ in range(3):
        if element.find(".//img") is not None:
            return True
        element = element.getparent()
        if element is None or sizes.get(element, 0) > size + _CAPTION_SLACK:
            return False
    return False


def _near_controls(element, size: int, sizes: dict) -> str:
    """Return the letters of a small box around the element (at most five levels up) holding buttons or
    inputs, or ''."""
    if size > _BOX:
        return ""
    for _ in range(6):
        if element.xpath(_CONTROLS):
            return letters(element.text_content())
        element = element.getparent()
        if element is None or sizes.get(element, 0) > _BOX:
            return ""
    return ""
