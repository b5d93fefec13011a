"""What an article shows about the words digits are glued to, counted once over its text,
how digits glued to a unit read (`after_unit`), which names are formulas (`formula`), and
which later prints of a person's name glued to its callout cite again (`cited_again`).

Plain-text superscripts ("disease12") and names ending in digits ("p53", "CO2", "RO2") look
alike; `superscripts.py` weighs each glued number by this evidence: which words the article
also prints in lower case or bare, with a 0, with the same digits three times or more, as a
numbered series ("BRCA1", "BRCA2") or after a point ("BA.1 or BA.2"), and which names ending
in digits it prints on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.citations.spaced_words import GOES_ON_WITH

HEAD_WINDOW = 40  # how far back the word a digit run is glued to is looked for
# a word of letters, digits and hyphens, read without backtracking (linear on "A1A1A1...")
_WORDISH = re.compile(r"(?<![\w.\-])[\w\-]++(?!\.\w)")
# "p53", "Ki67", "Pax7", "miR21", "5-HT2": a short word, or one with a capital or a digit
NAME_LIKE = re.compile(r"^[^\W\d_]{1,2}$|.*[\dA-Z]")
# "CH4", "NO3", "SO4", "NH3": two or three atoms of the commonest elements, counted to 4
FORMULA = re.compile(r"[CHNOSPF]{2,3}[2-4]")
_LIST_NEXT = re.compile(r"[,–]\d")
_FORMULA_WORD = re.compile(r"(?<![\w\-])[CHNOSPF]{2,3}[2-4](?!\w)")
UNIT = re.compile(r"(?:^|[\s\d])(?:[mcµnk]?m|[mkµn]?g|[mµ]?l|s|h|kb|bp|Da)$")
# a unit after a slash: "mg/kg", "g/dL", "mmol/L", "cells/µl", "km/h"
_PER_UNIT = re.compile(r"\w/([mcµnkd]?(?:g|l|L|m|mol)|h|min|s|d)$")
# after a dose, a duration or the matter it is measured in: "3 months", "4 h", "2 of soil"
_QUANTITY_NEXT = re.compile(
    r"[ \u00a0]+(?:of|(?:second|minute|hour|day|week|month|year)s?|min|h|d|wk|yr)\b"
)
_POWERED = frozenset(("cm", "mm", "µm", "nm", "km", "dm"))  # "g/cm3"; any one letter too
SHORT_STEM = 4  # "atg", "Pax", "CD": stems of gene and variable names
_REPEATS = 3
# a capitalised name, one digit (a version's or a member's: "RoseTTAFold2", "Wnt3"), a space
# and the lower-case word after it; prepositions a clause goes on with after a callout
_NAMING = re.compile(r"(?<![\w\-])([A-Z][^\W\d_]+\d|[A-Z][^\W\d_]*[A-Z][^\W\d_]*\d{2,3})"
                     r"(?:[ \u00a0]|\n(?!\n))([a-z]+)\b")  # a wrapped line's break as a space
_NAMED_DIGIT = re.compile(r"(?<![\w\-])[A-Z][^\W\d_]+\d{1,3}(?!\w)")
_PLACES = frozenset(("after", "before", "during", "into", "over", "under", "between", "within",
                     "without", "through", "via", "per", "among", "against", "upon", "across"))
_DIGITS = frozenset("0123456789")
# a capitalised name, a point and a number, and the lower-case word that may follow it
_POINTED = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{0,5})\.(\d{1,3})(?![\d.]\d)(?:[ \u00a0]([a-z]+))?")


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the article shows about its words, counted once over the whole text."""

    lower: frozenset[str]  # words printed in lower case
    bare: frozenset[str]  # words printed with no digits glued to them
    zero: frozenset[str]  # words printed with a 0 glued to them ("corp0")
    repeated: frozenset[str]  # names printed with the same digits three times or more
    family: frozenset[str]  # names printed with two small numbers ("BRCA1", "BRCA2")
    numbered: Counter[str]  # words by how often digits are glued to them ("Connexin43")
    tokens: Counter[str]  # names ending in digits printed on their own ("RO2", "T4")
    listing: Counter[str]  # of those, prints before a list's next number ("W/m232,36")
    naming: frozenset[str]  # names with digits printed before what they name ("Wnt3 deletion")
    pointed: frozenset[str]  # names numbered after a point in series ("BA.1 or BA.2")


