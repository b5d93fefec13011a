"""A one-a-line entry cut inside its title, right after its author element and year.

An author-date entry prints its names, its year, then its title and what the title is in or
who published it. A line that stops after the year on a few words of a title without any
mark of its own (no comma, stop, bracket or number: "Polanyi, K. (1944) The", "Vester,
H.-G. (1988). Zeitalter der", "Black, J. S. / Mendenhall, M. E. (1990): Cross-Cultural
Training") has not reached the end of its title, let alone its publisher: the next line is
its rest ("Great Transformation: ... New York: Rinehart."), unless that line opens as an
entry does. The line before shows the cut whatever the list's other lines end with, so
`wrapcut.cut_in_title` joins after a word no title ends on ("als", "Der", "through"), and
otherwise reads the pair as `wrapcut.cut_on_word` reads a list whose lines end as
references end (its tests of case, a title first, a work cited alone: "Rossi, L. (1990).
Planning for Contingencies: A Reasoned Approach" / "Mitochondrial disorders in children."
stay apart).

Off in a list whose lines often stop so (`open_titles`: 3+ lines, a tenth of them). A tail
naming what the entry is ("Personal communication", "Interview") ends a whole entry.
More cuts of a dated entry, for `wrapcut`: after a lower-case article, preposition or
conjunction (`cut_on_article`, its next-line test `rest_after_cut`), and the rest after
names, year and one title sentence (`title_alone`, `rest_after_title_alone`); a work cited
alone after a line not cut at the list's width (`cited_alone`, `near_width`) opens one.
"""

from __future__ import annotations

import re

from claimcheck.ingest import subtitle
from claimcheck.ingest.authorhead import author_element, dated_after_title
from claimcheck.ingest.bare import (
    HABIT,
    LINK,
    ONE_NAME,
    BareHabits,
    dated,
    names_only,
    opens_surely,
)
from claimcheck.ingest.entryalone import SENTENCE_STOP, imprint_end
from claimcheck.ingest.entryrest import opens_with_names
from claimcheck.ingest.starts import ANY_YEAR, MARKER, NUMBER_START, YEAR, YEAR_LEAD
from claimcheck.vocabulary import YEAR_DIGITS

# Names (no digit), the year with its bracket or mark ("(1944)", "1980.", "(2002),",
# "1999:"), then a tail of words in title case up to the line's end: no digit, no comma,
# no stop, no quote or bracket, ending on a letter
_HEAD_YEAR = rf"^(?P<head>[^\d]{{2,200}}?)[\s,(/]\(?{YEAR_DIGITS}[a-z]?(?:\)[.:,]?|[.:,])"
_HEAD_THEN_TITLE = re.compile(
    _HEAD_YEAR + r"\s+"
    r"(?P<tail>[A-Z\u00c0-\u00de][^\d.?!;,\"“”„«»()\[\]]*[^\W\d_])$")
# The same line whose title ends on its stop, one sentence, nothing after it: "Lukes, Steven,
# 1974: Power.", "Nohl, A.-M. (2006): Interview und dokumentarische Methode."
_HEAD_THEN_TITLE_STOP = re.compile(
    _HEAD_YEAR + r"\s*"
    r"(?P<tail>[A-Z\u00c0-\u00de\"“„‘'][^\d.?!;]*[^\W\d_][\"”“’']?[.?!][\"”“’']?)$")
# what an entry says it is, as its last words: a whole entry ends so without a stop
KIND_TAIL = re.compile(
    r"\b(?:[Cc]ommunication|[Uu]npublished|[Mm]anuscript|[Mm]imeo(?:graph)?|[Ii]nterview"
    r"|[Ll]ecture|[Ss]peech|[Ss]ubmitted|[Pp]reparation|[Ff]orthcoming|[Pp]ress|[Tt]hesis"
    r"|[Dd]issertation|[Rr]eport|[Pp]aper|[Dd]ata|[Ss]oftware|[Ww]ebsite|[Bb]log)$")
# A name in title case up to its comma, two words or more: capitalised words, numbers, an
# initialism in brackets, short words in lower case between them ("Encyclopaedia
# Britannica,", "Grundgesetz für die Bundesrepublik Deutschland,", "Beowulf: A New Verse
# Translation,", "Bürgerliches Gesetzbuch (BGB),"): how a work cited alone opens, and how a
# title's rest may (the two differ by the cut). Not a name and an editor's role ("Morris
# (Ed.),") nor an identifier ("FE/2029 D/3-4,", "A-133 for Year ...")
_CAPITALISED = r"[A-Z\u00c0-\u00de][^\W\d_]*(?:[-'’.&][^\W\d_]+)*\.?:?"
_NAME_WORD = rf"(?:{_CAPITALISED}|\d[\d–-]*(?:-[A-Z][a-z]+)?:?|\([A-Z]{{2,}}\)|[a-zß-ÿ]{{1,4}})"
_WORK_ALONE = re.compile(rf"^{_CAPITALISED}(?:\s{_NAME_WORD}){{1,9}},\s")
# A word no title ends on, as the line's last: an article, a preposition or conjunction in
# English, German or French ("Das Leben als", "Ausverkauf der Intelligenz aus", "Deepening
# Democracy through"). Capitalised, an article only as a title's first word, right after the
# year or a colon ("(2005), Der", "Training: A"): after another word a capital letter is a
# name's ("Vitamin A", "Hepatitis A", "Type A")
_OPEN_END = re.compile(
    r"\s(?:the|der|die|das|dem|den|des|eine?|l[ea]s?|am|zu[mr]?|of"
    r"|for|in|on|to|with|and|or|from|by|at|as|into|through|between|about|against|among"
    r"|toward|towards|upon|within|without|via|und|oder|als|aus|für|im|mit|bei|nach|über"
    r"|unter|vom|beim|auf|an|von|du|et|en|au|aux|sur|pour|par|dans|avec)$")
