"""Plain text and Markdown: finds the reference list, splits it into entries, keeps the body.

The list starts after the last heading that names it (References, Bibliography, Literature
Cited, Works Cited, ...); without one, it is the last run of reference-like lines. It ends at
the next heading or back-matter paragraph (Conflict of Interest, Publisher's Note, ...).
Entries broken by PDF extraction (page breaks, blank lines, wrapped lines) are joined back.
"""

from __future__ import annotations

import re

from claimcheck.ingest.interface import Document, InputError, RawEntry

_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:[0-9IVX]+\.?\s+)?"
    r"(?:references?(?:\s+(?:and\s+notes|cited|list))?|bibliography|literature\s+cited"
    r"|works\s+cited|cited\s+literature|reference\s+list|sources)"
    r"\s*:?\s*(?:\*\*|__)?\s*$",
    re.IGNORECASE,
)
_BACK_MATTER = re.compile(
    r"^\s*(?:#{1,6}\s*|\*\*|__)?\s*(?:conflicts?\s+of\s+interest|competing\s+interests?"
    r"|publisher'?s\s+note|copyright\b|acknowledge?ments?|funding|author\s+contributions"
    r"|supplementary\s+material|appendix|data\s+availability|ethics\s+statement"
    r"|abbreviations|figure\s+legends?|tables?\b)",
    re.IGNORECASE,
)
_MARKER = re.compile(r"^\s*(?:[-*•]\s+|\[\d{1,5}\]\s*|\d{1,5}[.)]\s+)")
_NUMBERED = re.compile(r"^\s*(?:\[\d{1,5}\]|\d{1,5}[.)])\s*")
_BULLET = re.compile(r"^\s*[-*•]\s+")
_PAGE_FURNITURE = re.compile(
    r"^\s*(?:\d{1,4}|page \d+(?: of \d+)?|.*\bwww\.\S+.*\|.*|.*\|\s*(?:volume|vol\.?)\s+\d+.*)\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d{2}[a-z]?\b")
# A new author-led entry: "Smith, J.", "Smith J", "aan het Rot, M.", "deVerteuil, R. L.",
# "World Health Organization [WHO] (2019)".
_NAME = r"[A-Z\u00c0-\u024f][\w'’\u00c0-\u024f-]+"
# A family name may carry particles before or inside it ("aan het Rot", "Le Moal",
# "Bermúdez de Castro", "deVerteuil"), then initials, a comma, "and" or "et al.".
_PARTICLES = r"(?:(?:[A-Za-z]{1,4}\s){0,3}|[a-z]{1,3}(?=[A-Z]))"
_AUTHOR_START = re.compile(
    # one family name: "Smith, J.", "Smith JA", "Smith and Jones", "Smith et al."
    rf"^{_PARTICLES}{_NAME}"
    r"(?:,\s*[A-Z\u00c0-\u024f]|\s+[A-Z]{1,3}\b|\s+(?:and|&)\s|,?\s+et al)"
    # several words ("Le Moal E", "Bermúdez de Castro, J."): only with initials after them,
    # so that a wrapped title line ("Further Pharmacologic Studies and ...") is not a start
    rf"|^{_PARTICLES}{_NAME}(?:\s+(?:[a-z]{{1,4}}\s+){{0,2}}{_NAME}){{1,2}}"
    r"(?:,\s*[A-Z]{1,3}\.|\s+[A-Z]{1,3}[,.\s])"
)
# An organisation or group: "World Health Organization [WHO] (2019)", "R Core Team.",
# "1000 Genomes Project Consortium,".
_ORG = r"^[A-Z0-9][\w'’-]*(?:\s+[A-Z][\w'’-]+)+(?:\s*\[[^\]]+\])?\s*[.(,]"
_ORG_START = re.compile(_ORG)
# In a wrapped list a capitalised run is often a journal or title ("Trends Neurosci."): there
# an organisation starts an entry only with its year right after it.
_ORG_WITH_YEAR = re.compile(_ORG + r"\s*\(?(?:1[5-9]|20)\d{2}")


def split_document(text: str, path: str = "<text>") -> Document:
    """Body and reference entries of an article; InputError when no list can be found."""
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    lines = text.split("\n")
    start = _list_start(lines)
    if start < 0:
        raise InputError(f"{path}: no reference list found (no References heading or list)")
    heading = start - 1 if _HEADING.match(lines[start - 1] if start else "") else start
    body = "\n".join(lines[:heading]) + ("\n" if heading else "")
    entries = _entries(lines, start)
    if not entries:
        raise InputError(f"{path}: the reference list is empty")
    return Document(path=path, text=text, body=body, entries=entries, references_line=heading + 1)


