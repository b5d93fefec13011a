"""A title cut on a bare word, then its rest and the entry's place and year, in a closed list.

In a dated list whose lines end as references end (a stop or a bracket, `BareHabits.closed`),
an undated line that stops on a bare word is a title cut by a hard wrap ("Ernest Gellner,
Nationalismus" / "und Moderne, Berlin 1991.", "F.G. Kenyon, Books and Readers in Ancient" /
"Greece and Rome, Oxford 1951."), and the next line of one element and a place and year is
its rest: no entry is one element and an imprint. An archive's, a library's or a body's
fonds is printed whole without a stop ("Archivo Histórico Nacional, Consejos suprimidos,
legajo sin fecha"), so a work after it ("Nueva Recopilación de las leyes de Castilla, Madrid
1640.") is an entry. `rest_then_imprint` reads two lines with bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import HABIT, BareHabits
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import YEAR
from claimcheck.ingest.undatedrest import SENTENCE
from claimcheck.parse.archives import ARCHIVE
from claimcheck.parse.onename import ORG_WORDS

# A title's rest, then a place and the year: "Know-how, Berlin 1988.", "Greece and Rome,
# Oxford 1951.", "Algebras, Columbus, OH, 1996."; one element before the imprint
_REST_THEN_PLACE = re.compile(r"^(?P<rest>[^,;:()\[\]\d\"“”]{1,60}),\s(?P<imprint>[A-Z].*)$")
_REST_WORDS = 8
# a library's or a museum's name (an archive's is `parse.archives.ARCHIVE`): "Biblioteca
# Nacional", "Bibliothèque nationale", "British Library", "Museo del Prado"
LIBRARY = re.compile(
    r"\b(?:Librar(?:y|ies)|Bibliot(?:eca|h[eè]que|hek)|\w*bibliothek|Muse(?:um|o|e|é))\b")


def _names_a_body(prev: str) -> bool:
    """The line's first element (to its first comma or stop) names an archive, a library or
    a body ("Archivo Histórico Nacional, Consejos suprimidos, legajo", "Biblioteca Nacional,
    Manuscritos ..."): a fonds, printed whole without a stop."""
    head = re.split(r",\s|\.\s", prev, maxsplit=1)[0]
    return bool(ARCHIVE.search(head) or LIBRARY.search(head) or ORG_WORDS.search(head.lower()))


def rest_then_imprint(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` is the rest of a title cut on a word and the entry's place and year ("Ernest
    Gellner, Nationalismus" / "und Moderne, Berlin 1991.", "F.G. Kenyon, Books and Readers
    in Ancient" / "Greece and Rome, Oxford 1951."), in a dated list whose lines end as
    references end: an undated entry stopped on a bare word is cut, and no entry is one
    element and an imprint, though its first words read as a name. Not a line whose
    imprint is not a place and a year alone, nor after a number."""
    if entry_dated or habit.dated < HABIT or habit.closed < HABIT:
        return False
    if end_kind(prev, False) != "word" or any(c.isdigit() for c in prev[-12:]):
        return False
    if _names_a_body(prev):
        return False  # an archive's or a library's fonds, whole without a stop
    parts = _REST_THEN_PLACE.match(text)
    if parts is None or len(parts.group("rest").split()) > _REST_WORDS:
        return False
    imprint = parts.group("imprint")
    return start_kind(imprint, False, False, False) == "place" and bool(
        YEAR.search(imprint)) and not SENTENCE.search(imprint)
