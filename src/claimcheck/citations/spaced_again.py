"""Spaced digits after a phrase that names a source ("as in 9.", "as reported before 17.",
"in line with 7,"): in an article that sets its callouts after a space, a callout cited
again (`believed`'s "again"). Not where the phrase compares with a thing the article
numbers, eliding its noun: one numbered in the sentence before it ("at site 1, as in 2,",
"Entry 5 was run as in 4,", "The yield of 9 was the same as in 8") or a part the article
opens a sentence or a line with ("Experiment 2" before "Materials were as in 2.").
"""

from __future__ import annotations

import re

from claimcheck.citations.notation import LABEL_WORDS
from claimcheck.citations.spaced_after import SENTENCE_STOP, opening_numbers

# "as in", "as described in", "as reported before", "in line with": a source, no quantity
# ("before" only after "as", maybe with an adverb: "as first reported before 7."; "first
# noted before 6," is an age or a time)
_CITING = re.compile(r"(?:\bas(?:[ \u00a0\n][a-z]+ed)?[ \u00a0\n]in|\bas[ \u00a0\n](?:(?:[a-z]+ly"
                     r"|first)[ \u00a0\n])?(?:reported|noted|shown|described|estimated|seen"
                     r"|found|observed)[ \u00a0\n]before"
                     r"|\bin[ \u00a0\n]line[ \u00a0\n]with)$")
# a thing numbered: a noun after a preposition or opening its sentence or line ("at site 1",
# "in block 4", "Entry 5 was"), or "of" and a number ("The yield of 9"); a callout follows
# other words ("Grazers reduced richness 13, as in 12." cites twice)
_LABELLED = re.compile(r"(?:(?:\b(?:in|on|at|for|from|by|into|under)|^|[.!?\n])[ \u00a0\n]*"
                       r"([^\W\d_]{3,})|\b(of))[ \u00a0\n](\d{1,3})(?![\d.,]\d)", re.MULTILINE)
# words of quantity and function, which number nothing: "at least 5", "In 2 of the cases"
_FUNCTION_WORDS = """
    a an the of for to in at by on with than from and or but as into per via between among
    within after before until since during over under above below about around nearly
    approximately almost only least most all these those each every some any both several
"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())
_NEAR = 3  # an elided label is a neighbour's: "site 1, as in 2", "entry 5 ... as in 4"
_NAMED = re.compile(LABEL_WORDS, re.IGNORECASE)  # "Figure 2 shows": never elided to "2"


def citing_phrase(body: str, space: int, number: int) -> bool:
    """Spaced digits `number` after the space at `space` follow a phrase that names a
    source, though "in" and "with" mostly precede quantities ("in 3 mice", "with 12
    patients"), and the phrase compares with no thing the article numbers."""
    if _CITING.search(body, max(0, space - 24), space) is None:
        return False
    ends = [m.start() for m in SENTENCE_STOP.finditer(body, max(0, space - 400), space)]
    for match in _LABELLED.finditer(body, ends[-1] if ends else max(0, space - 400), space):
        label = int(match[3])
        if label != number and abs(label - number) <= _NEAR and (match[2] or match[
                1].lower() not in _FUNCTION):
            return False  # "at site 1, as in 2,": site 2
    # "Experiment 2" opening a line or a sentence: "Materials were as in 2." is that one
    return not any(str(number) in found for word, found in opening_numbers(body).items()
                   if word not in _FUNCTION and not _NAMED.fullmatch(word))
