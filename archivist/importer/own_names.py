"""The names an English page gives itself (the site's, its publisher's): never the headline of its article.

A page names itself in its copyright line (`© 2016 The Harbour Post`), in a note on what it is part of (`The Quay,
a publication of The Harbour Post, …`), in its writers' notes (`Jane Roe writes about shipping for The Harbour
Post.`), in the links to its own pages (`Contact the Harbour Office`, `About Harbour Daily`) and in its address
printed as text (`harbourpost.com`). A line that is one of these names, maybe with a word or two around it, is the
site's logo or masthead, printed above the headline and as near the byline; and a writer's name glued to a name
(`Jane RoeThe Harbour Post`, a wire story's credit) is a credit, never a headline.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import fields, noise

if TYPE_CHECKING:
    from .record import Line

NAME_CHARS = 4      # a name shorter than this is too vague to recognise in a line
NAME_WORDS = 5      # a site's name is at most this many words
TAIL_WORDS = 2      # words besides the site's name a masthead line may hold (`- Israel News`)
# A name: capitalised words, maybe joined by `of`, `and`, `&`, `the` (`The Harbour Post`, `Office of the Mayor`).
_NAME = r"((?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|&|the|for)\s+)?[A-Z][\w'’.-]*){0,4})"
# `…, a publication of X`, `a service of X`, `a division of X`.
# (`\b` before a word's first letter is the look-behind after it: a pattern opening on a letter jumps from one to the
# next occurrence of it, where one opening on `\b` is tried at every character of the line)
_PART_OF = re.compile(rf"a(?<!\w\w) (?:publication|service|division|product|brand|unit|property|subsidiary|project)"
                      rf" of\s+{_NAME}")
# A writer's note: `Jane Roe writes … for X`, `… is a reporter at X`, `… columnist for X`.
# (the role words grouped by first letter, each group's order kept: `\b(?:writes|wrote|…)` opening on a letter)
_WRITES_FOR = re.compile(rf"(?:w(?<!\w\w)(?:rites|rote|riting|riter)|r(?<!\w\w)(?:eports|eporter)|"
                         rf"c(?<!\w\w)(?:overs|olumnist|orrespondent|ontributor|ritic)|e(?<!\w\w)ditor|b(?<!\w\w)logger)"
                         rf"\b[^.;:]{{0,90}}?\b(?:for|at)\s+{_NAME}")
# The site's links to its own pages: `About X`, `Contact the X`.
_OWN_LINK = re.compile(rf"^(?:[^\w\s]+\s*|o\s+)?(?:about|contact)\s+(?:us\s+at\s+)?{_NAME}\W*$", re.I)
# The site's address printed as text (`washingtonpost.com`, `www.example.org`): its name's letters.
_ADDRESS = re.compile(r"\b(?:www\.)?([a-z0-9-]{4,40})\.(?:com|org|net|gov|co|io|news|info|tv)(?:\.[a-z]{2})?\b",
                      re.I)
# a cheap test for _ADDRESS: a zone after a letter, sought from the period (a literal opening: the search jumps to
# each period, where a pattern opening on the letter's class is tried at every character)
_ZONE = re.compile(r"\.(?<=[a-z0-9-]\.)(?:com|org|net|gov|co|io|news|info|tv)\b", re.I)
# A writer's name glued to a name (`Jane RoeThe Harbour Post`, `John DoeAssociated Press`): a wire story's credit.
_GLUED_CREDIT = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?[a-z]{2}(?:The\s+)?[A-Z][a-z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.&-]*){0,3}$")
# The glue: a lower-case letter right before `The` or before a name ending on a news word (`…DoeAssociated Press`).
_GLUE = re.compile(r"[a-z]{2}The\s+[A-Z]|[a-z]{2}[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:Press|News|Post|Times|Journal|"
                   r"Tribune|Herald|Wire)$")
_LETTERS = re.compile(r"[^\W_]+")
_SMALL = frozenset({"the", "of", "and", "for"})


def site_names(lines: list[Line]) -> tuple[list[str], set[str]]:
    """Return the names the page gives itself: the copyright lines' owners, lower-cased (a line holding one with a
    word or two around it is the masthead), and the letters of the names its notes, links and address give (a line
    spelling one of them exactly is the logo)."""
    owners = {fields.outlet_from_copyright(line.text).lower() for line in lines if line.kind == noise.COPYRIGHT}
    spelled = _addresses(lines)
    spelled.update(*[_named_in(line.text) for line in lines if line.text])
    return sorted(name for name in owners if len(name) >= NAME_CHARS), {s for s in spelled if len(s) >= NAME_CHARS}


@lru_cache(maxsize=65536)
def _named_in(text: str) -> tuple[str, ...]:
    """Return the letters of the site names an English line gives: a publisher, a writer's outlet, an own page's
    link; none for a line holding Hangul (cached by text, the Hangul test too: a site's chrome lines repeat on its
    every page)."""
    if noise.has_hangul(text):
        return ()
    found = [m.group(1) for m in _PART_OF.finditer(text)] if " of" in text else []
    found += [m.group(1) for m in _WRITES_FOR.finditer(text)]
    link = _OWN_LINK.match(text)
    if link:
        found.append(link.group(1))
    return tuple(_letters(_trimmed(name)) for name in found if len(name.split()) <= NAME_WORDS)


def _trimmed(name: str) -> str:
    """Return a name without a leading `The` and a trailing period."""
    return re.sub(r"^the\s+", "", name.rstrip(".’'"), flags=re.I)


def _addresses(lines: list[Line]) -> set[str]:
    """Return the letters of the site addresses printed on the page (`washingtonpost` of `washingtonpost.com`)."""
    # no address spans a line: one search, over the lines holding a zone after a letter (what _ADDRESS needs)
    text = "\n".join(line.text for line in lines if "." in line.text and _ZONE.search(line.text))
    return {_letters(m.group(1)) for m in _ADDRESS.finditer(text)}


def names_the_site(text: str, owners: list[str], spelled: set[str]) -> bool:
    """Return True for a line holding an owner's name with a generic tail at most (`The Post - Israel News`), or
    spelling one of the page's other names exactly (`The Harbour Post` of `harbourpost.com`)."""
    lowered = text.lower()
    for name in owners:
        if name in lowered and len(_LETTERS.findall(lowered.replace(name, " "))) <= TAIL_WORDS:
            return True
    words = _LETTERS.findall(lowered)
    if not words or len(words) > NAME_WORDS:
        return False
    return "".join(words) in spelled or "".join(w for w in words if w not in _SMALL) in spelled


def glued_credit(text: str) -> bool:
    """Return True for a writer's name glued to an outlet's name (`Jane RoeThe Harbour Post`): a credit line."""
    return len(text.split()) <= NAME_WORDS + 2 and _GLUED_CREDIT.match(text) is not None \
        and _GLUE.search(text) is not None


def _letters(text: str) -> str:
    """Return the text's letters and digits, lower-cased."""
    return "".join(_LETTERS.findall(text.lower()))
