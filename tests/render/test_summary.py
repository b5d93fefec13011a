"""The one-line summary printed on stderr."""

from __future__ import annotations

from dataclasses import replace

from claimcheck.model import Report
from claimcheck.render import summary_line


def test_summary_line(report: Report) -> None:
    assert summary_line(report) == (
        "4 references: 1 verified, 1 mismatch, 1 not found, 1 no DOI; "
        "4 citations in 2 claims; support judged on 1 abstract (1 claim had only a title); "
        "findings: 2 errors, 1 warning, 2 info"
    )


def test_summary_without_claims_stage_and_incomplete(report: Report) -> None:
    partial = replace(report, parts=("references", "dois"), findings=report.findings[:1],
                      complete=False)
    assert summary_line(partial) == (
        "4 references: 1 verified, 1 mismatch, 1 not found, 1 no DOI; "
        "findings: 0 errors, 1 warning, 0 info; incomplete: some lookups could not be made"
    )


def test_summary_of_an_empty_report() -> None:
    assert summary_line(Report(input="x.md", references=())) == (
        "0 references; findings: 0 errors, 0 warnings, 0 info"
    )
