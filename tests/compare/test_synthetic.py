"""Precision and recall on references rebuilt from the example's records.

Every record of the bundled snapshot is printed back as a reference in harmless variant
forms (ISO-4 or NLM journal, abbreviated page range, "et al." after three authors, no
diacritics): none may raise a warning. Then one error at a time is injected, the kind the
example review shows, and each must be reported under its rule.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest
from pyiso4.ltwa import Abbreviate

from claimcheck.compare import verify_references
from claimcheck.model import Author, Doi, Record, Reference, Severity
from claimcheck.resolve.snapshot import SnapshotOptions, SnapshotResolver, read_records

SNAPSHOT = (
    Path(__file__).resolve().parents[2] / "examples" / "colla2021" / "crossref-snapshot.jsonl"
)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() or text


def _short_range(pages: str) -> str:
    first, _, last = pages.partition("-")
    if last and len(first) == len(last) and first[:-1] == last[:-1]:
        return f"{first}-{last[-1]}"
    return pages


@lru_cache(maxsize=1)
def _ltwa() -> Abbreviate:
    return Abbreviate.create()


def iso4(title: str) -> str:
    """The ISO 4 abbreviation of a journal title, as pyiso4 forms it."""
    return str(_ltwa()(title, remove_part=True))


def printed(record: Record, number: int) -> Reference:
    """The record as a careful author would print it, in a style of its own."""
    journal = record.containers[0] if record.containers else ""
    styles = (iso4(journal) if journal else "", record.short_containers[0].replace(".", ""))
    year = record.print_year or record.issued_year
    return with_raw(
        Reference(
            id=f"r{number}",
            index=number,
            line=number,
            raw="",
            authors=tuple(Author(_ascii(a.family), a.given) for a in record.authors[:3]),
            et_al=len(record.authors) > 3,
            year=str(year),
            title=record.title.upper() if number % 3 == 0 else record.title,
            container=styles[number % 2] or journal,
            volume=record.volume,
            pages=_short_range(record.pages) if number % 2 else record.pages.split("-")[0],
            doi=record.doi,
        )
    )


def with_raw(ref: Reference) -> Reference:
    """The printed string of a reference, rendered from its fields (after any injection)."""
    names = ", ".join(f"{a.family} {a.given}" for a in ref.authors)
    raw = f"{names} ({ref.year}). {ref.title}. {ref.container} {ref.volume}, {ref.pages}."
    return replace(ref, raw=f"{raw} doi: {ref.doi}")


@pytest.fixture(scope="module")
def records() -> tuple[Record, ...]:
    # Only records with the fields the injections need.
    return tuple(r for r in read_records(SNAPSHOT) if r.volume and r.pages and len(r.authors) >= 2)


@pytest.fixture(scope="module")
def resolver(records: tuple[Record, ...]) -> SnapshotResolver:
    return SnapshotResolver(records, SnapshotOptions(complete=True))


def serious(findings: tuple) -> list[str]:  # type: ignore[type-arg]
    return [f.rule for f in findings if f.severity.rank >= Severity.WARNING.rank]


def test_clean_references_raise_nothing(records, resolver) -> None:  # type: ignore[no-untyped-def]
    references = [printed(r, i) for i, r in enumerate(records)]
    verification = verify_references(references, resolver)
    assert serious(verification.findings) == []
    assert all(r.status == "verified" for r in verification.results)


def _typo_author(ref: Reference) -> Reference:
    second = ref.authors[1]
    return replace(ref, authors=(ref.authors[0], replace(second, family=second.family + "e")))


def _typo_title(ref: Reference) -> Reference:
    longest = max((w for w in ref.title.split() if w.isalpha()), key=len)
    return replace(ref, title=ref.title.replace(longest, longest[:3] + longest[4:], 1))


def _lost_zero_or_swap(ref: Reference) -> Reference:
    head, tail = ref.doi[:-2], ref.doi[-2:]
    return replace(ref, doi=head + tail[::-1] if tail[0] != tail[1] else ref.doi + "1")


INJECTIONS: dict[str, Callable[[Reference], Reference]] = {
    "author-mismatch": _typo_author,
    "title-mismatch": _typo_title,
    "year-mismatch": lambda ref: replace(ref, year=str(int(ref.year) - 4)),
    "volume-mismatch": lambda ref: replace(ref, volume=str(int(ref.volume) + 3)),
    "pages-mismatch": lambda ref: replace(ref, pages="9" + ref.pages),
    "journal-mismatch": lambda ref: replace(ref, container="Lancet Oncol."),
    "doi-not-found": _lost_zero_or_swap,
    "doi-other-work": lambda ref: replace(
        ref,
        title="Gut microbiome composition predicts sleep quality in adolescent athletes",
        authors=(Author("Doe", "J."),),
        volume="3",
        pages="1-9",
        year="2023",
    ),
}


@pytest.mark.parametrize("rule", sorted(INJECTIONS))
def test_each_injected_error_is_found(rule: str, records, resolver) -> None:  # type: ignore[no-untyped-def]
    references = []
    for i, record in enumerate(records):
        ref = printed(record, i)
        if rule == "volume-mismatch" and not ref.volume.isdigit():
            continue
        references.append(with_raw(INJECTIONS[rule](ref)))
    verification = verify_references(references, resolver)
    flagged = {f.reference_id for f in verification.findings if f.rule == rule}
    missed = [r.id for r in references if r.id not in flagged]
    assert missed == []
    if rule == "doi-not-found":  # the intended DOI is always recovered
        by_id = {f.reference_id: f for f in verification.findings if f.rule == rule}
        assert all(by_id[r.id].expected == Doi(records[int(r.id[1:])].doi) for r in references)
