"""A journal's abbreviated name cut in two by a hard wrap of a one-a-line list.

"A. B. Kowal, Phys. Rev." / "Lett. 15, 798 (1965)." is one entry: no entry ends on its
journal's name without the volume after its names, none opens with the rest of that name
and its volume, unless the list's entries open with their journal (`tail_starts`). What
looks so and is not: an entry whose journal prints no volume yet ("(forthcoming). ... Harv.
L. Rev.", "in press, Phys. Rev."), a book's imprint ending on an abbreviated state ("...,
New Haven, Conn."), and a numbered document after either ("H.R. 1, 115th Cong. (2017).",
"S. Rep. No. 95-797", "Rev. Rul. 81-100, ..."), an entry of its own. Two bounded lines.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import BareHabits
from claimcheck.ingest.entryalone import kind_lead
from claimcheck.ingest.kinds import start_kind
from claimcheck.ingest.starts import YEAR
from claimcheck.vocabulary import NOT_YET_PRINTED, YEAR_DIGITS, either_case

# an abbreviated word of a journal's name ("Phys. ", "J.", "Proc. "), as a run's unit
_ABBREVIATED = r"(?:[A-Z][a-z]{0,7}\.\s?)"
# A journal's name abbreviated to its end: an abbreviated word of two letters or more after
# a comma ("..., Phys.", "..., Eur."), or a run of abbreviated words, one of three letters or
# more ("Phys. Rev.", "J. Chem.", "Proc. Natl. Acad. Sci."); not initials ("Smith, J. K.")
_JOURNAL_END = re.compile(
    r"(?:,\s?[A-Z][a-z]{1,7}\.|(?:^|\s)(?=(?:[A-Z]\.\s?){0,4}[A-Z][a-z]{2,7}\.)"
    rf"{_ABBREVIATED}{{2,5}})$")
# The rest of a journal's abbreviated name, then its volume (a series letter or an issue
# letter aside): "Lett. 15, 798", "Soc. (C), 2208", "Rev. D 11", "U.S.A., vol. 55",
# "Mech. P06007", "Bull.21, 766"; not a year ("A. B. Jones. 1999. Title", an entry)
_JOURNAL_REST = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,9}\.\s?,?\s?){1,4}(?:\([A-Z]\),?\s?|[A-Z]\s)?(?:vol\.\s?)?"
    rf"(?!{YEAR_DIGITS}\b)[A-Z]?\d")


# a word in lower case before the name ("submitted to Phys. Rev."): a whole entry without
# its volume (after a comma it ends a title: "..., quantum electrodynamics, Phys." / "Rev.")
_NAME_AFTER_WORD = re.compile(rf"\b[a-z]+\s{_ABBREVIATED}+$")
# an entry whose journal prints no volume yet ("(forthcoming). ... Harv. L. Rev.")
_NO_VOLUME_YET = re.compile(rf"\b(?:{either_case((*NOT_YET_PRINTED, 'accepted'))})\b")
# a numbered document or a bill, not a volume: "S. Rep. No. 95-797", "Pub. L. No. 98-473",
# "H.R. 1, 115th Cong.", "Rev. Rul. 81-100"; or "Ibid. 47, 773", an entry of its own
_DOCUMENT = re.compile(r"^(?:(?:[A-Z][A-Za-z]{0,9}\.\s?)*No\.|(?:[A-Z]\.\s?){1,2}\d"
                       r"|(?:[A-Z][A-Za-z]{0,9}\.\s?){1,4}\d+-\d|Ibid\.)")

# a line's parts: after a comma, a colon, a bracket or a sentence's stop
LINE_PARTS = re.compile(r"[,;:(]\s?|(?<=[a-z)])\.\s")


def journal_cut(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` is the rest of a journal's abbreviated name and its volume after a line that
    stopped inside that name (see the module): the two lines are one entry. Not after a
    word in lower case before the name ("submitted to Phys. Rev.", an entry whole without
    its volume) or an entry not yet published, nor where the list's entries open with their
    journal (`tail_starts`), nor before a numbered document or after an imprint."""
    if habit.tail_starts or _NAME_AFTER_WORD.search(prev) or _NO_VOLUME_YET.search(prev):
        return False
    if _DOCUMENT.match(text) or any(start_kind(part.strip(), False, False, False) in (
            "place", "publisher") for part in LINE_PARTS.split(prev) if part.strip()):
        return False  # a document of its own, or a book's imprint ("..., Berkeley, Calif.")
    return bool(_JOURNAL_END.search(prev) and _JOURNAL_REST.match(text))


