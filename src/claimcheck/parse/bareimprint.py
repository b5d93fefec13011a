"""A book's imprint printed bare in brackets, one name and the year (`bare_imprint`).

An imprint of one name and the year ("(Hutchinson, 1980)", "(F. Cairns, 1984)", "(World
Health Organization, 2008)") that the tagger read into the date, nowhere, or as a book's
journal (no volume; only a name with a publisher's or organisation's word: "(New York
Times, 1990)" stays a journal): a common place is the place, any other name the publisher.
Not where a place or publisher was read ("(Berg, 1994)" read as a place stays so), nor for
a meeting's name ("(SIGMOD Conference, 2010)"), a month or season, a work's standing
("(Preprint, 2010)"), nor one word without a firm's word ("(Faber, 1997)" is a firm,
"(Haarlem, 1919)" a town missing from the list of common places: a wrong publisher would be
compared with the record's). A town of two words missing from the list ("(Baton Rouge,
1990)") still becomes a publisher. (The other imprints' rules are `imprints`'.)
"""

from __future__ import annotations

import re

from claimcheck.parse.imprints import MEETING, PLACE, PRESS
from claimcheck.parse.onename import ORG_WORDS
from claimcheck.parse.tokens import MONTH_NAMES
from claimcheck.vocabulary import NOT_YET_PRINTED, YEAR_DIGITS

# "(Hutchinson, 1980)", "(F. Cairns, 1984)", "(World Health Organization, 2008)": an imprint
# of one name (no colon, no digit), a comma and the year
_BARE = re.compile(rf"\((?P<inside>[A-ZÀ-Þ][^():;\d]*?),\s*{YEAR_DIGITS}\)")
# a firm's name: one to five capitalised words or initials, "&", "and", "of", "de" between
_FIRM_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:&|and|of|for|de|the|[A-ZÀ-Þ][\w'’.-]*)){0,5}")


def bare_imprint(fields: dict[str, str], text: str) -> dict[str, str]:
    """The rule above."""
    if fields.get("publisher") or fields.get("location"):
        return fields
    for found in _BARE.finditer(text):
        inside = found["inside"].strip()
        if not _FIRM_NAME.fullmatch(inside) or MEETING.search(inside) or _dated(inside):
            continue
        out = _unread(fields, inside)
        if out is not None and (PLACE.fullmatch(inside) or not _lone_word(inside)):
            out["location" if PLACE.fullmatch(inside) else "publisher"] = inside
            if not out.get("container"):
                out.setdefault("kind", "book")  # a title with its own imprint
            return out
    return fields


def _lone_word(inside: str) -> bool:
    """One word with no publisher's or organisation's word: as often a town missing from the
    list of common places ("(Haarlem, 1919)") as a firm ("(Faber, 1997)"): left alone."""
    return " " not in inside and not (PRESS.search(inside) or ORG_WORDS.search(inside.lower()))


def _dated(inside: str) -> bool:
    """A month or season, not a firm: "(July-August, 1964)", "(Fall, 1967)", "(Feb., 1992)";
    or how the work stands ("(Preprint, 2010)", "(Forthcoming, 2010)", "(Draft, 2010)")."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", inside)]
    return any(w in MONTH_NAMES or w in SEASONS or w in _STANDING for w in words) or \
        any(inside.lower().startswith(p) for p in NOT_YET_PRINTED)


# words of a work's standing or genre, not a firm's name
_STANDING = frozenset({
    "preprint", "draft", "forthcoming", "unpublished", "manuscript", "typescript", "mimeo",
    "mimeograph", "thesis", "dissertation", "report", "paper", "lecture", "interview",
    "letter", "memo", "memorandum", "speech", "abstract", "poster", "online", "video", "film",
    "blog", "podcast", "tweet", "email", "pamphlet", "reprint", "translation", "edition",
    "revised", "accepted", "submitted", "editorial", "comment"})


SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter", "printemps", "été",
                      "automne", "hiver", "frühjahr", "frühling", "sommer", "herbst",
                      "primavera", "verano", "otoño", "invierno", "estate", "autunno",
                      "inverno"})


def _unread(fields: dict[str, str], inside: str) -> dict[str, str] | None:
    """The fields without the imprint's name where the tagger read it as the journal (with no
    volume or pages) or into the date; None when another field holds it."""
    out = dict(fields)
    if fields.get("container") == inside and not (fields.get("volume") or fields.get("issue")):
        if not (PRESS.search(inside) or ORG_WORDS.search(inside.lower())):
            return None  # a newspaper's name, "(New York Times, 1990)", is a container
        del out["container"]
        if out.get("kind") == "article":
            out["kind"] = "book"
    elif inside in fields.get("date", ""):
        out["date"] = fields["date"].replace(inside, "").strip(" ,")
    if any(inside in v for k, v in out.items() if k != "kind"):
        return None
    return out
