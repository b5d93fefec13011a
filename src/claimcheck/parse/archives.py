"""A manuscript cited in an archive: the archive is no publisher, its shelfmark no volume.

Humanities notes cite unpublished papers by where they are kept: "Kew, National Archives,
FO 371/24363", "Bundesarchiv, Berlin, R 43/816", "México, Archivo General de la Nación,
leg. 1563", "Roma, Archivio Centrale dello Stato, b. 4791", "Archives nationales, Paris,
F/7/9558". The tagger reads the archive as a publisher or a journal, its town as the place of
publication and the shelfmark as a volume. When a part of the note (between commas) names an
archive and a part at most two away is a shelfmark, those parts and a town's name right
beside them are the archival reference: a container, volume, issue, publisher or place read
inside them is dropped (a work kept in an archive was not published there), and a title read
inside them gives way to the quoted title printed before them.
"""

from __future__ import annotations

import re

ARCHIVE = re.compile(r"\b(?:\w*[Aa]rchiv(?:e|es|o|io|um)?|Record Office|Staatsbibliothek)\b")
# "R 43/816", "FO 371/94", "R 43 II/1234", "F/7/9558", "leg. 1563", "b. 4791", "fasc. 12",
# "busta 3", "MS 1234", "Add MS 4567", "Cod. 12"
_SHELFMARK = re.compile(
    r"(?:[A-Z]{1,4}\s?\d+(?:\s[IVX]+)?/\d+|[A-Z]{1,3}(?:/\d+){1,3}|(?:leg|b|fasc|busta|fol|"
    r"Cod|cart)\.?\s?\d+|(?:Add\.?\s)?MSS?\.?\s?\d+)\b")
# A town beside the archive: one to three capitalised words, no digits
_TOWN = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}")
# a quoted title before the archival reference ("‘Cabinet Minutes’, 1940, London, ...")
_QUOTED = re.compile(r"[‘“«]([^‘’“”«»]{4,})[’”»]")
_DROPPED = ("container", "volume", "issue", "publisher", "location")


def archived_out(fields: dict[str, str], text: str) -> dict[str, str]:
    """The rule above: the fields read inside the archival reference, emptied."""
    span = _archival_span(text)
    if span is None:
        return fields
    out = dict(fields)
    for name in _DROPPED:
        value = fields.get(name, "").strip(" ,.")
        if value and value in span:
            del out[name]
    title = fields.get("title", "").strip(" ,.")
    quoted = _QUOTED.findall(text[: text.find(span)])
    if title and title in span and quoted:  # the tagger took the archive for the title
        out["title"] = quoted[-1].strip(" ,.")
    return out


def _archival_span(text: str) -> str | None:
    parts = [p.strip() for p in text.split(",")]
    archives = [i for i, p in enumerate(parts) if ARCHIVE.search(p)]
    marks = [i for i, p in enumerate(parts) if _SHELFMARK.fullmatch(p.rstrip(". "))]
    pairs = [(a, m) for a in archives for m in marks if abs(a - m) <= 2]
    if not pairs:
        return None
    first, last = min(pairs[0]), max(pairs[0])
    if first > 0 and _TOWN.fullmatch(parts[first - 1]) and not ARCHIVE.search(parts[first - 1]):
        first -= 1
    if last + 1 < len(parts) and _TOWN.fullmatch(parts[last + 1].rstrip(". ")):
        last += 1
    return ", ".join(parts[first:last + 1])
