"""A journal's volume the tagger read with the date before it: "PLoS One, 2015, 10:e0123272",
"Cortex, 2008; 44: 1105" (the "volume:pages" after a year printed with a comma or semicolon).

A date run that follows the container and holds the year, its comma or semicolon, then a
short number (not a year) and the colon before the pages run, is the date up to that number;
the number is the volume. Not a day of the month ("2015 Oct 10:A12": a month's name comes
between, no comma or semicolon).
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import YEAR_DIGITS

_YEAR = re.compile(YEAR_DIGITS)
_VOLUME = re.compile(r"\d{1,4}")


def volume_out_of_date(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "date")
    if start < 1 or end - start != 4 or end >= len(tokens) or out[end] != "pages" \
            or "volume" in out:
        return
    after_journal = out[start - 1] == "container" or (
        tokens[start - 1].text in ",." and start > 1 and out[start - 2] == "container")
    year, mark, number, colon = tokens[start:end]
    if after_journal and _YEAR.fullmatch(year.text) and mark.text in ",;" \
            and _VOLUME.fullmatch(number.text) and not _YEAR.fullmatch(number.text) \
            and colon.text == ":":
        out[start + 2] = out[start + 3] = "volume"
