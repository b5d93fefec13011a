"""Books, chapters and proceedings: the fields a journal article lacks, compared where printed.

A chapter's record (`book-chapter`) carries the book's ISBNs, publisher and editors; a book's
(`book`, `edited-book`, `monograph`, ...) its own. ISBNs and the edition are read from the
printed string (the parser has no field for them); publisher and editors from the parse. The
publisher is compared loosely: imprints, owners and renamings ("Academic Press" / "Elsevier")
are common, so only a publisher with nothing in common is reported, and only as info.
"""

from __future__ import annotations

import re

from claimcheck.compare.names import name_findings
from claimcheck.compare.printed import in_print, printed_text
from claimcheck.compare.rules import Detail, finding
from claimcheck.model import Finding, Record, Reference
from claimcheck.text import fold_words, isbn13

BOOK_TYPES = frozenset(
    [
        "book",
        "book-chapter",
        "book-part",
        "book-section",
        "book-set",
        "book-series",
        "book-track",
        "edited-book",
        "monograph",
        "reference-book",
        "reference-entry",
        "proceedings",
        "proceedings-article",
        "report",
        "report-component",
    ]
)
_ISBN = re.compile(r"(?i)\bISBN(?:-1[03])?\s*:?\s*((?:97[89][\s\-]?)?\d[\d\s\-]{7,14}[\dX])\b")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")
_ORDINALS = {word: str(number) for number, word in enumerate(_ORDINAL_WORDS, 1)}
_EDITION = re.compile(
    r"(?i)\b(\d{1,2})(?:st|nd|rd|th)\.?\s+(?:rev(?:ised)?\.?\s+)?(?:ed|edn|edition|aufl)\b"
    r"|\b(first|second|third|fourth|fifth)\s+edition\b"
)
# Words every publisher name may carry; they say nothing about which publisher it is.
_GENERIC = frozenset(
    re.findall(
        r"\w+",
        "press publishing publishers publisher publications books book company co inc ltd "
        "limited llc gmbh verlag group the and of sons son international editions ed media",
    )
)


def is_book(record: Record) -> bool:
    return record.type in BOOK_TYPES


def printed_isbns(reference: Reference) -> tuple[str, ...]:
    found = (isbn13(m.group(1)) for m in _ISBN.finditer(reference.raw))
    return tuple(dict.fromkeys(i for i in found if i))


def printed_edition(reference: Reference) -> str:
    match = _EDITION.search(printed_text(reference))
    if not match:
        return ""
    return match.group(1) or _ORDINALS[match.group(2).lower()]


def check_book(reference: Reference, record: Record) -> tuple[Finding, ...]:
    """ISBN, edition, editors and publisher of a book-like record, where printed."""
    if not is_book(record):
        return ()
    return (
        *_isbn(reference, record),
        *_edition(reference, record),
        *_editors(reference, record),
        *_publisher(reference, record),
    )


def _isbn(reference: Reference, record: Record) -> tuple[Finding, ...]:
    printed = printed_isbns(reference)
    if not printed or not record.isbns or set(printed) & set(record.isbns):
        return ()
    expected = record.isbns[0]
    message = f"The ISBN is printed {printed[0]}, but the record gives {', '.join(record.isbns)}."
    detail = Detail("isbn", printed[0], expected, f"Change the ISBN to {expected}.")
    return (finding("isbn-mismatch", reference, message, detail),)


def _edition(reference: Reference, record: Record) -> tuple[Finding, ...]:
    printed, recorded = printed_edition(reference), record.edition.strip()
    if not printed or not recorded.isdigit() or printed == recorded.lstrip("0"):
        return ()
    message = f"The edition is printed {printed}, but the record is edition {recorded}."
    detail = Detail("edition", printed, recorded, f"Change the edition to {recorded}.")
    return (finding("edition-mismatch", reference, message, detail),)


def _editors(reference: Reference, record: Record) -> tuple[Finding, ...]:
    return name_findings(reference, "editors", reference.editors, record.editors)


def _significant(name: str) -> set[str]:
    return {w for w in fold_words(name).split() if w not in _GENERIC and len(w) > 1}


def _acronym_of(short: str, full: str) -> bool:
    """ "OUP" for "Oxford University Press", "CUP", "MIT Press"-style initials."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    initials = "".join(w[0] for w in fold_words(full).split() if w not in ("of", "the", "and"))
    return short.strip().isupper() and 2 <= len(letters) <= 5 and letters.lower() == initials


def _publisher(reference: Reference, record: Record) -> tuple[Finding, ...]:
    printed, recorded = reference.publisher.strip(), record.publisher.strip()
    if not printed or not recorded or _significant(printed) & _significant(recorded):
        return ()
    if not _significant(printed) or not _significant(recorded) or in_print(reference, recorded):
        return ()  # only generic words, or the record's publisher is printed (parse cut)
    if _acronym_of(printed, recorded) or _acronym_of(recorded, printed):
        return ()
    message = f"The publisher is printed '{printed}'; the record's publisher is '{recorded}'."
    detail = Detail(
        "publisher",
        printed,
        recorded,
        "Check the publisher (an imprint or a former name may be right).",
    )
    return (finding("publisher-mismatch", reference, message, detail),)
