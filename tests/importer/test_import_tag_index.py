"""The archive's tag index: the tags a page holds, found by looking up its words, as trying every tag finds them."""

from __future__ import annotations

import random
import re

from archivist.importer.tag_index import TagIndex

_WORD_CHAR = re.compile(r"[^\W_]")
_LATIN_OR_DIGIT = re.compile(r"[a-z0-9]")
TEXTS = (
    "AI인재와 반도체에 투자한 삼성SDI는 2024년 가상자산에 손댔다.",
    "Spain said the AI race in New York was new; C# and K-팝 fans met at the U.S. café는 open.",
    "The AI-led rally lifted NVIDIA, while the yen fell. 인공 지능 관련주는 내렸다.",
    "x_ai and 1루수 and AI 반도체, new-york, york city, Yorkshire.",
)
TAGS = ("AI", "ai", "반도체", "자산", "가상자산", "삼성SDI", "2024", "New York", "C#", "K-팝", "U.S.", "café",
        "인공 지능", "York", "Spain", "rain", "루수", "AI 반도체", "NVIDIA", "yen", "x", "Kim", "지능", "투자")


def every_tag(text: str, known: dict[str, int]) -> list[str]:
    """Return the tags found by trying each one on the text (the reference the index must agree with)."""
    lowered = text.lower()

    def occurs(tag: str) -> bool:
        if "\uac00" <= tag[-1] <= "\ud7a3":
            return tag in lowered
        return any(not _WORD_CHAR.match(lowered[at - 1:at] if at else "")
                   and not _LATIN_OR_DIGIT.match(lowered[at + len(tag):at + len(tag) + 1])
                   for at in (m.start() for m in re.finditer(re.escape(tag), lowered)))

    found = [tag for tag in known if len(tag) >= 2 and occurs(tag.lower())]
    return sorted(found, key=known.__getitem__, reverse=True)


def test_index_finds_what_trying_every_tag_finds():
    """Whole Latin words, Korean tags with particles or in compounds, tags of several words or signs, ties in order."""
    rng = random.Random(7)
    for _ in range(50):
        counts = {tag: rng.randint(1, 4) for tag in rng.sample(TAGS, 12)}
        index = TagIndex(counts)
        for text in TEXTS:
            assert index.found_in(text) == every_tag(text, counts), (text, counts)


def test_tags_added_later_are_found():
    """Tags counted after the index was made (an article written during the import) are looked up too."""
    index = TagIndex()
    assert index.found_in(TEXTS[0]) == []
    index.update(["삼성SDI", "반도체", "반도체"])
    index.update({"AI": 1})
    assert index.found_in(TEXTS[0]) == ["반도체", "삼성SDI", "AI"]  # ties: the order counted
    assert index.found_in("Spain said") == []
