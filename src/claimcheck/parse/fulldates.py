"""A full date printed where a style prints the year, which the tagger reads as numbers:
"Serials Review, vol. 33, 4.12.2007, pp. 73" (the day and month taken for the volume),
"Biol Fertil Soils 4 (28.4.1987), 9-14", and "Aust. J. Agric. Res. 12, June 1961" (the
volume before a month's name run into the journal).

Notes in German, Czech, Polish and the Nordic languages print an issue's day as "4.12.2007";
English notes print "12 March 2004" or "June 1961". The styles that made the training
strings print a year alone, so the tagger splits the date: `dotted_date` labels a day and
month glued by stops to a year ("D.M.YYYY", the day up to 31, the month up to 12; with the
bracket around them) the date; `volume_before_month` labels a number ending the container
run, set off by a comma before a month's name and a year, the volume.

One of `repair`'s rules, after the numbers' rules of the title's boundary.
"""

from __future__ import annotations

import re

from claimcheck.parse.tokens import MONTH_NAMES, Token
from claimcheck.vocabulary import YEAR_DIGITS

_YEAR = re.compile(YEAR_DIGITS)
_ACCESS = frozenset({"consulté", "consulte", "abgerufen", "zugriff", "accessed",
                     "retrieved", "consultado", "consultato", "visitato", "acesso", "acessado",
                     "zugegriffen"})


def dotted_date(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The first rule above, in place."""
    for k in range(4, len(tokens)):
        year = tokens[k].text  # (a year's four digits first: most tokens are none, cheaply)
        if len(year) != 4 or not year.isdigit():
            continue
        i = k - 4
        if _day_month_year(tokens, i):
            first = i - 1 if i > 0 and tokens[i - 1].text in "([" else i
            last = i + 5 if i + 5 < len(tokens) and tokens[i + 5].text in ")]" else i + 4
            label = "note" if _accessed(tokens, i) else "date"  # no year from it
            for j in range(first, last + 1):
                out[j] = label
            return


def _accessed(tokens: tuple[Token, ...], i: int) -> bool:
    """The date a web page was read, not its publication's: after an access cue ("consulté
    le", "abgerufen am", "Zugriff am", "accessed"; not "Stand:", a report's own date) or
    anywhere after a link."""
    before = {t.text.lower() for t in tokens[max(0, i - 3):i]}
    return bool(before & _ACCESS) or any(t.text.lower().startswith(("http", "www."))
                                         for t in tokens[:i])


def _day_month_year(tokens: tuple[Token, ...], i: int) -> bool:
    day, stop, month, stop2, year = (t.text for t in tokens[i:i + 5])
    glued = all(tokens[j + 1].start == tokens[j].end for j in range(i, i + 4))
    return glued and stop == stop2 == "." and day.isdigit() and month.isdigit() \
        and 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and _YEAR.fullmatch(year) is not None


def volume_before_month(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The second rule above, in place."""
    if "volume" in out or "container" not in out:
        return
    for i in range(1, len(tokens) - 3):
        if out[i] == "container" and out[i - 1] == "container" and tokens[i].text.isdigit() \
                and tokens[i + 1].text == "," and tokens[i + 2].text.lower() in MONTH_NAMES \
                and _YEAR.fullmatch(tokens[i + 3].text):
            out[i] = "volume"
            out[i + 1] = "volume"
            return
