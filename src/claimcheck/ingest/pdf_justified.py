"""A PDF column's right edge, and the lines that end its paragraphs there.

In text set justified, every line of a paragraph but the last runs to the column's right
edge; the last stops short. In a reference list without numbers or indents this is what
shows where an entry ends, and the plain text loses it. The right edge of a line is where
its last run ends: the run's left edge plus its advance, from the font's glyph widths
(pypdf's `Font`, which knows the 14 standard fonts and reads embedded `/Widths`; with a
pypdf too old to have it, or a font it cannot read, no edge is known and nothing is judged).
Word spacing stretched by the `Tw` operator is not seen, so a column justified that way
shows ragged edges and is not judged justified either.

Text set ragged right is most often wrapped greedily: a line ends where the next word would
not fit. A line after which the next line's first word (and a space) would have fitted ends
its paragraph. A column is taken as greedily wrapped when three such lines or more show and
hardly any is followed by a line in lower case (which a paragraph's end is not; text broken
by optimal line breaking, as TeX does, stops short often mid-sentence).
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from claimcheck.ingest.starts import author_led

_AT_EDGE = 0.05  # ems: a line ends at the edge when this close to it
_SHORT = 0.15  # ems: a line this far short of the edge ends its paragraph
_TIGHT = 0.02  # ems: or this far, when the column's lines meet the edge that closely
_MIN_LINES = 6  # a column is judged on this many lines or more
_SHARE = 0.3  # of which this share (and three or more) end at the edge
_LOWER = 0.1  # at most this share of the lines after a greedy paragraph end in lower case


def advance(font: Any, text: str, size: float, fonts: dict[int, Any]) -> float:
    """How far `text` set in `font` (a PDF font dictionary) at `size` reaches, in points;
    0.0 when the font's widths are unknown, or a character of `text` is one the font cannot
    encode. `fonts` caches the fonts read, by dictionary."""
    key = id(font)
    if key not in fonts:  # the dictionary is kept too, so that its id is not reused
        fonts[key] = (font, *_font(font))
    _, reader, codes = fonts[key]
    if reader is None or not text:
        return 0.0
    try:
        coded = _coded(text, codes)
        return float(reader.get_text_width(coded)) * size / 1000 if coded else 0.0
    except Exception:  # pypdf's Font is private API (`pypdf.generic._font`):
        # whatever it raises, in this version or a later one, means a width unknown, never a
        # PDF that cannot be read
        return 0.0


def _font(font: Any) -> tuple[Any, dict[str, str] | None]:
    """pypdf's reading of the font's widths, and its character codes by the text they draw."""
    try:
        from pypdf.generic._font import Font  # pypdf 6 and later; private API (see `advance`)

        reader = Font.from_font_resource(font) if font is not None else None
        return reader, _codes(reader) if reader is not None else None
    except Exception:  # as in `advance`: no widths, nothing judged
        return None, None


def _codes(reader: Any) -> dict[str, str] | None:
    """Each character the font draws, by the character code pypdf keys its widths by (the
    text is decoded: a curly quote is U+2019, its width is under code 0x92 in WinAnsi, a CID
    font's under the glyph's code); None when the font maps none."""
    pairs = list(reader.character_map.items())
    if not pairs and isinstance(reader.encoding, dict):
        pairs = [(chr(code), char) for code, char in reader.encoding.items()]
    out: dict[str, str] = {}
    for code, char in pairs:
        if isinstance(code, str) and isinstance(char, str) and len(char) == 1:
            out.setdefault(char, code)
    return out or None


def _coded(text: str, codes: dict[str, str] | None) -> str:
    """`text` in the font's character codes; "" when a character has none (its width is
    unknown). A font that maps none is read by the characters themselves, ASCII only."""
    if codes is None:
        return text if text.isascii() else ""
    if any(char not in codes for char in text):
        return ""
    return "".join(codes[char] for char in text)


@dataclass(frozen=True, slots=True)
class Edge:
    """A justified column's right edge and how far short of it a line must stop to end its
    paragraph: four times the spread of the lines set to the edge (the precision of the
    widths read), at least 0.02 em and at most 0.15 em."""

    x: float
    slack: float


def justified_edge(rights: list[float], size: float) -> Edge | None:
    """The right edge of a column set justified, from the right edges of its lines in the
    text's size (0.0: unknown); None when it is not justified or has too few lines to tell."""
    known = [right for right in rights if right > 0]
    if len(known) < _MIN_LINES:
        return None
    mode = Counter(round(right, 1) for right in known).most_common(1)[0][0]
    at_edge = sorted(right for right in known if abs(right - mode) <= _AT_EDGE * size)
    if len(at_edge) < max(3, _SHARE * len(known)):
        return None
    x = statistics.median(at_edge)
    spread = sorted(abs(right - x) for right in at_edge)[int(0.9 * (len(at_edge) - 1))]
    return Edge(x, min(max(4 * spread, _TIGHT * size), _SHORT * size))


