"""A line of a one-a-line list whose head no entry opens with: the rest of the entry before.

Whatever the list's habit of ending its lines (a list whose entries often lack their stop is
no evidence against these), and whatever the line before ends on:
- a connective in lower case ("of Physics B: ...", "and Bridged Networks", "on Control and
  Automation ..."): a preposition or a conjunction joins two parts of a phrase, and no
  reference opens with one. Names' particles ("de", "van", "la", "von", "al-"; "de Foucault
  B., 2009." opens an entry) and articles are not among them ("the", "a" may open a title
  printed in lower case), nor "in" and "to" ("in press", "to appear" follow a name);
- an identifier's label or an access note ("doi: 10.1016/...", "PubMed: 9928427.", "PubMed
  PMID: 30362100.", "Accessed 10 September 2010.", "Available from: http://...", "Retrieved Nov.
  20, 2014, from ...", "URL https://..."): what an entry prints after its title, never a
  reference alone; not after a line that opens so itself or with a link (a list of links
  or identifiers alone, where each line is one), nor the first of such a run (two notes
  alone of one label in a row: an entry prints each note once), nor an access note whose
  date goes on with words (a title after it: an entry that opens on its note);
- "In" and a work named by what only a container shows, after a line stopped on a title's
  stop: "In:" and anything ("In: 10th World Renewable Energy Congress, ..."), editors
  family name first ("In Giles, C. L., Hanson, S. J., and Cowan, J. D., editors, ..."), an
  editors' mark ("(eds.)", "editors,") or a meeting's word ("Conference", "Symposium")
  early in the line, or a volume after the name ("In Annales Henri Poincare, volume 12,
  ..."); `entryalone.in_work` reads editors initials first, acronyms and "Proc.". A title
  that opens with "In" ("In Search of Lost Time. Paris: Gallimard, 1913.") shows none, and
  in an author-date list one whose title is followed by its own year as a sentence ("In
  Harm's Way: Workshop Report. 2004. Washington ...") is a title-first entry;
- a mark, in text taken from a PDF with stray spaces around its marks ("Phys .Rev .Lett .94
  ( 2005)170201 .", "Vogt,F .P .A .2013 ,ApJS ,208 ,10"), hard-wrapped where the spaces fall:
  a stop before a number, a bracket or a lone capital (". 2875 [hep-lat] ].", ".J .Jiang,
  Phys. Rev. ...", ".D 69( 2004 ) ..."), or a bracketed year run into the number after it
  ("( 2007)065012 [ hep-lat/0610029];") or alone ("( 1987 )."). No reference opens so. A
  stop before a word stays an opening (".NET Framework ...", a title), as does a year before
  a title ("(2010) 100 Ideas ...", with a space) or after its authors' entry ("(1998),
  Titel ...", "(1999): ...", an entry of the same authors as the one before). A comma,
  semicolon or colon opens an entry whose authors were lost (", Title ..."), so it joins
  (",A&A ,571 ,A29", ",M .2014 ,A&A ...") only with no space after it, after a line stopped
  on a word or number, where the two lines show PDF spacing (`opens_on_mark`); since session
  18 (seg16) also, whatever the spacing, when a volume's or pages' numbers follow it (":
  503-517, 1975", ", 345 (2001)." after a word or number; ", vol. 732, pp. 245-249" after
  any line): no entry whose authors were lost opens on its numbers.
Each reads the line's head and the line before's.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.ingest.authorhead import HEAD_YEAR, author_element
from claimcheck.ingest.bare import HABIT, LINK, ONE_NAME, BareHabits, dated, opens_surely
from claimcheck.ingest.entryalone import imprint_end
from claimcheck.ingest.kinds import end_kind
from claimcheck.ingest.starts import YEAR
from claimcheck.vocabulary import ACCESS_LINKS_EN, YEAR_DIGITS

# English prepositions and conjunctions in lower case, then a word: never a name's particle
# nor, in lower case, a title's first word; nor an ampersand ("& Dupuis, A. (2011).", the
# last of a list of names cut before it)
_CONNECTIVE = re.compile(r"^(?:(?:of|and|on|for|by|with|from|at|into|via|or)\s+|&\s?)\S")
# a date: "10 September 2010", "Nov. 20, 2014", "2015-05-12", "12.3.2020"; not a year alone
# before a colon, as a title opens ("Accessed 2020: A Survey of ...")
_DATE = (r"(?:on\s)?(?:\d{1,2}\.?\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s\d|\d{4}-\d\d"
         r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})")
# a DOI's or a PubMed id's label and its number; an access note and its date, source or link
_NOTE = re.compile(
    r"^\[?(?:(?:doi|DOI)\s?:?\s?10\.|https?://(?:dx\.)?doi\.org/10\."
    r"|(?:PubMed(?:\sCentral)?\s)?(?:PubMed|PMID|PMCID)\s?:?\s?(?:PMC)*\d"
    rf"|(?:Last\s)?(?:[Aa]ccessed|Viewed|Consulted)[\s:,]+{_DATE}"
    rf"|Retrieved\s(?:{_DATE}|from\b)|Available(?::|\s(?:{ACCESS_LINKS_EN})\b)"
    r"|URL\s?:?\s?https?://)")


# names going on: the line before ends on a comma, "and" or "&"
_NAMES_GO_ON = re.compile(r"(?:,|\band|&)\s*$")


def opens_on_connective(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with a connective in lower case: the rest of a phrase (see the module).
    Not a line that opens with an author element and its year ("of Montreal (2007).
    Hissing Fauna.", a band's name) unless the line before ends as names go on ("Smith, J.,
    Brown, K.," / "and Jones, L. (2001). ..."); after an ampersand, whatever an undated line
    before ends on ("Sheridan, Joanna; Chamberlain, Kerry" / "& Dupuis, Ann (2011). ...")."""
    if not _CONNECTIVE.match(text):
        return False
    # no author element opens with an ampersand: it joins the last of a list of names
    # (after an undated line: "& Other Stories (2015)." after a dated entry is a firm's)
    amp = text.startswith("&") and not entry_dated
    return amp or not HEAD_YEAR.match(text) or bool(_NAMES_GO_ON.search(prev))


