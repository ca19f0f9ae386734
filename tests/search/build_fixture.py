"""Write the test index to a folder: python tests/search/build_fixture.py OUT [COUNT]."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from archivist.search import index  # noqa: E402
from fixtures import fixture_docs  # noqa: E402


def main() -> None:
    """Build the fixture index and write its files under OUT."""
    out = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    for path, data in index.build_search_index(fixture_docs(count)):
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


if __name__ == "__main__":
    main()
