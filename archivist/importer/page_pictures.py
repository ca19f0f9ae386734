"""The pictures of a saved page that belong to its article: found by where they sit, with their captions.

A picture is kept when it sits in the article's own container among (or right above) the paragraphs the
extractor kept; everything else is the page's furniture: logos, icons, ads, share buttons, tracking pixels,
teasers linking to other stories, pictures in menus, sidebars and footers. Each skipped picture is listed
with its reason, for `--explain`. Nothing is read or downloaded here (see picture_files.py)."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .html_cleanup import ENLARGE
from .noise import ends_sentence
from .html_evidence import PageText, letters, locate, text_index
from .record import PagePicture

_LAZY = ("src", "data-src", "data-original", "data-lazy-src", "data-lazy", "data-normal", "data-echo", "data-url")  # lazy loaders keep the address here
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "button"})
_FURNITURE_WORDS = frozenset({
    "ad", "ads", "advert", "advertisement", "adsense", "doubleclick", "googlesyndication", "banner", "sponsor",
    "sponsored", "logo", "icon", "icons", "ico", "favicon", "btn", "button", "share", "sns", "social", "sprite",
    "spacer", "pixel", "tracking", "tracker", "beacon", "emoji", "emoticon", "badge", "avatar", "facebook",
    "twitter", "kakao", "kakaotalk", "instagram", "youtube", "overlay", "ic", "nav", "paginate", "pagination",
    "related", "writer", "author", "byline", "profile", "reporter", "newsletter", "subscribe", "promo", "광고", "로고",
    "아이콘", "배너"})
_ALT_WORDS = frozenset({"logo", "icon", "banner", "advertisement", "광고", "로고", "아이콘", "배너"})
_TOKENS = re.compile(r"[^\W_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_INLINE = re.compile(r"data:image/[\w.+-]+;base64,", re.I)  # a picture inlined whole (SingleFile saves pages so)
_INLINE_CHARS = 2000  # a shorter inline picture is a lazy loader's placeholder or a spacer
_PLACEHOLDER_WORDS = ("holder", "preload", "loading", "lazy", "blank", "spacer", "trans", "grey", "gray", "empty",
                      "overlay", "1x1", "pixel")
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]|$)", re.I)
_PIXEL = 2  # px: a declared side this small is a tracking pixel
MIN_WIDTH, MIN_HEIGHT = 120, 80  # px: smaller pictures are icons, buttons and avatars
_CAPTION_LETTERS = 300  # a caption is no longer
_LOOSE = 1.5  # a box around the lead holding more than this many times the article's letters is the page
_LOOSE_SLACK = 500
_ALT_CHARS = 120
_CAPTION_TEXT = ".//text()"
_SHOWN_IMAGES = ".//img[not(ancestor::noscript)]"  # a lazy picture's <noscript> copy is the same picture
# Classes of a caption box's controls, whose words are no part of the caption (a credit's `author` class is).
_CONTROL_WORDS = frozenset({"btn", "button", "share", "sns", "social", "facebook", "twitter", "kakao", "kakaotalk",
                            "instagram", "youtube", "zoom", "enlarge", "expand", "icon", "ico", "ic"})


def page_pictures(tree, body: str, title: str = "", page: PageText | None = None) -> list[PagePicture]:
    """Return every picture of the page in page order: the article's with their place in the body, the rest
    with the reason they are skipped. `tree` is the page the body was extracted from, `page` its text_index."""
    placed = [(i, element) for i, element in enumerate(tree.iter()) if element.tag == "img"]
    if not placed or not body.strip():
        return []
    images = [element for _, element in placed]
    order = {element: i for i, element in placed}
    page = page or text_index(tree)
    places = chunk_places(chunks(body), page)
    found = [(element, at) for element, at in places if element is not None]
    if not found:
        return [PagePicture((addresses(img) or ("",))[0], skip="no article text found around it") for img in images]
    texts = {letters(_plain(text)) for text in chunks(body)}
    budget = _LOOSE * sum(map(len, texts)) + _LOOSE_SLACK
    pictures, seen = [], set()
    for img in images:
        picture = _judge(img, order[img], found, [at for _, at in places], page, budget, title, texts)
        if not picture.skip and picture.src in seen:
            picture = PagePicture(picture.src, skip="the same picture again")
        if not picture.skip:
            seen.add(picture.src)
        pictures.append(picture)
    return pictures


def chunks(body: str) -> list[str]:
    """Return the body's top-level Markdown blocks (paragraphs, headings, lists, tables), fenced code kept whole."""
    out: list[str] = []
    current: list[str] = []
    fenced = False
    for line in body.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                out.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        out.append("\n".join(current))
    return out


