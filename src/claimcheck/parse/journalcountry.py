"""A country closing a journal's name, which the tagger reads as a place: "Proc Natl Acad Sci
USA 2006; 103: 14288", "Proc. Natl. Acad. Sci. U.S.A., 104, 6550", "C R Acad Sci France 320".

An article's entry prints no place between its journal and its numbers, so a place run that
follows the container's last word with nothing between (a conference's place is set off by
its comma or bracket, "Proc. Conf. Machine Learning, Boston, USA, 2006") and is followed by
the date, volume, issue or pages is the journal's last word. Only a country's (or a state's)
name, or a short capitals abbreviation ("USA", "U. S. A.", "UK"), which may follow the
journal's last stop too ("Sci. U.S.A."; a name there may open a meeting's place, "Annual
Meeting. New York, September 1994"); and only in an entry with no publisher (a book's
imprint may follow its series: "Lecture Notes in Math. Berlin 2006").
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import NUMBER_LABELS
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import COUNTRY_NAMES

_COUNTRY = re.compile(COUNTRY_NAMES)
# "USA", "UK", "U.S.A." (tokens "U", ".", "S", ...): two or three capitals
_CAPITALS = re.compile(r"(?:[A-Z]\.?){2,3}")


def country_closing_journal(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "location" not in out or "container" not in out or "publisher" in out:
        return
    start = out.index("location")
    if start and out[start - 1] == "container":
        end = country_after(tokens, out, start)
        out[start:end] = ["container"] * (end - start)


def country_after(tokens: tuple[Token, ...], out: list[str], start: int) -> int:
    """Where the place run at `start` ends if it is a country closing the name before it (see
    the module), else `start`."""
    before = tokens[start - 1].text if start else ""
    if not (before[-1:].isalnum() or before == ".") or not tokens[start].text[:1].isupper():
        return start
    end = start
    while end < len(out) and out[end] == "location":
        end += 1
    words = end
    while words > start and not tokens[words - 1].text[:1].isalnum() \
            and tokens[words - 1].text != ".":
        words -= 1  # a comma closing the run ("USA, 103")
    if end >= len(out) or out[end] not in NUMBER_LABELS or words == start:
        return start
    run = tokens[start:words]
    # (a country's name right after the journal's last word: after a full stop it may open
    # a meeting's place, "Annual Meeting. New York, September 1994")
    if _CAPITALS.fullmatch("".join(t.text for t in run)) or (
            before != "." and _COUNTRY.fullmatch(" ".join(t.text for t in run))):
        return end
    return start
