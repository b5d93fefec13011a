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
The depth of each bracket is kept per entry (`deepen`, one pass over each line), so the
test is constant time a line after the line is read.
"""

from __future__ import annotations

import itertools
import re

from claimcheck.ingest.bare import (
    HABIT,
    PASSAGE,
    WHOLE_ENDS,
    BareHabits,
    dated,
    names_only,
    opens_surely,
)
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import MARKER, NUMBER_START, YEAR, author_led

# Brackets only: quotes open and close the other way round in German and French („…“, »…«)
PAIRS = (("(", ")"), ("[", "]"))
Depths = tuple[int, ...]  # how many of each pair's openers the entry left open
NONE: Depths = (0,) * len(PAIRS)
_REACH = 80  # a wrapped bracket's rest closes it early in the line
_NEAR_END = 12
# A list number before the names ("[48] ", "12. ")
_NUMBER = re.compile(r"^\s*(?:\[\d{1,5}\]|\(\d{1,5}\)|\d{1,5}[.)])\s*")
# Names then the year alone: "Frege, Gottlob 1892.", "Deuchar, M., & Quay, S. 2000.",
# "Chaffin, C. (Producer). (2008)."; no digit before the year
_NAMES_YEAR = re.compile(r"^(\D{3,}?)[,.]?\s*\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.:,]?$")
_ROLE = re.compile(r"\s*\((?:[Ee]ds?|[Hh]rsg|[Pp]roducers?|[Dd]irectors?)\.?\)")
_SEP = re.compile(r",|&|\band\b")
_INITS = r"(?:[A-Z]\.?\s?-?){1,3}"
_WORD = (r"(?:(?:van|von|de|der|den|du|da|di|del|le|la|ter|ten|dos)\s)*"
         r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’]+)?")
# One name between commas or "and": initials alone ("J."), one word ("Frege", "Gottlob"), or a
# word with its initials before or after ("de Foucault B.", "J. Smith"); not two words
# without initials, as a title's part is ("Algebraic Geometry", "Leviathan. 1651")
_PART = re.compile(rf"^(?:{_INITS}|{_WORD})$")
_FULL = re.compile(rf"^(?:{_INITS}\s?{_WORD}|{_WORD}\s{_INITS})$")
_TAIL_PART = re.compile(r"[,;–—]\s")  # what follows the last comma or dash: ", London."
_QUOTED = re.compile(r"^[\"“‘„«]")
# Lines of names and year alone are rare wraps; where a list has more (three or more, and over
# a twentieth of its lines), they are its entries
# (short forms, "Frege, Gottlob 1892." as a heading of works)
_NAMES_YEAR_HABIT = 0.05
_NAMES_YEAR_LINES = 3


def deepen(depths: Depths, text: str) -> Depths:
    """The entry's open brackets after `text` (a closer with nothing open counts nothing)."""
    return tuple(max(0, d + text.count(o) - text.count(c))
                 for d, (o, c) in zip(depths, PAIRS, strict=True))


def closes_open(depths: Depths, prev: str, text: str, habit: BareHabits) -> bool:
    """`text` closes, within its first `_REACH` characters and before it opens one, a bracket
    the entry left open; not a line that opens with a list number ("2) Jones"), and a line
    that opens as an entry surely does only when the line before opened the bracket near
    its end ("(ed." / "J. H. Neyrey; ... 1991), pp."; not a half-open interval in a title,
    "on [0, 1). J. Math." before "Jones, K. Intervals (0, 1]. ...")."""
    if not any(depths) or MARKER.match(text):
        return False
    if opens_surely(text, habit) and not any(o in prev[-_NEAR_END:] for o, _ in PAIRS):
        return False
    head = text[:_REACH]
    for depth, (opener, closer) in zip(depths, PAIRS, strict=True):
        at = head.find(closer)
        if depth and at >= 0 and opener not in head[:at]:
            return True
    return False


def without_number(text: str) -> str:
    """The line without the list number it opens with ("[48] ", "12. ")."""
    return _NUMBER.sub("", text, count=1)


def names_and_year(text: str) -> bool:
    """The line is names and their year alone (a list number aside)."""
    found = _NAMES_YEAR.match(without_number(text))
    if found is None:
        return False
    names = _ROLE.sub("", found.group(1)).strip(" ,.&")
    parts = [part.strip() for part in _SEP.split(names) if part.strip()]
    if not author_led(names):
        return False
    # every name whole with its initials ("de Foucault B.", "J. Smith and K. Jones"), or
    # family and given names in pairs ("Frege, Gottlob", "Smith, J., & Jones, K."); not a
    # short form's one name ("Weber 1922.") nor a name and a title's words ("J. Latacz
    # (ed.), Homer, Tradition und Neuerung, Darmstadt 1979.")
    if all(_FULL.match(part) for part in parts):
        return True
    return len(parts) % 2 == 0 and all(_PART.match(part) for part in parts)


