#!/usr/bin/env python3
"""Pictures benchmark: archivist and Hugo side by side on the picture corpus, in one run.

    python benchmarks/pictures_bench.py [--count 1000] [--runs 3] [--no-hugo]
    python benchmarks/pictures_bench.py --variants-only     # the picture library alone, no build

The corpus is tests/fixtures/make_corpus.py --pictures: about every third article is a
folder with one to three generated pictures (JPEG photos 320-3000 px wide, PNG charts).
For each run, interleaved: a cold build (no output, no cache: every picture probed and
its versions made) and a rebuild after one picture was replaced by a different one of
the same name. Wall time and CPU time (the build and every process it waited for) are
reported as medians.

Hugo builds the same corpus with an image render hook that makes the same versions with
`.Resize`: 480, 960 and 1600 px wide below the picture's own width, in WebP and in the
original format, Lanczos, the same qualities. Its cold build starts without public/ and
without its image cache (resources/_gen); its rebuild is its full build with the cache.

--variants-only times archivist.pictures alone: probe every picture and make its
versions into an empty cache, in one process.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests" / "fixtures"))

from build_bench import archivist, compile_bytecode, forget_archivist, median, user_environment  # noqa: E402
from hugo_site import hugo_binary, make_hugo_site  # noqa: E402

PICTURE_SUFFIXES = (".jpg", ".png")
HUGO_CONFIG = """
[imaging]
  resampleFilter = "Lanczos"
  quality = 82
[markup.goldmark.parser]
  wrapStandAloneImageWithinParagraph = false
"""
# The same versions as archivist.pictures.plan_variants, in the same <picture> markup.
RENDER_IMAGE = """{{- $img := .PageInner.Resources.Get .Destination -}}
{{- if $img -}}
{{- $modern := slice -}}{{- $fallback := slice -}}
{{- range slice 480 960 1600 -}}{{- if lt . $img.Width -}}
{{- $modern = $modern | append (printf "%s %dw" ($img.Resize (printf "%dx webp q80" .)).RelPermalink .) -}}
{{- $fallback = $fallback | append (printf "%s %dw" ($img.Resize (printf "%dx" .)).RelPermalink .) -}}
{{- end -}}{{- end -}}
<figure><picture>{{ with $modern }}<source type="image/webp" srcset="{{ delimit . ", " }}">{{ end -}}
<img src="{{ $img.RelPermalink }}"{{ with $fallback }} srcset="{{ delimit . ", " }}"{{ end }} width="{{ $img.Width }}"
 height="{{ $img.Height }}" alt="{{ .Text }}" loading="lazy" decoding="async"></picture>
{{- with .Title }}<figcaption>{{ . }}</figcaption>{{ end }}</figure>
{{- else -}}<img src="{{ .Destination }}" alt="{{ .Text }}">{{- end -}}
"""


def run(command: list[str]) -> tuple[float, float]:
    """Run a command to its end; return (wall seconds, CPU seconds of it and every process it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=user_environment())
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pictures_in(corpus: Path) -> list[Path]:
    """Return the corpus's pictures in a stable order."""
    return sorted(p for p in corpus.rglob("*") if p.suffix in PICTURE_SUFFIXES)


def replace_picture(targets: list[Path], run_number: int) -> None:
    """Write a different picture of the same kind and size over the given paths (temporary file, rename)."""
    from PIL import Image
    from corpus_pictures import chart, photo

    with Image.open(targets[0]) as image:
        width, height = image.size
    rng = random.Random(f"bench {run_number}")
    data = (chart if targets[0].suffix == ".png" else photo)(rng, width, height)
    for target in targets:
        temporary = target.with_name(f".{target.name}.new")
        temporary.write_bytes(data)
        os.replace(temporary, target)


def hugo_build(hugo: str, site: Path, cold: bool) -> tuple[float, float]:
    """Run Hugo on the site; cold removes its output and its image cache first."""
    if cold:
        for folder in (site / "public", site / "resources"):
            shutil.rmtree(folder, ignore_errors=True)
    return run([hugo, "--quiet", "--cacheDir", str(site / "cache"), "-s", str(site)])


def make_corpus(corpus: Path, count: int) -> None:
    """Write the picture corpus unless it is there."""
    if not corpus.exists():
        subprocess.run([sys.executable, str(REPO / "tests/fixtures/make_corpus.py"), str(corpus), "--count",
                        str(count), "--pictures"], check=True, capture_output=True)


def bench_builds(args, work: Path) -> dict[str, list[float]]:
    """Time cold builds and one-picture rebuilds of archivist and Hugo, interleaved; return every figure."""
    corpus = work / f"corpus-pictures-{args.count}"
    make_corpus(corpus, args.count)
    output = work / f"archivist-pictures-{args.count}"
    hugo = hugo_binary() if args.hugo else None
    site = make_hugo_site(corpus, work / f"hugo-pictures-{args.count}", HUGO_CONFIG,
                          {"_markup/render-image.html": RENDER_IMAGE}) if hugo else None
    pictures = pictures_in(corpus)
    print(f"{args.count:,} articles, {len(pictures)} pictures, "
          f"{sum(p.stat().st_size for p in pictures) / 2**20:.0f} MB", flush=True)
    figures: dict[str, list[float]] = {}

    def add(name: str, times: tuple[float, float]) -> None:
        figures.setdefault(f"{name} wall s", []).append(times[0])
        figures.setdefault(f"{name} CPU s", []).append(times[1])
        print(f"  run {number + 1}: {name}: {times[0]:.2f} s wall, {times[1]:.2f} s CPU", flush=True)

    for number in range(args.runs):
        forget_archivist(output)
        add("archivist cold", run(archivist(corpus, output)))
        if hugo:
            add("hugo cold", hugo_build(hugo, site, cold=True))
        changed = pictures[(number * 7919) % len(pictures)]
        mirrors = [changed] + ([site / "content" / changed.relative_to(corpus)] if hugo else [])
        replace_picture(mirrors, number)
        add("archivist one picture changed", run(archivist(corpus, output)))
        if hugo:
            add("hugo one picture changed", hugo_build(hugo, site, cold=False))
    return figures


def bench_variants(args, work: Path) -> dict[str, list[float]]:
    """Time probing every corpus picture and making its versions into an empty cache, in this process."""
    sys.path.insert(0, str(REPO))
    from archivist.pictures import make_variants, probe

    corpus = work / f"corpus-pictures-{args.count}"
    make_corpus(corpus, args.count)
    pictures = pictures_in(corpus)
    print(f"{args.count:,} articles, {len(pictures)} pictures", flush=True)
    figures: dict[str, list[float]] = {}
    for _ in range(args.runs):
        cache = Path(tempfile.mkdtemp(dir=work))
        for label, warm in (("variants, empty cache", False), ("variants, warm cache", True)):
            wall, cpu = time.perf_counter(), time.process_time()
            for path in pictures:
                picture = probe(path)
                make_variants(path, picture.digest, cache, picture)
            figures.setdefault(f"{label} wall s", []).append(time.perf_counter() - wall)
            figures.setdefault(f"{label} CPU s", []).append(time.process_time() - cpu)
        shutil.rmtree(cache)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/archivist-bench"))
    parser.add_argument("--no-hugo", dest="hugo", action="store_false")
    parser.add_argument("--variants-only", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    figures = bench_variants(args, args.work) if args.variants_only else bench_builds(args, args.work)
    print(f"median of {args.runs}; runs in brackets")
    for name, values in figures.items():
        print(f"  {name:42s} {median(values):8.2f}   [{', '.join(f'{v:.2f}' for v in values)}]")


if __name__ == "__main__":
    main()
