"""When a line of a one-reference-a-line list carries on the entry before, from the list's habits.

A list of one reference a line still has a hard wrap here and there: text extracted one
paragraph a line breaks an entry where a page or column did, or after a sentence's full stop.
Such a line is the rest of an entry, not one: it does not open as the list's entries open,
and it brings what the line before lacks. Read once per list (`habits`): the share of lines
that print a year, that end as references end, and how many lines start with each shape.

Only in a dated list (four lines in five, or the line after them, print a year), and only
when the two lines together print one year (one of them has it; "n.d.", "in press" count as
one), a line carries on when
- it opens with a plain word in lower case ("middle. Journal of ...", not "mRNA", not a URL),
  unless it has the year and the line before ended as a whole reference does, or the line
  before ended as a whole entry does (pages, a year, a link, or a dated line's sentence:
  "bell hooks. (n.d.)." after "... 43(6), 1241-1299." or "... Academic Press.");
- it has no year and brings the pages or DOI (not a passage, "Mishnah Berakhot 1:1-5."), or
  a place before its publisher ("New York: Norton.") or a publisher, that the line before
  lacks, which stopped either on a plain word (in a list whose lines end with a full stop,
  a bracket, pages, a year or a link) or at the full stop of a sentence without a number.

No rule applies to a line that opens as entries do (a name, also with its particle or in
another script, initials, the same-author dash or "ders."/"ibid.", a list number, a year in
a year-first list, an organisation with its year, an author element and its bracketed year
"23andMe. (2020).", one name and a full stop, a quoted title) or whose start has the shape
of a tenth of the list's lines: a whole reference is never swallowed for lack of evidence.
An abbreviation's stop ("Frankfurt a. M.") ends an entry only before a line that opens as
one does, not before a capitalised wrap ("Retrieved May 5, 2015, from"). Linear in the lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from claimcheck.ingest.cues import YEAR_FIRST, start_shape
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import (
    CLOSED_END,
    COMPLETE,
    NUMBER_START,
    OPEN_END,
    ORG_WITH_YEAR,
    YEAR,
    YEAR_LEAD,
    author_led,
    strong_start,
)
from claimcheck.vocabulary import NAME_PARTICLES_MORE, YEAR_DIGITS

# The same author or work again, in lower case: "ders.", "idem", "ibid.", "a. a. O.", "op. cit."
SAME_AGAIN = re.compile(
    r"^(?:ders|dies|idem|eadem|id|ibid|ibidem|ebd|ead|a\.\s?a\.\s?O|op\.\s?cit|loc\.\s?cit)\.?[\s,:]",
    re.IGNORECASE)
# One name and a full stop, as an author alone: "Homer. Odyssey.", "Eurostat. 2019."
ONE_NAME = re.compile(r"^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]{2,}\.\s+[A-Z\u00c0-\u00de\d\"“‘]")
# A plain word in lower case: a line cut in a phrase ("the paper.", "of Physics,"); not a
# term that opens a title ("mRNA", "eIF4", "iPhone")
_PLAIN_LOWER = re.compile(r"^[a-z\u00df-\u00ff]+(?:[\s,.;:)]|$)")
# A name in another script: Cyrillic or Greek family name then an initial, or initials first;
# a CJK or Hangul name of two to four characters before a comma, stop or bracket (a Hangul
# word, a space and another is a phrase, "토대로 하는", "수업 전략의"; not "et al.", "홍길동 외")
_OTHER_NAMES = re.compile(
    r"^(?:[\u0410-\u042f\u0401\u0391-\u03a9][\u0430-\u044f\u0451\u03b1-\u03c9-]+,?\s+"
    r"[\u0410-\u042f\u0401\u0391-\u03a9]\."
    r"|(?:[\u0410-\u042f\u0401\u0391-\u03a9]\.\s?){1,2}[\u0410-\u042f\u0401\u0391-\u03a9]"
    r"|[\u3040-\u30ff\u4e00-\u9fff]{2,4}\s?[,，、.．(（\s]"
    r"|[\uac00-\ud7af]{2,4}(?:\s?[,，、.．(（]|\s(?![\uac00-\ud7af])|\s(?:외|등)(?=[\s,.(])))")
# A family name with its particle in lower case: "van der Berg, J.", "al-Farabi, A."
_PARTICLE_WORDS = (*NAME_PARTICLES_MORE, "della", "das", "do", "zu", "al", "el", "bin", "ibn")
_PARTICLE_NAME = re.compile(
    rf"^(?:(?:{'|'.join(_PARTICLE_WORDS)})"
    r"[\s'’-]){1,3}[A-Z\u00c0-\u00de][\w'’-]+(?:,\s*[A-Z\u00c0-\u00de]|\s+[A-Z]{1,3}\b)")
_QUOTED_TITLE = re.compile(r"^[\"“‘„«]\s?[A-Z\u00c0-\u00de]")  # a title first, quoted
# Up to six words, each with a letter, then a stop and the year in brackets: an author
# element however it is spelt ("23andMe. (2020).", "7-Eleven, Inc. (2018)."), not a
# tail's "Soc. 77, 1546 (1955)."
_AUTHOR_THEN_YEAR = re.compile(
    r"^(?=[^\s()]*[A-Za-z])[^\s()]+(?:\s(?=[^\s()]*[A-Za-z])[^\s()]+){0,5}"
    rf"\.\s\({YEAR_DIGITS}[a-z]?\)")
_CAPITAL_HEAD = re.compile(r"^[\"“‘„«(]?[A-Z\u00c0-\u00de][^.]*\.")  # up to its first stop
_IN = re.compile(r"^(?:In|In:|Im|Dans|En)\b")
# A volume, a bracketed year or a journal's abbreviated word: how an entry's tail opens
_TAIL_OPEN = re.compile(r"^(?:\(?\d|[A-Z][a-z]{1,5}\.\s(?:\d(?!\d{3}\b)|[A-Z][a-z]{0,5}\.))")
_LEAD_NUMBER = re.compile(r"^\d{1,3}\s+")
_JOURNAL_VOLUME = re.compile(r"^(?:[A-Z][A-Za-z.&-]*\s){1,7}\d{1,4}\s*[:(,;]")
# The line holds only authors and their year: no digit before the year that ends it
_AUTHORS_YEAR = re.compile(rf"^\D*\(?{YEAR_DIGITS}[a-z]?\)?[.:,]?$")
NAME_SEP = re.compile(r",|\band\b|&")  # between the names of an author list
_NAMES_CUT = re.compile(r"(?:,|\band|&)\s*$")
_QUOTES = "\"“”‘’„«»"
_NAME_WORDS = 4
# A journal and the year that opens its volume and pages, Vancouver's tail: "Oncogene.
# 2006;25:4647", "Curr Biol 2015; 25."
_JOURNAL_YEAR = re.compile(rf"^(?:[A-Z][\w.&-]*\.?\s){{1,7}}{YEAR_DIGITS}[a-z]?\s?[;:]")
# A date printed as none: "(n.d.)", "in press", "forthcoming", "s.d.", "o.J.": the entry's
# place for its year is filled, so the line is a whole entry as a dated one is
_UNDATED = re.compile(r"\bn\.\s?d\.|\b[Ii][nm] (?:press|preparation|Druck|Erscheinen)\b"
                      r"|\b[Ff]orthcoming\b"
                      r"|\bs\.\s?d\.|\bo\.\s?J\.")
# A place then its publisher: "New York: Norton.", "London, Routledge", "Cambridge, MA: MIT"
PLACE_THEN = re.compile(r"^[A-Z][\w.'’ -]{1,30}?(?:,\s[A-Z]{2}\.?)?[:,]\s+[A-Z\u00c0-\u00de]")
# A passage of a classical or sacred text, not pages: chapter and verses ("1:1-5",
# "2.34-46", "6.390-502") or a folio ("31a", "514a-520a")
PASSAGE = re.compile(r"\b\d{1,3}[.:]\d{1,3}[a-z]?\s*[-–]\s*\d{1,3}\b|\b\d{1,3}[a-z]\b")
LINK = re.compile(r"^(?:https?|www\.|doi|ftp)", re.IGNORECASE)
INNER_STOP = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}\.\s")  # a word's stop inside a line
WORD_STOP = re.compile(r"[a-z\u00df-\u00ff]{3}[.!?][\"”’]?$")  # a sentence's stop, not "U.S."
WHOLE_ENDS = ("pages", "year", "link")  # how a whole entry ends
HABIT = 0.8  # the share of lines that makes a habit of the list
_SHAPE = 0.1  # the share of lines whose start shape makes it one of the list's entry starts


@dataclass(frozen=True, slots=True)
class BareHabits:
    """How the lines of a one-a-line list end and start: read once a list."""

    closed: float  # the share of lines (the last aside) that end as references end
    dated: float  # the share of lines that, or whose next line, print a year
    shapes: Counter[str]  # how many lines start with each shape
    size: int
    year_first: bool = False  # half the lines or more open with their year ("1954, Werle")
    # the share of dated lines that end on a title, measured by `lateyear.habits` (the one
    # caller); unmeasured, it reads as a list of titles, where no rest follows a title
    title_ends: float = 1.0
    names_year: float = 1.0  # the share of lines of names and year alone (`lateyear.habits`)
    tail_starts: int = 1  # journal tails alone after a whole dated line (`entryrest.tail_starts`)
    note_runs: frozenset[str] = frozenset()  # lines opening a run of notes (`linehead`)
    width: int = 0  # the longest line's length: where a hard wrap at a width cuts lines
    next_width: int = 0  # the second longest line's length (the width without one line)


def habits(texts: list[str]) -> BareHabits:
    ends = [bool(CLOSED_END.search(t)) and not OPEN_END.search(t) for t in texts[:-1]]
    years = [bool(YEAR.search(t)) for t in texts]
    dated = sum(a or b for a, b in zip(years, [*years[1:], False], strict=False))
    size = max(len(texts), 1)
    leads = sum(1 for t in texts if YEAR_LEAD.match(t))
    return BareHabits(sum(ends) / max(len(ends), 1), dated / size,
                      Counter(start_shape(t) for t in texts), size, leads >= YEAR_FIRST * size,
                      width=max((len(t) for t in texts), default=0),
                      next_width=sorted([0, 0, *(len(t) for t in texts)])[-2])


def named_and_dated(text: str) -> bool:
    """The line opens with a name (or an author element) and prints a year."""
    return bool(YEAR.search(text)) and (
        author_led(text) or strong_start(text) or bool(ORG_WITH_YEAR.match(text))
        or any(p.match(text) for p in (_OTHER_NAMES, _PARTICLE_NAME, _AUTHOR_THEN_YEAR)))


def opens_entry(text: str, habit: BareHabits) -> bool:
    """The line opens as entries do, or as a tenth of the list's lines (three or more) do."""
    if opens_surely(text, habit):
        return True
    count = habit.shapes.get(start_shape(text), 0)
    return count >= 3 and count >= _SHAPE * habit.size


