"""Queries of each kind generated from real article text, with their right answers by an oracle.

    python tests/search/real_queries.py OUT     # build the index into OUT/search, write OUT/queries.json
                                                # (exit status 3 without the shared folder)

The documents are the article bodies of ../shared/cleaning-dev/cases/*/expected.json
(read through tests/shared_cases.py, never copied here) and the user's example article.
The oracle works on the raw text with its own small rules, not the engine's code:

- bare noun: a stem seen before two or more different particles; right answers are
  the articles with it anywhere inside a Korean word (the compound rule);
- compound part: such a noun also found inside a longer word, not at its start;
- two words: two nouns found in one article; the articles holding both;
- other particle: a noun with a particle that one of its articles does not give it
  (`인상으로` where that article has `인상을`); right answers as for the bare noun;
- number with unit: a number typed together with its unit (`10차`, `5.1%`); the
  articles where it stands so, not after another digit, letter or decimal mark;
- Latin acronym: an all-capital Latin word of 2-4 letters in a Korean article, typed
  as a finished word (a space after it); the articles holding that whole word,
  outside e-mail addresses and URLs.
"""
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from fixtures import example_doc  # noqa: E402

PARTICLES = ["이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "으로", "로", "와", "과", "도", "만",
             "까지", "부터"]
AFTER_CONSONANT = {"이", "은", "을", "과", "으로"}
AFTER_VOWEL = {"가", "는", "를", "와", "로"}
HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
LATIN_WORD = re.compile("[a-z0-9]+")
ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])")
NUMBER_UNIT = re.compile("(?<![0-9a-z.,])[0-9]+(?:[.,][0-9]+)*(?:%|[\uac00-\ud7a3])")
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+", re.ASCII)
KINDS = ("bare noun", "compound part", "two words", "other particle", "number with unit", "Latin acronym")


def real_docs(cases: list[dict]) -> list[dict]:
    """Return search documents for the cases' expected answers, then the example article."""
    docs = []
    for number, case in enumerate(cases):
        docs.append({
            "id": number, "url": f"cases/{case['id']}/index.html", "title": case.get("title") or "",
            "date": "2024-01-01", "year": 2024, "reporters": case.get("reporters") or [],
            "tags": [], "text": case.get("body") or "", "lang": case.get("group", ""),
        })
    return docs + [example_doc(len(docs))]


def searchable(doc: dict) -> str:
    """Return a document's searchable text as the oracle compares it: NFC, ASCII for full-width, lowercase, no addresses."""
    text = "\n".join([doc["title"], doc["text"], *doc["tags"], *doc["reporters"]])
    text = unicodedata.normalize("NFC", text).translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})
    return ADDRESS.sub(" ", text).lower()


def fits(stem: str, particle: str) -> bool:
    """Return True when particle may follow stem's last syllable (a final consonant or not)."""
    final = (ord(stem[-1]) - 0xAC00) % 28
    if particle in AFTER_CONSONANT:
        return final != 0 and not (particle == "으로" and final == 8)
    if particle in AFTER_VOWEL:
        return final == 0 or (particle == "로" and final == 8)
    return True


def noun_particles(words: set[str]) -> dict[str, set[str]]:
    """Return stem -> the particles it is seen with among words (stems of 2+ syllables)."""
    seen = defaultdict(set)
    for word in words:
        for particle in PARTICLES:
            stem = word[:-len(particle)]
            if word.endswith(particle) and len(stem) >= 2 and fits(stem, particle):
                seen[stem].add(particle)
    return seen


