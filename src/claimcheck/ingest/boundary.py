"""Whether a line of a hard-wrapped reference list starts a new entry: evidence, weighed.

Each line boundary gets a few yes/no features (`boundaryfeatures`: the previous line stopped
short, ends as references end or mid-phrase; the line starts with authors, in lower case, ...).
To these `cues` adds the shapes of the line's start and of the previous line's end, how the
list's own habits (`cues.Habits`) judge them, and the kinds of the start and the end read as
a pair (`kinds`: "pages, then a place").
The weights (`boundary_model.json`, one a cue) are a logistic regression fitted by
`benchmarks/segment_train.py` on lists built from the tuning groups of the AnyStyle (BSD),
GROBID (Apache) and JATS (CC BY) strings and on synthetic lists in many CSL styles; a positive
score starts an entry. Text wrapped greedily at a fixed column ("strict") is decided by the
width where a line stopped short, and a few rules (`_rules`) override the weights. The full
lines of a narrow column wrapped so (under `NARROW` characters: a column of a two-column page
copied as text) have their own table (`boundary_narrow_model.json`, fitted on the same lists
wrapped wide and narrow): a line of a few words cuts author lists and titles far more often
than a wide one, and one table for both widths was measured to lose on the wide ones. A
ragged narrow column keeps the wide table: there the narrow table, whose short-line cues
come from our synthetic ragged wrap, added merges in hand-made lists of other styles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path

from claimcheck.ingest.authorhead import head_after_end
from claimcheck.ingest.boundaryfeatures import CERTAIN, FEATURES, features
from claimcheck.ingest.cues import end_shape, plain_end, start_shape, unyeared
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.layout import Layout, Line
from claimcheck.ingest.starts import YEAR, closes_unopened, lone_initial, strong_start
from claimcheck.ingest.weighing import read_table, weigh
from claimcheck.ingest.wrapping import fits
from claimcheck.vocabulary import ACCESS_LINKS_EN, ACCESS_LINKS_FR_ES

MODEL = Path(__file__).with_name("boundary_model.json")  # benchmarks/segment_train.py
NARROW_MODEL = Path(__file__).with_name("boundary_narrow_model.json")  # ... --narrow
NARROW = 60  # a list wrapped under this width (in characters) is a narrow column
_BARE_NUMBER = re.compile(
    r"^\d+(?!\d|[A-Za-z]|[.)]\s*[A-Z\u00c0-\u00de]|\]|\s+[A-Z][a-z]|[-–][A-Z\u00c0-\u00de])"
)
# The phrases that lead a reference's access note, in any style and a few languages: an entry
# never opens with them ("Retrieved June 19, 1998, from ...", "Accessed 6 July 2015."), nor
# with the proceedings it appeared in ("In Proceedings of the 1993 ...", "In Proc. 2nd ...").
_NEVER_OPENS = re.compile(
    r"^(?:Retrieved\b|Retirado de|Recuperado de|Accessed\b|Last accessed|Zugriff\b|Abgerufen\b"
    rf"|Available\s(?:{ACCESS_LINKS_EN})\b|Disponible\s(?:{ACCESS_LINKS_FR_ES})\b|Consulté\b"
    r"|Web\.\s|URL\b|doi:|DOI:|In:\s|In\sProc(?:eedings\b|\.))")
_TITLE_WORD = re.compile(r"(?<![\w.])[a-z\u00df-\u00ff]{4,}\b")  # not "and", "van", "der"


def cues(layout: Layout, values: list[float], prev: Line, line: Line,
         after: Line | None) -> dict[str, float]:
    """The evidence as named values: `values` (the `features` of the boundary), the shapes
    of the line's start and the previous line's end (also with whether it stopped short),
    and how the list's habits (`layout.habits`) judge them."""
    out = {name: value for name, value in zip(FEATURES, values, strict=True) if value}
    room = "short" if values[1] else "full"
    first, last = start_shape(line.text), end_shape(prev.text)
    for key in (f"s={first}", f"s1={first.split(' ')[0]}", f"e={last}",
                f"{room}|e={last}", f"{room}|s1={first.split(' ')[0]}"):
        out[key] = 1.0
    if values[_ENTRY_LINES] < 0.2:  # one line so far: does it end as a whole entry ends?
        out[f"one|e={last}"] = 1.0
    begins = start_kind(line.text, bool(values[_NUMBER]), bool(values[_STRONG]),
                        bool(values[_AUTHOR]))
    ends = end_kind(prev.text, bool(values[_OPEN]))  # the two read together, not apart
    for key in (f"k={begins}", f"k={ends}>", f"k={ends}>{begins}", f"k={room}|{ends}>{begins}"):
        out[key] = 1.0
    if after is None or after.text[:1].islower():
        out["next_lower" if after else "last_line"] = 1.0
    if layout.habits is not None:
        short = plain_end(prev.indent + len(prev.text), layout.width, prev.text)
        _habit(out, "hs", layout.habits.start(line.text, short))
        _habit(out, "he", layout.habits.end(prev.text, short))
        if line.number in layout.habits.dated:  # a start here makes an entry with a year
            out["ahead_year"] = 1.0
            if values[_ENTRY_YEAR]:  # and the entry so far has its own
                out["both_dated"] = 1.0
    return out


def _habit(out: dict[str, float], name: str, share_and_count: tuple[float, int]) -> None:
    """A habit as a centred value and a bucket, when the list has a few lines to go by."""
    share, count = share_and_count
    if count >= 2:
        out[name] = 2 * share - 1
        out[f"{name}{round(4 * share)}"] = 1.0


