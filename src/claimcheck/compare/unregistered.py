"""When a work the registry does not hold is a warning: a journal article from the registry
era; books, chapters, reports, theses, datasets, software, web pages, newspapers and older
works are information (the one severity rule for "not found", docs/rules.md).
"""

from __future__ import annotations

import re

from claimcheck.compare.numbers import printed_year
from claimcheck.compare.versions import names_server
from claimcheck.model import Reference


def not_found_message(reference: Reference) -> str:
    if expected_registered(reference):
        return (
            "No registered work matches this journal article (checked: title search); "
            "articles from 2000 on are almost always registered, so check that it exists."
        )
    return (
        "Not in Crossref (checked: title search); books, chapters, reports, theses, "
        "datasets, software, web pages and older works are often not registered."
    )


# Words that mark a work as a kind the registry often lacks, wherever the parse put them.
_UNREGISTERED_KIND = re.compile(
    r"\b(?:report|technical\s+(?:paper|note)|working\s+paper|white\s+paper|thesis|"
    r"dissertation|dataset|data\s+set|software|version\s+\d|r\s+package|manual|"
    r"guidelines?|handbook)\b",
    re.IGNORECASE,
)
# Marks of a chapter, a meeting or a web page that a title seldom holds: sought everywhere.
_UNREGISTERED_PLACE = re.compile(
    r"\b(?:chap(?:ter)?\.?\s*\d+|meeting|conference|symposium|workshop|congress|"
    r"accessed|retrieved|available\s+(?:online|from|at))\b",
    re.IGNORECASE,
)


def _journal_like(reference: Reference) -> bool:
    """An article, or a "Proceedings of ..." journal (PNAS, Proc R Soc B) printed with a
    volume and pages as journals are, which a parse may call a conference paper."""
    if not reference.container:
        return False
    return reference.kind == "article" or (
        reference.kind == "conference" and bool(reference.volume and reference.pages)
    )


# A total page count ("370 pp.", "690pp"): a book or report, whose count a parse may read
# as a volume or pages.
_PAGE_COUNT = re.compile(r"\b(\d+)\s*pp\b", re.IGNORECASE)


def _journal_numbers(reference: Reference) -> bool:
    """A DOI, or a volume or pages that the parse is sure of and that is no page count (a
    day of the month read as a volume, "San Francisco Chronicle, 8 March", is unsure)."""
    counts = set(_PAGE_COUNT.findall(reference.raw))
    sure = [
        value
        for field, value in (("volume", reference.volume), ("pages", reference.pages))
        if value and field not in reference.doubtful and value not in counts
    ]
    return bool(reference.doi or sure)


def expected_registered(reference: Reference) -> bool:
    """A journal article (a journal with a volume, pages or a DOI printed, see
    `_journal_numbers`) from 2000 on is almost always registered (Crossref began in 2000;
    its back-file coverage of earlier articles is patchy), so its absence is a warning.
    Books, chapters, reports, theses, conference papers, datasets, software and web pages
    often are not registered, nor are works printed with a publisher or only a web
    address: information."""
    outside_title = reference.raw.replace(reference.title, " ") if reference.title else ""
    return (
        _journal_like(reference)
        and _journal_numbers(reference)
        and not (reference.publisher and not reference.volume)  # a book's or report's imprint
        and not (reference.url and not reference.pages)  # a web magazine's issue page
        and printed_year(reference) >= 2000
        and not names_server(reference.container)
        and not _UNREGISTERED_KIND.search(outside_title or reference.raw)
        and not _UNREGISTERED_PLACE.search(reference.raw)
    )
