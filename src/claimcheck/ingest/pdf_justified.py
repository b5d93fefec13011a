"""A justified column in a PDF page, and the lines that end its paragraphs.

In text set justified, every line of a paragraph but the last runs to the column's right
edge; the last stops short. In a reference list without numbers or indents this is what
shows where an entry ends, and the plain text loses it. The right edge of a line is where
its last run ends: the run's left edge plus its advance, from the font's glyph widths
(pypdf's `Font`, which knows the 14 standard fonts and reads embedded `/Widths`; with a
pypdf too old to have it, or a font it cannot read, no edge is known and nothing is judged).
Word spacing stretched by the `Tw` operator is not seen, so a column justified that way
shows ragged edges and is not judged justified either.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

_AT_EDGE = 0.05  # ems: a line ends at the edge when this close to it
_SHORT = 0.15  # ems: a line this far short of the edge ends its paragraph
_TIGHT = 0.02  # ems: or this far, when the column's lines meet the edge that closely
_MIN_LINES = 6  # a column is judged on this many lines or more
_SHARE = 0.3  # of which this share (and three or more) end at the edge


def advance(font: Any, text: str, size: float, fonts: dict[int, Any]) -> float:
    """How far `text` set in `font` (a PDF font dictionary) at `size` reaches, in points;
    0.0 when the font's widths are unknown. `fonts` caches the fonts read, by dictionary."""
    key = id(font)
    if key not in fonts:
        fonts[key] = _font(font)
    reader = fonts[key]
    if reader is None or not text:
        return 0.0
    return float(reader.get_text_width(text)) * size / 1000


def _font(font: Any) -> Any:
    try:
        from pypdf.generic._font import Font  # pypdf 6 and later

        return Font.from_font_resource(font) if font is not None else None
    except Exception:
        return None


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
