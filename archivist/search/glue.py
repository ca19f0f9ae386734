"""Numbers kept with what is written against them, and addresses kept out of the words.

The tokenizer splits `3조` into `3` and `조`, and `5.1%` into `5` and `1`, so
searching for them as separate words finds `13조` and any `5` beside any `1`.
A *glued key* keeps such a number whole with its unit: in a whitespace-free
piece of folded text, a number (digits, maybe with `.` or `,` between digit
groups, after no letter or digit), with a Latin word and `-` before it
(`gpt-4`), and the first character of a Hangul/Han unit or `%` after it:

    3조원 -> 3조      5.1%p -> 5.1, 5.1%      GPT-4를 -> gpt-4, gpt-4를      13조 -> 13조

A bare number (`2024`) gives no glued key: its token key is exact already.
The index stores glued keys beside the token keys; a query piece's glued keys
must all be present, so `3조` finds `3조원` but not `13조`. E-mail addresses and
URLs are taken out of a text before its keys are made, so `cj` does not match
`cj@example.com`. templates/static/search-query.js has the same rules.
"""
import re

from archivist.search.tokenize import DENSE_CLASS, WORD_KEY_LEN

GLUE_RE = re.compile(f"(?<![0-9a-z.,])([a-z]+-)?([0-9]+(?:[.,][0-9]+)*)(?![0-9a-z])(%|[{DENSE_CLASS}])?")
ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+", re.ASCII)
ADDRESS_HINTS = ("@", "://", "www.")


def glue_spans(piece: str) -> list[tuple[str, int, int]]:
    """Return (key, start, end) of each glued key of a folded, whitespace-free piece."""
    spans = []
    for match in GLUE_RE.finditer(piece):
        latin, number, unit = match.groups()
        core = (latin or "") + number
        if latin or "." in number or "," in number:
            spans.append((core[:WORD_KEY_LEN], match.start(), match.start() + len(core)))
        if unit:
            spans.append(((core + unit)[:WORD_KEY_LEN], match.start(), match.end()))
    return spans


def glue_keys(piece: str) -> list[str]:
    """Return the glued keys of a folded, whitespace-free piece of text."""
    return [key for key, _, _ in glue_spans(piece)] if any(char.isdigit() for char in piece) else []


def without_addresses(text: str) -> str:
    """Return text with e-mail addresses and URLs replaced by a space."""
    if not any(hint in text for hint in ADDRESS_HINTS):
        return text
    return ADDRESS_RE.sub(" ", text)
