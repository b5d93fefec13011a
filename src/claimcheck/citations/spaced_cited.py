"""Spaced digits refused for the word before them that the article's own citations still
read, in an article that shows the spaced habit (`spaced.with_spaced`):

- `first_prints`: a number's first citation set after a preposition, the work named as a
  noun ("reported in Figure 1B of 15 and", "presented for 15,"), offered to first-citation
  order's windows (`sequence.gaps_filled`) once the other candidates are read, so it fills
  only a window still empty: where that number must first appear, claimed by no other
  candidate. Not after a noun or a name ("growth phase 14, 15.", "SPSS 14 for", "RDF 80
  by"): labels and versions fit a window as well;
- `early_prints`: the spaced digits first-citation order alone may read, for its pass that
  reads a number where it first appears when only a later print of it was read ("(LiFE
  46)" before "tensors 46,"), but none the article numbers an item of its own with, nor a
  tool's release ("done in Stata 17,", "models (Stata 15)");
- `named_then_spaced`: a name ending in digits before a spaced group that closes its
  clause ("the package lme4 12;", "Python3 15."): in an article that prints its callouts
  after a space the glued digits are the name's, never a callout, and the spaced group is
  offered to the windows as a first print;
- `cited_again`: a number of 10 or more read as a callout before, printed again where it
  closes its clause, when the article prints that number so after at least `_WORDS`
  different lower-case words ("the original study 15.", "presented for 15,", "used in 15
  and"; "of 15." is read but counts no word, nor does a name: "Matlab 12" is a version): a
  work is cited from many places, where a label is named by its own noun ("pond 15" three
  times); a spaced list only as a group read before, its numbers from 10 on, where the word
  before it prints no other unread number ("AFPS 36,37" after "36,37"; not "IQR 2–4", nor
  "plots 15, 16" beside "Plots 15, 16 were flooded").

Neither reads digits that do not close their clause (a mark or a function word after them),
nor after a word of quantity, time or comparison, a copula or a unit ("up to age 15,",
"above 15", "was 15.", "week 12", "4 mm 11)"), before "is"/"was" ("a total of 15 were"),
after a label word ("Table 15"), one letter ("vitamin B 12", "GLP1R 30": a name's part) or
a sentence's first word ("Bundle 14 was"), before more numbers in words ("13 to 17"), nor
where the same word numbers more in the sentence ("field 6 and field 9").
"""

from __future__ import annotations

import re

from claimcheck.citations.notation import DASH
from claimcheck.citations.sequence import numbers_of
from claimcheck.citations.spaced import LABEL_WORD, SPACED, UNIT_WORD, gap_candidates, opens
from claimcheck.citations.spaced_after import (
    BE,
    LABELS,
    closes,
    labels,
    labels_of,
    next_word,
    series,
)
from claimcheck.citations.spaced_again import own_item
from claimcheck.citations.spaced_twins import word_before

_WORDS = 3  # the different words a number cited again must follow
# words after which a number is a value compared, measured or stated ("above 15", "was
# 15.", "a median 15,") or a time or a school grade ("week 12", "Year 12", "class 12": one
# thing may be named by several of them), never a work cited again
_QUANTITY_WORDS = """
    above below over under than aged age ages exceeding beyond least most about around
    nearly almost approximately roughly just exactly only up to from between until since
    after before within by per at is are was were be been being has have had reach reaches
    reached score scores scored equal equals equalled totalled totaled ranged total mean
    median average sum threshold cutoff off limit value values rate rates ratio count
    counts number numbers range day days week weeks month months year years hour hours
    minute minutes grade grades form class classes visit visits wave waves session sessions
    round rounds
"""
_QUANTITY = frozenset(_QUANTITY_WORDS.split())
# prepositions before a work named by its number ("Figure 1B of 15", "used in 15 and")
_CITED_AS_NOUN = frozenset(("of", "for", "in", "on", "with", "into", "via"))
_COUNTS_NO_WORD = frozenset(("of",))  # "Figure 2 of 15." cites, "a threshold of 15." is one
# a comparison after a number makes it a bound: "a score of 10 or more", "aged 15 and over"
_BOUND = re.compile(r"[ \u00a0\n]+(?:or|and)[ \u00a0\n]+(?:more|less|fewer|greater|higher|lower"
                    r"|above|below|over|under|older|younger|longer|shorter)\b")
