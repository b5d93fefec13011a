"""What a registry says about a work: its record (Crossref's, or a snapshot of it), notices
that change how it is read, and the outcome of one lookup or search, where "could not
check" is a value with a reason (`Unchecked`), never None."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model.works import Author, Doi


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
