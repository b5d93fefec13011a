"""Footnote markers whose note the page prints, no callouts (`note_markers_hidden`).

Text copied from a PDF keeps the notes a page prints at its foot ("1 The programme was
created in 2003 ..."), and their markers are glued to the text's words as a superscript
callout is ("the programme1 was"). A marker singled out by its printed note has its digits
hidden (spaces; the text keeps its length) before superscripts are read; the numbers of a
byline's addresses, of headings and of numbered lists in the body's flow are no notes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache, lru_cache

from claimcheck.citations.bylines import SOON, WORD, Byline, author_lines_hidden, bylines

# a footnote's line: its number, a space, a capital (`_blocks` weighs the rest)
_NOTE = re.compile(r"^(\d{1,2}) (?=[^\W\d_a-z])([^\n]*)", re.MULTILINE)
_NUMBERS = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
# glued numbers and lists as superscript callouts print them ("study1", "disease.2,3", "4–6")
_GLUED_RUN = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\d\s][.,;:)\]”’]))\d{1,3}(?:[,–-]\d{1,3})*(?!\d)")
_WRAPPED = 400  # how far a page's next note may start after the one before ends


@lru_cache(maxsize=2)  # read for one body by superscripts and again by named_digits
def source_marks_hidden(body: str) -> str:
    """`body` with its bylines' affiliation marks and its printed footnotes' markers hidden
    (spaces, same length): the digits superscripts must not read."""
    found = bylines(body)
    return note_markers_hidden(author_lines_hidden(body, found), found)


def note_markers_hidden(body: str, found: list[Byline]) -> str:
    """`body` with the digits of each footnote marker whose note the text prints replaced by
    spaces (same length). A note is a line that opens with its number, a space and a
    capital, as a PDF's page prints it at its foot, and reads as a sentence: four words
    or more and a full stop at its end, or ten words or more (a note the page wraps);
    a heading ("2 Study design and participants") has neither. Notes that follow each other
    closely, numbered on by one, are a page's block; each note's marker is the one single
    number printing it glued (to a word or a mark: "study1", "registered.1") in the
    `SOON` characters before the block (after the block before), the markers in the
    notes' order. Every note of the block must find its marker, or none is hidden: a
    numbered list ("1 Wash the cells ...", "2 Add ...") has no markers for its items.
    Where the number is printed twice there, in any form ("CIMI1) ... história1." before
    "1 A Conferência"; "concepções 1 sobre ... deficiência1."), one of them cites; and
    a number's first appearance is a citation's ("infancy.1" before an address "1
    Department of ..." that closes the page): no marker either. No block either: the
    addresses of a byline (`found`, read before its digits were hidden) that ends within
    `SOON` characters before; a heading numbered on from a short heading ("2 Methods" ...
    "3 Results of the survey were mixed."); a numbered list after its lead-in (`_listed`)."""
    first: dict[str, int] = {}
    for printed in _NUMBERS.finditer(body):
        first.setdefault(printed.group(), printed.start())
    chars = None
    after = 0  # the end of the block before: a page's notes close it
    blocks = _blocks(body)
    cited = _highest_glued(body)
    no_notes = _no_notes(body, blocks, found)
    for k, block in enumerate(blocks):
        start = block[0].start()
        if k in no_notes:
            after = block[-1].end()  # a heading's numbering, or a byline's addresses
            continue
        offset, after = max(after, start - SOON), block[-1].end()
        markers = _markers(body[offset:start], offset, block, first, cited)
        if markers is None or _listed(body, block):
            continue  # a note without its marker, or a numbered list re-citing works 1, 2
        chars = chars or list(body)
        for at, note in zip(markers, block, strict=True):
            chars[at : at + len(note.group(1))] = " " * len(note.group(1))
    return "".join(chars) if chars else body


def _no_notes(body: str, blocks: list[list[re.Match[str]]], found: list[Byline]) -> set[int]:
    """The blocks (by index) that are no page's notes: a heading numbered on from a short
    heading ("2 Methods" ... "3 Results of the survey were mixed."), or the addresses of a
    byline in `found` that ends within `SOON` characters before."""
    affiliations = [(end, marks) for _, end, marks in found]
    ends = [end for end, _ in affiliations]
    notes = {note.start() for block in blocks for note in block}
    # lines numbered as a note is but too short to be one: headings ("2 Methods"), whose
    # numbering a sentence-like heading after them continues ("3 Results of the survey ...")
    numbered = [(m.start(), int(m.group(1)), m.start() in notes) for m in _NOTE.finditer(body)]
    seen: dict[int, bool] = {}  # each number printed so far: whether once as a note
    read = 0
    skipped: set[int] = set()
    for k, block in enumerate(blocks):
        start = block[0].start()
        while read < len(numbered) and numbered[read][0] < start:
            _, n, is_note = numbered[read]
            seen[n] = seen.get(n, False) or is_note
            read += 1
        numbers = {int(note.group(1)) for note in block}
        heading = seen.get(int(block[0].group(1)) - 1) is False
        addresses = any(numbers <= affiliations[j][1] for j in range(
            bisect_left(ends, start - SOON), bisect_right(ends, start)))
        if heading or addresses:
            skipped.add(k)
    return skipped


def _markers(window: str, offset: int, block: list[re.Match[str]],
             first: dict[str, int], cited: Callable[[int], int]) -> list[int] | None:
    """Each note's marker in `window` (at `offset` in the body), in the notes' order, or None
    where a note finds none (see `note_markers_hidden`). A glued number above every glued
    number before it is the next work in citation order, not a marker ("Norway.2" before a
    line wrapped as "2 Swedish cohorts of adults ...", though "Table 2" printed 2 before)."""
    markers: list[int] = []
    for note in block:
        number = note.group(1)
        found = [offset + m.start() for m in _glued(number).finditer(window)]
        alone = len(_alone(number).findall(window))  # "concepções 1 sobre" too
        if len(found) != 1 or alone != 1 or first[number] >= found[0] or (
                markers and found[0] < markers[-1]) or int(number) > cited(found[0]):
            return None
        markers.append(found[0])
    return markers


def _highest_glued(body: str) -> Callable[[int], int]:
    """The highest number printed glued (`_GLUED_RUN`) before a position of `body`."""
    starts: list[int] = []
    highest: list[int] = []
    for run in _GLUED_RUN.finditer(body):
        top = max(int(n) for n in re.split(r"[,–-]", run.group()))
        starts.append(run.start())
        highest.append(max(top, highest[-1]) if highest else top)

    def before(at: int) -> int:
        k = bisect_left(starts, at)
        return highest[k - 1] if k else 0
    return before


def _listed(body: str, block: list[re.Match[str]]) -> bool:
    """Whether `block`, its notes' markers found, may be a numbered list in the body's flow
    rather than a page's notes, its items re-citing works 1, 2, ...: two items or more
    numbered from 1 ("... by Rider.3 In brief:\n1 Centrifuge ...\n2 ..."), or a next item
    too short for a note right after it ("2 Spin."). The numbers and the layout cannot tell
    such a list from a first page's notes (a lead-in ending in a colon, or one sentence
    holding every marker, does not cover a lead-in that ends in a full stop, its re-cited
    numbers spread over sentences: "The main findings were these."), and a citation lost
    costs more than a footnote marker kept: a list's numbering wins. Notes numbered on from
    a page before (3, 4, ...) are hidden."""
    if len(block) >= 2 and block[0].group(1) == "1":
        return True
    # the next item's line, after the last note's wrapped lines ("1 Centrifuge the medium at
    # low speed for ten minutes at\nroom temperature.\n2 Filter.")
    end = block[-1].end()
    item = body.find(f"\n{int(block[-1].group(1)) + 1} ", end, end + _WRAPPED)
    return item >= 0 and "\n\n" not in body[end:item]


def _blocks(body: str) -> list[list[re.Match[str]]]:
    """The notes of `body` (see `note_markers_hidden`) in blocks: a note numbered on by one
    from the one before, within `_WRAPPED` characters of its end and no blank line between
    (a note wrapped over lines), joins its block."""
    blocks: list[list[re.Match[str]]] = []
    for note in _NOTE.finditer(body):
        text, words = note.group(2), len(WORD.findall(note.group(2)))
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
