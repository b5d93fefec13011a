"""A subtitle that reads as an author element, in an author-date list of one entry a line.

After a dated entry that is so far names, year and one title sentence ("Hartmann, P.
(1999): Lebensstilforschung."), a line without a year that ends on its imprint is the
title's subtitle and imprint (`titlecut.rest_after_title_alone`), unless it opens as an
entry does. A subtitle of capitalised words reads as one: names ("Darstellung, Kritik und
Weiterentwicklung. Opladen.", "Learning, Meaning, and Identity. Cambridge: ...") or an
organisation ("Anleitungen für die Forschungspraxis. Wiesbaden.", "A Radical View. London:
Macmillan."). In a list whose entries print their year right after their names
(`BareHabits.year_heads`), an entry's author element comes with its year, so a line whose
opening element has none and is followed by the imprint alone, and that names no person
(no initials, not "Family, Given") and no body
(`parse.onename.ORG_WORDS`, or its initials: "World Health Organization. Global report
... Geneva: WHO.", "UNESCO. World report. Paris.")
is no entry's head. A definite article and capitalised words alone, joined at most by a
name's small words, name a work cited alone ("Die Bibel. Stuttgart: ...", "The Anglo-Saxon
Chronicle. London: Dent.", "The Song of Roland. London: Penguin."), not a subtitle, which
has a plain word ("Die Geschichte einer Stadt.", "The case of Italy.") or opens otherwise
("A Radical View."). One line, bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import BareHabits
from claimcheck.ingest.entryalone import SENTENCE_STOP, imprint_end
from claimcheck.parse.onename import ORG_WORDS
from claimcheck.vocabulary import ARTICLES

_AUTHOR_DATE = 0.8  # the share of dated lines with the year after the names (`year_heads`)
# A person's name: an initial anywhere ("Weber, M.", "A.-M. Nohl"), "Family, Given" or
# "Given Family" alone ("Weber, Max.", "Max Weber.")
_INITIAL = re.compile(r"(?:^|[\s,.-])[A-Z]\.")  # "Weber, M." (the head ends on its stop)
_TWO_NAMES = re.compile(r"^[A-Z][\w'’-]+,?\s[A-Z][\w'’-]+$")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")  # a body's initials: "UNESCO", "OECD", "WHO"
_HEAD_WORDS = 8  # a subtitle's opening sentence is short
# the definite articles of `ARTICLES` (not "de", a name's particle too)
_DEFINITE = frozenset({"the", "der", "die", "das", "le", "la", "les", "il", "lo", "gli", "el",
                       "los", "las", "het"})
# the small words joining a name's capitalised words ("The Song of Roland", "Das Lied von
# Bernadette", "La Chanson de Roland")
_NAME_JOINS = frozenset({"of", "and", "the", "de", "del", "della", "di", "du", "des", "der",
                         "von", "und", "et", "y", "e"})


def reads_as_subtitle(text: str, habit: BareHabits) -> bool:
    """`text`'s first sentence, read as an author element, is rather a subtitle: the list
    is author-date, and the element names no person and no body (see the module)."""
    if habit.year_heads < _AUTHOR_DATE:
        return False
    head, stop, rest = text.partition(". ")
    words = head.split()
    if not stop or not words or len(words) > _HEAD_WORDS:
        return False  # (no element: a line opening with its stop, ". ATLAS Collaboration")
    # the imprint right after it: a body's entry has its title between ("Human Rights
    # Watch. World report. New York: HRW.")
    if SENTENCE_STOP.search(rest) or not imprint_end(rest):
        return False
    if _INITIAL.search(head + ".") or _ACRONYM.search(head) or ORG_WORDS.search(head.lower()):
        return False
    first = words[0].lower()
    if first in _DEFINITE and words[-1][0].isupper() and all(
            word[0].isupper() or word in _NAME_JOINS for word in words[1:]):
        return False  # a work's name ("The Holy Bible."), cited alone
    if first == "in":
        return False  # a title opening with "In" ("In Search of Lost Time. Paris: ...")
    return first in ARTICLES or not _TWO_NAMES.match(head)