@lru_cache(maxsize=2)  # read for one body by superscripts and again by named_digits
def evidence_of(body: str) -> Evidence:
    words = re.findall(r"(?<![\w\-])[^\W\d_]+(?![\w\-])", body)
    # after a hyphen too: "ATF6α(C)-TAP2" five times is a name, read by its last part
    glued = Counter(re.findall(r"(?<!\w)([^\W\d_]+\d{1,3})(?![\w])", body))
    # a series of names numbers from 1 ("GAPC1", "GAPC2", "GAPC4"): two small numbers or more
    stems = Counter(re.sub(r"\d+$", "", t) for t in glued if int(re.sub(r"^\D+", "", t)) < 10)
    return Evidence(
        lower=frozenset(w for w in words if w.islower()),
        bare=frozenset(w for w in words if len(w) >= 3 or (len(w) == 2 and w.isupper())),
        zero=frozenset(re.findall(r"(?<![\w\-])([^\W\d_]+)0(?![\w])", body)),
        repeated=frozenset(
            stem for t, n in glued.items() if n >= _REPEATS
            and (len(stem := re.sub(r"\d+$", "", t)) <= SHORT_STEM or NAME_LIKE.match(stem))
        ),
        family=frozenset(stem for stem, n in stems.items() if n >= 2),
        numbered=Counter(re.sub(r"\d+$", "", t) for t in glued.elements()),
        tokens=_tokens(body),
        listing=_listing(body),
        naming=_naming(body),
        pointed=_pointed(body),
    )


def _pointed(body: str) -> frozenset[str]:
    """Names numbered after a point ("BA.1 or BA.2", "XBB.1 and"): printed with two numbers
    or more, one of them before a lower-case word, as a name runs on in its sentence; a
    callout after a name's stop opens a new sentence ("in the USA.12 The")."""
    numbers: dict[str, set[str]] = {}
    running: set[str] = set()
    for match in _POINTED.finditer(body):
        numbers.setdefault(match[1], set()).add(match[2])
        if match[3]:
            running.add(match[1])
    return frozenset(name for name in running if len(numbers[name]) > 1)


def _naming(body: str) -> frozenset[str]:
    """Capitalised names glued to a digit that the article prints, somewhere, before a word
    they name ("RoseTTAFold2 models", "Wnt3 deletion"; two or three digits only after a
    capital inside, "ResNet50 backbone", "HPV16 oncogenes"): a tool's version or a gene, not a
    callout, which closes what it supports ("ColabFold3 predicted", "Wnt3 and"). Only a name
    with a capital inside ("RoseTTAFold") or printed with its digit twice or more ("Wnt3"): a
    person's name glued once to a callout may stand before a verb ("Smith3 suggests")."""
    named = {m[1] for m in _NAMING.finditer(body) if m[2] not in GOES_ON_WITH
             and m[2] not in _PLACES and not m[2].endswith(("ed", "ly"))}
    if not named:
        return frozenset()
    printed = Counter(m.group() for m in _NAMED_DIGIT.finditer(body))
    # two or three digits: printed twice, the one before a word not the only one ("MyNCBI77
    # allows": a callout before a verb)
    return frozenset(n for n in named if printed[n] >= 2 or not (
        n[1:].islower() or n[-2:].isdigit()))


