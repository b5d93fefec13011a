"""Whether a reference list reads as footnotes, and what only the whole list can decide.

Some cues of `parse.notes` and `parse.backrefs` are weak one string at a time: a short
range after a journal's year, names printed given name first ("John Smith, 'Effects ...',
Journal of Sleep Research 28 (2001): 45-52.") is a note's pinpoint or the article's pages;
"World Health Organization, Global Tuberculosis Report, 12." a short form or a report.
Ordinary reference lists print both; the list decides. It reads as notes when two or more
entries, and a fifth of it, open with a signal word ("See", "Cf.") or refer back ("Ibid.",
"op. cit.", a short form that names an earlier entry's work): pinpoints are no cue (a book's
page, a short range are printed by ordinary lists too). In a list that reads as notes the
weak range is the pinpoint, and the list's habit decides the cited pages of the rest
(`parse.notepages`); elsewhere, and in a string parsed alone, it stays the pages,
and a short form that refers to no earlier entry is read as a work of its own (searched,
written to BibTeX). The same decision serves the ingest stage (`ingest.footnotes` splits
notes that cite several works) and compare (no duplicate findings in a list of notes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from claimcheck.model import Reference

_SHARE = 5  # one entry in five with a cue


def reads_as_notes(cues: int, total: int) -> bool:
    """`cues` entries of `total` with a signal word or a back-reference make a list of notes."""
    return cues >= 2 and cues * _SHARE >= total


def text_cue(text: str) -> bool:
    """An entry's printed text (a note number allowed) opens with a signal word or refers
    back: the ingest stage's cue, before any parse."""
    from claimcheck.parse.backrefs import note_number, read_back_reference
    from claimcheck.parse.notes import read_note

    note = read_note(note_number(text)[1])
    return bool(note.signal) or read_back_reference(note.text) is not None


def reference_cue(reference: Reference) -> bool:
    """A parsed entry with a signal word, or that refers back: "Ibid." and "op. cit." (no
    title of their own) always, a short form only when it names an earlier entry's work."""
    short = reference.kind == "short" and (
        bool(reference.refers_to) or not (reference.title or _names_and_page(reference)))
    return short or bool(reference.signal)


# "Johannesdottir et al., 158–162.": names and a page, no title, no "op. cit.": a back-
# reference only when it names an earlier entry's work (an ordinary list prints a report so)
_CITED = re.compile(r"\bcit\b|a\.\s*a\.\s*O", re.IGNORECASE)


def _names_and_page(reference: Reference) -> bool:
    return bool(reference.authors) and not reference.title and not _CITED.search(reference.raw)


def references_read_as_notes(references: Iterable[Reference]) -> bool:
    refs = list(references)
    return reads_as_notes(sum(1 for r in refs if reference_cue(r)), len(refs))


def settle(references: Sequence[Reference]) -> tuple[Reference, ...]:
    """The references (keyed, in list order) with back-references linked and the weak
    cues decided for the whole list."""
    refs = tuple(references)
    if any(r.kind == "short" for r in refs):
        from claimcheck.parse.backrefs import link

        refs = link(refs)
    if references_read_as_notes(refs):
        from claimcheck.parse.notepages import pinpoints

        return pinpoints([_weak_pinpoint(r) for r in refs])
    return tuple(_as_work(r) if _unlinked_short_form(r) else r for r in refs)


def _unlinked_short_form(reference: Reference) -> bool:
    return reference.kind == "short" and not reference.refers_to and (
        bool(reference.title) or _names_and_page(reference))


def _as_work(reference: Reference) -> Reference:
    """A short form that refers to nothing, in a list that does not read as notes: an
    entry with its author, title and page, as an ordinary list prints a report or book."""
    pages = re.sub(r"\s*[‑–—]\s*", "-", reference.pinpoint)
    return replace(reference, kind="misc", pages=pages, pinpoint="")


def _weak_pinpoint(reference: Reference) -> Reference:
    """In a list of notes: the short range after a journal's year that the parse kept as
    the pages (`notes.read_note`'s `weak`) is the pinpoint."""
    if reference.kind == "short" or not reference.pages or reference.pinpoint:
        return reference
    if "):" not in reference.raw:  # the cue's print, looked for first
        return reference
    from claimcheck.parse.backrefs import note_number
    from claimcheck.parse.notes import read_note
    from claimcheck.parse.patterns import split_label

    body = split_label(reference.raw, reference.index)[1]
    loc = read_note(note_number(body)[1], weak=True).pinpoint
    if loc and _first_number(loc) == _first_number(reference.pages):
        return replace(reference, pages="", pinpoint=loc)
    return reference


def _first_number(text: str) -> str:
    found = re.search(r"\d+", text)
    return found.group() if found else ""
