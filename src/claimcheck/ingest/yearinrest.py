"""An author-date entry cut after its title, in a one-a-line list: a rest that prints a year.

A hard wrap right after a dated entry's title ("Klocke, A. (2001): Lebensstile in der
Familie.") leaves a line that brings the entry's subtitle and source, and that line often
prints a year inside it: a period in a subtitle ("... in Sweden 1950–1990. Lund: Arkiv."), a
report's number ("Nr. 3/2001"), a newspaper's date or a conference's days in the entry's own
year ("in: The Observer, 14 August 2011, p. 12."). `lateyear.rest_after_title` refuses
every line with a year, for laws, interviews, archives and newspaper articles dated by a day
are whole entries of their own; this module reads the evidence that tells them apart:
- the list: an author-date list (`undatedrest.year_heads`: four dated lines in five open
  with names then their year) whose heads seldom end on their title before another head
  (`headyear.title_wholes` under 0.15: an entry goes on to its source there; the lines cut
  after a title do not count against it, as `title_ends` would), and in which no line
  printing a year without a head follows a line that ended a whole entry
  (`headyear.own_dated`: where such lines are entries, a law or an interview after a title
  is one too);
- the line before: the entry's first line, a head of names and year and a title up to a
  word's stop (`headyear.title_cut`);
- the line: no head of its own (names, initials, a list number, an author element and its
  year or bracketed range, an organisation, a quoted title, lower case, a link first), no
  case ("v."), no date set off between sentences as a title-first entry prints its own
  ("... Reports. 2022. Washington"), no name and its day's date alone ("Le Monde, 12 mars
  2004."), and no year of its own (`own_year`): every year it prints is the entry's,
  part of a range (a period, pages), or in a link's access note; a day's date in its first
  sentence, or a year among its first words before any mark ("Data Protection Act 2003",
  "Census 2011"), dates the line's own work whatever the year.
Read per boundary with bounded patterns (asked by `segment` with the entry's size, among
`sizedrules.SIZED_RULES`).
"""

from __future__ import annotations

import re

from claimcheck.ingest import entrycut
from claimcheck.ingest.authorhead import AUTHORS_OPEN
from claimcheck.ingest.bare import HABIT, LINK, ONE_NAME, BareHabits, opens_surely
from claimcheck.ingest.headyear import head_year, title_cut
from claimcheck.ingest.lateyear import ORG_COMMA, TITLE_ENDS
from claimcheck.ingest.starts import ANY_YEAR, YEAR_LEAD
from claimcheck.parse.tokens import MONTH_NAMES
from claimcheck.vocabulary import YEAR_DIGITS

_HEADS = 0.8  # the share of dated lines opening with names then year: an author-date list
_TITLE_WHOLES = 0.15  # heads ending on a title before another head: under this, entries go on
# a name, its comma and a day's date: a newspaper or a source dated by a day, alone ("Le
# Monde, 12 mars 2004.", "Süddeutsche Zeitung, 4.4.2002: Title")
# a day's date before its year: "12.3.", "4 June", "12. Mai", "March 3,"
_DAY = r"\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\.?\s[^\W\d_]{3,9}\.?\s|[^\W\d_]{3,9}\.?\s\d{1,2},\s?"
_NAME_DATE = re.compile(rf"^[^\d,.:;]{{1,40}},\s(?:{_DAY}){YEAR_DIGITS}\b")
# a date: a day's ("4 June 1990", "12.3.2011", "March 3, 2020"; not the last of a range of
# days, "12–14 May", "30 March–1 April") or a month's ("February 2004")
_MONTH = "|".join(sorted((m.capitalize() for m in MONTH_NAMES), key=len, reverse=True))
_DATE = re.compile(
    rf"(?<![\d–—-])(?:{_DAY}|(?<!\d\s)(?<!\d\.\s)\b(?:{_MONTH})\.?\s)"
    rf"{YEAR_DIGITS}\b")
