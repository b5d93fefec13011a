"""What a one-a-line entry left unfinished says about the next line, read from the whole entry.

A hard wrap inside an entry of a one-a-line list leaves evidence no two lines show alone:
- a bracket the entry opened and the next line closes before it opens one ("...
  Interpretation (Vol. 1) (pp." / "96-116). Boulder, CO: Westview Press.", "(New" /
  "York: Library of America, 1989), 28."): an entry closes what it opens, and no entry
  opens by closing a bracket (quotes are left alone: „…“ and »…« close the other way);
- an entry that is so far one line of names and its year alone ("Deuchar, Margaret, &
  Quay, Suzanne. 2000.", "Frege, Gottlob 1892.", "de Foucault B., 2009."): no reference is
  only its authors and year, so the next line is its title (also a quoted one), unless it
  opens as an entry surely does (a name, initials, a list number) or is itself names and a
  year alone.
- names cut after an initial ("C. Shen, Z. Qiu, H. Song, J." / "Bernhard, ...").
A line that is an entry's rest by what it is (a journal's tail alone, a lower-case word, the
line after a word no entry ends on) is read by `entryrest`, and a line after a cut a dated
entry or a journal's name shows by `wrapcut`; `goes_on` asks all three. A line that
opens with the same-author dash or an author and a quoted title opens an entry whatever came
before (`opens_anew`, asked before every join of a one-a-line list). The depth of
each bracket is kept per entry (`deepen`, one pass over each line), so the test is constant
time a line after the line is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.ingest import (
    editorsafter,
    entryalone,
    entryrest,
    restimprint,
    undatedrest,
    undatedsource,
    wrapcut,
    yearhead,
)
from claimcheck.ingest.bare import (
    HABIT,
    LINK,
    NAME_SEP,
    BareHabits,
    dated,
    names_only,
    opens_surely,
)
from claimcheck.ingest.namesline import FULL, INITS, PART, WORD, names_line, without_number
from claimcheck.ingest.starts import MARKER, SAME_AUTHORS, author_led, strong_start
from claimcheck.vocabulary import YEAR_DIGITS

# Brackets only: quotes open and close the other way round in German and French („…“, »…«)
PAIRS = (("(", ")"), ("[", "]"))
Depths = tuple[int, ...]  # how many of each pair's openers the entry left open
NONE: Depths = (0,) * len(PAIRS)
_LETTER_LABEL = re.compile(r"^\s*(?:[a-z]|[ivx]{1,4})\)\s")  # a list label "a) ", "iv) "
# a year that ends the line, not a date's ("Norton, 2000.", not "Die Presse, 20.4.2002.")
_ENDS_ON_YEAR = re.compile(rf"(?<![\w./-]){YEAR_DIGITS}[a-z]?\)?[.,;]?\s*$")
# a closer right after a colon or semicolon closes nothing (an emoticon ":)", ";)")
_EMOTICON = re.compile(r"[:;]-?[)\]]")
_REACH = 80  # a wrapped bracket's rest closes it early in the line
_NEAR_END = 12
# Names then the year alone: "Frege, Gottlob 1892.", "Deuchar, M., & Quay, S. 2000.",
# "Chaffin, C. (Producer). (2008)."; no digit before the year
_NAMES_YEAR = re.compile(rf"^(\D{{3,}}?)[,.]?\s*\(?{YEAR_DIGITS}[a-z]?\)?[.:,]?$")
# its end alone, looked for first: where no year ends the line, the lazy names and the "\s*"
# after them try every split of a run of blanks (a line of 20,000 took 3.2 s)
_YEAR_ENDS = re.compile(rf"{YEAR_DIGITS}[a-z]?\)?[.:,]?$")
_ROLE = re.compile(r"\s*\((?:[Ee]ds?|[Hh]rsg|[Pp]roducers?|[Dd]irectors?)\.?\)")
_GIVEN = re.compile(rf"^{WORD}(?:\s(?:{WORD}|{INITS})){{1,2}}$")  # given names after a comma
_QUOTED = re.compile(r"^[\"“‘„«]")
# Lines of names and year alone are rare wraps; where a list has more (three or more, and over
# a twentieth of its lines), they are its entries
# (short forms, "Frege, Gottlob 1892." as a heading of works)
_NAMES_YEAR_HABIT = 0.05
_NAMES_YEAR_LINES = 3


def deepen(depths: Depths, text: str) -> Depths:
    """The entry's open brackets after `text` (a closer with nothing open counts nothing)."""
    out = []
    for depth, (opener, closer) in zip(depths, PAIRS, strict=True):
        for mark in re.findall(rf"[{re.escape(opener + closer)}]", text):
            depth = depth + 1 if mark == opener else max(0, depth - 1)
        out.append(depth)
    return tuple(out)