_FIRST_OPEN = re.compile(
    r"(?:^|:\s)(?:The|An?|D(?:er|ie|as|em|en|es)|Eine?|L[ea]s?|Am|Zu[mr]?|Of)$")
# The same in lower case alone, as any line's last word: no entry ends on it, whatever the
# list's stops ("Soziologie. Untersuchungen über die", "A History of the"); not the particles
# that end a phrasal title in sentence case ("Moving on", "Where we come from")
_ARTICLE_END = re.compile(
    r"\s(?:the|of|for|in|with|and|into|der|die|das|des|dem|den|und|von|zur|zum"
    r"|für|über|aus|als|mit|du|la|le|les|et|aux|sur|pour|dans|avec)$")
# "die" is also an English verb ("How we die", "Why we die"): a German article only in a
# line with another German word or letter after its year ("Untersuchungen über die",
# "Einführung in die")
GERMAN = re.compile(r"[äöüß]|\b(?:der|das|dem|den|des|und|von|zur|zum|für|über|aus|als|mit"
                     r"|eine?|einer|im|vom|beim|auf|nach|bei)\b", re.IGNORECASE)
# A year in brackets not after a number ("(1949)", "(2013)."): a date of its own. The entry
# before printed its date, so after a title's word the line opens another entry dated after
# its name or title ("Grundgesetz ... (1949), Art. 5.", "Diagnostic ... (5th ed.). (2013).");
# a container's year follows its volume ("12 (1983)"), and after an article or preposition
# in lower case ("Kritik der" / "politischen Ökonomie (1867).") the line is the phrase's
# rest, with the work's first date
_OWN_DATE = re.compile(rf"(?<!\d)(?<!\d\s)\({YEAR_DIGITS}[a-z]?\)")
_HEAD_CHARS = 40  # an entry's author element and year open it within so many characters
_HABIT_LINES = 3  # lines stopping so that make a habit of the list, with a tenth of them
_HABIT_SHARE = 0.1


def open_title(text: str) -> bool:
    """The line is names, their year and a title's first words without a mark of their
    own (see the module)."""
    found = _HEAD_THEN_TITLE.match(text.rstrip())
    return found is not None and names_only(found.group("head")) and not KIND_TAIL.search(
        found.group("tail"))


def open_tail(text: str) -> str:
    """The title's first words of an `open_title` line, or ""."""
    found = _HEAD_THEN_TITLE.match(text.rstrip())
    return found.group("tail") if found is not None and open_title(text) else ""


def ends_open(text: str) -> bool:
    """The line, names, year and a title's first words (`open_title`), ends on a word no
    title ends on (`_OPEN_END`, capitalised only as the title's first word)."""
    text = text.rstrip()
    found = _HEAD_THEN_TITLE.match(text)
    return _ends_on(_OPEN_END, text) or (
        found is not None and bool(_FIRST_OPEN.search(found.group("tail"))))


def _ends_on(words: re.Pattern[str], text: str) -> bool:
    """`text` ends on one of `words`; on "die" only with German after its year (`GERMAN`)."""
    found = words.search(text)
    if found is None or found.group().strip() != "die":
        return found is not None
    year = YEAR.search(text)
    return bool(GERMAN.search(text[year.end() if year else 0:found.start()]))


def title_alone(text: str) -> bool:
    """The line is names, their year and one title sentence ended by its stop, nothing after
    it (`_HEAD_THEN_TITLE_STOP`)."""
    found = _HEAD_THEN_TITLE_STOP.match(text.rstrip())
    return found is not None and names_only(found.group("head"))


def open_titles(texts: list[str]) -> tuple[int, int]:
    """How many of the list's lines stop inside their title (`open_title`) and how many
    after one title sentence (`title_alone`) without a subtitle and imprint on the next line
    (such a line is no whole entry, and no habit of the list's): read once a list."""
    alone = sum(1 for k, text in enumerate(texts) if title_alone(text) and not (
        k + 1 < len(texts) and _imprint_rest(texts[k + 1])))
    return sum(1 for text in texts if open_title(text)), alone


