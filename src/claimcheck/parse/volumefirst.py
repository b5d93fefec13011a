"""The volume printed before the journal's name with only a space, as the Bluebook, EJIL
and their house styles print an article: "Title, 61 Tellus A 81 (2009)", "‘Title’, 27 World
Dev., (2013), pp. 77–90", "“title”, 14 JMR (2015) 12-40".

The tagger, which has seen the volume after the journal, reads the number into the title's
end, the note, or the journal's start, and a bare first page after the journal as the
volume. The number is the volume when it stands right before the journal run (or opens
it), after the title's closing mark (",", ".", ":", a closing quote, a spaced dash, or a cue
"in" / "dans" / "In:"), a capitalised journal word after it, and the journal's numbers
follow the journal (the date or pages next, or a bare number: the first page); never a
year, nor when a volume is read elsewhere (then the number belongs to the name: "in: 100
Jahre Universität Hamburg 12 (2019)"), nor when an imprint follows (a book's title: "in:
100 Jahre ..., Hamburg: Hanse"). A bare number right after the journal that the tagger
read as the volume is then the first page ("61 Tellus A 81"), or the issue when the pages
are read ("1 Insect Conservation and Diversity 4 (2008), 197–207").
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import YEAR_DIGITS

_YEAR = re.compile(YEAR_DIGITS)
_MARKS = frozenset({",", ".", ":", ";", "”", "’", "\"", "'", "»", "“", "–", "—"})
_CUES = frozenset({"in", "In", "dans", "en", "w"})
_BOOKISH = frozenset({"publisher", "location", "editor"})


def _number_at(tokens: tuple[Token, ...], out: list[str], start: int) -> int:
    """The volume's token: the journal run's first token, or the one before it; else -1."""
    for k in (start, start - 1):
        text = tokens[k].text if k > 0 else ""
        if text.isdigit() and len(text) <= 3 and tokens[k + 1].text[:1].isupper() \
                and out[k] in ("container", "title", "note", "O"):
            return k
    return -1


def _after_mark(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether a field's closing mark (and maybe a cue) stands before token `k`."""
    j = k - 1
    if j > 0 and tokens[j].text == ":" and tokens[j - 1].text in _CUES:
        j -= 1
    if j > 0 and tokens[j].text in _CUES:
        j -= 1
    return j > 0 and tokens[j].text in _MARKS


def volume_before_journal(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "container")
    if start < 2 or "volume" in out[:start] or _BOOKISH.intersection(out[end:]):
        return
    k = _number_at(tokens, out, start)
    if k < 0 or not _after_mark(tokens, k) or "title" not in out[:k]:
        return
    later = [i for i in range(end, len(out))
             if out[i] == "volume" and tokens[i].text[:1].isalnum()]
    if later and not (later[0] == end and tokens[end].text.isdigit()
                      and len(later) == 1):
        return  # a volume of its own after the name: the number is the name's
    if later and any(out[i] in ("issue", "pages") and tokens[i].text[:1].isdigit()
                     and tokens[i - 1].text not in "-–—"
                     for i in range(later[0] + 1, len(out))):
        return  # its issue or pages after that volume: "3 Biotech 8 (2018) 112"
    if end < len(out) and not (out[end] in ("date", "pages", "volume", "O")
                               or tokens[end].text in ",.:;("):
        return
    out[k] = "volume"
    if later and not _YEAR.fullmatch(tokens[later[0]].text):
        # the number after the name is the first page, or the issue when pages are read
        # ("1 Insect Conservation and Diversity 4 (2008), 197–207"); "81 (" read as the
        # volume: the bracket goes with it
        field = "issue" if "pages" in out else "pages"
        for i in range(end, len(out)):
            if out[i] != "volume":
                break
            out[i] = field
