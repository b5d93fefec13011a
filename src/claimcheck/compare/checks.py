"""Field checks: the findings for a reference whose record has been identified.

Each check compares one printed field with the record and says nothing when either side is
silent or the difference is only one of form (see titles, names, journals, numbers).
"""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.compare.books import check_book
from claimcheck.compare.journals import journal_words_within, record_journal_names, same_journal
from claimcheck.compare.names import name_findings
from claimcheck.compare.numbers import (
    YearVerdict,
    compare_issue,
    compare_pages,
    compare_volume,
    compare_year,
    printed_ahead_of_print,
    record_pages,
    record_print_year,
)
from claimcheck.compare.printed import in_print, pages_in_print, printed_years, title_in_print
from claimcheck.compare.rules import Detail, finding
from claimcheck.compare.titles import (
    TitleComparison,
    TitleVerdict,
    compare_title,
    title_slips,
    without_retracted_label,
    word_diff,
)
from claimcheck.model import Finding, Record, Reference, Severity
from claimcheck.text import fold

Check = Callable[[Reference, Record], tuple[Finding, ...]]


def check_title(reference: Reference, record: Record) -> tuple[Finding, ...]:
    result = compare_title(reference.title, record)
    detail = Detail(
        "title",
        reference.title,
        result.record_title,
        f"Use the record's title: {result.record_title}",
    )
    if result.verdict is TitleVerdict.SUBTITLE and _journal_spill(result, record):
        return ()
    if result.verdict is not TitleVerdict.SAME and in_print(reference, result.record_title):
        return ()  # the printed string has the record's title: only the parse differs
    slipped = _slip_in_print(reference, record) if result.verdict is not TitleVerdict.SAME else ()
    if slipped:
        return slipped
    if result.verdict is TitleVerdict.SUBTITLE:
        return (
            finding(
                "title-mismatch",
                reference,
                _subtitle_message(result.printed_only, result.record_only),
                detail,
                Severity.INFO,
            ),
        )
    if result.verdict is TitleVerdict.MISSPELT:
        message = _diff_message(result.printed_only, result.record_only)
        return (finding("title-mismatch", reference, message, detail),)
    if result.verdict is TitleVerdict.DIFFERENT:
        # Reached only when every other field identified the work (match.is_printed_work).
        message = "The printed title is quite different from the record's title."
        return (finding("title-mismatch", reference, message, detail),)
    return ()


def _slip_in_print(reference: Reference, record: Record) -> tuple[Finding, ...]:
    """The record's title printed whole with slips of the pen ("Phyical" for "Physical"),
    read from the printed string: the slip is the print's, wherever the parse cut the
    title (an organisation or a year run into it, a name or the journal taking its first
    or last words)."""
    title = without_retracted_label(record.title)
    forms = (f"{title}: {record.subtitle}", title) if record.subtitle else (title,)
    for form in forms:
        run, _ = title_in_print(reference, form)
        if run and title_slips(run, form):
            detail = Detail("title", run, form, f"Use the record's title: {form}")
            message = _diff_message(*word_diff(run, form))
            return (finding("title-mismatch", reference, message, detail),)
    return ()


def _journal_spill(result: TitleComparison, record: Record) -> bool:
    """The printed title is the record's plus words of the record's journal name ("Biol."
    of "Biol. Psychiatry" read into the title): a parse artefact, not a printing error."""
    extra = tuple(fold(w) for w in result.printed_only)
    return bool(extra) and not result.record_only and journal_words_within(extra, record)


def _diff_message(printed_only: tuple[str, ...], record_only: tuple[str, ...]) -> str:
    printed, recorded = ", ".join(printed_only), ", ".join(record_only)
    if printed and recorded:
        return f"The title differs from the record's: printed '{printed}' for '{recorded}'."
    if recorded:
        return f"The printed title lacks '{recorded}', which the record's title has."
    if printed:
        return f"The printed title has '{printed}', which the record's title lacks."
    return "The title's words differ in order from the record's title."


def _subtitle_message(printed_only: tuple[str, ...], record_only: tuple[str, ...]) -> str:
    if record_only:
        return f"The printed title omits part of the record's title: '{' '.join(record_only)}'."
    return f"The printed title adds words the record's title lacks: '{' '.join(printed_only)}'."


