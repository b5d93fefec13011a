"""What kind of text a wrapped line starts with, and what kind the line before ends with.

The boundary table (`boundary`) weighs each start kind against each end kind and whether the
line before stopped short: "pages, then a name with initials" and "a comma, then a title"
are read together, not as two separate votes. A line that starts with a publishing place
("New York: Wiley", "Washington, D. C., May 1993", "Opladen: Leske + Budrich") or a
publisher ("Cambridge University Press, 2007.") is the end of the entry before, not an entry,
though it may be name-shaped ("Boston, MA", "Washington, DC"); the places are the common
seats of scholarly publishers and universities, in English, German, French and other
spellings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.ingest.starts import LINK_END, LOWER_START, ORG_WITH_YEAR, PAGES_END, YEAR_END
from claimcheck.vocabulary import PLACE_NAMES, YEAR_DIGITS

# A place, then a colon ("New York: Wiley"), a region ("Boston, MA.", "Washington, D. C.,",
# "Cambridge, Mass.:") or a year ("Leipzig 1938"), or the line's end; a place with a comma and
# an initial is a family name ("London, J.").
PLACE_START = re.compile(
    rf"^(?:{PLACE_NAMES})(?:/\w+\.?)?"
    r"(?:\s*:|,?\s+(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)?)(?=[,.:;]|$)"
    rf"|,?\s+{YEAR_DIGITS}\b|\s*[.;]?$)"
)
PUBLISHER_START = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,4}(?:University\s+Press|Press\b|Verlag\b|"
    r"Publishers?\b|Publishing\b|Publications\b|Books\b|Éditions\b|Editions\b|Editora\b|"
    r"Editorial\b|Academic\b|Springer\b|Elsevier\b|Wiley\b|Routledge\b|Sage\b|SAGE\b|"
    r"Blackwell\b|Pergamon\b|Kluwer\b|Suhrkamp\b|Kohlhammer\b|Campus\b|Leske\b|Westdeutscher\b|"
    r"Hogrefe\b|Beltz\b|Juventa\b|Deutscher\b|Duncker\b|Peter Lang\b|"
    r"Taylor\s*&\s*Francis|Erlbaum\b|Guilford\b|Macmillan\b|Palgrave\b|Penguin\b|"
    r"HarperCollins|Prentice\b|McGraw|Addison|Basic Books|MIT\b|CRC\b|IEEE\s+Press)"
    r"(?!,?\s+[A-Z]\.)"  # "Springer, A." is a name
)
# Given names first: "Dario Giarrizzo, Matthias Kaiserswerth,", "Anoop Gupta and Andrew
# Tucker" (a title in title case may look so too; the weights say how much it counts).
_GIVEN_FIRST = re.compile(
    r"^(?:[A-Z][a-z\u00df-\u00ff]+(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s)?(?:[a-z]{1,3}\s)?"
    r"[A-Z][\w'’-]+)(?:,\s(?:and\s)?|\s(?:and|&)\s)[A-Z][a-z]+\s(?:[A-Z]\.\s)?[A-Z]"
)
_FIRST_WORD = re.compile(r"[^\s,:;./]+")
# the first word of each place, as _FIRST_WORD reads it ("St\\. Louis" -> "St")
_PLACE_WORDS = frozenset(re.split(r"[\s\\]", place)[0] for place in PLACE_NAMES.split("|"))
_DIGIT = re.compile(r"^[(\[]?\d")
_CAPITAL = re.compile(r"^[\"'“‘„(]*[A-Z\u00c0-\u00de]")
_PAGES_END = re.compile(rf"(?:{PAGES_END})$")
_YEAR_END = re.compile(rf"(?:{YEAR_END})$")
_LINK_END = re.compile(rf"(?:{LINK_END})$")


@lru_cache(maxsize=256)
def start_kind(text: str, number: bool, strong: bool, author: bool) -> str:
    """How a line starts: a list number, a place, a publisher, surely an author (or the
    same-author dash), a name, given names first, a digit, an organisation with its year,
    lower case, a capital. `number`, `strong`, `author`: what `boundaryfeatures.features` found
    (a list number, a sure start, a name)."""
    if number:
        return "number"
    first = _FIRST_WORD.match(text)
    if first and first.group() in _PLACE_WORDS and PLACE_START.match(text):
        return "place"
    if PUBLISHER_START.match(text):
        return "publisher"
    if strong:
        return "strong"
    if author:
        return "author"
    if _GIVEN_FIRST.match(text):
        return "names"
    if _DIGIT.match(text):
        return "digit"
    if ORG_WITH_YEAR.match(text):
        return "org"
    if LOWER_START.match(text):
        return "lower"
    return "capital" if _CAPITAL.match(text) else "other"


@lru_cache(maxsize=256)
def end_kind(text: str, open_end: bool) -> str:
    """How a line ends: mid-phrase (`open_end`, as `boundaryfeatures.features` found), with pages,
    a year, a DOI or URL, a full stop, a bracket, a word. Only the line's tail is read."""
    if open_end:
        return "open"
    tail = text[-24:]
    if _PAGES_END.search(tail):
        return "pages"
    if _YEAR_END.search(tail):
        return "year"
    if _LINK_END.search(text[text.rfind(" ") + 1:]):
        return "link"
    if text.endswith("."):
        return "stop"
    return "bracket" if text.endswith((")", "]")) else "word"
