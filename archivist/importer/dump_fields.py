"""Fields of a text dump: reporters, emails, date and outlet, read where the article's own are printed.

The dump's lines come classified (`text.Line`: its text and kind of noise); the article's span
(`first`, `last`) and headline are known, so the date is searched only in its header and byline area."""

from __future__ import annotations

from . import clean, fields, noise, outlet_forms, second_article, wire_end
from . import headline_lookalikes as lookalikes
from .record import ImportedArticle

BYLINE_AREA = 12  # lines around the article (or the byline nearest it) where its byline lines stand


def read_fields(lines: list, first: int, last: int, record: ImportedArticle) -> None:
    """Fill reporters, emails, date and outlet from the article's header, its lines and its byline area."""
    korean = record.lang == "ko"
    texts = [line.text for line in lines]
    top = _title_line(texts, first, record.title)
    signed_at = _read_bylines(lines, first, last, record, top)
    _header_name(texts, top, first, record, last)
    zone = fields.zone_lines(len(texts), top, first, last, signed_at)
    cluster = set(signed_at)  # a byline with its time may be classified a date line: it still signs
    signed = (lambda i: i in cluster or lines[i].kind == noise.BYLINE or fields.starts_with_byline(texts[i])
              or bool(fields.name_and_time(texts[i])))
    record.date = fields.article_date(texts, zone, korean, signed)
    if not record.emails:
        _sign_off_email(texts, last, record)
    record.source = _read_outlet(lines, first, last, record.emails)


def _title_line(texts: list[str], first: int, title: str) -> int:
    """Return the index of the headline above the article (the nearest copy, or the line a narrow column wrapped it
    at: the headline opens with that line), or `first` when there is none."""
    if not title:
        return first
    found = next((i for i in range(first, -1, -1) if texts[i] == title), None)
    if found is not None:
        return found
    return next((i for i in range(first, -1, -1) if 2 * len(texts[i]) >= len(title) and title.startswith(texts[i])), first)


def _header_name(texts: list[str], top: int, first: int, record: ImportedArticle, last: int = -1) -> None:
    """Add the reporter of a `홍길동 2024. 5. 13. 12:52` line right under the headline, or of a TV transcript,
    when no byline named one."""
    if not record.reporters:
        record.reporters.extend(fields.header_reporters(texts, top, first, last))


def _read_bylines(lines: list, first: int, last: int, record: ImportedArticle, top: int) -> list[int]:
    """Add the byline cluster nearest the article, then emails printed under those names elsewhere;
    return the indexes of the cluster's lines (the byline area, where the article's date is printed too).
    `top` is the headline's line: a byline between it and the article is the article's own."""
    hits = [i for i, line in enumerate(lines) if line.kind == noise.BYLINE
            or (line.kind == noise.DATELINE and fields.may_hold_byline(line.text) and fields.parse_byline(line.text))]
    next_article = second_article.next_header_below(lines, last)
    if next_article is not None:  # the next article, preloaded below the rights notice, signs its own text
        hits = [i for i in hits if i < next_article]
    if hits and hits[-1] > last:  # a byline under a teaser's title below the article signs that teaser
        texts = [line.text for line in lines]
        hits = [i for i in hits if not second_article.signs_a_teaser(texts, i, last)]
    if hits and hits[0] < top:  # and so does a box of signed stories above the headline
        teasers = lookalikes.signed_teasers_above(lines, top)
        hits = [i for i in hits if i not in teasers]
    if not hits:
        return []
    # A byline opening or closing the article's own text (`(서울=뉴스1) 홍길동 기자 = …`, `…했다. /홍길동 기자`)
    # anchors it: other reporters' names far from it (a portal's list of the outlet's reporters) are not its.
    signed = _signed_paragraphs(lines, first, last)
    anchors = hits + signed
    own = min(top, first)  # the headline's byline (`홍길동 기자` under it, a portal's) is the article's too
    anchor = min(anchors, key=lambda i: 0 if own <= i <= last + 3 else min(abs(i - first), abs(i - last)))
    reach = fields.article_reach(top, first, last)
    if not reach[0] <= anchor <= reach[1]:
        return []  # an article with no byline: a portal's list of its reporters far below names none of its own
    # Anchored in the article, the byline area is around the whole article; else around the anchor.
    low, high = (min(anchor, first), last) if own <= anchor <= last + 3 else (anchor, anchor)
    cluster = []
    for i in hits:
        byline = fields.parse_byline(lines[i].text)
        if byline and low - BYLINE_AREA <= i <= high + BYLINE_AREA:
            clean.add_byline(record, byline)
            cluster.append(i)
    # The article's signers (its own byline lines, or the dateline opening its text) may be named again in its
    # header with their email (`홍길동 기자` / `hong@x.co.kr`), far from the text.
    signers = set(record.reporters) | {name for i in signed for name in _signers(lines[i].text)}
    for i in hits:
        byline = fields.parse_byline(lines[i].text)
        if byline and byline.names and set(byline.names) <= signers:
            clean.add_byline(record, fields.Byline((), byline.emails))
            _email_below(lines, i, record)
    return cluster


