"""OpenAlex's work record read for open full text: the PMCID, an arXiv copy, the best open
location. (`claimcheck.sources.openalex` reads the same records for abstracts; the location
fields are only needed here.)

A Work (https://docs.openalex.org/api-entities/works/work-object) has `ids.pmcid` as a URL
ending in the digits only (".../pmc/articles/5815332"), `best_oa_location` (null when closed)
with `landing_page_url`, `pdf_url` and `license` ("cc-by"), and `locations[]` of the same
shape, among them arXiv's (`landing_page_url` "https://arxiv.org/abs/ID").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from claimcheck.articles.identifiers import parse_identifier

SELECT = "id,doi,ids,best_oa_location,locations"


@dataclass(frozen=True, slots=True)
class Location:
    url: str
    is_pdf: bool
    licence: str


@dataclass(frozen=True, slots=True)
class WorkLinks:
    pmcid: str  # "PMC5815332", "" when none
    arxiv_id: str  # "", or the id of an arXiv copy
    locations: tuple[Location, ...]  # best first: the best location's page, then its PDF


def work_url(base: str, kind: str, value: str, mailto: str = "", api_key: str = "") -> str:
    """`/works/doi:...` (or `pmid:`, `pmcid:`) with the fields needed here."""
    params = {"select": SELECT, **({"mailto": mailto} if mailto else {}),
              **({"api_key": api_key} if api_key else {})}
    return f"{base}/works/{kind}:{quote(value, safe='/')}?{urlencode(params)}"


def _pmcid(ids: Any) -> str:
    url = ids.get("pmcid") if isinstance(ids, dict) else None
    match = re.search(r"(?:PMC)?(\d+)/?$", url or "", re.IGNORECASE)
    return f"PMC{match.group(1)}" if match else ""


def _arxiv(locations: list[Any]) -> str:
    for location in locations:
        found = parse_identifier(str((location or {}).get("landing_page_url") or ""))
        if found is not None and found.kind == "arxiv":
            return found.value
    return ""


def work_links(body: bytes) -> WorkLinks | None:
    """The open copies a work record names; None when the body is not a work."""
    try:
        work = json.loads(body)
    except ValueError:
        return None
    if not isinstance(work, dict) or "id" not in work:
        return None
    locations = work.get("locations")
    locations = locations if isinstance(locations, list) else []
    best = work.get("best_oa_location")
    best = best if isinstance(best, dict) else {}
    licence = str(best.get("license") or "")
    found = [Location(str(best[k]), k == "pdf_url", licence)
             for k in ("landing_page_url", "pdf_url") if best.get(k)]
    return WorkLinks(_pmcid(work.get("ids")), _arxiv(locations), tuple(found))
