"""A mechanical audit of JATS-derived callout gold, from the gold and the text alone.

Publishers' markup has two known faults that `link_accuracy.py` scores as our errors:

- **gaps**: the same printed author-year callout ("Glucksmann (1982") carries an xref in
  one place and none in another, so a right link at the untagged copy counts as false and
  a miss there is not counted at all;
- **wrong targets**: an xref whose `rid` names an entry that cannot be the one printed: the
  callout prints a year the entry does not ("FOUCAULT, 2010" -> an entry of 2001/2002), a
  name the entry lacks ("Soares e Mendonça (2003)" -> Soares alone), or initials that differ
  from the entry's ("T. K. V. Nguyen et al., 2015" -> "Nguyen TB").

The audit never looks at claimcheck's output, so it cannot favour it. Gaps are completed,
not hidden: every untagged copy of a printed author-year callout whose tagged copies all
name the same targets gets those targets as gold, so a miss there now counts as a miss.
A wrong target is set aside with whatever we link at that callout (neither right nor
wrong), and the number set aside is printed beside the audited figures. Numeric callouts
("12", "3–5") repeat by nature and are not completed; but a range whose two ends are
separate xrefs ("(2" + "-" + "4)") gets the works between its ends, which the gold lacks
(none when it runs past the linker's own limit, `notation.MAX_RANGE`: no run of citations).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

from claimcheck.citations.notation import range_of

Span = tuple[int, int]
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_INITIALS = re.compile(r"^((?:[A-Z]\.\s?(?:-\s?)?){1,4})\s*(\w[\w'’\-]+)")
_NAME = re.compile(r"[^\W\d_][\w'’\-]+")
_JOINING = frozenset(("et", "al", "and", "e", "y", "und", "da", "de", "do", "dos", "das",
                      "del", "van", "von", "der", "den", "la", "le", "du", "in", "apud",
                      "press", "prelo", "see", "also", "cf", "eg"))
_DASH_ONLY = re.compile(r"\s?[-‐‑–—]\s?")
_MIN_TEXT = 6  # "Lee, 2001": shorter printed callouts are too likely inside other words


def audit(gold: list[dict[str, Any]], references: list[dict[str, Any]], body: str,
          ) -> tuple[list[dict[str, Any]], list[Span]]:
    """The gold with its gaps completed and its wrong targets removed, and the spans set
    aside (predicted links overlapping them are not scored)."""
    strings = {r["id"]: _folded(r["string"]) for r in references}
    kept, aside = [], []
    for g in gold:
        if _named(g["text"]) and _elsewhere(g["text"], g["targets"], strings):
            aside.append((g["start"], g["end"]))
        else:
            kept.append(g)
    return kept + _completed(gold, body) + _ranges(gold, references, body), aside


def _elsewhere(text: str, targets: list[str], strings: dict[str, str]) -> bool:
    """Whether the print names another entry than its xref: some target lacks a year, a
    name or the initials printed, and another entry of the list has them all (a year the
    whole list lacks is the article's slip, which stays scored)."""
    if not any(t in strings and not _fits(text, strings[t]) for t in targets):
        return False
    return any(_fits(text, entry) for rid, entry in strings.items() if rid not in targets)


def _completed(gold: list[dict[str, Any]], body: str) -> list[dict[str, Any]]:
    """Gold callouts for the untagged copies of printed author-year callouts."""
    targets: dict[str, set[tuple[str, ...]]] = {}
    for g in gold:
        if g["targets_known"] and _dated(g["text"]) and len(g["text"]) >= _MIN_TEXT:
            targets.setdefault(g["text"], set()).add(tuple(sorted(g["targets"])))
    groups = [(g["group_start"], g["group_end"]) for g in gold]
    added: list[dict[str, Any]] = []
    for text, sets in targets.items():
        if len(sets) != 1:
            continue  # the same print names different works: no copy can be completed
        (names,) = sets
        for match in re.finditer(re.escape(text), body):
            span = match.span()
            if _word_bounded(body, span) and not any(_overlap(span, g) for g in groups):
                added.append(_callout(text, span, list(names), len(gold) + len(added)))
    return added


def _ranges(gold: list[dict[str, Any]], references: list[dict[str, Any]], body: str,
            ) -> list[dict[str, Any]]:
    """The works inside a range whose two ends are separate xrefs ("(2" + "-" + "4)"),
    when each end's number is its entry's place in the list."""
    place = {r["id"]: r["index"] for r in references}
    by_place = {r["index"]: r["id"] for r in references}
    added: list[dict[str, Any]] = []
    for first, last in itertools.pairwise(gold):
        ends = [_number_of(g, place) for g in (first, last)]
        between = body[first["end"] : last["start"]]
        if None in ends or first["group_id"] == last["group_id"]:
            continue
        if not _DASH_ONLY.fullmatch(between):
            continue
        # a range longer than the linker's limit is skipped, as marked.py skips it
        inside = [by_place[i] for i in range_of(ends[0] or 0, ends[1] or 0)[1:-1] if i in by_place]
        if inside:
            span = (first["start"], last["end"])
            added.append(_callout(body[span[0] : span[1]], span, inside, len(gold) + len(added)))
    return added


def _number_of(g: dict[str, Any], place: dict[str, int]) -> int | None:
    """The number an xref prints, when it is its one target's place in the list."""
    digits = re.sub(r"\D", "", g["text"])
    if len(g["targets"]) != 1 or not digits or not g["targets_known"]:
        return None
    return int(digits) if place.get(g["targets"][0]) == int(digits) else None


def _callout(text: str, span: Span, targets: list[str], n: int) -> dict[str, Any]:
    return {"id": f"audit{n}", "text": text, "start": span[0], "end": span[1],
            "targets": targets, "targets_known": True, "group_id": f"audit-g{n}",
            "group_text": text, "group_start": span[0], "group_end": span[1],
            "group_targets": targets}


def _fits(text: str, entry: str) -> bool:
    """Whether the entry prints every year, name and initial of the printed callout."""
    folded = _folded(text)
    if not all(y in entry for y in _YEAR.findall(folded)):
        return False
    names = [n for n in _NAME.findall(folded) if n.lower() not in _JOINING and len(n) > 2]
    if not names or any(n.lower() not in entry.lower() for n in names):
        return False
    return not _initials_differ(folded, entry)


def _initials_differ(folded: str, entry: str) -> bool:
    """"T. K. V. Nguyen" against "Nguyen TB, ..." or "Nguyen, T. B., ...": the capitals
    printed after the entry's name must open with the callout's initials."""
    found = _INITIALS.match(folded)
    if not found:
        return False
    initials = re.sub(r"[^A-Z]", "", found.group(1))
    at = entry.find(found.group(2))
    if at < 0:
        return False
    after = entry[at + len(found.group(2)) : at + len(found.group(2)) + 16]
    return not re.sub(r"[^A-Z]", "", after).startswith(initials)


def _named(text: str) -> bool:
    """An author-year callout: it prints a name (letters), not only numbers."""
    return bool(re.search(r"[^\W\d_]{2}", text))


def _dated(text: str) -> bool:
    """A name and a year: "Glucksmann (1982", not a title mentioned again ("Cinismo y
    pasión"), which the article may name without citing."""
    return _named(text) and bool(_YEAR.search(text))


def _folded(text: str) -> str:
    """Accents and typographic apostrophes removed, so "Boulé" finds "Boule"."""
    text = unicodedata.normalize("NFKD", text).replace("’", "'")
    return "".join(c for c in text if not unicodedata.combining(c))


def _word_bounded(body: str, span: Span) -> bool:
    before = body[span[0] - 1 : span[0]]
    after = body[span[1] : span[1] + 1]
    return not (before.isalnum() or (after.isalnum() and body[span[1] - 1].isalnum()))


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
