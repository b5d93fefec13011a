"""Command layer: the commands that write files other than a report, `refs` (BibTeX) and
`dois --fix`.

`--fix` applies only what a finding states: the value the record has (`expected`) replaces the
printed one for the finding's field. Nothing is guessed, and the input is never overwritten.
Info findings are advice, not errors (an online year, a missing subtitle), so only a found DOI
(`doi-missing`) is taken from them; notices (retractions) are never written into an entry.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from claimcheck.bibtex import dumps
from claimcheck.commands.run import EXIT_CLEAN, build_report, emit, exit_code
from claimcheck.commands.run import render as render_report
from claimcheck.commands.settings import Settings, UsageError
from claimcheck.model import Author, Finding, Reference, ReferenceResult, Severity

# Finding field -> Reference attribute that `--fix` may set from the record.
_FIXABLE = {
    "doi": "doi",
    "title": "title",
    "year": "year",
    "journal": "container",
    "container": "container",
    "volume": "volume",
    "issue": "issue",
    "pages": "pages",
}


def refs_output(article: Path | str, settings: Settings, fmt: str) -> int:
    """`claimcheck refs`: the parsed reference list as BibTeX (or the JSON report)."""
    if fmt not in ("bibtex", "json"):
        raise UsageError(f"--format must be bibtex or json for refs, not {fmt!r}")
    report = build_report(article, settings)
    if fmt == "json":
        text = render_report(report, "json")
    else:
        text = dumps([result.reference for result in report.references])
    emit(text, settings, article)
    return EXIT_CLEAN


def _fixed_authors(authors: tuple[Author, ...], finding: Finding) -> tuple[Author, ...]:
    return tuple(
        replace(a, family=finding.expected) if a.family == finding.printed else a for a in authors
    )


def fixed_reference(result: ReferenceResult, findings: list[Finding]) -> Reference:
    """The reference with every field a finding corrects taken from the record."""
    reference = result.reference
    for finding in findings:
        advice = finding.severity is Severity.INFO and finding.rule != "doi-missing"
        if not finding.expected or advice:
            continue
        if finding.field in _FIXABLE:
            changes: dict[str, Any] = {_FIXABLE[finding.field]: finding.expected}
            reference = replace(reference, **changes)
        elif finding.field == "authors" and finding.printed:
            reference = replace(reference, authors=_fixed_authors(reference.authors, finding))
    return reference


def fix_bibtex(article: Path | str, settings: Settings) -> int:
    """`claimcheck dois --fix -o FIXED.bib`: corrected BibTeX, never written over the input."""
    if settings.output is None:
        raise UsageError("--fix needs -o FIXED.bib (claimcheck never edits the input in place)")
    report = build_report(article, settings)
    by_reference: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_reference.setdefault(finding.reference_id, []).append(finding)
    fixed = [fixed_reference(r, by_reference.get(r.reference.id, [])) for r in report.references]
    emit(dumps(fixed), settings, article)
    return exit_code(report, settings.fail_on)
