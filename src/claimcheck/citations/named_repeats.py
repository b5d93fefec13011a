"""A callout cited again and glued to a name the article prints on its own: "not using any
ID20." (after "an ID quickly" and an earlier callout 20), "binds via its N-terminus to
GLP1R33." (after "GLP1R binds"), "inhibited using PP215." (after "PP2 inhibits").

Plain text keeps a raised callout's digits glued to the word before, and a name may end in
digits as well ("CD44", "PM10", "BRCA2"), so `superscripts.py` believes digits glued to a
name only as the next new number of first-citation order; a number cited again never is.
Here the article itself says that the digits are no part of the name, and the order that
they cite:

- every number they name was read as a callout before them, and each has two or three
  digits (one digit ends too many names: "BRCA2", "ICAM1");
- the name alone, without these digits, is printed elsewhere in the body, and more often
  than with them ("ID" nine times beside two "ID20."; not "PM" once beside two "PM10."); a
  name ending in digits takes the split the article prints ("PP2" of "PP215");
- the name with these digits stands only before a mark that closes a clause (". , ; :"),
  wherever the article prints it: a name printed before what it names ("CD44 expression",
  "PM10 levels") is a name;
- the name is glued to no other number of two digits or more (a series numbered past 9,
  "IL10" beside "IL17", names its members), and no link, unit, label or formula holds the
  digits (`never_glued.never`).
"""

from __future__ import annotations

import re
from collections import Counter

from claimcheck.citations.after_marks import only_after
from claimcheck.citations.glued_words import FORMULA, UNIT
from claimcheck.citations.never_glued import never
from claimcheck.citations.sequence import numbers_of

# a name (a letter first, then letters or digits) and two to five digits glued to its end,
# then a clause's mark; not after a point or a slash ("X/M58", "v2.15"), which
# `superscripts.py` weighs
_GLUED = re.compile(r"(?<![\w\-./])(?P<name>[^\W\d_]\w*?)(?P<digits>\d{2,5})"
                    r"(?=[.,;:](?!\d)|\s*$)")
_CLOSES = re.compile(r"[.,;:](?!\d)|\s*$")
_TOKEN = re.compile(r"(?<![\w\-])[^\W\d_]\w*(?![\w\-])")
# (the digits start where a run of digits does and are taken whole: else each digit of a long
# run followed by a letter starts a try that runs to its end, quadratic in the run)
_NAMED = re.compile(r"(?<![\w\-])(?P<name>[^\W\d_]\w*?)(?<!\d)(?P<digits>\d++)(?!\w)")

Prints = dict[str, list[tuple[str, bool, int]]]


def named_repeats(body: str, found: list[tuple[int, int]], count: int,
                  ) -> list[tuple[int, int]]:
    """`found` and the repeats glued to a name the article prints on its own (see above)."""
    first: dict[int, int] = {}
    for start, end in found:
        for n in numbers_of(body[start:end]):
            first.setdefault(n, start)
    if not first:
        return found
    bare = Counter(_TOKEN.findall(body))
    prints = _prints(body)
    taken = {i for start, end in found for i in range(start, end)}
    habits: dict[str, _Habit] = {}  # each name's prints, summed once
    added = []
    after = only_after(body)  # "mice.12 The": a name's digits before a stop or a comma
    for match in _GLUED.finditer(body):
        name, digits = match.group("name", "digits")
        if after and body[match.end() : match.end() + 1] in (".", ","):
            continue
        for k in range(len(digits) - 1):
            head, tail, start = name + digits[:k], digits[k:], match.start("digits") + k
            if start in taken or not _a_name(head, body, start) or not _repeat(
                    body, (start, match.end()), tail, first, count):
                continue
            if head not in habits:
                habits[head] = _habit(prints.get(head, []), taken)
            glued, opening, others = habits[head]
            # printed bare more often than with these digits, never before a word with
            # them, and with no other number of two digits or more that is no callout
            # and printed with them at most twice: three prints are a name's (as
            # `never_glued` says of any glued digits), not one work cited three times
            if (bare[head] > glued[tail] and glued[tail] < 3 and tail not in opening
                    and not others - {tail}):
                added.append((start, match.end()))
                break
    return sorted(found + added) if added else found


# a name's prints: how often with each number, the numbers printed before anything but a
# clause's mark, the numbers printed where no callout was read ("PM2.5", "CD4+")
_Habit = tuple[Counter[str], set[str], set[str]]


def _habit(prints: list[tuple[str, bool, int]], taken: set[int]) -> _Habit:
    glued: Counter[str] = Counter()
    opening: set[str] = set()
    others: set[str] = set()
    for digits, closes, at in prints:
        glued[digits] += 1
        if not closes:
            opening.add(digits)
        if at not in taken:  # "PM2.5" beside "PM10", "CD4+" beside "CD14": a family
            others.add(digits)
    return glued, opening, others


def _prints(body: str) -> Prints:
    """Each name printed with digits glued to its end, split at every digit of that run:
    the digits after the name and whether a clause's mark follows them ("CD44 expression":
    "CD" with "44", "CD4" with "4", neither closing)."""
    prints: Prints = {}
    for match in _NAMED.finditer(body):
        name, digits = match.group("name", "digits")
        closes = _CLOSES.match(body, match.end()) is not None
        for k in range(min(len(digits), 5)):
            prints.setdefault(name + digits[:k], []).append(
                (digits[k:], closes, match.start("digits") + k))
    return prints


def _a_name(head: str, body: str, start: int) -> bool:
    """Whether `head` is a name of two characters or more with a capital or a digit after
    its first ("ID", "GLP1R", "PP2"; a lower-case or title-case word is weighed by
    `superscripts.py`, which refuses its digits only for a reason), and no unit or formula
    ends at `start` ("5 mm12", "CO2")."""
    return len(head) >= 2 and any(c.isupper() or c.isdigit() for c in head[1:]) and not (
        UNIT.search(body, max(0, start - 6), start) or FORMULA.fullmatch(head + "2"))


def _repeat(body: str, span: tuple[int, int], tail: str, first: dict[int, int],
            count: int) -> bool:
    """Whether `tail` at `span` names a number cited before it, and nothing holds it."""
    if len(tail) > 3 or tail[0] == "0" or int(tail) > count:
        return False
    if first.get(int(tail), span[0]) >= span[0]:
        return False
    return not never(body, span, body[max(0, span[0] - 24) : span[0]])