def _signed_paragraphs(lines: list, first: int, last: int) -> list[int]:
    """Return the indexes of the article's first and last paragraphs when a byline naming a reporter opens or
    closes them (an email alone does not: the name may stand on its own line above)."""
    texts = [i for i in range(first, last + 1) if lines[i].text and lines[i].prose]
    ends = [i for i in (texts[:1] + texts[-1:]) if fields.may_hold_byline(lines[i].text)]
    return [i for i in ends if _names((fields.split_leading_byline(lines[i].text)[1],
                                        clean.split_tail_byline(lines[i].text)[1]))]


def _signers(text: str) -> tuple[str, ...]:
    """Return the names of the byline opening or closing a paragraph."""
    return tuple(name for byline in (fields.split_leading_byline(text)[1], clean.split_tail_byline(text)[1])
                 if byline is not None for name in byline.names)


def _names(bylines) -> bool:
    """Return True when one of the bylines (None for none) names a reporter."""
    return any(byline is not None and byline.names for byline in bylines)


def _email_below(lines: list, i: int, record: ImportedArticle) -> None:
    """Add the email on the next non-blank line after a name line, when that line is only an email (maybe labelled:
    `이메일: hong@x.co.kr`)."""
    for line in lines[i + 1:i + 3]:
        if line.text:
            byline = fields.byline_under_name(line.text)
            if byline and not byline.names:
                clean.add_byline(record, byline)
            return


def _sign_off_email(texts: list[str], last: int, record: ImportedArticle) -> None:
    """Add the reporter's email from a closing line just after the article (`☞공감언론 뉴시스 hong@x.com`)."""
    for i in range(max(0, last - 1), min(len(texts), last + 4)):
        email = fields.sign_off_email(texts[i])
        if email and not second_article.signs_a_teaser(texts, i, last):
            record.emails.append(email)
            return


def _opening(lines: list, start: int, last: int) -> list:
    """Return the article's first paragraph of running text from `start` (below its sub-headlines and pictures,
    where its dateline opens it), as a list of at most one line."""
    return next(([line] for line in lines[start:last + 1] if line.text and line.prose), [])


def _read_outlet(lines: list, first: int, last: int, emails: list[str]) -> str:
    """Return the outlet: a notice naming it, the article's opening dateline, the copyright line the article's byline
    or sign-off confirms (else the one showing the reporter's e-mail domain, else the nearest), the sign-off, the tip
    box, a portal's subscription promo, a re-publishing site's credit (`[Source : X]`), the masthead (a copyright may
    name the owning company, or the outlet in Latin letters)."""
    for line in lines:
        outlet = fields.outlet_from_notice(line.text) if line.kind == noise.NOTICE else ""
        if outlet:
            return outlet
    for line in [*lines[first:first + 4], *_opening(lines, first + 4, last)]:
        outlet = fields.outlet_from_dateline(line.text) if line.text else ""
        if outlet:
            return outlet
    texts = [line.text for line in lines]
    printed = outlet_forms.article_names(texts, first, last)
    marked = [i for i, line in enumerate(lines) if line.kind == noise.COPYRIGHT
              or (line.kind == noise.BYLINE and fields.has_glued_notice(line.text))  # `홍길동 기자 x@y[ⓒ 한빛일보 …]`
              or (line.prose and "@" in line.text and wire_end.has_notice(line.text))]  # `…했다. x@y (끝) <ⓒ …>`
    at, holder = outlet_forms.best_holder(texts, marked, last, emails, printed)
    if (fields.is_hangul_name(holder) or fields.heads_the_page(texts, holder) or outlet_forms.confirmed(holder, printed)
            or outlet_forms.spelled_by_email(holder, emails)):
        return holder  # a romanised name printed alone at the page's top is the masthead too (`SBS`)
    if fields.has_hangul(holder) and outlet_forms.closes_article(texts, at, last):
        return holder  # `ⓒ 한빛S` right under the article: its own outlet, though the page's top names the parent's
    # a TV reporter signs off naming the broadcaster (`MBC뉴스 홍길동입니다.`): the outlet, whatever portal shows it
    signed = outlet_forms.signed_outlet(texts, first, last)
    if signed:
        return signed
    found = (outlet_forms.tip_box_outlet(texts, first, last)  # the provider is sought only when no sign-off names one
             or outlet_forms.promo_outlet(texts, first, last)
             or outlet_forms.source_credit_outlet(texts, last)
             or next((o for o in map(fields.outlet_from_provider, texts) if o), "")
             or fields.masthead(texts, sum(1 for text in texts[:first] if text)))
    return holder if not found or outlet_forms.same_outlet(found, holder) else found  # the copyright's form of the name
