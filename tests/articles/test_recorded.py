"""The clients against real recorded bodies in ../shared/data/service-samples/ (see its
README); every test skips cleanly without ../shared. Nothing is copied into the project."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.articles import ArticleError, ArticleOptions, open_article
from claimcheck.articles.arxiv import feed_entry
from claimcheck.articles.europepmc import jats_licence, search_hit
from claimcheck.articles.openalex import work_links
from claimcheck.testing import StandinServices
from claimcheck.testing.routes import Answer


@pytest.fixture
def samples(shared_dir: Path) -> Path:
    folder = shared_dir / "data" / "service-samples"
    if not folder.is_dir():
        pytest.skip("no service-samples in ../shared")
    return folder


def _read(samples: Path, prefix: str) -> bytes:
    return next(samples.glob(f"{prefix}*")).read_bytes()


def test_europepmc_search_records(samples: Path) -> None:
    core = _read(samples, "europepmc-search-core-json")
    hit = search_hit(core, "pmid", "40437959")
    assert hit is not None and (hit.pmcid, hit.open_access, hit.licence) == (
        "PMC12120539", True, "cc by-nc-nd")
    closed = search_hit(core, "pmid", "39709208")
    assert closed is not None and closed.pmcid == "PMC12124214" and not closed.open_access
    bare = search_hit(core, "pmid", "39038316")  # no DOI, no full-text links
    assert bare is not None and bare.pmcid == "" and not bare.open_access
    assert search_hit(core, "doi", "10.1000/not-in-the-page") is None
    assert search_hit(_read(samples, "europepmc-search-lite-json-zero-hits"), "doi", "x") is None
    idlist = _read(samples, "europepmc-search-idlist-json")
    assert search_hit(idlist, "pmid", "40437959") is not None


def test_full_text_xml_bodies_open_as_articles(samples: Path, options: ArticleOptions,
                                               services: StandinServices) -> None:
    for pmcid, refs in (("PMC8164761", 22), ("PMC8222791", 64)):
        body = _read(samples, f"europepmc-fullTextXML-{pmcid}")
        services.routes[f"/europepmc/{pmcid}/fullTextXML"] = Answer(200, "application/xml", body)
        opened = open_article(pmcid, options)
        assert len(opened.document.references) == refs
        assert opened.source.licence == "https://creativecommons.org/licenses/by/4.0/"
        assert jats_licence(body) == opened.source.licence


def test_efetch_wrapper_at_a_url_is_unwrapped_then_refused_for_no_references(
        samples: Path, options: ArticleOptions, services: StandinServices) -> None:
    body = _read(samples, "ncbi-efetch-db-pmc-pmc-articleset")
    services.routes["/web/efetch"] = Answer(200, "text/xml", body)
    with pytest.raises(ArticleError, match="the JATS article has no ref-list entries"):
        open_article(f"{services.url}/web/efetch", options)


def test_arxiv_feeds(samples: Path) -> None:
    assert feed_entry(_read(samples, "arxiv-api-query-id_list-1605.08386-one-entry")).found
    old = feed_entry(_read(samples, "arxiv-api-query-id_list-old-style-astro-ph"))
    assert old.found
    none = feed_entry(_read(samples, "arxiv-api-query-id_list-0000.0000-no-such-id"))
    assert (none.found, none.note) == (False, "arXiv holds no such identifier")
    error = feed_entry(_read(samples, "arxiv-api-query-id_list-abc-400"))
    assert not error.found and error.note == "the API refused it (incorrect id format for abc)"
    assert feed_entry(_read(samples, "arxiv-api-query-search-testing")).found


def test_arxiv_400_feed_through_the_client(samples: Path, options: ArticleOptions,
                                           services: StandinServices) -> None:
    body = _read(samples, "arxiv-api-query-id_list-abc-400")
    services.routes["/arxiv/api/query?id_list=2101.99999&max_results=1"] = Answer(
        400, "application/atom+xml", body)
    with pytest.raises(ArticleError, match=r"the API refused it \(incorrect id format"):
        open_article("2101.99999", options)


def test_openalex_works(samples: Path) -> None:
    gold = work_links(_read(samples, "openalex-work-W2741809807"))
    assert gold is not None and gold.pmcid == "PMC5815332" and gold.arxiv_id == ""
    assert [(loc.url, loc.is_pdf, loc.licence) for loc in gold.locations] == [
        ("https://doi.org/10.7717/peerj.4375", False, "cc-by"),
        ("https://peerj.com/articles/4375.pdf", True, "cc-by")]
    closed = work_links(_read(samples, "openalex-work-W2162348455"))
    assert closed is not None and closed.locations == () and closed.pmcid == ""
    assert work_links(_read(samples, "openalex-400-invalid-select-field-error-body")) is None


def test_openalex_pmcid_leads_to_europepmc(samples: Path, options: ArticleOptions,
                                           services: StandinServices) -> None:
    services.routes["/openalex/works/doi:10.7717/peerj.4375"] = Answer(
        200, "application/json", _read(samples, "openalex-work-W2741809807"))
    services.routes["/europepmc/PMC5815332/fullTextXML"] = services.routes[
        "/europepmc/PMC111/fullTextXML"]
    opened = open_article("10.7717/peerj.4375", replace(options))
    assert (opened.source.service, opened.source.kind) == ("europepmc", "jats")


def test_publisher_page_by_url(samples: Path, options: ArticleOptions,
                               services: StandinServices) -> None:
    services.routes["/web/peerj"] = Answer(200, "text/html; charset=utf-8",
                                           _read(samples, "publisher-html-peerj"))
    opened = open_article(f"{services.url}/web/peerj", options)
    assert len(opened.document.entries) == 52 and opened.source.kind == "html"
