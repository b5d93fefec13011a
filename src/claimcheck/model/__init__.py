"""Domain values that cross a pipeline stage, one module per what they describe: a printed
work and its reference entry (`works`), a registry's record and lookup outcomes
(`records`), the body's callouts, citations and claims (`claims`), and a run's findings
and report (`report`). Every name is importable from here, as every stage does.

Every value is a frozen dataclass with tuple fields. An absent printed field is the empty
string (the article printed nothing); an outcome that could not be computed is an explicit
value (`Unchecked`, `NotFound`), never None.
"""

from claimcheck.model.claims import Callout, Citation, Claim, Support
from claimcheck.model.records import (
    Candidates,
    Found,
    Lookup,
    NotFound,
    Record,
    Search,
    Unchecked,
    Update,
)
from claimcheck.model.report import Finding, InputSource, ReferenceResult, Report, Severity
from claimcheck.model.works import Author, Doi, Reference

__all__ = [
    "Author", "Callout", "Candidates", "Citation", "Claim", "Doi", "Finding", "Found",
    "InputSource", "Lookup", "NotFound", "Record", "Reference", "ReferenceResult", "Report",
    "Search", "Severity", "Support", "Unchecked", "Update",
]
