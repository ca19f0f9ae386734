"""Fields of a saved HTML page that its metadata lacks or gets wrong, read from the page's visible lines.

The article is located among the page's lines (its headline and the first and last paragraph the
extractor kept), so that dates and bylines are read only from its header and byline area."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlparse

from . import fields, outlet_forms, second_article, wire_end
from .dates import PUBLISHED, UPDATED
from .record import ImportedArticle

BYLINE_REACH = 12  # byline lines this close to the nearest one belong to the same article
_NOT_WORD = re.compile(r"[\W_]+")
_MARKDOWN_LEAD = re.compile(r"^(?:#{1,6}\s+|[-*]\s+|\d+[.)]\s+|>\s*)")
_COPYRIGHT_HINT = re.compile(r"ⓒ|©|copyright|저작권", re.I)


def _norm(text: str) -> str:
    """Return text reduced to lower-case letters and digits."""
    return _NOT_WORD.sub("", text).lower()


def logo_outlet(tree) -> str:
    """Return the outlet named by the alt text of a logo linking to a site's home page (not a portal's), or ''."""
    counts: Counter = Counter()
    for img in tree.xpath("//a[@href]//img[@alt]"):
        link = next(img.iterancestors("a"), None)
        href = (link.get("href") or "").strip() if link is not None else ""
        parsed = urlparse(href if href.startswith(("http://", "https://", "//")) else "")
        if not parsed.netloc or parsed.path.strip("/") or parsed.query or fields.is_portal_url(href):
            continue
        name = fields.clean_name(img.get("alt") or "")
        if name and not fields.may_hold_byline(name):
            counts[name] += 1
    return counts.most_common(1)[0][0] if counts else ""


def meta_outlet(meta: dict[str, str], publisher: str, url: str) -> str:
    """Return the outlet from metadata: on a portal page the article's own author field, elsewhere the site name."""
    site = f"{meta.get('og:site_name', '')} {meta.get('twitter:site', '')}"
    portal = fields.is_portal_url(url) or fields.is_portal(site)
    values = [meta.get("og:article:author", "")] if portal else [meta.get("og:site_name", ""), publisher]
    for value in values:
        if "=" in value or fields.may_hold_byline(value):
            continue  # a byline (`서울=홍길동 기자`), not the outlet
        name = fields.outlet_from_meta(value)
        if name:
            return name
    return ""


def article_lines(lines: list[str], record: ImportedArticle) -> tuple[int, int, int] | None:
    """Return (headline, first, last) indexes of the article among the page lines, or None when not found."""
    paragraphs = [_norm(_MARKDOWN_LEAD.sub("", p)) for p in record.body.split("\n\n")]
    paragraphs = [p for p in paragraphs if len(p) >= 10]
    normed = [_norm(line) for line in lines]
    first = _find(normed, paragraphs[:3], 0) if paragraphs else None
    title = _norm(record.title)
    top = None
    if title:
        above = len(lines) if first is None else first
        top = next((i for i in range(above - 1, -1, -1) if normed[i] == title), None)
    if first is None:
        return (top, top, top) if top is not None else None
    last = _find(normed, paragraphs[-1:], first)
    last = first if last is None else last
    return (first if top is None else top), first, last


def _find(normed: list[str], paragraphs: list[str], start: int) -> int | None:
    """Return the first line from `start` holding the start of one of the paragraphs (or held by it), or None."""
    for paragraph in paragraphs:
        head = paragraph[:40]
        for i in range(start, len(normed)):
            line = normed[i]
            if line and (head in line or (len(line) >= 15 and paragraph.startswith(line))):
                return i
    return None


def logo_alts(tree) -> tuple[str, ...]:
    """Return the alt texts of the first images in links (logos among them), for a portal's outlet."""
    return tuple(alt.strip() for alt in tree.xpath("//a//img/@alt")[:30] if alt.strip())


