"""Write a minimal static site around the search index, for the browser tests.

    site/search/index.html   the search page (tests/search/page.html)
    site/search/...          the index (out_prefix "search/")
    site/static/search-*.js  the engine and the UI (SCRIPTS)
    site/<url>               a stub page per document, so result links resolve
"""
import shutil
from pathlib import Path

from archivist.search.index import build_search_index

HERE = Path(__file__).resolve().parent
STATIC = HERE.parents[1] / "templates" / "static"
# The search page's scripts in the order it loads them (templates/search.html, page.html).
SCRIPTS = ("search-query.js", "search-index.js", "search-text.js", "search-rank.js", "search-engine.js",
           "search-results.js", "search-ui.js")
ENGINE = SCRIPTS[:5]  # what the Node harness loads (tests/search/harness.mjs): no page


def write_site(out: Path, docs: list[dict], lang: str = "ko") -> Path:
    """Write the site under out and return the search page's path."""
    for path, data in build_search_index(docs):
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for doc in docs:
        stub = out / doc["url"]
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text(f"<!doctype html><title>{doc['id']}</title><h1>article {doc['id']}</h1>",
                        encoding="utf-8")
    return write_page(out, lang)


def write_page(out: Path, lang: str = "ko") -> Path:
    """Write the search page and the static scripts beside an index; return the page."""
    (out / "static").mkdir(parents=True, exist_ok=True)
    for name in SCRIPTS:
        shutil.copyfile(STATIC / name, out / "static" / name)
    page = out / "search" / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    scripts = "\n".join(f'<script src="../static/{name}"></script>' for name in SCRIPTS)
    page.write_text((HERE / "page.html").read_text(encoding="utf-8").replace("{lang}", lang)
                    .replace("{scripts}", scripts), encoding="utf-8")
    return page
