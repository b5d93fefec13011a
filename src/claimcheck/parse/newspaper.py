"""A newspaper named before a day's date ("…», Washington Post, 25 septembre 1999", "Boston
Globe, 3 March 2004"): the tagger, which has seen few, reads the paper's name as a place.

When a location but no container, publisher or volume was read, and the text prints that
location after a comma or closing quote and right before a date with a day and a month name
(any of `MONTH_NAMES`' languages: "25 septembre 1999", "12. März 2004", "March 3, 2001",
"13 de abril de 2006"), it is the container: a book's place is followed by its publisher.
"""

from __future__ import annotations

import re

from claimcheck.parse.tokens import MONTH_NAMES

_DAY_DATE = re.compile(
    r",\s*(?:\d{1,2}\.?\s+(?:de\s+)?(?P<m1>[^\W\d_]+)\.?|(?P<m2>[^\W\d_]+)\.?\s+\d{1,2},?)"
    r"\s+(?:de\s+)?(?:1[5-9]|20)\d\d\b")
_NAME = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*|of|the|de|della|di|del|der|des|du|la|le|y)"
                   r"(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|of|the|de|della|di|del|der|des|du|la|le|y)){0,4}")
_BEFORE = re.compile(r"[,”»’\"']\s*$")


def newspaper(fields: dict[str, str], text: str) -> dict[str, str]:
    """The rule above, on the tagged fields."""
    place = fields.get("location", "")
    if not place or fields.get("container") or fields.get("publisher") \
            or fields.get("volume") or not _NAME.fullmatch(place) or not place[:1].isupper():
        return fields
    at = text.find(place)
    date = _DAY_DATE.match(text, at + len(place)) if at > 0 else None
    if date is None or (date["m1"] or date["m2"]).lower() not in MONTH_NAMES \
            or not _BEFORE.search(text, 0, at):
        return fields
    return {**fields, "container": place, "location": ""}
