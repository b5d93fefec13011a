"""Articles by identifier or URL: a DOI, a PMCID, a PMID, an arXiv id or a web address,
resolved to the best open full text (Europe PMC JATS, arXiv source or PDF, an OpenAlex open
location, the page itself) and read by the ordinary input kinds. See `chain.py` for the
order, `fetch.py` for the manners (cache, limits, retries, offline)."""

from claimcheck.articles.fetch import Fetcher, build_fetcher
from claimcheck.articles.identifiers import Identifier, parse_identifier
from claimcheck.articles.interface import (
    DEFAULT_ARXIV_URL,
    DEFAULT_EUROPEPMC_URL,
    ArticleError,
    ArticleOptions,
    FullText,
)
from claimcheck.articles.opener import OpenedArticle, is_identifier, open_article

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
