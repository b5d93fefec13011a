"""The evidence that a reference list is hard-wrapped, read from its lines' lengths and ends.

One reference over several lines shows itself by lines that crowd against a wrap width and
stop mid-phrase, by a hanging indent, and (in PDF text) by the marks the layout set at line
ends. `layout.decide` weighs this evidence against that of numbered, bulleted and
blank-separated lists; `fits` is also read line by line when entries are cut.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

from claimcheck.ingest.bare import named_and_dated
from claimcheck.ingest.starts import CLOSED_END, OPEN_END, YEAR, strong_start
from claimcheck.vocabulary import YEAR_DIGITS

if TYPE_CHECKING:  # layout imports this module; a Line is only read here
    from claimcheck.ingest.layout import Line


_PAIRS = 3  # full lines enough to read what follows them
_WHOLE = 0.5  # the share of them followed by an author-date entry's head
_HEAD = 60  # where an author-date entry prints its year
_HEADS = 0.8  # the share of a list's lines opening so that reads it as one entry a line
# the shortest full line: a list wrapped in a column narrower than this holds many a whole
# reference on one line, and its lines after full ones open entries though it is wrapped
_WIDE = 80


def width_of(content: list[Line]) -> int:
    """The wrap width: the 90th percentile of line lengths (indent included)."""
    lengths = sorted(line.indent + len(line.text) for line in content)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def wrapped(content: list[Line], width: int) -> bool:
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
    if _whole_after_full(pairs, content):
        return False
    # PDF text, whose lengths spread over the width, shows it by its open ends, and by lines
    # without a year (in a list of one reference a line nearly every line has one)
    dated = sum(1 for line in content if YEAR.search(line.text))
    if dated > 0.8 * len(content):
        return band >= 0.3 * len(content)
    return band >= 0.3 * len(content) or (open_ended >= 3 and open_ended >= 0.6 * len(full)) or (
        _ragged_open(content, width) >= 0.3)


def _whole_after_full(pairs: list[tuple[Line, Line]], content: list[Line]) -> bool:
    """Half the lines after the longest lines open as an author-date entry opens, with names
    and their year in the head ("Gadamer, Hans-Georg (1960): ..."): the longest lines were
    whole entries (ending on a word, as lists without a final stop end), not cut by a wrap,
    after which a line goes on with the entry's rest. Only where every full line is wide
    (`_WIDE`). Too few full lines to read alone (a short list, whose width is its second
    longest line) are whole entries when every one is followed by such a head and four
    lines in five of the list open so: a hard-wrapped list has lines of its entries' rest."""
    if not pairs or min(a.indent + len(a.text) for a, _ in pairs) < _WIDE:
        return False
    opening = sum(1 for _, b in pairs if named_and_dated(b.text[:_HEAD]))
    if len(pairs) >= _PAIRS:
        return opening >= _WHOLE * len(pairs)
    # a whole entry's line prints its year; a line cut inside a list of authors
    # ("..., Peter Black, Maria" / "Andersen, John. 1993. ...") has none
    if not all(YEAR.search(a.text) for a, _ in pairs):
        return False
    heads = sum(1 for line in content if named_and_dated(line.text[:_HEAD]))
    return opening == len(pairs) and heads >= _HEADS * len(content)


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


def some_closed(content: list[Line]) -> bool:
    """The layout marked the lines that end entries (PDF text), and a fifth of the lines or
    more are not marked: entries run over several lines."""
    closed = sum(line.closed for line in content)
    return closed >= 3 and len(content) - closed >= 0.2 * len(content)


def clear_hang(content: list[Line]) -> int | None:
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


def wrapped_greedily(content: list[Line], width: int) -> bool:
    """Wrapped greedily (as text wrapped at a fixed column is): hardly a line that stopped
    short ends mid-phrase or is followed by a line in lower case (there it is an entry that
    ends so). In PDF text, set in a proportional font, a quarter or more do."""
    pairs = list(itertools.pairwise(content))
    short = [(a, b) for a, b in pairs if fits(a, b, width)]
    odd = sum(1 for a, b in short if OPEN_END.search(a.text) or _YEAR_ALONE.match(b.text) or (
        b.text[:1].islower() and not strong_start(b.text)))  # not "van Breukelen GJP,"
    # a journal run into its volume after a line cut inside the journal's name ("..., Rev.
    # Mod." / "Phys. 82, 3045 (2010)."); after a line that ends an entry it may be an unsigned
    # entry ("Phys. Rev. Lett. 116, 061102 (2016).") and says nothing
    tails = sum(1 for a, b in short if _JOURNAL_TAIL.match(b.text) and _NAME_CUT.search(a.text))
    return len(pairs) >= 8 and odd + tails <= 0.06 * len(short)


# A line that is only an entry's year ("(2017).", "2016."), which no entry is, or a journal's
# abbreviated name run into its volume ("Phys. 82, 3045 (2010).", "Rev. Lett. 98, 106803").
# After a line that stopped short they show the column was not wrapped at a fixed width: a
# narrow PDF column copied as text, whose lines break by the type's width.
_YEAR_ALONE = re.compile(rf"^\(?{YEAR_DIGITS}[a-z]?\)?[.,;]?$")
_JOURNAL_TAIL = re.compile(r"^(?:[A-Z][a-z]{0,5}\.\s?){1,3}[A-Z]?\s?\d+,\s")
# A line that stops on an abbreviated word: inside a journal's name ("..., Rev. Mod.")
_NAME_CUT = re.compile(r"(?:^|[\s,])[A-Z][a-z]{0,5}\.$")


def hanging(content: list[Line]) -> int | None:
    """The indent of entries' first lines when first and other lines are indented apart."""
    indents = Counter(line.indent for line in content)
    if len(indents) < 2 or len(content) < 4:
        return None
    first = content[0].indent
    share = indents[first] / len(content)
    return first if 0.1 <= share <= 0.8 else None
