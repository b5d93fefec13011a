"""Articles by identifier or URL: a DOI, a PMCID, a PMID, an arXiv id or a web address,
resolved to the best open full text (Europe PMC JATS, arXiv source or PDF, an OpenAlex open
location, the page itself) and read by the ordinary input kinds. See `chain.py` for the
order, `fetch.py` for the manners (cache, limits, retries, offline).

`Fetcher`, `build_fetcher`, `OpenedArticle` and `open_article` are imported on first use (PEP
562): they bring in requests, and every command imports this package to tell a file from an
identifier (`arguments.py`), where start-up time counts."""

from typing import TYPE_CHECKING, Any

from claimcheck.articles.identifiers import Identifier, parse_identifier
from claimcheck.articles.interface import (
    DEFAULT_ARXIV_URL,
    DEFAULT_EUROPEPMC_URL,
    ArticleError,
    ArticleOptions,
    FullText,
)

if TYPE_CHECKING:
    from claimcheck.articles.fetch import Fetcher, build_fetcher
    from claimcheck.articles.opener import OpenedArticle, open_article

__all__ = [
    "DEFAULT_ARXIV_URL",
    "DEFAULT_EUROPEPMC_URL",
    "ArticleError",
    "ArticleOptions",
    "Fetcher",
    "FullText",
    "Identifier",
    "OpenedArticle",
    "build_fetcher",
    "is_identifier",
    "open_article",
    "parse_identifier",
]


def __getattr__(name: str) -> Any:
    if name in ("Fetcher", "build_fetcher"):
        from claimcheck.articles import fetch

        return getattr(fetch, name)
    if name in ("OpenedArticle", "open_article", "is_identifier"):
        from claimcheck.articles import opener

        return getattr(opener, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
