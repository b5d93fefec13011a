"""Family names joined by slashes opening a note, as German legal and economics notes print
them ("Larenz/Canaris, Lehrbuch des Schuldrechts, Bd. II/2, 13. Aufl. 1994",
"Kumar/Chatterjee, Comprehensive review ..., ACS Nano 2012, 1715"): the tagger, which has
seen such names before a date ("Hannan/Humayun (2010)", `givennames.slashed_names`), reads a
long run of them as the title's start, or leaves them unlabelled. When the note opens with
two or more capitalised names joined by "/" (a name of one or two words: "Venkata Reddy"),
closed by a comma and followed by a capitalised word, the run is the authors' and the title
starts after its comma (`slashed_authors`). Names the tagger read otherwise (another
author run) are left to it.
Risk: an untitled work whose own title opens with two capitalised words joined by a slash
and a comma ("Input/Output, ...") at the very start of a note would be read as names.
"""

from __future__ import annotations

import re

# a capital, then a lower-case letter: no acronym ("CODES/ISSS’10, October 24–29, 2010")
_WORD = r"[A-ZÀ-Þ][a-zà-ÿ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_NAME = rf"{_WORD}(?:\s{_WORD})?"
_RUN = re.compile(rf"({_NAME}(?:\s?/\s?{_NAME})+),\s+(?=[A-ZÀ-Þ„“«»\"'‘])")


def slashed_authors(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields with a slashed run of names opening `text` as the authors (see above)."""
    found = _RUN.match(text)
    if found is None or fields.get("author", "").strip(" ,") == found[1]:
        return fields
    title = fields.get("title", "")
    out = {**fields, "author": found[1]}
    if title.startswith(found[1]):
        out["title"] = title[found.end() - found.start():].strip(" ,")
    elif fields.get("author") and not found[1].startswith(fields["author"].strip(" ,")):
        return fields  # the tagger read other names: left to it
    return out
