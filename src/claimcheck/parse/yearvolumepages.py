"""Chemistry's "Journal Year, Volume, Page" (ACS, RSC, Angewandte: "J. Org. Chem. 2010, 75,
2011.", "Atmos Chem Phys 2017, 17, 13559"), which the tagger reads as it likes.

Right after the container the three numbers are date, volume and pages whatever the tagger
read (a page may look like a year, a year like a volume); not after a listed place read as
the container ("Seoul, 2008, 12, 45-60"). A journal read as the publisher there, with no
container, is the container, unless it reads as a book's or a report's imprint
("McGraw-Hill, 1962, 1, 50", "NOAA, 2009, 12, 1–60"). The first of `locators`' rules.
"""

from __future__ import annotations

import re

from claimcheck.ingest.kinds import PUBLISHER_START
from claimcheck.parse.assemble import label_run, words_end
from claimcheck.parse.imprints import COUNTRY
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import PLACE_NAMES, YEAR_DIGITS

# a listed place's name alone (not `imprints.PLACE`, which also takes "... am Main")
_PLACE = re.compile(PLACE_NAMES)
# a publishing house's double name, one hyphenated word ("McGraw-Hill", "Butterworth-Heinemann",
# "Wiley-VCH", "Addison-Wesley"); a journal's name is not printed so
_HOUSE = re.compile(r"(?:Mc)?[A-Z][a-z]+-[A-Z][A-Za-z]+")
_ACRONYM = re.compile(r"[A-Z]{2,}")  # a body's: "CSIRO", "NOAA", "KMFRI"
_FROM_PAGE_ONE = re.compile(r"1\s?[-–]")  # "1–60": a report's pages, whole


# "2010, 75, 2011", "2017, 17, 13559", "2011, 7, e1001336": a year, a volume that is none,
# then a page, page range or article number, and nothing more of them (no fourth number:
# "Polymer 2003, 44, 19, 5789–5795" is year, volume, issue, pages).
_YEAR_VOLUME_PAGES = re.compile(
    rf"\s*[.,]?\s*({YEAR_DIGITS})\s*,\s*(?!{YEAR_DIGITS}\b)(\d{{1,4}})\s*,\s*"
    r"([A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?)(?![\w(–-])"
    # (not a fourth number after a comma: "2003, 44, 19, 5789–5795" prints the issue third)
    r"(?!\s*[,:]\s*(?:pp?\.\s*)?[A-Za-z]?\d)")


def year_volume_pages(text: str, tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "container" not in out:
        _journal_read_as_imprint(text, tokens, out)
        return
    last = len(out) - out[::-1].index("container") - 1
    match = _YEAR_VOLUME_PAGES.match(text, tokens[last].end)
    first = out.index("container")
    if not match or _PLACE.fullmatch(text[tokens[first].start:tokens[last].end].strip(" ,.")):
        return  # (a book's place the tagger read as the container: "Seoul, 2008, 12, 45-60")
    for i, token in enumerate(tokens):
        for group, label in ((1, "date"), (2, "volume"), (3, "pages")):
            if match.start(group) <= token.start < match.end(group):
                out[i] = label


def _journal_read_as_imprint(text: str, tokens: tuple[Token, ...], out: list[str]) -> None:
    """A publisher run after the title, before "Year, Volume, Page" ("Mycopathologia, 2014,
    177, 223–4"), is the journal: not a place ("USA 1990, 171"), nor a publisher's name, nor a
    book's or report's imprint (`_a_book`)."""
    start, end = label_run(out, "title")
    while 0 <= end < len(out) and out[end] == "O" and not tokens[end].text[:1].isalnum():
        end += 1
    if start < 0 or end >= len(out) or out[end] != "publisher":
        return
    first, stop = label_run(out, "publisher")
    last = words_end(tokens, first, stop)
    name = text[tokens[first].start:tokens[max(last - 1, first)].end].strip(" ,.")
    numbers = _YEAR_VOLUME_PAGES.match(text, tokens[stop - 1].end)
    if first != end or last == first or _PLACE.fullmatch(name) or COUNTRY.fullmatch(name) \
            or any(LEXICON.get(t.text.lower()) == "publisher" for t in tokens[first:last]) \
            or not numbers or _a_book(name, numbers):
        return
    out[first:stop] = ["container"] * (stop - first)
    year_volume_pages(text, tokens, out)


def _a_book(name: str, numbers: re.Match[str]) -> bool:
    """Whether a book's or a report's imprint reads as "Year, Volume, Page": a publishing
    house ("Kluwer", "McGraw-Hill"), or a body's acronym before a volume of one digit or
    pages from 1 ("Survey of Kenyan fisheries, KMFRI, 2012, 4, 10–30", "NOAA, 2009, 12,
    1–60": a report series' number, the report whole). A journal's acronym is an old
    journal's ("JACS, 2010, 132, 1000–1005"). (A one-digit volume after any name in whole
    words is a young journal's as often: "ChemistrySelect, 2019, 4, 5322–5337".)"""
    report = _ACRONYM.fullmatch(name) and (
        len(numbers.group(2)) == 1 or _FROM_PAGE_ONE.match(numbers.group(3)))
    return bool(PUBLISHER_START.match(name) or _HOUSE.fullmatch(name) or report)
