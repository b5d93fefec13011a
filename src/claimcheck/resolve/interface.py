"""The resolver seam: how the pipeline asks a registry (Crossref, cache, snapshot) about works."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from claimcheck.model import Doi, Lookup, Search


class ResolverError(Exception):
    """A resolver could not be set up (bad snapshot file, bad URL); one line for the user."""


class Resolver(ABC):
    """Answers DOI lookups and bibliographic searches. Never raises for a failed lookup:

    a registry that says "no such DOI" gives `NotFound`, one that cannot be reached gives
    `Unchecked` (so the reference is reported unchecked, never broken).
    """

    @abstractmethod
    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        """One outcome per requested DOI (batched where the backend can)."""

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        """Which of these guessed DOIs exist (typo repairs): like `fetch`, but a resolver may
        take absence from a batch answer as `NotFound` instead of confirming each guess with a
        request of its own. Most guesses do not exist, so this keeps repairs cheap."""
        return self.fetch(dois)

    @abstractmethod
    def search(self, query: str, rows: int = 5) -> Search:
        """Candidate records for a free-text reference string, best first."""

    def prepare(  # noqa: B027 - optional hook
        self, dois: Sequence[Doi], searches: Sequence[tuple[str, int]] = ()
    ) -> None:
        """Gets ready, on the caller's thread, to answer these questions (DOIs; (query, rows)
        searches) soon: a cache reads what it holds in one pass, a client whose session and
        imports are built on first use builds them if the rest needs the network. Answers
        nothing and never raises for a lookup; most resolvers have nothing to do."""

    def close(self) -> None:  # noqa: B027 - optional hook, most resolvers hold nothing
        """Releases sessions and files."""
