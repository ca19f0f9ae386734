"""The split of the cleaning cases into a development part (rules are written looking at it) and a
check part (only measured): by outlet, so that no outlet of the check part was ever looked at.

Korean: the check part is eight pages from seven outlets (동아일보, 서울신문 on Naver, YTN on Daum,
JTBC on Naver, 뉴스1 on Naver, 머니투데이 and its 머니S, 파이낸셜뉴스): three portal pages of Naver, one
of Daum, two TV-news transcripts, four newspaper sites. Everything else is the development part.
English (the benchmark pages): by the hash of the site's domain, about half each.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import urlparse

KO_CHECK_OUTLETS = ("donga", "seoul", "ytn", "jtbc", "news1", "mt", "moneys", "fnnews")
PARTS = ("dev", "check")


def outlet(case_id: str, url: str) -> str:
    """Return the outlet a case belongs to: the Korean id's second word, or the English page's domain."""
    if case_id.startswith("ko"):
        return case_id.split("_")[1]
    return urlparse(url).netloc.lower().removeprefix("www.")


def part_of(case_id: str, url: str) -> str:
    """Return 'dev' or 'check' for one case."""
    name = outlet(case_id, url)
    if case_id.startswith("ko"):
        return "check" if name in KO_CHECK_OUTLETS else "dev"
    return "check" if hashlib.sha256(name.encode()).digest()[0] % 2 else "dev"


def parts(cleaning_dev: Path) -> dict[str, str]:
    """Return {case id: part} for every case listed in the manifest of a cleaning-dev folder."""
    manifest = json.loads((cleaning_dev / "manifest.json").read_text(encoding="utf-8"))
    urls = {entry["id"]: entry.get("url", "") for entry in manifest}
    ids = sorted(p.name for p in (cleaning_dev / "cases").iterdir() if (p / "expected.json").is_file())
    return {case: part_of(case, urls.get(case, "")) for case in ids}
