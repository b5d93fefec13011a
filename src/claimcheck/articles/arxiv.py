"""arXiv: the export API's Atom feed, and the e-print (source) and PDF files.

- `GET {api}/api/query?id_list=ID` answers an Atom feed (https://info.arxiv.org/help/api/
  user-manual.html). An id arXiv does not hold is a 200 with no `<entry>`; a malformed id is a
  400 whose body is itself a feed with one entry, `<id>https://arxiv.org/api/errors#...` and
  the reason in `<summary>`: that entry is an error, not a hit.
- `GET {files}/e-print/ID` is the source as submitted: a gzipped tar (several files), one
  gzipped TeX file, or the PDF for PDF-only submissions. The bytes are sniffed (gzip magic,
  then tar's `ustar` at offset 257, or `%PDF`), never trusted by name. A lone TeX file is put
  in a tar so the package reader finds it like any other.
- `GET {files}/pdf/ID` is the PDF.
"""

from __future__ import annotations

import gzip
import io
import tarfile
import zlib
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

_ATOM = "{http://www.w3.org/2005/Atom}"
_ARXIV = "{http://arxiv.org/schemas/atom}"
_MAX = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FeedEntry:
    found: bool
    note: str  # why not, when not found
    doi: str = ""  # the journal DOI arXiv records, when any


def api_url(base: str, arxiv_id: str) -> str:
    return f"{base}/api/query?id_list={arxiv_id}&max_results=1"


def eprint_url(base: str, arxiv_id: str) -> str:
    return f"{base}/e-print/{arxiv_id}"


def pdf_url(base: str, arxiv_id: str) -> str:
    return f"{base}/pdf/{arxiv_id}"


def feed_entry(body: bytes) -> FeedEntry:
    """What the API's feed says about the id asked for."""
    try:
        root = fromstring(body)
    except (ParseError, DefusedXmlException):
        return FeedEntry(False, "the API answered something that is not a feed")
    entries = root.findall(f"{_ATOM}entry")
    if not entries:
        return FeedEntry(False, "arXiv holds no such identifier")
    entry = entries[0]
    if "/api/errors" in (entry.findtext(f"{_ATOM}id") or ""):
        reason = " ".join((entry.findtext(f"{_ATOM}summary") or "error").split())
        return FeedEntry(False, f"the API refused it ({reason})")
    return FeedEntry(True, "", (entry.findtext(f"{_ARXIV}doi") or "").strip())


def _tex_package(tex: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("main.tex")
        info.size = len(tex)
        archive.addfile(info, io.BytesIO(tex))
    return buffer.getvalue()


def sniff_eprint(data: bytes) -> tuple[bytes, str] | None:
    """The e-print as (bytes, suffix for ingest): ".tar.gz" or ".pdf"; None when unknown."""
    if data.startswith(b"%PDF"):
        return data, ".pdf"
    if data[257:262] == b"ustar":
        return data, ".tar.gz"  # an uncompressed tar: tarfile reads it either way
    if not data.startswith(b"\x1f\x8b"):
        return None
    try:
        inner = gzip.decompress(data)[: _MAX + 1]
    except (OSError, EOFError, zlib.error):
        return None
    if inner[257:262] == b"ustar":
        return data, ".tar.gz"
    if inner.startswith(b"%PDF"):
        return inner, ".pdf"
    return (_tex_package(inner), ".tar.gz") if b"\\documentclass" in inner else None
