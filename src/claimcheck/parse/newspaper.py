"""A newspaper named before a day's date ("…», Washington Post, 25 septembre 1999", "Boston
Globe, 3 March 2004"): the tagger, which has seen few, reads the paper's name as a place.

When a location but no container, publisher or volume was read, and the text prints that
location after a comma, a full stop (Spanish notes: "Title. Washington Post, 17 de enero.
2016") or a closing quote and right before a date with a day and a month name
(any of `MONTH_NAMES`' languages: "25 septembre 1999", "12. März 2004", "March 3, 2001",
"13 de abril de 2006"), and it is named as newspapers are (two words or more, opening with
an article, "Le Monde", "The Times", or closing with a newspaper's word, "Washington Post",
"Frankfurter Allgemeine Zeitung", or joined by "della" / "del", "Corriere della Sera"), it is
the container. A place alone before a day's date ("Paris, 25 septembre 1999") dates a letter,
and so does any place after a meeting's name ("... Conference, The Hague, 28 February 2002").
"""

from __future__ import annotations

import re

from claimcheck.parse.tokens import LEXICON, MONTH_NAMES
from claimcheck.vocabulary import YEAR_DIGITS

_DAY_DATE = re.compile(
    r",\s*(?:\d{1,2}\.?\s+(?:de\s+)?(?P<m1>[^\W\d_]+)\.?|(?P<m2>[^\W\d_]+)\.?\s+\d{1,2},?)"
    rf"\s+(?:de\s+)?{YEAR_DIGITS}\b")
_NAME = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*|of|the|de|della|di|del|der|des|du|la|le|y)"
                   r"(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|of|the|de|della|di|del|der|des|du|la|le|y)){0,4}")
_WORD = re.compile(r"\w+")
_BEFORE = re.compile(r"[,.”»’\"']\s*$")
_ARTICLES = frozenset({"the", "le", "la", "les", "l", "die", "der", "das", "el", "il", "lo", "de"})
PAPER_WORDS = frozenset({
    "times", "post", "herald", "tribune", "journal", "news", "gazette", "globe", "telegraph",
    "guardian", "observer", "chronicle", "courier", "independent", "mail", "standard",
    "zeitung", "rundschau", "tagblatt", "anzeiger", "kurier", "presse", "nachrichten",
    "libération", "figaro", "matin", "soir", "diario", "país", "mundo", "vanguardia",
    "corriere", "stampa", "repubblica", "messaggero", "gazzetta"})


def _paper_name(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and (words[0] in _ARTICLES or words[-1] in PAPER_WORDS
                                or words[0] in PAPER_WORDS or "della" in words
                                or "del" in words)


def newspaper(fields: dict[str, str], text: str) -> dict[str, str]:
    """The rule above, on the tagged fields."""
    place = fields.get("location", "")
    if not place or fields.get("container") or fields.get("publisher") \
            or fields.get("volume") or not _NAME.fullmatch(place) or not place[:1].isupper() \
            or not _paper_name(place):
        return fields
    at = text.find(place)
    date = _DAY_DATE.match(text, at + len(place)) if at > 0 else None
    if date is None or (date["m1"] or date["m2"]).lower() not in MONTH_NAMES \
            or not _BEFORE.search(text, 0, at):
        return fields
    if any(LEXICON.get(w.lower()) == "conf" for w in _WORD.findall(text, 0, at)):
        return fields  # a meeting names its place before its date ("Conference, The Hague, 28 ...")
    return {**fields, "container": place, "location": ""}
