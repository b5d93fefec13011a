"""A byline's affiliation marks, no callouts (`author_lines_hidden`), and where a byline
ends (`bylines`, for `source_marks`, whose footnote rule leaves its addresses alone).

Text copied from a PDF keeps the article's front matter, and its byline prints the same
raised digits as a superscript callout: "Anna Berg1,2, Carl Dahl2 and Eva Lund1,3*". Read as
callouts they link the authors' names to the first works of the list and take the first
places of first-citation order, which the article's real callouts then seem to repeat.

An author line is a line made of names only: every word capitalised ("Berg", "M.", "J.-P.",
a degree "MD") or a particle or joining word ("van", "de", "and", "&"), with digits, commas
and note marks ("*", "†") glued to the names; at least two names carry digits, or one does
and a line next to it is an author line too (a byline wrapped); its wrapped lines together
mark from 1 up; and a line soon after opens with one of its numbers and reads as an address,
the affiliation it marks ("1 Department of ..., Oslo, Norway"). A sentence has lower-case
words ("Berg2 and Dahl6 showed"), names that a sentence wraps onto a line of their own or a
table's column ("Inventory3", "Scale4") are followed by no affiliations, and a numbered
heading or step ("3 Results", "4 Dry each sample ...") is none. The digits of author lines
are hidden (replaced by spaces, the text keeps its length) before superscripts are read.
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import NAME_PARTICLES_MORE

# a word of a byline: a capitalised name, hyphens and apostrophes kept ("Jean-Luc",
# "O'Neill"), or initials ("M.", "J.-P."); then what a byline glues to it
_NAME = re.compile(r"(?:[^\W\d_]\.)+(?:-(?:[^\W\d_]\.)+)*|[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*")
_MARKS = re.compile(r"[\d,*†‡§]*[,;]?$")
_JOINING = frozenset(
    ("and", "&", *NAME_PARTICLES_MORE, "do", "das", "della", "y", "e", "et", "bin", "al", "el")
)
# degrees a byline prints after a name, its marks glued to them ("Anna Berg MD1,2"): capitals
# that are no gene's nor formula's here
_DEGREES = frozenset(
    ("MD", "MPH", "MSc", "MS", "MA", "BA", "BSc", "MBBS", "MBChB", "MB", "ChB", "BS", "DO",
     "DDS", "DMD", "DVM", "RN", "BSN", "MSN", "DNP", "DrPH", "ScD", "DSc", "DPhil", "MPhil",
     "PhD", "PharmD", "MBA", "JD", "LLM", "FRCP", "FRCS", "FRCPC", "FRACP", "MRCP", "FACP",
     "FACC", "FAHA")
)
_GLUED_DIGIT = re.compile(r"[^\W\d_][\d]")
_AFFILIATION = re.compile(r"^[ \t]*(\d{1,2})[ \t]?[^\W\d_a-z]", re.MULTILINE)
WORD = re.compile(r"\b[^\W\d_]{2,}\b")
SOON = 2000  # the affiliations follow the byline, or close the page it opens


Byline = tuple[int, int, frozenset[int]]  # (start, end, marks): see `bylines`


def author_lines_hidden(body: str, found: list[Byline]) -> str:
    """`body` with the digits of its author lines (`found` = `bylines(body)`) replaced by
    spaces (same length)."""
    hidden = list(body)
    for start, end, _ in found:
        for at in range(start, end):
            if body[at].isdigit():
                hidden[at] = " "
    return "".join(hidden)


def bylines(body: str) -> list[Byline]:
    """The author lines of `body` as (start, end, marks), one per byline (its wrapped lines
    together). A byline's marks number its affiliations from 1 up, and each of them opens a
    line soon after it ("1 Department ..."); names a sentence wraps onto a line of their own
    ("by\nBerg3, Dahl4 and Lund5\nin ...", a table's "Inventory3\nScale4") cite later works,
    and a numbered heading or step after them ("3 Results") is no affiliation of theirs."""
    if not _GLUED_DIGIT.search(body):
        return []
    lines = body.split("\n")
    marked = [_marked_names(line) for line in lines]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    eligible = []
    for i in range(len(lines)):
        near = [marked[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        eligible.append(marked[i] >= 2 or (marked[i] == 1 and any(n >= 1 for n in near)))
    found = []
    i = 0
    while i < len(lines):
        if not eligible[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and eligible[j + 1]:
            j += 1
        text = body[starts[i] : starts[j + 1] - 1]
        marks = frozenset(int(n) for n in re.findall(r"\d+", text))
        if marks and min(marks) == 1 and _affiliations_follow(body, starts[j + 1], marks):
            found.append((starts[i], starts[j + 1] - 1, marks))
        i = j + 1
    return found


def _affiliations_follow(body: str, end: int, marks: frozenset[int]) -> bool:
    """Whether a line soon after `end` opens with one of a byline's `marks` and reads as an
    address ("1 Department of ...", "2Institute of ..."): the affiliations its digits point
    to. Names in a sentence wrapped onto a line of their own ("by\nBerg6, Dahl7 and Lund8\nin
    three ...") have none; a numbered step or heading after them is none ("6 Fix the ...")."""
    return any(int(m.group(1)) in marks and _address(body, m)
               for m in _AFFILIATION.finditer(body, end, end + SOON))


def _address(body: str, m: re.Match[str]) -> bool:
    """Whether the line `m` opens reads as an address: parts a comma separates (an institution,
    a city, a country: "1 Department of Medicine, University of Oslo, Norway"), its longer
    words more than half capitalised; not a sentence ("1 Fix the sections in cold acetone.", "3
    Results of the survey were mixed"), a numbered step, nor a heading ("2 Materials and
    Methods", "3 Results")."""
    if not body[m.end() - 1].isupper():
        return False
    end = body.find("\n", m.end())
    line = body[m.end() - 1 : end if end >= 0 else len(body)]
    words: list[str] = [w for w in WORD.findall(line) if len(w) >= 4]
    return "," in line and sum(w[0].isupper() for w in words) * 2 > len(words)


def _marked_names(line: str) -> int:
    """How many names of `line` carry digits, if every word of it is a byline's word
    (a name with its marks, initials, a particle or joining word); else -1."""
    words = line.split()
    if not words or not _GLUED_DIGIT.search(line):
        return -1
    marked = 0
    for word in words:
        core = _MARKS.sub("", word)
        if core in _JOINING or word in _JOINING:
            continue
        if not core or not core[0].isupper() or not _NAME.fullmatch(core):
            return -1
        # a name, not a gene's or a formula's capitals ("BRCA1 BRCA2", "CO2 CH4")
        if any(c.isdigit() for c in word[len(core):]):
            if not any(c.islower() for c in core) and core not in _DEGREES:
                return -1
            marked += 1
    return marked
