"""Client-side search: the shared tokenizer and the sharded static index."""
from archivist.search.index import build_search_index

__all__ = ["build_search_index"]