def after_names_year(prev: str, text: str, habit: BareHabits, size: int) -> bool:
    """`text` carries on an entry that so far is one line `prev` of names and year alone."""
    alone = habit.names_year * habit.size  # how many such lines the list has
    if size != 1 or (alone >= _NAMES_YEAR_LINES and habit.names_year > _NAMES_YEAR_HABIT):
        return False
    if not names_and_year(prev) or names_and_year(text):
        return False
    return bool(_QUOTED.match(text)) or not opens_surely(text, habit)


_LONE_INITIAL = re.compile(r"(?:^|[\s,])(?:[A-Z]\.-?)+$")  # "..., S. A.", "and S.L."
_HAS_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.\s?-?)+")


def names_cut_after_initials(prev: str, text: str, habit: BareHabits, size: int,
                             entry_dated: bool) -> bool:
    """An entry that is so far one line of initials-first names cut after a name's initials
    ("C. Shen, Z. Qiu, H. Song, J." / "Bernhard, S. Bass and U. Heinz, ... (2016)"): every
    name shows initials, the line ends on them, and the next line brings the year the entry
    lacks without a list number of its own. No entry ends on a name's initials."""
    if size != 1 or entry_dated or habit.dated < HABIT or not dated(text):
        return False
    names = without_number(prev)
    parts = [part for part in _SEP.split(names) if part.strip()]
    if len(parts) < 3 or not names_only(names) or not _LONE_INITIAL.search(names):
        return False
    return all(_HAS_INITIALS.search(part) for part in parts) and not MARKER.match(text)


_Y = r"(?:1[5-9]|20)\d\d"
# A journal's tail alone: the journal's capitalised words (no comma inside), then an
# optional year ("(1998) ", "2000; ", "2018 Jun;"), then volume and issue and their pages
# ("93:4857", "51(4): 2844", "52, 183"; not a year, "Python 3, 2020."), or a volume, a
# bracketed year and pages ("35 (2014) 015013"): "Proc Natl Acad Sci USA 93:4857-4861,
# 1996.", "Cell (1998) 93: 805-14."
_JOURNAL_TAIL = re.compile(
    rf"^(?:[A-Z][A-Za-z&'.-]*\s?){{1,8}}[,.;]?\s*"
    rf"(?:\(\s?{_Y}\s?\)\s*|{_Y}[a-z]?\s?(?:[A-Z][a-z]{{2}}\s?)?;\s*)?[A-Z]?\d{{1,4}}\s*"
    rf"(?:(?:\(\d{{1,4}}(?:[-–]\d{{1,4}})?\))?\s*[:,]\s*(?!{_Y}\b)[A-Z]?\d"
    rf"|\(\s?{_Y}\s?\)\s*[A-Z]?\d)")
# A family name and its initials ("Weinberg S Phys Rev", "Bandura A. Self-efficacy.")
_FAMILY_INITIALS = re.compile(r"^[A-Z][\w'’-]+\s(?:[A-Z]\.?\s?){1,3}[\s,]")
# A sentence's end inside the journal's words: a word of five letters or more, or in
# capitals, and its stop before a capital ("Self-efficacy. Psychol", "Smith. Quantum",
# "BENSON. Prog."); journal abbreviations are shorter ("Proc. Natl. Acad. Sci.")
_SENTENCE_IN = re.compile(r"(?:\b[A-Za-z][a-z'’-]{4,}|\b[A-Z]{3,})\.\s+[A-Z]")


def tail_alone(text: str) -> bool:
    """The line is a journal's tail alone (`_JOURNAL_TAIL`), not an entry's authors and title
    before their journal."""
    tail = _JOURNAL_TAIL.match(text)
    return tail is not None and not (
        _FAMILY_INITIALS.match(text) or _SENTENCE_IN.search(tail.group()))


def tail_starts(texts: list[str]) -> int:
    """How many lines of the list are a journal's tail alone after a line that printed a year
    and ended as whole entries end: where there are any, the list's entries may open with
    their journal (physics entries without authors, "Nucl. Instrum. Methods A 554 (2005)
    474."), and a tail is no evidence of a wrap."""
    return sum(1 for prev, text in itertools.pairwise(texts)
               if tail_alone(text) and dated(prev)
               and end_kind(prev, False) in WHOLE_ENDS)


