"""Slugs keep Hangul (NFC), lower-case Latin, and never collide or come out empty."""

from __future__ import annotations

import unicodedata

from archivist.slugs import identity, slugify, unique_slugs


def test_hangul_is_kept_and_spaces_become_dashes():
    assert slugify("반도체 업계") == "반도체-업계"


def test_latin_is_lower_cased_and_punctuation_dropped():
    assert slugify("  Hello, World!  ") == "hello-world"


def test_nfd_input_gives_the_nfc_slug():
    decomposed = unicodedata.normalize("NFD", "인재")
    assert decomposed != "인재"
    assert slugify(decomposed) == "인재"
    assert unicodedata.is_normalized("NFC", slugify(decomposed))


def test_path_characters_never_survive():
    for name in ("../../etc/passwd", "a/b", "a\\b", "x\x00y", "..", "%2e%2e%2f"):
        slug = slugify(name)
        assert "/" not in slug and "\\" not in slug and "\x00" not in slug and ".." not in slug


def test_windows_reserved_names_are_changed():
    assert slugify("CON") == "con-"
    assert slugify("nul") == "nul-"


def test_long_names_are_cut_with_a_distinguishing_hash():
    a, b = "가" * 100 + "A", "가" * 100 + "B"
    assert len(slugify(a)) <= 67
    assert slugify(a) != slugify(b)


def test_identity_folds_case_spacing_and_normalisation():
    assert identity("AI") == identity("ai") == identity(" a i ".replace(" a i ", "AI"))
    assert identity("Machine  Learning") == identity("machine learning")
    assert identity(unicodedata.normalize("NFD", "인재")) == identity("인재")


def test_colliding_names_get_distinct_slugs_whatever_the_order():
    first = unique_slugs(["c", "c++", "c#"], fallback="tag")
    second = unique_slugs(["c#", "c++", "c"], fallback="tag")
    assert first == second
    assert first["c"] == "c"
    assert len(set(first.values())) == 3
    assert all(slug.startswith("c-") for key, slug in first.items() if key != "c")


def test_empty_slug_falls_back_to_a_stable_name():
    slugs = unique_slugs(["!!!", "???"], fallback="tag")
    assert slugs["!!!"].startswith("tag-") and slugs["???"].startswith("tag-")
    assert slugs["!!!"] != slugs["???"]
