"""Opens an article named by identifier or URL: finds candidate texts, reads the first that
is an article, and says what was tried when none is."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.articles.identifiers import parse_identifier
from claimcheck.articles.interface import ArticleError, ArticleOptions, FullText
from claimcheck.ingest import Document, InputError, load_document
from claimcheck.model import InputSource

if TYPE_CHECKING:  # requests: imported by open_article, not by is_identifier (start-up time)
    from claimcheck.articles.fetch import Fetcher


@dataclass(frozen=True, slots=True)
class OpenedArticle:
    document: Document  # its path is the identifier as given
    source: InputSource


def is_identifier(text: str) -> bool:
    """True when `text` names an article by identifier or URL rather than a local file."""
    return not Path(text).exists() and parse_identifier(text) is not None


def _read(full: FullText) -> Document:
    with tempfile.TemporaryDirectory(prefix="claimcheck-") as tmp:
        path = Path(tmp) / f"article{full.suffix}"
        path.write_bytes(full.data)
        try:
            return load_document(path)
        except InputError as exc:
            raise InputError(str(exc).removeprefix(f"{path}: ")) from exc


def open_article(text: str, options: ArticleOptions, fetcher: Fetcher | None = None,
                 ) -> OpenedArticle:
    """The best open full text of the article `text` names; ArticleError (one line) when no
    open text is found. A given `fetcher` is shared (batch runs) and left open."""
    ident = parse_identifier(text)
    if ident is None:
        raise ArticleError(f"{text}: not a file, a DOI, a PMCID, a PMID, an arXiv id or a URL")
    from claimcheck.articles.chain import Finder
    from claimcheck.articles.fetch import build_fetcher

    own = fetcher is None
    fetcher = fetcher or build_fetcher(options)
    finder = Finder(fetcher, options)
    try:
        for full in finder.candidates(ident):
            try:
                document = _read(full)
            except InputError as exc:
                finder.tried.append(f"{full.source.url}: {exc}")
                continue
            return OpenedArticle(replace(document, path=text), full.source)
    finally:
        if own:
            fetcher.close()
    tried = "; ".join(finder.tried) or "nothing to try"
    raise ArticleError(f"{text}: no open full text found (tried: {tried})")
