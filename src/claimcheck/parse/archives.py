"""A manuscript cited in an archive: the archive is no publisher, its shelfmark no volume.

Humanities notes cite unpublished papers by where they are kept: "Kew, National Archives, FO
371/24363", "Bundesarchiv, Berlin, R 43/816", "México, Archivo General de la Nación, leg. 1563",
"Roma, Archivio Centrale dello Stato, b. 4791", "Archives nationales, Paris, F/7/9558". The
tagger reads the archive as a publisher or a journal, its town as the place of publication and
the shelfmark as a volume. When a part of the note (between commas) names an archive and a part
at most two away is a shelfmark ("FO 371/94", "MS 1234"; a bundle's number, "leg. 1563", "b.
4791", "fasc. 12", only with a town beside the archive's name and no volume between, since an
Italian journal prints "Archivio Storico Italiano, 150, fasc. 2"), those parts and a town's name
right beside them are the archival reference: a container, volume, issue, publisher or place
read inside them (as whole words, and printed nowhere else in the note) is dropped (a work kept
in an archive was not published there), and a title read inside them gives way to the quoted
title printed before them.
"""

from __future__ import annotations

import re
from itertools import pairwise

ARCHIVE = re.compile(r"\b(?:\w*[Aa]rchiv(?:e|es|o|io|um)?|Record Office|Staatsbibliothek)\b")
# "R 43/816", "FO 371/94", "R 43 II/1234", "F/7/9558", "MS 1234", "Add MS 4567": a shelfmark
# no journal prints
_SHELFMARK = re.compile(
    r"(?:[A-Z]{1,4}\s?\d+(?:\s[IVX]+)?/\d+|[A-Z]{1,3}(?:/\d+){1,3}|(?:Add\.?\s)?MSS?\.?\s?\d+)\b")
# "leg. 1563", "b. 4791", "busta 3", "fasc. 12", "fol. 3": a bundle's or folder's number, which
# an Italian or Spanish journal's issue may print too ("Archivio Storico Italiano, 150, fasc.
# 2"): an archive only with its town beside its name and no volume between
_BUNDLE = re.compile(r"(?:leg|b|fasc|busta|fol|cod|cart)\.?\s?\d+\b", re.IGNORECASE)
# A town beside the archive: one to three capitalised words, no digits
_TOWN = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}")
# a quoted title before the archival reference ("‘Cabinet Minutes’, 1940, London, ...")
_QUOTED = re.compile(r"[‘“«]([^‘’“”«»]{4,})[’”»]")
_DROPPED = ("container", "volume", "issue", "publisher", "location")


def archived_out(fields: dict[str, str], text: str) -> dict[str, str]:
    """The rule above: the fields read inside the archival reference, emptied."""
    found = _archival_span(text)
    if found is None:
        return fields
    # (offsets, not the parts joined again: a note need not print ", " between them)
    span, outside = text[found[0]:found[1]], text[:found[0]] + " " + text[found[1]:]
    out = dict(fields)
    for name in _DROPPED:
        value = fields.get(name, "").strip(" ,.")
        # whole words of the reference ("3" is none of "FO 371/24363"; "816" of "R 43/816"
        # is), printed nowhere else ("CAB 65/13; cf. ..., Historical Journal, 13 (1970)")
        token = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")
        if value and token.search(span) and not token.search(outside):
            del out[name]
    title = fields.get("title", "").strip(" ,.")
    quoted = _QUOTED.findall(text[: found[0]])
    if title and title in span and quoted:  # the tagger took the archive for the title
        out["title"] = quoted[-1].strip(" ,.")
    return out


def _archival_span(text: str) -> tuple[int, int] | None:
    """Where the archival reference stands in `text`: its parts between commas, from the
    first to the last (their spaces left out), or None."""
    cuts = [-1, *(i for i, c in enumerate(text) if c == ","), len(text)]
    raw = [(a + 1, b) for a, b in pairwise(cuts)]
    parts = [text[a:b].strip() for a, b in raw]
    archives = [i for i, p in enumerate(parts) if ARCHIVE.search(p)]
    pairs = [(a, m) for a in archives for m in range(max(0, a - 2), min(len(parts), a + 3))
             if _shelfmark(parts, a, m)]
    if not pairs:
        return None
    first, last = min(pairs[0]), max(pairs[0])
    if first > 0 and _TOWN.fullmatch(parts[first - 1]) and not ARCHIVE.search(parts[first - 1]):
        first -= 1
    if last + 1 < len(parts) and _TOWN.fullmatch(parts[last + 1].rstrip(". ")):
        last += 1
    start, end = raw[first][0], raw[last][1]
    whole = text[start:end]
    return start + len(whole) - len(whole.lstrip()), end - len(whole) + len(whole.rstrip())


def _shelfmark(parts: list[str], archive: int, at: int) -> bool:
    mark = parts[at].rstrip(". ")
    if _SHELFMARK.fullmatch(mark):
        return True
    if not _BUNDLE.fullmatch(mark):
        return False
    between = parts[min(archive, at) + 1: max(archive, at)]
    beside = [parts[i] for i in (archive - 1, archive + 1) if 0 <= i < len(parts)]
    return not any(p.isdigit() for p in between) and any(
        _TOWN.fullmatch(p) and not ARCHIVE.search(p) for p in beside)
