"""A piece of an entry cut in two at a line's end, in a one-a-line list: the line goes on.

Some things an entry prints are never cut by an entry's end, so a line that ends inside one
and a line that ends it are one entry, whatever the next line opens with:
- a place's name of two words or more ("... New" / "York: Free Press.", "... San" /
  "Francisco, CA: Jossey-Bass."; `vocabulary.PLACE_NAMES`), `place_cut`;
- a journal's volume and pages after its year ("N Engl J Med 1984;" / "311:1065-1070.",
  "Protoplasma." / "227:53-64."): no entry opens with a volume and its pages,
  `volume_pages`.
Each reads two lines with bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import BareHabits
from claimcheck.ingest.starts import YEAR
from claimcheck.vocabulary import PLACE_NAMES

# The places of more than one word ("New York", "San Francisco", "Hong Kong"), by their
# words before the last ("New", "San", "Hong") and the last ("York", "Francisco", "Kong")
_PLACES = [place.replace("\\", "") for place in PLACE_NAMES.split("|") if " " in place]
_PLACE_HEADS = {place.rsplit(" ", 1)[0] for place in _PLACES}
_PLACE_HEAD_END = re.compile(
    rf"(?:^|\s)({'|'.join(re.escape(head) for head in sorted(_PLACE_HEADS))})$")


def place_cut(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`prev` stopped inside a place's name that `text` goes on with ("... New" / "York:
    Free Press.", "... San" / "Francisco, CA: Jossey-Bass."): the imprint of the entry
    before, cut in two; no entry opens with a place's last word. Not a line that opens with
    an author element and its year ("York, R. (2001). ...")."""
    head = _PLACE_HEAD_END.search(prev.rstrip())
    if head is None or YEAR.search(text[:_HEAD_YEAR_CHARS]):
        return False
    return any(place.startswith(head.group(1) + " ") and _PLACE_GOES_ON.match(
        text[len(place) - len(head.group(1)) - 1:]) is not None and text.startswith(
        place[len(head.group(1)) + 1:]) for place in _PLACES)


_HEAD_YEAR_CHARS = 40  # an entry's author element and year open it within so many characters
# the place ends: "York:", "York,", "York NY," (its state)
_PLACE_GOES_ON = re.compile(r"^(?:[,:;./)]|\s[A-Z]{2}\b|\s*$)")


# A volume, its issue, then its pages after a colon or comma ("311:1065-1070.", "12(3):
# 45-67", "133, pages 87-96", "47, e1-e12"), not a year ("1998: 45") nor a list number ("3.
# Smith") nor a date ("12, March")
_VOLUME_PAGES = re.compile(
    r"^\d{1,4}\s?(?:\(\d{1,4}(?:[-–/]\d{1,4})?\))?\s?[:,]\s?(?:pages?\s|pp?\.\s?)?"
    r"[a-zA-Z]?\d{1,6}(?:\s?[-–]\s?[a-zA-Z]?\d{1,6})?(?=[\s.,;)]|$)")
# where a journal's volume follows: its year and a mark ("1984;", "2019,"), or its name's stop
_BEFORE_VOLUME = re.compile(rf"(?:{YEAR.pattern})\s?[;,.:]?$|[A-Za-z]\.$")


def volume_pages(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with a volume and its pages, and the line before ended on the journal's
    year or name (see the module)."""
    found = _VOLUME_PAGES.match(text)
    if found is None or YEAR.fullmatch(text[:found.end()].split(":")[0].split(",")[0]):
        return False
    return entry_dated and bool(_BEFORE_VOLUME.search(prev.rstrip()))


# each joins a line to the entry before: (line before, line, list habits, entry dated)
RULES = (place_cut, volume_pages)
