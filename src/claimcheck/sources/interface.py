"""The source-text seam: how the pipeline asks for the openly available abstract of a cited work.

Outcomes per DOI are values, never None or exceptions (STYLE habit 2): `FoundAbstract` (the
text and where it came from), `NoAbstract` (the service answered: no such work, or a work
without an abstract), or the model's `Unchecked` (the question could not be answered: offline,
network, 429 after retries). Only abstracts are ever asked for, never full texts (issue 6:
"Never fetch or store full texts behind paywalls").
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from claimcheck.model import Doi, Unchecked
from claimcheck.sources.fulltext import NO_FULLTEXT, FullText

Origin = Literal["openalex", "crossref", "snapshot"]
DEFAULT_OPENALEX_URL = "https://api.openalex.org"


class SourceError(Exception):
    """A source could not be set up (bad URL, unreadable snapshot); one line for the user."""


@dataclass(frozen=True, slots=True)
class FoundAbstract:
    """Plain abstract text (markup removed) and the service it came from."""

    text: str
    origin: Origin = "openalex"


@dataclass(frozen=True, slots=True)
class NoAbstract:
    """The service answered and has no abstract: the work is unknown to it, or has none."""

    reason: str


AbstractLookup = FoundAbstract | NoAbstract | Unchecked


class AbstractSource(ABC):
    """Answers "what is the abstract of this DOI?" for a batch of DOIs. Never raises for a
    failed lookup: an unreachable service gives `Unchecked`, an absent abstract `NoAbstract`.
    """

    @abstractmethod
    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        """One outcome per distinct requested DOI, in the order first requested."""

    def fulltext(self, doi: Doi, title: str) -> FullText:
        """The user's own full text of the work, when a source has one (`--fulltext`)."""
        return NO_FULLTEXT

    def close(self) -> None:  # noqa: B027 - optional hook, most sources hold nothing
        """Releases sessions and files."""
