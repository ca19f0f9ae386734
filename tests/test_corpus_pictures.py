"""make_corpus.py --pictures: bundles with generated pictures in about every third article, the rest unchanged."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from archivist.pictures import probe

SCRIPT = Path(__file__).resolve().parent / "fixtures" / "make_corpus.py"
REFERENCE = re.compile(r'^!\[([^\]]+)\]\(([\w.-]+) "([^"]+)"\)$', re.M)


def corpus(out: Path, *options: str) -> dict[str, bytes]:
    """Run make_corpus.py into out and return every file's bytes by relative path."""
    subprocess.run([sys.executable, str(SCRIPT), str(out), "--count", "45", *options], check=True,
                   capture_output=True)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def pictured(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    """Return the folder and files of one corpus made with --pictures."""
    out = tmp_path_factory.mktemp("corpus") / "pictured"
    return out, corpus(out, "--pictures")


def test_pictures_go_in_bundles_and_leave_the_other_articles_as_they_were(tmp_path, pictured):
    plain = corpus(tmp_path / "plain")
    pictured = pictured[1]
    bundles = [name for name in pictured if name.endswith("/index.md")]
    assert 8 <= len(bundles) <= 25  # about one in three of 45
    for name, data in plain.items():
        bundle = name[:-3] + "/index.md"
        if bundle in pictured:
            kept = [p for p in pictured[bundle].decode().rstrip("\n").split("\n\n") if not REFERENCE.fullmatch(p)]
            assert "\n\n".join(kept) + "\n" == data.decode()
        else:
            assert pictured[name] == data
    assert len([n for n in pictured if n.endswith(".md")]) == len(plain)


def test_every_picture_is_referenced_with_alt_and_caption_and_is_what_its_name_says(pictured):
    out, pictured = pictured
    widths, kinds = set(), set()
    for name in (n for n in pictured if n.endswith("/index.md")):
        folder = name.rsplit("/", 1)[0]
        references = REFERENCE.findall(pictured[name].decode())
        files = sorted(n.rsplit("/", 1)[1] for n in pictured if n.startswith(folder + "/") and n != name)
        assert sorted(file for _, file, _ in references) == files and files
        for alt, file, caption in references:
            picture = probe(out / folder / file)
            assert picture.format == ("JPEG" if file.endswith(".jpg") else "PNG") and alt and caption.startswith(alt)
            widths.add(picture.width)
            kinds.add(picture.format)
    assert kinds == {"JPEG", "PNG"} and min(widths) <= 640 and max(widths) >= 2048


def test_same_seed_same_bytes(tmp_path, pictured):
    assert corpus(tmp_path / "again", "--pictures") == pictured[1]
