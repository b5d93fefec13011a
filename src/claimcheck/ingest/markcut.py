"""A mark at a one-a-line entry's cut that shows the entry goes on, read from two lines.

A hard wrap inside an entry of a one-a-line list is usually shown by how the line before
stops (a comma, "and", an initial: `starts.OPEN_END`). Three more marks show it whatever
the list's other lines end with and however the next line opens (a name and its comma,
"Institutions, Rural Credit ..."; an organisation, "Management, Tacit Learning ..."):

- a quoted title opened and left open (`quote_left_open`): the line's last quote mark
  opens a quote (at a word's start) and the next line's first quote mark is its closer (at
  a word's end: “…”, „…“, «…», »…«, ‘…’, "…"). An entry closes the quote it opens, and a
  new entry's first quote opens one. The straight single quote is left alone: it is the
  apostrophe too ("'s", "l'Europe") and spaced text puts it anywhere ("Europe ',Journal").
- an abbreviation no entry ends on (`abbreviation_cut`): a volume's, issue's or part's mark
  before its number ("Bd." / "12, Opladen", "Num." / "3, 301-318"), a saint's or doctor's
  title before the name ("University of St." / "Andrews Press"), a conjunction's or a
  reference's abbreviation between two parts ("u.", "bzw.", "vs.", "cf."), an editor's or
  translator's verb before "von"/"by" ("hrsg.", "übers.") and an edition's adjective before
  "Auflage"/"ed." ("vollst.", "überarb.", "rev."). Not the words an entry may end on: a
  page count ("240 p."), an edition ("4. Aufl.", "2nd ed."), "u.a." after a place, a title's
  last word ("The Story of Art."), a journal's abbreviated name that a forthcoming entry
  ends on ("Harv. L. Rev.", "Phys. Rev."). A part's word without its number ("Teil" /
  "II: Auswertung ...", "Volume" / "3, 12-19") goes on with the number. So does a
  conjunction after its comma, a series' last item following ("Economy, Society, and" /
  "Culture, Volume II. ..."), which `segment._opens` would read as the next entry's name
  and comma. After a dated line, a line opening with names and printing a year is the next
  entry (an editor's own book after "In: Pletsch, A. u.").
- a subtitle's dash (`subtitle_dash`): in a dated list (`bare.HABIT`), after a dated
  entry's line that stops on a title's word (no stop), a line opening with one dash, a space
  and a word, and printing no year, goes on ("Generation Reform" / "– Jenseits der
  blockierten Republik. ..."). The same authors' mark is two dashes or more, or one before
  a stop or comma (`starts.SAME_AUTHORS`); one dash before a title is theirs only in a
  typesetting that shortens the 3-em dash, and the same authors' next work in a dated list
  prints its year ("— Riskante Freiheit. München: Beck, 2006.").
- a comma (`comma_cut`): in a dated list, a dated entry's line that stops on its comma
  goes on with a line that prints no year and does not open with names ("Die Stadt als
  Bühne," / "Soziologie, Frankfurt a. M.: Campus."). Elsewhere a comma ending the line
  is read with the next line's opening (`segment._opens`), which takes a title's word, its
  comma and a place ("Soziologie, Frankfurt") for a name and its given name; here the
  entry's year shows the next entry would print its own. Not after a link.
- a bracket opening the line around what only follows a journal's volume or a link
  (`bracket_rest`): an issue's number ("(2): Art. 14", "(13/14), 3-9"), a volume's year
  count ("(14. Jg.), 22-37"), an access note ("[cited 2016 Mar 02];12(4)", "(accessed
  ..."). A list's number in brackets before a name ("(32) Houck, W. J.", "(32) Хоук, В.",
  in any script) and a year in brackets ("(2001): Title", the same authors' next work)
  open entries: the issue's bracket is followed by its pages' mark or its pages.

A line that opens with a list's number never goes on so. Each test reads two
lines, bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import HABIT, LINK, BareHabits, dated
from claimcheck.ingest.entryrest import opens_with_names
from claimcheck.ingest.starts import ANY_YEAR, NUMBER_START, YEAR, author_led

# Quote marks; the line's last one, at a word's start, opens a quote left open
_QUOTES = "\"“”‘’„«»"
_FIRST_MARK = re.compile(rf"[{_QUOTES}]")
# each opener's closers: „ closes with “ in German, ” in Swiss and some typesetting
_CLOSERS = {"“": "”\"", "„": "“”\"", "«": "»", "»": "«", "‘": "’", '"': '"”'}
# Abbreviations no entry ends on (see the module), as the line's last word
_ABBREVIATIONS = frozenset([
    # a volume's, issue's or part's mark
    "Bd", "Nr", "Nrn", "Num", "núm", "Jg", "Jahrg", "Hft", "Iss", "Suppl", "Pt", "Ch", "Chap",
    "Sec", "Sect", "Fasc", "fasc", "Lfg", "Abt", "Tl", "t", "nos", "Nos", "vols", "Vols", "nr",
    # a saint's, doctor's or person's title
    "St", "Ste", "Sta", "Dr", "Prof", "Mr", "Mrs",
    # a conjunction's or a reference's abbreviation
    "u", "bzw", "vs", "cf", "vgl", "resp",
    # an editor's or translator's verb, an edition's adjective
    "hrsg", "Hrsgg", "übers", "bearb", "eingel", "komm", "trad", "transl", "rev", "vollst",
    "überarb", "erw", "durchges", "verb", "aktual", "neubearb"])
_WORD_BEFORE = re.compile(r"[\s(,/]")  # what stands before the line's last word
_TAIL = 16  # an abbreviation, or a comma and its conjunction, ends the line within so many
# a part's word without its number ("Teil" / "II: ...", "Volume" / "3, 12-19"): a roman
# numeral or a number under 1,000 (not a year) and its mark follow
_PART_END = re.compile(
    r"(?:^|\s)(?:Teil|Band|Heft|Part|Volume|Tome|Tomo|Buch|Book|Issue|Number|Nummer|Jahrgang"
    r"|Reihe|Folge|Chapter|Kapitel)$")
_PART_NUMBER = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,3})(?=[:.,;)]|\s[(\d]|$)")
# a conjunction after a series' comma, its last item to follow
_SERIES_END = re.compile(r",\s(?:and|und|&|et|y|e|og|och)$")
# a count of volumes or numbers after its number ends an entry ("1889–91. 9 vols.")
_COUNT_END = re.compile(r"\d\s(?:vols|Vols|nos|Nos|t)\.$")
# the same authors' undated work after one dash ("— n.d.", "— forthcoming", "– o. J.")
_NO_DATE = re.compile(r"^[–—-]\s(?:n\.\s?d\.|o\.\s?J\.|s\.\s?[df]\.|forthcoming|in press"
                      r"|im Druck|im Erscheinen|sous presse|en prensa|undated|no date)", re.I)
# one dash, a space and a word: a subtitle's dash, or the same authors' before a title
_DASH_REST = re.compile(r"^[–—-]\s(?=[^\W\d_])")
# an issue's number, a volume's year count, an access note, in brackets at the line's start
_BRACKET_REST = re.compile(
    # an issue's bracket before its pages' mark or its pages alone ("(4) 12-19."), not a
    # list's number before a title that opens with digits ("(3) 3GPP", "(5) 2019 Novel")
    r"^(?:\(\d{1,3}(?:[-–/]\d{1,3})?\)(?:[:,;.]|\s\d+(?:[-–]\d+)?(?:[.,;]|$))"
    r"|\(\d{1,3}\.\s?(?:Jg|Jahrg|Jahrgang|vol|Bd)\b"
    r"|[\[(](?:cited|accessed|last accessed|retrieved|consulted|zitiert|abgerufen|Zugriff|Stand"
    r"|citado|consultado|consulté|online|en ligne)\b)", re.IGNORECASE)
_LINK_END = re.compile(r"(?:https?://|www\.|doi:|10\.\d{4,9}/)\S*,$", re.IGNORECASE)


def quote_left_open(prev: str, text: str) -> bool:
    """`prev` leaves a quote open that `text` closes first (see the module)."""
    prev = prev.rstrip()
    last = max(prev.rfind(mark) for mark in _QUOTES)  # the line's last quote mark
    opener = prev[last] if last >= 0 else ""
    if opener not in _CLOSERS or not prev[last + 1: last + 2].isalpha():
        return False
    if (last and not (prev[last - 1].isspace() or prev[last - 1] in "([/")) or _marked(text):
        return False
    mark = _FIRST_MARK.search(text)
    if mark is None or mark.group() not in _CLOSERS[opener]:
        return False
    at = mark.start()
    # a closer follows a word (or its stop) and is followed by no letter
    return at > 0 and not text[at - 1].isspace() and not text[at + 1: at + 2].isalnum()


def abbreviation_cut(prev: str, text: str) -> bool:
    """`prev` ends on an abbreviation no entry ends on, or on a conjunction after its comma
    (see the module)."""
    prev = prev.rstrip()
    if _PART_END.search(prev[-_TAIL:]) and _PART_NUMBER.match(text):
        return True
    if prev.endswith("."):
        words = _WORD_BEFORE.split(prev[-_TAIL:])
        # the last word whole: a mark before it, or the whole line read
        found = words[-1][:-1] in _ABBREVIATIONS and (len(words) > 1 or len(prev) <= _TAIL)
    else:
        found = _SERIES_END.search(prev[-_TAIL:]) is not None
    # after a dated line, names and a year of their own open the next entry (an editor's own
    # book after "In: Pletsch, A. u."); after names alone they bring the entry's year
    head = author_led(text) and YEAR.search(text) and YEAR.search(prev)
    return found and not (_COUNT_END.search(prev[-_TAIL:]) or _marked(text) or head)


def subtitle_dash(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with a subtitle's dash after `prev`, a dated entry's line, stopped on a
    word, in a dated list (see the module)."""
    if not entry_dated or habit.dated < HABIT or not prev.rstrip()[-1:].isalpha():
        return False
    return bool(_DASH_REST.match(text)) and not (YEAR.search(text) or _NO_DATE.match(text))


def bracket_rest(text: str) -> bool:
    """`text` opens with a bracket around an issue, a volume's count or an access note (see
    the module)."""
    return bool(_BRACKET_REST.match(text)) and not _marked(text)


def comma_cut(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text`, without a year or names at its head, carries on a dated entry whose line
    `prev` stopped on its comma, in a dated list (see the module)."""
    prev = prev.rstrip()
    if not entry_dated or habit.dated < HABIT or not prev.endswith(","):
        return False
    if _LINK_END.search(prev) or dated(text) or ANY_YEAR.search(text) or LINK.match(text):
        return False
    return not (opens_with_names(text) or _marked(text))


def _marked(text: str) -> bool:
    """The line opens with a list's number ("[4] Weber", "12. Weber")."""
    return bool(NUMBER_START.match(text))


def mark_cut(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """One of the marks shows `text` carries on the entry `prev` ends (the signature of
    `lateyear.RULES`)."""
    return quote_left_open(prev, text) or abbreviation_cut(prev, text) or subtitle_dash(
        prev, text, habit, entry_dated) or comma_cut(prev, text, habit, entry_dated) or (
        bracket_rest(text))