def generate(docs: list[dict], seed: int = 26, per_kind: int = 40) -> list[dict]:
    """Return [{kind, query, answer}] queries generated from docs, answers as document numbers."""
    rng = random.Random(seed)
    texts = [searchable(doc) for doc in docs]
    words = [set(HANGUL_WORD.findall(text)) for text in texts]
    latin = [set(LATIN_WORD.findall(text)) for text in texts]
    per_doc = [noun_particles(doc_words) for doc_words in words]
    corpus = defaultdict(set)
    for nouns in per_doc:
        for stem, particles in nouns.items():
            corpus[stem] |= particles
    nouns = sorted(stem for stem, particles in corpus.items() if len(particles) >= 2)
    holding = lambda part: {n for n, doc_words in enumerate(words) if any(part in w for w in doc_words)}  # noqa: E731
    queries = [{"kind": "bare noun", "query": noun, "answer": holding(noun)}
               for noun in rng.sample(nouns, min(per_kind, len(nouns)))]
    inside = [noun for noun in nouns if any(w.find(noun) > 0 for doc_words in words for w in doc_words)]
    queries += [{"kind": "compound part", "query": noun, "answer": holding(noun)}
                for noun in rng.sample(inside, min(per_kind, len(inside)))]
    noun_set = set(nouns)
    rich = [sorted(noun_set & set(found)) for found in per_doc]
    for _ in range(per_kind):
        pair = rng.sample(rng.choice([here for here in rich if len(here) >= 2]), 2)
        queries.append({"kind": "two words", "query": " ".join(pair), "answer": holding(pair[0]) & holding(pair[1])})
    queries += other_particle_queries(rng, per_doc, nouns, holding, per_kind)
    units = sorted({m for text in texts for m in NUMBER_UNIT.findall(text)})
    for unit in rng.sample(units, min(per_kind, len(units))):
        pattern = re.compile("(?<![0-9a-z.,])" + re.escape(unit) + ("(?![0-9])" if unit[-1].isdigit() else ""))
        answer = {n for n, text in enumerate(texts) if pattern.search(text)}
        queries.append({"kind": "number with unit", "query": unit, "answer": answer})
    korean = [doc for doc in docs if doc["lang"] == "ko"]
    acronyms = sorted({a for doc in korean for a in ACRONYM.findall(ADDRESS.sub(" ", doc["text"]))})
    for acronym in rng.sample(acronyms, min(per_kind, len(acronyms))):
        answer = {n for n, words_here in enumerate(latin) if acronym.lower() in words_here}
        queries.append({"kind": "Latin acronym", "query": acronym + " ", "answer": answer})
    return [{**query, "answer": sorted(query["answer"])} for query in queries]


def other_particle_queries(rng, per_doc, nouns, holding, count) -> list[dict]:
    """Return queries of a noun with a particle that one of its articles does not give it."""
    queries, tried = [], 0
    candidates = [(n, stem) for n, found in enumerate(per_doc) for stem in sorted(found) if stem in nouns]
    while len(queries) < count and tried < 50 * count:
        tried += 1
        number, stem = rng.choice(candidates)
        others = [p for p in PARTICLES if p not in per_doc[number][stem] and fits(stem, p)]
        query = stem + rng.choice(others)
        if query not in [q["query"] for q in queries]:
            queries.append({"kind": "other particle", "query": query, "answer": holding(stem)})
    return queries


def score(queries: list[dict], found: list[list[int]]) -> dict[str, dict[str, float]]:
    """Return per kind the mean recall and precision over its queries (an empty result has precision 1)."""
    sums = defaultdict(lambda: [0, 0.0, 0.0])
    for query, got in zip(queries, found):
        right, got = set(query["answer"]), set(got)
        entry = sums[query["kind"]]
        entry[0] += 1
        entry[1] += len(right & got) / len(right) if right else 1.0
        entry[2] += len(right & got) / len(got) if got else 1.0
    return {kind: {"queries": n, "recall": r / n, "precision": p / n} for kind, (n, r, p) in sums.items()}


MISSING = 3  # exit status when the shared folder is not beside the checkout


def load_cases() -> list[dict]:
    """Return every case's expected answer (skips as tests/shared_cases.py does without the folder)."""
    sys.path.insert(0, str(HERE.parent))
    from shared_cases import case_ids, cleaning_dev, expected
    cleaning_dev()
    return [expected(case_id) for case_id in case_ids()]


def write(out: Path, cases: list[dict]) -> list[dict]:
    """Build the real documents' index into out/search, write out/queries.json and return the queries."""
    from archivist.search.index import build_search_index
    docs = real_docs(cases)
    for path, data in build_search_index(docs, jobs=1):
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    order = sorted(range(len(docs)), key=lambda i: (docs[i]["year"], docs[i]["date"], docs[i]["id"], docs[i]["url"]))
    numbers = {doc_index: number for number, doc_index in enumerate(order)}
    queries = [{**q, "answer": sorted(numbers[n] for n in q["answer"])} for q in generate(docs)]
    (out / "queries.json").write_text(json.dumps(queries, ensure_ascii=False, indent=1), encoding="utf-8")
    return queries


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from shared_cases import case_ids, expected
    if not case_ids():
        print("needs the real pages in ../shared/cleaning-dev beside the checkout", file=sys.stderr)
        sys.exit(MISSING)
    write(Path(sys.argv[1]), [expected(case_id) for case_id in case_ids()])
