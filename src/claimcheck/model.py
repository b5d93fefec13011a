"""Domain values that cross a pipeline stage: references, records, claims, findings.

Every value is a frozen dataclass with tuple fields. An absent printed field is the empty
string (the article printed nothing); an outcome that could not be computed is an explicit
value (`Unchecked`, `NotFound`), never None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType

Doi = NewType("Doi", str)
"""A DOI in normalised form only: lower-case, no resolver prefix, no trailing punctuation."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Author:
    """One person (or organisation, `literal=True`) as printed or as recorded."""

    family: str
    given: str = ""
    suffix: str = ""
    literal: bool = False


@dataclass(frozen=True, slots=True)
class Reference:
    """One entry of an article's reference list, parsed into fields; `raw` is kept verbatim."""

    id: str
    index: int
    line: int
    raw: str
    kind: str = "article"  # article | book | chapter | web | thesis | conference | misc | short
    label: str = ""  # printed number of a numbered list ("12"), else ""
    authors: tuple[Author, ...] = ()
    et_al: bool = False
    editors: tuple[Author, ...] = ()
    year: str = ""  # four digits as printed, "" when none
    year_suffix: str = ""  # "a" in 2006a
    title: str = ""
    container: str = ""  # journal, or the book of a chapter
    volume: str = ""
    issue: str = ""
    pages: str = ""  # "139-145", "e13211", "172837"
    publisher: str = ""
    location: str = ""
    doi: str = ""  # normalised (see text.normalize_doi), "" when none printed
    url: str = ""
    notes: tuple[str, ...] = ()  # "[Epub ahead of print]", "(accessed April 1, 2021)"
    doubtful: tuple[str, ...] = ()  # fields whose parse is uncertain ("volume", "title")
    # A footnote's own parts (parse/notes.py, parse/backrefs.py), no field of the work:
    signal: str = ""  # "See", "Cf.", "Vgl." printed before the first name
    pinpoint: str = ""  # the page the note cites ("35", "9-13"), not the work's pages
    refers_to: str = ""  # kind "short" (ibid., op. cit., a short form): the earlier entry's id

    @property
    def first_family(self) -> str:
        return self.authors[0].family if self.authors else ""


@dataclass(frozen=True, slots=True)
class Update:
    """A notice that changes how a work should be read: retraction, correction, concern."""

    kind: str  # retraction | correction | expression-of-concern | new-version | other
    doi: str = ""
    source: str = ""  # "publisher", "retraction-watch", ...
    date: str = ""  # ISO date as far as known


@dataclass(frozen=True, slots=True)
class Record:
    """A work as Crossref (or a snapshot of it) describes it, already out of Crossref's JSON."""

    doi: Doi
    type: str = ""
    title: str = ""
    subtitle: str = ""
    authors: tuple[Author, ...] = ()
    containers: tuple[str, ...] = ()  # full container titles
    short_containers: tuple[str, ...] = ()  # short-container-title abbreviations
    issued_year: int = 0  # 0 when unknown
    print_year: int = 0
    online_year: int = 0
    volume: str = ""
    issue: str = ""
    pages: str = ""
    article_number: str = ""
    abstract: str = ""
    updates: tuple[Update, ...] = ()  # notices about this work (Crossref `updated-by`)
    updates_to: tuple[str, ...] = ()  # DOIs this record is itself a notice for (`update-to`)
    score: float = 0.0  # search relevance when the record came from a search
    subtype: str = ""  # "preprint" for a posted-content preprint
    institution: str = ""  # who posted it: "bioRxiv", "arXiv", "SSRN", ...
    preprint_of: tuple[str, ...] = ()  # DOIs of the published versions (`is-preprint-of`)
    has_preprint: tuple[str, ...] = ()  # DOIs of this work's preprints (`has-preprint`)
    version_of: tuple[str, ...] = ()  # DOIs of other versions (`is-version-of`)
    publisher: str = ""
    isbns: tuple[str, ...] = ()  # ISBN-13 digits, print and electronic
    edition: str = ""  # edition number as registered ("2")
    editors: tuple[Author, ...] = ()

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(y for y in (self.print_year, self.issued_year, self.online_year) if y)


@dataclass(frozen=True, slots=True)
class Found:
    record: Record


@dataclass(frozen=True, slots=True)
class NotFound:
    """The registry answered and has no such work (e.g. HTTP 404 `Resource not found.`)."""

    reason: str
    agency: str = ""  # the DOI's registration agency when it is not Crossref ("DataCite")


@dataclass(frozen=True, slots=True)
class Unchecked:
    """The question could not be asked or answered (network, 5xx after retries, offline)."""

    reason: str


Lookup = Found | NotFound | Unchecked


@dataclass(frozen=True, slots=True)
class Candidates:
    """Records a bibliographic search returned, best first."""

    records: tuple[Record, ...]


Search = Candidates | Unchecked


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
class Callout:
    """One in-text citation as printed: one author+year, or one number after range expansion."""

    text: str  # the printed callout, e.g. "Berman et al., 2000" or "12"
    start: int  # character offsets into the body text
    end: int
    line: int
    group: int  # callouts printed inside one bracket/parenthesis share a group
    style: str  # "author-year" | "numeric"
    names: tuple[str, ...] = ()  # printed family names, e.g. ("Kapur", "Seeman")
    et_al: bool = False
    year: str = ""
    year_suffix: str = ""
    number: int = 0


@dataclass(frozen=True, slots=True)
class Citation:
    """A callout linked to the reference entries it names (empty when unresolved)."""

    text: str
    start: int
    end: int
    reference_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Support:
    """Whether a cited source plausibly says what the claim says, and on what that rests."""

    label: str  # supported | weak | unrelated | contradicted | unknown
    score: float = 0.0
    basis: str = "none"  # abstract | title | none
    evidence: tuple[tuple[str, float], ...] = ()  # (source sentence, similarity)
    reasons: tuple[str, ...] = ()  # why a doubtful claim looks doubtful, in words


@dataclass(frozen=True, slots=True)
class Claim:
    """The sentence (or clause) that one or more citations support."""

    id: str
    sentence: str
    section: str
    line: int
    start: int
    end: int
    citations: tuple[Citation, ...]
    support: Support = field(default_factory=lambda: Support(label="unknown"))


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
