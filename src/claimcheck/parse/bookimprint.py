"""A book's imprint run into the book's title, put right (`imprint_out_of_book`).

German chapters print "in: P. Schmidt (Hg.): Geschichte der Städte, Berlin 1990, S. 10–30",
and other notes "..., Book, Chapel Hill, NC 1962, S. 127"; the tagger may read the place
rightly and still run the book's title on through it ("Geschichte der Städte, Berlin 1990,
S"). The container ends before ", Place" when the place read as the location follows it
there with the year (and maybe a page word) to the container's end; a volume word and its
number before the place ("Band 2", "Bd. 2", "vol. 2") go with the imprint.

The place itself may be read with the year and page word run on into it ("Boston 1966, S"):
it is cut back to the place first. A chapter with no place read takes a common place that
closes its book that way ("Soziologie und Sozialgeschichte, Opladen 1972, S").
"""

from __future__ import annotations

import re

from claimcheck.parse.imprints import PLACE
from claimcheck.vocabulary import YEAR_DIGITS

_BOOK_VOLUME = r"(?:,\s*(?:Band|Bd\.?|vol\.?|Vol\.?|t\.|tome)\s*[\dIVXLC]+)?"
_BOOK_TAIL = rf",?\s+{YEAR_DIGITS}[a-z]?(?:,?\s*(?:S|p|pp|pages?)\.?)?\s*$"


# the place read with the year and page word run on into it ("Boston 1966, S")
_PLACE_RUN_ON = re.compile(rf"(.+?),?\s+{YEAR_DIGITS}[a-z]?(?:,?\s*(?:S|p|pp|s)\.?)?")


# a common place, the year (and the page word) closing a chapter's book with no place read
_BOOK_PLACE = re.compile(_BOOK_VOLUME + r",\s+(?P<place>[A-ZÀ-Þ][\w.-]*(?:\s+am\s+Main)?)"
                         + _BOOK_TAIL)


def imprint_out_of_book(fields: dict[str, str]) -> dict[str, str]:
    """The rule above (the place too, when the year and page word ran on into it, or
    a common place when none was read: "Soziologie und Sozialgeschichte, Opladen 1972, S")."""
    container, place = fields.get("container", ""), fields.get("location", "").strip(" ,.")
    if not place and fields.get("kind") == "chapter":
        found = _BOOK_PLACE.search(container)
        if found and PLACE.fullmatch(found["place"]):
            fields, place = {**fields, "location": found["place"]}, found["place"]
    run_on = _PLACE_RUN_ON.fullmatch(place)
    if run_on and container.endswith(fields.get("location", "").strip(" ,")):
        fields, place = {**fields, "location": run_on[1]}, run_on[1]
    if not (container and place) or place not in container:
        return fields
    found = re.search(_BOOK_VOLUME + r",\s+" + re.escape(place) + _BOOK_TAIL, container)
    if found is None or found.start() < 3:
        return fields
    return {**fields, "container": container[: found.start()].strip(" ,.")}
