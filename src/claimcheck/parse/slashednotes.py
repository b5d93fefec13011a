"""Family names joined by slashes opening a note, as German legal and economics notes print
them ("Larenz/Canaris, Lehrbuch des Schuldrechts, Bd. II/2, 13. Aufl. 1994",
"Kumar/Chatterjee, Comprehensive review ..., ACS Nano 2012, 1715"): the tagger, which has
seen such names before a date ("Hannan/Humayun (2010)", `givennames.slashed_names`), reads a
long run of them as the title's start, or leaves them unlabelled. When the note opens with
two or more capitalised names of one word each joined by "/",
closed by a comma and followed by a capitalised word, the run is the authors' and the title
starts after its comma (`slashed_authors`). Names the tagger read otherwise (another
author run) are left to it, and so are bodies ("Bertelsmann Stiftung/Bundesamt für ...": a
word of `onename.ORG_WORDS` or a German compound ending in a body's word).
Risk: an untitled work whose own title opens with two capitalised words joined by a slash
and a comma ("Input/Output, ...") at the very start of a note would be read as names.
"""

from __future__ import annotations

import re

from claimcheck.parse.onename import ORG_WORDS

# a capital, then a lower-case letter: no acronym ("CODES/ISSS’10, October 24–29, 2010")
_WORD = r"[A-ZÀ-Þ][a-zà-ÿ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
# one word a name: "Hans Meier/Peter Schmidt, Title" prints given names first, which the
# tagger's own reading handles (a family name of two words, "Venkata Reddy", is lost)
_NAME = _WORD
# bodies joined by a slash ("Bertelsmann Stiftung/Hans-Böckler-Stiftung, Title") are no
# family names: the organisations' words, and German compounds ending in a body's word
_BODY = re.compile(r"(?:stiftung|amt|ministerium|verein|bank|kammer|partei|zentrum|bund|rat)\b")
_RUN = re.compile(rf"({_NAME}(?:\s?/\s?{_NAME})+),\s+(?=[A-ZÀ-Þ„“«»\"'‘])")


def slashed_authors(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields with a slashed run of names opening `text` as the authors (see above)."""
    found = _RUN.match(text)
    if found is None or fields.get("author", "").strip(" ,") == found[1]:
        return fields
    if ORG_WORDS.search(found[1].lower()) or _BODY.search(found[1].lower()):
        return fields
    title = fields.get("title", "")
    out = {**fields, "author": found[1]}
    if title.startswith(found[1]):
        out["title"] = title[found.end() - found.start():].strip(" ,")
    elif fields.get("author") and not found[1].startswith(fields["author"].strip(" ,")):
        return fields  # the tagger read other names: left to it
    return out