def chunk_places(texts: list[str], page: PageText) -> list[tuple[object | None, int]]:
    """Return, for each body chunk, the element holding it in the page and its place in page order (a chunk
    not found takes the place of the one before it)."""
    places, after = [], -1
    for text in texts:
        element, after = locate(letters(_plain(text)), page, after)
        places.append((element, after))
    return places


def _plain(markdown: str) -> str:
    """Return a chunk's words without link addresses (`[text](url)` → text)."""
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)


def _judge(img, at: int, found: list, places: list[int], page: PageText, budget: float, title: str,
           texts: set[str]) -> PagePicture:
    """Return one <img> as a picture to keep (with its anchor) or skipped with the reason; `texts` are the
    letters of the body's blocks."""
    found_at = addresses(img)
    src = found_at[0] if found_at else ""
    reason = _furniture(img, src)
    if not reason:
        reason = _outside(img, at, found, page, budget)
    if reason:
        return PagePicture(src, skip=reason)
    caption, marked = caption_of(img, page)
    if letters(title) and letters(title) in letters(caption):
        caption = ""  # the article's header around a lead picture, not its caption
    elif not marked and letters(caption) in texts and ends_sentence(caption):
        caption = ""  # a paragraph beside an inline picture, as the clean-up judges a sentence there
    alt = " ".join((img.get("alt") or img.get("title") or "").split()) or caption[:_ALT_CHARS]
    return PagePicture(src, alt, caption, sum(1 for place in places if place < at), also=found_at[1:])


def addresses(img) -> tuple[str, ...]:
    """Return the picture's addresses, the likeliest first: src, unless it is empty, inline or a lazy
    loader's placeholder, then the lazy loader's attributes (the real picture's address before it loads)."""
    values = list(dict.fromkeys(value for value in ((img.get(name) or "").strip() for name in _LAZY) if value))
    if not values and img.getparent() is not None:  # a script-only loader: its <noscript> copy has the address
        values = [v.strip() for v in img.getparent().xpath("./noscript//img/@src")[:1] if v.strip()]
    src = (img.get("src") or "").strip()
    if src and values[0] == src and (src.startswith("data:") or _placeholder(src)) and len(values) > 1:
        values = values[1:] + [src]
    return tuple(values)


def _placeholder(src: str) -> bool:
    """Return True when a file name says it stands in for a picture still to load."""
    name = unquote(urlsplit(src).path.rsplit("/", 1)[-1]).lower()
    return any(word in name for word in _PLACEHOLDER_WORDS)


def _furniture(img, src: str) -> str:
    """Return why an <img> is page furniture rather than a picture of the story, or ''."""
    if not src:
        return "no address"
    if src.lower().startswith("data:") and not (_INLINE.match(src) and len(src) >= _INLINE_CHARS):
        return "an inline data: address that is no picture to keep (a placeholder)"
    if urlsplit(src).path.lower().endswith(".svg") or src[:14].lower() == "data:image/svg":
        return "SVG (it can carry script)"
    width, height = _declared(img.get("width")), _declared(img.get("height"))
    if (width is not None and width <= _PIXEL) or (height is not None and height <= _PIXEL):
        return "a tracking pixel"
    if (width is not None and width < MIN_WIDTH) or (height is not None and height < MIN_HEIGHT):
        return f"too small for a photo ({img.get('width')}×{img.get('height')}): an icon or a button"
    if next(img.iterancestors("noscript"), None) is not None:
        return "a copy for browsers without script (the page shows its pictures otherwise)"
    holder = next((a.tag for a in img.iterancestors() if a.tag in _FURNITURE_TAGS), None)
    if holder:
        return f"in the page's <{holder}>, not the article"
    word = _furniture_word(img, src)
    if word:
        return f"a logo, icon, ad or share button ({word!r})"
    link = next(img.iterancestors("a"), None)
    if link is not None and _links_away(link.get("href") or "", src):
        return "a link to another page (a teaser or an ad)"
    return ""


