"""A journal's tail alone after a line of persons' names and a title, in a list that has tails.

`entryrest.journal_tail` joins a journal's tail alone ("Proc Natl Acad Sci USA 93:4857-4861,
1996.", "Cancer Res 1994; 54:5652-5655.") to the undated entry before it, unless the list has
a tail after a whole dated line (`tail_starts`): there the list's entries may open with their
journal (physics entries without authors), and a tail is no evidence of a wrap. One stray
tail (a running head, "Journal of Cellular Biochemistry 90:339-346 (2003)") turns the rule off
for every entry of the list. Yet the line before may show by itself that it is no whole
entry: persons' names, a family name among them, ended by a stop, then a title of three
words or more ended by its stop, no year ("Sato S, Nakamura Y, Tsuchiya E. Difference of
allelotype between squamous cell carcinoma and adenocarcinoma of the lung."): no reference
is its authors and title alone, and an entry that opens with its journal does not follow
one. Not "J. Doe, private communication." (no family name before the stop), nor a note in
place of a title ("Doe J. Manuscript in preparation.", a whole entry), nor a line that
names a container ("In ...", "Proc."), read by `journal_tail`'s other guards. Only where the
list has one such tail: where several follow whole dated lines, entries that open with their
journal are the list's habit (unsigned editorials, errata), and a line of names and a title
before one may be an entry too (session 15 review).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.ingest.bare import BareHabits
from claimcheck.ingest.entryrest import journal_tail, names_then_title
from claimcheck.vocabulary import NOT_YET_PRINTED, either_case

_TITLE_WORDS = 3
# a sentence's stop inside the title: names and a title are two sentences, no more. Two
# letters before the stop say as much as a run of them ("[a-z]{2,}" tried every letter of a
# long run as a start and backed off over the rest: a 64,000-letter line took 16 s)
_INNER_STOP = re.compile(r"[a-z]{2}[.?!]\s+\S")
# a note in place of a title: the entry is whole without a container
_NOTE_WORDS = ("unpublished", "in preparation", "personal communication",
               "private communication", "submitted", *NOT_YET_PRINTED, "manuscript")
_NOTE = re.compile(rf"\b(?:{either_case(_NOTE_WORDS)})\b")


def tail_after_names_title(prev: str, text: str, habit: BareHabits, entry_dated: bool
                           ) -> bool:
    """`text` is a journal's tail alone after `prev`, persons' names and a title alone (see
    the module), in a list where one stray tail (`tail_starts` 1) turns `journal_tail` off."""
    if habit.tail_starts != 1 or entry_dated or not names_then_title(prev):
        return False
    title = prev.partition(". ")[2]
    if len(title.split()) < _TITLE_WORDS:
        return False
    if _INNER_STOP.search(title) or _NOTE.search(title) or not title.rstrip().endswith("."):
        return False
    return journal_tail(prev, text, replace(habit, tail_starts=0), entry_dated)


# each joins a line to the entry before: (line before, line, list habits, entry dated)
RULES = (tail_after_names_title,)