# a note and its link or number alone ("Available from: https://...", "doi:10.5061/x")
_NOTE_ALONE = re.compile(_NOTE.pattern + r":?\s*\S*\s*$")
_LABEL = re.compile(r"\W*([A-Za-z]+)")


def note_runs(texts: list[str]) -> frozenset[str]:
    """The lines that open a run of notes alone: a note alone, then another of the same label
    ("Available from: <link>" twice, "doi:10..." twice). An entry prints each note once, so
    a run is resources cited by their link or identifier alone, its first line one too (the
    later lines open after a note, which `opens_on_note` already reads as entries)."""
    def label(text: str) -> str:
        found = _LABEL.match(text)
        return found.group(1).lower() if found else ""
    return frozenset(text for text, after in pairwise(texts)
                     if _NOTE_ALONE.match(text) and _NOTE_ALONE.match(after)
                     and label(text) == label(after))


# an access note's date, then what ends the note: its stop or a mark, a bracket ("(archived
# copy)"), a time ("13:45"), the month and day of a year-first date ("2021 Mar 3"), its link,
# where from
_ACCESS = re.compile(r"^(?:Last\s)?(?:[Aa]ccessed|Viewed|Consulted|Retrieved)\b")
_AFTER_DATE = re.compile(
    r"(?:[-/.]\d{1,2}){0,2}\s*(?:[.,;:)\](\[]|\d{1,2}[:.h]\d{2}\b|[A-Z][a-z]{2}\.?\s\d{1,2}\b"
    r"|(?:from|at|via|on|in|through)\b|<?https?://|$)")


def _note_ends(text: str) -> bool:
    """An access note's date ends the note ("Accessed 12 March 2022.", "Accessed:
    2015-05-12.", "... 2014, from http://..."): words after its year ("Accessed on 12 March
    2022 by the reviewers: Telehealth dashboard") are a title's, an entry that opens so."""
    if not _ACCESS.match(text):
        return True
    year = YEAR.search(text)
    return year is None or bool(_AFTER_DATE.match(text, year.end()))


