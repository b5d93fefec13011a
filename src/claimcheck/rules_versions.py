"""The help texts of the version and book rules (issue 20), one family of the rule catalogue.

Kept here as plain values so `claimcheck/rules.py` stays readable; it appends them to
`REFERENCE_RULES` after the released reference rules, and stays the one import point (and the
one source of docs/rules.md). Each entry: name, default severity, summary, help.
"""

from __future__ import annotations

from claimcheck.model import Severity

W, INFO = Severity.WARNING, Severity.INFO

VERSION_AND_BOOK_TEXTS: tuple[tuple[str, Severity, str, str], ...] = (
    (
        "doi-preprint",
        W,
        "The printed DOI is the preprint of the journal article the reference prints.",
        "The DOI's record is a preprint (`posted-content`) and the reference gives a "
        "journal's details; `expected` holds the article's DOI, from the registry's "
        "`is-preprint-of` link or a validated search. Year, journal, volume and pages "
        "are compared with the article, never with the preprint (info when no "
        "published version is registered).",
    ),
    (
        "preprint-published",
        INFO,
        "The cited preprint has a published version.",
        "The reference cites a preprint that the registry links to a published "
        "article; `expected` holds the article's DOI.",
    ),
    (
        "isbn-mismatch",
        W,
        "The printed ISBN is none of the record's.",
        "ISBN-10 and ISBN-13 forms are compared as 13 digits.",
    ),
    (
        "edition-mismatch",
        W,
        "The printed edition differs from the record's.",
        "Compared only when both the reference and the record give an edition number.",
    ),
    (
        "editor-mismatch",
        W,
        "A printed editor name differs from the record's.",
        "Editors of a book or proceedings are compared like authors.",
    ),
    (
        "publisher-mismatch",
        INFO,
        "The printed publisher shares no name with the record's.",
        "Publishers merge and rename, and imprints differ from owners, so only a "
        "publisher with no significant word in common is reported, as info.",
    ),
    (
        "doi-trailing-text",
        INFO,
        "The printed DOI runs into the text after it (a PubMed ID, a period).",
        "A PubMed ID, 'PMID:', a period or a bracket printed against the DOI with no "
        "space (\"10.1111/nure.1203723731448\" for 10.1111/nure.12037) makes a DOI that "
        "is not registered; the DOI without the tail is, and names the work the reference "
        "prints. `expected` holds it. Info: the reference is right, its text only needs a "
        "separator.",
    ),
)