def _declared(value: str | None) -> int | None:
    """Return a width or height attribute as whole pixels, or None when it is missing or not a number."""
    match = re.match(r"\s*(\d+)\s*(?:px)?\s*$", value or "")
    return int(match.group(1)) if match else None


def _furniture_word(img, src: str) -> str:
    """Return a word naming furniture in the picture's file name, alt text, or the class or id of it and its
    three nearest holders, or ''."""
    inline = src[:5].lower() == "data:"  # base64 has no file name, and its letters could spell anything
    names = ["" if inline else unquote(urlsplit(src).path.rsplit("/", 1)[-1]).rsplit(".", 1)[0]]
    for element in [img, *list(img.iterancestors())[:3]]:
        names += [element.get("class") or "", element.get("id") or ""]
    for name in names:
        for token in _TOKENS.findall(_split_camel(name).lower()):
            if token in _FURNITURE_WORDS:
                return token
    # Alt text is prose: only a word that names the picture itself as furniture counts (`광고`, `logo`), not
    # one a photo's description may hold (`the author`, `share prices`).
    return next((t for t in _TOKENS.findall((img.get("alt") or "").lower()) if t in _ALT_WORDS), "")


def _split_camel(name: str) -> str:
    """Return `shareButton` as `share Button` so each word of a name counts."""
    return name if name.islower() or not name else _CAMEL.sub(" ", name)


def _links_away(href: str, src: str) -> bool:
    """Return True when a link around a picture leads to another page rather than to the picture itself."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:")) or href == src:
        return False
    return not _PICTURE_FILE.search(href)


def _outside(img, at: int, found: list, page: PageText, budget: float) -> str:
    """Return why a picture lies outside the article's text, or '' when it is among its paragraphs, or right
    above or below them in a box holding little more than the article."""
    first, last = found[0][1], found[-1][1]
    if at > last:
        box = _common_box(img, [found[-1][0]])
        listed = next(img.iterancestors("li"), None) is not None  # a list after the story: related stories
        return "" if box is not None and page.sizes.get(box, 0) <= budget and not listed else "after the article's text"
    box = _common_box(img, [element for element, _ in found] if at > first else [found[0][0]])
    if box is None:
        return "outside the article"
    if at < first and page.sizes.get(box, 0) > budget:
        return "above the article, outside its container"
    return ""


def _common_box(img, elements: list):
    """Return the smallest element holding the picture and every one of `elements`, or None."""
    holders = [img, *img.iterancestors()]
    for element in elements:
        mine = {id(e) for e in (element, *element.iterancestors())}
        holders = [h for h in holders if id(h) in mine]
    if not holders or holders[0].tag in ("html", "body"):
        return None
    return holders[0]


def caption_of(img, page: PageText) -> tuple[str, bool]:
    """Return the caption of a picture, its credit included, and whether the page marks it as one: its figure's
    <figcaption> (marked), else the text of the smallest box around it (its figure, or one up to four levels
    up) holding no other picture and no more than a caption's letters."""
    figure = next((a for a in list(img.iterancestors())[:4] if a.tag == "figure"), None)
    if figure is not None:
        caption = figure.find(".//figcaption")
        if caption is not None:
            return _text(caption), True
        return (_text(figure) if page.sizes.get(figure, 0) <= _CAPTION_LETTERS else ""), False
    element = img
    for _ in range(4):
        element = element.getparent()
        if element is None or len(element.xpath(_SHOWN_IMAGES)) > 1:
            return "", False
        size = page.sizes.get(element, 0)
        if size > _CAPTION_LETTERS:
            return "", False
        if size:
            return _text(element), False
    return "", False


def _text(element) -> str:
    """Return an element's visible text as one line, without controls (an `enlarge` button, share links)."""
    pieces = [" ".join(node.split()) for node in element.xpath(_CAPTION_TEXT) if not _in_control(node, element)]
    return " ".join(piece for piece in pieces if piece and not (len(piece) <= 24 and ENLARGE.match(piece)))


def _in_control(node, box) -> bool:
    """Return True when a text node sits in a button or a share widget inside the caption's box."""
    element = node.getparent()
    while element is not None and element is not box:
        if element.tag in ("button", "script", "style") or any(
                token in _CONTROL_WORDS for token in _TOKENS.findall((element.get("class") or "").lower())):
            return True
        element = element.getparent()
    return False
