"""The headline of a saved page: the text its title sources agree on, without the site's name.

A page names its headline several times: JSON-LD `headline`, `og:title`, `twitter:title`, `<title>`, `<h1>`.
Sites dress some of them with their name (`제목 - 신문명`, `사이트 모바일 :: 제목`, `제목 | 포털`) and some
put the logo in an `<h1>`. The most trusted source is cut at separators to the longest piece another,
differently written source holds without the cut part; edge pieces naming the site (its og:site_name,
publisher, domain) go too.
"""

from __future__ import annotations

import html as html_text
import re
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"\s+[-–—|:<>«»·/]{1,2}\s+|\s*(?:\||::|│)\s*")
_NOT_WORD = re.compile(r"[\W_]+")
_TITLE_SUFFIX = re.compile(r"\s+[-|:–—]\s+[^-|:–—]{2,40}$")
_SITE_SLACK = 8  # letters a site-name piece may add to the name (`모바일`, `뉴스`, `Online`)
_DRESSING = 20  # letters another source may add around the headline (its own site name)
_SHARE = 0.3  # a shared piece shorter than this share of the longest source is a logo or a section name
_GENERIC_LABELS = frozenset({"www", "m", "mobile", "news", "co", "com", "net", "org", "kr", "go", "or", "ne", "html"})


def letters(text: str) -> str:
    """Return the text reduced to lower-case letters and digits."""
    return _NOT_WORD.sub("", text).lower()


def headline(sources: list[str], sites: list[str], trusted: bool = False) -> str:
    """Return the headline: the first source (in order of trust) without what other sources show is dressing.

    `trusted` says the first source is a headline field (JSON-LD), never dressed with a short tail."""
    sources = [s.strip() for s in sources if s and s.strip()]
    if not sources:
        return ""
    first = sources[0]
    names = site_names(sites) + _logos(first, sources[1:])
    core = _core(first, sources[1:])
    chosen = strip_site(core, names)
    if chosen == first and not trusted and len(first) > 40 and _alone(first, sources[1:]):
        chosen = _TITLE_SUFFIX.sub("", first)  # a lone title: a short tail after a dash is the site
    return chosen


def _core(first: str, others: list[str]) -> str:
    """Return the longest piece of `first` that a differently written source holds without the rest of `first`
    (and with little else: a source as long again is another wording, not the bare headline).

    `사이트 모바일 :: 제목` with an <h1> `제목` gives `제목`; `Week 2018 | Talk` with an <h1> `Week 2018 | Mr Talk`
    stays whole, since the <h1> holds the cut part too."""
    whole = letters(first)
    holders = list(dict.fromkeys(k for k in map(letters, others) if k and k != whole))
    for piece in pieces(first)[1:]:
        key = letters(piece)
        if len(key) < 2 or len(key) < _SHARE * len(whole):
            continue
        at = whole.find(key)
        cut = [part for part in (whole[:at], whole[at + len(key):]) if part]
        if any(key in holder and len(holder) - len(key) <= _DRESSING and not any(part in holder for part in cut)
               for holder in holders):
            return piece
    return first


def _logos(first: str, others: list[str]) -> list[str]:
    """Return the letters of sources that are only an end segment of `first`, shorter than the rest of it
    (an <h1> holding the site's logo names the site: `제목 - 신문명` beside `<h1>신문명</h1>`)."""
    segments = [letters(s) for s in _SEPARATOR.split(first)]
    whole = letters(first)
    ends = {segments[0], segments[-1]} if len(segments) > 1 else set()
    return [key for key in map(letters, others) if key in ends and len(key) * 2 < len(whole)]


def _alone(first: str, others: list[str]) -> bool:
    """Return True when no source is written differently from `first` (nothing to compare it with)."""
    whole = letters(first)
    return all(letters(other) == whole for other in others)


def site_names(sites: list[str]) -> list[str]:
    """Return the letters of the site's names: given names, and the distinctive labels of its domain."""
    names = []
    for site in sites:
        if not site:
            continue
        if site.startswith(("http://", "https://")):
            host = urlsplit(site).hostname or ""
            names.extend(label for label in host.split(".") if label not in _GENERIC_LABELS and len(label) > 1)
        else:
            names.append(letters(site.lstrip("@")))
    return list(dict.fromkeys(n for n in names if len(n) >= 2))


def is_site(piece: str, names: list[str]) -> bool:
    """Return True when a piece of a title is the site's name, maybe with a word added (`… 모바일`)."""
    key = letters(piece)
    return bool(key) and any(name in key and len(key) <= len(name) + _SITE_SLACK or key in name for name in names)


def pieces(title: str) -> list[str]:
    """Return every run of consecutive separator-cut segments of a title, the whole title first."""
    cuts = [m.span() for m in _SEPARATOR.finditer(title)]
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(title)]
    runs = [title[starts[i]:ends[j]].strip() for i in range(len(starts)) for j in range(i, len(ends))]
    return sorted((r for r in runs if r), key=len, reverse=True)


def strip_site(title: str, names: list[str]) -> str:
    """Return the title without leading or trailing segments that name the site."""
    cuts = list(_SEPARATOR.finditer(title))
    if not cuts or not names:
        return title
    segments = _SEPARATOR.split(title)
    first, last = 0, len(segments)
    while last - first > 1 and is_site(segments[last - 1], names):
        last -= 1
    while last - first > 1 and is_site(segments[first], names):
        first += 1
    if (first, last) == (0, len(segments)):
        return title
    start = 0 if first == 0 else cuts[first - 1].end()
    end = len(title) if last == len(segments) else cuts[last - 1].start()
    return title[start:end].strip()


def page_headline(tree, meta: dict[str, str], ld: dict) -> str:
    """Return the page's headline from its JSON-LD, meta tags, <title> and <h1>s."""
    sources = [_clean(ld.get("headline")), meta.get("og:title", ""), meta.get("twitter:title", ""),
               meta.get("title", ""), *(_clean(t.text_content()) for t in tree.xpath("//title")[:1]),
               *(_clean(h.text_content()) for h in tree.xpath("//h1")[:3])]
    publisher = ld.get("publisher")
    sites = [meta.get("og:site_name", ""), meta.get("application-name", ""), meta.get("twitter:site", ""),
             _clean(publisher.get("name")) if isinstance(publisher, dict) else "", meta.get("og:url", ""),
             *(u.strip() for u in tree.xpath('//link[@rel="canonical"]/@href')[:1])]
    return headline(sources, sites, trusted=bool(sources[0]))


def _clean(value) -> str:
    """Return a text value with entities decoded (even when escaped twice) and spaces squeezed."""
    if not isinstance(value, str):
        return ""
    return re.sub(r"\s+", " ", html_text.unescape(html_text.unescape(value))).strip()
