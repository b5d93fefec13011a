"""The order in which open full text is looked for, best first (issue 21):

1. JATS from Europe PMC (`/{PMCID}/fullTextXML`; a DOI or PMID finds its PMCID by search);
2. arXiv's e-print source (LaTeX with its .bbl/.bib), else its PDF;
3. OpenAlex's open copies of the work: its PMCID, an arXiv copy, the best open-access
   location's landing page (HTML), then that location's PDF;
4. for a URL, the page itself (HTML, PDF or JATS by its content type and first bytes).

`Finder.candidates` yields each text it finds and records every step that found none in
`tried`, so the caller can move on when a text is no article (an abstract-only landing page)
and can say what was tried when nothing was.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.articles import arxiv, europepmc, openalex
from claimcheck.articles.fetch import Answer, Fetcher
from claimcheck.articles.identifiers import Identifier
from claimcheck.articles.interface import ArticleOptions, FullText
from claimcheck.model import InputSource

_SUFFIX = (("html", ".html"), ("pdf", ".pdf"), ("xml", ".xml"))
_KINDS = {".html": "html", ".pdf": "pdf", ".xml": "jats"}


def page_suffix(answer: Answer) -> str:
    """The kind of a downloaded page, by its first bytes, then its content type; "" unknown."""
    head = answer.body[:2048].lstrip().lower()
    if head.startswith(b"%pdf"):
        return ".pdf"
    if b"<html" in head or head.startswith(b"<!doctype html"):
        return ".html"
    if b"<article" in answer.body[:20000] or b"<pmc-articleset" in head:
        return ".xml"
    ctype = answer.content_type.lower()
    return next((suffix for key, suffix in _SUFFIX if key in ctype), "")


class Finder:
    """Candidate full texts for one identifier, best first (see the module docstring)."""

    def __init__(self, fetcher: Fetcher, options: ArticleOptions) -> None:
        self.fetcher = fetcher
        self.options = options
        self.tried: list[str] = []
        self._pmcids: set[str] = set()
        self._arxiv_ids: set[str] = set()

    def candidates(self, ident: Identifier) -> Iterator[FullText]:
        if ident.kind == "pmcid":
            yield from self._europepmc_text(ident, ident.value, "")
        elif ident.kind in ("doi", "pmid"):
            yield from self._europepmc_search(ident)
        elif ident.kind == "arxiv":
            yield from self._arxiv(ident, ident.value)
        if ident.kind in ("doi", "pmid", "pmcid"):
            yield from self._openalex(ident)
        elif ident.kind == "url":
            yield from self._page(ident, ident.value, "web", "")

    def _get(self, url: str, service: str, accept: str, label: str) -> Answer | None:
        answer = self.fetcher.get(url, service, accept)
        if not isinstance(answer, Answer):
            self.tried.append(f"{label}: {answer.reason}")
            return None
        return answer

    def _europepmc_search(self, ident: Identifier) -> Iterator[FullText]:
        base = self.options.europepmc_url.rstrip("/")
        url = europepmc.search_url(base, ident.kind, ident.value)
        answer = self._get(url, "europepmc", "application/json", "Europe PMC search")
        if answer is None:
            return
        hit = europepmc.search_hit(answer.body, ident.kind, ident.value)
        if hit is None or not hit.pmcid:
            self.tried.append("Europe PMC: no PMC copy" if hit else "Europe PMC: no record")
            return
        yield from self._europepmc_text(ident, hit.pmcid, hit.licence)

    def _europepmc_text(self, ident: Identifier, pmcid: str, licence: str) -> Iterator[FullText]:
        if pmcid in self._pmcids:
            return
        self._pmcids.add(pmcid)
        url = europepmc.full_text_url(self.options.europepmc_url.rstrip("/"), pmcid)
        answer = self._get(url, "europepmc", "application/xml", f"Europe PMC {pmcid}")
        if answer is None:
            return
        if answer.status != 200:
            self.tried.append(f"Europe PMC: no open full text for {pmcid} "
                              f"(HTTP {answer.status})")
            return
        licence = licence or europepmc.jats_licence(answer.body)
        source = InputSource("jats", "europepmc", url, ident.text, licence)
        yield FullText(answer.body, ".xml", source)

    def _arxiv(self, ident: Identifier, arxiv_id: str) -> Iterator[FullText]:
        if arxiv_id in self._arxiv_ids:
            return
        self._arxiv_ids.add(arxiv_id)
        feed = self._get(arxiv.api_url(self.options.arxiv_url.rstrip("/"), arxiv_id), "arxiv",
                         "application/atom+xml", f"arXiv {arxiv_id}")
        if feed is None:
            return
        entry = arxiv.feed_entry(feed.body)
        if not entry.found:
            self.tried.append(f"arXiv: {entry.note} ({arxiv_id})")
            return
        files = self.options.arxiv_url.rstrip("/")
        url = arxiv.eprint_url(files, arxiv_id)
        answer = self._get(url, "arxiv", "*/*", f"arXiv source {arxiv_id}")
        sniffed = arxiv.sniff_eprint(answer.body) if answer and answer.status == 200 else None
        if sniffed is not None:
            kind = "pdf" if sniffed[1] == ".pdf" else "latex"
            yield FullText(sniffed[0], sniffed[1], InputSource(kind, "arxiv", url, ident.text))
        elif answer is not None:
            self.tried.append(f"arXiv: no readable source for {arxiv_id}")
        yield from self._page(ident, arxiv.pdf_url(files, arxiv_id), "arxiv", "")

    def _openalex(self, ident: Identifier) -> Iterator[FullText]:
        options = self.options
        url = openalex.work_url(options.openalex_url.rstrip("/"), ident.kind, ident.value,
                                options.mailto, options.openalex_api_key)
        answer = self._get(url, "openalex", "application/json", "OpenAlex")
        links = openalex.work_links(answer.body) if answer and answer.status == 200 else None
        if links is None:
            if answer is not None:
                self.tried.append(f"OpenAlex: no record (HTTP {answer.status})")
            return
        if links.pmcid:
            yield from self._europepmc_text(ident, links.pmcid, "")
        if links.arxiv_id:
            yield from self._arxiv(ident, links.arxiv_id)
        if not links.locations:
            self.tried.append("OpenAlex: no open-access location")
        for location in links.locations:
            yield from self._page(ident, location.url, "openalex", location.licence)

    def _page(self, ident: Identifier, url: str, service: str,
              licence: str) -> Iterator[FullText]:
        answer = self._get(url, "arxiv" if service == "arxiv" else "web",
                           "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8",
                           url)
        if answer is None:
            return
        suffix = page_suffix(answer) if answer.status == 200 else ""
        if not suffix:
            why = f"HTTP {answer.status}" if answer.status != 200 else "not HTML, PDF or JATS"
            self.tried.append(f"{url}: {why}")
            return
        source = InputSource(_KINDS[suffix], service, answer.url, ident.text, licence)
        yield FullText(answer.body, suffix, source)
