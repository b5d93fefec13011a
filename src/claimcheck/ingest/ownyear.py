"""Whether a line prints a year or a date of its own, not its entry's (`own_year`).

A one-a-line list's rules join a line to the entry before it only when every year the line
prints is that entry's: part of a range (a period, pages), in a link's access note, or the
entry's year itself. A day's or a month's date (not a newspaper's after its container's
"in"), a year that ends the line (a title-first entry's imprint), a work named by its year
among its first words ("Census 2011"), a yearbook's or a report's year closing its first
sentence, a periodical's "12/2004", a law report's "[2004] ECR", or a range of years ending
after the entry's year dates the line's own work. Asked by `yearinrest`, `opentitlerest` and
`containercut`; bounded patterns, one line at a time.
"""

from __future__ import annotations

import re

from claimcheck.ingest.starts import ANY_YEAR
from claimcheck.parse.tokens import MONTH_NAMES
from claimcheck.vocabulary import YEAR_DIGITS

# a day's date before its year: "12.3.", "4 June", "12. Mai", "March 3,"
DAY = r"\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\.?\s[^\W\d_]{3,9}\.?\s|[^\W\d_]{3,9}\.?\s\d{1,2},\s?"
# a date: a day's ("4 June 1990", "12.3.2011", "March 3, 2020"; not the last of a range of
# days, "12–14 May", "30 March–1 April") or a month's ("February 2004")
_MONTH = "|".join(sorted((m.capitalize() for m in MONTH_NAMES), key=len, reverse=True))
_DATE = re.compile(
    rf"(?<![\d–—-])(?:{DAY}|(?<!\d\s)(?<!\d\.\s)\b(?:{_MONTH})\.?\s)"
    rf"{YEAR_DIGITS}\b")
# a range of days, a meeting's ("12–14 May 2004", "30 March–1 April 2006", "2–6 July")
DAY_RANGE = re.compile(
    r"(?<!\d)\d{1,2}\.?(?:\s[^\W\d_]{3,9}\.?)?\s?[-–—]\s?\d{1,2}\.?\s[^\W\d_]{3,9}\.?"
    rf"(?:\s{YEAR_DIGITS}\b)?")
# a container's "in" ("in: Die Zeit", ", in The Observer", ". In Proceedings"), not a
# title's preposition ("the aftermath in London")
_CONTAINER = re.compile(r"\b[Ii]n:\s|(?:^|[.,;]\s)[Ii]n\s")
_YEAR_ENDS = re.compile(rf"(?<![\w./-]){YEAR_DIGITS}[a-z]?\)?[.,;]?\s*$")  # "Norton, 2000."
# a range of years or pages ("1950–1990", "1920 –1945", "1745–1760", "2005-07")
_RANGE = re.compile(rf"(?<!\d){YEAR_DIGITS}\s?[-–—/]\s?\d{{2,4}}(?!\d)"
                    rf"|(?<!\d)\d{{2,4}}\s?[-–—/]\s?{YEAR_DIGITS}(?!\d)")
# a link, or an access note, and what follows it: its date is the reading's, not the work's
_ACCESS = re.compile(
    r"https?:|www\.|\b(?:doi|[Aa]ccess\w*|[Aa]bruf|[Rr]etrieved|[Cc]itado|Stand)\b")
# the line's first words before any mark, then a year: a work named by its year
_NAMED_BY_YEAR = re.compile(rf"^(?:[^\s,.;:()]+\s){{1,5}}(?:of\s)?{YEAR_DIGITS}\b(?!\s?[-–—])")
# rev-seg21: a work's own date in forms the rule read as the entry's
# - a first sentence closing on a lone year, however long the name before it: a yearbook's
#   or a report's ("Statistisches Jahrbuch für die Bundesrepublik Deutschland 1990. Stuttgart")
_TITLE_YEAR = re.compile(rf"^[^.?!]*?\s{YEAR_DIGITS}\.\s")
# - a short name, then a number and its year: a periodical's issue or a legal act's number
#   ("Der Spiegel 12/2004, S. 44", "Regulation (EC) No 883/2004 of"; not a report's number
#   inside a subtitle, "Ergebnisse der Erhebung Nr. 4/1998 des Instituts")
_NUMBER_YEAR = re.compile(rf"^(?:[^\s,.;:]+\s){{1,3}}\d{{1,4}}/{YEAR_DIGITS}\b")
# - a law report's year in square brackets before its volume or series ("[2004] ECR I-7573",
#   "[1998] 1 WLR 1502", "[2004] UKHL 30")
_REPORT_YEAR = re.compile(rf"\[{YEAR_DIGITS}\]\s(?:\d{{1,3}}\s)?[A-Z]{{2,}}")
# - a range of years closing the line after a comma: the span of interviews, field notes or
#   files ("..., Leipzig and Dresden, 1996–1997."), not a subtitle's period before an imprint
_RANGE_ENDS = re.compile(rf"[,;]\s{YEAR_DIGITS}\s?[-–—/]\s?\d{{2,4}}\.?\s*$")
# - a range of years ending after the entry's year: no period a work of that year looks back
#   on ("Interviews ..., 1997–1999" after a 1998 entry; "Sweden 1950–1990" after 2003 is one)
# (four-digit ends only: "No. 2005-07" is a paper's number, not a span)
_YEARS_RANGE = re.compile(rf"(?<!\d)({YEAR_DIGITS})\s?[-–—/]\s?({YEAR_DIGITS})(?!\d)")


def _range_after(text: str, year: str) -> bool:
    """A range of years in `text` ends after `year`."""
    for found in _YEARS_RANGE.finditer(text):
        last = int(found.group(2))
        if last > int(year) and last > int(found.group(1)):
            return True
    return False


def own_year(text: str, year: str) -> bool:
    """`text` prints a year that is not the entry's `year` (outside a range, before any link
    or access note), a date (a day's or a month's) not after a container's "in" ("Vienna, 4
    June 1990", "vom 12. Mai 1986", "Strategy, February 2004"; a newspaper's date follows
    its "in: The Observer, 14 August 2011", a conference's is a range, "12–14 May 2004"),
    or a year that ends the line ("New York: Norton, 2000.": a title-first entry's imprint;
    an author-date entry prints its year in its head); or it names its work by a year among
    its first words."""
    if _NAMED_BY_YEAR.match(text) or _TITLE_YEAR.match(text) or _NUMBER_YEAR.match(text):
        return True
    if _REPORT_YEAR.search(text) or _RANGE_ENDS.search(text):
        return True
    access = _ACCESS.search(text)
    if _range_after(text[:access.start()] if access else text, year):
        return True
    text = _RANGE.sub(" ", DAY_RANGE.sub(" ", text[:access.start()] if access else text))
    contained = _CONTAINER.search(text)
    cut = contained.end() if contained else len(text)
    if _DATE.search(text[:cut]):
        return True
    text = text[:cut] + _DATE.sub(" ", text[cut:])
    return bool(_YEAR_ENDS.search(text)) or any(
        found.group() != year for found in ANY_YEAR.finditer(text))
