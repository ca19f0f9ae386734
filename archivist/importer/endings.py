"""Lines after which an article has ended: a rights notice, a comment thread's heading, a list of sources' heading."""

from __future__ import annotations

import re

_RIGHTS_RESERVED = re.compile(r"all rights reserved|무단\s*(?:전재|복제)|재배포", re.I)
# The heading of the list of sources a story was written from: it follows the story (`Sources:`, `References`).
_SOURCES_HEADING = re.compile(r"^(?:sources?|references|bibliography|works cited|citations)\s*:?$", re.I)
_THREAD_HEADING = re.compile(r"^(?:\d+|one|no)\s+(?:responses?|comments?|replies|thoughts?) (?:to|on)\s+\S", re.I)


def heads_sources(text: str) -> bool:
    """Return True for the heading of the list of sources the story was written from (`Sources:`)."""
    return _SOURCES_HEADING.match(text) is not None


def heads_thread(text: str) -> bool:
    """Return True for a comment thread's heading naming the article (`10 thoughts on “…”`): the article ended above."""
    return _THREAD_HEADING.match(text) is not None


def reserves_rights(text: str) -> bool:
    """Return True for a site's copyright notice that reserves its rights: the article has ended above it."""
    return _RIGHTS_RESERVED.search(text) is not None
