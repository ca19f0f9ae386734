#!/usr/bin/env python3
"""Lighthouse on an article page: accessibility, best practices and SEO must each score 1.00.

    python scripts/lighthouse.py [--count 200] [--json report.json] [--pictures]

Builds the shipped archive with a small synthetic corpus, serves it on
127.0.0.1 at the site root (so canonical URLs point at the server), and runs
npm's lighthouse (`npm ci` installs it) in Debian's Chromium, headless
(CHROME_PATH defaults to /usr/bin/chromium). Prints the four category scores
and every failing audit; exits 1 when a gated category is below 1.00.
Performance is reported, not gated: on a shared machine it is noise. With
--pictures the corpus has pictures and an article showing them is audited
(tests/test_lighthouse.py gates that one's performance and layout shift too).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import ARTICLE, REPO, build_sample  # noqa: E402

LIGHTHOUSE = REPO / "node_modules" / "lighthouse" / "cli" / "index.js"
GATED = ("accessibility", "best-practices", "seo")
CATEGORIES = ("performance",) + GATED


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request."""

    def log_message(self, *args):
        pass


@contextmanager
def serving(folder: Path):
    """Serve folder at the root of a free port on 127.0.0.1; yield the port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def run_lighthouse(url: str) -> dict:
    """Return lighthouse's JSON report of url (headless Chromium)."""
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    done = subprocess.run(["node", str(LIGHTHOUSE), url, "--output=json", "--quiet",
                           f"--only-categories={','.join(CATEGORIES)}",
                           "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                          capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout)


def scores_of(report: dict) -> dict[str, float]:
    """Return each category's score (0–1)."""
    return {name: report["categories"][name]["score"] for name in CATEGORIES}


def failing_audits(report: dict) -> list[str]:
    """Return 'category: audit title' for every scored audit of a gated category below 1."""
    found = []
    for name in GATED:
        for ref in report["categories"][name]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                found.append(f"{name}: {audit['id']}: {audit['title']}")
    return found


def audit_article(count: int, pictures: bool = False) -> dict:
    """Build the sample site, serve it and return lighthouse's report of the shipped article
    (with pictures: of the first article showing a captioned picture)."""
    with tempfile.TemporaryDirectory(prefix="archivist-lh-") as folder:
        with serving(Path(folder) / "output") as port:  # serve first: the build needs the port for its base URL
            root = f"http://127.0.0.1:{port}/"
            output = build_sample(Path(folder), count, base_url=root, pictures=pictures)
            page = picture_article(output) if pictures else ARTICLE
            print(f"article: {page}")
            return run_lighthouse(root + page.removesuffix("index.html"))


def picture_article(output: Path) -> str:
    """Return the output path of the first article page (in path order) that shows a captioned picture."""
    for page in sorted(output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html")):
        if '<figure class="picture">' in page.read_text(encoding="utf-8"):
            return page.relative_to(output).as_posix()
    raise SystemExit("no article with a captioned picture in the sample")


def layout_shift(report: dict) -> float:
    """Return the page's cumulative layout shift as lighthouse measured it."""
    return report["audits"]["cumulative-layout-shift"]["numericValue"]


def main() -> int:
    """Print the scores; return 1 when a gated category is below 1.00."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="synthetic articles added to the shipped ones")
    parser.add_argument("--json", type=Path, help="also write the whole report here")
    parser.add_argument("--pictures", action="store_true",
                        help="pictures in about every third synthetic article; audit one that shows them")
    args = parser.parse_args()
    report = audit_article(args.count, args.pictures)
    if args.json:
        args.json.write_text(json.dumps(report), encoding="utf-8")
    for name, score in scores_of(report).items():
        print(f"{name:15} {score:.2f}{'' if name in GATED else '  (reported, not gated)'}")
    print(f"{'layout-shift':15} {layout_shift(report):.3f}  (reported, not gated)")
    problems = failing_audits(report)
    for problem in problems:
        print("FAIL", problem)
    return 1 if problems or any(scores_of(report)[name] < 1 for name in GATED) else 0


if __name__ == "__main__":
    sys.exit(main())
