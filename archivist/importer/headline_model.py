"""How the headline candidates' measures (`headline_features`) are weighed into one score.

The weights are set by hand. Weights fitted to English pages whose headline is known (`benchmarks/headline_fit.py`)
did worse than these on the pages held out from the fitting, so they are not used (benchmarks/README.md)."""

from __future__ import annotations

MIN_SCORE = 0.35    # below this no candidate is a headline with confidence: the user is asked for one
RIVAL_SCORE = 0.05  # a second candidate this close to the best makes the headline unsure

# The hand-set weights: the share of a line's words in the lead, a little for being repeated on the page and for
# being close to the article, more for standing above its byline; costs for what a headline seldom is.
HAND = {
    "overlap": 1.0,
    "repeated": 0.3,       # the headline is often printed twice
    "near": 0.2,
    "long": -0.3,          # a long candidate is more often a deck or a lead sentence
    "quote": -0.6,         # someone's quoted words (a pull quote, a claim checked)
    "kicker": -0.5,        # a short all-capitals label right above another headline-like line
    "listed": -0.4,        # an item of a box of stories above the article
    "trail_end": 0.6,      # the last item of a breadcrumb trail (`Home » Travel » …`) is the page's own title
    "caption": -0.6,       # a line right above a picture's bare credit is the picture's caption
    "deck_under": -0.5,    # a long English line right below a shorter headline-like line is its deck
    "above_byline": 0.3,
    "deck_below": 0.15,    # headline, then its deck, then the byline
    "stacked": -0.3,       # two headline-sized lines between it and the byline: above the page's header
    "over_byline": 0.3,    # date, headline, byline: the section's label above the date is no headline
    "below_byline": -0.3,  # between byline and article: a sub-headline or a section's heading
}


def score(measures: dict[str, float]) -> float:
    """Return a candidate's score from its measures."""
    return sum(weight * measures[name] for name, weight in HAND.items())