# a range of days, a meeting's ("12–14 May 2004", "30 March–1 April 2006", "2–6 July")
_DAY_RANGE = re.compile(
    r"(?<!\d)\d{1,2}\.?(?:\s[^\W\d_]{3,9}\.?)?\s?[-–—]\s?\d{1,2}\.?\s[^\W\d_]{3,9}\.?"
    rf"(?:\s{YEAR_DIGITS}\b)?")
# a container's "in" ("in: Die Zeit", ", in The Observer", ". In Proceedings"), not a
# title's preposition ("the aftermath in London")
_CONTAINER = re.compile(r"\b[Ii]n:\s|(?:^|[.,;]\s)[Ii]n\s")
_YEAR_ENDS = re.compile(rf"(?<![\w./-]){YEAR_DIGITS}[a-z]?\)?[.,;]?\s*$")  # "Norton, 2000."
# a year set off by stops between sentences: a title-first entry's own date ("... Reports.
# 2022. Washington, DC: World Bank.")
_DATE_ELEMENT = re.compile(rf"[.?!]\s\(?{YEAR_DIGITS}[a-z]?\)?\.(?:\s|$)")
_VOLUME = re.compile(r"\s?(?:\d|[IVX]+\()")  # a journal's volume after its name's comma
_CASE = re.compile(r"\sv\.?\s[A-Z]")  # "Brown v. Board"
# a bracketed year, then a title's capitalised word, or a stop and a bracketed year or
# range: an author element's year ("ETAN (...) (2000) Promoting", "Bundesamt für Statistik.
# (1918-1920). Title"; not a subtitle's period, "in Austria (1965-1973). Beograd")
_BRACKET_YEAR = re.compile(rf"\({YEAR_DIGITS}[a-z]?\)[.:]?\s+[\"“‘A-Z\u00c0-\u00de]"
                           rf"|\.\s\({YEAR_DIGITS}(?:\s?[-–]\s?\d{{2,4}})?[a-z]?\)")
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
    text = _RANGE.sub(" ", _DAY_RANGE.sub(" ", text[:access.start()] if access else text))
    contained = _CONTAINER.search(text)
    cut = contained.end() if contained else len(text)
    if _DATE.search(text[:cut]):
        return True
    text = text[:cut] + _DATE.sub(" ", text[cut:])
    return bool(_YEAR_ENDS.search(text)) or any(
        found.group() != year for found in ANY_YEAR.finditer(text))


def rest_with_year(prev: str, text: str, habit: BareHabits, size: int, entry_dated: bool
                   ) -> bool:
    """`text` carries on the one-line dated entry `prev` cut after its title (see module)."""
    if size != 1 or not entry_dated or habit.dated < HABIT or habit.year_heads < _HEADS:
        return False
    if habit.title_wholes >= _TITLE_WHOLES or habit.title_ends >= TITLE_ENDS or habit.own_dated:
        return False
    year = title_cut(prev)
    if not year or not ANY_YEAR.search(text) or head_year(text) or YEAR_LEAD.match(text):
        return False
    if opens_surely(text, habit) or entrycut.opens_anew(text) or text[:1].islower():
        return False
    if AUTHORS_OPEN.match(text) or ONE_NAME.match(text) or LINK.match(text):
        return False
    # a body and its comma opens an entry ("House of Commons Health Committee, Second
    # Report"), a journal's name and its comma a source ("European Economic Review, 40(9)"),
    # and so does a meeting's with its days ("Proceedings of the Workshop, Berlin, 12–14 May")
    body = ORG_COMMA.match(text)
    if body is not None and not (_VOLUME.match(text, body.end()) or _DAY_RANGE.search(text)):
        return False
    return not (_CASE.search(text) or _BRACKET_YEAR.search(text) or _NAME_DATE.match(text)
                or _DATE_ELEMENT.search(text)
                or own_year(text, year))

