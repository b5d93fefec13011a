"""Page furniture inside a reference list copied from a PDF: lines that belong to no entry.

A page number ("12", "- 12 -", "Page 3 of 9", "3 / 9"), a rule of dashes, a journal's footer line
("www.x.org | Volume 12"), and a running header: a line repeated on every page. A repeated line
is a header only when the repetition looks like pages: next to a page number or a blank line,
or at regular intervals (no gap more than twice another). A wrapped tail that recurs by chance
("Cambridge University Press.") does neither, and a whole reference printed twice is kept.
Other repeated lines are left to the segmenter, which never lets one start an entry alone in
a list of one reference a line.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict

from claimcheck.ingest.starts import strong_start
from claimcheck.vocabulary import YEAR_DIGITS

# a page number as printed: "12", "- 12 -", "Page 3 of 9", "3 / 9", "Page 3"
PAGE_NUMBER = r"[-–—]?\s*\d{1,4}\s*[-–—]?|(?:page\s+)?\d{1,4}\s+(?:/|of)\s+\d{1,4}|page\s+\d+"
_FURNITURE = re.compile(
    rf"^(?:{PAGE_NUMBER}|[-–—_=*.\s]{{3,}}|.*\|\s*(?:volume|vol\.?)\s+\d+.*)$",
    re.IGNORECASE,
)
# the same without the footer line, for a line without a bar: `.*\|` reads the whole line
# before it fails, and most lines are an entry's (10,000 of them: ~0.02 s)
_UNBARRED = re.compile(rf"^(?:{PAGE_NUMBER}|[-–—_=*.\s]{{3,}})$", re.IGNORECASE)


# A running head printed once in capitals with its page number at one edge, nothing else: no
# stop, comma, colon or bracket, two words or more ("PRINT AND POPULAR CULTURE 217", "218
# NOTES AND BIBLIOGRAPHY"); a reference's line in capitals has its marks ("SILVA, J.",
# "85 J. AM. STAT. ASS'N 398"), and a year is no page number ("WORLD BANK 2019")
_CAPS = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'’&-]+(?:\s+[A-Z\u00c0-\u00de'’&-]+)+"
_CAPS_HEAD = re.compile(rf"^(?:(?P<lead>\d{{1,4}})\s+{_CAPS}|{_CAPS}\s+(?P<end>\d{{1,4}}))$")
_YEAR_NUMBER = re.compile(rf"^{YEAR_DIGITS}$")
# A reference's line in capitals: three words in capitals or more, half its words, and a
# comma, colon, stop or bracket ("RONALD DWORKIN, TAKING RIGHTS SERIOUSLY 22 (1977).");
# a word of three capitals at least, not initials ("JA,", "H.L.A.")
_CAPS_WORD = re.compile(r"^[A-Z\u00c0-\u00de]{3}[A-Z\u00c0-\u00de'’&.-]*[,.:;]?$")
_MARKS = frozenset(",.:;()")
_CAPS_LINES = 2  # lines in capitals with marks that show a list printing its text so
# A publisher's download stamp: "Downloaded from https://... by guest on 12 May 2023",
# "... at UNIV OF SHEFFIELD on May 5, 2023"; not a data reference's access note, which
# is its entry's ("Downloaded from data.census.gov by the authors on 3 March 2020.")
_DOWNLOADED = re.compile(
    r"^Downloaded from\s+\S+\s+(?:by guest|at [A-Z][A-Z .&'’-]+)\s+on\s")


def is_page_furniture(line: str) -> bool:
    """A page number, a rule, a footer line, a running head in capitals beside its page
    number, a download stamp: furniture wherever it stands."""
    if "|" not in line:  # neither a footer line nor an address then a bar
        return bool(_UNBARRED.match(line)) or capitals_head(line) or bool(_DOWNLOADED.match(line))
    return bool(_FURNITURE.match(line)) or link_then_bar(line) or capitals_head(line) or bool(
        _DOWNLOADED.match(line))


def capitals_head(line: str) -> bool:
    """A running head in capitals and its page number (`_CAPS_HEAD`), not a year."""
    found = _CAPS_HEAD.match(line)
    return found is not None and not _YEAR_NUMBER.match(found.group("lead") or found.group("end"))


def capitals_text(lines: list[str]) -> set[int]:
    """Indexes of lines `capitals_head` reads as a running head that the list shows to be
    its own text: in a list printing other lines in capitals with a reference's marks (a law
    list's books and rules in small capitals: "MODEL PENAL CODE 2" beside "RONALD DWORKIN,
    TAKING RIGHTS SERIOUSLY 22 (1977)."), or before a line opening with a bracket (a title in
    capitals wrapped before its date: "... THE CONSTITUTION 14" / "(2009).")."""
    heads = [k for k, line in enumerate(lines) if capitals_head(line)]
    if heads and sum(1 for line in lines if _marked_capitals(line)) >= _CAPS_LINES:
        return set(heads)
    return {k for k in heads if k + 1 < len(lines) and lines[k + 1].startswith("(")}


def _marked_capitals(line: str) -> bool:
    words = line.split()
    capitals = sum(1 for word in words if _CAPS_WORD.match(word))
    return capitals >= 3 and 2 * capitals >= len(words) and any(c in _MARKS for c in line)


# A site's address, later a bar: "Downloaded from www.x.org | 12 May 2020". Found by a search
# and a test, not one pattern: ".*www\.\S+.*\|" tried every split of the line (its cube).
_WWW = re.compile(r"\bwww\.\S", re.IGNORECASE)


def link_then_bar(line: str) -> bool:
    """The line prints a site's address and, after it, a bar (a PDF's download footer)."""
    link = _WWW.search(line) if "|" in line else None  # most lines have no bar: no search
    return link is not None and "|" in line[link.end():]


_LONE_NUMBER = re.compile(r"^[-–—]?\s*(\d{1,4})\s*[-–—]?$")
_YEAR_ALONE = re.compile(rf"^{YEAR_DIGITS}$")


def years_alone(lines: list[str]) -> set[int]:
    """Indexes of lines that are a year alone ("1997") and no page number: the end of an
    entry whose year the wrap put on a line of its own ("..., New York:" / "1997"). A page
    number in that range comes with the list's other page numbers near it in value."""
    numbers = Counter(int(found.group(1)) for line in lines if (found := _LONE_NUMBER.match(line)))
    out: set[int] = set()
    for i, line in enumerate(lines):
        if _YEAR_ALONE.match(line):  # linear: each looks at the 20 values around it
            value = int(line)
            if not any(numbers[value + d] for d in range(-10, 11) if d):
                out.add(i)
    return out


