"""The entries an author-year callout can link to, found by index so that a long list is
not scored whole for every callout (`link.py` scores them).

A year printed as digits matches its own year or one off; an entry with exactly the printed
name is looked up by (year, name key). Another year an entry prints (the reprint or
translation a humanities list gives after the original: "2001 (Trad. cast. ... 2010)")
matches too when the name agrees exactly and no entry has the year as its own; the entry
printing it last is preferred.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.citations.entries import Entry
from claimcheck.citations.names import name_keys
from claimcheck.model import Callout

# entries by year (and by "last Y", "printed Y"), and by (year, name key)
Index = tuple[dict[str, list[Entry]], dict[tuple[str, str], list[Entry]]]


def candidate_index(entries: Sequence[Entry]) -> Index:
    """The indexes `candidates` looks callouts up in, built once per list."""
    by_year = _year_index(entries)
    by_year.update(_printed_year_index(entries))
    return by_year, _name_index(entries)


def _name_index(entries: Sequence[Entry]) -> dict[tuple[str, str], list[Entry]]:
    """(year, name key) -> entries: the exact candidates of a callout without a scan of all
    the entries of its years (quadratic when a long list spans few years)."""
    index: dict[tuple[str, str], list[Entry]] = {}
    for entry in entries:
        for key in entry.names:
            index.setdefault((entry.year, key), []).append(entry)
    return index


def _printed_year_index(entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    """Entries by the other years their raw text prints (a reprint's, a translation's):
    under "last Y" when Y is the last year printed, under "printed Y" for any."""
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        others = [y for y in dict.fromkeys(entry.years) if y != entry.year]
        if others and entry.years[-1] != entry.year:
            index.setdefault(f"last {entry.years[-1]}", []).append(entry)
        for year in others:
            index.setdefault(f"printed {year}", []).append(entry)
    return index


def _year_index(entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        index.setdefault(entry.year, []).append(entry)
    return index


def candidates(callout: Callout, entries: Sequence[Entry], index: Index) -> Sequence[Entry]:
    """The entries a callout can link to: a year printed as digits only matches its own year
    or one off (see link._year_penalty), so long lists are not scored whole for every callout."""
    if not callout.year[:1].isdigit():
        return entries
    by_year, by_name = index
    year = int(callout.year[:4])
    years = (str(year - 1), str(year), str(year + 1))
    # An entry with exactly the printed name always scores better than a spelling variant,
    # so the fuzzy comparisons are only needed when no such entry is near.
    first = name_keys(callout.names[0]) if callout.names else frozenset()
    exact = list({id(e): e for y in years for k in first for e in by_name.get((y, k), ())}
                 .values())
    for other in ("last", "printed"):  # "Foucault (2010)": "FOUCAULT ... 2001 (Trad. ... 2010)"
        exact = exact or [e for e in by_year.get(f"{other} {year}", ()) if first & e.names]
    near = exact or [e for y in years for e in by_year.get(y, ())]
    return sorted(near, key=lambda e: e.reference.index)  # list order, as a scan
