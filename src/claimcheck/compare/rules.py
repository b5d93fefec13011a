"""Findings about references: built only through `finding()`, so a rule name that is not in
the catalogue (`claimcheck.rules`) cannot reach a report.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import Finding, Reference, Severity
from claimcheck.rules import REFERENCE_RULES as RULES


@dataclass(frozen=True, slots=True)
class Detail:
    """Where and what: the field compared, the printed value, the record's value, the fix."""

    field: str = ""
    printed: str = ""
    expected: str = ""
    suggestion: str = ""
    evidence: tuple[str, ...] = ()  # what the finding rests on, one line each


def finding(
    rule: str,
    reference: Reference,
    message: str,
    detail: Detail = Detail(),
    severity: Severity | None = None,
) -> Finding:
    """A finding for `reference` under `rule`, with the rule's default severity unless a
    rule's own text says otherwise (a title that only lacks its subtitle is info)."""
    return Finding(
        rule=rule,
        severity=severity or RULES[rule].severity,
        message=message,
        reference_id=reference.id,
        line=reference.line,
        field=detail.field,
        printed=detail.printed,
        expected=detail.expected,
        suggestion=detail.suggestion,
        evidence=detail.evidence,
    )
