"""The date printed right after the journal and before its numbers with colons, Vancouver's
"Cortex 2008: 44:1105–1132", "HortScience 2017: 52: 31–39", and without a volume, "Proc 30th
SIGIR. 2007:655–662", "Proc Natl Acad Sci 2017:201704949", "Proc ... Med. 2009;:3537": the
tagger reads the year as the volume (and the volume as the pages).

Where the entry labels no date, a year right after the container (after its stop, if any)
followed by a colon or semicolon is the date; after the semicolon a short number is the volume
("2009;48", "2009;48:12-19"), after the colon a short number and a colon are ("2008:
44:1105"; the issue in brackets between, "2008:88(11):1345"), and the page, range or article
number after them the pages, with nothing but a stop after them. An entry where the tagger
labelled a date elsewhere is left alone: the number is then a volume that looks like a year,
or the rule has nothing to mend.
"""

from __future__ import annotations

import re

from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import YEAR_DIGITS

_PAGES = r"[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?"
# after the year, ";" opens the volume ("2009;48", "2009;48:12-19"; "2009;:3537" prints none),
# ":" the pages or "volume:pages" ("2007:655–662", "2008: 44:1105–1132")
_AFTER_JOURNAL = re.compile(
    rf"\s*+\.?\s*+(?P<date>{YEAR_DIGITS})\s*(?:;\s*:\s*(?P<pages>{_PAGES})"
    rf"|;\s*(?P<volume>\d{{1,4}})(?:\s*:\s*(?P<pages2>{_PAGES}))?"
    rf"|:\s*(?:(?P<volume2>\d{{1,4}})(?:\s*\(\s*(?P<issue>\w{{1,4}})\s*\))?\s*:\s*)?"
    rf"(?P<pages3>{_PAGES}))\s*+\.?\s*+$")
_GROUPS = (("date", "date"), ("pages", "pages"), ("volume", "volume"), ("pages2", "pages"),
           ("volume2", "volume"), ("issue", "issue"), ("pages3", "pages"))


def year_before_numbers(text: str, tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "date" in out or "container" not in out:
        return
    last = len(out) - out[::-1].index("container") - 1
    match = _AFTER_JOURNAL.match(text, tokens[last].end)
    if match is None:
        return
    for i in range(last + 1, len(tokens)):
        start = tokens[i].start
        for group, label in _GROUPS:
            if match.start(group) <= start < match.end(group):
                out[i] = label
