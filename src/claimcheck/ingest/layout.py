"""What a reference list's lines say about its layout, read from the whole list at once.

A list arrives numbered, bulleted, blank-line separated, one reference a line, or hard-wrapped
(one reference over several lines). Each is told apart by evidence no single line gives:
numbers that count up, the share of bullet lines, blank lines between short blocks, line
lengths that crowd against a wrap width, a hanging indent. Page furniture (see
`furniture`) is marked here so that it neither starts nor joins an entry.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from claimcheck.ingest.cues import Habits, habits
from claimcheck.ingest.furniture import (
    is_page_furniture,
    repeated_lines,
    running_headers,
    years_alone,
)
from claimcheck.ingest.starts import CLOSED_END, OPEN_END, YEAR, strong_start

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
    out: list[Line | None] = []
    for k, ((number, text), line) in enumerate(zip(raw, stripped, strict=True)):
        if not line:
            out.append(None)
            continue
        furniture = (is_page_furniture(line) and k not in years) or line in headers
        indent = len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())
        mark = text.rstrip(" \t\r\f")[-1:]
        out.append(Line(number, line, indent, furniture, line in repeats,
                        mark == PARAGRAPH_END, mark == LINE_FULL))
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
    content = [line for line in lines if line is not None and not line.furniture]
    width = _width(content)
    if _numbered(counted_starts(content), len(content)):
        return Layout("numbered", width, None)
    if sum(is_bullet(line.text) for line in content) >= max(2, 0.2 * len(content)):
        return Layout("bulleted", width, None)
    if _blank_separated(lines):
        return Layout("blank", width, None)
    hang = _hanging(content)
    if not _wrapped(content, width) and not _some_closed(content):
        hang = _clear_hang(content)
        if hang is None:
            return Layout("bare", width, None)
    elif hang is None:  # most entries one line: the start indent holds over 80 % of lines
        hang = _clear_hang(content)
    # marked by a PDF's layout, the lines that stopped short are known; the others were not
    # measured (a column's last line) and counting their characters is no strict evidence
    strict = _strict(content, width) and not any(line.closed or line.full for line in content)
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


def _width(content: list[Line]) -> int:
    lengths = sorted(line.indent + len(line.text) for line in content)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _blank_separated(lines: list[Line | None]) -> bool:
    """Short blocks of lines between blank lines: each block one entry."""
    size = 0
    sizes: list[int] = []
    for line in [*lines, None]:
        if line is not None and line.furniture:
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


def _wrapped(content: list[Line], width: int) -> bool:
    """Lines that run to the wrap width (the next line's first word would not have fitted)
    mostly stop mid-phrase: the list is hard-wrapped. In a list of one reference a line the
    longest lines are whole references and end as references end."""
    if len(content) < 2 or width < 40:
        return False
    pairs = [(a, b) for a, b in itertools.pairwise(content)
             if a.indent + len(a.text) + 1 + len(b.text.split()[0]) > width]
    full = [a.text for a, _ in pairs]
    # an initial, "pp." or "and" at the end is mid-phrase though it ends with a full stop
    open_ended = sum(1 for text in full if OPEN_END.search(text) or not CLOSED_END.search(text))
    # and many lines end just short of the width (in a bare list few lengths crowd there)
    band = sum(1 for line in content if width - 15 <= line.indent + len(line.text) <= width + 3)
    if band >= 0.3 * len(content) and _heads_and_tails(pairs):
        return True
    if open_ended < 2 or open_ended < 0.4 * len(full):
        return False
    # PDF text, whose lengths spread over the width, shows it by its open ends, and by lines
    # without a year (in a list of one reference a line nearly every line has one)
    dated = sum(1 for line in content if YEAR.search(line.text))
    if dated > 0.8 * len(content):
        return band >= 0.3 * len(content)
    return band >= 0.3 * len(content) or (open_ended >= 3 and open_ended >= 0.6 * len(full)) or (
        _ragged_open(content, width) >= 0.3)


def _heads_and_tails(pairs: list[tuple[Line, Line]]) -> bool:
    """The full lines hold a year and the lines after them do not: an entry's first line and
    its tail, though the first ends as an entry might ("... things number 57." / "Journal of
    Things, 8(8), 8-16."). In a list of one reference a line the next line has its own."""
    if len(pairs) < 6:
        return False
    heads = sum(bool(YEAR.search(a.text)) for a, _ in pairs)
    tails = sum(bool(YEAR.search(b.text)) for _, b in pairs)
    return heads >= 0.8 * len(pairs) and tails <= 0.2 * len(pairs)


def _ragged_open(content: list[Line], width: int) -> float:
    """The share of lines that end mid-phrase among those that came within ten characters of
    the width (PDF text breaks lines anywhere in that band; in a list of one reference a line
    such long lines are whole references and end as references end)."""
    near = [a.text for a, b in itertools.pairwise(content)
            if a.indent + len(a.text) + 1 + len(b.text.split()[0]) > width - 10]
    if len(near) < 6:
        return 0.0
    return sum(1 for text in near if OPEN_END.search(text) or not CLOSED_END.search(text)) / len(
        near)


def _some_closed(content: list[Line]) -> bool:
    """The layout marked the lines that end entries (PDF text), and a fifth of the lines or
    more are not marked: entries run over several lines."""
    closed = sum(line.closed for line in content)
    return closed >= 3 and len(content) - closed >= 0.2 * len(content)


def _clear_hang(content: list[Line]) -> int | None:
    """The indent of entries' first lines when every other line shares one other indent and
    few of them start as entries do: a list of one-line entries and a few longer ones wrapped
    under a hanging indent (PDF text keeps it) is hard-wrapped, though most of its lines end
    as references end."""
    first = content[0].indent if content else 0
    others = [line for line in content if line.indent != first]
    if len(others) < 3:
        return None
    count = Counter(line.indent for line in others).most_common(1)[0][1]
    starting = sum(1 for line in others if strong_start(line.text))
    return first if count >= 0.9 * len(others) and starting <= 0.2 * len(others) else None


def fits(prev: Line, line: Line, width: int) -> bool:
    """The first word of `line` would have fitted on `prev`: `prev` stopped short (counted in
    characters against the width, unless the PDF's layout marked `prev` as either)."""
    if prev.closed or prev.full:
        return prev.closed
    return prev.indent + len(prev.text) + 1 + len(line.text.split()[0]) <= width


def _strict(content: list[Line], width: int) -> bool:
    """Wrapped greedily (as text wrapped at a fixed column is): hardly a line that stopped
    short ends mid-phrase or is followed by a line in lower case (there it is an entry that
    ends so). In PDF text, set in a proportional font, a quarter or more do."""
    pairs = list(itertools.pairwise(content))
    short = [(a, b) for a, b in pairs if fits(a, b, width)]
    odd = sum(1 for a, b in short if OPEN_END.search(a.text) or (
        b.text[:1].islower() and not strong_start(b.text)))  # not "van Breukelen GJP,"
    return len(pairs) >= 8 and odd <= 0.06 * len(short)


def _hanging(content: list[Line]) -> int | None:
    """The indent of entries' first lines when first and other lines are indented apart."""
    indents = Counter(line.indent for line in content)
    if len(indents) < 2 or len(content) < 4:
        return None
    first = content[0].indent
    share = indents[first] / len(content)
    return first if 0.1 <= share <= 0.8 else None