def fill_from_lines(lines: list[str], record: ImportedArticle, alts: tuple[str, ...] = (),
                    meta_names: tuple[str, ...] = ()) -> None:
    """Fill reporters, emails, date and outlet from the article's header and byline area among the page lines
    (`alts`: the alt texts of linked images, where a portal's page names the outlet by its logo)."""
    korean = record.lang == "ko"
    span = article_lines(lines, record)
    signed_at = _bylines(lines, record, span)
    if span is None:
        zone = fields.zone_around(len(lines), signed_at)
    else:
        top, first, last = span
        _drop_far_names(lines, record, top, first, last, meta_names)
        _drop_teaser_names(lines, record, last, meta_names)
        signed_at = [i for i in signed_at if not set(_names_on(lines[i])) - set(record.reporters)]
        zone = fields.zone_lines(len(lines), top, first, last, signed_at)
        _header_name(lines, top, first, record, last)
        if not record.emails:
            record.emails.extend(_sign_off(lines, first, last))
    record.date = _date(lines, zone, korean, record.date)
    if span is not None:
        record.source = _text_outlet(lines, span, alts, record.emails, record.source)


def _date(lines: list[str], zone, korean: bool, meta_date: str) -> str:
    """Return the metadata date, unless the page shows it as the update time next to an earlier publication time;
    without metadata, the date shown in the article's header or byline area."""
    shown = [found for i in zone.lines for found in fields.dates_on_line(lines, i, korean)]
    published = [f.iso for f in shown if f.strength == PUBLISHED]
    if meta_date:
        updated = {f.iso[:16] for f in shown if f.strength == UPDATED}
        if published and meta_date[:16] in updated and meta_date[:16] not in {p[:16] for p in published}:
            return published[0]
        return meta_date
    signed = (lambda i: fields.parse_byline(lines[i]) is not None or fields.starts_with_byline(lines[i])
              or bool(fields.name_and_time(lines[i])))
    return fields.article_date(lines, zone, korean, signed)


def _bylines(lines: list[str], record: ImportedArticle, span) -> list[int]:
    """Add the bylines of the article (those agreeing with the metadata, else the cluster nearest the article)
    and the email printed under a name; return the indexes of the byline lines taken."""
    hits = [(i, b) for i, b in ((i, fields.parse_byline(line)) for i, line in enumerate(lines)) if b is not None]
    if span:  # a byline under a teaser's title below the article signs that teaser
        hits = [(i, b) for i, b in hits if not second_article.signs_a_teaser(lines, i, span[2])]
    if not hits:
        return []
    known = set(record.reporters)
    if known:
        taken = [(i, b) for i, b in hits if b.names and set(b.names) <= known]
    else:
        first, last = (span[1], span[2]) if span else (0, len(lines))
        named = [i for i, b in hits if b.names]
        if not named:
            return []
        anchor = min(named, key=lambda i: 0 if first <= i <= last + 3 else min(abs(i - first), abs(i - last)))
        top = span[0] if span else first
        reach = fields.article_reach(top, first, last)
        if not reach[0] <= anchor <= reach[1]:
            return []  # an article with no byline: a portal's list of its reporters far below names none of its own
        taken = [(i, b) for i, b in hits if b.names and abs(i - anchor) <= BYLINE_REACH]
    for i, byline in taken:
        _add(record, byline)
        below = next((b for b in map(fields.byline_under_name, lines[i + 1:i + 3]) if b is not None), None)
        if below and not below.names:
            _add(record, below)
    return [i for i, _ in taken]


def _drop_far_names(lines: list[str], record: ImportedArticle, top: int, first: int, last: int,
                    meta_names: tuple[str, ...] = ()) -> None:
    """Drop the reporters named only on byline lines far from the article (the metadata's names stay).

    `(서울=뉴스1) 홍길동 기자 = …` opening the article signs it: byline lines more than a few lines from its text
    name other people. Without such a dateline, byline lines far from the headline and text (a portal's list of
    reporters to follow, kept by the extractor after an article with no byline) name none of its own."""
    lead = fields.split_leading_byline(lines[first])[1] if fields.may_hold_byline(lines[first][:60]) else None
    signed = lead is not None and bool(lead.names)
    low, high = (first - BYLINE_REACH, last + BYLINE_REACH) if signed else fields.article_reach(top, first, last)
    signing = [(i, _names_on(line)) for i, line in enumerate(lines) if fields.may_hold_byline(line)]
    near = {n for i, names in signing if low <= i <= high for n in names} | set(lead.names if signed else ())
    far = {n for i, names in signing if not low <= i <= high for n in names} - near - set(meta_names)
    record.reporters[:] = [name for name in record.reporters if name not in far]


