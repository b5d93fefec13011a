"""When a line of a one-reference-a-line list carries on the entry before, from the list's habits.

A list of one reference a line still has a hard wrap here and there: text extracted one
paragraph a line breaks an entry where a page or column did, or after a sentence's full stop.
Such a line is the rest of an entry, not one: it does not open as the list's entries open,
and it brings what the line before lacks. The list's habits are read once
(`bare.habits`): the share of lines that print a year, that end as references end, and how
many lines start with each shape.

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

from claimcheck.ingest.bare import (
    HABIT,
    LINK,
    ONE_NAME,
    PASSAGE,
    PLACE_THEN,
    WHOLE_ENDS,
    WORD_STOP,
    BareHabits,
    dated,
    names_only,
    opens_entry,
    opens_surely,
)
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.namesline import without_number
from claimcheck.ingest.starts import CLOSED_END, COMPLETE, YEAR, YEAR_LEAD
from claimcheck.vocabulary import YEAR_DIGITS

# A plain word in lower case: a line cut in a phrase ("the paper.", "of Physics,"); not a
# term that opens a title ("mRNA", "eIF4", "iPhone")
_PLAIN_LOWER = re.compile(r"^[a-z\u00df-\u00ff]+(?:[\s,.;:)]|$)")
_CAPITAL_HEAD = re.compile(r"^[\"“‘„«(]?[A-Z\u00c0-\u00de][^.]*\.")  # up to its first stop
_IN = re.compile(r"^(?:In|In:|Im|Dans|En)\b")
# A volume, a bracketed year or a journal's abbreviated word: how an entry's tail opens
_TAIL_OPEN = re.compile(r"^(?:\(?\d|[A-Z][a-z]{1,5}\.\s(?:\d(?!\d{3}\b)|[A-Z][a-z]{0,5}\.))")
# A word with a short number in it, a title's last ("parvovirus B19.", "COVID-19.", "p53."):
# no pages, nor an article number ("e1002369.")
_NUMBER_WORD = re.compile(r"\b[A-Za-z]+-?\d{1,3}[a-z]?\.?$")
# A volume just before a passage's numbers: an article number and its pages follow it
_VOLUME_BEFORE = re.compile(r"\d{1,4}(?:\(\d{1,4}\))?\s?:\s?$")
# A journal's words, then its volume: a tail whose words read as a name and initials ("Plant J
# 34: 453-471."); two words or more with a comma before the volume ("J. Climate, 14, 4073-4090.";
# not "Ibid., 3, 45-47.", the same work again)
_JOURNAL_VOLUME = re.compile(r"^(?:[A-Z][A-Za-z.&-]*\s){1,7}\d{1,4}\s*[:(,;]"
                             r"|^(?:[A-Z][A-Za-z.&-]*\s){1,6}[A-Z][A-Za-z.&-]*,\s\d{1,4}\s*[:(,;]")
# The line holds only authors and their year: no digit before the year that ends it
_AUTHORS_YEAR = re.compile(rf"^\D*\(?{YEAR_DIGITS}[a-z]?\)?[.:,]?$")
_NAMES_CUT = re.compile(r"(?:[,;]|\band|&)\s*$")  # names go on: "Kaas, R.; Dhaene, J.;"
# names cut at a semicolon show an initial ("Kaas, R.;"), not an archive's or statute's
# parts ("National Archives, Kew, Foreign Office Papers;")
_INITIAL = re.compile(r"(?:^|[\s,])[A-Z]\.")
# A journal and the year that opens its volume and pages, Vancouver's tail: "Oncogene.
# 2006;25:4647", "Curr Biol 2015; 25."
_JOURNAL_YEAR = re.compile(rf"^(?:[A-Z][\w.&-]*\.?\s){{1,7}}{YEAR_DIGITS}[a-z]?\s?[;:]")


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
        # (the list's number before the names is no name's digit: "[14] C. W. Misner, ...,")
        names = _NAMES_CUT.search(prev) and names_only(without_number(prev)) and (
            habit.dated >= HABIT) and (not prev.rstrip().endswith(";") or _INITIAL.search(prev))
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
    # a title's last word with a short number ("parvovirus B19.") only before its journal
    # and volume ("J Virol 89: 1-3."), not an entry of its own with a stop before its numbers
    sentence = sentence or (end_kind(prev, False) == "stop" and not any(
        c.isdigit() for c in _NUMBER_WORD.sub("", prev[-12:])) and bool(
        _JOURNAL_VOLUME.match(text)))
    if closed and not sentence and not _AUTHORS_YEAR.match(prev):
        return False
    # the line brings what the entry lacks: its pages or DOI, or its place or publisher
    # (a place only before its publisher, "New York: Norton.", not "Cambridge Dictionary.";
    # pages, not a passage: "Mishnah Berakhot 1:1-5.", "Thucydides 2.34-46.")
    kind = start_kind(text, False, False, False)
    if kind == "place":
        return bool(PLACE_THEN.match(text))
    return kind == "publisher" or (
        bool(COMPLETE.search(text)) and not _passage(text) and not COMPLETE.search(prev))


def _passage(text: str) -> bool:
    """The line cites a passage ("Mishnah Berakhot 1:1-5.", "Thucydides 2.34-46."), not an
    article number and its pages after a volume ("ACM Computing Surveys 45: 42:1-31.")."""
    found = PASSAGE.search(text)
    return found is not None and not _VOLUME_BEFORE.search(text[:found.start()])

