"""Notices about a cited work (retraction, correction, expression of concern) and duplicates.

Notices come from the record's `updated-by` relations, whoever asserted them: the publisher
or Retraction Watch (Crossref has carried the Retraction Watch database since 2023 with
`source: retraction-watch`).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.compare.books import is_book
from claimcheck.compare.rules import Detail, finding
from claimcheck.compare.titles import fold_title, has_retracted_label
from claimcheck.model import Finding, Record, Reference, ReferenceResult, Update
from claimcheck.text import fold

# Crossref `update-type` values (https://www.crossref.org/documentation/crossmark/
# participating-in-crossmark/#00153) grouped by what they mean for a citing author.
_RULE_OF_KIND = {
    "retraction": "retracted",
    "partial-retraction": "retracted",
    "withdrawal": "retracted",
    "removal": "retracted",
    "correction": "correction",
    "erratum": "correction",
    "corrigendum": "correction",
    "expression-of-concern": "expression-of-concern",
}
_WORDS = {
    "retracted": "was retracted",
    "correction": "has a published correction",
    "expression-of-concern": "is subject to an expression of concern",
}


_ADVICE = {
    "retracted": "Do not rely on a retracted work; if it must be cited, cite the notice too.",
    "correction": "Check whether the correction changes what is cited.",
    "expression-of-concern": "Cite with care and mention the expression of concern.",
}


def _describe(update: Update) -> str:
    parts = [
        f"notice {update.doi}" if update.doi else "",
        update.date,
        f"source: {update.source}" if update.source else "",
    ]
    described = ", ".join(p for p in parts if p)
    return f" ({described})" if described else ""


def check_notices(reference: Reference, record: Record) -> tuple[Finding, ...]:
    """One finding per kind of notice (a retraction reported by the publisher and by
    Retraction Watch is one retraction)."""
    found: dict[str, Finding] = {}
    for update in record.updates:
        rule = _RULE_OF_KIND.get(update.kind.lower().replace("_", "-"))
        if rule is None or rule in found:
            continue
        found[rule] = finding(
            rule,
            reference,
            f"The cited work {_WORDS[rule]}{_describe(update)}.",
            Detail("notice", record.doi, update.doi, _ADVICE[rule]),
        )
    if "retracted" not in found and has_retracted_label(record.title):
        found["retracted"] = finding(
            "retracted",
            reference,
            "The cited work was retracted (its registered title is marked RETRACTED).",
            Detail("notice", record.doi, "", _ADVICE["retracted"]),
        )
    return tuple(found.values())


def _identity(result: ReferenceResult) -> str:
    """What makes two entries the same work: the DOI found, else title, first author, year."""
    if result.status == "unchecked":  # no finding of any kind against an unchecked entry
        return ""
    if result.record is not None:
        # Chapters of one book (or a chapter and its book) may resolve to the book's
        # record: they are one work only if their printed titles are too.
        part = f"|{fold_title(result.reference.title)}" if _part_of_book(result) else ""
        return f"doi:{result.record.doi}{part}"
    reference = result.reference
    title = fold_title(reference.title)
    if len(title) < 20:  # too short to call two entries one work
        return ""
    return f"text:{title}|{fold(reference.first_family)}|{reference.year}{reference.year_suffix}"


def _part_of_book(result: ReferenceResult) -> bool:
    record = result.record
    return result.reference.kind in ("chapter", "book") or (
        record is not None and is_book(record)
    )


def _footnotes(results: Sequence[ReferenceResult]) -> bool:
    """The list is footnotes, as the parse decided it (`parse.notelist`: two or more entries,
    and a fifth of the list, refer back or open with a signal word)."""
    from claimcheck.parse.notelist import references_read_as_notes

    return references_read_as_notes(r.reference for r in results)


def find_duplicates(results: Sequence[ReferenceResult]) -> tuple[Finding, ...]:
    """A finding on every entry that repeats an earlier entry's work; none in a list of
    footnotes, where citing a work again is the rule (`_footnotes`)."""
    if _footnotes(results):
        return ()
    first_seen: dict[str, Reference] = {}
    findings = []
    for result in results:
        key = _identity(result)
        if not key:
            continue
        earlier = first_seen.setdefault(key, result.reference)
        if earlier is result.reference:
            continue
        where = f"entry {earlier.label or earlier.index + 1} (line {earlier.line})"
        findings.append(
            finding(
                "duplicate-reference",
                result.reference,
                f"This entry cites the same work as {where}.",
                Detail(
                    "reference",
                    result.reference.raw,
                    earlier.raw,
                    "Merge the two entries and renumber the citations.",
                ),
            )
        )
    return tuple(findings)
