"""Europe PMC's REST API: the only module that knows its URLs and its JSON.

- `/search?query=...&resultType=core&format=json` finds the PMCID of a DOI (`DOI:"..."`) or a
  PMID (`EXT_ID:123 AND SRC:MED`). A search that matches nothing is a 200 with
  `hitCount: 0`, not a 404. Records carry `pmcid` ("PMC123"), `isOpenAccess` ("Y"/"N") and,
  for some, `license` ("cc by") (https://europepmc.org/RestfulWebService).
- `/{PMCID}/fullTextXML` is the bare JATS `<article>`; it answers 404 for an article outside
  the open full-text set (ropensci/europepmc#37), which is "not open", not an error.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote


@dataclass(frozen=True, slots=True)
class Hit:
    pmcid: str  # "" when Europe PMC knows the work but holds no PMC copy
    open_access: bool
    licence: str


def search_url(base: str, kind: str, value: str) -> str:
    """The search for a DOI or a PMID, asking for full records (they carry the licence)."""
    query = f'DOI:"{value}"' if kind == "doi" else f"EXT_ID:{value} AND SRC:MED"
    return f"{base}/search?query={quote(query)}&resultType=core&format=json&pageSize=5"


def full_text_url(base: str, pmcid: str) -> str:
    return f"{base}/{pmcid}/fullTextXML"


def _records(body: bytes) -> list[dict[str, Any]]:
    try:
        data = json.loads(body)
    except ValueError:
        return []
    results = data.get("resultList", {}).get("result") if isinstance(data, dict) else None
    return [r for r in results if isinstance(r, dict)] if isinstance(results, list) else []


def search_hit(body: bytes, kind: str, value: str) -> Hit | None:
    """The record for the DOI or PMID asked (a record for another work is ignored), else None."""
    field = "doi" if kind == "doi" else "pmid"
    for record in _records(body):
        if str(record.get(field, "")).lower() == value.lower():
            return Hit(pmcid=str(record.get("pmcid") or ""),
                       open_access=record.get("isOpenAccess") == "Y",
                       licence=str(record.get("license") or ""))
    return None


def jats_licence(data: bytes) -> str:
    """The licence a JATS article states: its `ali:license_ref` or `license/@xlink:href`."""
    head = data[:200_000].decode("utf-8", "replace")
    match = re.search(r"<(?:ali:)?license_ref[^>]*>\s*([^<\s]+)\s*<", head) or re.search(
        r"<license\b[^>]*xlink:href=\"([^\"]+)\"", head)
    return match.group(1) if match else ""
