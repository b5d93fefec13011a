"""Digits glued to a name that first-citation order shows are the name's own, not a callout.

A PDF's text layer flattens a raised callout onto the word before it, so "LaAlO3,19" may be
the formula "LaAlO3" and callout 19 or callouts 3 and 19, and "TLR7,8" the receptors TLR7
and TLR8 or callouts 7 and 8. `superscripts.py` reads such prints by several roads (a weak
list, a list after a mark, a gap filled); here the readings kept are weighed once more, by
where they stand in the article's own order of first citation (`highest`: the highest
number read before them). Only prints glued to a name count: a word with a capital or a
digit in it ("LaAlO", "TLR", "Smad", "H3K", "6D"), not a plain word ("disease3,19") nor a
function word ("in3,19"). Four readings give way:

- a list that opens with an old number and goes on with exactly the next new ones
  ("LaAlO3,19" read as 3 and 19 after 18), or that counts down into them ("STAT4,2" after
  1): the name's digit, then its callout, so only the rest is read; where the name is never
  printed without digits (a name printed bare, as "SOA" beside "IEPOX-SOA133,137" or "MERS"
  beside "MERS-CoV", may well be cited again and anew), is no plural, and, for an old
  number, takes digits (`_owns_digit`: not "CasL6,86") and a single one, as most names
  ending in digits do ("ACE2", "BRCA1"; "Uintah Basin, UT202,223" cites 202 again);
- a list of old numbers only, none of them among the last few read, glued to a name that
  prints a list ("TLR7,8", "Smad2,3", "Erk1,2" or its rest "W1,«2»"): a series' members
  written short; a list cited again stands mostly after a plain word or a mark;
- a single next new number glued to a name when the same number is read again right after
  in the same sentence after a mark or a plain word ("Th2 cells,2", "H3K36me3 transcribed
  bodies,3"): one work is not cited twice within a clause, so the first print is the name's;
- a single number out of order glued to a name the article prints with the same digits in
  another case ("Sox10 specifies" beside "sox10 mutants"): a gene's and its protein's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from claimcheck.citations.glued_words import NAME_LIKE, Evidence
from claimcheck.citations.listed_names import LIST_NUMBER

FUNCTION_WORDS = frozenset((
    "by", "of", "in", "to", "at", "as", "on", "de", "da", "do", "em", "ao", "na", "no", "en",
    "el", "la", "al", "et", "es", "um", "e", "y", "and", "or", "from", "with", "see"))
# a name (a letter or digit first, a letter last) and the digits glued to it, with the
# commas and dashes of a list ("TLR7,8", "H3K9,10–12", "(AH1,18")
_PRINT = re.compile(r"(?<![\w.\-])(?P<word>[^\W_][\w\-]*?[^\W\d_]|[^\W\d_])"
                    r"(?P<digits>\d{1,3}(?:[,–-]\d{1,3})+)(?!\w)")
_CAPITALS = re.compile(r"(?:[A-Z][a-z]?){1,6}")  # "FX", "ACE", "LaAlO": an acronym, a formula
# a name's letters glued to digits ("Sox10", "sox10" of "Tg(sox10:EGFP)"), and those letters
_GLUED_NAME = re.compile(r"(?<![^\W\d_])[^\W\d_]+\d{1,3}(?!\d)")
_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
_SENTENCE_START = re.compile(r"(?:\A|[.!?][\d,–\-]*\s+|\n)\Z")
_FIRST = re.compile(r"\d{1,3},\s?(?=\d)")  # a list's first number and its comma
_MEMBERS = 10  # names number their members below 10 ("Erk1,2", "TLR7,8", "ACE2")
_RECENT = 3  # an old number is none of the last few read ("reads it.9 ... H3K9,10" is one)
_CLAUSE = 60  # how far apart two reads of one number stand within a clause


def own_digits(body: str, found: list[tuple[int, int]],
               evidence: Evidence) -> list[tuple[int, int]]:
    """The callouts `found` (sorted spans) less the name's digits the order shows (see above)."""
    prints = [m for m in _PRINT.finditer(body) if _named(m["word"])]
    starts = [m.start("digits") for m in prints]  # in order: a bisection finds the print
    spellings = _spellings(body)
    kept: list[tuple[int, int]] = []
    cited = frozenset(s for s, _ in found)  # a callout glued to a word numbers no name
    highest = 0
    for i, span in enumerate(found):
        numbers = [int(n) for n in LIST_NUMBER.findall(body, *span)]
        at = bisect_right(starts, span[0]) - 1
        glued = prints[at] if at >= 0 and span[1] <= prints[at].end("digits") else None
        reading = (_weighed(body, span, numbers, highest, glued, evidence, cited)
                   if glued else span)
        if reading and (_twice(body, span, found[i + 1 : i + 2], highest, evidence)
                        or _cased(body, span, highest, spellings, evidence)):
            reading = None
        if reading:
            kept.append(reading)
            highest = max(highest, *(int(n) for n in LIST_NUMBER.findall(body, *reading)))
    return kept


def _named(word: str) -> bool:
    stem = word.rsplit("-", 1)[-1]
    return bool(NAME_LIKE.match(stem)) and stem.lower() not in FUNCTION_WORDS


