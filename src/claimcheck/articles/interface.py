"""The article-finding seam: options, what a found full text is, and the one error.

`FullText` is one candidate text with where it came from; the chain (`chain.py`) yields them
best first, and the caller reads each until one is an article (`open.py`). `Tried` records
each step that gave nothing, so "no open full text" can say what was tried.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimcheck.model import InputSource

DEFAULT_EUROPEPMC_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest"
# arXiv asks programs to use its export mirror, for the API and for files alike
# (https://info.arxiv.org/help/bulk_data.html).
DEFAULT_ARXIV_URL = "https://export.arxiv.org"
DEFAULT_OPENALEX_URL = "https://api.openalex.org"


class ArticleError(Exception):
    """No article could be opened from the identifier; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class ArticleOptions:
    europepmc_url: str = DEFAULT_EUROPEPMC_URL
    arxiv_url: str = DEFAULT_ARXIV_URL  # the API, e-prints and PDFs
    openalex_url: str = DEFAULT_OPENALEX_URL
    mailto: str = ""
    openalex_api_key: str = ""
    offline: bool = False
    cache_dir: Path | None = None
    no_cache: bool = False
    refresh: bool = False
    timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class FullText:
    """A candidate text: its bytes, the file suffix that tells ingest its kind, and its origin."""

    data: bytes
    suffix: str  # ".xml", ".html", ".pdf", ".tar.gz"
    source: InputSource


@dataclass(frozen=True, slots=True)
class Tried:
    """One step that gave no usable text: "Europe PMC: PMC1 has no full-text XML (404)"."""

    step: str
