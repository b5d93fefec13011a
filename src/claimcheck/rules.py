"""The catalogue of every finding rule: stable name, default severity, summary and help.

Like a linter's codes, a name never changes once released. Every output format (table, JSON,
SARIF `rules[]`, the HTML legend), `--select` / `--ignore` and docs/rules.md read this one
catalogue; the stages build findings under these names.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import Severity
from claimcheck.rules_versions import VERSION_AND_BOOK_TEXTS


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

REFERENCE_RULES: dict[str, Rule] = dict(
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
            "bibliographic search found the work, `expected` holds its DOI. A DOI that "
            "another agency registered (Crossref's `/works/{doi}/agency` names DataCite, "
            "mEDRA, ...) is not this finding: it is reported unchecked with that reason.",
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
            "Neither a DOI nor a validated search candidate was found. A warning for a "
            "journal article (a volume, pages or a DOI printed) from 2000 on, which is "
            "almost always registered; info for books, chapters, reports, theses, datasets, "
            "software, web pages and works before 2000, which often are not.",
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

# Versions and books (issue 20), appended so the catalogue's released order is kept.
REFERENCE_RULES.update(_rule(*texts) for texts in VERSION_AND_BOOK_TEXTS)

CITATION_RULES: dict[str, Rule] = dict(
    (
        _rule(
            "citation-unresolved",
            E,
            "An in-text citation matches no entry of the reference list.",
            "Add the missing reference or correct the citation.",
        ),
        _rule(
            "citation-ambiguous",
            W,
            "An in-text citation matches more than one reference.",
            "Disambiguate the references, e.g. with year suffixes (2006a, 2006b).",
        ),
        _rule(
            "citation-mismatch",
            W,
            "An in-text citation disagrees with the reference it names.",
            "Spelling of a name, a year one off, or 'et al.' for a two-author work; make the "
            "text and the list agree.",
        ),
        _rule(
            "reference-uncited",
            W,
            "The reference is never cited in the text.",
            "Cite the reference where it is used or remove it.",
        ),
    )
)

SUPPORT_RULES: dict[str, Rule] = dict(
    (
        _rule(
            "claim-unsupported",
            W,
            "The cited work does not appear to support the claim.",
            "Judged on the cited work's abstract (a judgement on its title alone is info); "
            "check that the source says what the sentence attributes to it.",
        ),
        _rule(
            "claim-weak-support",
            INFO,
            "The cited work supports the claim only partly.",
            "Check the source; the claim may overstate it.",
        ),
    )
)

RULES: dict[str, Rule] = {**REFERENCE_RULES, **CITATION_RULES, **SUPPORT_RULES}
"""Every rule, in the order the documentation lists them."""


def rule_for(name: str, severity: Severity = Severity.WARNING) -> Rule:
    """The catalogue entry for `name`, or a generic one for a rule the catalogue lacks."""
    return RULES.get(name) or Rule(name, severity, f"claimcheck rule {name}.", "")