def _weighed(body: str, span: tuple[int, int], numbers: list[int], highest: int,
             glued: re.Match[str], evidence: Evidence,
             cited: frozenset[int]) -> tuple[int, int] | None:
    """`span` as read inside the print `glued` ("W1,2" for the "2" read after its comma),
    its rest after a name's own first number, or None (a series' members)."""
    listed = [int(n) for n in LIST_NUMBER.findall(glued["digits"])]
    stem = glued["word"].rsplit("-", 1)[-1]
    if (_series(listed, stem) and max(listed) <= highest - _RECENT
            and (not _printed_bare(body, stem, evidence) or _numbered(body, stem, cited))):
        return None  # "TLR7,8" after 14: old numbers only, glued to a name that lists
    first = _FIRST.match(body, span[0], span[1])  # "3," of "3,19", not "9–11," of "9–11,12"
    if (span[0] == glued.start("digits") and first is not None
            and highest < min(numbers[1:]) <= highest + _RECENT and not _plural(stem)
            and not _printed_bare(body, stem, evidence) and (numbers[0] > min(numbers[1:]) or (
                numbers[0] <= highest and numbers[0] < _MEMBERS
                and _owns_digit(body, stem, numbers[0])))):
        return (first.end(), span[1])  # "LaAlO3,19" after 18: the formula's 3, then 19
    return span


def _series(listed: list[int], stem: str) -> bool:
    """Whether `listed` may number a series' members glued to `stem`: a few neighbours below
    10 ("7,8", "4,6"), after a name that is no plural ("eQTLs4,6", "MCs1,2" cite)."""
    word = stem[:1].isupper() and stem[1:].islower() and len(stem) > 4  # "Egypt", "Kitaev"
    return (max(listed) < _MEMBERS and max(listed) - min(listed) <= 2 and not _plural(stem)
            and not word)


def _printed_bare(body: str, stem: str, evidence: Evidence) -> bool:
    """Whether the article prints `stem` with no digits after it, alone or before a hyphen
    ("MERS" of "MERS-CoV": then "MERS4,9" cites 4 and 9)."""
    return stem in evidence.bare or re.search(
        rf"(?<!\w){re.escape(stem)}(?=-\w|\s)", body) is not None


def _owns_digit(body: str, stem: str, digit: int) -> bool:
    """Whether `stem` takes a digit of its own: a code with digits inside ("S355J2", "6D6",
    "H3K9"), capitals each with at most one small letter after (an acronym, a gene or a
    formula: "FX1", "ACE2", "LaAlO3"), or a name the article prints with that digit elsewhere
    ("Dcr2 alone"); not a name like "CasL", whose "6,86" cites 6 again and 86 anew."""
    return (any(c.isdigit() for c in stem) or _CAPITALS.fullmatch(stem) is not None
            or re.search(rf"(?<!\w){re.escape(stem)}{digit}(?![\d,])", body) is not None)


def _numbered(body: str, stem: str, cited: frozenset[int]) -> bool:
    """Whether the article prints `stem` with one small number of its own, no list after it
    ("HA2 binds", "and T3 of"): then a bare "HA" is the family and "HA1,2" its members; a
    word printed bare and never so ("Drosophila", "ICU") cites with its list."""
    return any(m.end() - 1 not in cited for m in re.finditer(
        rf"(?<![\w\-]){re.escape(stem)}[1-9](?![\d,–\-]\d)(?!\w)", body))


def _plural(stem: str) -> bool:
    """An acronym's plural ("eQTLs", "MCs"): no name numbers its members after one."""
    return stem.endswith("s") and any(c.isupper() for c in stem)


def _twice(body: str, span: tuple[int, int], following: list[tuple[int, int]], highest: int,
           evidence: Evidence) -> bool:
    """Whether `span`, the next new number glued to a name, is read again right after."""
    digits = body[span[0] : span[1]]
    stem = re.search(r"[\w\-]*$", body[max(0, span[0] - 24) : span[0]])
    word = stem.group().rsplit("-", 1)[-1] if stem else ""
    if not following or not word or not _named(word) or digits != str(highest + 1):
        return False
    later = following[0]
    between = body[span[1] : later[0]]
    mark = body[later[0] - 1]
    return (body[later[0] : later[1]] == digits and len(between) <= _CLAUSE
            and not re.search(r"[.;:!?]\s", between) and (mark in ".,;:)" or mark.islower())
            and word not in evidence.bare)


def _spellings(body: str) -> dict[str, set[str]]:
    """The spellings of each name glued to digits, by its form in lower case ("sox10":
    "Sox10", "sox10"), counted once over the body."""
    found: dict[str, set[str]] = {}
    for match in _GLUED_NAME.finditer(body):
        name = match.group()
        opens = _SENTENCE_START.search(body, max(0, match.start() - 12), match.start())
        if name[0].isupper() and opens:
            continue  # "Obesity8 may" opening a sentence is the word "obesity8" cited
        found.setdefault(name.lower(), set()).add(name)
    return found


def _cased(body: str, span: tuple[int, int], highest: int, spellings: dict[str, set[str]],
           evidence: Evidence) -> bool:
    """Whether the single number at `span`, not the next new one, ends a name the article
    prints with these digits in another case as well ("Sox10 specifies" beside "sox10
    mutants", "SOX9" beside "Sox9"): a gene's and its protein's, as no person's name is."""
    digits = body[span[0] : span[1]]
    word = _LETTERS.search(body, max(0, span[0] - 24), span[0])
    if word is None or not digits.isdigit() or int(digits) == highest + 1:
        return False
    return len(spellings.get((word.group() + digits).lower(), ())) >= 2
