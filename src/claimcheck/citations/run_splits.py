"""Superscripts run into a name's or a version's own digits: "Ucp224 and", "Mt415.", "R
version 3.4.260.", "Gal4C15592,": readings that only first-citation order may believe.

Plain text from a PDF glues a raised callout to the digits that end a name ("Ucp2" and 24)
or a version ("3.4.2" and 60), and nothing in the text says where the name ends. The
article's own numbering can: numbered styles cite a work first where its number is the
next one not yet cited, so a number no callout shows must first appear between the first
appearances of its neighbours (`sequence.gaps_filled`). Every split of such a run that
leaves the name at least one digit and the callout two or three is offered as one of the
run's readings; the window reads a run only when exactly one of its readings names
numbers never cited before it and inside their windows, and one digit alone is never read
("CD44" is no "CD4" and 4). Only after a name of letters ending in its digits (a word of
the article, glued), or after a version with two points ("3.4.2"): never after a number
with one point ("0.013": a statistic's decimals), a space ("a sample of 1500") nor inside
a formula or a statistic. After a name, a split must leave a name the article shows: printed
elsewhere with as many digits ("Ucp2"), or a short stem that is no catalogue code ("HCT116",
"DenseNet121", "Al6061": a cell line's, a model's, an alloy's own number) nor a word
("Inconel718"), whose run the article does not print again.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from claimcheck.citations.glued_words import HEAD_WINDOW, SHORT_STEM
from claimcheck.citations.notation import CALLOUT_END, DASH, is_math
from claimcheck.citations.spaced_after import closes

# digits glued to a name of letters that may end in digits of its own ("Ucp224", "khc2795",
# "Gal4C15592", after its hyphen "PBDE-9910"), to a version's point ("3.4.260", "Library
# 2.0168"), or set after a space and opening with a year ("2007154"), with the list or range
# the callout may carry ("LB818,19"), before what may follow a superscript
_RUN = re.compile(
    rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_]-)|(?<=\d\.)|(?<=\s)(?=(?:1[89]|20)\d\d))"
    rf"(?P<digits>\d{{3,7}})"
    rf"(?P<rest>(?:(?:,|{DASH})\d{{1,3}})*){CALLOUT_END}"
)
# what a point before the run must close: a version with two points ("R 3.4.2", "0.97.4") or
# a capitalised name's version with one ("Library 2.0", "MRtrix 0.2"), never a plain decimal
# ("p = 0.013", "1.5 W")
_VERSION = re.compile(r"(?:\d\.\d{1,3}\.|(?<![\w.])[A-Z][\w\-]* \d{1,2}\.)$")
_NUMBER = re.compile(r"\d{1,3}")
_DASHED = re.compile(DASH)
_LOOK = 24
# words a year follows ("in 2007", "until 1990"), in the languages of the shared articles;
# after any other a spaced number that opens like a year is a count ("there were 201912")
_YEAR_WORDS = """
    in since from until till during of after before between through circa
    em desde até de en entre hasta depuis dès seit bis im von
    by to and early late mid spring summer autumn fall winter
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
"""
_TAKES_YEAR = frozenset(_YEAR_WORDS.split())
_WORD = re.compile(r"([^\W\d_]+)\s+$")
# the name a run is glued to: a letter, then letters, digits and hyphens to the run
_STEM = re.compile(r"[^\W\d_][\w\-]*$")


def _name_ends(body: str, start: int, end: int, k: int) -> bool:
    """Whether the name glued to the run `start`..`end` may end after its first `k` digits.
    Yes where the article prints the name with exactly `k` digits elsewhere ("Ucp2" beside
    "Ucp224"; a name of one letter with the same digits: "m2" beside "W/m232", "A1" is no
    "A5"); no where it prints the whole run again ("HCT116 cells ... HCT116": the digits are
    the name's); else only after a name that is no catalogue code (`_code`)."""
    stem = _STEM.search(body, max(0, start - HEAD_WINDOW), start)
    if stem is None:
        return False
    name = stem.group()
    printed = _printed_words(body)
    if (name, body[start : start + k] if len(name) == 1 else k) in printed.digit_ends:
        return True
    # after a hyphen only as the article prints the name ("PBDE-99" beside "PBDE-9910"):
    # "CRL-1573", "HM-302" are a catalogue's numbers
    return printed.words[name + body[start:end]] < 2 and not _code(name) and not name.endswith(
        "-")


class _Printed(NamedTuple):
    """The article's words (runs of letters, digits and hyphens from a word's start), read
    once: `digit_ends` holds each word's part before a run of digits with that run's length
    ("Ucp224b": ("Ucp", 3)) and, for one letter, the run itself (("m", "232")); `words`
    counts each word and its parts before a hyphen ("HCT116-derived": "HCT116")."""

    digit_ends: frozenset[tuple[str, int | str]]
    words: Counter[str]


_WORD_START = re.compile(r"(?<![\w\-])[\w\-]+")
_DIGIT_RUN = re.compile(r"(?<=\D)\d+")


@lru_cache(maxsize=2)
def _printed_words(body: str) -> _Printed:
    """The words of `body`, once per article: asked for every run's every split, a search
    of the whole body each time cost the square of an article full of glued names."""
    ends: set[tuple[str, int | str]] = set()
    words: Counter[str] = Counter()
    for word in _WORD_START.findall(body):
        words[word] += 1
        words.update(word[:i] for i, c in enumerate(word) if c == "-")
        for run in _DIGIT_RUN.finditer(word):
            head = word[: run.start()]
            ends.add((head, len(run.group())))
            if len(head) == 1:
                ends.add((head, run.group()))
    return _Printed(frozenset(ends), words)


def _code(name: str) -> bool:
    """Letters that end in no digits of their own unless the article shows them so: a
    catalogue number's, which the digits complete, in capitals ("HCT116", "A549", "BY4741",
    "IN718"), with a capital inside ("DenseNet121", "ResNet152") or of one or two letters
    ("Al6061", "rs7412"); or a word or a person's name longer than a gene's stem
    ("Inconel718", "Kaplan118", "muscle218"). Not "Ucp224", "khc2795", "Gal4C15592",
    "Giantin_C121" or "Liprin-αR6097": a short stem or a compound name."""
    return name.isalpha() and (len(name) <= 2 or len(name) > SHORT_STEM or name.isupper()
                               or any(c.isupper() for c in name[1:]))


def glued_year(body: str, start: int, digits: str) -> bool:
    """Four digits glued to a word that make a year ("Edwards2017")."""
    return len(digits) == 4 and body[start - 1].isalpha() and 1800 <= int(digits) <= 2099


def _year_then_callout(body: str, start: int, end: int, digits: str) -> bool:
    """Whether the digits after a space at `start` may be a whole year and a callout: six or
    seven digits opening with 1800-2099, after a word that takes a year and before a mark or
    a word the clause goes on with ("in 200745.", "until 199016 and", "of 200724 had"); not
    a count ("there were 201912 cases", "a total of 201912 cases")."""
    if len(digits) < 6 or not 1800 <= int(digits[:4]) <= 2099:
        return False
    word = _WORD.search(body, max(0, start - _LOOK), start)
    return word is not None and word.group(1).lower() in _TAKES_YEAR and closes(body, end)


def _fits(body: str, span: tuple[int, int], count: int) -> bool:
    """Whether the numbers printed at `span` lie within the list's `count` and outside any
    formula or statistic ("Abc155,12 = 0.4")."""
    numbers = _NUMBER.findall(body, *span)
    return max(int(n) for n in numbers) <= count and not is_math(body, *span, True)


def run_readings(body: str, count: int, found: list[tuple[int, int]],
                 ) -> list[tuple[tuple[int, int], str]]:
    """The readings of every run (span, printed list), each a split that leaves the name
    its first digits and the callout two or three digits that open with no 0, within the
    list's `count` and outside any formula. Where the article sets callouts after a comma
    (`found`: "Gal4,88 OK319"), the single number after the run's comma alone is one more
    reading ("Gal4C155,92": the genotype and work 92, or 55 and 92: order must choose; not
    "O351,52,56", a list). A year glued to a name ("Edwards2017") is no run."""
    after_comma = any(start > 0 and body[start - 1] == "," for start, _ in found)
    readings = []
    for match in _RUN.finditer(body):
        digits, rest = match.group("digits", "rest")
        start = match.start("digits")
        if body[start - 1] == "." and not _VERSION.search(body, max(0, start - _LOOK), start):
            continue  # a decimal's digits
        year = body[start - 1].isspace()
        if year and not _year_then_callout(body, start, match.end(), digits):
            continue  # after a space, only a whole year and a callout: "in 200745"
        if glued_year(body, start, digits):
            continue  # "Edwards2017": a name and its year
        if after_comma and rest.startswith(",") and rest.count(",") == 1 and not _DASHED.search(
                rest) and _fits(body, (match.start("rest") + 1, match.end("rest")), count):
            readings.append(((match.start("rest") + 1, match.end("rest")), rest[1:]))
        named = body[start - 1].isalpha()
        for k in (4,) if year else range(1, len(digits) - 1):
            tail = digits[k:]
            if len(tail) > 3 or tail[0] == "0":
                continue
            if named and not _name_ends(body, start, match.end("digits"), k):
                continue
            span = (start + k, match.end("rest"))
            if _fits(body, span, count):
                readings.append((span, body[span[0] : span[1]]))
    return readings
