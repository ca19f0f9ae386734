"""What each word of a query looks up: the plan shared with templates/static/search-query.js.

A query is cut into whitespace-free pieces (quotes mark phrases). Each piece
gives its tokens and its glued number keys (glue.py); a token a glued key
covers whole (`3` and `조` in `3조`) is left to that key. Each term gets a plan:

- a glued key: that exact key;
- a Latin word: the whole word, except the *open* word (the query's last, with
  nothing typed after it), which also matches the words it begins;
- a number or one Latin letter: that exact word;
- a Hangul/Han word: its keys as `tokenize.query_keys` says, and for a word that
  ends in particles (particles.py) the stem's keys and the boundary key, so the
  engine can also find the stem when the index's evidence allows.

tests/search/query_vectors.json holds query -> plans; Python and JavaScript check it.
"""
from archivist.search.glue import glue_spans
from archivist.search.particles import boundary_key, particle_split
from archivist.search.tokenize import (
    TOKEN_RE, WORD_KEY_LEN, fold_text, is_dense, is_number, query_keys, stored_key,
)

QUOTES = {0x201C: '"', 0x201D: '"', 0x201E: '"', 0x201F: '"', 0x2033: '"'}


def piece_terms(piece: str) -> list[tuple[str, str]]:
    """Return (text, kind) of a folded whitespace-free piece: its glued keys ("glue") and the tokens they leave ("word")."""
    glued = glue_spans(piece)
    terms = []
    for match in TOKEN_RE.finditer(piece):
        start, end = match.span()
        terms += [(key, "glue") for key, first, _ in glued if first == start and (key, "glue") not in terms]
        if not any(first <= start and end <= last for _, first, last in glued):
            terms.append((match.group(), "word"))
    return terms


def parse_query(query: str) -> tuple[list[tuple[str, str]], list[list[str]]]:
    """Return (terms, phrases) of a query: terms as (text, kind), kind "word", "open" or "glue"; quoted parts are phrases."""
    folded = fold_text(query.translate(QUOTES))
    terms: list[tuple[str, str]] = []
    phrases = []
    for index, part in enumerate(folded.split('"')):
        tokens = TOKEN_RE.findall(part)
        for piece in part.split():
            terms += [term for term in piece_terms(piece) if term not in terms]
        if index % 2 == 1 and len(tokens) > 1:
            phrases.append(tokens)
    if terms and terms[-1][1] == "word" and TOKEN_RE.fullmatch(folded[-1:]):
        terms[-1] = (terms[-1][0], "open")
    return terms, phrases


def term_plan(text: str, kind: str) -> dict:
    """Return what one term looks up: {text, kind, mode, keys} and, for a word ending in particles, its stem."""
    plan = {"text": text, "kind": kind}
    if kind == "glue":
        return {**plan, "mode": "exact", "keys": [text]}
    if not is_dense(text) and kind == "word" and not is_number(text):
        return {**plan, "mode": "exact", "keys": [stored_key(text[:WORD_KEY_LEN])]}
    mode, keys = query_keys(text)
    plan.update(mode=mode, keys=keys)
    split = particle_split(text) if is_dense(text) else None
    if split:
        stem_mode, stem_keys = query_keys(split[0])
        plan["stem"] = {"text": split[0], "mode": stem_mode, "keys": stem_keys, "boundary": boundary_key(*split)}
    return plan


def query_plans(query: str) -> tuple[list[dict], list[list[str]]]:
    """Return (plans of the terms, phrases) of a query."""
    terms, phrases = parse_query(query)
    return [term_plan(text, kind) for text, kind in terms], phrases
