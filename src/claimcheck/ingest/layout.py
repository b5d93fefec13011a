"""What a reference list's lines say about its layout, read from the whole list at once.

A list arrives numbered, bulleted, blank-line separated, one reference a line, or hard-wrapped
(one reference over several lines). Each is told apart by evidence no single line gives:
numbers that count up, the share of bullet lines, blank lines between short blocks, line
lengths that crowd against a wrap width, a hanging indent (that evidence is read in
`wrapping`). Page furniture (see `furniture`) is marked here so that it neither starts nor
joins an entry; a header printed once beside a page number (see `pageedge`) is marked so that
it never starts one: it is kept in the entry before.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from claimcheck.ingest.cues import Habits, habits
from claimcheck.ingest.furniture import (
    capitals_text,
    is_page_furniture,
    repeated_lines,
    running_headers,
    years_alone,
)
from claimcheck.ingest.pageedge import edge_headers
from claimcheck.ingest.wrapping import (
    clear_hang,
    hanging,
    some_closed,
    width_of,
    wrapped,
    wrapped_greedily,
)

# A line that surely ends its paragraph, as a PDF's layout shows (`pdf_lines`): the Unicode
# paragraph separator at its end. Whitespace to everything else; here it starts the next entry.
PARAGRAPH_END = "\u2029"
# A line after which the next line's first word would not have fitted, as a PDF's layout shows:
# the Unicode line separator at its end. `fits` then knows rather than counts characters.
LINE_FULL = "\u2028"
# The two marks read as spaces, where a reader of the text wants none of them
MARKS_AS_SPACES = str.maketrans({PARAGRAPH_END: " ", LINE_FULL: " "})
_NUMBER = re.compile(r"^(?:\[(\d{1,4})\]|(\d{1,4})[.)](?!\d)|(\d{1,4})\s(?=\s*\S))\s*")
_BULLET = re.compile(r"^[-*•–·]\s+")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the list: its 1-based number in the input, text without indent, indent."""

    number: int
    text: str
    indent: int
    furniture: bool
    repeated: bool = False  # the same line occurs elsewhere in the list
    closed: bool = False  # it surely ends its entry (`PARAGRAPH_END`)
    full: bool = False  # the next line's first word would not have fitted on it (`LINE_FULL`)
    # a header printed once (`pageedge`): its text is kept in the entry before, it never
    # starts one, and the lines around it are read as if it were not there
    no_start: bool = False

    @property
    def aside(self) -> bool:
        """The line is no part of the list's evidence (furniture, or a header kept)."""
        return self.furniture or self.no_start


@dataclass(frozen=True, slots=True)
class Layout:
    """How the list is laid out: `kind` is numbered, bulleted, blank, wrapped or bare."""

    kind: str
    width: int  # the wrap width (a high percentile of line lengths)
    start_indent: int | None  # indent of first lines when the list has a hanging indent
    strict: bool = False  # wrapped greedily at `width`: a line that stops short ends an entry
    habits: Habits | None = None  # how the list's lines start and end (wrapped lists)


def read_lines(raw: list[tuple[int, str]]) -> list[Line | None]:
    """Lines of the list, None for a blank one; repeated lines and page numbers are furniture."""
    stripped = [text.strip() for _, text in raw]
    repeats = repeated_lines(stripped)
    headers = running_headers(stripped, repeats)
    years = years_alone(stripped)  # a year alone ends an entry; it is no page number
    own = years | capitals_text(stripped)  # nor is a line of capitals the list's own
    marked = {k for k, line in enumerate(stripped)
              if line and ((is_page_furniture(line) and k not in own) or line in headers)}
    kept = edge_headers(stripped, marked)  # a header printed once, beside a page number
    out: list[Line | None] = []
    for k, ((number, text), line) in enumerate(zip(raw, stripped, strict=True)):
        if not line:
            out.append(None)
            continue
        indent = len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())
        mark = text.rstrip(" \t\r\f")[-1:]
        out.append(Line(number, line, indent, k in marked, line in repeats,
                        mark == PARAGRAPH_END, mark == LINE_FULL, k in kept))
    return out


