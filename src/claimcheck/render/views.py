"""Projections the human formats share: finding order, groups, printed-vs-record field pairs.

Keeping them here makes the table, Markdown and HTML reports agree on what they show and in
which order, while each stays free to lay it out its own way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from claimcheck.model import Author, Claim, Finding, ReferenceResult, Report, Severity


def sorted_findings(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Most severe first, then in reading order; the sort is stable for equal keys."""
    return tuple(sorted(findings, key=lambda f: (-f.severity.rank, f.line or 10**9, f.rule)))


def by_severity(findings: tuple[Finding, ...]) -> tuple[tuple[Severity, tuple[Finding, ...]], ...]:
    ordered = sorted_findings(findings)
    return tuple(
        (s, group)
        for s in sorted(Severity, key=lambda s: -s.rank)
        if (group := tuple(f for f in ordered if f.severity is s))
    )


@dataclass(frozen=True, slots=True)
class Group:
    """Findings about one reference, or about claims no reference owns, or about the article."""

    title: str
    result: ReferenceResult | None
    findings: tuple[Finding, ...]


def reference_title(result: ReferenceResult) -> str:
    ref = result.reference
    label = f"[{ref.label}] " if ref.label else ""
    return f"{label}{ref.id} (line {ref.line}): {result.status}"


_CLAIMS, _ARTICLE = "\0claims", "\0article"  # NUL cannot occur in a reference id


def _owner(finding: Finding) -> str:
    if finding.reference_id:
        return finding.reference_id
    return _CLAIMS if finding.claim_id else _ARTICLE


def groups(report: Report) -> tuple[Group, ...]:
    """Findings grouped by reference in list order; claim and article findings come last."""
    owned: dict[str, list[Finding]] = defaultdict(list)
    for finding in sorted_findings(report.findings):
        owned[_owner(finding)].append(finding)
    out = [
        Group(reference_title(r), r, tuple(owned.pop(r.reference.id)))
        for r in report.references
        if r.reference.id in owned
    ]
    claims = owned.pop(_CLAIMS, [])
    if claims:
        out.append(Group("Citations and claims", None, tuple(claims)))
    # Findings naming a reference id the list lacks must not vanish from the report.
    rest = [f for key in sorted(owned) for f in owned[key]]
    if rest:
        out.append(Group("Article", None, tuple(rest)))
    return tuple(out)


def format_authors(authors: tuple[Author, ...], et_al: bool = False) -> str:
    names = [", ".join(p for p in (a.family, a.given, a.suffix) if p) for a in authors]
    return "; ".join(names) + (" et al." if et_al else "")


def field_pairs(result: ReferenceResult) -> tuple[tuple[str, str, str], ...]:
    """(field, printed value, record value) for the fields a reference and a record share."""
    ref, rec = result.reference, result.record
    printed = (format_authors(ref.authors, ref.et_al), ref.year, ref.title, ref.container,
               ref.volume, ref.issue, ref.pages, ref.doi)
    names = ("authors", "year", "title", "container", "volume", "issue", "pages", "doi")
    if rec is None:
        return tuple(zip(names, printed, [""] * len(names), strict=True))
    recorded = (format_authors(rec.authors), str(rec.issued_year or ""),
                rec.title + (f": {rec.subtitle}" if rec.subtitle else ""),
                rec.containers[0] if rec.containers else "", rec.volume, rec.issue,
                rec.pages or rec.article_number, rec.doi)
    return tuple(zip(names, printed, recorded, strict=True))


def claims_citing(report: Report) -> dict[str, tuple[Claim, ...]]:
    """Reference id -> the claims whose citations resolve to it, in text order."""
    citing: dict[str, list[Claim]] = defaultdict(list)
    for claim in report.claims:
        for ref_id in dict.fromkeys(i for c in claim.citations for i in c.reference_ids):
            citing[ref_id].append(claim)
    return {ref_id: tuple(claims) for ref_id, claims in citing.items()}


def doi_url(doi: str) -> str:
    """https://doi.org/ link for a DOI, or "" when it cannot be linked safely: the DOI is
    percent-encoded, and one with "." or ".." path segments (which a browser would resolve
    out of the DOI's own path) is not linked at all."""
    if any(segment in (".", "..") for segment in doi.split("/")):
        return ""
    return "https://doi.org/" + quote(doi, safe="/:;._-")
