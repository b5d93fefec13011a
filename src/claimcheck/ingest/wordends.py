"""How often a one-a-line list's lines stop on a bare word that no whole entry ends on.

A list whose entries lack their final stop ends its lines on a place or publisher
("Opladen", "Frankfurt a. M.: Campus", "Weinheim: Juventa Verlag"), pages, a year or a
link, so its share of closed lines (`bare.BareHabits.closed`) is low although a line that
stops on a title's word ("Balanceakt Zeit. Auswirkungen flexibler Arbeitszeiten") is as
rare there as where every entry ends with a full stop. `bare_words` counts such lines
alone: a line that stops on a letter, neither mid-phrase nor on an imprint. Where they are
rare (`RARE`), a dated line that stops so was cut by a wrap (`wrapcut.cut_on_word` reads
the list as closed). Linear in the lines; each line's tail is read once.
"""

from __future__ import annotations

import re

from claimcheck.ingest.entryalone import imprint_end
from claimcheck.ingest.kinds import end_kind
from claimcheck.ingest.starts import OPEN_END

# The line stops on a word of letters: not on a number, a page or an identifier
WORD_END = re.compile(r"(?:^|\s)[^\W\d_](?:[^\W\d_]|['’-])*$")
# A place or a name after the line's last comma, one or two capitalised words: how an entry
# without its stop ends ("..., 2-6 June 2013, Bergen, Norway", "..., New York")
PLACE_TAIL = re.compile(r",\s(?:[A-Z\u00c0-\u00de][\w'’-]*+\s?){1,2}$")
# A publisher after its place's colon, up to four capitalised words: "Frankfurt a. M.:
# Campus", "Tübingen: J.C.B. Mohr", "Odense: Odense University"; the colon after a word, not
# after a year's bracket ("(1995): Diskontinuierliche" is a title's first word). `*+`
# keeps each word whole: a run of capitals would else split every way into four pieces
_COLON_IMPRINT = re.compile(
    r"(?<=[^\W\d_]\.|[^\W\d_]{2}):\s?(?:[A-Z\u00c0-\u00de][\w.'’&-]*+\s?){1,4}$")
RARE = 0.1  # the share of lines stopping on a bare word below which such a stop is a cut


def bare_word(text: str) -> bool:
    """The line stops on a bare word (see the module): no stop, bracket, number or link, not
    mid-phrase, not on a place or publisher."""
    line = text.rstrip()
    if end_kind(line, False) != "word" or not WORD_END.search(line) or OPEN_END.search(line):
        return False
    return not (imprint_end(line) or PLACE_TAIL.search(line) or _COLON_IMPRINT.search(line))


def bare_words(texts: list[str]) -> float:
    """The share of the list's lines (the last aside) that stop on a bare word."""
    lines = texts[:-1]
    return sum(1 for text in lines if bare_word(text)) / max(len(lines), 1)