def closes_open(depths: Depths, prev: str, text: str, habit: BareHabits) -> bool:
    """`text` closes, within its first `_REACH` characters and before it opens one, a bracket
    the entry left open; not a line that opens with a list number ("2) Jones"), and a line
    that opens as an entry surely does only when the line before opened the bracket near
    its end ("(ed." / "J. H. Neyrey; ... 1991), pp."; not a half-open interval in a title,
    "on [0, 1). J. Math." before "Jones, K. Intervals (0, 1]. ...")."""
    if not any(depths) or MARKER.match(text) or _LETTER_LABEL.match(text):
        return False
    if opens_surely(text, habit) and not any(o in prev[-_NEAR_END:] for o, _ in PAIRS):
        return False
    head = _EMOTICON.sub("  ", text[:_REACH])
    for depth, (opener, closer) in zip(depths, PAIRS, strict=True):
        at = head.find(closer)
        if depth and at >= 0 and opener not in head[:at]:
            return True
    return False


def names_and_year(text: str) -> bool:
    """The line is names and their year alone (a list number aside)."""
    line = without_number(text)
    found = _NAMES_YEAR.match(line) if _YEAR_ENDS.search(line) else None
    if found is None:
        return False
    # names then a place are an imprint's end ("Zwangsarbeiter, Gastarbeiter, Flüchtlinge,
    # München 2001", the rest of a title), not an entry's authors
    if entryalone.imprint_end(found.group(1)):
        return False
    names = _ROLE.sub("", found.group(1)).strip(" ,.&")
    parts = [part.strip() for part in NAME_SEP.split(names) if part.strip()]
    if not author_led(names):
        return False
    # every name whole with its initials ("de Foucault B.", "J. Smith and K. Jones"), or
    # family and given names in pairs ("Frege, Gottlob", "Smith, J., & Jones, K."); not a
    # short form's one name ("Weber 1922.") nor a name and a title's words ("J. Latacz
    # (ed.), Homer, Tradition und Neuerung, Darmstadt 1979.")
    if all(FULL.match(part) for part in parts):
        return True
    # a pair's given names may be two or three ("Warner, John Harley", "Rogers, Everett M.")
    return len(parts) % 2 == 0 and all(
        PART.match(part) or (k % 2 == 1 and _GIVEN.match(part)) for k, part in enumerate(parts))


def after_names_year(prev: str, text: str, habit: BareHabits, size: int) -> bool:
    """`text` carries on an entry that so far is one line `prev` of names and year alone."""
    alone = round(habit.names_year * habit.size)  # how many such lines the list has
    if size != 1 or (alone >= _NAMES_YEAR_LINES and habit.names_year > _NAMES_YEAR_HABIT):
        return False
    if not names_and_year(prev) or names_and_year(text):
        return False
    # the entry has its year: a line that ends on a year of its own ends another entry
    # ("Cohen, Joshua, 1989." / "Beowulf. Translated by ... New York: Norton, 2000."); a year
    # inside the title is no such end ("... Géhu 1999. J. Bot. Soc. Bot. France, 48 : 49-70.")
    if _ENDS_ON_YEAR.search(text):
        return False
    return bool(_QUOTED.match(text)) or not opens_surely(text, habit)


