"""Saved HTML: metadata from meta tags and JSON-LD, body from trafilatura, sanitised with nh3."""

from __future__ import annotations

import html as html_text
import json
import re
from collections.abc import Container

import htmldate
import lxml.html
import nh3
import trafilatura
from lxml import etree

from . import clean, fields, noise, page_fields, tag_filters
from .blocks import text_blocks
from .html_cleanup import clean_page_blocks
from .html_evidence import text_index
from .html_title import page_headline
from .page_pictures import page_pictures
from .encoding import hangul_share
from .record import ImportedArticle

FAST = True  # skip trafilatura's fallback extractors (readability, jusText): see docs/import.md
ALLOWED_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody",
                "tr", "th", "td", "blockquote", "pre", "code", "a", "b", "strong", "i", "em", "br"}
_BLOCKS = {"p", "div", "ul", "ol", "table", "blockquote", "section", "article", "h1", "h2", "h3", "h4", "pre", "figure"}
_LINE_BREAKING = ("div", "p", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "dd", "dt",
                  "section", "article", "header", "footer", "figcaption", "time", "address")
_STAMP = re.compile(r"^(?:기사\s*)?(?:입력|수정|등록|승인|송고|게재|updated|published|posted)|\d{4}\D.*\d{1,2}:\d{2}", re.I)
_INLINE = frozenset({"span", "em", "i", "b", "strong", "time", "small", "a", "font", "address", "cite"})
_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|NewsArticle", re.I)
_AUTHOR_KEYS = ("byl", "author", "article:author", "dable:author")  # person fields, most specific first


def parse(html: str) -> lxml.html.HtmlElement | None:
    """Return the parsed page, or None when it has no elements."""
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def meta_tags(tree) -> dict[str, str]:
    """Return meta property/name/itemprop → content, the first of each, keys lower-cased."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = _text(meta.get("content") or "")
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and content and key not in found:
                found[key] = content
    return found


def json_ld(tree) -> dict:
    """Return the first JSON-LD object that is an article, or {}."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
                return item
    return {}


def _ld_items(data) -> list[dict]:
    """Return every mapping in a JSON-LD document, `@graph` entries included."""
    items = data if isinstance(data, list) else [data]
    out = []
    for item in items:
        if isinstance(item, dict):
            out.append(item)
            out.extend(i for i in item.get("@graph", []) if isinstance(i, dict))
    return out


def _names(value) -> list[str]:
    """Return person names from a JSON-LD author value (string, mapping or list)."""
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        if isinstance(item, dict) and "Organization" in str(item.get("@type", "")):
            continue  # the publisher, not a reporter
        name = item.get("name") if isinstance(item, dict) else item
        name = fields.EMAIL.sub("", _text(name)).strip(" |,·/()<>[]")  # `홍길동 기자 hong@…`: the e-mail is no name
        if name and not name.startswith("http"):
            names.extend(n for n in _split_names(name) if n not in names and not fields.is_outlet_name(n))
    return names


def _titled_names(meta: dict[str, str]) -> list[str]:
    """Return the names of `og:article:author` when it names reporters by their title (`홍길동 기자`); on a portal's
    page it names the outlet (`한빛일보 | 포털`), no reporter."""
    value = meta.get("og:article:author", "")
    return _names(value) if fields.may_hold_byline(value) else []


def _author_emails(value, texts: list[str]) -> list[str]:
    """Return the reporters' emails the metadata gives: JSON-LD `author.email` of a person, or an author field's text
    naming a person (`홍길동 기자 hong@x.co.kr`); a shared mailbox or an outlet's field (`한빛일보 hanbit@…`) is the
    outlet's."""
    items = value if isinstance(value, list) else [value]
    found = [_text(item.get("email")).removeprefix("mailto:") for item in items
             if isinstance(item, dict) and "Organization" not in str(item.get("@type", ""))]
    found += [email for text in texts if "@" in text and _names(fields.EMAIL.sub("", text))
              for email in fields.EMAIL.findall(text)]
    emails = []
    for email in found:
        if fields.EMAIL.fullmatch(email) and not fields.is_desk_mailbox(email) and email not in emails:
            emails.append(email)
    return emails


def _split_names(text: str) -> list[str]:
    """Return names from `By A, B` or `홍길동 기자` author strings."""
    text = re.sub(r"^\s*by\s+", "", text, flags=re.I)
    parts = re.split(r"\s*(?:,|/|·|&|\band\b)\s*", text)
    return [name for name in (fields.person_name(p) for p in parts if p.strip()) if name]


