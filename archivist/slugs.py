"""Slugs for URLs: Hangul kept (NFC), Latin lower-cased, spaces to '-', nothing unsafe."""

from __future__ import annotations

import hashlib
from functools import lru_cache
import re
import unicodedata

MAX_SLUG = 60
UNSAFE = re.compile(r"[^\w\-]+")
DASHES = re.compile(r"-{2,}")
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


@lru_cache(maxsize=65536)
def identity(name: str) -> str:
    """Return the key under which names are the same: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def short_hash(text: str) -> str:
    """Return six hex digits that identify the text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def slugify(name: str) -> str:
    """Return a URL-safe slug of a name; may be '' when nothing usable is left."""
    text = unicodedata.normalize("NFC", name).strip().lower()
    text = re.sub(r"\s+", "-", text)
    text = UNSAFE.sub("", text)
    text = DASHES.sub("-", text).strip("-_")
    if len(text) > MAX_SLUG:
        text = text[:MAX_SLUG].rstrip("-_") + "-" + short_hash(name)
    if text in WINDOWS_RESERVED:
        text += "-"
    return text


def lost_characters(name: str) -> int:
    """Return how many characters of a name its slug drops (a measure of how lossy it is)."""
    folded = re.sub(r"\s+", "", unicodedata.normalize("NFC", name))
    return sum(len(run) for run in UNSAFE.findall(folded))


def unique_slugs(keys: list[str], fallback: str) -> dict[str, str]:
    """Return a slug for each identity key; colliding keys get distinct slugs.

    Among keys whose slugs collide, the one its slug represents most faithfully
    keeps the plain slug and the others get a hash suffix, so that `C` stays
    `c` and `C++` becomes `c-…` whatever order they appear in.
    """
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(slugify(key), []).append(key)
    result = {}
    for slug, members in groups.items():
        members.sort(key=lambda k: (lost_characters(k), k))
        for position, key in enumerate(members):
            if not slug:
                result[key] = f"{fallback}-{short_hash(key)}"
            else:
                result[key] = slug if position == 0 else f"{slug}-{short_hash(key)}"
    return result
