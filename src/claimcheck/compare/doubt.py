"""Doubt travels with a field: a difference in a field whose parse is uncertain is not
blamed on the print.

A field is doubtful when the parser's tagger was unsure of it (`Reference.doubtful`, from
the CRF's marginal probabilities) or when its printed value also fits elsewhere: a volume,
issue or page number that the printed string holds only inside a longer token ("152" of a
strain name "ABC152") was cut from another field. A finding on a doubtful field is lowered
to info and says why; so is a number finding whose record value is printed elsewhere in
the reference (the parse took another number). When both hold, the print agrees with the
record and only the parse differed: the finding is dropped. An author list printed without
separators that the parser could not split ("Wang YSimar DFiatarone Singh MA" read as one
name) makes the authors doubtful: the names it holds are not the record's one by one.
A title's doubt is about where it begins and ends: words gained or lost at its ends, not a
word misspelt inside it, so a title finding that is only slips of the pen keeps its
severity.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.compare.names import run_together
from claimcheck.compare.printed import printed_text, printed_years
from claimcheck.compare.titles import title_slips
from claimcheck.model import Finding, Reference, Severity

_NUMERIC = ("volume", "issue", "pages")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern


def _standalone(value: str, text: str) -> bool:
    """`value` printed with no word character or stop before it and no word character
    after it; found by str.find, not a pattern compiled per value (one per field)."""
    at = text.find(value)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + len(value):at + len(value) + 1]
        if before != "." and not _is_word(before) and not _is_word(after):
            return True
        at = text.find(value, at + 1)
    return False


def _glued(value: str, text: str) -> str:
    """The longer printed token that holds `value` when it is printed nowhere alone."""
    if not value or _standalone(value, text):
        return ""
    match = re.search(rf"\w*{re.escape(value)}\w*", text)
    return match.group() if match else ""


def _first_number(value: str) -> str:
    match = re.search(r"[A-Za-z]*\d+", value)
    return match.group() if match else ""


def doubts(reference: Reference) -> dict[str, str]:
    """Doubtful fields of the reference, each with the reason."""
    unsure = "the parser was unsure where this field begins and ends"
    why = dict.fromkeys(reference.doubtful, unsure)
    if printed_years(reference) == {reference.year}:
        why.pop("year", None)  # the only year printed: the parse had no other to take
    if any(run_together(a) for a in reference.authors):
        why["authors"] = "the names are printed run together, without separators"
    text = printed_text(reference)
    for field in _NUMERIC:
        value = _first_number(getattr(reference, field))
        token = _glued(value, text)
        if token:
            why[field] = f"'{value}' is printed only inside '{token}', part of another field"
    return why


def _printed_elsewhere(found: Finding, text: str) -> str:
    """The record's number is printed in the reference, away from where the parse read the
    field ("p38" of a title taken as pages while "369-379" is printed): the parse, not
    the print, is in doubt."""
    expected = _first_number(found.expected)
    if found.field not in _NUMERIC or len(expected) < 2 or not _standalone(expected, text):
        return ""
    return f"the record's {found.field} '{expected}' is printed elsewhere in the reference"


def temper(reference: Reference, findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Findings with those on doubtful fields lowered to info (or dropped, see above)."""
    uncertain = doubts(reference)
    text = printed_text(reference)
    kept = []
    for found in findings:
        reason = uncertain.get(found.field) or _printed_elsewhere(found, text)
        if found.field == "title" and title_slips(found.printed, found.expected):
            reason = ""  # a word misspelt inside the title: no boundary explains it
        if not reason or found.severity is Severity.INFO:
            kept.append(found)
        elif found.field in uncertain and _printed_elsewhere(found, text):
            continue  # the record's value is printed: the print is right, the parse is not
        else:
            message = f"{found.message} The parse of this field is uncertain ({reason})."
            kept.append(replace(found, severity=Severity.INFO, message=message))
    return tuple(kept)
