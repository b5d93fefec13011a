"""Every identifier form resolves through the stand-in services to the best open text."""

from __future__ import annotations

import gzip
from dataclasses import replace

import pytest

from claimcheck.articles import ArticleError, ArticleOptions, open_article
from claimcheck.articles.fetch import PACE
from claimcheck.testing import StandinServices
from claimcheck.testing.routes import Answer


@pytest.mark.parametrize("text", ["10.1000/jats.1", "doi:10.1000/jats.1",
                                  "https://doi.org/10.1000/jats.1", "PMC111", "pmid:111", "111",
                                  "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC111/"])
def test_europepmc_jats_first(text: str, options: ArticleOptions) -> None:
    opened = open_article(text, options)
    assert opened.document.path == text
    assert opened.document.entry_keys == ("bib1", "bib2")
    source = opened.source
    assert (source.kind, source.service, source.identifier) == ("jats", "europepmc", text)
    assert source.url.endswith("/europepmc/PMC111/fullTextXML")
    if text != "PMC111" and "pmc/articles" not in text:
        assert source.licence == "cc by"  # from the search record


@pytest.mark.parametrize("text", ["2101.00001", "arXiv:hep-th/9901001",
                                  "https://arxiv.org/abs/2101.00001",
                                  "10.48550/arXiv.2101.00001"])
def test_arxiv_source_is_read_as_latex(text: str, options: ArticleOptions) -> None:
    opened = open_article(text, options)
    assert (opened.source.kind, opened.source.service) == ("latex", "arxiv")
    assert opened.document.marked[0].keys == ("berman2000",)
    assert opened.document.path == text


def test_openalex_landing_page_when_europepmc_has_no_copy(options: ArticleOptions) -> None:
    opened = open_article("10.1000/html.1", options)
    source = opened.source
    assert (source.kind, source.service, source.licence) == ("html", "openalex", "cc-by")
    assert source.url.endswith("/web/landing")
    assert opened.document.entry_keys == ("ref-1", "ref-2")


def test_a_url_is_the_page_itself(options: ArticleOptions, services: StandinServices) -> None:
    url = f"{services.url}/web/landing"
    opened = open_article(url, options)
    assert (opened.source.kind, opened.source.service, opened.source.url) == ("html", "web", url)


def test_no_open_full_text_names_what_was_tried(options: ArticleOptions,
                                                services: StandinServices) -> None:
    with pytest.raises(ArticleError) as caught:
        open_article("10.1000/closed.1", options)
    message = str(caught.value)
    assert message.startswith("10.1000/closed.1: no open full text found (tried: ")
    assert "Europe PMC: no record" in message and "OpenAlex: no open-access location" in message
    assert "\n" not in message
    with pytest.raises(ArticleError, match=r"arXiv: arXiv holds no such identifier"):
        open_article("0000.0000", options)
    with pytest.raises(ArticleError, match="HTTP 403"):
        open_article(f"{services.url}/web/forbidden", options)


def test_second_run_offline_reads_only_the_cache(options: ArticleOptions,
                                                 services: StandinServices) -> None:
    first = open_article("10.1000/jats.1", options)
    asked = services.total
    again = open_article("10.1000/jats.1", replace(options, offline=True))
    assert services.total == asked  # nothing asked
    assert again.document == first.document and again.source == first.source
    with pytest.raises(ArticleError, match="offline, and not in the cache"):
        open_article("2101.00001", replace(options, offline=True))


def test_requests_are_polite(options: ArticleOptions, services: StandinServices) -> None:
    open_article("10.1000/html.1", options)
    agents = {h.get("User-Agent", "") for h in services.headers}
    assert agents and all("mailto:test@example.org" in a for a in agents)
    openalex = [t for t in services.targets if t.startswith("/openalex/")]
    assert openalex and all("mailto=test%40example.org" in t for t in openalex)


def test_errors_are_not_cached(options: ArticleOptions, services: StandinServices) -> None:
    services.routes["/europepmc/PMC111/fullTextXML"] = services.routes["/web/forbidden"]
    with pytest.raises(ArticleError):
        open_article("PMC111", options)
    services.routes.pop("/europepmc/PMC111/fullTextXML")
    with pytest.raises(ArticleError, match=r"HTTP 404"):
        open_article("PMC111", options)  # asked again: a 403 is not stored


def _pdf() -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Ketamine acts fast (Berman et al., 2000).")
    pdf.cell(0, 8, "References", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Berman, R. M. (2000). Antidepressant effects. Biol. 47, 351-354.",
             new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_arxiv_pdf_when_the_source_is_unreadable(options: ArticleOptions,
                                                 services: StandinServices) -> None:
    services.routes["/arxiv/e-print/2101.00001"] = Answer(200, "application/octet-stream",
                                                          b"\x00not a known format")
    services.routes["/arxiv/pdf/2101.00001"] = Answer(200, "application/pdf", _pdf())
    opened = open_article("2101.00001", options)
    assert (opened.source.kind, opened.source.service) == ("pdf", "arxiv")
    assert opened.source.url.endswith("/arxiv/pdf/2101.00001")
    assert opened.document.entries[0].text.startswith("Berman, R. M. (2000)")


def test_a_source_without_a_bibliography_falls_back_to_the_pdf(
        options: ArticleOptions, services: StandinServices) -> None:
    tex = b"\\documentclass{article}\\begin{document}Hi \\cite{x}.\\end{document}"
    services.routes["/arxiv/e-print/2101.00001"] = Answer(200, "application/x-eprint",
                                                          gzip.compress(tex))
    services.routes["/arxiv/pdf/2101.00001"] = Answer(200, "application/pdf", _pdf())
    opened = open_article("2101.00001", options)
    assert opened.source.kind == "pdf"


def test_each_service_has_its_documented_pace() -> None:
    # arXiv: "no more than one request every three seconds" (its API terms of use).
    assert PACE["arxiv"] == (1, 3.0)
    assert PACE["openalex"][0] <= 10 and PACE["web"] == (1, 1.0)


def test_an_oversized_answer_is_not_taken(options: ArticleOptions, services: StandinServices,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.articles import fetch

    monkeypatch.setattr(fetch, "MAX_BYTES", 100)
    with pytest.raises(ArticleError, match="larger than"):
        open_article("PMC111", options)
