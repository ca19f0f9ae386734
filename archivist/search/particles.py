"""Korean particles at the end of a query word: the rule shared with templates/static/search-query.js.

A query word such as `인상으로` is a noun and a particle; the text may hold the
same noun with another particle (`인상을`). `particle_split` proposes the stem
(`인상`) when the word ends in a particle (or two, `에서는`) that agrees in sound
with the stem's last syllable (`이` after a final consonant, `가` after a vowel...)
and the stem keeps at least two syllables (so `국가`, `사이` are never split).
Whether the stem is then searched is decided with the index's evidence: see
`use_stem`. Both are checked against tests/search/query_vectors.json.
"""
# Particles by the stem ending they follow: "C" a final consonant, "V" a vowel,
# "R" a vowel or a final ㄹ, "N" a final consonant other than ㄹ, "A" any.
_FIRST = {
    "이": "C", "은": "C", "을": "C", "과": "C", "으로": "N",
    "가": "V", "는": "V", "를": "V", "와": "V", "로": "R",
    "의": "A", "에": "A", "에서": "A", "에게": "A", "도": "A", "만": "A",
    "까지": "A", "부터": "A", "처럼": "A", "보다": "A",
}
# A second particle after the first (에서+는, 으로+도, 와+의, 만+은...).
_SECOND = ("는", "은", "도", "의", "만")
_STACKING = ("에", "에서", "에게", "으로", "로", "와", "과", "까지", "부터", "보다", "처럼", "만")


def is_syllable(char: str) -> bool:
    """Return True for a precomposed Hangul syllable."""
    return "\uac00" <= char <= "\ud7a3"


def has_final(syllable: str) -> bool:
    """Return True when a Hangul syllable ends in a consonant."""
    return (ord(syllable) - 0xAC00) % 28 != 0


def _endings() -> dict[str, str]:
    """Return every particle or pair of particles -> the class of its first particle."""
    endings = dict(_FIRST)
    for first in _STACKING:
        for second in _SECOND:
            topic_fits = second not in ("는", "은") or (second == "은") == has_final(first[-1])
            if second != first and topic_fits:
                endings.setdefault(first + second, _FIRST[first])
    return endings


ENDINGS = _endings()
# Longest first, so `에서는` is taken before `는`.
ENDINGS_BY_LENGTH = sorted(ENDINGS, key=lambda ending: (-len(ending), ending))
MIN_STEM = 2  # syllables a stem keeps: a one-syllable stem is too often part of a word (국가, 사이)
# The stem is not searched when the literal word accounts for at least this share of the
# articles holding the stem: then the word looks like a word of its own (어린이 beside 어린).
GUARD_SHARE = 0.8
GUARD_MIN = 3  # ... and only with at least this many such articles: two are no evidence of a word


def fits(stem_end: str, kind: str) -> bool:
    """Return True when a particle of class kind may follow the syllable stem_end."""
    if kind == "A":
        return True
    final = (ord(stem_end) - 0xAC00) % 28
    if kind == "C":
        return final != 0
    if kind == "V":
        return final == 0
    if kind == "R":
        return final in (0, 8)  # 8: final ㄹ
    return final not in (0, 8)  # "N"


def particle_split(token: str) -> tuple[str, str] | None:
    """Return (stem, particle) when a Hangul token ends in particles after a stem of 2+ syllables, else None."""
    if not all(is_syllable(char) for char in token):
        return None
    for ending in ENDINGS_BY_LENGTH:
        stem = token[:-len(ending)]
        if token.endswith(ending) and len(stem) >= MIN_STEM and fits(stem[-1], ENDINGS[ending]):
            return stem, ending
    return None


def boundary_key(stem: str, particle: str) -> str:
    """Return the pair of syllables where stem meets particle: its articles hold the literal word."""
    return stem[-1] + particle[0]


def use_stem(stem_count: int, literal_count: int) -> bool:
    """Return True when the stem is searched: the literal word (estimated) is rare or not most of the stem's articles."""
    return literal_count < GUARD_MIN or literal_count < GUARD_SHARE * stem_count
