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
  or identifiers alone, where each line is one).
Each reads the line's head and the line before's.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import LINK, BareHabits

# English prepositions and conjunctions in lower case, then a word: never a name's particle
# nor, in lower case, a title's first word
_CONNECTIVE = re.compile(r"^(?:of|and|on|for|by|with|from|at|into|via|or)\s+\S")
_DATE = r"(?:on\s)?(?:\d|[A-Z][a-z]{2,8}\.?\s\d)"  # "10 September 2010", "Nov. 20, 2014"
# a DOI's or a PubMed id's label and its number; an access note and its date, source or link
_NOTE = re.compile(
    r"^\[?(?:(?:doi|DOI)\s?:?\s?10\.|https?://(?:dx\.)?doi\.org/10\."
    r"|(?:PubMed(?:\sCentral)?\s)?(?:PubMed|PMID|PMCID)\s?:?\s?(?:PMC)*\d"
    rf"|(?:Last\s)?(?:[Aa]ccessed|Viewed|Consulted)[\s:,]+{_DATE}"
    rf"|Retrieved\s(?:{_DATE}|from\b)|Available(?::|\s(?:from|at|online|on)\b)"
    r"|URL\s?:?\s?https?://)")


def opens_on_connective(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with a connective in lower case: the rest of a phrase (see the module)."""
    return bool(_CONNECTIVE.match(text))


def opens_on_note(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with an identifier's label or an access note, and the line before opens
    with neither nor with a link (see the module)."""
    return bool(_NOTE.match(text)) and not (_NOTE.match(prev) or LINK.match(prev))


# each joins a line to the entry before: (line before, line, list habits, entry dated)
RULES = (opens_on_connective, opens_on_note)
