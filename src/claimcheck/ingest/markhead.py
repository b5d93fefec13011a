"""A line of a one-a-line list that opens on a mark no entry opens with: the entry's rest.

Text taken from a PDF with stray spaces around its marks ("Phys .Rev .Lett .94 ( 2005)170201
.", "Vogt,F .P .A .2013 ,ApJS ,208 ,10") is hard-wrapped where the spaces fall, so a line
may open on the mark that followed the last word: a comma, a semicolon or a colon (",A&A
,571 ,A29", ",M .2014 ,A&A ..."), a stop before a number, a bracket or a lone capital (".
2875 [hep-lat] ].", ".J .Jiang, Phys. Rev. ...", ".D 69( 2004 ) ..."), or a bracketed year
run into the number after it ("( 2007)065012 [ hep-lat/0610029];") or alone ("( 1987 ).").
No reference opens so: an entry opens with a name, a title, a number of the list or its year
and a title. A stop before a word stays an opening (".NET Framework ...", a title), as does
a year before a title ("(2010) 100 Ideas ...", with a space) or after its authors' entry
("(1998), Titel ...", "(1999): ...", an entry of the same authors as the one before). A
comma, semicolon or colon opens an entry whose authors were lost (", Title ..."), so it joins
only with no space after it, after a line stopped on a word or number, where the two lines
show PDF spacing. Read whatever the list's habits, from the line's first characters.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import BareHabits
from claimcheck.vocabulary import YEAR_DIGITS

_MARK_OPEN = re.compile(
    r"^(?:\.\s?(?:\d|\(|[A-Z](?:\s|\.|$))"  # a stop, then a number, a bracket or a lone capital
    rf"|\(\s?{YEAR_DIGITS}[a-z]?\s?\)(?:\d|\s?[.,;]?$))")  # "( 2005)170201", "( 1987 )." alone
# a comma, a semicolon or a colon run into what follows (",A&A"); an entry whose authors were
# lost may open so (", Title ...", ",Title (1998)."), so only in lines spaced as PDF text
# is: a space before a comma or stop that a word follows, or inside a bracket
_COMMA_OPEN = re.compile(r"^[,;:](?=\S)")
_WORD_END = re.compile(r"\w$")  # the line before stopped on a word or a number, not a mark
_STRAY_SPACE = re.compile(r"\s[,.](?=\w)|\(\s\d|\d\s\)")


def opens_on_mark(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens on a mark no entry opens with (see the module)."""
    if _COMMA_OPEN.match(text):
        # the spacing is read in each line apart: joined, the mark itself would show it
        spaced = _STRAY_SPACE.search(prev) or _STRAY_SPACE.search(text[1:])
        return bool(spaced and _WORD_END.search(prev))
    # a stop does not follow the stop that ended the line before (". A. Kovacs and ...",
    # ". 12 Angry Men" after "... 1-12.": an entry whose list number was lost)
    return bool(_MARK_OPEN.match(text)) and not (text.startswith(".") and prev.endswith("."))


# each joins a line to the entry before: (line before, line, list habits, entry dated)
RULES = (opens_on_mark,)