# The name cut after one abbreviated word of three letters or more, straight after the year
# ("2016 Eur."), read only after the entry's year; not after a word, as a title ends ("GBIF
# Occurrence Download.") or a thesis's imprint ("PhD thesis Univ."). A journal's first word
# abbreviated is at most eight letters ("Eur.", "Phys.", "Geophys.", "Europhys."); a word
# that names the entry's kind ("2004 Thesis.", "2019 Preprint.", `kind_lead`) or a talk's is
# a whole word ("2011 Lecture.")
_ONE_WORD_END = re.compile(r"\b\d{4}[a-z]?\s([A-Z][a-z]{2,7}\.)$")
_WHOLE_WORD = re.compile(r"(?:Lecture|Talk|Poster|Seminar|Colloquium|Report|Letter)\.")
# a word that says the entry is not yet in its journal ("submitted to Phys. Rev.", "accepted
# in Nucl. Phys.") or a venue after an article ("talk given at the Int. Conf."; a title's last
# word before a journal's name is never "the"): a whole entry without its volume ("accepted"
# and "to appear", "in press" before the name are `_NO_VOLUME_YET`'s, read first)
_STATUS_BEFORE = re.compile(
    rf"\b(?:to|in|for|at|of|by|the|submitted|appear|press)\s{_ABBREVIATED}+$")
# the line after prints its own year after its volume and pages ("Nucl. Phys. B 360 145
# 1991", "Minn. Stat. 609.02 (2021)."): an unsigned entry or a statute whole, as the rest of a
# dated entry's name never is (its year came before the name)
_OWN_YEAR = re.compile(
    rf"(?:\(\s?{YEAR_DIGITS}[a-z]?\s?\)|\d[\w.]{{0,15}}[,\s]+\d[\w.-]{{0,15}}[,\s]+{YEAR_DIGITS}[a-z]?)"
    r"\W{0,9}$")  # bounded: a volume or a page is short, and a long digit run costs no square


def _one_word_end(prev: str) -> bool:
    """`prev` ends on the year and one short abbreviated word that names no kind of entry."""
    found = _ONE_WORD_END.search(prev)
    return found is not None and not kind_lead(found.group(1)) \
        and not _WHOLE_WORD.fullmatch(found.group(1))


def dated_journal_cut(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """A line that prints the entry's year, then stops inside its journal's abbreviated name,
    and a line that opens with the rest of that name and its volume ("Masiteng P L et al
    2016 Eur." / "Phys. J. A 52 28", "... 2009 On staggered modules J. Math." / "Phys.
    50123503"): where the year comes before the journal (physics author-year styles print the
    title's last word in lower case before the journal, no comma), the line is an entry's
    head, and an entry that opens with its journal prints its year after it, so neither a
    word in lower case before the name nor the list's tails alone (`tail_starts`) say the
    entry is whole. Not after a word that says it is not yet published ("submitted to") or
    an article ("at the Int. Conf."), nor before a line that prints its own year after its
    numbers (an unsigned entry or a statute whole), a numbered document or after an imprint
    (`journal_cut`'s guards)."""
    if not entry_dated or not YEAR.search(prev) or _NO_VOLUME_YET.search(prev):
        return False
    if _STATUS_BEFORE.search(prev) or not _JOURNAL_REST.match(text) or _DOCUMENT.match(text):
        return False
    if _OWN_YEAR.search(text) or not (_JOURNAL_END.search(prev) or _one_word_end(prev)):
        return False
    return not any(start_kind(part.strip(), False, False, False) in ("place", "publisher")
                   for part in LINE_PARTS.split(prev) if part.strip())


# each joins a line to the entry before: (line before, line, list habits, entry dated)
RULES = (journal_cut, dated_journal_cut)
