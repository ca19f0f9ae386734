"""Names in English text, for tags: which capitalised words a page writes as names, and which of them are
pieces of one name of two to four words (`Star Wars`, `Mobile World Congress`, `Bank of America`).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from .noise import is_prose
from .tag_filters import is_control

LATIN = "A-Za-z\u00c0-\u024f"  # accented letters too, so `Weizsäcker` is not cut at the `ä`
# English words no tag is, capitalised or not.
STOP_EN = set(
    "the a an and or but of to in on at for with from by as is are was were be been this that these those "
    "it its he she they we you i his her their our your has have had not no will would can could said says "
    "also more most than then there here about after before over into out up down new one two first last "
    "year years time people just like when what which who how all some any other such only email "
    "while where because although though since during many much even still very now "
    "under against between through without within among across behind beyond upon toward towards around "
    "off per via onto despite inside outside near until unless whether "  # capitalised in a name, never one
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()  # the calendar dates an article, it is not its topic
)
# A capital inside a sentence: after a word, a comma or a closing quote and one space, maybe behind an opening
# mark (`say “California”`, `[Apple](…)`); never after a stop, a colon or a bracket (`] Report`, `. The`), nor
# after a quoted sentence's end (`“It rains.” Let's …`).
# Each pattern opens on what it matches first (the space, the capital) and looks behind only there: a pattern
# opening on a look-behind is tried at every character of a page, one opening on a space or a capital jumps to them.
_MID_CAPITAL = re.compile(rf" (?<=[\w,;”\")] )(?<![.!?][”\"] )[\[“\"(*_]*([A-Z][{LATIN}0-9]*)")
# A capital with no letter or digit before it, nor a hyphen joining it to a word: `Mobile` of `T-Mobile` is a piece
# of one word (the tokens split at hyphens), not a name.
_NOT_GLUED = rf"(?<![{LATIN}0-9][A-Z])(?<![{LATIN}0-9]-[A-Z])"
_CAPITAL_WORD = re.compile(rf"[A-Z]{_NOT_GLUED}[{LATIN}0-9]*")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
# A capitalised word doing what a sentence's subject does: saying, being, having (`Rossi said`, `Motorola is`), or
# a name's figures in brackets after it (`Melbourne (3-0)`, `Rossi (45)`).
_SUBJECT = re.compile(rf"([A-Z]{_NOT_GLUED}[{LATIN}0-9]*) (?:(?:said|says|told|tells|added|asked|announced|"
                      r"reported|wrote|is|was|has|had|will|would|can|could|did|does)\b|\(\d)")
# A name's first capital: not inside a word, nor after a word's apostrophe (`O'Brien`, `don't`); after an opening
# quote it may stand (`'La La Land'`).
_NAME_START = rf"[A-Z]{_NOT_GLUED}(?<![{LATIN}0-9]['’][A-Z])"
# Capitalised words side by side (`Yacht Club Games`: two pairs), of two letters or more (an initial, `John M.
# Ford`, is no name's word).
_NAME_RUN = re.compile(rf"{_NAME_START}[{LATIN}0-9]+(?: [A-Z][{LATIN}0-9]+)+(?![{LATIN}0-9])")
# The small words a name holds between its capitalised ones (`Bank of America`, `Center for Research`).
NAME_LINKS = frozenset("of for the de del della di da du des la le van von der den al el bin".split())
_LINKS = "|".join(sorted(NAME_LINKS))
_LINKED_NAME_RUN = re.compile(rf"{_NAME_START}[{LATIN}0-9]+"
                              rf"(?: (?:(?:{_LINKS}) ){{0,2}}[A-Z][{LATIN}0-9]+)+(?![{LATIN}0-9])")
# A label: one to three capitalised words and a colon opening a line (`Result: …`, `THE PRESIDENT: …`), or in bold
# inside one (`… **Actual:** $28,500,000 **Result:** …`, lines the HTML joined). Matched from a line's start, or
# searched for from its literal `**` (a pattern opening on `^` in multi-line mode is tried at every character).
_LABEL_WORDS = rf"((?:[A-Z][{LATIN}'’.]* ){{0,2}}[A-Z][{LATIN}'’.]*)"
_LINE_LABEL = re.compile(rf"[ \t*+•-]*{_LABEL_WORDS}:(?=\s|$)")
_BOLD_LABEL = re.compile(rf"\*\*{_LABEL_WORDS}:\*\*(?=\s|$)")
MAX_NAME_WORDS = 4  # a run of more capitalised words is a headline in Title Case or a menu, not one name
PAIRED_SHARE = 2 / 3  # a word written beside the same one this often is a piece of a two-word name
TITLE_CASE_SHARE = 4  # a line with under a quarter of its long words in lower case is in Title Case


def whole_names(ranked: list[str], text: str, counts: Counter, names: set[str]) -> list[str]:
    """Return the ranked English nouns with the pieces of names of two to four words given whole: a word the
    text seldom writes without the same name after it (`Star` of `Star Wars`, `Urban` of `Urban Meyer`) or before it
    (`Wars`) stands for the name, at the better place of the two; a piece whose other word is ranked higher on
    its own goes (`Urban` after `Meyer`). `text`: the title and body; `counts`: their words, the title's
    three times; `names`: the words written as names (written_as_names)."""
    title = text[:text.find("\n")]
    pairs = name_pairs(text, names)
    pairs.update({pair: 2 * n for pair, n in name_pairs(title, names).items()})
    wanted = set(ranked)
    name_of = long_names(ranked, text, title, counts, names)
    # words mostly written before (after) one same name: a pair holding one inside is a piece of a longer name
    # (`Secretary Robert` of `Defense Secretary Robert Gates`)
    leads = {first for (first, _), n in pairs.items() if n >= PAIRED_SHARE * counts[first]}
    trails = {second for (_, second), n in pairs.items() if n >= PAIRED_SHARE * counts[second]}
    for (first, second), n in pairs.most_common():
        if n < 2 or is_control(first) or is_control(second) or second in leads or first in trails:
            continue
        for word in (first, second):
            if word in wanted and word not in name_of and n >= PAIRED_SHARE * counts[word]:
                name_of[word] = (first, second)
    if not name_of:
        return ranked
    out: list[str] = []
    for word in ranked:
        pair = name_of.get(word)
        if pair is None:
            out.append(word)
            continue
        name = " ".join(pair)
        if name not in out and not any(other in out for other in pair if other != word):
            out.append(name)
    in_names = {part for name in out if " " in name for part in name.split()}
    return [word for word in out if word not in in_names]


def long_names(ranked: list[str], text: str, title: str, counts: Counter,
               names: set[str]) -> dict[str, tuple[str, ...]]:
    """Return {ranked word: the name of three or four words it is a piece of}: a run of names none of whose
    words the text often writes outside it (`Mobile World Congress`; not `Vice President Joe Biden`, whose
    `President` stands alone elsewhere); the title's runs count twice."""
    wanted = set(ranked)
    runs = name_runs(text, names, wanted)
    runs.update({run: 2 * n for run, n in name_runs(title, names, wanted).items()})
    name_of: dict[str, tuple[str, ...]] = {}
    for run, n in runs.most_common():
        if all(n * run.count(word) >= PAIRED_SHARE * counts[word] for word in run if word not in NAME_LINKS):
            name_of.update({word: run for word in run if word in wanted and word not in name_of})
    return name_of


