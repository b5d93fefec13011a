"""A one-reference-a-line list's habits, and how its entries open (`barejoin` reads the rest).

A list of one reference a line still has a hard wrap here and there: text extracted one
paragraph a line breaks an entry where a page or column did, or after a sentence's full stop.
Such a line is the rest of an entry, not one: it does not open as the list's entries open.
Read once per list (`habits`): the share of lines that print a year, that end as references
end, and how many lines start with each shape.

A line opens as entries do (`opens_surely`) with a name, also with its particle or in
another script, initials, the same-author dash or "ders."/"ibid.", a list number, a year in
a year-first list, an organisation with its year, an author element and its bracketed year
"23andMe. (2020).", one name and a full stop, a quoted title; or (`opens_entry`) with the
start shape of a tenth of the list's lines: no rule of `barejoin` joins such a line for lack
of evidence, so a whole reference is never swallowed. Linear in the lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from claimcheck.ingest.cues import YEAR_FIRST, start_shape
from claimcheck.ingest.starts import (
    CLOSED_END,
    NUMBER_START,
    OPEN_END,
    ORG_WITH_YEAR,
    YEAR,
    YEAR_LEAD,
    author_led,
    strong_start,
)
from claimcheck.vocabulary import NAME_PARTICLES_MORE, PLACE_NAMES, YEAR_DIGITS

# The same author or work again, in lower case: "ders.", "idem", "ibid.", "a. a. O.", "op. cit."
SAME_AGAIN = re.compile(
    r"^(?:ders|dies|idem|eadem|id|ibid|ibidem|ebd|ead|a\.\s?a\.\s?O|op\.\s?cit|loc\.\s?cit)\.?[\s,:]",
    re.IGNORECASE)
# One name and a full stop, as an author alone: "Homer. Odyssey.", "Eurostat. 2019."
ONE_NAME = re.compile(r"^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]{2,}\.\s+[A-Z\u00c0-\u00de\d\"“‘]")
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
# A lower-case word that is no name's particle opens a wrapped phrase, not a name ("auf
# Alltag, Freizeit", "und Literatur, München", "the Past and Future"), however the words
# after it read
_NAME_LEAD_WORDS = frozenset((*_PARTICLE_WORDS, "des", "dei", "degli", "dal", "dalla", "dello",
                              "aan", "het", "te", "op", "vom", "zum", "zur", "af", "av"))
_LOWER_LEAD = re.compile(r"^([a-z\u00df-\u00ff]+)\s")
_WORD_COMMA = re.compile(r"^[^\W\d_][\w'’-]*,\s")  # one word and its comma
# a publisher's name: capitalised words (or "&") to a stop, a comma or the line's end
# ("Verso.", "Westdeutscher Verlag, S. 119"); not a title ("Florence: A Life in Letters")
_PUBLISHER = r"[A-Z][\w.'’&-]*(?:\s(?:[A-Z][\w.'’&-]*|&))*\s*(?:[,;]|\.?$|\.\s)"
# a known place, then its publisher's colon or the year that ends the line or comes before
# pages: an imprint ("London: Verso", "Berlin 1988.", "Bonn 1995, S. 197-209"); not a name's
# year before its title ("Hilton, Paris 2004: Confessions ...")
_PLACE = rf"(?:{PLACE_NAMES})(?:\s?(?:a\.\s?M\.|am Main|i\.\s?Br\.)|/M\.?)?"  # "Frankfurt a. M."
_PLACE_IMPRINT = re.compile(  # one place or several: "Berlin, Heidelberg, New York 2003"
    rf"{_PLACE}(?:(?:,\s|\s?/\s?|\s(?:und|and)\s){_PLACE})*"
    rf"(?:\s?:\s?{_PUBLISHER}|,?\s{YEAR_DIGITS}[a-z]?[.,;]?(?:\s*$|,\s))")
# a page mark and a range that opens with no year: "S. 67-156", "Sp. 1154-1675", "pp. 3-9"
_PAGES = re.compile(r"(?:S|Sp|pp?)\.\s?(?!(?:1[5-9]|20)\d\d\b)\d{1,4}\s?[-–‒]\s?\d")
_QUOTED_TITLE = re.compile(r"^[\"“‘„«]\s?[A-Z\u00c0-\u00de]")  # a title first, quoted
# Up to six words, each with a letter, then a stop and the year in brackets: an author
# element however it is spelt ("23andMe. (2020).", "7-Eleven, Inc. (2018)."), not a
# tail's "Soc. 77, 1546 (1955)."
_AUTHOR_THEN_YEAR = re.compile(
    r"^(?=[^\s()]*[A-Za-z])[^\s()]+(?:\s(?=[^\s()]*[A-Za-z])[^\s()]+){0,5}"
    rf"\.\s\({YEAR_DIGITS}[a-z]?\)")
_LEAD_NUMBER = re.compile(r"^\d{1,3}\s+")
NAME_SEP = re.compile(r",|\band\b|&")  # between the names of an author list
_QUOTES = "\"“”‘’„«»"
_NAME_WORDS = 4
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
MOSTLY = 0.5  # the share that makes a list lean one way (cues that read two lines as well)
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
    # lines of names, year and a title's first words alone, or one title sentence (`titlecut`)
    open_titles: tuple[int, int] = (0, 0)
    # the share of dated lines opening with names whose year follows the names (author-date
    # lists, `undatedrest.year_heads`); unmeasured, it reads as author-date
    year_heads: float = 1.0
    # the share of lines that stop on a bare word, no place or publisher (`wordends`);
    # unmeasured, such stops read as common
    bare_words: float = 1.0
    # lines printing a year without a head of names and year after a whole entry
    # (`headyear.own_dated`); unmeasured, such entries read as the list's
    own_dated: int = 1
    # the share of lines opening with names and year that end on a title's stop before
    # another such line: entries whole on their title (`lateyear.habits`)
    title_wholes: float = 1.0
    # undated lines ending on an imprint after a whole entry (`imprintrest.own_undated`);
    # unmeasured, such entries read as the list's
    own_undated: int = 1
    # lines of names, year and a title's first words before another head of names and year:
    # entries whole so (`opentitlerest.open_wholes`); unmeasured, such entries read as common
    open_wholes: int = 1
    # the share of lines before a head of names and year that stop on a bare word (how the
    # list's entries end, its cuts aside: `opentitlerest.head_bare_ends`); unmeasured, common
    head_bare_ends: float = 1.0


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
    """The line opens as entries do, or as a tenth of the list's lines (three or more) do;
    not a line whose words only look like a name (`phrase_lead`, `imprint_after_word`), which
    the shape of a name's start misreads as the list's entries open ("Xx, X.")."""
    if opens_surely(text, habit):
        return True
    if phrase_lead(text) or imprint_after_word(text):
        return False
    count = habit.shapes.get(start_shape(text), 0)
    return count >= 3 and count >= _SHAPE * habit.size


def opens_surely(text: str, habit: BareHabits) -> bool:
    """The line opens as entries do: a name, initials, a list number, an organisation with
    its year, a quoted title (not merely with a capitalised word, as many a wrap does)."""
    # a name, however it reads, opens with a capital or a name's particle
    names = not phrase_lead(text) and not imprint_after_word(text) and (
        author_led(text) or strong_start(text))
    if names or NUMBER_START.match(text):
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


def phrase_lead(text: str) -> bool:
    """The line opens with a lower-case word that is no name's particle (see `_LOWER_LEAD`)."""
    lead = _LOWER_LEAD.match(text)
    return lead is not None and lead.group(1) not in _NAME_LEAD_WORDS


def imprint_after_word(text: str) -> bool:
    """The line is a title's last word, then a place and its publisher's colon or its year
    ("Socialism, London: Verso.", "Know-how, Berlin 1988."), or a place and its pages
    ("Erlangen, S. 67-156.", "Stuttgart, Sp. 1154-1675."), read as a family name and a given
    name or initial; not a place alone after the comma ("Hilton, Paris."), which a name may
    be, nor an initial before a year ("Smith, S. 2001-2002")."""
    found = _WORD_COMMA.match(text)
    return found is not None and bool(
        _PLACE_IMPRINT.match(text, found.end()) or _PAGES.match(text, found.end()))


def names_only(text: str) -> bool:
    """The line is a list of names: every part between commas or "and" of four words or fewer, no
    digit, no quotation mark ("Nowacki M, Vijayan V, Zhou Y,")."""
    if any(c.isdigit() or c in _QUOTES for c in text):
        return False
    return all(len(part.split()) <= _NAME_WORDS for part in NAME_SEP.split(text))


def dated(text: str) -> bool:
    """The line prints its year, or a date printed as none ("n.d.", "in press")."""
    return bool(YEAR.search(text) or _UNDATED.search(text))