@cache
def weights(narrow: bool = False) -> Mapping[str, float]:
    """The weight of every cue (positive: starts an entry) for a list of a wide or a narrow
    column, read once a process."""
    return read_table(NARROW_MODEL if narrow else MODEL)


def starts_entry(layout: Layout, entry: tuple[str, int], prev: Line, line: Line,
                 after: Line | None) -> bool:
    """In a hard-wrapped list: does `line` start an entry? `entry` is the text and line count
    of the entry so far, `after` the line that follows `line`."""
    return score(layout, entry, prev, line, after) > 0


def score(layout: Layout, entry: tuple[str, int], prev: Line, line: Line,
          after: Line | None) -> float:
    """How surely `line` starts an entry (arguments as `starts_entry`): the weighed evidence
    (a log-odds), or +-CERTAIN where the layout or a rule decides alone."""
    if layout.start_indent is not None:  # a hanging indent decides alone
        return CERTAIN if line.indent == layout.start_indent else -CERTAIN
    if layout.strict and fits(prev, line, layout.width):
        return CERTAIN
    shaped, values = _weighed(layout, entry, prev, line)
    decided = _rules(layout, values, (prev, line, after), entry[0])
    if decided is not None:
        return decided
    narrow = layout.strict and layout.width < NARROW  # a greedy narrow column's full lines
    return weigh(weights(narrow), cues(layout, values, prev, shaped, after))


def evidence(layout: Layout, entry: tuple[str, int], prev: Line, line: Line,
             after: Line | None) -> dict[str, float] | None:
    """The cues of a boundary that the weights decide, None where the layout or a rule
    decides alone (the examples `benchmarks/segment_train.py` learns from)."""
    if layout.start_indent is not None or (layout.strict and fits(prev, line, layout.width)):
        return None
    shaped, values = _weighed(layout, entry, prev, line)
    if _rules(layout, values, (prev, line, after), entry[0]) is not None:
        return None
    return cues(layout, values, prev, shaped, after)


def _weighed(layout: Layout, entry: tuple[str, int], prev: Line, line: Line
             ) -> tuple[Line, list[float]]:
    """The line as its start is weighed (a year-first list's opening year set aside) and
    its features; whether the previous line stopped short and whether the line holds a
    year are read from the whole line, the year included."""
    text = unyeared(layout.habits, line.text)
    shaped = line if text == line.text else replace(line, text=text)
    values = features(layout, entry[0], entry[1], prev, shaped)
    if shaped is not line:
        values[_SHORT] = float(fits(prev, line, layout.width))
        values[_LINE_YEAR] = float(bool(YEAR.search(line.text)))
    return shaped, values


def _rules(layout: Layout, values: list[float], around: tuple[Line, Line, Line | None],
           entry: str) -> float | None:
    """+-CERTAIN where a rule decides the start, else None (`entry`: its text so far;
    `around`: the lines as printed, a year-first list's opening year included)."""
    prev, line, after = around
    text = unyeared(layout.habits, line.text)  # what the start is read from
    # Two things no reference does, whatever the weights: end right after its authors and
    # year ("Smith, M. A., and Post, R. M. (1995)."), or leave its volume and pages to a line
    # that starts with neither a name nor a year ("Psychiatry 67, 139-145. doi: ...").
    # A line that starts surely (initials, a name then initials) after a year that closes
    # an entry without other digits is weighed: a book ends so ("..., Springer (1977)").
    # A title's lower-case words before the year make it a book, not an author line
    # ("V.Y. Shtern, The gas phase oxidation of hydrocarbons, Oxford (1964).").
    only_names = values[_ONLY_NAMES] and not values[_STRONG] and not _titled(entry)
    if only_names or (values[_COMPLETES] and not values[_LINE_YEAR]):
        return -CERTAIN
    # Nor end on a lone initial ("..., Editors R. A." / "Raff, K. W."), nor start with a bare
    # number that is no list number ("10, 864 (2014).", "71:909-915."); a number run into
    # letters is a name ("3GPP TS 23.501: ...", a standard).
    if lone_initial(prev.text) or _BARE_NUMBER.match(text):
        return -CERTAIN
    # the note or container that closes the entry before, or what it opened ("1980).")
    if _NEVER_OPENS.match(text) or closes_unopened(text):
        return -CERTAIN
    if layout.strict and _lone_tail(layout, line, after):
        return -CERTAIN
    # a new author-date entry after a dated one's end (`authorhead.head_after_end`)
    return CERTAIN if values[_ENTRY_YEAR] and head_after_end(prev.text, line.text) else None


def _titled(entry: str) -> bool:
    """Two lower-case words of four letters or more: a title, not names ("and", "van")."""
    return len(_TITLE_WORD.findall(entry, 0, 300)) >= 2


def _lone_tail(layout: Layout, line: Line, after: Line | None) -> bool:
    """Greedily wrapped, `line` would be an entry of one short line without a year or
    initials: the publisher or place of the entry before ("Cambridge, Harvard Univ. Press.")."""
    alone = after is None or fits(line, after, layout.width)
    start = unyeared(layout.habits, line.text)  # the year is looked for in the whole line
    return (alone and len(line.text) < 0.75 * layout.width
            and not YEAR.search(line.text) and not strong_start(start))


_ONLY_NAMES = FEATURES.index("only_names_and_year")
_COMPLETES = FEATURES.index("completes_entry")
_LINE_YEAR = FEATURES.index("line_year")
_SHORT = FEATURES.index("stopped_short")
_ENTRY_LINES = FEATURES.index("entry_lines")
_ENTRY_YEAR = FEATURES.index("entry_year")
_STRONG = FEATURES.index("strong_start")
_AUTHOR = FEATURES.index("author_led")
_NUMBER = FEATURES.index("number_start")
_OPEN = FEATURES.index("prev_open")
