"""An English one-a-line entry cut inside its title right after an adjective.

A title written in title case (Chicago, MLA, Harvard) capitalises its adjectives and their
nouns alike, so a hard wrap between them ("Dunmore, P. 2011. A History of the American" /
"Revolution. New York: Knopf.") leaves a line that opens with a capital, as an entry or a
work cited alone does ("Beowulf. London."). What shows the cut is the line before: it
stops, inside the title after the entry's year, on a word that reads as an adjective by
its derivational suffix ("-ical", "-ic", "-al", "-ian", "-ean", "-ive", "-ous", "-ary",
"-ern", "-ese", "-ish", "-ful", "-less", "-able", "-ible", "-ular"), and such a word
stands before its noun: a title rarely ends on one ("Going Global" does, and then on its
stop, which the line lacks here). Words of those endings that are nouns and end titles
("Journal", "Archive", "Music", "Library") are none: `_NOUNS`, a general
vocabulary (English nouns of adjective form), not any list's words.

Only in a dated list whose lines mostly end as references do (`bare.BareHabits.closed`):
there a dated line stopping on such a word lacks its end. A line that went on past its
title's stop to a place and its colon ("Title. London: Imperial") is whole. The next line
prints no year of its own (a title ends on an adjective used as a noun, "The Overeducated
American", before an entry opening with its title or organisation and printing its year),
and is read as after an article
(`titlecut.rest_after_cut`: no names ended by a stop, no names and year, no number).
Two lines are read; bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import HABIT, MOSTLY, BareHabits, dated
from claimcheck.ingest.starts import ANY_YEAR, YEAR
from claimcheck.ingest.titlecut import cited_alone, rest_after_cut

_ADJECTIVE = re.compile(
    r"(?:^|\s)[\"'‘“(]?([A-Za-z][a-z]{2,}"
    r"(?:ical|ic|al|ian|ean|ican|ive|ous|ary|ern|ese|ish|ful|less|able|ible|ular))$")
# English nouns of adjective form that end titles (a general vocabulary, lower case)
_NOUNS = frozenset((
    "journal", "manual", "trial", "hospital", "festival", "capital", "portal", "proposal",
    "approval", "survival", "renewal", "animal", "signal", "rival", "arrival", "material",
    "tribunal", "ritual", "canal", "denial", "dismissal", "removal", "referral", "appraisal",
    "disposal", "withdrawal", "revival", "recital", "rehearsal", "carnival", "cathedral",
    "marshal", "admiral", "interval", "music", "logic", "rhetoric", "republic", "clinic",
    "topic", "traffic", "panic", "mechanic", "arithmetic", "epic", "critic", "mosaic",
    "magic", "fabric", "tactic", "archive", "perspective", "initiative", "narrative",
    "directive", "objective", "alternative", "incentive", "detective", "executive",
    "representative", "motive", "relative", "collective", "library", "dictionary", "summary",
    "commentary", "diary", "anniversary", "boundary", "secretary", "sanctuary", "glossary",
    "salary", "itinerary", "vocabulary", "missionary", "documentary", "pattern", "concern",
    "lantern", "cavern", "tavern", "intern", "parish", "fish", "finish", "publish",
    "establish", "banish", "accomplish", "table", "cable", "fable", "vegetable", "timetable",
    "bible", "musician", "physician", "politician", "historian", "librarian", "guardian",
    "civilian", "comedian", "technician", "magician", "handful",
))
_HEAD_CHARS = 150  # the entry's year opens its line within so many characters


def english_adjective_end(prev: str) -> bool:
    """`prev` stops, inside its title after the year, on a word of an adjective's form."""
    prev = prev.rstrip()
    found = _ADJECTIVE.search(prev[-40:])
    if found is None or found.group(1).lower() in _NOUNS:
        return False
    year = YEAR.search(prev, 0, _HEAD_CHARS)
    if year is None:
        return False
    title = prev[year.end():].lstrip(").,:; ")
    # after a sentence's stop, a place's colon shows the imprint ("Title. London: Imperial"):
    # the line is whole; a subtitle after the stop is not ("Cities. Urban Culture in Early
    # Modern")
    _, stop, last = title.rpartition(". ")
    return bool(title) and not (stop and ": " in last)


def cut_on_english_adjective(prev: str, text: str, habit: BareHabits, entry_dated: bool
                             ) -> bool:
    """`text` carries on a dated entry, in a closed dated list, whose line `prev` stopped
    on an English adjective (the signature of `lateyear.RULES`)."""
    if not entry_dated or habit.dated < HABIT or habit.closed < MOSTLY:
        return False
    if not text[:1].isupper() or not english_adjective_end(prev):
        return False
    # a line printing its own year is an entry (an organisation's or a title's first,
    # "American Community Survey 2015-2019, ..., 2020.") after a title ending on a noun so
    # formed ("The Overeducated American"); the rest of a dated entry prints none
    if dated(text) or ANY_YEAR.search(text):
        return False
    # a work cited alone (a name in title case and its comma, "Handbook of Nordic Harbours,
    # Oslo: ...") after a line not cut at the list's width: an entry lacking its stop; a
    # journal's volume and pages after the comma are the entry's rest ("Change, 12, 1-20.")
    alone = cited_alone(prev, text, habit) and not any(c.isdigit() for c in text)
    return rest_after_cut(prev, text, habit) and not alone
