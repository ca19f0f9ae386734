#!/usr/bin/env python3
"""Hostile line shapes: import pages whose lines are long runs of one shape and report any slow import.

usage: python benchmarks/import_hostile_sweep.py [--limit SECONDS]

Each of 24 shapes (bylines said over and over, one run not closed by a role, dates, brackets, e-mails,
`Follow …`, `By …`, copyright marks…) at three lengths (119 letters, just under the byline's limit; 400; 3,000)
goes at the top, the middle or the bottom of a short Korean or English article, as a text dump and as HTML:
864 imports (`build.py import --dry-run`, nothing written). Prints each import slower than the limit (default
1 s); a pattern that backtracks shows up as an import of minutes or a timeout (printed as 99 s). The pages are
made here.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PARA = {"ko": "한빛시는 여름철 물놀이 사고를 막기 위해 하천과 계곡 스무 곳에 안전요원을 배치한다고 2일 밝혔다. "
              "시는 이번 조치로 사고가 크게 줄 것으로 내다봤다.",
        "en": "The city council voted on Tuesday to expand the river safety program, adding twenty lifeguards along "
              "the banks this summer. Officials said the change follows a rise in drownings."}


def shapes(n: int) -> dict[str, str]:
    """Return {shape: a line of about n letters made of it}."""
    return {"A": "A" * n, "Ab ": "Ab " * (n // 3), "가 ": "가 " * (n // 2), "홍길동 ": "홍길동 " * (n // 4),
            "a.": "a." * (n // 2), "date": "2024.05.01 " * (n // 11), "=": "가=" * (n // 2), "[": "[가" * (n // 2),
            "ⓒ": "ⓒ 가" * (n // 3), "@": "a@b." * (n // 4), "|": "가 | " * (n // 4), "기자": "홍길동 기자 " * (n // 7),
            "Follow": "Follow " + "Ab " * (n // 3), "By": "By " + "Ab " * (n // 3), "http": "http://" + "a." * (n // 2),
            "mixed": "A가1." * (n // 4), "▶": "▶ 가" * (n // 3), "입력": "입력 " * (n // 3),
            "사진": "사진=홍길동 기자 " * (n // 10), "By J": "By Jane Doe and " * (n // 16),
            "Updated": "Updated May 1, 2024 " * (n // 20), "Share": "Share on Facebook " * (n // 18),
            # no role closes the run, and one word of capitals: what made the patterns backtrack
            "기자…홍길동": "홍길동 기자 " * (n // 7) + "홍길동", "Follow A": "Follow " + "A" * n}


def pages(line: str, lang: str, where: str) -> tuple[str, str]:
    """Return (text dump, HTML) of an article with the line at the top, five times in the middle or at the bottom."""
    paragraphs = [PARA[lang].replace("스무", w).replace("twenty", w) for w in ("a1", "b2", "c3", "d4")]
    paragraphs = {"top": [line, *paragraphs], "mid": [*paragraphs[:2], *[line] * 5, *paragraphs[2:]],
                  "bottom": [*paragraphs, *[line] * 5]}[where]
    text = "Site\n\n제목입니다 아주 긴 제목입니다 Headline here for test\n\n입력 2024.05.01 10:00\n\n" + \
        "\n\n".join(paragraphs) + "\n\nⓒ 한빛일보\n"
    html = ("<html><head><title>T</title></head><body><h1>제목입니다 아주 긴 제목입니다</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + f"<footer><p>{line}</p></footer></body></html>")
    return text, html


def seconds_to_import(page: Path) -> float:
    """Return how long one dry-run import of the page takes (99 after a 30 s timeout)."""
    started = time.monotonic()
    try:
        subprocess.run([sys.executable, str(REPO / "build.py"), "import", str(page), "--dry-run", "--date",
                        "2024-05-01", "--content", str(page.parent / "content")], capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return 99.0
    return time.monotonic() - started


def main() -> None:
    """Import every shape, length, language and place; print the slow imports and a count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=1.0)
    limit = parser.parse_args().limit
    done = slow = 0
    with tempfile.TemporaryDirectory() as work:
        for n in (119, 400, 3000):
            for shape, line in shapes(n).items():
                for lang in PARA:
                    for where in ("top", "mid", "bottom"):
                        for suffix, page in zip((".txt", ".html"), pages(line, lang, where)):
                            path = Path(work) / f"page{suffix}"
                            path.write_text(page, encoding="utf-8")
                            took = seconds_to_import(path)
                            done += 1
                            if took > limit:
                                slow += 1
                                print(f"SLOW {took:.1f} s: {n} letters of {shape!r}, {lang}, {where}, {suffix}", flush=True)
    print(f"{done} imports, {slow} slower than {limit:g} s")


if __name__ == "__main__":
    main()
