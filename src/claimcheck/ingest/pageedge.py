"""A page's edge inside a reference list copied from a PDF: a header printed once, kept.

A running header that recurs is `furniture`'s; a list that spans one page break prints its
header only once, beside the page number. So a lone page number marks a page's edge, and
the short lines next to it (two at most on each side) shaped as a header are marked, only
inside an entry (the line before did not end one):

- all in capitals, two words of three letters at least ("PHYSICAL REVIEW B 108, 115402
  (2023)"), no initial with its stop (a name: "SILVA, J. A.;"), no final stop or comma;
- a journal's line for the article itself with a page count ("ApJ, 951:12 (18pp), 2023");
- a journal's line (a name, then only numbers: a year and two more, "Angew. Chem. Int. Ed.
  2021, 60, 2–12") without a final stop in a list whose entries end with one.

A marked line is never dropped: a real line may have these shapes, so it is kept in the
entry before it (`layout.Line.no_start`) and only never starts one. A sure start
(`strong_start`) is never marked but in capitals. Between two entries a header shaped
line may be an entry of its own (a convention's or a law journal's name above a page
number, "Universal Declaration of Human Rights" / "21"): attached, it would be merged, so it
is left to the segmenter.
"""

from __future__ import annotations

import re

from claimcheck.ingest.furniture import PAGE_NUMBER
from claimcheck.ingest.starts import NUMBER_START, OPEN_END, strong_start
from claimcheck.vocabulary import YEAR_DIGITS

_PAGE_NUMBER = re.compile(rf"^(?:{PAGE_NUMBER})$", re.IGNORECASE)
_LINK_END = re.compile(r"(?:https?://|www\.|doi:|\b10\.\d{4,9}/)\S*$", re.IGNORECASE)
_REACH = 2  # header lines on each side of a page number
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\s?\.|,\s*[^\W\d_](?:\s|$)")
_PAGE_COUNT = re.compile(r"\(\d{1,4}\s?pp\.?\)")
_YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")
_NUMBER = re.compile(r"\d+")
_FIRST_WORD = re.compile(r"[^\W\d_]{3,}")
# a journal name's words, each after a space, a stop or an "&" ("Proc. Natl. Acad. Sci. U.S.A.")
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:(?:[.,]?\s+|\.|\s&\s)[^\W\d_]+)*[.,]?\s*")
_LOCATOR_WORD = re.compile(r"\b(?:pp?|vol|no|nr|art|ch|sec)\b\.?", re.IGNORECASE)
# a word of ten letters or more before a stop: a title's end, not a journal's abbreviation
_LONG_STOPPED = re.compile(r"[^\W\d_]{10,}\.\s")
_NUMBERS_TAIL = re.compile(r"\(?\d[\d\s,;:()–—−/-]*(?:pp\.?)?")


def edge_headers(lines: list[str], furniture: set[int]) -> set[int]:
    """Indexes of the header lines at a page's edge (see the module), among stripped
    `lines` (blank ones empty) of which `furniture` are already furniture."""
    edges = [k for k in sorted(furniture) if _PAGE_NUMBER.match(lines[k])]
    if not edges:  # most lists have no page number: their habits are not read
        return set()
    stopped = _ends_stopped(lines, furniture)
    # entries that open in capitals (family names or bodies: "SILVA, João", "WORLD HEALTH
    # ORGANIZATION"): a line in capitals may be one of them, it is no header's proof
    capitals_led = sum(bool((word := _FIRST_WORD.match(line)) and word[0].isupper())
                       for k, line in enumerate(lines) if line and k not in furniture) >= 3
    out: set[int] = set()
    for k in edges:
        out |= _beside(lines, furniture, k, -1, stopped, capitals_led) | _beside(
            lines, furniture, k, 1, stopped, capitals_led)
    return out


