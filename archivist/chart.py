"""The archive's timeline: articles per month as an inline SVG bar chart, drawn at build time.

A pure function of the site model's month counts: no script runs in the
browser. The chart is one image to assistive technology (role="img" with a
title and a description); the numbers themselves are in the table under it.
Colours come from the page's stylesheet (classes), so dark mode applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape as escape_html

from markupsafe import Markup

from . import i18n

WIDTH, HEIGHT = 640, 200
LEFT, RIGHT, TOP, BOTTOM = 6, 34, 10, 24  # room for the year labels and, on the right, the count axis
FONT = 12


def escape_text(text: str) -> str:
    """Return text with &, < and > escaped for SVG text content."""
    return escape_html(text, quote=False)


def nice_ceiling(value: int) -> int:
    """Return the smallest of 1, 2, 5 × 10^k that is at least value (at least 1)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if factor * step >= value:
                return factor * step
        step *= 10


def year_step(years: int) -> int:
    """Return every how many years a label fits under the bars."""
    return next(step for step in (1, 2, 5, 10, 20, 50) if years / step <= 12)


def summary_text(counts: Sequence[tuple[str, int]], lang: str) -> str:
    """Return the chart's description: the span, the total and the busiest month."""
    total = sum(count for _, count in counts)
    busiest = max(counts, key=lambda item: (item[1], item[0]))
    first, last = i18n.month_name(counts[0][0], lang), i18n.month_name(counts[-1][0], lang)
    return i18n.text(lang, "timeline_desc", first=first, last=last, total=f"{total:,}",
                     busiest=i18n.month_name(busiest[0], lang), most=f"{busiest[1]:,}")


def bars(counts: Sequence[tuple[str, int]], top: int, lang: str) -> list[str]:
    """Return one <rect> per month with a non-zero count, each titled with its month and count."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(counts)
    gap = slot * 0.15 if slot >= 3 else 0
    shapes = []
    for index, (key, count) in enumerate(counts):
        if not count:
            continue
        height = plot_h * count / top
        label = escape_text(f"{i18n.month_name(key, lang)}: {i18n.text(lang, 'articles', n=f'{count:,}')}")
        shapes.append(f'<rect class="bar" x="{LEFT + index * slot + gap / 2:.1f}" y="{TOP + plot_h - height:.1f}" '
                      f'width="{slot - gap:.1f}" height="{height:.1f}"><title>{label}</title></rect>')
    return shapes


def axes(counts: Sequence[tuple[str, int]], top: int, lang: str) -> list[str]:
    """Return the grid lines with their counts and the year labels."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    shapes = []
    for value in (0, top // 2, top) if top > 1 else (0, top):
        y = TOP + plot_h - plot_h * value / top
        shapes.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        shapes.append(f'<text class="axis" x="{WIDTH - RIGHT + 6}" y="{y + FONT / 3:.1f}">{value:,}</text>')
    slot = plot_w / len(counts)
    first_year, last_year = int(counts[0][0][:4]), int(counts[-1][0][:4])
    step = year_step(last_year - first_year + 1)
    for index, (key, _) in enumerate(counts):
        year = int(key[:4])
        x = LEFT + index * slot
        if (key.endswith("/01") or index == 0) and (year - first_year) % step == 0 and x < WIDTH - RIGHT - 3 * FONT:
            label = escape_text(i18n.month_name(key[:4], lang))
            shapes.append(f'<text class="axis" x="{x:.1f}" y="{HEIGHT - 6}">{label}</text>')
    return shapes


def timeline_svg(counts: Sequence[tuple[str, int]], lang: str) -> Markup:
    """Return an accessible inline SVG bar chart of ('YYYY/MM', count) pairs, oldest first ('' if none)."""
    if not counts:
        return Markup("")
    top = nice_ceiling(max(count for _, count in counts))
    title = escape_text(i18n.text(lang, "timeline_title"))
    parts = [
        f'<svg class="timeline" role="img" aria-labelledby="timeline-title timeline-desc" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg" font-size="{FONT}">',
        f'<title id="timeline-title">{title}</title>',
        f'<desc id="timeline-desc">{escape_text(summary_text(counts, lang))}</desc>',
        *axes(counts, top, lang),
        *bars(counts, top, lang),
        "</svg>",
    ]
    return Markup("\n".join(parts))


def timeline_rows(counts: Sequence[tuple[str, int]]) -> list[tuple[str, list[tuple[str, int]], int]]:
    """Return table rows, newest year first: (year, [(month key, count)] for January to December, total).

    Only years with articles get a row: a row links its year's page, and an empty year has none
    (the chart above still shows the gap).
    """
    years: dict[str, dict[str, int]] = {}
    for key, count in counts:
        if count:
            years.setdefault(key[:4], {})[key] = count
    rows = []
    for year in sorted(years, reverse=True):
        months = [(f"{year}/{m:02d}", years[year].get(f"{year}/{m:02d}", 0)) for m in range(1, 13)]
        rows.append((year, months, sum(years[year].values())))
    return rows
