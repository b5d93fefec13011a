"""A book's imprint run into the book's title, where the place was read apart.

German chapters print "in: P. Schmidt (Hg.): Geschichte der Städte, Berlin 1990, S. 10–30",
and other notes "..., Book, Chapel Hill, NC 1962, S. 127"; the tagger may read the place
rightly and still run the container on through it ("Geschichte der Städte, Berlin 1990, S").
The container ends before ", Place" when the place read as the location follows it there with
the year (and maybe a page word) to the container's end; a volume word and its number before
the place ("Band 2", "Bd. 2", "vol. 2") go with the imprint.
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import YEAR_DIGITS

_VOLUME = r"(?:,\s*(?:Band|Bd\.?|vol\.?|Vol\.?|t\.|tome)\s*[\dIVXLC]+)?"
_TAIL = rf",?\s+{YEAR_DIGITS}[a-z]?(?:,?\s*(?:S|p|pp|pages?)\.?)?\s*$"


def imprint_out_of_book(fields: dict[str, str]) -> dict[str, str]:
    """The rule above."""
    container, place = fields.get("container", ""), fields.get("location", "").strip(" ,.")
    if not (container and place) or place not in container:
        return fields
    found = re.search(_VOLUME + r",\s+" + re.escape(place) + _TAIL, container)
    if found is None or found.start() < 3:
        return fields
    return {**fields, "container": container[: found.start()].strip(" ,.")}