# a numbered part of a work before "of": "Figure 2", "Table S1", "Figures 1B and 3E-F"; not
# a bare count ("in 12 of 15."), nor a sentence's first word before it ("In 12 of 15.")
_NUMBERED_PART = re.compile(
    rf"(?:(?<![.!?][ \u00a0\n])(?<![\n\w])(?:{LABEL_WORD.pattern}|[A-Z][a-z]+)\.?[ \u00a0\n]+"
    r"[A-Z]?\d+[A-Za-z]?"
    r"|(?<![\w\-])[A-Z]?\d+[A-Za-z](?:[-–][A-Za-z\d]+)?)[ \u00a0\n]+$")
# a preposition right before the word: "on chromosome 12,", "at codon 12."
_PREPOSITION_BEFORE = re.compile(r"(?<![\w\-])(?:in|on|at|of|from|to|for|with|within|into)"
                                 r"[ \u00a0\n]+$", re.IGNORECASE)


def early_prints(body: str, count: int) -> list[tuple[tuple[int, int], str]]:
    """`spaced.gap_candidates` for `sequence.gaps_filled`'s `early` pass ("(LiFE 46)" before
    "tensors 46,"), but no number the article numbers an item of its own with ("(see 15)"
    beside a line "15. Offer ..."): there the read print may be the item's."""
    return [(span, printed) for span, printed in gap_candidates(body, count)
            # not "done in Stata 17, and", "mixed models (Stata 15)": a tool's release
            if not _a_release(body, span)
            and not any(own_item(body, n) for n in numbers_of(printed))]


# a tool named after "in", "using", "with", "under" or "via" ("analysed in Stata 17,")
_TOOL_USED = re.compile(r"(?<![\w\-])(?:in|using|with|under|via)[ \u00a0\n]+"
                        r"[A-Z][\w\-]*[ \u00a0\n]+$")
# a parenthesis holding a name and the digits alone ("(Stata 15)"), and the words before it
_NAME_ALONE = re.compile(r"((?:[A-Za-z][\w\-]*[ \u00a0\n]+){0,8})\(([A-Za-z][\w\-]*)[ \u00a0\n]+$")


def _a_release(body: str, span: tuple[int, int]) -> bool:
    """Digits after a tool's name, its release: the name follows a word of use ("done in
    Stata 17,") or stands alone with the digits in a parenthesis whose name the words before
    it do not spell ("models (Stata 15)"; not "deconvolution (CSD 89)", "Linear Fascicle
    Evaluation (LiFE 46)": a method named and cited at once)."""
    before = body[max(0, span[0] - 120) : span[0]]
    if _TOOL_USED.search(before):
        return True
    found = _NAME_ALONE.search(before)
    if found is None or body[span[1] : span[1] + 1] != ")":
        return False
    capitals = [c for c in found[2] if c.isupper()]
    words = re.split(r"[\s\-]+", found[1].strip())
    return not (len(capitals) >= 2 and len(words) >= len(capitals) and [
        w[:1].upper() for w in words[-len(capitals):]] == capitals)


def first_prints(body: str, count: int) -> list[tuple[tuple[int, int], str]]:
    """Spaced digits after a preposition that close their clause, for first-citation
    order's windows alone."""
    return [(match.span("list"), match.group("list")) for match, word in _closing(body, count)
            if word in _CITED_AS_NOUN]


# a name ending in one or two digits ("lme4", "Python3"), a space, and a group closed by a mark
_NAMED_THEN_SPACED = re.compile(
    rf"(?<![\w\-.])(?P<name>[^\W\d_][\w\-]*?[^\W\d_])(?P<digits>\d{{1,2}})[ \u00a0\n]"
    rf"(?P<list>[1-9]\d{{0,2}}(?:(?:,[ \u00a0]?|{DASH})\d{{1,3}})*)(?=[.,;:)](?!\d))"
)


_SERIES = 40  # how close two such pairs make a series of values


def named_then_spaced(body: str) -> list[tuple[int, tuple[int, int], str]]:
    """Per name ending in digits before a spaced group that closes its clause ("lme4
    12;"): where its digits start, the group's span and the group. Not in a series of such
    pairs ("Il6 10, Il8 12,": values measured per name), nor after a name in capitals or
    right after a bracket."""
    # not a name in capitals ("CD4 15.", "IL6 10": a marker and its value), nor an aside
    # opening on the name ("(Hprt1 10)": a gene and its measured value)
    matches = [match for match in _NAMED_THEN_SPACED.finditer(body)
               if not match.group("name").isupper()
               and body[match.start() - 1 : match.start()] != "("]
    # matches come in order: the nearest other is a neighbour (all pairs: quadratic)
    starts = [match.start() for match in matches]
    return [(match.start("digits"), match.span("list"), match.group("list"))
            for i, match in enumerate(matches)
            if not (i and starts[i] - starts[i - 1] < _SERIES)
            and not (i + 1 < len(starts) and starts[i + 1] - starts[i] < _SERIES)]


