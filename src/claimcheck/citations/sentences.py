"""Splits the body into units a claim can be: sentences, table rows and headings.

Paragraphs end at blank lines, except where PDF extraction broke a sentence across a page
("ketamine\\n\\nhas emerged"): a paragraph without final punctuation followed by one that
starts in lower case continues it. Sentences end at ".", "!" or "?" followed by space and a
capital, a digit, a quote or "(", unless the word before is an abbreviation ("et al.",
"e.g.", "Fig.", "vs."), an initial ("J."), or the period sits inside a number ("0.5").
A citation printed after the period ("...mice. [12] Next", "...mice.12,13 Next") stays
with the sentence before it. Tab-separated lines and Markdown "| a | b |" lines are table
rows, one unit each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

_ABBREVIATION_TEXT = """
    al e.g eg i.e ie vs v fig figs cf ca approx no nos vol vols pp p dr mr mrs ms prof st
    eq eqs ref refs suppl resp incl jr sr inc ltd co corp sp spp var subsp ed eds ch sect
    viz nat proc natl acad sci u.s n.b"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())
_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s|\d)")
# a sentence starts with a capital, a digit, a quote or "(", or a gene-like "hPINK1", "mTOR"
_START = re.compile(r"\s+[*_]{0,3}(?:[\"“‘(]?[A-Z0-9\u00c0-\u024f]|[a-z]+[A-Z0-9])")
# superscript citation numbers glued after the full stop: "...death.74 Another"
_GLUED = re.compile(r"\d{1,3}(?:(?:[,–-][ ]?|[ ])\d{1,3})*(?=\s)")
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_FINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of the body: `kind` is sentence, row or heading; `section` its heading."""

    start: int
    end: int
    kind: str
    section: str


def split_units(body: str, groups: Sequence[tuple[int, int]] = ()) -> tuple[Unit, ...]:
    """Units in document order; `groups` are citation spans that must not be cut."""
    # Indexed by start offset: each sentence end looks up the group just after it, and a scan
    # of every group per sentence end made long articles quadratic.
    by_start: dict[int, tuple[int, int]] = {}
    for group in groups:
        by_start.setdefault(group[0], group)
    markdown = any(_MD_HEADING.match(line) for line in body.split("\n"))
    units: list[Unit] = []
    section = ""
    for kind, start, end in _blocks(body, markdown):
        if kind == "heading":
            section = _heading_text(body[start:end])
            units.append(Unit(start, end, kind, section))
        elif kind == "row":
            units.append(Unit(start, end, kind, section))
        else:
            pieces = _sentences(body, start, end, by_start)
            units.extend(Unit(s, e, "sentence", section) for s, e in pieces)
    return tuple(units)


def _blocks(body: str, markdown: bool) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of headings, table rows and paragraphs (joined across page breaks)."""
    paragraph: tuple[int, int] | None = None
    offset = 0
    for line in body.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        kind = _line_kind(line, markdown)
        if kind == "blank":
            continue
        if kind == "text" and paragraph and _continues(body, paragraph, start):
            paragraph = (paragraph[0], end)
            continue
        if paragraph:
            yield ("heading" if _is_heading(body[paragraph[0]:paragraph[1]], markdown)
                   else "text", *paragraph)
            paragraph = None
        if kind == "text":
            paragraph = (start, end)
        else:
            yield kind, start, end
    if paragraph:
        yield ("heading" if _is_heading(body[paragraph[0]:paragraph[1]], markdown)
               else "text", *paragraph)


def _line_kind(line: str, markdown: bool) -> str:
    if not line.strip():
        return "blank"
    if markdown and _MD_HEADING.match(line):
        return "heading"
    stripped = line.strip()
    pipe_row = stripped.startswith("|") and stripped.count("|") >= 2  # Markdown table
    return "row" if "\t" in stripped or pipe_row else "text"


def _continues(body: str, paragraph: tuple[int, int], start: int) -> bool:
    """The next line carries on the paragraph: same paragraph, or a sentence cut by a break."""
    if body[paragraph[1] : start].count("\n") <= 1:
        return True
    first = body[start : start + 1]
    ended = _FINAL.search(body[paragraph[0] : paragraph[1]])
    return not ended and (first.islower() or first == "(")


def _is_heading(text: str, markdown: bool) -> bool:
    """Plain text shows headings as short one-line paragraphs without final punctuation."""
    if markdown or "\n" in text.strip():
        return False
    words = text.split()
    if re.search(r"://|^\s*(?:doi|figure|fig\.|table)\b", text, re.IGNORECASE):
        return False  # "DOI: http://dx.doi.org/...", caption labels: not section titles
    return 0 < len(words) <= 12 and not _FINAL.search(text) and text.strip()[:1].isupper()


def _heading_text(text: str) -> str:
    match = _MD_HEADING.match(text)
    return re.sub(r"[*_]{2,}", "", match.group(1) if match else text).strip()


def _sentences(
    body: str, start: int, end: int, groups: Mapping[int, tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    begin = start
    for match in _END.finditer(body, start, end):
        cut = _boundary(body, match, end, groups)
        if cut is not None and cut > begin:
            yield begin, cut
            begin = _skip_space(body, cut, end)
    if begin < end and body[begin:end].strip():
        yield begin, end


def _boundary(
    body: str, match: re.Match[str], end: int, groups: Mapping[int, tuple[int, int]]
) -> int | None:
    """Where a sentence ends at this punctuation, or None when it does not end here."""
    cut = match.end()
    near = (groups.get(at) for at in range(cut, cut + 3))
    after = next((g for g in near if g is not None and g[1] <= end), None)
    if after and _START.match(body, after[1]):
        return after[1]  # the citation after the period belongs to the sentence before it
    glued = _GLUED.match(body, cut, end)
    if glued and not body[match.start() - 1 : match.start()].isdigit():
        return glued.end() if _START.match(body, glued.end()) else None
    if after or not _START.match(body, cut) or _abbreviation(body, match.start()):
        return None
    return cut


# Compiled once: re's module functions look each pattern up in its cache per call.
_LAST_WORD = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"[A-Z]|[A-Za-z](?:\.[A-Za-z])+")


def _abbreviation(body: str, dot: int) -> bool:
    if body[dot] != ".":
        return False
    word = _LAST_WORD.search(body[max(0, dot - 20) : dot])
    token = word.group(1).lstrip("(\"“[") if word else ""
    if token.lower() in _ABBREVIATIONS or token.lower() == "et al":
        return True
    return bool(_INITIALS.fullmatch(token))


def _skip_space(body: str, position: int, end: int) -> int:
    while position < end and body[position].isspace():
        position += 1
    return position
