"""Whole pipeline precision: the example's records printed in common citation styles, parsed
by the real parser and verified, raise nothing at warning level or above.

What a damaged parse leaves behind (a volume glued to the pages, a journal word read into
the title, a word lost at a title's edge) must not be mistaken for a printing error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.compare import verify_references
from claimcheck.model import Record, Severity
from claimcheck.resolve.snapshot import SnapshotOptions, SnapshotResolver, read_records

SNAPSHOT = (
    Path(__file__).resolve().parents[2] / "examples" / "colla2021" / "crossref-snapshot.jsonl"
)


def _initials(given: str) -> str:
    return "".join(part[0] for part in given.replace("-", " ").replace(".", " ").split())


def _year(record: Record) -> int:
    return record.print_year or record.issued_year


def vancouver(record: Record) -> str:
    names = ", ".join(f"{a.family} {_initials(a.given)}" for a in record.authors[:6])
    journal = (record.short_containers or record.containers)[0].replace(".", "")
    issue = f"({record.issue})" if record.issue else ""
    pages = record.pages or record.article_number
    return (
        f"{names}, et al. {record.title}. {journal}. {_year(record)};{record.volume}{issue}:"
        f"{pages}. doi:{record.doi}"
    )


def apa(record: Record) -> str:
    names = ", ".join(
        f"{a.family}, {' '.join(c + '.' for c in _initials(a.given))}" for a in record.authors[:6]
    )
    journal = (record.containers or record.short_containers)[0]
    issue = f"({record.issue})" if record.issue else ""
    pages = (record.pages or record.article_number).replace("-", "–")
    return (
        f"{names} ({_year(record)}). {record.title}. {journal}, {record.volume}{issue}, "
        f"{pages}. https://doi.org/{record.doi}"
    )


def nature(record: Record) -> str:
    """No title, as physics and chemistry journals print references."""
    names = ", ".join(
        f"{' '.join(c + '.' for c in _initials(a.given))} {a.family}" for a in record.authors[:3]
    )
    journal = (record.short_containers or record.containers)[0]
    pages = record.pages or record.article_number
    return f"{names} et al. {journal} {record.volume}, {pages} ({_year(record)}). doi:{record.doi}"


@pytest.mark.parametrize("style", [vancouver, apa, nature], ids=lambda s: s.__name__)
def test_clean_references_in_any_style_raise_no_warning(style: Callable[[Record], str]) -> None:
    from claimcheck.parse import parse_string
    from claimcheck.parse.tagger import MODEL_PATH

    if not MODEL_PATH.is_file():
        pytest.skip("the reference parser's model is not built yet")
    records = read_records(SNAPSHOT)
    references = [
        replace(parse_string(style(r)), id=f"r{i}", line=i + 1) for i, r in enumerate(records)
    ]
    resolver = SnapshotResolver(records, SnapshotOptions(complete=True))
    verification = verify_references(references, resolver)
    serious = [
        (f.rule, f.message)
        for f in verification.findings
        if f.severity.rank >= Severity.WARNING.rank
    ]
    assert serious == []
    assert all(r.status == "verified" for r in verification.results)
