"""The tables import_transplant.py prints: body F1 and the fields per dump style, then per kind of chrome."""

from __future__ import annotations

from benchmarks.import_quality import short


def field_line(rows: list[dict], scorer) -> str:
    """Return the fields' accuracy over rows: title / reporters / email / date (day) / source."""
    summary = scorer.summarise(rows)
    sources = [row["source"] for row in rows if "source" in row]
    return " ".join(short(summary.get(f)) for f in ("title", "reporters", "email", "date_day")) + " " + short(
        sum(sources) / len(sources) if sources else None)


def print_tables(results: dict, scorer) -> None:
    """Print body F1 and fields per style, then body F1 and the fields per kind of chrome and style."""
    styles = list(results)
    print("transplants (development articles in other pages' chrome); body shingle F1 (pages); fields title / "
          "reporters / email / date (day) / source")
    for style in styles:
        summary = scorer.summarise([row for _, _, row in results[style]])
        print(f"{style:<14} {summary['shingle_f1']:.3f} ({summary['n']})  "
              + field_line([row for _, _, row in results[style]], scorer))
    print("fields without the English hosts (their own bylines, dates and outlet stay in the page):")
    for style in styles:
        rows = [row for _, kind, row in results[style] if kind != "en"]
        print(f"{style:<14} {len(rows):>11} pages  " + field_line(rows, scorer))
    kinds = sorted({kind for rows in results.values() for _, kind, _ in rows})
    print(f"\n{'chrome':<22} " + " ".join(f"{s:>13}" for s in styles))
    for kind in kinds:
        cells = []
        for style in styles:
            summary = scorer.summarise([row for _, k, row in results[style] if k == kind])
            cells.append(f"{summary['shingle_f1']:.3f} ({summary['n']})")
        print(f"{kind:<22} " + " ".join(f"{c:>13}" for c in cells))
    print(f"\nfields per chrome: title / reporters / email / date (day) / source\n{'chrome':<22} "
          + " ".join(f"{s:>24}" for s in styles))
    for kind in kinds:
        print(f"{kind:<22} " + " ".join(f"{field_line([r for _, k, r in results[s] if k == kind], scorer):>24}"
                                        for s in styles))
