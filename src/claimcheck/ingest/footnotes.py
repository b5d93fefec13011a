"""Footnotes that cite several works: one entry per work, where a reference list is notes.

A note may cite several works, separated by semicolons: "5 Cf. E. P. Thompson, The Making of
the English Working Class (London: Gollancz, 1963), 9-13; and Raymond Williams, Culture and
Society (London: Chatto & Windus, 1958)." In a list that reads as notes (`parse.notelist`:
two or more entries, and a fifth of the list, open with a signal word or refer back), such a
note becomes one entry per work. A part is cut off only where what follows the semicolon is a
work of its own (a name or a quotation, and a year; or a back-reference), never an imprint
(MDPI's "; Springer: Berlin, Germany, 2018; pp. 100–108"), and what comes before holds a
year too, so that Vancouver's "2010; 23: 45" or an author list split by semicolons is never
cut. The first part keeps the note's number and line; a joining "and" or "also" (or "und",
"ferner", "et", "y", "e") is dropped, a signal word kept (the parser records it). Lists that
do not read as notes are returned as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from claimcheck.ingest.interface import RawEntry
from claimcheck.ingest.starts import ANY_YEAR
from claimcheck.vocabulary import YEAR_DIGITS

# "Place: Publisher" or "Publisher: Place" (a few words before a colon, a capital after)
_IMPRINT = re.compile(r"^[^:;,.()\"“‘«]{2,60}:\s*[A-ZÀ-Þ]")
# A name ("Smith, J.", "Raymond Williams,", "E. P. Thompson", "Smith J", "Kang/Lee", author-date
# "Cela 1946", "Butler et al. 2008", "Marfella (2012)", OSCOLA's "Y Chen,") or a quotation
_NAME_START = re.compile(
    r"^(?:[\"“‘«]|(?:[A-ZÀ-Þ]\.\s?)+[A-ZÀ-Þ]|[A-ZÀ-Þ]{1,3}\s[A-ZÀ-Þ][\w'’-]+(?:,|\s(?:and|&)\s)|[A-ZÀ-Þ][\w'’-]+(?:[,/]|\s+(?:[A-ZÀ-Þ][\w'’.-]*[,\s]"
    rf"|et\s|u\.\s|and\s|&|\(|{YEAR_DIGITS})))")
# "and", "also" and their German, French, Spanish, Italian forms ("; ferner", "; et", "; y")
# (the short ones in lower case only: "Y Chen", "E Barendt", "Ed Balls" are initials and names)
_JOINER = re.compile(r"^(?:(?i:and|also|ferner|sowie)|&|und|et|y|e|ed)\s+")
_OPENS = {"(": ")", "[": "]", "“": "”", "«": "»"}


def split_notes(entries: Sequence[RawEntry]) -> tuple[RawEntry, ...]:
    """The entries with every note that cites several works split, positions renumbered;
    unchanged (the same entries) unless the list reads as notes."""
    if "; " not in "".join(e.text for e in entries) or not _reads_as_notes(entries):
        return tuple(entries)
    out: list[RawEntry] = []
    for entry in entries:
        for part in works(entry.text):
            out.append(RawEntry(text=part, index=len(out) + 1, line=entry.line))
    return tuple(out)


def _reads_as_notes(entries: Sequence[RawEntry]) -> bool:
    """`notelist.reads_as_notes` of the entries' cues, counted only until the answer is
    known: the test grows with the count, so it is yes once the cues so far pass it and no
    once they cannot, even if every entry left had one (an ordinary list of 10,000 entries:
    after 8,000; ~0.03 s of `claims`' serial reading)."""
    from claimcheck.parse.notelist import reads_as_notes, text_cue

    total = len(entries)
    cues = 0
    for read, entry in enumerate(entries, 1):
        cues += text_cue(entry.text)
        if reads_as_notes(cues, total) or not reads_as_notes(cues + total - read, total):
            break
    return reads_as_notes(cues, total)


def works(text: str) -> list[str]:
    """The works one note cites, in order (the note itself when it cites one)."""
    parts: list[str] = []
    for piece in _top_level(text):
        work = _JOINER.sub("", piece.strip())
        if parts and ANY_YEAR.search(parts[-1]) and _starts_work(work):
            parts[-1] = parts[-1].rstrip(" ;,") + "."
            parts.append(work)
        elif parts:
            parts[-1] = f"{parts[-1]}; {piece.strip()}"
        else:
            parts.append(piece.strip())
    return parts


def _starts_work(text: str) -> bool:
    """A work of its own opens with a signal word, a back-reference, or a name or quoted
    title and holds a year; never an imprint ("Springer: Berlin, 2018", "Routledge: London")
    or a year, pages or volume (MDPI's and ACS's "; " between the parts of one entry)."""
    from claimcheck.parse.backrefs import read_back_reference
    from claimcheck.parse.notes import split_signal

    signal, rest = split_signal(text)
    if read_back_reference(rest) is not None:
        return True
    if _IMPRINT.match(rest) or not (signal or _NAME_START.match(rest)):
        return False
    return bool(ANY_YEAR.search(rest))


def _top_level(text: str) -> Iterator[str]:
    """`text` cut at every "; " outside brackets and quotation marks."""
    closing: list[str] = []
    start = 0
    for i, char in enumerate(text):
        if closing and char == closing[-1]:
            closing.pop()
        elif char in _OPENS:
            closing.append(_OPENS[char])
        elif char == ";" and not closing and text[i + 1 : i + 2] == " ":
            yield text[start:i]
            start = i + 1
    yield text[start:]