def cited_again(body: str, found: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """`found` and the spaced prints of numbers it cites again (see the module's doc)."""
    first: dict[int, int] = {}
    groups: dict[tuple[int, ...], int] = {}
    for start, end in found:
        numbers = numbers_of(body[start:end])
        for number in numbers:
            first.setdefault(number, start)
        groups.setdefault(tuple(sorted(numbers)), start)
    taken = {i for start, end in found for i in range(start, end)}
    prints = _closing(body, count)
    # a print read already counts its word too; a name's does not ("Matlab 12", "Stata 12":
    # versions), nor a mark's
    words: dict[int, set[str]] = {}
    prints = [(match, word) for match, word in prints if not _value_or_label(body, match, word)]
    for match, word in prints:
        if match.group("list").isdigit() and word[:1].islower() and word not in _COUNTS_NO_WORD:
            words.setdefault(int(match.group("list")), set()).add(word)
    added = []
    for match, word in prints:
        start = match.start("list")
        if taken.intersection(range(start, match.end("list"))):
            continue
        numbers = numbers_of(match.group("list"))
        if min(numbers) < LABELS:
            continue  # labels and small values count from 1
        if len(numbers) > 1:  # not "plots 15, 16 dried" beside "Plots 15, 16 were": labels
            read = groups.get(tuple(sorted(numbers)), start) < start and not _numbers_else(
                body, word, start, taken)
        else:
            read = first.get(numbers[0], start) < start and len(
                words.get(numbers[0], ())) >= _WORDS
        if read:
            added.append(match.span("list"))
    return sorted(found + added) if added else found


def _closing(body: str, count: int) -> list[tuple[re.Match[str], str]]:
    """The spaced digit groups (`spaced.SPACED`) that close their clause, with the word
    before them: no label word's, no series', no label of a word numbering more."""
    found = []
    for match in SPACED.finditer(body):
        end = match.end("list")
        numbers = numbers_of(match.group("list"))
        if not numbers or max(numbers) > count or not closes(body, end) or series(body, end):
            continue
        word = word_before(body, match.start())
        if word.lower() in _QUANTITY or UNIT_WORD.fullmatch(word) or next_word(body, end) in BE:
            continue  # "up to age 15,", "12 mm 11)", "a total of 15 were": values
        # one letter is a name's part ("vitamin B 12", "GLP1R 30"), a sentence's first word
        # its subject's label ("Bundle 14 was the least reliable")
        if len(word) == 1 or LABEL_WORD.fullmatch(word) or opens(body, match.start(), word) or (
                labels(body, match, word) or labels_of(body, match, word)):
            continue
        found.append((match, word))
    return found


def _value_or_label(body: str, match: re.Match[str], word: str) -> bool:
    """A print that is a value or a label whatever the article cites under its number: a
    bound ("a score of 15 or more"), after "of" with no numbered part before it ("a cut-off
    of 15,", "in 12 of 15."; not "Figure 2 of 15", "Figures 1B and 3E-F of 15"), or after a
    bare lower-case singular noun right after a preposition ("on chromosome 15,", "at codon
    15."; not "in humans 15,", "in the original study 15"). Plurals and mass nouns look
    alike ("in mice 15," "in practice 15," stay unread): a value read as a callout costs
    more than a citation missed."""
    if _BOUND.match(body, match.end("list")):
        return True
    space = match.start()
    if word == "of":
        return not _NUMBERED_PART.search(body, max(0, space - 40), space - len(word))
    return word.islower() and not word.endswith("s") and bool(
        _PREPOSITION_BEFORE.search(body, max(0, space - len(word) - 12), space - len(word)))


def _numbers_else(body: str, word: str, start: int, taken: set[int]) -> bool:
    """`word` precedes, elsewhere in the article, digits that are no callout read: the
    word labels things of its own ("Plots 15, 16 were flooded")."""
    if not word:
        return False
    for match in re.finditer(rf"(?<![\w\-]){re.escape(word)}[ \u00a0](\d)", body, re.IGNORECASE):
        if match.start(1) != start and match.start(1) not in taken:
            return True
    return False