def _beside(lines: list[str], furniture: set[int], k: int, step: int, stopped: bool,
            capitals_led: bool) -> set[int]:
    """The header-shaped lines next to the page number at k, on one side (`stopped`: the
    list's entries end with a full stop)."""
    out: set[int] = set()
    j = k + step
    while 0 <= j < len(lines) and len(out) < _REACH:
        if not lines[j] or j in furniture:
            j += step
            continue
        if not _head_shaped(lines, furniture | out | {k}, j, stopped, capitals_led):
            break
        out.add(j)
        j += step
    return out


def _head_shaped(lines: list[str], furniture: set[int], j: int, stopped: bool,
                 capitals_led: bool) -> bool:
    """Line j is shaped as a header (see the module) and stands inside an entry. Between
    two entries, a line in capitals or a journal's line may be an entry of its own ("WORLD
    HEALTH ORGANIZATION (2019) GLOBAL REPORT", "Lancet 2020; 395: 497-506")."""
    line = lines[j]
    if len(line) > 90 or OPEN_END.search(line) or NUMBER_START.match(line):
        return False  # a list number starts an entry, whatever follows it
    # a capitals header reads as names ("PHYSICAL REVIEW B 108")
    if _capitals(line) and not capitals_led:
        return _interrupts(lines, furniture, j)
    if strong_start(line):
        return False
    if (_PAGE_COUNT.search(line) and line[:1].isupper()) or (
            _journal_line(line) and stopped and not line.endswith(".")):
        return _interrupts(lines, furniture, j)
    return False


def _ended(text: str) -> bool:
    """The line may end an entry: a stop, a closing bracket, a number, or a link (a DOI or
    a web address ends many entries, whatever its last character: ".../j.envres.2018.0ab")."""
    return not OPEN_END.search(text) and (
        text[-1] in ".)]>" or text[-1].isdigit() or bool(_LINK_END.search(text)))


def _interrupts(lines: list[str], furniture: set[int], j: int) -> bool:
    """Line j stands inside an entry: the line before did not end one. (A line after it in
    lower case is no proof: "Nature 588, 7-8 (2020)" / "doi:10.1038/..." is one entry.)"""
    before = _content(lines, furniture, j, -1)
    return before is not None and not _ended(before)


def _capitals(line: str) -> bool:
    """Capitals only (every letter a capital: no script without case), two words of three
    letters at least, no initial with its stop (a name's: "SMITH, J.", "C. N. SATTERFIELD"),
    no final stop."""
    words = re.findall(r"[^\W\d_]{3,}", line)
    return (len(words) >= 2 and all(c.isupper() for c in line if c.isalpha())
            and not _INITIAL.search(line) and not line.endswith((",", ";", ".")))


def _journal_line(line: str) -> bool:
    """A journal's line for an article: a name (words, no quote, no digit), then only
    numbers, a year among them and two more ("J. Phys. Chem. C 2020, 124, 1234−1245")."""
    cut = next((i for i, char in enumerate(line) if char.isdigit() or char == "("), 0)
    name, tail = line[:cut], line[cut:]
    return (name[:1].isupper() and bool(_NAME_CHARS.fullmatch(name))
            and "," not in name.rstrip(", ") and not _LOCATOR_WORD.search(name)
            and not _LONG_STOPPED.search(name)
            and bool(_NUMBERS_TAIL.fullmatch(tail)) and bool(_YEAR.search(tail))
            and len(_NUMBER.findall(tail)) >= 3)


def _content(lines: list[str], furniture: set[int], j: int, step: int) -> str | None:
    """The next line from j (exclusive) on one side that is neither blank nor furniture."""
    j += step
    while 0 <= j < len(lines):
        if lines[j] and j not in furniture:
            return lines[j]
        j += step
    return None


def _ends_stopped(lines: list[str], furniture: set[int]) -> bool:
    """The list's entries end with a full stop: most lines before a sure start do."""
    ends = [before for k, line in enumerate(lines)
            if line and k not in furniture and (strong_start(line) or NUMBER_START.match(line))
            and (before := _content(lines, furniture, k, -1)) is not None]
    return len(ends) >= 3 and sum(e.endswith(".") for e in ends) >= 0.7 * len(ends)