def journal_tail(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` is the journal, volume and pages of an undated entry whose last line `prev`
    stopped on its title: no reference is its journal's tail alone, so the line carries the
    entry on even where its words read as a name ("Proc Natl Acad Sci USA 93:4857-4861,
    1996.", "Physical Review E, 51(4): 2844--2855, 1995."). Not after an entry that ended as
    whole entries end or on its place or publisher ("Paris: PUF"), not a passage ("Mishnah
    Berakhot 1:1-5."), not a family name and its initials ("Weinberg S Phys Rev ...")."""
    if entry_dated or habit.dated < HABIT or habit.tail_starts or not dated(text):
        return False
    if MARKER.match(text):
        return False
    if not tail_alone(text) or PASSAGE.search(text):
        return False
    if end_kind(prev, False) not in ("stop", "word") or any(c.isdigit() for c in prev[-12:]):
        return False
    return not imprint_end(prev)


def imprint_end(prev: str) -> bool:
    """The line ends on a place or publisher, as a whole book entry does ("Paris: PUF",
    "..., London.", "London: Routledge")."""
    last = prev.rstrip(" .").rsplit(". ", 1)[-1]
    return any(start_kind(part, False, False, False) in ("place", "publisher")
               for part in (last, _TAIL_PART.split(last)[-1].strip()))


# A plain word in lower case opens the line ("extraordinary new ...", "of Epic, Ballads"); not
# a term that opens a title ("mRNA", "eIF4") nor a name's particle (`opens_entry` reads those)
_LINK = re.compile(r"^(?:https?|www\.|doi|ftp)", re.IGNORECASE)
_HEAD = 40
_AFTER_HEAD = 10  # an entry's author element and year open it within so many characters
_PLAIN_LOWER = re.compile(r"^[a-z\u00df-\u00ff]{2,}[\s,;:]")


def lower_after_word(prev: str, text: str, habit: BareHabits) -> bool:
    """`text` opens with a plain word in lower case after a line that stopped on a word with
    no punctuation ("Trueb L, Duellman WE (1978) An" / "extraordinary new casque-headed
    frog."), in a list whose lines end with a stop, a bracket, pages, a year or a link: the
    line before was cut mid-phrase, whatever years the two lines print. Not after a place or
    publisher (a whole book, "London: Routledge"), nor before a line that opens as entries
    do or with its year early ("bell hooks. 2000. Feminism is for everybody.")."""
    if habit.closed < HABIT or not _PLAIN_LOWER.match(text) or end_kind(prev, False) != "word":
        return False
    return not (opens_surely(text, habit) or YEAR.search(text[:_HEAD]) or imprint_end(prev))


# A word no entry ends on: an article, a preposition or a conjunction ("London: The", "Are
# We Threatening Our", "Journal of Guangdong Institute of", "Proot IM, Abu-Saad HH, de")
_FUNCTION_END = re.compile(
    r"\s(?:[Tt]he|An?|an?|[Oo]ur|[Tt]heir|[Oo]f|[Ff]or|[Ii]n|[Oo]n|[Tt]o|[Ww]ith|[Aa]nd|[Oo]r"
    r"|de|des|du|la|le|les|der|die|das|und|von|zur|zum|del|della|di|et|y|e)$")


def word_cut_brings_year(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """An undated entry whose line stopped on a word no entry ends on (an article, a
    preposition, a conjunction), in a dated list whose lines end with a stop, a bracket,
    pages, a year or a link, goes on with the next line that brings its year, even one whose
    words read as names ("A Void. London: The" / "Harvill Press, 1995.", "Our Stolen Future:
    Are We Threatening Our" / "Fertility, Intelligence, and Survival? ... 1996."; a line
    stopped on another word may end an entry that lacks its stop, "... Holographic
    Entropy"). Not before a list number, a link, a year first, or an author element and its
    year early in the line ("Smith, J. (2001). ...")."""
    if entry_dated or habit.closed < HABIT or habit.dated < HABIT or not dated(text):
        return False
    if not _FUNCTION_END.search(prev) or any(c.isdigit() for c in prev[-12:]):
        return False
    if MARKER.match(text) or NUMBER_START.match(text) or _LINK.match(text):
        return False
    # an author element and its year, then the rest of an entry ("Smith, J. (2001). Title");
    # not a publisher and the year that ends the entry ("Harvill Press, 1995.")
    year = YEAR.search(text[:_HEAD])
    return year is None or len(text) - year.end() < _AFTER_HEAD


def goes_on(depths: Depths, size: int, prev: str, text: str, habit: BareHabits,
            entry_dated: bool) -> bool:
    """`text` carries on the entry whose open brackets are `depths`, whose line count is
    `size`, whose last line is `prev` and which prints a year or not (see the module)."""
    return closes_open(depths, prev, text, habit) or after_names_year(prev, text, habit, size) or (
        names_cut_after_initials(prev, text, habit, size, entry_dated)) or journal_tail(
        prev, text, habit, entry_dated) or lower_after_word(prev, text, habit) or (
        word_cut_brings_year(prev, text, habit, entry_dated))