def read_meta(tree, record: ImportedArticle) -> None:
    """Fill title, reporters, date, URL, outlet and keywords from JSON-LD and meta tags."""
    meta, ld = meta_tags(tree), json_ld(tree)
    record.title = page_headline(tree, meta, ld)
    record.reporters = _names(ld.get("author")) or next(
        (names for names in (_names(meta.get(key)) for key in _AUTHOR_KEYS) if names), []) or _titled_names(meta)
    record.emails = _author_emails(ld.get("author"), [meta.get(key, "") for key in _AUTHOR_KEYS])
    record.date = _iso(_text(ld.get("datePublished")) or meta.get("article:published_time")
                       or meta.get("datepublished") or meta.get("pubdate") or meta.get("date") or "", record.lang)
    urls = [u.strip() for u in tree.xpath('//link[@rel="canonical"]/@href')] + [meta.get("og:url", "")]
    record.url = next((u for u in urls if u.startswith(("http://", "https://"))), "")
    publisher = ld.get("publisher")
    publisher_name = _text(publisher.get("name")) if isinstance(publisher, dict) else ""
    record.source = page_fields.meta_outlet(meta, publisher_name, record.url) or page_fields.logo_outlet(tree)
    keywords = _keywords(meta.get("news_keywords") or meta.get("keywords") or "", ld.get("keywords"))
    menus = tag_filters.menu_labels(tree) if keywords else frozenset()
    record.keywords = [k for k in keywords if tag_filters.norm(k) not in menus]


def _text(value) -> str:
    """Return a metadata value as plain text: entities decoded, spaces squeezed ('' when not a string)."""
    if not isinstance(value, str):
        return ""
    return re.sub(r"\s+", " ", html_text.unescape(html_text.unescape(value))).strip()


def _iso(value: str, lang: str) -> str:
    """Return a metadata date as ISO 8601 (time and offset kept when given)."""
    return fields.find_date(value, lang == "ko") if value else ""


def _keywords(meta_value: str, ld_value) -> list[str]:
    """Return keywords from meta tags and JSON-LD, in order, once each."""
    raw = ld_value if isinstance(ld_value, list) else [ld_value or ""]
    words = [_text(w) for chunk in [meta_value, *raw] if isinstance(chunk, str) for w in re.split(r"[,;]", chunk)]
    return list(dict.fromkeys(w for w in words if w and len(w) <= 30))


def split_leading_bylines(tree) -> None:
    """Give a byline or time printed at the start of a paragraph's block (`<span>홍길동 기자</span><span>입력
    …</span>정부가…`) a paragraph of its own, so it is read as a byline and not glued to the lead."""
    for block in list(tree.iter("p", "div")):
        if (block.text or "").strip() or len(block) == 0 or block[0].tag not in _INLINE:
            continue
        leading = []
        for child in block:
            text = child.text_content().strip() if child.tag in _INLINE else ""
            if not text or len(text) > 80 or not (fields.parse_byline(text) or _is_stamp(text)):
                break
            leading.append(child)
            if (child.tail or "").strip():
                break
        if leading:
            _lift(block, leading)


def _is_stamp(text: str) -> bool:
    """Return True for a publication stamp: a labelled date (`입력 …`, `Updated …`) or a date with its time.

    A bare date or time opening a sentence (`As of 29 November 2018, …`, `10:02 The senator …`) is story."""
    return noise.is_dateline(text) and bool(_STAMP.search(text))


def _lift(block, leading: list) -> None:
    """Put each leading inline element's text in a paragraph of its own before the rest of the block."""
    for child in leading:
        paragraph = etree.Element("p")
        paragraph.text = child.text_content().strip()
        if block.tag == "p":
            block.addprevious(paragraph)
            block.text = (block.text or "") + (child.tail or "")
            block.remove(child)
        else:
            paragraph.tail = child.tail
            child.addprevious(paragraph)
            block.remove(child)


def split_br_divs(tree) -> None:
    """Turn divs whose lines are split by <br> into paragraphs, so no line is lost."""
    for div in list(tree.iter("div")):
        if div.find("br") is None or any(el.tag in _BLOCKS for el in div.iterdescendants()):
            continue
        pieces = [div.text or ""]
        for child in div:
            if child.tag == "br":
                pieces.append(child.tail or "")
            elif not isinstance(child.tag, str):
                pieces[-1] += child.tail or ""
            else:
                pieces[-1] += child.text_content() + (child.tail or "")
        for child in list(div):
            div.remove(child)
        div.text = None
        for piece in pieces:
            if piece.strip():
                paragraph = etree.SubElement(div, "p")
                paragraph.text = piece.strip()


