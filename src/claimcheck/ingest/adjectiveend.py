"""A German one-a-line entry cut right after an adjective inflected for its noun.

A German adjective before its noun takes the noun's ending ("soziale Ungleichheit",
"amtlich erhobener Daten", "historisches Bewusstsein"); after its noun or alone it takes
none ("Die Welt ist sozial"). So a title never ends on an adjective so inflected: a dated
entry's line that stops on one ("Lang, O. (2001): Arbeitsmarkt. Empirische", "Roth, E.
(1994): Die Analyse staatlicher") was cut before the noun, and the next line, which opens
with that noun in its capital ("Befunde aus Bayern. ...", "Daten. Stuttgart: Klett."),
goes on.

The adjective is read by its derivational suffix ("-isch", "-lich", "-ig", "-al", "-ell",
"-iert", "-end", "-bar", "-los", "-sam", "-haft", "-iv", "-är", "-ös") and its ending ("-e",
"-en", "-er", "-es", "-em"), in lower case anywhere, with its capital only where a title or
a sentence opens (after the year, a stop, a colon or a dash): elsewhere a capitalised word
so spelled is a noun ("Das Politische", "Die Sozialen"). English words of the same letters
("gender", "perspectives", "tales") are no German adjectives: unless its suffix is German
alone ("-isch", "-lich", "-iert", "-haft"), the entry must read German (`titlecut.GERMAN`).
Not before a list's number, nor before names and a year (the next entry), nor before one
word and its stop that does not read German (a work cited alone, "Homer. The Odyssey.").
Two lines are read; bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import HABIT, ONE_NAME, BareHabits
from claimcheck.ingest.starts import NUMBER_START, YEAR, author_led
from claimcheck.ingest.titlecut import GERMAN

_ENDING = r"(?:e|en|er|es|em)"
# suffixes of German adjectives alone ("-ische", "-licher", "-ierten", "-hafte"); the others
# end English words too ("gender", "perspectives", "scales", "bigger")
_GERMAN_ONLY = re.compile(rf"(?:isch|lich|iert|haft){_ENDING}$")
_INFLECTED = rf"[\wäöüß-]*(?:isch|lich|ig|al|ell|iert|end|bar|los|sam|haft|iv|är|ös){_ENDING}"
_LOWER = re.compile(rf"\s[a-zäöüß]{_INFLECTED}$")
# capitalised where a title or sentence opens: after the year, a stop, a colon, a dash
_OPENING = re.compile(rf"(?:[.:–—]\s|\d[a-z]?\)?[.:,]?\s)[A-ZÄÖÜ]{_INFLECTED}$")
_NOT_ADJECTIVES = frozenset(("zwischen", "inzwischen"))  # prepositions so spelled
_TAIL = 48
# in "-en" an adjective follows an article, a preposition, a conjunction or another
# inflected word ("der sozialen", "mit politischen", "neuen sozialen"); a verb's infinitive
# so spelled follows its noun or an adverb ("Demokratie verteidigen", "Weichen neu stellen")
_BEFORE_EN = re.compile(r"(?:zu[rm]?|mit|von|vom|aus|bei|nach|in|im|für|über|unter|vor|gegen"
                        r"|ohne|durch|um|und|oder|sowie|[a-zäöüß]+(?:en|er|em|es))$")
_HEAD_CHARS = 40  # an entry's names and year open it within so many characters


def adjective_end(prev: str, text: str) -> bool:
    """`prev` stops on a German adjective inflected for the noun `text` opens with (see the
    module)."""
    prev = prev.rstrip()
    if not prev.endswith(("e", "n", "r", "s", "m")):
        return False
    tail = prev[-_TAIL:]  # the adjective and what opens it end the line within so many
    found = _LOWER.search(tail) or _OPENING.search(tail)
    if found is None or found.group().split()[-1].lower() in _NOT_ADJECTIVES:
        return False
    words = prev.split()
    if found.re is _LOWER and words[-1].endswith("en") and not _BEFORE_EN.match(words[-2]):
        return False  # a verb's infinitive ("Demokratie verteidigen", "Weichen neu stellen")
    year = YEAR.search(prev)
    german = _GERMAN_ONLY.search(prev) or GERMAN.search(prev, year.end() if year else 0)
    if not german and not GERMAN.search(text):
        return False
    if NUMBER_START.match(text) or (author_led(text) and YEAR.search(text, 0, _HEAD_CHARS)):
        return False
    # one word and its stop opens a work cited alone ("Homer. The Odyssey. Penguin."), unless
    # the line reads German, as the noun's rest does ("Erwerbsverläufe. Opladen.")
    if ONE_NAME.match(text) and not GERMAN.search(text):
        return False
    return text[:1].isupper()


def cut_on_adjective(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` carries on a dated entry, in a dated list, whose line `prev` stopped on an
    inflected adjective (the signature of `lateyear.RULES`)."""
    return entry_dated and habit.dated >= HABIT and adjective_end(prev, text)