def stops_short(right: float, edge: Edge) -> bool:
    """A line ending at `right` stops short of the justified `edge`: it ends a paragraph."""
    return 0 < right < edge.x - edge.slack


@dataclass(frozen=True, slots=True)
class Fit:
    """What a line's fit is read from: its text, right edge, and the advance of a space and
    of its first word in its font (0.0: unknown)."""

    text: str
    right: float
    space: float
    first: float


def greedy_margin(lines: list[Fit], size: float) -> float | None:
    """The right margin of a column of `lines` (in order) wrapped greedily; None when it is
    not (or too few lines tell)."""
    known = [fit for fit in lines if fit.right > 0 and fit.first > 0]
    if len(known) < _MIN_LINES:
        return None
    # a word too long for any line (a URL) runs past the margin alone
    margin = max((fit.right for fit in known if len(fit.text.split()) >= 2), default=0.0)
    ends = [b for a, b in itertools.pairwise(known) if _fitted(a, b, margin, size)]
    lower = sum(1 for fit in ends  # not "van Breukelen GJP,", "de Boer R,": names
                if fit.text.lstrip()[:1].islower() and not author_led(fit.text.lstrip()))
    return margin if len(ends) >= 3 and lower <= _LOWER * len(ends) else None


def fitted_ends(lines: list[tuple[int, Fit]], margin: float, size: float
                ) -> tuple[set[int], set[int]]:
    """Of the lines (index, fit; in order), those after which the next one's first word would
    have fitted within `margin`, and those after which it would not have."""
    ends: set[int] = set()
    full: set[int] = set()
    for (k, a), (_, b) in itertools.pairwise(lines):
        if a.right > 0 and b.first > 0:
            (ends if _fitted(a, b, margin, size) else full).add(k)
    return ends, full


def _fitted(line: Fit, after: Fit, margin: float, size: float) -> bool:
    """The first word of `after` would have fitted on `line` (not one broken at a hyphen)."""
    reach = line.right + (line.space or 0.25 * size) + after.first
    return not line.text.rstrip().endswith("-") and reach <= margin - _AT_EDGE * size


@dataclass(frozen=True, slots=True)
class Ends:
    """How a column's lines end: short of a justified edge, at it, and in greedy wrapping
    with the next word fitting after them or not."""

    short: frozenset[int] = frozenset()
    full: frozenset[int] = frozenset()
    fitted: frozenset[int] = frozenset()
    unfitted: frozenset[int] = frozenset()

    def union(self, other: Ends) -> Ends:
        return Ends(self.short | other.short, self.full | other.full,
                    self.fitted | other.fitted, self.unfitted | other.unfitted)


def column_edge(fits: list[Fit], size: float) -> tuple[Edge | None, float | None]:
    """How one column's lines end: at a justified `edge`, else at a greedy wrap `margin`,
    else neither (None, None)."""
    edge = justified_edge([fit.right for fit in fits], size)
    return edge, (greedy_margin(fits, size) if edge is None else None)


def column_ends(lines: list[tuple[int, Fit]], size: float, edge: Edge | None,
                margin: float | None) -> Ends:
    """How the lines (index, fit; in order) of one column end. A column of enough lines is
    judged on its own; a shorter one (a last page) by the document's justified `edge` or
    greedy `margin` for that column."""
    fits = [fit for _, fit in lines]
    if sum(1 for fit in fits if fit.right) >= _MIN_LINES:
        edge, margin = column_edge(fits, size)
    if edge is not None:
        return Ends(frozenset(k for k, fit in lines if stops_short(fit.right, edge)),
                    frozenset(k for k, fit in lines if fit.right >= edge.x - edge.slack))
    if margin is None:
        return Ends()
    fitted, unfitted = fitted_ends(lines, margin, size)
    return Ends(fitted=frozenset(fitted), unfitted=frozenset(unfitted))