def check_authors(reference: Reference, record: Record) -> tuple[Finding, ...]:
    return name_findings(reference, "authors", reference.authors, record.authors)


def check_year(reference: Reference, record: Record) -> tuple[Finding, ...]:
    verdict = compare_year(reference, record)
    expected = str(record_print_year(record))
    years = printed_years(reference)
    if len(years) > 1 and expected in years:
        return ()  # several years printed (one inside the title?): the parse took another
    if verdict is YearVerdict.DIFFERENT:
        return (
            finding(
                "year-mismatch",
                reference,
                f"The year is printed {reference.year}, but the record is dated {expected}.",
                Detail("year", reference.year, expected, f"Change the year to {expected}."),
            ),
        )
    if verdict is YearVerdict.ONLINE and not _incomplete(reference, record):
        return (
            finding(
                "year-online-print",
                reference,
                f"{reference.year} is the year the work appeared online; its issue "
                f"is dated {expected}.",
                Detail("year", reference.year, expected, f"Cite the issue year {expected}."),
            ),
        )
    return ()


def check_journal(reference: Reference, record: Record) -> tuple[Finding, ...]:
    """Journals only: book and proceedings titles vary too freely to call a difference."""
    if reference.kind != "article" or record.type not in ("", "journal-article"):
        return ()
    if same_journal(reference.container, record) is not False:
        return ()
    if any(in_print(reference, name) for name in record_journal_names(record)):
        return ()  # the journal is printed; the parse cut the field elsewhere
    expected = record.containers[0] if record.containers else record.short_containers[0]
    short = record.short_containers[0] if record.short_containers else ""
    known = f"{expected} ({short})" if short and short != expected else expected
    return (
        finding(
            "journal-mismatch",
            reference,
            f"The journal is printed '{reference.container}', but the work appeared in {known}.",
            Detail(
                "container",
                reference.container,
                expected,
                f"Change the journal to '{short or expected}'.",
            ),
        ),
    )


def check_numbers(reference: Reference, record: Record) -> tuple[Finding, ...]:
    checks = (
        (
            "volume",
            reference.volume,
            record.volume,
            compare_volume(reference.volume, record.volume),
        ),
        ("issue", reference.issue, record.issue, compare_issue(reference.issue, record.issue)),
        ("pages", reference.pages, record_pages(record), compare_pages(reference.pages, record)),
    )
    return tuple(
        finding(
            f"{name}-mismatch",
            reference,
            f"The {name} {'are' if name == 'pages' else 'is'} printed '{printed}', but "
            f"the record gives '{expected}'.",
            Detail(name, printed, expected, f"Change the {name} to {expected}."),
        )
        for name, printed, expected, agrees in checks
        if agrees is False and not (name == "pages" and _pages_printed(reference, record))
    )


def _pages_printed(reference: Reference, record: Record) -> bool:
    """The printed string has the record's pages whole: only the parse read them apart."""
    return any(pages_in_print(reference, p) for p in (record.pages, record.article_number) if p)


def _incomplete(reference: Reference, record: Record) -> bool:
    """Printed ahead of print, and the record now has the issue's volume and pages."""
    return (
        printed_ahead_of_print(reference)
        and not reference.pages
        and bool(record.volume and (record.pages or record.article_number))
    )


def check_incomplete(reference: Reference, record: Record) -> tuple[Finding, ...]:
    if not _incomplete(reference, record):
        return ()
    year = record_print_year(record)
    expected = (
        f"{record.volume}, {record_pages(record)} ({year})"
        if year
        else (f"{record.volume}, {record_pages(record)}")
    )
    return (
        finding(
            "reference-incomplete",
            reference,
            f"Cited ahead of print; the work has since appeared in volume "
            f"{record.volume}, pages {record_pages(record)}"
            f"{f' ({year})' if year else ''}.",
            Detail("reference", "", expected, f"Add volume, pages and year: {expected}."),
        ),
    )


FIELD_CHECKS: tuple[Check, ...] = (
    check_title,
    check_authors,
    check_year,
    check_journal,
    check_numbers,
    check_incomplete,
    check_book,
)


def check_fields(reference: Reference, record: Record) -> tuple[Finding, ...]:
    """All field findings for a reference against the record of the same work."""
    return tuple(f for check in FIELD_CHECKS for f in check(reference, record))