_AFTER_YEAR = 4  # what may follow a year that ends the line: "b).", ")."
_YEAR_EARLY = re.compile(rf"^[^\d(]{{1,40}}?\(?{YEAR_DIGITS}\b")
def after_names_alone(entry: EntrySoFar, prev: str, text: str, habit: BareHabits) -> bool:
    """`text` brings the title and the year of an undated entry that is so far one line of
    names alone (`names_line`): no reference is its authors alone. Not a line that opens with
    names of its own (initials, names and a stop, names and a year), a list number, the
    same-author dash or a link."""
    if entry.size != 1 or entry.dated or habit.dated < HABIT or not dated(text):
        return False
    if not names_line(prev) or MARKER.match(text) or LINK.match(text):
        return False
    if strong_start(text) or entryrest.opens_with_names(text) or names_and_year(text):
        return False
    # an author element and its year open an entry ("World Bank (2008). Report."); the year
    # first is the names' own ("(2011). User acceptance ..."), and a short book's year that
    # ends the line is its imprint's ("The Madwoman in the Attic. Yale UP, 1979.")
    early = _YEAR_EARLY.match(text)
    return early is None or len(text) - early.end() < _AFTER_YEAR


_LONE_INITIAL = re.compile(r"(?:^|[\s,])(?:[A-Z]\.-?)+$")  # "..., S. A.", "and S.L."
_HAS_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.\s?-?)+")


def names_cut_after_initials(prev: str, text: str, habit: BareHabits, size: int,
                             entry_dated: bool) -> bool:
    """An entry that is so far one line of initials-first names cut after a name's initials
    ("C. Shen, Z. Qiu, H. Song, J." / "Bernhard, S. Bass and U. Heinz, ... (2016)"): every
    name shows initials, the line ends on them, and the next line brings the year the entry
    lacks without a list number of its own. No entry ends on a name's initials; two names
    are enough ("D. K. Belashchenko and B. R." / "Gelchinski, J. Non-Cryst. Solids ...")."""
    if size != 1 or entry_dated or habit.dated < HABIT or not dated(text):
        return False
    names = without_number(prev)
    parts = [part for part in NAME_SEP.split(names) if part.strip()]
    if len(parts) < 2 or not names_only(names) or not _LONE_INITIAL.search(names):
        return False
    return all(_HAS_INITIALS.search(part) for part in parts) and not MARKER.match(text)


def opens_anew(text: str) -> bool:
    """The line opens an entry whatever came before: the same-author dash ("———. Title"), or
    an author element then a quoted title (an organisation, a work of reference: 'Dictionary
    of the History of Ideas. "Utopia." ...'); no join of a one-a-line list takes it."""
    return bool(SAME_AUTHORS.match(text) or entryrest.AUTHOR_THEN_QUOTED.match(text))


@dataclass(frozen=True)
class EntrySoFar:
    """What the entry read so far shows its next line: the brackets it left open, how many
    lines it has, and whether it prints a year."""

    depths: Depths
    size: int
    dated: bool


def goes_on(entry: EntrySoFar, prev: str, text: str, habit: BareHabits) -> bool:
    """`text` carries on `entry`, whose last line is `prev` (see the module)."""
    return closes_open(entry.depths, prev, text, habit) or after_names_alone(
        entry, prev, text, habit) or after_names_year(
        prev, text, habit, entry.size) or names_cut_after_initials(
        prev, text, habit, entry.size, entry.dated) or any(
        rule(prev, text, habit, entry.dated)
        for rule in (*entryrest.RULES, *wrapcut.RULES, editorsafter.editors_after_in)
    ) or (
        entryrest.journal_tail(prev, text, habit, entry.dated)
        and not entryrest.work_after_nameless(prev, entry.size, text)) or (
        not entry.dated and undatedrest.source_after_title(prev, text, habit, entry.size)
    ) or restimprint.rest_then_imprint(prev, text, habit, entry.dated) or (
        undatedsource.source_elsewise(prev, text, habit, entry.size, entry.dated)) or (
        yearhead.year_after_head(prev, text, habit, entry.size, entry.dated)) or (
        yearhead.work_after_role(prev, text, habit, entry.size, entry.dated))