def wrap_loose_text(tree) -> None:
    """Put text that sits loose between blocks (after a figure, after a <br>) into paragraphs."""
    for parent in list(tree.iter()):
        if not isinstance(parent.tag, str) or not any(child.tag in _BLOCKS for child in parent):
            continue
        for child in list(parent):
            if (child.tag in _BLOCKS or child.tag == "br") and child.tail and child.tail.strip():
                paragraph = etree.Element("p")
                paragraph.text, child.tail = child.tail.strip(), None
                child.addnext(paragraph)


def leaf_divs_to_paragraphs(tree) -> None:
    """Turn divs that hold only text (sub-headlines, in-body subheads) into paragraphs."""
    for div in list(tree.iter("div")):
        if len(div) == 0 and div.text and div.text.strip() and _near_paragraphs(div):
            div.tag = "p"


def _near_paragraphs(element) -> bool:
    """Return True when the element's parent or grandparent holds paragraphs directly (article text)."""
    for holder in (element.getparent(), element.getparent().getparent() if element.getparent() is not None else None):
        if holder is not None and holder.find("p") is not None:
            return True
    return False


def body_html(tree) -> str:
    """Return the article body as sanitised HTML (trafilatura, then nh3), or ''."""
    split_leading_bylines(tree)
    split_br_divs(tree)
    wrap_loose_text(tree)
    leaf_divs_to_paragraphs(tree)
    extracted = trafilatura.extract(tree, output_format="html", include_links=True, include_images=False,
                                    include_tables=True, include_formatting=True, include_comments=False, fast=FAST,
                                    with_metadata=False)
    if not extracted:
        return ""
    return nh3.clean(extracted, tags=ALLOWED_TAGS, attributes={"a": {"href"}},
                     url_schemes={"http", "https"}, link_rel=None)


def page_lines(tree) -> list[str]:
    """Return the page's visible text as lines, for bylines and dates the metadata lacks."""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for element in tree.iter(*_LINE_BREAKING):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    text = tree.text_content()
    return [line.strip() for line in text.split("\n") if line.strip()]


def extract_html(html: str, path: str, seen_urls: Container[str] = ()) -> ImportedArticle:
    """Return the article in a saved HTML page, every page line left out accounted for; a page whose
    URL is among `seen_urls` (the archive's) is only read as far as its metadata and marked seen."""
    record = ImportedArticle(path=path)
    tree = parse(html)
    if tree is None:
        return record
    record.lang = page_language(tree)
    read_meta(tree, record)
    meta_names = tuple(record.reporters)  # the clean-up adds the names of the byline lines it drops
    if record.url and record.url in seen_urls:
        record.seen = True  # a duplicate: the article itself (most of the time spent) is not extracted
        return record
    pairs = text_blocks(body_html(tree), record.url)
    page = text_index(tree) if pairs else None  # the page's text, looked up by the clean-up and the pictures
    record.body = clean.to_markdown(clean_page_blocks(pairs, tree, record, page))
    record.pictures = page_pictures(tree, record.body, record.title, page) if page else []
    alts = page_fields.logo_alts(tree)
    lines = page_lines(tree)
    _fill_from_text(lines, record, alts, meta_names)
    record.date = record.date or markup_date(html)
    _account_outside(lines, record)
    return record


def markup_date(html: str) -> str:
    """Return the publication day htmldate reads from the page's markup and URL, or ''.

    Only its quick, conservative search: dates in the page's own metadata, time elements and URL."""
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return ""
    return found or ""


def page_language(tree) -> str:
    """Return `ko` when the page's title and paragraphs are mostly Hangul, else `en`."""
    sample = " ".join(tree.xpath("//title//text() | //h1//text() | //p//text()")[:300])
    return "ko" if hangul_share(sample) > 0.3 else "en"


def _fill_from_text(lines: list[str], record: ImportedArticle, alts: tuple[str, ...] = (),
                    meta_names: tuple[str, ...] = ()) -> None:
    """Fill reporters, emails, date and outlet the metadata lacked (or a date it got wrong), from the page text
    (`meta_names`: the reporters the metadata gave)."""
    page_fields.fill_from_lines(lines, record, alts, meta_names)


def _account_outside(lines: list[str], record: ImportedArticle) -> None:
    """Record the page lines the extractor left out (menus, footers, widgets) as dropped."""
    kept = clean.norm(record.body + record.title)
    accounted = {clean.norm(d.text) for d in record.dropped}
    for line in lines:
        letters = clean.norm(line)
        if letters and letters not in kept and letters not in accounted:
            record.drop(line, noise.classify(line) or "outside the article")