def opens_surely(text: str, habit: BareHabits) -> bool:
    """The line opens as entries do: a name, initials, a list number, an organisation with
    its year, a quoted title (not merely with a capitalised word, as many a wrap does)."""
    if author_led(text) or strong_start(text) or NUMBER_START.match(text):
        return True
    numbered = _LEAD_NUMBER.match(text)  # a note's or list's number, then a name
    if numbered and author_led(text[numbered.end():]):
        return True
    # a year in brackets opens an entry whose authors are those before ("(2001): Title");
    # a bare year only in a year-first list (elsewhere it is a wrapped "2003. Title")
    if YEAR_LEAD.match(text) and (habit.year_first or text.startswith("(")):
        return True
    if ORG_WITH_YEAR.match(text):
        return True
    if _OTHER_NAMES.match(text):
        return True
    if SAME_AGAIN.match(text) or _PARTICLE_NAME.match(text):
        return True
    return bool(_QUOTED_TITLE.match(text) or _AUTHOR_THEN_YEAR.match(text))


def goes_on(prev: str, text: str, habit: BareHabits, cut: bool) -> bool:
    """Whether `text` carries on the entry whose last line is `prev`, given whether the line
    before seemed cut mid-phrase (`cut`). An abbreviation's full stop ("Frankfurt a. M.",
    "Washington, D.C.", "Princeton, N.J.") seems cut, yet when both lines print a year in a
    dated list and the line opens as an entry does, they are two entries: surely, or with
    capitalised words and no year before their first full stop (an author element,
    "Australian Bureau of Statistics. 1992:"), not as a wrap does ("Retrieved May 5, 2015,
    from ...", "Suhrkamp 1995", "House of Representatives, 1877-2005.", a publisher). A list
    of names cut at a comma goes on with the next names when only they bring the year."""
    if not cut:
        names = _NAMES_CUT.search(prev) and names_only(prev) and habit.dated >= HABIT
        if names and YEAR.search(text) and not YEAR.search(prev):
            return True
        return carries_on(prev, text, habit)
    both = bool(YEAR.search(prev)) and bool(YEAR.search(text)) and habit.dated >= HABIT
    stop = prev.endswith(".") or end_kind(prev, False) == "link"  # "/" seems a cut link
    return not (both and stop and _opens_after_stop(text, habit))


