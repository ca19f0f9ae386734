"""Lines that are markup, code or a converter's leftovers rather than text (`noise.classify`'s markup kind asks here).

A page's source printed as text (tags, rule bodies, script), an embed's long address, w3m's placeholder for a
picture, a picture's alt text a machine wrote, lynx's radio buttons and boxes, lynx's labels of frames and of the
page's `<link rel=…>` elements, an icon font's ligature names, a blogging tool's shortcodes, and what a page says
to the reader's software (a script's fallback, a word to a reader with an old browser).
"""

from __future__ import annotations

import re

MARKUP_CHARS = 60  # a long line with a piece of markup for every this many characters is markup
# Pieces of HTML, CSS or script a converter printed as text: tags, escaped quotes and newlines, rule bodies.
_MARKUP = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s|/?>)|\\[n\"t]|\{[^{}]{0,80}[:;][^{}]{0,80}\}|[\w-]+=\\?\"|;\s*[\w-]+\s*:")
_CODE_MARKS = re.compile(r"[{}\[\];=<>\\]")
CODE_SHARE = 0.08  # script code has one of those marks in every dozen characters; prose, even with brackets, far fewer
_MARKUP_HINT = re.compile(r"[<{\\=;]")
_LINK_BLOB = re.compile(r"https?://\S{60,}", re.I)  # an embed's long address printed as text, words or not after it
# w3m's placeholder for an image: its file name in brackets, maybe printed twice (`[Shot-2018-02-19][Shot-2018-02-19]`)
_IMAGE_SLUG = re.compile(r"^(?:\[[\w.\-]{1,40}\] ?)+$", re.ASCII)
# lynx's label of a frame it did not follow (`IFRAME: …`), an icon font's ligature name printed as text (`chevron_left`)
# (either form holds a colon or an underscore: the rule tests for them first)
_CONVERTER_MARK = re.compile(r"^(?:IFRAME|FRAME|EMBED):|^[a-z]+(?:_[a-z]+)+(?:\s+[A-Z]|$)")
# lynx's line for the page's `<link rel=…>` elements: the relation's name after a `#`, then the links' titles
# (`#alternate aragonés Asturianu Български …`, a language menu's every name), however long
_LINK_REL = re.compile(r"^#(?:alternate|search|next|prev|previous|home|start|index|contents|help|author|canonical|"
                       r"bookmark|edit|license|shortlink|pingback|amphtml|manifest)\b")
# A picture's alt text a machine wrote, as an office suite's alt text generator marks it.
_MACHINE_ALT = "AI-generated content may be incorrect."
ALT_TEXT_CHARS = 160
_FORM_MARK = re.compile(r"^(?:\((?:\*| )\)|\[(?:X| )\])\s+\S")  # lynx's radio button or box, checked or not
_SHORTCODE = re.compile(r"\[/[a-z_]{2,20}\]")  # a blogging tool's shortcode printed as text (`[button …]…[/button]`)
# A widget seen without scripts, or a player's fallback about the reader's browser (`<noscript>`, `<video>`):
# the page speaks of the reader's software, which an article does not do in its own lines.
_NEEDS_SCRIPT = re.compile(r"\b(?:requires?|enable|turn on|needs?)\s+javascript\b|자바\s*스크립트.{0,30}"
                           r"(?:켜|활성화|허용|사용\s*설정)|(?:이|사용\s*중인|현재)\s*브라우저(?:에서|는|가)\s.{0,40}"
                           r"지원(?:하지|되지)\s*않|your browser (?:does not|doesn't) support|"
                           r"\b(?:is|are) (?:not supported|unsupported) (?:on|by) (?:your|this) (?:device|browser)\b", re.I)
_SCRIPT_HINTS = ("javascript", "자바", "브라우저", "browser", "support")
# A site's word to a reader with an old browser, a paragraph long (`You are using a browser version with limited
# support for CSS. To obtain the best experience, …`): it speaks of the reader's software, as a script's fallback does.
_OLD_BROWSER = re.compile(r"\byou(?:'re| are) using (?:a|an|this) (?:browser|outdated|old|older|unsupported)\b|"
                          r"\b(?:upgrade|update) your (?:web )?browser\b|\byour (?:web )?browser is (?:out of date|outdated|"
                          r"too old|not (?:fully )?supported|no longer supported)\b|\bturn off compatibility mode\b", re.I)
BROWSER_NOTICE_CHARS = 600  # a longer text speaking of browsers is an article about them
_SCRIPT_HINT = re.compile("|".join(map(re.escape, _SCRIPT_HINTS)))


def is_markup_line(text: str, short: int) -> bool:
    """Return True for a stripped line that is markup, code, a converter's leftover or words to the reader's software;
    `short`: below this length a line is no running text whatever its ending (noise.PROSE_CHARS)."""
    return (len(text) >= short and is_markup(text, short) or "[/" in text and _SHORTCODE.search(text) is not None
            or text[:4].lower() == "http" and _LINK_BLOB.match(text) is not None or is_picture_mark(text)
            or is_form_control(text)
            or text[0] == "#" and _LINK_REL.match(text) is not None
            or len(text) < short and _speaks_to_software(text, _NEEDS_SCRIPT)
            or len(text) < BROWSER_NOTICE_CHARS and _speaks_to_software(text, _OLD_BROWSER)
            or len(text) < short and ("_" in text or ":" in text) and _CONVERTER_MARK.match(text) is not None)


def _speaks_to_software(text: str, pattern: re.Pattern) -> bool:
    """Return True when the text, naming a script or a browser, has the pattern's words to the reader's software."""
    return _SCRIPT_HINT.search(text.lower()) is not None and pattern.search(text) is not None


def is_picture_mark(text: str) -> bool:
    """Return True for w3m's placeholder of a picture (`[hero-2019]`, `[javascript] [javascript]`), or a picture's
    alt text a machine wrote and says so (`A screenshot of a chat AI-generated content may be incorrect.`)."""
    if text[:1] == "[":
        return _IMAGE_SLUG.match(text) is not None
    return len(text) < ALT_TEXT_CHARS and text.endswith(_MACHINE_ALT)


def is_form_control(text: str) -> bool:
    """Return True for a form's radio buttons or boxes as lynx prints them (`(*) Female ( ) Male`, `[X] Remember`)."""
    return text[:1] in "([" and _FORM_MARK.match(text) is not None


def is_markup(text: str, short: int) -> bool:
    """Return True for a long line that is mostly markup or code (a page's source printed as text).

    Only lines of `short` characters or more: they would otherwise weigh as paragraphs; a short line with a tag
    in it (a headline quoting `<script>`) is left to the other rules."""
    if len(text) < short or _MARKUP_HINT.search(text) is None:
        return False
    if len(_MARKUP.findall(text)) * MARKUP_CHARS >= len(text):
        return True
    # script code without tags (`stack[i] = stack[i] - left[i];`): brackets, braces and operators everywhere
    return len(_CODE_MARKS.findall(text)) >= CODE_SHARE * len(text)