def _imprint_rest(text: str) -> bool:
    """The line, without a year, ends on an imprint and opens as no entry does: the rest
    of a title alone ("A Radical View. London: MacMillan.")."""
    return not (dated(text) or ANY_YEAR.search(text)) and imprint_end(text) and not (
        author_element(text) or opens_with_names(text) or ONE_NAME.match(text))


def title_cut(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` carries on a dated entry whose last line `prev` stopped inside its title right
    after its author element and year (see the module). Not a line that opens as an entry
    does (a name, initials, a list number, an author element, a year, a link)."""
    if not entry_dated or habit.dated < HABIT or not open_title(prev):
        return False
    if habit_of(habit.open_titles[0], habit):
        return False
    if marked(text):
        return False
    if _OWN_DATE.search(text) and not _ends_on(_ARTICLE_END, prev.rstrip()):
        return False
    return not (opens_surely(text, habit) or author_element(text) or YEAR_LEAD.match(text))


def cited_alone(prev: str, text: str, habit: BareHabits) -> bool:
    """`text` opens as a work cited alone (a name in title case and its comma: "The Times, 4
    June 1944, p. 5.", "Encyclopaedia Britannica, 15th ed., ...") and `prev`, which stopped
    on a word, was not cut at the list's width: an entry lacking its stop, then a work."""
    return bool(_WORK_ALONE.match(text)) and not SENTENCE_STOP.search(
        text.split(",", 1)[0] + " ") and not near_width(prev, text, habit)


def near_width(prev: str, text: str, habit: BareHabits) -> bool:
    """The line before was cut at the list's width: with a space and the line's first word
    it reaches the longest of the other lines, and passes it by no more than that word.

    A hard wrap at a width cuts a line where its next word would pass the width, and no
    line passes it, so the other lines are at most the width. A line far longer than every
    other is an entry of its own length, no evidence of a width. In proportional type
    letters only estimate widths; no slack is given: a true wrap there may read as two
    entries (a split), the lesser error than a merge."""
    word = 1 + len(text.split(maxsplit=1)[0])
    others = habit.next_width if len(prev) >= habit.width else habit.width
    if others > habit.next_width + word:  # the longest line is an outlier (a long URL)
        others = habit.next_width
    return others <= len(prev) + word and len(prev) <= others + word


def marked(text: str) -> bool:
    """The line opens with a list's marker or number, or with a link, as an entry does."""
    return bool(MARKER.match(text) or NUMBER_START.match(text) or LINK.match(text))


def habit_of(lines: int, habit: BareHabits) -> bool:
    """So many of the list's lines show a shape that it is how the list writes entries."""
    return lines >= _HABIT_LINES and lines >= _HABIT_SHARE * habit.size


def rest_after_title_alone(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text`, without a year, is the rest of a dated entry that is so far names, year and
    one title sentence (`title_alone`), when it ends on an imprint (a place or publisher:
    "A Radical View. London: MacMillan.", "Anleitungen für die Forschungspraxis.
    Wiesbaden."): the title's subtitle and imprint. Not a line that opens as an entry does
    (names, initials, an author element and its year, a list number, a link); off in a
    list whose entries end on one title sentence (three lines and a tenth of them)."""
    if not entry_dated or habit.dated < HABIT or not title_alone(prev):
        return False
    if habit_of(habit.open_titles[1], habit) or dated(text) or ANY_YEAR.search(text):
        return False
    if marked(text):
        return False
    # an author element (an organisation and its stop, "World Health Organization. Global
    # report ...", one name, "Beowulf. Translated by ...") opens an undated entry
    if (opens_surely(text, habit) or opens_with_names(text) or author_element(text)) and not (
            subtitle.reads_as_subtitle(text, habit)):
        return False
    return not ONE_NAME.match(text) and imprint_end(text)


def cut_on_article(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` carries on a dated entry whose line `prev` stopped on a lower-case article,
    preposition or conjunction (`_ARTICLE_END`: no entry ends there), as `rest_after_cut`."""
    if not entry_dated or habit.dated < HABIT or not _ends_on(_ARTICLE_END, prev.rstrip()):
        return False
    return rest_after_cut(prev, text, habit)


def rest_after_cut(prev: str, text: str, habit: BareHabits) -> bool:
    """`text` may carry on a dated entry whose line `prev` was cut inside its title: it
    opens with no names ended by a stop, no name or initials and the year early, no list
    number or link (`cut_on_article`, `englishadjective`)."""
    if marked(text):
        return False
    # a whole one-line entry before an author element and its own year ("Pfaff, J. (2017)
    # Locked in" / "Organisation for Economic ... (2019) Society at a glance")
    if dated_after_title(prev, text):
        return False
    year = opens_surely(text, habit) and YEAR.search(text[:_HEAD_CHARS])
    return not (year or opens_with_names(text) or YEAR_LEAD.match(text))
