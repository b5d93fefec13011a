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
  or identifiers alone, where each line is one);
- "In" and a work named by what only a container shows, after a line stopped on a title's
  stop: "In:" and anything ("In: 10th World Renewable Energy Congress, ..."), editors
  family name first ("In Giles, C. L., Hanson, S. J., and Cowan, J. D., editors, ..."), an
  editors' mark ("(eds.)", "editors,") or a meeting's word ("Conference", "Symposium")
  early in the line, or a volume after the name ("In Annales Henri Poincare, volume 12,
  ..."); `entryalone.in_work` reads editors initials first, acronyms and "Proc.". A title
  that opens with "In" ("In Search of Lost Time. Paris: Gallimard, 1913.") shows none.
Each reads the line's head and the line before's.
"""

from __future__ import annotations

import re

from claimcheck.ingest.authorhead import HEAD_YEAR, author_element
from claimcheck.ingest.bare import HABIT, LINK, ONE_NAME, BareHabits, dated, opens_surely
from claimcheck.ingest.entryalone import imprint_end
from claimcheck.ingest.kinds import end_kind

# English prepositions and conjunctions in lower case, then a word: never a name's particle
# nor, in lower case, a title's first word
_CONNECTIVE = re.compile(r"^(?:of|and|on|for|by|with|from|at|into|via|or)\s+\S")
# a date: "10 September 2010", "Nov. 20, 2014", "2015-05-12", "12.3.2020"; not a year alone
# before a colon, as a title opens ("Accessed 2020: A Survey of ...")
_DATE = (r"(?:on\s)?(?:\d{1,2}\.?\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s\d|\d{4}-\d\d"
         r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})")
# a DOI's or a PubMed id's label and its number; an access note and its date, source or link
_NOTE = re.compile(
    r"^\[?(?:(?:doi|DOI)\s?:?\s?10\.|https?://(?:dx\.)?doi\.org/10\."
    r"|(?:PubMed(?:\sCentral)?\s)?(?:PubMed|PMID|PMCID)\s?:?\s?(?:PMC)*\d"
    rf"|(?:Last\s)?(?:[Aa]ccessed|Viewed|Consulted)[\s:,]+{_DATE}"
    rf"|Retrieved\s(?:{_DATE}|from\b)|Available(?::|\s(?:from|at|online|on)\b)"
    r"|URL\s?:?\s?https?://)")


# names going on: the line before ends on a comma, "and" or "&"
_NAMES_GO_ON = re.compile(r"(?:,|\band|&)\s*$")


def opens_on_connective(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with a connective in lower case: the rest of a phrase (see the module).
    Not a line that opens with an author element and its year ("of Montreal (2007).
    Hissing Fauna.", a band's name) unless the line before ends as names go on ("Smith, J.,
    Brown, K.," / "and Jones, L. (2001). ...")."""
    if not _CONNECTIVE.match(text):
        return False
    return not HEAD_YEAR.match(text) or bool(_NAMES_GO_ON.search(prev))


def opens_on_note(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with an identifier's label or an access note, and the line before opens
    with neither nor with a link (see the module)."""
    return bool(_NOTE.match(text)) and not (_NOTE.match(prev) or LINK.match(prev))


# "In" and a container: "In:" and a word; editors family name first ("In Farkas, Donka,", "In
# Giles, C. L.,"); an editors' mark or a meeting's word early; a volume after the name
_IN_CONTAINER = re.compile(
    r"^In(?::\s+\S|\s+(?:[A-Z][\w'’-]+,\s(?:[A-Z]\.|[A-Z][a-z]+,)"
    r"|[^.]{0,120}?(?:\((?:[Ee]ds?|[Hh]rsg|[EÉé]ds?)\.?\)|\beditors?\b,|\beds?\.,)"
    r"|[^.]{0,80}?\b(?:Conference|Symposium|Workshop|Congress|Colloquium)\b"
    r"|[^.,]{3,80},\s(?:volume|vol\.)\s?\d))")
_NEAR_END = 12  # a number this near the line's end: the entry ended on its pages or year


def in_container(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with "In" and a container after a line stopped on a title's stop, in a
    dated list; an undated entry's line brings its year (see the module)."""
    if habit.dated < HABIT or not _IN_CONTAINER.match(text) or (
            not entry_dated and not dated(text)):
        return False
    if end_kind(prev, False) != "stop" or any(c.isdigit() for c in prev[-_NEAR_END:]):
        return False
    # the line before opens with its authors: a whole entry of another kind (a standard, a
    # title alone, "ISO 8601:2004. Data elements ...") keeps an authorless chapter apart
    if not (opens_surely(prev, habit) or author_element(prev)):
        return False
    return not (imprint_end(prev) or ONE_NAME.match(prev))


# each joins a line to the entry before: (line before, line, list habits, entry dated)
RULES = (opens_on_connective, opens_on_note, in_container)
