"""Fields of the real development pages (../shared/cleaning-dev, never copied here): no date is confidently
wrong, no source is a portal, and the HTML path reads every hand-checked field. Only the development part
of the split is read: the check part stays unseen."""

from __future__ import annotations

from functools import cache

import pytest

from archivist.importer import fields
from archivist.importer.extract import extract
from benchmarks.import_split import part_of
from tests.shared_cases import DUMP_STYLES, case, case_ids, expected

DEV_KO = [c for c in case_ids("ko") if part_of(c, "") == "dev"]
STYLES = ("raw.html",) + DUMP_STYLES
# Every (page, style) the development part has: the user's example has only its lynx dump.
PAGES = [(c, name) for c in DEV_KO for name in STYLES if (case(c) / name).is_file()]


def _import(case_id: str, name: str):
    """Return the record the importer makes of one raw file of a case, or skip when the case lacks it."""
    path = case(case_id) / name
    if not path.is_file():
        pytest.skip(f"{case_id} has no {name}")
    return _extracted(path)


@cache
def _extracted(path):
    """Return the record of one raw file (each file is imported once for all the tests reading it)."""
    return extract(path.read_bytes(), str(path))


@pytest.mark.parametrize("case_id, name", PAGES)
def test_date_is_right_or_missing(case_id, name):
    """Every style of every page gives the hand-checked day or no date (then --date is asked): never another day."""
    want = expected(case_id).get("date")
    got = _import(case_id, name).date
    if want and got:
        assert got[:10] == want[:10]


@pytest.mark.parametrize("case_id, name", PAGES)
def test_source_is_never_a_portal(case_id, name):
    """The source is never the portal's company, a copyright fragment or subscription text."""
    source = _import(case_id, name).source
    assert not fields.is_portal(source)
    assert "구독" not in source and "ⓒ" not in source and "©" not in source


@pytest.mark.parametrize("case_id", [c for c, name in PAGES if name == "raw.html"])
def test_html_fields(case_id):
    """From HTML, the reporters, email, day and outlet are the hand-checked ones."""
    want, record = expected(case_id), _import(case_id, "raw.html")
    assert sorted(record.reporters) == sorted(want["reporters"])
    if want.get("email"):
        assert want["email"] in record.emails
    assert record.date[:10] == (want.get("date") or "")[:10]
    assert record.source.replace(" ", "") == want["outlet"].replace(" ", "")
