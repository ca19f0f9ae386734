#!/usr/bin/env python3
"""Screenshots of the default theme, so a reviewer can look without building.

    python scripts/screenshots.py [--out docs/screenshots] [--count 400]

Builds the shipped archive together with a small synthetic corpus (so lists,
reporter pages and the timeline have something to show) into a temporary
folder, opens it from disk in Debian's Chromium through Playwright, and saves
PNGs of the home, the shipped article (light and dark) and the archive page at
phone (375 px) and desktop (1280 px) widths. Korean text needs a Korean system
font (Debian: fonts-noto-cjk); the theme itself downloads none.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLE = "2024/03/ai-engineer-talent-war/index.html"
WIDTHS = {"phone": (375, 812), "desktop": (1280, 900)}
SHOTS = [("home", "index.html", "light"), ("article", ARTICLE, "light"), ("article", ARTICLE, "dark"),
         ("archive", "archive/index.html", "light")]


def build_sample(folder: Path, count: int, base_url: str | None = None, pictures: bool = False) -> Path:
    """Build the shipped content plus a synthetic corpus of count articles (pictures in every third if asked);
    return the output folder."""
    content = folder / "content"
    subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_corpus.py"), str(content), "--count", str(count),
                    *(["--pictures"] if pictures else [])], check=True, capture_output=True)
    shutil.copytree(REPO / "content", content, dirs_exist_ok=True)
    output = folder / "output"
    base = ["--base-url", base_url] if base_url else []
    subprocess.run([sys.executable, str(REPO / "build.py"), "--content", str(content), "--output", str(output), *base],
                   check=True, capture_output=True, cwd=REPO)
    return output


def chromium() -> str:
    """Return Debian's chromium binary or exit with a hint."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        sys.exit("chromium is not installed (apt-get install chromium)")
    return path


def shoot(site: Path, out: Path) -> list[Path]:
    """Save every screenshot of SHOTS at every width; return the files written."""
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox", "--disable-gpu"])
        for width_name, (width, height) in WIDTHS.items():
            for name, path, scheme in SHOTS:
                context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme,
                                              device_scale_factor=1)
                page = context.new_page()
                page.goto((site / path).as_uri())
                target = out / f"{name}-{scheme}-{width_name}.png"
                page.screenshot(path=str(target), full_page=False)
                written.append(target)
                context.close()
        browser.close()
    return written


def main() -> None:
    """Build the sample site and save the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--count", type=int, default=400, help="synthetic articles added to the shipped ones")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="archivist-shots-") as folder:
        site = build_sample(Path(folder), args.count)
        for path in shoot(site, args.out):
            print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


if __name__ == "__main__":
    main()
