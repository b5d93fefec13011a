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
  2004."), and no year of its own (`ownyear.own_year`): every year it prints is the entry's,
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
from claimcheck.ingest.ownyear import DAY, DAY_RANGE, own_year
from claimcheck.ingest.starts import ANY_YEAR, YEAR_LEAD
from claimcheck.vocabulary import YEAR_DIGITS

_HEADS = 0.8  # the share of dated lines opening with names then year: an author-date list
_TITLE_WHOLES = 0.15  # heads ending on a title before another head: under this, entries go on
# a name, its comma and a day's date: a newspaper or a source dated by a day, alone ("Le
# Monde, 12 mars 2004.", "Süddeutsche Zeitung, 4.4.2002: Title")
_NAME_DATE = re.compile(rf"^[^\d,.:;]{{1,40}},\s(?:{DAY}){YEAR_DIGITS}\b")
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
    if body is not None and not (_VOLUME.match(text, body.end()) or DAY_RANGE.search(text)):
        return False
    return not (_CASE.search(text) or _BRACKET_YEAR.search(text) or _NAME_DATE.match(text)
                or _DATE_ELEMENT.search(text)
                or own_year(text, year))

