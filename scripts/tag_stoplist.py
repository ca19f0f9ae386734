#!/usr/bin/env python3
"""Regenerate archivist/importer/tag_stopwords.py: Korean words found in most news pages, by document frequency.

usage: python scripts/tag_stoplist.py [CLEANING_DEV_DIR] [--print]

Evidence, never the check part of benchmarks/import_split.py:
- the development part's Korean pages, whole (the three text dumps of each: menus, footers and
  captions included, as the importer may meet them): a word on the pages of at least PAGE_SHARE of
  the outlets (each outlet weighs the same, however many of its pages there are);
- the development part's hand-checked article bodies (title and body): a word in at least
  BODY_SHARE of the articles, outlet-weighted likewise (article prose: `관계자`, `상황`);
- the synthetic corpus of tests/fixtures/make_corpus.py: its topic vocabulary is drawn at random, so
  every vocabulary word is in about 90% of its articles and says nothing; only the words of its fixed
  sentence endings stand out, SYNTHETIC_MARGIN above its median vocabulary word, and those are kept.
Words are the suggester's own nouns (tags.words, then tags._noun), so the list holds what it would
otherwise suggest.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archivist.importer import tags  # noqa: E402
from archivist.importer.encoding import hangul_share  # noqa: E402
from benchmarks.import_split import outlet, parts  # noqa: E402

PAGE_SHARE = 0.75  # chrome: on the pages of three outlets in four; below it, section names (야구, 영화) are topics
BODY_SHARE = 0.25
SYNTHETIC_MARGIN = 0.05
SYNTHETIC_COUNT = 300
DUMPS = ("raw.txt", "raw.w3m.txt", "raw.inner.txt")
TARGET = REPO / "archivist" / "importer" / "tag_stopwords.py"


def nouns(text: str) -> set[str]:
    """Return the set of nouns the tag suggester would see in a Korean text."""
    return {n for w in tags.words(text) if (n := tags._noun(w, "ko"))}


def outlet_share(groups: dict[str, list[set[str]]]) -> Counter:
    """Return word → mean over outlets of the share of that outlet's documents holding the word."""
    share: Counter = Counter()
    for docs in groups.values():
        counts: Counter = Counter()
        for doc in docs:
            counts.update(doc)
        for word, n in counts.items():
            share[word] += n / len(docs) / len(groups)
    return share


def dev_documents(cleaning_dev: Path) -> tuple[dict, dict]:
    """Return (outlet → page word sets, outlet → body word sets) of the development part's Korean cases."""
    pages, bodies = defaultdict(list), defaultdict(list)
    for case, part in sorted(parts(cleaning_dev).items()):
        if part != "dev" or not case.startswith("ko"):
            continue
        folder = cleaning_dev / "cases" / case
        answer = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        bodies[outlet(case, "")].append(nouns(f"{answer.get('title', '')}\n{answer.get('body', '')}"))
        text = "\n".join((folder / d).read_text(encoding="utf-8", errors="replace") for d in DUMPS
                         if (folder / d).is_file())
        pages[outlet(case, "")].append(nouns(text))
    return pages, bodies


def synthetic_common() -> set[str]:
    """Return the synthetic corpus's words that stand out above its random vocabulary."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, str(REPO / "tests" / "fixtures" / "make_corpus.py"), out,
                        "--count", str(SYNTHETIC_COUNT), "--seed", "1"], check=True, capture_output=True)
        docs = []
        for path in Path(out).rglob("*.md"):
            body = path.read_text(encoding="utf-8").split("---", 2)[2]
            if hangul_share(body) > 0.5:
                docs.append(nouns(body))
    counts: Counter = Counter()
    for doc in docs:
        counts.update(doc)
    shares = {w: n / len(docs) for w, n in counts.items()}
    # The typical vocabulary word: the median of the words in at least half the articles.
    median = statistics.median(s for s in shares.values() if s >= 0.5)
    return {w for w, s in shares.items() if s >= median + SYNTHETIC_MARGIN}


def stoplist(cleaning_dev: Path) -> list[str]:
    """Return the sorted list of common words from the three sources."""
    pages, bodies = dev_documents(cleaning_dev)
    common = {w for w, s in outlet_share(pages).items() if s >= PAGE_SHARE}
    common |= {w for w, s in outlet_share(bodies).items() if s >= BODY_SHARE}
    common |= synthetic_common()
    return sorted(common)


def module_text(words: list[str]) -> str:
    """Return the Python source of tag_stopwords.py holding the words."""
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) + 1 > 100:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    lines.append(line)
    joined = "\n".join(f"    \"{line} \"" for line in lines)
    return (f'"""Korean words found on most news pages, which no suggested tag may be.\n\n'
            f"Made by scripts/tag_stoplist.py (run it again to regenerate) from document frequencies: on the\n"
            f"development part's pages (a word on the pages of {PAGE_SHARE:.0%} of its outlets or more), in its\n"
            f"article bodies ({BODY_SHARE:.0%} of the articles or more) and in the synthetic corpus's fixed phrasing.\n"
            f"Never from the check part.\n"
            f'"""\n\nCOMMON_KO = frozenset((\n{joined}\n).split())\n')


def main() -> int:
    """Write (or with --print, show) the stoplist."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cleaning_dev", nargs="?", type=Path, default=REPO.parent / "shared" / "cleaning-dev")
    parser.add_argument("--print", action="store_true", help="print the words instead of writing the module")
    args = parser.parse_args()
    words = stoplist(args.cleaning_dev)
    if args.print:
        print(len(words), " ".join(words))
        return 0
    TARGET.write_text(module_text(words), encoding="utf-8")
    print(f"wrote {len(words)} words to {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
