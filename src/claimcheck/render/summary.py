"""Counts over a report and the one-line summary the CLI prints on stderr."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from claimcheck.model import Report, Severity

# Order and wording of reference statuses in human output.
STATUS_LABELS: dict[str, str] = {
    "verified": "verified",
    "mismatch": "mismatch",
    "not-found": "not found",
    "unchecked": "unchecked",
    "no-doi": "no DOI",
    "not-checked": "not looked up",
}


@dataclass(frozen=True, slots=True)
class Counts:
    references: int
    claims: int
    citations: int
    statuses: tuple[tuple[str, int], ...]  # (status, count) in STATUS_LABELS order, no zeros
    findings: tuple[tuple[Severity, int], ...]  # every severity, most severe first


def counts(report: Report) -> Counts:
    statuses = Counter(result.status for result in report.references)
    ordered = [*STATUS_LABELS, *sorted(set(statuses) - set(STATUS_LABELS))]
    severities = Counter(finding.severity for finding in report.findings)
    return Counts(
        references=len(report.references),
        claims=len(report.claims),
        citations=sum(len(claim.citations) for claim in report.claims),
        statuses=tuple((s, statuses[s]) for s in ordered if statuses[s]),
        findings=tuple((s, severities[s]) for s in sorted(Severity, key=lambda s: -s.rank)),
    )


def noun(count: int, word: str) -> str:
    """`error` for one, `errors` for any other count; `info` has no plural."""
    return word if count == 1 or word == "info" else word + "s"


def plural(count: int, word: str) -> str:
    return f"{count} {noun(count, word)}"


def summary_line(report: Report) -> str:
    """E.g. `98 references: 80 verified, 3 not found; 118 citations in 95 claims; findings: ...`."""
    c = counts(report)
    refs = plural(c.references, "reference")
    if c.statuses:
        refs += ": " + ", ".join(f"{n} {STATUS_LABELS.get(s, s)}" for s, n in c.statuses)
    parts = [refs]
    if "claims" in report.parts:
        parts.append(f"{plural(c.citations, 'citation')} in {plural(c.claims, 'claim')}")
    if "support" in report.parts:
        parts.append(_support_basis(report))
    parts.append("findings: " + ", ".join(plural(n, str(s)) for s, n in c.findings))
    if not report.complete:
        parts.append("incomplete: some lookups could not be made")
    return "; ".join(parts)


def _support_basis(report: Report) -> str:
    """What the support judgements rested on: only abstracts can raise support findings."""
    bases = [claim.support.basis for claim in report.claims]
    abstracts, titles = bases.count("abstract"), bases.count("title")
    full = bases.count("fulltext")
    return (f"support judged on {plural(abstracts, 'abstract')}"
            + (f" and {plural(full, 'full text')}" if full else "")
            + (f" ({plural(titles, 'claim')} had only a title)" if titles else ""))
