"""Every identifier form the issue names is read as the right kind and value."""

from __future__ import annotations

import pytest

from claimcheck.articles import parse_identifier
from claimcheck.articles.arguments import identifier_list, report_name


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("10.1371/journal.pone.0213978", "doi", "10.1371/journal.pone.0213978"),
    ("doi:10.1000/ABC", "doi", "10.1000/abc"),
    ("https://doi.org/10.7717/peerj.4375", "doi", "10.7717/peerj.4375"),
    ("https://dx.doi.org/10.7717/peerj.4375", "doi", "10.7717/peerj.4375"),
    ("PMC8164761", "pmcid", "PMC8164761"),
    ("pmc8164761", "pmcid", "PMC8164761"),
    ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5815332/", "pmcid", "PMC5815332"),
    ("https://pmc.ncbi.nlm.nih.gov/articles/PMC5815332/", "pmcid", "PMC5815332"),
    ("29456894", "pmid", "29456894"),
    ("pmid:29456894", "pmid", "29456894"),
    ("https://pubmed.ncbi.nlm.nih.gov/29456894/", "pmid", "29456894"),
    ("2101.00001", "arxiv", "2101.00001"),
    ("2101.00001v2", "arxiv", "2101.00001v2"),
    ("arXiv:hep-th/9901001", "arxiv", "hep-th/9901001"),
    ("astro-ph/0601001", "arxiv", "astro-ph/0601001"),
    ("https://arxiv.org/abs/1605.08386v1", "arxiv", "1605.08386v1"),
    ("https://arxiv.org/pdf/1605.08386.pdf", "arxiv", "1605.08386"),
    ("10.48550/arXiv.2101.00001", "arxiv", "2101.00001"),
    ("https://peerj.com/articles/4375/", "url", "https://peerj.com/articles/4375/"),
])
def test_forms(text: str, kind: str, value: str) -> None:
    found = parse_identifier(text)
    assert found is not None and (found.kind, found.value, found.text) == (kind, value, text)


@pytest.mark.parametrize("text", ["article.md", "doi:10.1/x", "ftp://x.org/a", "PMC", "x/y"])
def test_files_and_near_misses_are_not_identifiers(text: str) -> None:
    assert parse_identifier(text) is None


def test_a_list_file_holds_only_identifiers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = tmp_path / "ids.txt"
    ids.write_text("# to check\n10.1000/jats.1\n\nPMC111\nhttps://arxiv.org/abs/2101.00001\n")
    assert identifier_list(ids) == ("10.1000/jats.1", "PMC111", "https://arxiv.org/abs/2101.00001")
    article = tmp_path / "paper.txt"
    article.write_text("Ketamine works [1].\n\nReferences\n1. 10.1000/jats.1\n")
    assert identifier_list(article) == ()
    assert report_name("https://doi.org/10.1000/a(b)") == "10.1000_a_b"
