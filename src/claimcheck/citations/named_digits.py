"""Digits glued to a name that the entry they number prints: "lme464", "ColabFold25".

Plain text from a PDF glues a raised callout to the word before it, and when that word is a
name ("ColabFold", "the Registered Report", "Nathani and Sharma") or ends in digits of its
own ("lme4", "EDEM2") first-citation order alone cannot tell the callout from a gene's or a
tool's digits (`superscripts.py` believes such digits only as the next new number). The
reference list can: a callout so glued names the work about that name, so digits are a
callout when the entry they number prints the name before them as a word ("Fitting linear
mixed models using lme4", "ColabFold: making protein folding accessible", "Nathani A,
Sharma CS"). Read only in an article that glues its callouts (two in three of its numeric
groups, at least `_GLUED_GROUPS`) and numbers its list, for a name of three letters or more
with a capital or a digit (a plain lower-case word is weighed by `superscripts.py`; "CO2",
"IL-6", "p53" have short stems), where one split of the digits alone fits ("TXNDC116":
TXNDC11 and work 6), and never for a name the list itself prints with the same digits
("BRCA1" in a title: the digits are the name's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.citations import glued_words as words
from claimcheck.citations.entries import Entry
from claimcheck.citations.numeric import expand
from claimcheck.citations.source_marks import source_marks_hidden
from claimcheck.citations.spaced_after import closes
from claimcheck.citations.superscripts import never
from claimcheck.model import Callout

# a name and the digits glued to it (read whole, without backtracking: linear on "A1A1..."),
# with the list or range they may open ("LB818,19"), before what may follow a superscript:
# "Report2 set", "lme464,", "ColabFold25."
_GLUED_NAME = re.compile(
    r"(?<![\w'’\-.])(?P<token>[^\W\d_][\w'’\-]*+)"
    r"(?P<more>(?:[,–]\d{1,3})*)(?=[\s,;:)]|\.(?!\d)|$)"
)
_DIGITS = re.compile(r"\d{1,7}$")
_LONGEST = 40  # a longer token is no name a callout is glued to
_WORD = re.compile(r"[\w'’\-]+")
_WORD_BEFORE = re.compile(r"[\w'’\-]*$")
_GLUED_BEFORE = ".,;:)’”"
_GLUED_GROUPS = 3
_MIN_LETTERS = 5  # a word's letters: shorter stems name genes and formulas ("Sox2", "BRCA1")
_NAME_LETTERS = 3  # the letters of a name ending in digits: "lme4", not "IL6", "CD4"


def with_named_digits(body: str, callouts: tuple[Callout, ...], entries: Sequence[Entry],
                      ) -> tuple[Callout, ...]:
    """`callouts` (the article's numeric ones) with the digits glued to a name their entry
    prints, and without those glued to a name the list prints with them ("PALB2", "BRCA1"),
    groups renumbered in text order; `callouts` itself when nothing changes."""
    listed = _listed(entries)
    if not listed or not _glues(body, callouts):
        return callouts
    # the list's words, and its names with their digits after a hyphen ("GLP-1": "glp1")
    printed = {w.lower().replace("-", "") for raw in listed.values() for w in _WORD.findall(raw)}
    kept = _without_listed_names(body, callouts, printed)
    added = _named_callouts(body, kept, listed, printed)
    if not added and len(kept) == len(callouts):
        return callouts
    return _renumbered(sorted([*kept, *added], key=lambda c: c.start))


def _named_callouts(body: str, callouts: list[Callout], listed: dict[int, str],
                    printed: set[str]) -> list[Callout]:
    """The callouts of digits glued to a name the entry they number prints."""
    hidden = source_marks_hidden(body)  # a byline's affiliation marks, footnotes' markers
    taken = {i for c in callouts for i in range(c.start, c.end)}
    family = words.evidence_of(body).family  # "Notch1", "Notch3": a numbered series
    added: list[Callout] = []
    for match in _GLUED_NAME.finditer(hidden):
        span = _cited_span(match, listed, printed, family)
        # a callout closes what it supports ("lme464 in", "Sharma130 showed", "Report2."), a
        # name goes on into what it names ("Hepcidin25 levels", "photo-GLP1 (80 µM)")
        if span and closes(hidden, span[1]) and not taken.intersection(range(*span)) and not \
                never(hidden, span, hidden[max(0, span[0] - 24) : span[0]]):
            added.extend(expand(body, *span, -1 - len(added)))  # a group of its own
    return added


def _without_listed_names(body: str, callouts: tuple[Callout, ...], printed: set[str],
                          ) -> list[Callout]:
    """The callouts but a single number glued to a word that the list prints with that
    number ("PALB2" in a title: the gene, not work 2 cited after "PALB")."""
    groups: dict[int, list[Callout]] = {}
    for c in callouts:
        groups.setdefault(c.group, []).append(c)
    dropped = set()
    for group, members in groups.items():
        first = members[0]
        glued = body[first.start - 1 : first.start].isalnum()
        if len(members) == 1 and first.text.isdigit() and glued:
            word = _WORD_BEFORE.search(body, max(0, first.start - _LONGEST), first.start)
            token = (word.group() if word else "") + first.text
            if token.lower().replace("-", "") in printed:
                dropped.add(group)
    return [c for c in callouts if c.group not in dropped]


def _listed(entries: Sequence[Entry]) -> dict[int, str]:
    """Printed number -> raw text of the list's entries, when most entries carry a number."""
    listed = {int(e.reference.label): e.reference.raw for e in entries
              if e.reference.label.isdigit()}
    return listed if len(listed) * 2 > len(entries) else {}


def _glues(body: str, callouts: tuple[Callout, ...]) -> bool:
    """Whether the article glues its numeric callouts to the word or mark before them."""
    starts = {c.group: c.start for c in reversed(callouts)}
    glued = sum(1 for s in starts.values() if s > 0 and (
        body[s - 1].isalnum() or body[s - 1] in _GLUED_BEFORE))
    return glued >= _GLUED_GROUPS and glued * 3 >= len(starts) * 2


def _cited_span(match: re.Match[str], listed: dict[int, str], printed: set[str],
                family: frozenset[str]) -> tuple[int, int] | None:
    """The span of the callout glued to the name, when exactly one split of the digits
    leaves a name that the entry numbered by the rest prints as a word."""
    token = match.group("token")
    ends = _DIGITS.search(token) if len(token) <= _LONGEST else None
    if ends is None:
        return None
    name, digits = token[: ends.start()], ends.group()
    if (name + digits).lower().replace("-", "") in printed:
        return None  # "BRCA1": the list prints the name with these digits
    more = [int(n) for n in re.findall(r"\d+", match.group("more"))]
    fits = [i for i in range(len(digits)) if digits[i] != "0" and all(
        n in listed for n in [int(digits[i:]), *more]) and _named(
        name + digits[:i], listed[int(digits[i:])], family)]
    if len(fits) != 1:
        return None
    return match.start("token") + ends.start() + fits[0], match.end("more")


def _named(name: str, raw: str, family: frozenset[str]) -> bool:
    """Whether `raw` prints `name` as a word, whole or its last hyphenated part with
    letters ("Ross-Hellauer", "EDEM2" of "pCMV-SP-TAP-EDEM2"), and the name is one: a word of
    `_MIN_LETTERS` or more with a capital ("Sharma", "ColabFold"; not "Notch" of a series
    "Notch1", "Notch3", nor a gene's short stem, "Sox", "BRCA"), or one ending in digits of
    its own ("lme4", "EDEM2"; printed "VarScan 2" too)."""
    parts = [p for p in name.split("-") if any(ch.isalpha() for ch in p)]
    stem = parts[-1] if parts else ""
    if stem[-1:].isdigit():
        named = sum(ch.isalpha() for ch in stem) >= _NAME_LETTERS
    else:
        named = len(stem) >= _MIN_LETTERS and stem != stem.lower() and stem not in family
    return named and any(_prints(raw, printed) for printed in {name.strip("-'’"), stem})


def _prints(raw: str, name: str) -> bool:
    """Whether `raw` prints `name` as a word of its own, not a name's head ("GLP" of "GLP-1",
    "IL" of "IL-6R"); digits at its end may stand after a space ("VarScan 2")."""
    head, digits = re.fullmatch(r"(.*?)(\d*)", name).groups()  # type: ignore[union-attr]
    spelt = re.escape(head) + (r" ?" + digits if digits else "")
    return re.search(rf"(?<![\w\-]){spelt}(?![\w]|-\w)", raw, re.IGNORECASE) is not None


def _renumbered(callouts: list[Callout]) -> tuple[Callout, ...]:
    """The callouts with their groups numbered in text order (a range's numbers share one)."""
    groups: dict[int, int] = {}
    return tuple(replace(c, group=groups.setdefault(c.group, len(groups) + 1))
                 for c in callouts)
