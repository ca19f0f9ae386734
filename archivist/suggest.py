"""Did-you-mean suggestions for unknown keys."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """Return ' (did you mean 'x'?)' for the closest known name, or ''."""
    known = list(known)
    lowered = {k.lower(): k for k in known}
    if name.lower() in lowered:
        return f" (did you mean '{lowered[name.lower()]}'?)"
    for k in known:
        if k.startswith(name) or name.startswith(k):
            return f" (did you mean '{k}'?)"
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
