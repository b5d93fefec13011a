"""The catalogue of finding rules: each rule's default severity, one-line description and help.

Renderers need this metadata (SARIF `tool.driver.rules`, the HTML legend) independently of the
stages that emit findings, so the whole catalogue lives here; the checks in `compare/` and
`citations/` use the same names. A finding whose rule is not listed still renders, with a
generic entry from `rule_for`.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import Severity

E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO  # N for "note"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    severity: Severity
    description: str  # one line, what the rule detects
    help: str  # one line, what to do about it


_CATALOGUE: tuple[Rule, ...] = (
    Rule("doi-invalid", E, "The printed DOI is not a syntactically valid DOI.",
         "Correct the DOI; it must look like 10.NNNN/suffix."),
    Rule("doi-not-found", E, "The printed DOI is not registered with Crossref.",
         "Check the DOI for typos or use the DOI suggested from a bibliographic search."),
    Rule("doi-other-work", E, "The printed DOI resolves to a different work than the one cited.",
         "Replace the DOI with the one registered for the cited work."),
    Rule("doi-missing", N, "The reference prints no DOI but Crossref has one for the work.",
         "Add the suggested DOI so readers can find the work."),
    Rule("reference-not-found", W, "No Crossref record matches this reference.",
         "Check the reference against the original work; it may be misprinted or unindexed."),
    Rule("title-mismatch", W, "The printed title differs from the title of record.",
         "Copy the title from the work itself."),
    Rule("author-mismatch", W, "The printed authors differ from the authors of record.",
         "Check the author names, their order and their spelling."),
    Rule("year-mismatch", W, "The printed year differs from the year of record.",
         "Use the year of the issue the work was published in."),
    Rule("year-online-print", N, "The printed year is the online year, not the print year.",
         "Either year is acceptable; prefer the one your style guide asks for."),
    Rule("journal-mismatch", W, "The printed journal differs from the journal of record.",
         "Use the journal's full title or its ISO 4 abbreviation."),
    Rule("volume-mismatch", W, "The printed volume differs from the volume of record.",
         "Correct the volume number."),
    Rule("issue-mismatch", W, "The printed issue differs from the issue of record.",
         "Correct the issue number."),
    Rule("pages-mismatch", W, "The printed pages differ from the pages of record.",
         "Correct the page range or article number."),
    Rule("reference-incomplete", N, "The reference lacks fields needed to identify the work.",
         "Add the missing fields (authors, year, title, source)."),
    Rule("retracted", E, "The cited work has been retracted.",
         "Remove the citation or say explicitly that the work was retracted."),
    Rule("correction", N, "A correction has been published for the cited work.",
         "Check that the cited finding survives the correction."),
    Rule("expression-of-concern", W, "An expression of concern has been published for the work.",
         "Weigh the citation against the publisher's concern."),
    Rule("duplicate-reference", W, "The same work appears more than once in the reference list.",
         "Merge the duplicate entries and renumber the citations."),
    Rule("citation-unresolved", E, "An in-text citation matches no entry of the reference list.",
         "Add the missing reference or correct the citation."),
    Rule("citation-ambiguous", W, "An in-text citation matches more than one reference.",
         "Disambiguate the references, e.g. with year suffixes (2006a, 2006b)."),
    Rule("citation-mismatch", W, "An in-text citation disagrees with the reference it names.",
         "Make the names and year in the text agree with the reference entry."),
    Rule("reference-uncited", W, "The reference is never cited in the text.",
         "Cite the reference where it is used or remove it."),
    Rule("claim-unsupported", W, "The cited work does not appear to support the claim.",
         "Check that the source says what the sentence attributes to it."),
    Rule("claim-weak-support", N, "The cited work supports the claim only weakly.",
         "Check the source; the claim may overstate it."),
)

RULES: dict[str, Rule] = {rule.name: rule for rule in _CATALOGUE}


def rule_for(name: str, severity: Severity = Severity.WARNING) -> Rule:
    """The catalogue entry for `name`, or a generic one for a rule the catalogue lacks."""
    return RULES.get(name) or Rule(name, severity, f"claimcheck rule {name}.", "")
