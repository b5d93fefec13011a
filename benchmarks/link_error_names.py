"""How `link_error_kinds.py` describes an author-year error without showing its text.

For a callout found but linked to nothing: whether the list has its name or its year,
how the name is printed (words, case, marks, script) and where the raw entries print it.
For a gold group we found nothing in: how its hyphenated words are cased, whether the list
knows its first word, and whether the group read alone gives a callout.
"""

from __future__ import annotations

import re

from claimcheck.citations.authoryear import find_author_year
from claimcheck.citations.entries import Entry, capitals_style
from claimcheck.citations.known import known_names
from claimcheck.citations.names import name_keys, names_close
from claimcheck.citations.scripts import name_fold
from claimcheck.model import Callout

Span = tuple[int, int]


def unlinked(callout: Callout, entries: tuple[Entry, ...]) -> str:
    """For an author-year callout: whether the list has its year, its name, or neither."""
    if callout.style == "numeric":
        return _number_features(callout.number, entries)
    keys = frozenset(k for n in callout.names[:1] for k in name_keys(n))
    named = [e for e in entries if keys & e.names]
    if any(e.year == callout.year for e in named):
        return ": the name and year are in the list"
    if named:
        return ": the name is in the list, not with this year" + _year_features(callout, named)
    dated = any(e.year == callout.year for e in entries)
    where = ": the year is in the list, not the name" if dated else ": neither is in the list"
    name = callout.names[0] if callout.names else ""
    return where + _name_features(name) + _raw_features(name, callout.year, entries)


def _number_features(number: int, entries: tuple[Entry, ...]) -> str:
    """For a number linked to nothing: past the list, or whether labels are missing."""
    labels = [e.reference.label for e in entries]
    if number > len(entries):
        return f" [past the list's {len(entries)} entries]"
    opens = any(re.match(rf"\s*[\[(]?{number}\b", e.reference.raw) for e in entries)
    blank = sum(1 for label in labels if not label)
    return f" [{blank} entries unlabelled, an entry opens with it: {opens}]"


def _year_features(callout: Callout, named: list[Entry]) -> str:
    """Where the callout's year is, for the entries that have its name."""
    if any(callout.year in e.reference.raw for e in named):
        return " [year printed in such an entry]"
    digits = [int(e.year) for e in named if e.year.isdigit()]
    near = callout.year.isdigit() and any(abs(int(callout.year) - d) <= 1 for d in digits)
    return " [year one off]" if near else " [year elsewhere]"


def _raw_features(name: str, year: str, entries: tuple[Entry, ...]) -> str:
    """Whether the unmatched name is printed in some raw entry (with the year or not)."""
    key = name_fold(name)
    if not key:
        return " [no name]"
    raws = [(name_fold(e.reference.raw), e) for e in entries]
    dated = [e for raw, e in raws if key in raw and year in e.reference.raw]
    if dated:
        word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        worded = [e for e in dated if word.search(e.reference.raw)]
        heads = [e for e in dated if key in e.head]
        return (f" [in {len(dated)} raw entries with the year, {len(worded)} as a word,"
                f" {len(heads)} in the head]")
    if any(key in raw for raw, _ in raws):
        return " [in a raw entry]"
    close = any(names_close(name, f) for e in entries for f in e.families[:1])
    return " [close to a first author]" if close else " [nowhere]"


def _name_features(name: str) -> str:
    """How the unmatched name is printed: words, case, marks, script (no letters shown)."""
    words = name.split()
    case = "upper" if name.isupper() else "title" if all(w[:1].isupper() for w in words) \
        else "mixed"
    pairs = (("-", "-"), ("'", "'’"), (".", "."))
    marks = "".join(m for m, chars in pairs if any(x in name for x in chars))
    latin = "ascii" if name.isascii() else "accented"
    return f" [{len(words)} words, {case}, marks {marks or 'none'}, {latin}]"


def name_form_why(body: str, span: Span, entries: tuple[Entry, ...]) -> str:
    """For an author-year group we found nothing in: how its hyphenated words are cased,
    whether the list knows its first capitalised word, and whether the group read alone
    (without the text before it) gives a callout; no letters shown."""
    text = body[span[0] : span[1]]
    known = known_names(entries)
    hyphens = sorted({"-".join("U" if p.isupper() else "T" if p[:1].isupper() else "l"
                               for p in w.split("-") if p)
                      for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", text)})
    words = re.findall(r"[^\W\d_][^\W\d_'’\-]*(?:-[^\W\d_]+)*", text)
    first = next((w for w in words if w[:1].isupper()), "")
    known_first = "known" if name_keys(first) & known else "unknown" if first else "none"
    alone = "found alone" if find_author_year(text.strip("()"), known) else "not alone"
    year = "year" if re.search(r"\d{4}", text) else "no year"
    parts = [p for w in words if "-" in w for p in w.split("-") if p]
    part = ", a hyphen part known" if any(name_keys(p) & known for p in parts) else ""
    caps = ", capitals list" if capitals_style(entries) else ""
    return f" [{known_first}, {alone}, {year}, hyphens {'/'.join(hyphens) or 'none'}{part}{caps}]"
