"""A stand-in for Europe PMC, arXiv, OpenAlex and a publisher, serving small fixtures made here
in each service's documented shape (Europe PMC: europepmc.org/RestfulWebService, `resultType
=core` records with `pmcid`, `isOpenAccess`, `license`; arXiv: the API's Atom feed and a
gzipped-tar e-print; OpenAlex: a Work with `ids` and `best_oa_location`). The articles are
the project's own input fixtures (tests/fixtures/inputs/). Real recordings are read from
../shared by the tests that say so.
"""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest

from claimcheck.articles import ArticleOptions, europepmc, fetch
from claimcheck.testing import StandinServices
from claimcheck.testing.routes import Answer
from tests.conftest import REPO
from tests.ingest.test_html import PAGE

INPUTS = REPO / "tests" / "fixtures" / "inputs"
JATS = (INPUTS / "article.xml").read_bytes()
ATOM = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<title>arXiv Query</title><id>https://arxiv.org/api/x</id>
<entry><id>http://arxiv.org/abs/{id}v1</id><title>A paper</title><summary>S</summary>
<link href="https://arxiv.org/abs/{id}v1" rel="alternate" type="text/html"/></entry></feed>"""
EMPTY_FEED = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>arXiv Query</title>'
              "<id>https://arxiv.org/api/y</id></feed>")


def search(pmid: str, doi: str, pmcid: str) -> bytes:
    record = {"id": pmid, "source": "MED", "pmid": pmid, "doi": doi, "isOpenAccess": "Y",
              "inEPMC": "Y", "license": "cc by", **({"pmcid": pmcid} if pmcid else {})}
    return json.dumps({"version": "6.9", "hitCount": 1,
                       "resultList": {"result": [record]}}).encode()


def eprint() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name in ("paper.tex", "paper.bib"):
            data = (INPUTS / name).read_bytes()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def work(doi: str, landing: str) -> bytes:
    best = {"is_oa": True, "landing_page_url": landing, "pdf_url": None, "license": "cc-by"}
    return json.dumps({"id": "https://openalex.org/W1", "doi": f"https://doi.org/{doi}",
                       "ids": {"openalex": "https://openalex.org/W1"},
                       "best_oa_location": best, "locations": [best]}).encode()


def _json(body: bytes) -> Answer:
    return Answer(200, "application/json", body)


def key(url: str) -> str:
    return unquote(url)


def routes(base: str) -> dict[str, Answer]:
    epmc = "/europepmc"
    zero = json.dumps({"hitCount": 0, "resultList": {"result": []}}).encode()
    return {
        key(europepmc.search_url(epmc, "doi", "10.1000/jats.1")):
            _json(search("111", "10.1000/jats.1", "PMC111")),
        key(europepmc.search_url(epmc, "pmid", "111")):
            _json(search("111", "10.1000/jats.1", "PMC111")),
        key(europepmc.search_url(epmc, "doi", "10.1000/html.1")): _json(zero),
        key(europepmc.search_url(epmc, "doi", "10.1000/closed.1")): _json(zero),
        "/europepmc/PMC111/fullTextXML": Answer(200, "application/xml", JATS),
        "/arxiv/api/query?id_list=2101.00001&max_results=1":
            Answer(200, "application/atom+xml", ATOM.format(id="2101.00001").encode()),
        "/arxiv/api/query?id_list=hep-th/9901001&max_results=1":
            Answer(200, "application/atom+xml", ATOM.format(id="hep-th/9901001").encode()),
        "/arxiv/api/query?id_list=0000.0000&max_results=1":
            Answer(200, "application/atom+xml", EMPTY_FEED.encode()),
        "/arxiv/e-print/2101.00001": Answer(200, "application/x-eprint-tar", eprint()),
        "/arxiv/e-print/hep-th/9901001": Answer(200, "application/x-eprint-tar", eprint()),
        "/openalex/works/doi:10.1000/html.1": _json(work("10.1000/html.1",
                                                         f"{base}/web/landing")),
        "/openalex/works/doi:10.1000/closed.1": _json(json.dumps(
            {"id": "https://openalex.org/W2", "best_oa_location": None, "locations": []}
        ).encode()),
        "/web/landing": Answer(200, "text/html; charset=utf-8", PAGE.encode()),
        "/web/forbidden": Answer(403, "text/html", b"<html>Forbidden</html>"),
    }


@pytest.fixture
def quick_pace(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stand-in needs no politeness: arXiv's one request per 3 s would only slow tests
    (the real paces are checked in test_open.py)."""
    for service in fetch.PACE:
        monkeypatch.setitem(fetch.PACE, service, (1000, 1.0))


@pytest.fixture
def services(quick_pace: None) -> Iterator[StandinServices]:
    server = StandinServices()
    with server:
        server.routes.update(routes(server.url))
        yield server


@pytest.fixture
def options(services: StandinServices, tmp_path: Path) -> ArticleOptions:
    return ArticleOptions(europepmc_url=f"{services.url}/europepmc",
                          arxiv_url=f"{services.url}/arxiv",
                          openalex_url=f"{services.url}/openalex",
                          mailto="test@example.org", cache_dir=tmp_path / "cache")
