"""Queries generated from real Korean articles (tests/search/real_queries.py) against the Python reader."""
import pytest
from real_queries import KINDS, load_cases, score, write

from archivist.search.reader import IndexReader

# Mean recall and precision each kind must reach (issue #26).
NEEDED = {
    "bare noun": (1.0, 1.0), "compound part": (1.0, 1.0), "two words": (1.0, 1.0),
    "other particle": (0.95, 0.90), "number with unit": (0.0, 0.90), "Latin acronym": (0.0, 0.95),
}


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """Return (queries, reader) over the index of the real articles."""
    out = tmp_path_factory.mktemp("real-search")
    queries = write(out, load_cases())
    files = [(path.relative_to(out).as_posix(), path.read_bytes()) for path in (out / "search").rglob("*.js")]
    return queries, IndexReader(files)


def test_every_kind_has_queries(real):
    queries, _ = real
    counts = {kind: sum(q["kind"] == kind for q in queries) for kind in KINDS}
    assert all(count >= 20 for count in counts.values()), counts


@pytest.mark.parametrize("kind", KINDS)
def test_real_queries_find_the_right_articles(real, kind):
    queries, reader = real
    mine = [q for q in queries if q["kind"] == kind]
    found = [sorted(reader.search(q["query"])) for q in mine]
    figures = score(mine, found)[kind]
    recall, precision = NEEDED[kind]
    wrong = [q["query"] for q, got in zip(mine, found) if got != q["answer"]]
    assert figures["recall"] >= recall and figures["precision"] >= precision, (figures, wrong)