def _opens_after_stop(text: str, habit: BareHabits) -> bool:
    """The line after an abbreviation's stop opens an entry (see `goes_on`)."""
    if opens_surely(text, habit):
        return True
    head = _CAPITAL_HEAD.match(text)
    if head is None or _IN.match(text) or YEAR.search(head.group()):
        return False
    return start_kind(text, False, False, False) != "publisher"


def names_only(text: str) -> bool:
    """The line is a list of names: every part between commas or "and" of four words or fewer, no
    digit, no quotation mark ("Nowacki M, Vijayan V, Zhou Y,")."""
    if any(c.isdigit() or c in _QUOTES for c in text):
        return False
    return all(len(part.split()) <= _NAME_WORDS for part in NAME_SEP.split(text))


def dated(text: str) -> bool:
    """The line prints its year, or a date printed as none ("n.d.", "in press")."""
    return bool(YEAR.search(text) or _UNDATED.search(text))


def carries_on(prev: str, text: str, habit: BareHabits) -> bool:
    """`text` is the rest of the entry whose last line so far is `prev` (see the module)."""
    year_here, year_before = dated(text), dated(prev)
    # a journal and its volume ("Plant J 34: 453-471.") only look like a name and initials
    if opens_entry(text, habit) and (year_here or not _JOURNAL_VOLUME.match(text)):
        return False
    # in a dated list, the two lines together print one year: one entry cut in two
    if habit.dated < HABIT or year_here == year_before:
        return False
    closed = bool(CLOSED_END.search(prev))
    if _PLAIN_LOWER.match(text) and not LINK.match(text):
        # not after a whole entry without a year, nor after one that ends as a whole
        # entry does ("bell hooks.", "gov.uk." after "... 43(6), 1241-1299." or after a
        # dated line's last sentence, "... Academic Press.")
        return not (year_here and closed) and end_kind(prev, False) not in WHOLE_ENDS and not (
            year_before and WORD_STOP.search(prev))
    if year_here:  # the rest of an entry that prints its year late ("Soc. 77, 1546 (1955).")
        # not a year that opens a title ("2003. Title ...": an entry without its authors)
        tail = (_TAIL_OPEN.match(text) and not YEAR_LEAD.match(text)) or _JOURNAL_YEAR.match(text)
        return bool(tail) and not COMPLETE.search(prev) and end_kind(
            prev, False) not in WHOLE_ENDS
    if (not closed and habit.closed < HABIT) or ONE_NAME.match(text):
        return False
    # cut after a sentence (a title) that holds no number, or after the authors and year
    sentence = end_kind(prev, False) == "stop" and not any(c.isdigit() for c in prev[-12:])
    if closed and not sentence and not _AUTHORS_YEAR.match(prev):
        return False
    # the line brings what the entry lacks: its pages or DOI, or its place or publisher
    # (a place only before its publisher, "New York: Norton.", not "Cambridge Dictionary.";
    # pages, not a passage: "Mishnah Berakhot 1:1-5.", "Thucydides 2.34-46.")
    kind = start_kind(text, False, False, False)
    if kind == "place":
        return bool(PLACE_THEN.match(text))
    return kind == "publisher" or (
        bool(COMPLETE.search(text)) and not PASSAGE.search(text) and not COMPLETE.search(prev))

