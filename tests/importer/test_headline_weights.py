"""The headline candidates' measures and their weights, and the fitting of weights (`benchmarks/headline_fit.py`)."""

from __future__ import annotations

from archivist.importer import headline, headline_model
from archivist.importer.dump_lines import segment
from benchmarks.headline_fit import Page, decide, fit, tally
from tests.importer.test_import_headline_shapes import page


def candidates_of(text: str) -> dict[str, dict[str, float]]:
    """Return {candidate's text: its measures} for the lines above the article of a small dump."""
    lines = segment(text)
    first = next(i for i, line in enumerate(lines) if line.text.startswith("The city opened"))
    last = max(i for i, line in enumerate(lines) if line.text.startswith("The harbour cost"))
    return {lines[i].text: measures for i, measures in headline.candidates(lines, first, last)}


def test_every_candidate_is_measured_by_exactly_the_measures_the_model_weighs():
    """The measures and the weights name the same things: a measure without a weight, or the reverse, is a slip."""
    found = candidates_of(page("City Opens Its New Harbour After Four Years Of Work"))
    assert found and all(set(measures) == set(headline_model.HAND) for measures in found.values())


def test_the_headline_above_its_byline_is_measured_so_and_outscores_a_menu_label():
    """The headline right above its byline shares the lead's words and stands above the byline."""
    title = "City Opens Its New Harbour After Four Years Of Work"
    found = candidates_of(page(f"Harbour News Today Online\n\n{title}"))
    assert found[title]["above_byline"] == 1.0 and found[title]["overlap"] > 0.5
    assert headline_model.score(found[title]) > max(headline_model.score(m) for text, m in found.items() if text != title)


def fake_page(right: int, marks: list[float], texts: list[str] | None = None) -> Page:
    """Return a page of candidates measured by one measure, `mark`, the one at `right` being the headline."""
    texts = texts or [f"line {k}" for k in range(len(marks))]
    return Page("fake", texts, [{"mark": mark, "noise": 0.5} for mark in marks], [k == right for k in range(len(marks))])


def test_fitting_weighs_up_the_measure_that_marks_the_headline():
    """Pages whose headline is the candidate with the mark: the fitted weight of the mark is positive and larger."""
    pages = [fake_page(k % 3, [1.0 if n == k % 3 else 0.0 for n in range(3)]) for k in range(9)]
    weights = fit(pages, ["mark", "noise"])
    assert weights["mark"] > 1 and abs(weights["noise"]) < weights["mark"]
    assert tally(pages, weights, least=0.0, margin=0.1) == {"right": 9, "wrong": 0, "refused": 0}


def test_a_headline_is_refused_below_the_least_score_or_beside_a_rival_with_another_text():
    """Below the least score, or with a candidate of another text within the margin, no title is chosen."""
    weights = {"mark": 1.0}
    assert decide(fake_page(0, [1.0, 0.0]), weights, least=0.5, margin=0.1) == "right"
    assert decide(fake_page(1, [1.0, 0.0]), weights, least=0.5, margin=0.1) == "wrong"
    assert decide(fake_page(0, [0.4, 0.0]), weights, least=0.5, margin=0.1) == "refused"
    assert decide(fake_page(0, [1.0, 0.95]), weights, least=0.5, margin=0.1) == "refused"
    assert decide(fake_page(0, [1.0, 0.95], ["same", "same"]), weights, least=0.5, margin=0.1) == "right"
