"""Article fields found in page text: bylines, dates, the outlet (one place to import them from).

The rules live in `bylines.py` (reporters and emails), `signers.py` (reporters named outside a byline line),
`dates.py` (publication dates) and `outlet.py` (the source); this module names them for the readers of text dumps
and HTML."""

from __future__ import annotations

from .bylines import (EMAIL, Byline, article_reach, byline_under_name, english_names, has_glued_notice, is_desk_mailbox,  # noqa: F401
                      is_outlet_name, korean_names, may_hold_byline, starts_with_byline, parse_byline, person_name, sign_off_email,
                      signs_despite_mark)
from .glued_bylines import split_glued_byline, split_leading_byline, PROMOS_CHARS  # noqa: F401
from .signers import header_reporters, is_tv_sign_off, name_and_time, transcript_reporter  # noqa: F401
from .dates import (article_date, date_candidates, dates_on_line, find_date, has_date_label,  # noqa: F401
                    labelled_date, zone_around, zone_lines)
from .outlet import (clean_name, is_address, is_portal, is_portal_url, outlet_from_copyright, outlet_from_dateline,  # noqa: F401
                     has_hangul, is_hangul_name, masthead, outlet_from_meta, outlet_from_notice, outlet_from_provider, portal_outlet,
                     shows_domain, heads_the_page)