def name_runs(text: str, names: set[str], wanted: set[str]) -> Counter:
    """Return how often the text writes each name of three or four words, or of two joined by a small word
    (`Bank of America`), holding one of the `wanted` words; longer runs are headlines in Title Case, not
    names, and a name printed twice (`Jane Roe Jane Roe`) is one of two words."""
    runs: Counter = Counter()
    for run in _LINKED_NAME_RUN.findall(text):
        run_words = run.split(" ")
        if wanted.isdisjoint(run_words):
            continue  # a name none of whose words is ranked gives none a name (long_names)
        group: list[str] = []
        for word in [*run_words, ""]:
            if (word in names and not is_control(word)) or (word in NAME_LINKS and group):
                group.append(word)
                continue
            while group and group[-1] in NAME_LINKS:
                group.pop()
            runs.update(_names_in(group))
            group = []
    return runs


def _names_in(group: list[str]) -> list[tuple[str, ...]]:
    """Return the name a run of names and small words makes, else the names of three or four words between its
    small words (`Asia for Nam Nghi Phu Quoc`: two names side by side)."""
    if _long_name(group):
        return [tuple(group)]
    pieces, piece = [], []
    for word in [*group, "of"]:
        if word not in NAME_LINKS:
            piece.append(word)
            continue
        if _long_name(piece):
            pieces.append(tuple(piece))
        piece = []
    return pieces