def _list_start(lines: list[str]) -> int:
    """Index of the first line after the last reference heading, or of the trailing list."""
    for i in range(len(lines) - 1, -1, -1):
        if _HEADING.match(lines[i]) and _has_entries_after(lines, i + 1):
            return i + 1
    return _trailing_list_start(lines)


def _has_entries_after(lines: list[str], start: int) -> bool:
    following = [ln for ln in lines[start : start + 40] if ln.strip()]
    return any(_YEAR.search(ln) for ln in following[:5])


def _trailing_list_start(lines: list[str]) -> int:
    """Start of the last run of lines that look like references (a year, a name or number)."""
    start = -1
    count = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if _looks_like_reference(line):
            start, count = i, count + 1
        elif count >= 3:
            break
        else:
            start, count = -1, 0
    return start if count >= 3 else -1


def _looks_like_reference(line: str) -> bool:
    content = _MARKER.sub("", line)
    return bool(_YEAR.search(line)) and bool(
        _NUMBERED.match(line) or _AUTHOR_START.match(content) or _ORG_START.match(content)
    )


def _entries(lines: list[str], start: int) -> tuple[RawEntry, ...]:
    pieces = _pieces(lines, start)
    numbered = sum(1 for _, text in pieces if _NUMBERED.match(text)) > len(pieces) // 2
    # One entry per line (most lines look like a whole reference), or entries wrapped over
    # several lines, as PDF extraction gives them: there only an author-led line starts one.
    per_line = sum(1 for _, text in pieces if _looks_like_reference(text)) >= 0.8 * len(pieces)
    merged: list[tuple[int, str]] = []
    for line_no, text in pieces:
        if merged and _continues(merged[-1][1], text, numbered, per_line):
            merged[-1] = (merged[-1][0], _join(merged[-1][1], _MARKER.sub("", text)))
        else:
            merged.append((line_no, text))
    return tuple(
        RawEntry(text=_strip_bullet(text), index=i, line=line_no)
        for i, (line_no, text) in enumerate(merged, 1)
    )


def _pieces(lines: list[str], start: int) -> list[tuple[int, str]]:
    """Candidate entries: list items, or lines, with the line where each starts (1-based)."""
    pieces: list[tuple[int, str]] = []
    for i in range(start, len(lines)):
        line = lines[i].strip()
        if not line or _PAGE_FURNITURE.match(line):
            continue
        if pieces and (_BACK_MATTER.match(line) or line.startswith("#")):
            break
        pieces.append((i + 1, line))
    return pieces


def _continues(previous: str, text: str, numbered: bool, per_line: bool) -> bool:
    """Whether `text` carries on the entry `previous` (a wrapped line or a page break)."""
    if numbered:
        return not _NUMBERED.match(text)
    content = _MARKER.sub("", text)
    if _BULLET.match(text):  # a list item starts an entry, unless a page break cut it in two
        return _cut_item(previous, content)
    # After a comma, "and" or a hyphen, or from a bare initial ("L., Charney, D. S."), the
    # same entry goes on: an author list or a title wrapped at the line end.
    wrapped = re.search(r"(?:[,;:&(\[-]|\band|\bin)\s*$", previous)
    if wrapped or re.match(r"[A-Z]\.[\s,-]", content):
        return True
    organisation = (_ORG_START if per_line else _ORG_WITH_YEAR).match(content)
    if _AUTHOR_START.match(content) or organisation:
        return False
    if content[:1].islower() or not _YEAR.search(content):
        return True
    # A line with a year after an entry that has ended is a new entry when the list has one
    # entry per line; in a wrapped list it is the tail of the entry ("... 67, 139-145.").
    return not per_line


_INITIALS_START = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+")  # "J. P. Collman."
_COMPLETE = re.compile(r"\b10\.\d{4,9}/\S+|\d+\s*[-–]\s*\d+|\d+:\s?[A-Za-z]?\d+")


def _cut_item(previous: str, content: str) -> bool:
    """A list item that is the rest of the previous one: it starts in lower case, or it does
    not start like an entry while the previous one has neither pages nor a DOI yet."""
    if _AUTHOR_START.match(content) or _ORG_START.match(content):
        return False
    if content[:1].islower():
        return True
    return not _INITIALS_START.match(content) and not _COMPLETE.search(previous)


def _join(previous: str, text: str) -> str:
    if previous.endswith("-") and text[:1].islower() and not previous.endswith(" -"):
        return previous[:-1] + text  # a word hyphenated at the line end
    return f"{previous} {text}"


def _strip_bullet(text: str) -> str:
    return re.sub(r"^\s*[-*•]\s+", "", text).strip()
