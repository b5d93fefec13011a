"""Digits glued to a name that are the name's own by what the article prints around it.

A list glued to a name whose first number is the name's own: "encoded by Traf3ip2,4
whose" (the gene "Traf3ip2" and callout 4), where the article prints the name with that
digit elsewhere as a name ("Traf3ip2−/− mice", a title's "lacking Traf3ip2").

`superscripts.py` reads digits glued to a name as "weak" and believes a weak list ("2,4")
as a list; the list's first number then cites a work the sentence never cites. When the
name with that first number is printed elsewhere before anything but a clause's mark (a
word, a hyphen or a minus, a slash, a parenthesis, a line's end), the digits are the name's
and the list is no candidate: the rest goes to first-citation order's windows
(`sequence.gaps_filled`) and is read as digits after a mark are (`after_marks.py`, where
the article sets its callouts so). A name printed so only with its callouts
("IEPOX-SOA133, ... IEPOX-SOA133.") keeps its list.

A name that a specimen's or a reagent's label noun introduces ("clone IM7", "strain
BY4741", "allele e2498", "plasmid pUC19"): the whole name, digits and all, is what the
label names, so its digits are no callout, not even as the next new number.

Two readings that weigh the article's order or its house against the name: a list glued to
an acronym printed bare whose digits the article also prints as a name ("advanced PC3,4"
beside "PC3 cells" and "PC") cites as the next new numbers in a row (`named_run`); and
digits glued to an acronym's or a model's name ("COVID19.", "ResNet50,"), which an article
that sets its callouts after the stop prints as a name (`capital_inside`, with
`after_marks.only_after`). A list whose later numbers the article prints glued to the same
name ("TLR7,8" beside "TLR8"), or the same name and list printed twice ("JAK1,2 inhibitor ...
JAK1,2 inhibition"), is a series' members written short, never such a run
(`series_written_short`). And the other way: a two-letter acronym printed bare, glued once to
a number of 10 or more, cites it ("WT44"; `acronym_cited`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from claimcheck.citations.glued_words import UNIT, Evidence
from claimcheck.citations.never_glued import never

# a name ending in digits, and what follows it
_NAME = re.compile(r"(?<![\w\-.])([^\W\d_][\w\-]*?\d{1,3})(?![\w])(.?)", re.DOTALL)
_FIRST = re.compile(r"\d{1,3},[ \u00a0]?\n?(?=\d)")
_WORD = re.compile(r"(?<![\w\-.])[^\W\d_][\w\-]*$")
# a label noun, then the name the digits are glued to
_SPECIMEN = re.compile(r"(?<![\w\-])(?i:clones?|strains?|isolates?|alleles?|plasmids?"
                       r"|constructs?|vectors?|lots?|catalog(?:ue)?|cat\.|accession"
                       r"|specimens?)[ \u00a0]+[^\s\d]\S*$")
_CLAUSE_MARKS = ".,;:!?)]"


@lru_cache(maxsize=2)
def names_printed(body: str) -> frozenset[str]:
    """The names ending in digits the article prints before something other than a
    clause's mark or the text's end ("Traf3ip2−/−", "Traf3ip2 mice", "Traf3ip2\\n")."""
    return frozenset(m[1] for m in _NAME.finditer(body) if m[2] and m[2] not in _CLAUSE_MARKS)


def name_first(body: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The rest of the list at `span` when it opens with the name's own number: the word
    before it with that number is a name the article prints elsewhere (see above)."""
    first = _FIRST.match(body, span[0], span[1])
    word = _WORD.search(body, max(0, span[0] - 24), span[0])
    if first is None or word is None:
        return None
    named = word.group() + body[span[0] : first.end()].split(",")[0]
    return (first.end(), span[1]) if named in names_printed(body) else None


def after_specimen_label(body: str, start: int) -> bool:
    """Whether the digits at `start` end a name that a specimen's or a reagent's label noun
    introduces ("clone IM7", "strain BY4741")."""
    return _SPECIMEN.search(body, max(0, start - 40), start) is not None


def named_run(body: str, span: tuple[int, int], evidence: Evidence) -> bool:
    """A list ("3,4") glued to an acronym the article prints bare ("PC" beside "PC3 cells"),
    refused as a name's digits: still read as the next new numbers in a row, which the name's
    own digit and a callout after it ("PC3" and 4) would break; not after a label noun
    ("strain GG9,10")."""
    before = body[max(0, span[0] - 24) : span[0]]
    word = _WORD.search(before)
    return (word is not None and "," in body[span[0] : span[1]] and word.group().isupper()
            and word.group() in evidence.bare and not never(body, span, before)
            and not UNIT.search(before[-6:]) and not after_specimen_label(body, span[0]))


def capital_inside(body: str, start: int) -> bool:
    """Whether the word the digits at `start` are glued to has a capital or a digit after
    its first letter ("COVID", "ResNet", "GLP1R"): an acronym's or a model's name, not a
    person's ("Holm1, Berg2 and Lund3" sets a callout before each comma) nor a word's."""
    word = _WORD.search(body, max(0, start - 24), start)
    stem = word.group().rsplit("-", 1)[-1] if word else ""
    return any(c.isupper() or c.isdigit() for c in stem[1:])


def series_written_short(body: str, span: tuple[int, int], stem: str,
                         evidence: Evidence) -> bool:
    """Whether the list at `span` after `stem` names members of one series (see above)."""
    if not stem:
        return False
    later = LIST_NUMBER.findall(body, *span)[1:]
    # the next new numbers in a row are new only once
    return any(evidence.tokens[stem + n] for n in later) or _glued_lists(body)[
        stem + body[span[0] : span[1]]] >= 2


# a callout list's number (shared with `superscripts`)
LIST_NUMBER = re.compile(r"\d{1,4}")
# a name and a list of numbers glued to it, whole ("JAK1,2", "Traf3ip2,4")
_GLUED_LIST = re.compile(r"(?<![\w\-])[^\W\d_][^\W_]*?\d+(?:,\d+)+(?![\w,])")


@lru_cache(maxsize=1)
def _glued_lists(body: str) -> Counter[str]:
    """How often each name with a glued list is printed in `body` (counted once a body: a
    search per list would cost the body's length each)."""
    return Counter(_GLUED_LIST.findall(body))


def acronym_cited(body: str, span: tuple[int, int], stem: str, evidence: Evidence) -> bool:
    """"WT44", "US155": a two-letter acronym the article prints bare, glued once to a number
    of 10 or more, is cited; formulae ("CO2", "NO3") number their atoms below 10, and a name
    ("PM10", "CD44") is printed more than once."""
    digits = LIST_NUMBER.match(body, span[0])
    number = digits.group() if digits else "0"
    return stem in evidence.bare and int(number) >= 10 and evidence.tokens[stem + number] <= 1
