"""Family names joined by slashes opening a note, as German legal and economics notes print
them ("Larenz/Canaris, Lehrbuch des Schuldrechts, Bd. II/2, 13. Aufl. 1994",
"Kumar/Chatterjee, Comprehensive review ..., ACS Nano 2012, 1715"): the tagger, which has
seen such names before a date ("Hannan/Humayun (2010)", `givennames.slashed_names`), reads a
long run of them as the title's start, or leaves them unlabelled. When the note opens with
two or more capitalised names of one word each joined by "/", closed by a comma and followed
by a capitalised word, the run is the authors' and the title starts after its comma
(`slashed_authors`); a name may open with a particle ("von Ahn", "de Gouw"), and a run the
tagger cut to its last name, reading the others as another field (a link), is taken whole.
Three or more such names joined by spaced slashes with no mark after them ("Lee / Teng /
Cohen On Rates ..., in: J Phys Chem A", German styles) are the authors too, the title
starting after the last name (`spaced_slashed_authors`). Names the tagger read otherwise
(another author run) are left to it, and so are bodies ("Bertelsmann Stiftung/Bundesamt für
...": a word of `onename.ORG_WORDS` or a German compound ending in a body's word), and so is
a title opening with words joined by a slash ("Black/White", "Either/Or"): a run the tagger
read as the whole title with the work's kind or its journal right after it, no title between
(`_own_title`), and a run in a note that brackets its imprint with a colon ("(Princeton:
Princeton University Press, 1987)"), the English styles (Chicago, MHRA), which print names
given name first and join them by "and".
Risk: such a title before a title of its own and no bracketed imprint ("Staat/Kirche, A
History, Berlin 1990") is still read as names; slashed names in a note that brackets a
colon imprint ("Zweigert/Kötz, Comparative Law (Oxford: Clarendon, 1998)"), or read as the
whole title right before a journal with no volume, are left to the tagger.
"""

from __future__ import annotations

import re

from claimcheck.parse.onename import ORG_WORDS
from claimcheck.parse.tokens import LEXICON
from claimcheck.vocabulary import NAME_PARTICLES_MORE, YEAR_DIGITS

# a capital, then a lower-case letter: no acronym ("CODES/ISSS’10, October 24–29, 2010")
_WORD = r"[A-ZÀ-Þ][a-zà-ÿ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
# one word a name, or a particle and one ("von Ahn", "de Gouw"): "Hans Meier/Peter Schmidt,
# Title" prints given names first, which the tagger's own reading handles (a family name of
# two words, "Venkata Reddy", is lost)
_NAME = rf"(?:(?:{'|'.join(NAME_PARTICLES_MORE)})\s)?{_WORD}"
# bodies joined by a slash ("Bertelsmann Stiftung/Hans-Böckler-Stiftung, Title") are no
# family names: the organisations' words, and German compounds ending in a body's word
_BODY = re.compile(r"(?:stiftung|amt|ministerium|verein|bank|kammer|partei|zentrum|bund|rat)\b")
_RUN = re.compile(rf"({_NAME}(?:\s?/\s?{_NAME})+),\s+(?=[A-ZÀ-Þ„“«»\"'‘])")
# "(Place: Publisher, Year)": a place and its colon, then the year closing the bracket
# three or more names (one word each, or a particle and one) joined by spaced slashes, a
# space and the title's first capitalised word, as German styles print names with no mark
# after them ("Lee / Teng / Wennberg / Crounse / Cohen On Rates ..."); two such words are as
# often a title's ("Input / Output Systems")
_SPACED = re.compile(rf"({_NAME}(?: / {_NAME}){{2,}}) (?=[A-ZÀ-Þ][^\W\d_]*\s)")
_IN = re.compile(r",\s+in:?\s+", re.IGNORECASE)
_COLON_IMPRINT = re.compile(rf"\([^():]*[^\W\d_]:[^()]*\b{YEAR_DIGITS}[a-z]?\)")


def slashed_authors(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields with a slashed run of names opening `text` as the authors (see above)."""
    found = _RUN.match(text)
    if found is None or fields.get("author", "").strip(" ,") == found[1]:
        return fields
    if ORG_WORDS.search(found[1].lower()) or _BODY.search(found[1].lower()):
        return fields
    title = fields.get("title", "")
    if _COLON_IMPRINT.search(text) or (title.strip(" ,.") == found[1]
                                       and _own_title(fields, text[found.end():])):
        return fields  # a title of its own (see above)
    out = {**fields, "author": found[1]}
    author = fields.get("author", "").strip(" ,")
    if title.startswith(found[1]):
        out["title"] = title[found.end() - found.start():].strip(" ,")
    elif author and found[1].endswith("/" + author):
        # the run cut to its last name, the names before it read as another field (a link:
        # "Wang/Cai/.../Zhou" as "Cai/.../Yu"): the field inside the run goes
        out = {k: v for k, v in out.items() if k == "author" or not v or v not in found[1]}
    elif author and not found[1].startswith(author):
        return fields  # the tagger read other names: left to it
    return out


def spaced_slashed_authors(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields with three or more names joined by spaced slashes and no mark before the
    title ("Lee / Teng / Cohen On Rates ..., in: J Phys Chem A") as the authors, and the
    title from the run's end (see `_SPACED`)."""
    found = _SPACED.match(text)
    if found is None or ORG_WORDS.search(found[1].lower()) or _BODY.search(found[1].lower()):
        return fields
    title, container = fields.get("title", ""), fields.get("container", "")
    out = {**fields, "author": found[1]}
    at = text.find(title) if title else -1
    if 0 <= at < found.end() <= at + len(title):  # the title read with the run's names
        out["title"] = text[found.end():at + len(title)].strip(" ,")
    elif not title and container and text.find(container) == found.start():
        # the whole note read as the journal: the title runs to ", in:", the journal after it
        parts = _IN.split(container[found.end() - found.start():], maxsplit=1)
        if len(parts) != 2 or not parts[1].strip():
            return fields
        out.update(title=parts[0].strip(" ,"), container=parts[1].strip())
    elif fields.get("author", "").strip(" ,") != found[1]:
        return fields
    return out


def _own_title(fields: dict[str, str], after: str) -> bool:
    """Whether what follows the run the tagger read as the title is the work's kind
    ("Input/Output Systems, Technical Report, ...") or its journal with no volume
    ("Black/White, Transition Magazine, 2001, 12-20"): no title between. A journal's volume
    and page name an article without its title, as the sciences' short citations print it
    ("Kumar/Singh, Chem. Rev., 12, 345"), so there the run is the names'."""
    container = fields.get("container", "")
    if container and after.startswith(container) and not fields.get("volume"):
        return True
    word = after.split(maxsplit=1)[0].strip(".,").lower() if after.strip() else ""
    return LEXICON.get(word) in ("report", "thesis")
