"""Shared fixtures for the search tests: a small corpus and its built index."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fixtures import fixture_docs  # noqa: E402

from archivist.search.index import build_search_index  # noqa: E402
from archivist.search.reader import IndexReader  # noqa: E402


@pytest.fixture(scope="session")
def docs() -> list[dict]:
    """Return the fixture corpus (synthetic documents, the example, special ones)."""
    return fixture_docs(300)


@pytest.fixture(scope="session")
def files(docs) -> list[tuple[str, bytes]]:
    """Return the built index files of the fixture corpus (small shards)."""
    return build_search_index(docs, shard_bytes=4_000)


@pytest.fixture()
def reader(files) -> IndexReader:
    """Return a fresh reader over the fixture index."""
    return IndexReader(files)
