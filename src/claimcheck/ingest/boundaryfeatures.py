"""The evidence for a line of a hard-wrapped reference list starting a new entry, as yes/no
features (`features`, named in `FEATURES`): did the previous line stop short of the wrap
width (the next word would have fitted), does it end as references end (pages, a year, a DOI,
a full stop) or mid-phrase (a comma, "and", an initial), does the line start with authors
(initials, a bracketed year, a list number) or only name-shaped words, in lower case, with
the pages or DOI an entry still lacks. `boundary` weighs them with the other cues.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.ingest.layout import Layout, Line
from claimcheck.ingest.starts import (
    CLOSED_END,
    COMPLETE,
    LOWER_START,
    NUMBER_START,
    OPEN_END,
    ORG_WITH_YEAR,
    YEAR,
    author_led,
    strong_start,
)
from claimcheck.ingest.wrapping import fits
from claimcheck.vocabulary import YEAR_DIGITS

# the score of a boundary the layout or a rule decides alone (here, not in `boundary`: lists
# that are not wrapped need it and not `boundary`'s rules)
CERTAIN = 100.0
FEATURES = (
    "bias", "stopped_short", "prev_open", "prev_closed", "prev_full_stop", "lower_start",
    "only_names_and_year", "strong_start", "author_led", "organisation_year", "number_start",
    "completes_entry", "line_year", "entry_year", "short_by", "entry_lines", "entry_prose",
)
_ONLY_NAMES_AND_YEAR = re.compile(rf"^\D*\({YEAR_DIGITS}[a-z]?\)\.?$")
_PROSE = re.compile(r"(?<![\w.])[a-z\u00df-\u00ff]{3,}\b")  # a title's words ("the", "of" aside)
HEAD = 600  # characters of the entry looked at, so that a runaway entry stays linear


def features(layout: Layout, entry: str, lines: int, prev: Line, line: Line) -> list[float]:
    """The evidence for `line` starting an entry after `prev`; `entry` is the text so far,
    `lines` how many lines it has."""
    text, head = line.text, entry[:HEAD]
    author = author_led(text)
    # a line the PDF's layout measured as full is not short by its character count
    short_by = 0.0 if prev.full else (layout.width - prev.indent - len(prev.text)) / max(
        layout.width, 1)
    return [
        1.0, float(fits(prev, line, layout.width)), float(bool(OPEN_END.search(prev.text))),
        float(bool(CLOSED_END.search(prev.text))), float(prev.text.endswith(".")),
        float(bool(LOWER_START.match(text))), float(bool(_ONLY_NAMES_AND_YEAR.match(head))),
        float(strong_start(text)), float(author), float(bool(ORG_WITH_YEAR.match(text))),
        float(bool(NUMBER_START.match(text))),
        float(not author and bool(COMPLETE.search(text)) and not _located(head)),
        float(bool(YEAR.search(text))), float(bool(YEAR.search(head))),
        min(max(short_by, 0.0), 1.0), min(lines, 6) / 6,
        float(len(_PROSE.findall(head, 0, 200)) >= 3),
    ]


@lru_cache(maxsize=16)
def _located(head: str) -> bool:
    """The entry has pages or a DOI (cached: the same entry is asked about on every line)."""
    return bool(COMPLETE.search(head))
