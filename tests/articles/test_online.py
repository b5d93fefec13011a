"""Against the real services; run with `pytest -m online` (skipped by default)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.articles import ArticleError, ArticleOptions, open_article

pytestmark = pytest.mark.online


@pytest.fixture
def options(tmp_path: Path) -> ArticleOptions:
    return ArticleOptions(mailto="claimcheck@example.org", cache_dir=tmp_path)


def test_real_europepmc_by_doi_and_pmcid(options: ArticleOptions) -> None:
    by_doi = open_article("10.1186/s13007-021-00757-y", options)  # PMC8164761, CC BY
    assert (by_doi.source.service, by_doi.source.kind) == ("europepmc", "jats")
    assert len(by_doi.document.references) == 22
    assert open_article("PMC8164761", options).document.references == by_doi.document.references


def test_real_arxiv_and_closed_access(options: ArticleOptions) -> None:
    assert open_article("1605.08386", options).source.service == "arxiv"
    with pytest.raises(ArticleError, match="no open full text found"):
        open_article("10.1038/35002501", options)  # OpenAlex: closed access
