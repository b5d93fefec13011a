"""An author-date entry cut after its title, in a one-a-line list: its imprint alone on the
next line.

A hard wrap right after a dated entry's title ("Brint, S. (1994). In an age of experts.")
or on a bare word of it leaves a line with the entry's imprint alone ("Princeton, NJ.",
"Berlin: Weißensee.", "– Stanford, CA."). `lateyear.rest_after_title` refuses it when it
opens as entries do (a place and a comma read as a name and its given name) and
`wrapcut` joins a place only with its publisher. No entry is its imprint alone, so the line
joins when:
- the list is author-date, its entries going on past their title, with no entry of a
  kind dated otherwise (the gate `yearinrest` asks: `year_heads`, `title_wholes`,
  `title_ends`, `own_dated`), and no undated imprint alone after a line that ended a whole
  entry (`own_undated`);
- the line before is the entry's first line, a head of names and year and a title up to a
  word's stop (`headyear.title_cut`), or a head cut on a bare word in a list whose lines
  end as references end;
- the line is one sentence of five words at most, no year, digit or link, no library or
  archive ("Oxford, Bodleian Library."), no names first, and reads as a place and
  publisher after a colon or opens as a place or a publisher (`imprint_end`). A sentence
  before the imprint ("The Holy Bible, ... Version. New York: OUP.", "Darstellung und
  Kritik. Opladen.") may be a title-first entry without a year: not joined here.
Read per boundary with bounded patterns; the list's count once.
"""

from __future__ import annotations

import re

from claimcheck.ingest.authorhead import AUTHORS_OPEN, HEAD_YEAR
from claimcheck.ingest.bare import HABIT, LINK, ONE_NAME, WHOLE_ENDS, BareHabits, dated
from claimcheck.ingest.headyear import head_year, last_parts, title_cut
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.namesline import without_number
from claimcheck.ingest.restimprint import LIBRARY
from claimcheck.ingest.starts import ANY_YEAR
from claimcheck.parse.archives import ARCHIVE
from claimcheck.parse.forenames import is_forename

_HEADS = 0.8  # as `yearinrest`: dated lines opening with names then year, an author-date list
_TITLE_WHOLES = 0.15
_TITLE_ENDS = 0.5
_NAMES = re.compile(
    r"^(?:(?:[A-Z]\.\s?){1,3}[A-Z]"
    r"|[A-Z][\w'’-]+,\s(?:(?:[A-Z]\.\s?)+|[A-Z][\w'’-]+(?:\s[A-Z]\.)?[.:]\s))")
# a place and its publisher after a colon, a few words ("Berlin: Weißensee.", "Baden-Baden :
# Nomos."); a comma's few words are no imprint unless a place or publisher ("Bible, King
# James Version.")
_PLACE_COLON = re.compile(r"^[A-Z\u00c0-\u00de][\w.'’ /&-]{1,40}?\s?:\s+[A-Z\u00c0-\u00de]")
_IMPRINT_WORDS = 5
# a family name and a given name the list of forenames knows, at the line's end or before a
# comma or an initial ("London, Jack.", "Paris, Matthew, Chronica majora.")
_FAMILY_GIVEN = re.compile(r"^[A-Z][\w'’-]+,\s([A-Z][\w'’-]+)(?:\s[A-Z]\.)?(?:[.,]\s|[.,]?$)")
# a second person joined to the first ("Berlin, Isaiah, and Bernard Williams.")
_SECOND_PERSON = re.compile(r",?\s(?:and|&|und|et)\s[A-Z][\w'’.-]+\s[A-Z][\w'’-]+")
_DASH = re.compile(r"^[–—-]\s")  # a dash before the imprint ("– Stanford, CA.")
_LINK_IN = re.compile(r"https?:|www\.|\bdoi\b", re.IGNORECASE)  # as `lateyear.LINK_CUE`


def imprint_end(text: str) -> bool:
    """The line is an imprint alone, one sentence of at most five words: a place and
    publisher after a colon ("Berlin: Weißensee.", "– Opladen: Leske + Budrich."), or words
    that open as a place or a publisher ("Cambridge, MA.", "Routledge & Kegan Paul."); not a
    title before them ("The Holy Bible, ... New York: Oxford University Press.", "Handbook of
    Nordic Harbours, Oslo: Norvik Press.": title-first entries without a year)."""
    body = _DASH.sub("", text)
    if last_parts(body)[0] != body or len(body.split()) > _IMPRINT_WORDS:
        return False
    # a library's or an archive's holdings ("Oxford, Bodleian Library."): a source of its own
    if ARCHIVE.search(body) or LIBRARY.search(body):
        return False
    return bool(_PLACE_COLON.match(body)) or start_kind(body, False, False, False) in (
        "place", "publisher")


def _undated_imprint(text: str) -> bool:
    """The line prints no year nor any digit or link and ends on an imprint."""
    return not (any(c.isdigit() for c in text) or dated(text) or ANY_YEAR.search(text)
                or _LINK_IN.search(text)) and imprint_end(text)


def own_undated(texts: list[str]) -> int:
    """How many lines without a year end on an imprint right after a line that ended a whole
    entry (pages, a year, a link): undated books as the list's own entries."""
    return sum(1 for k in range(1, len(texts))
               if end_kind(texts[k - 1], False) in WHOLE_ENDS and _undated_imprint(texts[k]))


def rest_to_imprint(prev: str, text: str, habit: BareHabits, size: int, entry_dated: bool
                    ) -> bool:
    """`text` carries on the one-line dated entry `prev` cut after its title (see module)."""
    if size != 1 or not entry_dated or habit.dated < HABIT or habit.year_heads < _HEADS:
        return False
    if (habit.title_wholes >= _TITLE_WHOLES or habit.title_ends >= _TITLE_ENDS
            or habit.own_dated or habit.own_undated):
        return False
    if not _cut(prev, habit) or not _undated_imprint(text):
        return False
    # names first: an undated entry by its author ("Miller, K. Essays. London: Sage.")
    text = without_number(text)
    return not (AUTHORS_OPEN.match(text) or ONE_NAME.match(text) or LINK.match(text)
                or HEAD_YEAR.match(text) or text[:1].islower() or _names_first(text))


def _names_first(text: str) -> bool:
    """The line opens with names: initials first ("K. Miller: ..."), or a name, its comma
    and initials or one given name before a sentence's stop ("Miller, K. ...", "Miller,
    Karl. Essays."; not a subtitle "Darstellung, Kritik und ...", nor "Cambridge, MA.")."""
    if _NAMES.match(text) or _SECOND_PERSON.search(text):
        return True
    given = _FAMILY_GIVEN.match(text)
    return bool(given and is_forename(given.group(1)))


def _cut(prev: str, habit: BareHabits) -> bool:
    """The line before is a head and a title up to a word's stop (`title_cut`), or a head
    cut on a bare word where the list's lines end as references end ("Mayer, W. (1995).
    Diskontinuierliche")."""
    if title_cut(prev):
        return True
    return bool(head_year(prev)) and habit.closed >= HABIT and end_kind(prev, False) == "word"
