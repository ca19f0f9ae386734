"""Read a make_corpus.py folder (or any content folder) into search documents."""
import re
from datetime import date, datetime
from pathlib import Path

import yaml

FENCE = re.compile(r"^```.*?^```\s*$", re.S | re.M)


def read_article(path: Path, number: int, root: Path) -> dict:
    """Return the search document of one Markdown article with front matter."""
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.load(front, Loader=yaml.CSafeLoader)
    when = meta["date"]
    day = when.date() if isinstance(when, datetime) else when
    if not isinstance(day, date):
        day = date.fromisoformat(str(when)[:10])
    reporters = meta.get("reporters") or [meta["reporter"]]
    relative = path.relative_to(root).with_suffix("")
    return {
        "id": number, "url": f"{relative.as_posix()}/index.html",
        "title": str(meta["title"]), "date": day.isoformat(), "year": day.year,
        "reporters": [str(name) for name in reporters],
        "tags": [str(tag) for tag in meta.get("tags", [])],
        "text": plain_text(body), "lang": "ko" if re.search("[가-힣]", body) else "en",
    }


def plain_text(markdown: str) -> str:
    """Return Markdown body as plain text: code blocks dropped, heading marks removed."""
    text = FENCE.sub("", markdown)
    return re.sub(r"^#+\s*", "", text, flags=re.M).strip()


def read_corpus(root: Path) -> list[dict]:
    """Return the documents of every .md file under root, in path order."""
    paths = sorted(root.rglob("*.md"))
    return [read_article(path, number, root) for number, path in enumerate(paths)]