def number_of(text: str) -> tuple[int, int] | None:
    """The list number a line starts with and its style: 0 "[3]", 1 "3." or "3)", 2 "3 "."""
    match = _NUMBER.match(text)
    if not match:
        return None
    style = match.lastindex or 1  # the one group of the alternative that matched
    return int(match.group(style)), style - 1


def counted_starts(lines: list[Line]) -> set[int]:
    """Indexes of lines whose number continues the count (1, 2, 3, ...) in the style the count
    began with ("[1]", "1." or "1 "): numbered entries. A number or two may be missing (an
    entry lost to extraction or taken for furniture)."""
    starts: set[int] = set()
    expected, style = 0, -1
    for i, line in enumerate(lines):
        marked = number_of(line.text)
        if marked is None:
            continue
        number, kind = marked
        if (style < 0 and number <= 3) or (kind == style and expected <= number <= expected + 2):
            starts.add(i)
            expected, style = number + 1, kind
    return starts


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def decide(lines: list[Line | None]) -> Layout:
    """The layout of a list (furniture lines already dropped from the evidence)."""
    content = [line for line in lines if line is not None and not line.aside]
    width = width_of(content)
    if _numbered(counted_starts(content), len(content)):
        return Layout("numbered", width, None)
    if sum(is_bullet(line.text) for line in content) >= max(2, 0.2 * len(content)):
        return Layout("bulleted", width, None)
    if _blank_separated(lines):
        return Layout("blank", width, None)
    hang = hanging(content)
    if not wrapped(content, width) and not some_closed(content):
        hang = clear_hang(content)
        if hang is None:
            return Layout("bare", width, None)
    elif hang is None:  # most entries one line: the start indent holds over 80 % of lines
        hang = clear_hang(content)
    # marked by a PDF's layout, the lines that stopped short are known; the others were not
    # measured (a column's last line) and counting their characters is no strict evidence
    marked = any(line.closed or line.full for line in content)
    strict = wrapped_greedily(content, width) and not marked
    return Layout("wrapped", width, hang, strict, list_habits(content, width))


def list_habits(content: list[Line], width: int) -> Habits:
    """How the lines of a wrapped list start and end, against the width (see `cues`)."""
    return habits([line.indent + len(line.text) for line in content],
                  [line.text for line in content], width, [line.number for line in content])


def _numbered(starts: set[int], size: int) -> bool:
    """The count runs through the whole list: it starts at the top and no stretch of more than
    ten lines (a long entry) goes without the next number."""
    if len(starts) < max(2, 0.2 * size):
        return False
    marks = [*sorted(starts), size]
    return marks[0] <= 2 and all(b - a <= 10 for a, b in itertools.pairwise(marks))


def _blank_separated(lines: list[Line | None]) -> bool:
    """Short blocks of lines between blank lines: each block one entry."""
    size = 0
    sizes: list[int] = []
    for line in [*lines, None]:
        if line is not None and line.aside:
            continue  # furniture neither separates nor fills a block
        if line is None:
            if size:
                sizes.append(size)
            size = 0
        else:
            size += 1
    sizes.sort()
    blocks = len(sizes)
    return blocks >= 3 and sizes[blocks // 2] <= 6 and blocks >= 0.15 * sum(sizes)


def joined_lines(lines: list[str]) -> str:
    """The lines of one entry as one text; a word hyphenated at a line end is made whole."""
    out = [lines[0]]
    for text in lines[1:]:
        last = out[-1]
        if last.endswith("-") and text[:1].islower() and not last.endswith(" -"):
            out[-1] = last[:-1]
        else:
            out.append(" ")
        out.append(text)
    return "".join(out)