def named_kind(body: str, name: str, at: int) -> str:
    """The kind of digits glued to a name the article prints before what it names
    ("RoseTTAFold2 models", "STK11 co-mutations"): "weak" (a version or a gene's number,
    unless the next new number by order), or "" where an acronym's print starts at `at` and
    the article printed it so before ("STK11 and KEAP1 predict" before "with STK11
    co-mutations", where 11 came next by order): a name used twice. A person's name is
    read again by `cited_again`."""
    if name[: len(name.rstrip("0123456789"))].isupper() and re.search(
            rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", body[:at]):
        return ""
    return "weak"


def cited_again(body: str, found: list[tuple[int, int]], naming: frozenset[str],
                ) -> list[tuple[int, int]]:
    """`found` with the later prints of a title-case name's digit ("Later, Kaplan2 notes")
    whose first print was read as a callout ("Kaplan2 suggests", the next number by order):
    a person cited twice, though the name goes before a word as a gene's does. Not where the
    first print is no callout ("Piezo1 knockout ... Piezo1 channels": a gene named twice)."""
    starts = {start for start, _ in found}
    again: set[tuple[int, int]] = set()
    for name in naming:
        if not name[1:].islower():
            continue  # "RoseTTAFold2": a tool's version however its first print reads
        prints = [m.end() - 1 for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?!\w)",
                                                   body)]
        if prints and prints[0] in starts:
            again.update((at, at + 1) for at in prints[1:] if at not in starts)
    return sorted({*found, *again}) if again else found


def _tokens(body: str) -> Counter[str]:
    """Names ending in digits printed on their own: "RO2", "CO2", "T4", "HM-302", "2007";
    not a lower-case word ("diabetes1" is a word and a citation)."""
    found: Counter[str] = Counter()
    for match in _WORDISH.finditer(body):
        word = match.group()
        if word[-1] not in _DIGITS and "-" not in word:  # most words: no name below
            continue
        # "CO2-rich" prints "CO2" on its own too: the parts before a hyphen, if short
        cuts = [i for i in range(min(len(word), HEAD_WINDOW)) if word[i] == "-"]
        for name in [word[:i] for i in cuts] + [word]:
            stem = name.rstrip("0123456789")
            if stem != name and ((not stem and len(name) >= 2) or (len(stem) <= 2 and (
                    stem.isalpha())) or any(c.isupper() or c.isdigit() for c in stem)):
                found[name] += 1
    return found


def _listing(body: str) -> Counter[str]:
    """Names ending in digits printed right before a list's comma or dash and its next
    number ("W/m232,36", "RO229–36"): a print whose last digits may open a glued callout,
    no evidence that the name ends in them."""
    return Counter(m.group() for m in _WORDISH.finditer(body)
                   if m.group()[-1] in _DIGITS and _LIST_NEXT.match(body, m.end()))


def formula(body: str, span: tuple[int, int], name: str, evidence: Evidence) -> bool:
    """"CH4", "NO3": a formula (`FORMULA`), `name` ending at `span`'s digits, where the
    article shows it as one: printed on its own again, or beside another formula in its
    paragraph ("CO2 and CH4"); a lone "PNS2" is an acronym and its digits may cite ("the
    CNS1 and the PNS2")."""
    if FORMULA.fullmatch(name) is None:
        return False
    if evidence.tokens[name] > 1:
        return True
    start = body.rfind("\n\n", 0, span[0]) + 1
    end = body.find("\n\n", span[1])
    paragraph = body[start : end if end >= 0 else len(body)]
    return any(found.group() != name for found in _FORMULA_WORD.finditer(paragraph))


def after_unit(before: str, first: int, after: str = "") -> str | None:
    """How digits glued to a unit that ends `before` read, `first` their first number,
    `after` the text after them: "5 mm2" is a power ("", never a callout), "400 m62" no
    unit's power ("weak"); after a slash they cite ("sure": "mg/kg13", "mg/kg1,8", "mg/kg3
    suppresses") unless a length or any one-letter unit is raised to 2 or 3 ("kg/m2",
    "g/cm3", "m/s2", "/d2") or a duration or "of" follows ("cells/ml3 months after", "mg/kg2
    of soil": a new quantity, or the unit's own matter); no unit: None."""
    if UNIT.search(before[-6:]):
        return "weak" if first > 3 else ""
    if unit := _PER_UNIT.search(before[-8:]):
        # a one-letter unit may be a variable ("2*SD2/d2")
        powered = unit.group(1) in _POWERED or len(unit.group(1)) == 1
        return "" if (first in (2, 3) and powered) or _QUANTITY_NEXT.match(after) else "sure"
    return None
