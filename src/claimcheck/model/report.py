"""What one run found: findings with a severity and location, each reference with the
outcome of resolving it, where the article was read from, and the report that every
output format projects."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from claimcheck.model.claims import Claim
from claimcheck.model.records import Record
from claimcheck.model.works import Reference


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    """A diagnostic, like a linter's: a stable rule name, a severity and its location."""

    rule: str
    severity: Severity
    message: str
    reference_id: str = ""
    claim_id: str = ""
    line: int = 0
    field: str = ""
    printed: str = ""
    expected: str = ""
    suggestion: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferenceResult:
    """A reference with the outcome of resolving it."""

    reference: Reference
    status: str  # verified | mismatch | not-found | unchecked | no-doi | not-checked
    doi: str = ""  # the DOI the record has (may differ from the printed one)
    record: Record | None = None  # None only when no record was found or asked for
    match_score: float = 0.0
    reason: str = ""  # why the status is unchecked (a host unreachable, a timeout), else ""


@dataclass(frozen=True, slots=True)
class InputSource:
    """Where an article named by identifier or URL was read from (`claimcheck.articles`)."""

    kind: str  # the text read: jats | latex | pdf | html
    service: str  # europepmc | arxiv | openalex | web
    url: str  # what was downloaded
    identifier: str  # the article argument as given
    licence: str = ""  # as the service states it ("cc by", a licence URL), "" when unknown


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run found about one article; every output format projects this."""

    input: str
    references: tuple[ReferenceResult, ...]
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] = ()
    complete: bool = True  # False when some lookups could not be made
    parts: tuple[str, ...] = ("references",)  # which stages ran: references, dois, claims
    source: InputSource | None = None  # None: a local file, read as given