def opens_on_note(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with an identifier's label or an access note, and the line before opens
    with neither nor with a link, nor does `text` open a run of notes alone (see the
    module)."""
    return bool(_NOTE.match(text)) and _note_ends(text) and not (
        _NOTE.match(prev) or LINK.match(prev) or text in habit.note_runs)


# "In" and a container: "In:" and a word; editors family name first ("In Farkas, Donka,", "In
# Giles, C. L.,"); an editors' mark or a meeting's word early; a volume after the name
_IN_CONTAINER = re.compile(
    r"^In(?::\s+\S|\s+(?:[A-Z][\w'’-]+,\s(?:[A-Z]\.|[A-Z][a-z]+,)"
    r"|[^.]{0,120}?(?:\((?:[Ee]ds?|[Hh]rsg|[EÉé]ds?)\.?\)|\beditors?\b,|\beds?\.,)"
    r"|[^.]{0,80}?\b(?:Conference|Symposium|Workshop|Congress|Colloquium)\b"
    r"|[^.,]{3,80},\s(?:volume|vol\.)\s?\d))")
_NEAR_END = 12  # a number this near the line's end: the entry ended on its pages or year
# "In", a title and its own year as a sentence ("In Harm's Way: Workshop Report. 2004.
# Washington, DC: ..."): a title-first entry; the rest of a chapter after a dated head never
# prints the year again as a sentence of its own
_TITLE_THEN_YEAR = re.compile(rf"^In\b.{{0,200}}?[^.\s]\.\s\(?{YEAR_DIGITS}[a-z]?\)?\.(?:\s|$)")


def in_container(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with "In" and a container after a line stopped on a title's stop, in a
    dated list; an undated entry's line brings its year (see the module)."""
    if habit.dated < HABIT or not _IN_CONTAINER.match(text) or (
            not entry_dated and not dated(text)):
        return False
    if entry_dated and _TITLE_THEN_YEAR.match(text):
        return False  # an entry of its own: its title, then its year
    if end_kind(prev, False) != "stop" or any(c.isdigit() for c in prev[-_NEAR_END:]):
        return False
    # the line before opens with its authors: a whole entry of another kind (a standard, a
    # title alone, "ISO 8601:2004. Data elements ...") keeps an authorless chapter apart
    if not (opens_surely(prev, habit) or author_element(prev)):
        return False
    return not (imprint_end(prev) or ONE_NAME.match(prev))


_MARK_OPEN = re.compile(
    r"^(?:\.\s?(?:\d|\(|[A-Z](?:\s|\.|$))"  # a stop, then a number, a bracket or a lone capital
    rf"|\(\s?{YEAR_DIGITS}[a-z]?\s?\)(?:\d|\s?[.,;]?$))")  # "( 2005)170201", "( 1987 )." alone
# a comma, a semicolon or a colon run into what follows (",A&A"); an entry whose authors were
# lost may open so (", Title ...", ",Title (1998)."), so only in lines spaced as PDF text
# is: a space before a comma or stop that a word follows, or inside a bracket
_COMMA_OPEN = re.compile(r"^[,;:](?=\S)")
# a mark, then a volume's or pages' numbers (": 503-517, 1975", ", 345 (2001).", ",vol. 732,
# pp. 245-249"): the rest of a journal's tail, never an entry whose authors were lost; a
# number's mark goes on after any line, a bare number after a word or a number; not a year
# (", 1984: Gift Exchange ...": an entry of the same authors, their names left out)
_NUMBERS_OPEN = re.compile(
    rf"^[,;:]\s?(?:(?P<mark>(?:vol|pp?|no|nr)\.\s?\d)|(?!{YEAR_DIGITS}[a-z]?\b)\d)",
    re.IGNORECASE)
_WORD_END = re.compile(r"\w$")  # the line before stopped on a word or a number, not a mark
_STRAY_SPACE = re.compile(r"\s[,.](?=\w)|\(\s\d|\d\s\)")


def opens_on_mark(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens on a mark no entry opens with (see the module)."""
    numbers = _NUMBERS_OPEN.match(text)
    if numbers:
        return bool(numbers.group("mark") or _WORD_END.search(prev))
    if _COMMA_OPEN.match(text):
        # the spacing is read in each line apart: joined, the mark itself would show it
        spaced = _STRAY_SPACE.search(prev) or _STRAY_SPACE.search(text[1:])
        return bool(spaced and _WORD_END.search(prev))
    # a stop does not follow the stop that ended the line before (". A. Kovacs and ...",
    # ". 12 Angry Men" after "... 1-12.": an entry whose list number was lost)
    return bool(_MARK_OPEN.match(text)) and not (text.startswith(".") and prev.endswith("."))


# each joins a line to the entry before: (line before, line, list habits, entry dated)
RULES = (opens_on_connective, opens_on_note, in_container, opens_on_mark)