def repeated_lines(lines: list[str]) -> dict[str, list[int]]:
    """Stripped lines of 8 characters or more that occur twice or more, with where they are."""
    where: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if len(line) >= 8:
            where[line].append(i)
    return {line: places for line, places in where.items() if len(places) >= 2}


def running_headers(lines: list[str], repeats: dict[str, list[int]]) -> set[str]:
    """The repeated lines that repeat as a page header or footer does. A line without a
    letter ("100-108.", a page range that recurs in a long list) is no header: page numbers
    alone are `is_page_furniture`'s."""
    return {line for line, places in repeats.items()
            if not strong_start(line) and not _closes_more(line) and _lettered(line)
            and _paged(lines, places)}


def _lettered(line: str) -> bool:
    """The line has a letter: a header names a journal, a title, a section."""
    return any(char.isalpha() for char in line)


def _closes_more(line: str) -> bool:
    """The line closes a bracket it did not open ("INSPIRE].", "2015)."): the tail of a
    wrapped entry that recurs, not a header, which is whole in itself."""
    return line.count("]") > line.count("[") or line.count(")") > line.count("(")


def _paged(lines: list[str], places: list[int]) -> bool:
    beside = sum(1 for i in places if any(_break(lines, j) for j in (i - 1, i + 1)))
    if 2 * beside >= len(places):
        return True
    gaps = [b - a for a, b in itertools.pairwise(places)]
    return len(places) >= 3 and min(gaps) >= 5 and max(gaps) <= 2 * min(gaps)


def _break(lines: list[str], j: int) -> bool:
    """Line j is blank or a page number (the edge of a page), or lies outside the list."""
    return not 0 <= j < len(lines) or not lines[j] or is_page_furniture(lines[j])
