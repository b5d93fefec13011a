"""Marks of the source that are no callouts: a byline's affiliation marks, and footnote
markers whose note the page prints (`note_markers_hidden`).

Text copied from a PDF keeps the article's front matter, and its byline prints the same
raised digits as a superscript callout: "Anna Berg1,2, Carl Dahl2 and Eva Lund1,3*". Read as
callouts they link the authors' names to the first works of the list and take the first
places of first-citation order, which the article's real callouts then seem to repeat.

An author line is a line made of names only: every word capitalised ("Berg", "M.",
"J.-P.") or a particle or joining word ("van", "de", "and", "&"), with digits, commas and
note marks ("*", "†") glued to the names; at least two names carry digits, or one does and
a line next to it is an author line too (a byline wrapped); its wrapped lines together mark
from 1 up; and a line soon after opens with one of its numbers and reads as an address, the
affiliation it marks ("1 Department of ..."). A sentence has lower-case words ("Berg2 and
Dahl6 showed"), names that a sentence wraps onto a line of their own or a table's column
("Inventory3", "Scale4") are followed by no affiliations, and a numbered heading or step
("3 Results", "4 Dry each sample ...") is none. The digits of author lines are
hidden (replaced by spaces, the text keeps its length) before superscripts are read; so
are those of a footnote marker singled out by its printed note (see that function).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

# a word of a byline: a capitalised name, hyphens and apostrophes kept ("Jean-Luc",
# "O'Neill"), or initials ("M.", "J.-P."); then what a byline glues to it
_NAME = re.compile(r"(?:[^\W\d_]\.)+(?:-(?:[^\W\d_]\.)+)*|[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*")
_MARKS = re.compile(r"[\d,*†‡§]*[,;]?$")
_JOINING = frozenset(
    ("and", "&", "van", "von", "der", "den", "de", "da", "do", "dos", "das", "del", "della",
     "di", "du", "la", "le", "y", "e", "et", "ter", "ten", "bin", "al", "el")
)
_GLUED_DIGIT = re.compile(r"[^\W\d_][\d]")
_AFFILIATION = re.compile(r"^[ \t]*(\d{1,2})[ \t]?[^\W\d_a-z]", re.MULTILINE)
# a footnote's line: its number, a space, a capital (`_blocks` weighs the rest)
_NOTE = re.compile(r"^(\d{1,2}) (?=[^\W\d_a-z])([^\n]*)", re.MULTILINE)
# a sentence's end and the capital opening the next ("Krumholz.3 In brief", "study. The")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\d*\s+([^\W\d_])")
# a list item's sentence ended, and the paragraph's next line going on ("\nBoth held")
_FLOWS_ON = re.compile(r"(?<=[.!?])\n(?=[^\W\d_a-z])")
_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
_NUMBERS = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_SOON = 2000  # the affiliations follow the byline, or close the page it opens
_WRAPPED = 400  # how far a page's next note may start after the one before ends


def author_lines_hidden(body: str) -> str:
    """`body` with the digits of its author lines replaced by spaces (same length)."""
    hidden = list(body)
    for start, end, _ in bylines(body):
        for at in range(start, end):
            if body[at].isdigit():
                hidden[at] = " "
    return "".join(hidden)


def bylines(body: str) -> list[tuple[int, int, frozenset[int]]]:
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
               for m in _AFFILIATION.finditer(body, end, end + _SOON))


def _address(body: str, m: re.Match[str]) -> bool:
    """Whether the line `m` opens reads as an address: parts a comma parts (an institution,
    a city, a country: "1 Department of Medicine, University of Oslo, Norway"), its longer
    words mostly capitalised; not a sentence ("1 Fix the sections in cold acetone.", "3
    Results of the survey were mixed"), a numbered step, nor a heading ("2 Materials and
    Methods", "3 Results")."""
    if not body[m.end() - 1].isupper():
        return False
    end = body.find("\n", m.end())
    line = body[m.end() - 1 : end if end >= 0 else len(body)]
    words: list[str] = [w for w in _WORD.findall(line) if len(w) >= 4]
    return "," in line and sum(w[0].isupper() for w in words) * 2 >= len(words)


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
            if not any(c.islower() for c in core):
                return -1
            marked += 1
    return marked


def note_markers_hidden(body: str, original: str | None = None) -> str:
    """`body` with the digits of each footnote marker whose note the text prints replaced by
    spaces (same length). A note is a line that opens with its number, a space and a
    capital, as a PDF's page prints it at its foot, and reads as a sentence: four words
    or more and a full stop at its end, or ten words or more (a note the page wraps);
    a heading ("2 Study design and participants") has neither. Notes that follow each other
    closely, numbered on by one, are a page's block; each note's marker is the one single
    number printing it glued (to a word or a mark: "study1", "registered.1") in the
    `_SOON` characters before the block (after the block before), the markers in the
    notes' order. Every note of the block must find its marker, or none is hidden: a
    numbered list ("1 Wash the cells ...", "2 Add ...") has no markers for its items.
    Where the number is printed twice there, in any form ("CIMI1) ... história1." before
    "1 A Conferência"; "concepções 1 sobre ... deficiência1."), one of them cites; and
    a number's first appearance is a citation's ("infancy.1" before an address "1
    Department of ..." that closes the page): no marker either. No block either: the
    addresses of a byline (from `original`, its digits not yet hidden) that ends within
    `_SOON` characters before; a heading numbered on from a short heading ("2 Methods" ...
    "3 Results of the survey were mixed."); a numbered list after its lead-in (`_listed`)."""
    first: dict[str, int] = {}
    for printed in _NUMBERS.finditer(body):
        first.setdefault(printed.group(), printed.start())
    chars = None
    after = 0  # the end of the block before: a page's notes close it
    source = body if original is None else original  # the bylines, before their digits hide
    affiliations = [(end, marks) for _, end, marks in bylines(source)]
    ends = [end for end, _ in affiliations]
    blocks = _blocks(body)
    notes = {note.start() for block in blocks for note in block}
    # lines numbered as a note is but too short to be one: headings ("2 Methods"), whose
    # numbering a sentence-like heading after them continues ("3 Results of the survey ...")
    numbered = [(m.start(), int(m.group(1)), m.start() in notes) for m in _NOTE.finditer(body)]
    seen: dict[int, bool] = {}  # each number printed so far: whether once as a note
    read = 0
    for block in blocks:
        start = block[0].start()
        while read < len(numbered) and numbered[read][0] < start:
            _, n, is_note = numbered[read]
            seen[n] = seen.get(n, False) or is_note
            read += 1
        numbers = {int(note.group(1)) for note in block}
        heading = seen.get(int(block[0].group(1)) - 1) is False
        addresses = any(numbers <= affiliations[k][1] for k in range(
            bisect_left(ends, start - _SOON), bisect_right(ends, start)))
        if heading or addresses:
            after = block[-1].end()  # a heading's numbering, or a byline's addresses
            continue
        offset, after = max(after, start - _SOON), block[-1].end()
        markers = _markers(body[offset:start], offset, block, first)
        if markers is None or _listed(body, block, markers):
            continue  # a note without its marker, or a numbered list re-citing works 1, 2
        chars = chars or list(body)
        for at, note in zip(markers, block, strict=True):
            chars[at : at + len(note.group(1))] = " " * len(note.group(1))
    return "".join(chars) if chars else body


def _markers(window: str, offset: int, block: list[re.Match[str]],
             first: dict[str, int]) -> list[int] | None:
    """Each note's marker in `window` (at `offset` in the body), in the notes' order, or None
    where a note finds none (see `note_markers_hidden`)."""
    markers: list[int] = []
    for note in block:
        number = note.group(1)
        found = [offset + m.start() for m in _glued(number).finditer(window)]
        alone = len(_alone(number).findall(window))  # "concepções 1 sobre" too
        if len(found) != 1 or alone != 1 or first[number] >= found[0] or (
                markers and found[0] < markers[-1]):
            return None
        markers.append(found[0])
    return markers


def _listed(body: str, block: list[re.Match[str]], markers: list[int]) -> bool:
    """Whether `block`, its notes' markers found, is rather a numbered list in the body's
    flow, its items re-citing works 1, 2, ...: two items or more numbered from 1, right after
    a lead-in that introduces them ("... by Rider.3 In brief:", "as follows:") or a lead-in
    sentence holding every marker ("They support the rationale1 and the findings of
    Joynt,2"), or with the paragraph going on after the last item, a sentence ended, on the
    next line ("... poorest districts.\nBoth held ..."). A page's notes follow the page's
    text, their markers spread over it, and the page ends after them."""
    start = block[0].start()
    if len(block) < 2 or block[0].group(1) != "1":
        return False
    if body[:start].rstrip().endswith(":"):
        return True
    if _FLOWS_ON.match(body, block[-1].end()):
        return True
    return not any(end.group(1).isupper()
                   for end in _SENTENCE_END.finditer(body, markers[0], start))


def _blocks(body: str) -> list[list[re.Match[str]]]:
    """The notes of `body` (see `note_markers_hidden`) in blocks: a note numbered on by one
    from the one before, within `_WRAPPED` characters of its end and no blank line between
    (a note wrapped over lines), joins its block."""
    blocks: list[list[re.Match[str]]] = []
    for note in _NOTE.finditer(body):
        text, words = note.group(2), len(_WORD.findall(note.group(2)))
        if not text[:1].isupper() or words < 4 or (words < 10 and not text.rstrip().endswith(".")):
            continue
        last = blocks[-1][-1] if blocks else None
        gap = body[last.end() : note.start()] if last else ""
        if last and int(note.group(1)) == int(last.group(1)) + 1 and len(gap) < _WRAPPED \
                and "\n\n" not in gap:
            blocks[-1].append(note)
        else:
            blocks.append([note])
    return blocks


@cache
def _glued(number: str) -> re.Pattern[str]:
    """`number` alone, glued to a letter or to a mark after one ("study1", "grant.1")."""
    return re.compile(rf"(?:(?<=[^\W\d_])|(?<=[^\d\s][.,;:)\]”’])){number}(?![\d,–\-]?\d)")


@cache
def _alone(number: str) -> re.Pattern[str]:
    """`number` printed on its own in any form: glued, after a space ("concepções 1 sobre",
    a marker a PDF's text spaced), in a list; not inside a larger number or a decimal."""
    return re.compile(rf"(?<!\d)(?<!\d[.,]){number}(?!\d)(?![.,]\d)")
