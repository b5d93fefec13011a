"""Superscript citation numbers in a PDF page: small digits set above or beside the line.

pypdf's text loses the raise and the size ("fast1,2 and"), which leaves the numeric detector
to guess. While extracting, pypdf reports every text run with its font size and position; a
run of citation digits ("1,2", "3–5") set clearly smaller than the run before it, and not
lower than it (a subscript: "CO2"), is a superscript. It is found again in the page text,
right after the run before it, and written in brackets ("fast [1,2] and", see
`superscript.py`). When the position does not show a raise (a text rise operator moves the
glyphs, not the text matrix), a superscript after a capital is left as printed, because
formulas ("CO2", "H2O") set their subscripts the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from claimcheck.ingest.pdf_justified import advance
from claimcheck.ingest.superscript import as_brackets, citation_list

_SMALLER = 0.85  # a superscript is set at most this fraction of the text's size
_NEAR = 2  # characters the page text may insert between two runs
LOOK = 200  # how far ahead a run is looked for (a run pypdf left out is skipped)


@dataclass(frozen=True, slots=True)
class Run:
    """One text run as pypdf draws it: its text, baseline height, effective size and left
    edge (`pdf_lines` reads the edges)."""

    text: str
    y: float
    size: float
    x: float = 0.0
    width: float = 0.0  # how far its text reaches, 0.0 when the font's widths are unknown
    space: float = 0.0  # the advance of a space in its font
    first: float = 0.0  # the advance of its first word


def page_runs(page: Any) -> tuple[str, list[Run]]:
    """The page's text as pypdf extracts it, and the runs it drew, in drawing order."""
    runs: list[Run] = []
    fonts: dict[int, Any] = {}

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            scale = math.hypot(float(tm[2]), float(tm[3])) * math.hypot(float(cm[2]), float(cm[3]))
            y = float(tm[5]) * float(cm[3]) + float(cm[5])
            x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
            size *= scale or 1
            runs.append(Run(text, y, size, x, advance(font, text.strip(), size, fonts),
                            advance(font, " ", size, fonts),
                            advance(font, text.split()[0], size, fonts)))

    text: str = page.extract_text(visitor_text=visit) or ""
    return text, runs


def bracketed(text: str, runs: list[Run]) -> str:
    """`text` with the superscript runs among `runs` (in drawing order) in brackets."""
    found: list[tuple[int, int]] = []
    cursor = 0
    previous: Run | None = None
    for run in runs:
        piece = run.text.strip()
        at = text.find(piece, cursor, cursor + len(piece) + LOOK)
        if at < 0:
            continue
        if previous and at - cursor <= _NEAR and _is_superscript(run, previous, text[:at]):
            found.append((at, at + len(piece)))
        cursor, previous = at + len(piece), run
    for start, end in reversed(found):
        replaced = as_brackets(text[max(0, start - 8) : start].rstrip(), text[start:end])
        if replaced is not None:
            text = text[:start].rstrip() + replaced + text[end:]
    return text


def _is_superscript(run: Run, previous: Run, before: str) -> bool:
    if not citation_list(run.text) or run.size > previous.size * _SMALLER:
        return False
    raise_ = run.y - previous.y
    if raise_ < -0.05 * previous.size:
        return False  # set lower: a subscript
    return raise_ > 0.1 * previous.size or not before.rstrip()[-1:].isupper()
