"""The catalogue of reference rules: stable names, default severities, one-line summaries, help.

Every output format (table, JSON, SARIF `rules[]`) and `--select` / `--ignore` read `RULES`;
the comparison code builds findings only through `finding()`, so a rule name that is not in
the catalogue cannot reach a report.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import Finding, Reference, Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """One diagnostic kind, like a linter code: its name never changes once released."""

    name: str
    severity: Severity
    summary: str
    help: str


def _rule(name: str, severity: Severity, summary: str, help_text: str) -> tuple[str, Rule]:
    return name, Rule(name, severity, summary, help_text)


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: dict[str, Rule] = dict(
    (
        _rule(
            "doi-invalid",
            E,
            "The printed DOI is malformed.",
            "A DOI has the shape 10.NNNN/suffix; this one cannot be resolved at all.",
        ),
        _rule(
            "doi-not-found",
            E,
            "The printed DOI is not registered.",
            "The registry answered 'Resource not found'. When a likely typo repair or a "
            "bibliographic search found the work, `expected` holds its DOI.",
        ),
        _rule(
            "doi-other-work",
            E,
            "The printed DOI belongs to a different work.",
            "The DOI resolves, but title, authors and source describe another work: the "
            "most common pattern of a wrong or invented citation.",
        ),
        _rule(
            "doi-missing",
            INFO,
            "No DOI is printed, but the work has one.",
            "A bibliographic search found the work and validated it field by field; "
            "`expected` holds its DOI.",
        ),
        _rule(
            "reference-not-found",
            W,
            "No registry record matches this reference.",
            "Neither a DOI nor a validated search candidate was found. Many books, older "
            "articles and web pages are simply not registered; check the reference by hand.",
        ),
        _rule(
            "title-mismatch",
            W,
            "The printed title differs from the record's.",
            "Spelling or wording differs (after folding case, punctuation, markup and "
            "Unicode). A title that only lacks its subtitle is reported as info.",
        ),
        _rule(
            "author-mismatch",
            W,
            "A printed author name differs from the record's.",
            "Family names are compared in order, ignoring diacritics, particles and "
            "suffixes; with 'et al.' only the printed names are compared.",
        ),
        _rule(
            "year-mismatch",
            W,
            "The printed year is none of the record's years.",
            "Neither the print, the online nor the issued year of the record.",
        ),
        _rule(
            "year-online-print",
            INFO,
            "The printed year is the online, not the print, year.",
            "Common and usually acceptable: the work appeared online a year before its "
            "issue; the print year is given as `expected`.",
        ),
        _rule(
            "journal-mismatch",
            W,
            "The printed journal is a different journal.",
            "Full titles, ISO-4 and NLM abbreviations and the record's short titles all "
            "count as the same journal; only a different journal is reported.",
        ),
        _rule(
            "volume-mismatch",
            W,
            "The printed volume differs from the record's.",
            "Compared after normalisation.",
        ),
        _rule(
            "issue-mismatch",
            W,
            "The printed issue differs from the record's.",
            "Compared only when both the reference and the record give an issue.",
        ),
        _rule(
            "pages-mismatch",
            W,
            "The printed pages differ from the record's.",
            "En dashes, abbreviated last pages ('1201-7') and article numbers are "
            "normalised; a first page alone is fine.",
        ),
        _rule(
            "reference-incomplete",
            INFO,
            "The reference was printed before final publication.",
            "Printed as 'Epub ahead of print', the record now has volume and pages.",
        ),
        _rule(
            "retracted",
            E,
            "The cited work has been retracted.",
            "From the record's update notices (publisher or Retraction Watch).",
        ),
        _rule(
            "correction",
            INFO,
            "A correction to the cited work exists.",
            "Check whether the correction affects what is cited.",
        ),
        _rule(
            "expression-of-concern",
            W,
            "An expression of concern was issued for the work.",
            "The publisher has flagged the work; cite with care.",
        ),
        _rule(
            "duplicate-reference",
            W,
            "The same work is listed twice.",
            "Two entries of the reference list resolve to the same work.",
        ),
    )
)


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
