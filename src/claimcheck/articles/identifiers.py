"""What an article argument names: a DOI, a PMCID, a PMID, an arXiv id, or a URL.

Forms (case-insensitive prefixes): `10.xxxx/...`, `doi:10...`, `https://doi.org/10...`;
`PMC1234567`, `pmcid:PMC...`, PMC and Europe PMC article URLs; `pmid:123`, a bare number,
PubMed URLs; `2101.00001`, `2101.00001v2`, `arXiv:hep-th/9901001`, `https://arxiv.org/abs/...`
(also `/pdf/` and `/html/`); any other `http(s)://` URL. arXiv id forms follow
https://info.arxiv.org/help/arxiv_identifier.html (YYMM.NNNN[N] since 2007, archive/YYMMNNN
before). A DOI of arXiv's own (10.48550/arXiv.ID) is read as the arXiv id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from claimcheck.text import normalize_doi

_ARXIV_ID = r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)"
_ARXIV = re.compile(rf"^(?:arxiv:\s*)?{_ARXIV_ID}$", re.IGNORECASE)
_ARXIV_URL = re.compile(rf"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/{_ARXIV_ID}"
                        r"(?:\.pdf)?/?$", re.IGNORECASE)
_DOI = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)
_PMCID = re.compile(r"^(?:pmcid:\s*)?(PMC\d{1,9})$", re.IGNORECASE)
_PMC_URL = re.compile(r"^https?://(?:www\.ncbi\.nlm\.nih\.gov/pmc|pmc\.ncbi\.nlm\.nih\.gov|"
                      r"(?:www\.)?europepmc\.org/(?:article/PMC|abstract/PMC))/(?:articles/)?"
                      r"(PMC\d{1,9})/?$", re.IGNORECASE)
_PMID = re.compile(r"^(?:pmid:\s*)?(\d{1,9})$", re.IGNORECASE)
_PMID_URL = re.compile(r"^https?://(?:pubmed\.ncbi\.nlm\.nih\.gov|www\.ncbi\.nlm\.nih\.gov/"
                       r"pubmed|(?:www\.)?europepmc\.org/(?:article|abstract)/MED)/(\d{1,9})/?$",
                       re.IGNORECASE)
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Identifier:
    """An article argument read: `kind` doi | pmcid | pmid | arxiv | url; `value` normalised
    (DOI lower-cased, "PMC123" upper-cased, an arXiv id as printed, a URL as given)."""

    kind: str
    value: str
    text: str  # as the user wrote it


def _arxiv(value: str, text: str) -> Identifier:
    return Identifier("arxiv", value, text)


def parse_identifier(text: str) -> Identifier | None:
    """The identifier `text` names, or None when it is none of the forms (a file name)."""
    text = text.strip()
    if match := _ARXIV.match(text) or _ARXIV_URL.match(text):
        return _arxiv(match.group(1), text)
    if match := _DOI.match(text):
        doi = str(normalize_doi(unquote(match.group(1))))
        arxiv = _ARXIV_DOI.match(doi)
        if arxiv and _ARXIV.match(arxiv.group(1)):
            return _arxiv(arxiv.group(1), text)
        return Identifier("doi", doi, text)
    if match := _PMCID.match(text) or _PMC_URL.match(text):
        return Identifier("pmcid", match.group(1).upper(), text)
    if match := _PMID.match(text) or _PMID_URL.match(text):
        return Identifier("pmid", match.group(1), text)
    parts = urlsplit(text)
    if parts.scheme in ("http", "https") and parts.netloc:
        return Identifier("url", text, text)
    return None
