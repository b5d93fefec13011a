"""Spaced digits after a phrase that names a source ("as in 9.", "as reported before 17.",
"in line with 7,", "the protocol of 15.", "see also 3."; a work as the agent of a verb of
reporting or making: "as described by 12.", "the code provided by 3,"): in an article
that sets its callouts after a space, a callout cited again or a new one a few past the
highest (`believed`'s "again"). Not where the phrase compares with a thing the article
numbers, eliding its noun: one numbered in the sentence before it ("at site 1, as in 2,",
"Entry 5 was run as in 4,", "The yield of 9 was the same as in 8") or a part the article
opens a sentence or a line with ("Experiment 2" before "Materials were as in 2.").
"""

from __future__ import annotations

import re

from claimcheck.citations.notation import LABEL_WORDS
from claimcheck.citations.spaced_after import BE, LABELS, SENTENCE_STOP, opening_numbers

# verbs of reporting or making whose agent after "by" is a work's authors ("as described
# by 12.", "the code provided by 3,"); after any other verb "by" takes a quantity or a
# means ("increased by 12,", "divided by 3.", "infected by 11,")
_AUTHORED = (r"(?:described|reported|developed|proposed|published|introduced|suggested"
             r"|demonstrated|defined|recommended|adapted|designed|outlined|presented"
             r"|documented|validated|provided|devised|formulated|implemented)")
# a work named by what it gives ("the protocol of 15.", "the method of 11,"); "see" sends
# the reader to it where it opens an aside or a sentence ("for reviews see 16–18)", "; see
# 14", "See also 13."), not as a verb of its clause ("we see 12.": a count); both from
# `LABELS` on ("(see 2)" beside "(2) whether mats grew", "Hypothesis 3 held (see 3)")
_METHOD = r"(?:protocol|method|procedure|technique)s?"
# "as in", "as described in", "as reported before", "in line with": a source, no quantity
# ("before" only after "as", maybe with an adverb: "as first reported before 7."; "first
# noted before 6," is an age or a time)
_CITING = re.compile(r"(?:\bas(?:[ \u00a0\n][a-z]+ed)?[ \u00a0\n]in|\bas[ \u00a0\n](?:(?:[a-z]+ly"
                     r"|first)[ \u00a0\n])?(?:reported|noted|shown|described|estimated|seen"
                     r"|found|observed)[ \u00a0\n]before"
                     r"|\bin[ \u00a0\n]line[ \u00a0\n]with"
                     rf"|\b(?P<verb>{_AUTHORED})[ \u00a0\n]by|(?P<pointer>\b{_METHOD}[ \u00a0\n]of"
                     r"|(?:[(;,][ \u00a0\n]*|\breviews?[ \u00a0\n]|[.!?][ \u00a0\n]+)[Ss]ee"
                     r"|\b[Ss]ee[ \u00a0\n]also))$")
# the same verb's count elided ("Pain was reported by 12, and fatigue by 9."): another
# number after "by" and a word that is no such verb in the rest of the sentence
_PARALLEL = re.compile(r"(\w+)[ \u00a0\n]by[ \u00a0\n]\d")
_SENTENCE_REST = re.compile(r"[^.!?]*")
# a thing numbered: a noun after a preposition or opening its sentence or line ("at site 1",
# "in block 4", "In Step 12 we", "Entry 5 was"), or "of" and a number ("The yield of 9"); a
# callout follows other words ("Grazers reduced richness 13, as in 12." cites twice)
_LABELLED = re.compile(r"(?:(?:\b(?i:in|on|at|for|from|by|into|under)|^|[.!?\n])[ \u00a0\n]*"
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
    phrase = _CITING.search(body, max(0, space - 24), space)
    if phrase is None or (phrase["verb"] and _count_agent(body, phrase.start("verb"), space)):
        return False
    if phrase["pointer"] and (number < LABELS or own_item(body, number)):
        return False  # "(see 2)", "the method of 3,": the article's own items count from 1
    ends = [m.start() for m in SENTENCE_STOP.finditer(body, max(0, space - 400), space)]
    for match in _LABELLED.finditer(body, ends[-1] if ends else max(0, space - 400), space):
        label = int(match[3])
        if label != number and abs(label - number) <= _NEAR and (match[2] or match[
                1].lower() not in _FUNCTION):
            return False  # "at site 1, as in 2,": site 2
    # "Experiment 2" opening a line or a sentence: "Materials were as in 2." is that one
    return not any(str(number) in found for word, found in opening_numbers(body).items()
                   if word not in _FUNCTION and not _NAMED.fullmatch(word))


def _count_agent(body: str, verb: int, space: int) -> bool:
    """The number after "<verb> by" may count the verb's agents: the verb's own clause says
    so with a form of "be" right before it ("Pain was reported by 12"; not "was previously
    described by 27.", "the protocol described by 33."), or another number after "by" in
    the rest of the sentence elides that verb ("..., and fatigue by 9.")."""
    before = _BEFORE_VERB.search(body, max(0, verb - 40), verb)
    if before is not None and (before["be"] or (not before["as"] and before["opens"])):
        return True
    rest = _SENTENCE_REST.match(body, space + 1)
    return rest is not None and any(not re.fullmatch(_AUTHORED, match[1]) for match in
                                    _PARALLEL.finditer(body, space + 1, rest.end()))


# what precedes "<verb> by": a form of "be" with adverbs of frequency or degree between
# ("was also reported by 18", "was commonly reported by 22"; not "was previously described
# by 27."), or an aside the participle opens ("(reported by 22)", "Headache, reported by
# 14, was", "Pain, first suggested by 12,"), which counts as often as it cites, unless
# "as" opens it (", as described by 12,")
_BEFORE_VERB = re.compile(
    rf"(?:(?P<be>\b(?:{'|'.join(sorted(BE))})(?:[ \u00a0\n]+(?:also|often"
    r"|commonly|frequently|most|more|less|least|rarely|only|mostly|mainly|usually))*)"
    r"|(?P<opens>[(,])(?:[ \u00a0\n]*(?P<as>as)\b)?(?:[ \u00a0\n]+(?:first|also|later|often"
    r"|initially|originally|jointly|independently))?)[ \u00a0\n]*$")


def own_item(body: str, number: int) -> bool:
    """The article numbers an item `number` itself: a line opened by "10." or "10)" ("10.
    Offer speech therapy"), or a displayed equation's number closing a line ("y = Xb + e
    (10)")."""
    return re.search(rf"(?m)^[ \u00a0]*{number}[.)][ \u00a0]+[^\W\d_]|\({number}\)[ \u00a0]*$",
                     body) is not None