def _drop_teaser_names(lines: list[str], record: ImportedArticle, last: int, meta_names: tuple[str, ...]) -> None:
    """Drop the reporters and emails named only on bylines under teasers' titles below the article (the clean-up
    read them from the blocks the extractor kept; the metadata's names stay)."""
    signing = [i for i, line in enumerate(lines) if "@" in line or fields.may_hold_byline(line)]
    teasers = {i for i in signing if second_article.signs_a_teaser(lines, i, last)}
    if not teasers:
        return
    bylines = {i: fields.parse_byline(lines[i]) or fields.Byline(_names_on(lines[i])) for i in signing}
    own = {x for i, b in bylines.items() if i not in teasers for x in (*b.names, *b.emails)} | set(meta_names)
    theirs = {x for i in teasers for x in (*bylines[i].names, *bylines[i].emails)} - own
    record.reporters[:] = [name for name in record.reporters if name not in theirs]
    record.emails[:] = [email for email in record.emails if email not in theirs]


def _names_on(line: str) -> tuple[str, ...]:
    """Return the reporters a page line names (as a byline, or opening the article with one)."""
    byline = fields.parse_byline(line) or fields.split_leading_byline(line)[1]
    return byline.names if byline else ()


def _add(record: ImportedArticle, byline) -> None:
    """Add a byline's names and emails to the record, once each."""
    record.reporters.extend(n for n in byline.names if n not in record.reporters)
    record.emails.extend(e for e in byline.emails if e not in record.emails)


def _header_name(lines: list[str], top: int, first: int, record: ImportedArticle, last: int) -> None:
    """Add the reporter of a `홍길동 2024. 5. 13. 12:52` line right under the headline, or of a TV transcript,
    when none is known."""
    if not record.reporters:
        record.reporters.extend(fields.header_reporters(lines, top, first, last))


def _sign_off(lines: list[str], first: int, last: int) -> list[str]:
    """Return the reporter's email on a closing line of the article or just after it, as a list of zero or one.

    The extractor may keep widgets after the article, so its last kept line is no sure end: the last
    closing line from the article's start to just after that line counts."""
    for i in range(min(len(lines), last + 4) - 1, first - 1, -1):
        email = fields.sign_off_email(lines[i])
        if email and not second_article.signs_a_teaser(lines, i, last):
            return [email]
    return []


def _text_outlet(lines: list[str], span: tuple[int, int, int], alts: tuple[str, ...] = (),
                 emails: list[str] = (), given: str = "") -> str:
    """Return the outlet the page's lines name, `given` the metadata's: the copyright line the article's byline or
    sign-off confirms wins over it, and one spelling it otherwise (`한빛S` for `한빛에스`) gives its printed form.
    Without metadata: a notice, the article's opening dateline, the copyright line (confirmed, else showing the domain
    of the reporter's `emails`, else nearest the article's end), the sign-off, tip box, subscription promo or source credit; on a
    portal's page, its frame's boxes of the outlet named at the top or by a logo's alt text (`alts`), elsewhere the
    masthead; a copyright line giving only an address (`hanbit.example`) comes last."""
    top, first, last = span
    printed = outlet_forms.article_names(lines, first, last)
    marked = [i for i, line in enumerate(lines) if len(line) < 200 and _COPYRIGHT_HINT.search(line)
              or "@" in line and wire_end.has_notice(line)]  # `…했다. hong@x (끝) <저작권자(c) …>` glued
    holder = outlet_forms.best_holder(lines, marked, last, emails, printed)[1]
    if given:
        mine = outlet_forms.confirmed(holder, printed) or outlet_forms.same_outlet(holder, given)
        return holder if mine else given
    for line in lines:
        outlet = fields.outlet_from_notice(line)
        if outlet:
            return outlet
    for line in lines[first:first + 3]:
        outlet = fields.outlet_from_dateline(line)
        if outlet:
            return outlet
    named = "" if fields.is_address(holder) else holder  # `Copyright by hanbit.example`: an address, the last resort
    found = (named or outlet_forms.signed_outlet(lines, first, last) or outlet_forms.tip_box_outlet(lines, first, last)
             or outlet_forms.promo_outlet(lines, first, last) or outlet_forms.source_credit_outlet(lines, last))
    if found:
        return found
    if any(fields.is_portal(line) for line in lines[:15]):
        return fields.portal_outlet(lines, alts, sum(1 for line in lines[:top] if line)) or holder
    return fields.masthead(lines) or holder