def _long_name(group: list[str]) -> bool:
    """Return True for words that make one name: two to four names with small words between, three at least."""
    named = [word for word in group if word not in NAME_LINKS]
    half = len(group) // 2
    return 2 <= len(named) <= MAX_NAME_WORDS and len(group) >= 3 and group[:half] != group[half:]


def name_pairs(text: str, names: set[str]) -> Counter:
    """Return how often the text writes each two names side by side."""
    pairs: Counter = Counter()
    for run in _NAME_RUN.findall(text):
        words = run.split(" ")
        pairs.update(pair for pair in pairwise(words) if pair[0] in names and pair[1] in names)
    return pairs


def written_as_names(title: str, body: str, counts: Counter) -> set[str]:
    """Return the capitalised words an English page writes as names: inside a sentence of the body's running
    text (a line not in Title Case) or of a title in sentence case, more often than the body writes them in
    lower case (`counts`: the body's words).

    A headline or a teaser in Title Case capitalises every word (`Five Lessons`, `Crap You Don't Need`), a
    sentence its first, a control its label (`Read more`, `Report`): none is evidence of a name, unless the
    body never writes the word in lower case. A title
    word the body never writes is the headline's (a site name or an author beside it, a kicker, a word cut
    short), not a topic, whatever its case. A word that only opens sentences needs more: a verb after it, another
    name beside it, or the title's word."""
    prose = "\n".join(line for line in body.split("\n")
                      if len(line) >= 25 and is_prose(line) and not title_cased(line))
    inside = Counter(_MID_CAPITAL.findall(prose))
    anywhere = set(_CAPITAL_WORD.findall(prose))  # capitalised in running text, first words of sentences too
    if sentence_cased(title):  # a headline in sentence case is a sentence, but what only it says is its own
        inside.update(word for word in _MID_CAPITAL.findall(title) if word in counts)
    named = {word for word, n in inside.items() if n > counts.get(word.lower(), 0)}
    # A word written in lower case elsewhere is a common word (`Plague spread …` beside `the plague`). One only
    # ever opening sentences, never in lower case, is a name when it does what a subject does (`Rossi said …`,
    # `Motorola is …`), has its figures after it (`Melbourne (3-0)`), stands beside another name (`Mario Rossi`),
    # or is the title's word as in two of the body's sentences; else it is as often a word that opens sentences
    # (`Unfortunately, …`, `Alongside …`, `“Oftentimes …`, `Let’s …`).
    opening = {word for word in anywhere if word.lower() not in counts and word not in named}
    if opening:
        title_words = set(_CAPITAL_WORD.findall(title))
        acting = set(_SUBJECT.findall(prose))
        beside = {word for run in _NAME_RUN.findall(prose) if not opening.issuperset(run.split(" "))
                  for word in run.split(" ")}
        named |= {word for word in opening
                  if word in acting or word in beside or (counts[word] >= 2 and word in title_words)}
    return named - label_words(body, counts) if ":" in body else named


def label_words(body: str, counts: Counter) -> set[str]:
    """Return the words the body writes only in labels that open its lines again and again: a field's name
    (`Actual: $28,500,000`, `Result: …` under each film) or a transcript's speaker (`THE PRESIDENT: …`). A label
    written once may be a topic heading its line (`Apple: …` in a list); `counts`: the body's words."""
    labels = [found.group(1) for found in map(_LINE_LABEL.match, [line for line in body.split("\n") if ":" in line])
              if found]
    if "**" in body:
        labels += _BOLD_LABEL.findall(body)
    uses: Counter = Counter()
    for label, n in Counter(labels).items():
        if n >= 2:
            uses.update({word: n for word in label.split(" ")})
    return {word for word, n in uses.items() if n >= counts.get(word, 0)}


def title_cased(line: str) -> bool:
    """Return True for a line of the body in Title Case (a headline, a teaser, a menu): under a quarter of its
    words of four letters or more are in lower case, where a sentence's are most. (A line may join a teaser
    in Title Case and the tail of a sentence: the share decides, not one word.)"""
    lower = capital = 0
    for word in line.split():  # a loop over split words: four times faster than two regex searches here
        if len(word) >= 4:
            if word[0].islower():
                lower += 1
            elif word[0].isupper():
                capital += 1
    return TITLE_CASE_SHARE * lower < lower + capital


def sentence_cased(title: str) -> bool:
    """Return True for a headline in sentence case: one word of four letters or more, not a function word,
    is in lower case (`Flat Irons Trailhead reopens in Boulder`). Title Case capitalises every such word."""
    return any(word not in STOP_EN for word in _LOWER_WORD.findall(title))
