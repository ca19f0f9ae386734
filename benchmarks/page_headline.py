"""The headline a saved page declares about itself, to measure titles read from its text dumps.

The English benchmark pages have no annotated title, so a text dump's title is compared with what
the page's HTML says its headline is: the JSON-LD `headline`, else `og:title`, else the first
`<h1>`; a site-name suffix (`Headline | Site`) is removed. This is agreement with the page's own
headline, not a hand-checked answer. A page may declare one headline in its metadata (for search
engines) and print another, its `<h1>`; a dump only holds the printed one, so agreement with any of
the page's own headlines is counted too: those above, the first `<h1>` of three words or more, and the
headlines a page gives itself elsewhere (`twitter:title`, the `<title>` element, an element marked
`itemprop="headline"`), each without a site-name suffix and none of them the site's own name.
"""

from __future__ import annotations

import html as html_text
import json
import re
from collections.abc import Callable
from pathlib import Path

import lxml.html

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
SITE_SUFFIX_CHARS = 40  # a trailing segment longer than this is part of the headline, not a site name
JUNK_OVERLAP = 0.5      # a title sharing less than this share of its words with the headline is junk
MIN_H1_WORDS = 3        # a shorter h1 is as often the site's logo or a section's name as the headline


def declared_headline(html: str) -> str:
    """Return the page's own headline (JSON-LD, og:title, first h1) without a site-name suffix, or ''."""
    found = declared_headlines(html)
    return found[0] if found else ""


def declared_headlines(html: str) -> list[str]:
    """Return every headline the page gives itself (JSON-LD, og:title, first h1 of three words or more),
    without a site-name suffix, the one declared_headline takes first; [] when it gives none."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    site = " ".join(tree.xpath("//meta[@property='og:site_name']/@content")).strip()
    h1 = _first_h1(tree)
    found = [_json_ld_headline(tree), _og_title(tree), h1]
    primary = next((text for text in found if text), "")
    others = [text for text in found[:2] if text] + ([h1] if len(h1.split()) >= MIN_H1_WORDS else [])
    return [strip_site(html_text.unescape(text), site) for text in [primary, *others] if text]


def page_headlines(html: str) -> list[str]:
    """Return declared_headlines and the other headlines the page gives itself (twitter:title, `<title>`, an
    itemprop="headline" element) of two words or more that are not the site's own name."""
    found = declared_headlines(html)
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return found
    site = " ".join(tree.xpath("//meta[@property='og:site_name']/@content")).strip()
    printed = [_first_h1(tree), next((" ".join(node.text_content().split())
                                      for node in tree.xpath("//*[@itemprop='headline']")
                                      if node.tag != "meta" and node.text_content().strip()), "")]
    titles = [" ".join(tree.xpath("//meta[@name='twitter:title' or @property='twitter:title']/@content")),
              " ".join(tree.xpath("string(//title)").split()), *printed]
    # a printed headline carries no site name: its tail after a dash is its own (`… — it's for sale!`)
    for text in [strip_site(html_text.unescape(text), site) for text in titles] + printed[1:] + printed[:1] * (
            len(printed[0].split()) >= MIN_H1_WORDS):
        if len(text.split()) >= 2 and text.lower() != site.lower() and text not in found:
            found.append(text)
    return found


def _json_ld_headline(tree) -> str:
    """Return the first `headline` in the page's JSON-LD blocks, or ''."""
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        found = _find_key(data, "headline")
        if found:
            return found
    return ""


def _find_key(data, key: str) -> str:
    """Return the first string value under `key` anywhere in nested JSON, or ''."""
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        data = list(data.values())
    if isinstance(data, list):
        for item in data:
            found = _find_key(item, key)
            if found:
                return found
    return ""


def _og_title(tree) -> str:
    """Return the og:title, or ''."""
    return " ".join(tree.xpath("//meta[@property='og:title']/@content")).strip()


def _first_h1(tree) -> str:
    """Return the text of the first h1, or ''."""
    for h1 in tree.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    return ""


def strip_site(title: str, site: str) -> str:
    """Return the title without a trailing (or leading) site name segment."""
    title = " ".join(title.split())
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site and parts[-1].strip().lower() == site.lower():
        parts = parts[:-1]
    elif site and parts[0].strip().lower() == site.lower():
        parts = parts[1:]
    elif len(parts[-1]) <= SITE_SUFFIX_CHARS and len(parts[-1]) < len(" ".join(parts[:-1])):
        parts = parts[:-1]
    return " - ".join(parts).strip()


def title_agreement(cases: list, predicted: Callable, norm: Callable[[str], str],
                    html_of: Callable | None = None) -> dict[str, int]:
    """Return counts over the cases with a declared headline: agree, junk (agrees with none of the page's own
    headlines and shares little with the declared one), other, none; `printed`: agrees with any of the page's own
    headlines (page_headlines: the printed h1 included). `html_of` gives a case's HTML (None when it has none);
    by default the case is a folder holding `raw.html`."""
    counts = {"pages": 0, "agree": 0, "printed": 0, "junk": 0, "other": 0, "none": 0}
    for case in cases:
        html = (html_of or _raw_html)(case)
        if html is None:
            continue
        headlines = page_headlines(html)
        headline = headlines[0] if headlines else ""
        if not norm(headline):
            continue
        counts["pages"] += 1
        title = predicted(case)
        printed = bool(title) and any(norm(title) == norm(text) for text in headlines)
        counts["printed"] += printed
        if not title:
            counts["none"] += 1
        elif norm(title) == norm(headline):
            counts["agree"] += 1
        elif not printed and overlap(title, headline) < JUNK_OVERLAP:
            counts["junk"] += 1
        else:
            counts["other"] += 1
    return counts


def _raw_html(case: Path) -> str | None:
    """Return the HTML of a case folder's `raw.html`, or None when it has none."""
    raw = case / "raw.html"
    return raw.read_text(encoding="utf-8", errors="replace") if raw.is_file() else None


def overlap(title: str, headline: str) -> float:
    """Return the share of the title's words found in the headline."""
    words = re.findall(r"\w+", title.lower())
    wanted = set(re.findall(r"\w+", headline.lower()))
    return sum(word in wanted for word in words) / max(len(words), 1)
