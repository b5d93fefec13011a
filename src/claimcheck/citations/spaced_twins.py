"""Spaced digits printed again after the same word. A callout printed twice: "in deficient
subjects 8 and ... as in deficient subjects 8." One digit after the same word twice is
mostly a label ("source data 1", "Protocol 1"), so `citations.spaced` reads such a pair only
from 2 on, after a lower-case word, each print closing its clause, and its first print only
as a new number the next group carries on from (`believed`'s "twin"); the later prints
follow the first (`twins`). Numbers counting on after the same two words, each in its own
sentence ("along transect 7. ... along transect 8,"), are the article's own labels
(`counting_on`).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from claimcheck.citations.spaced_after import SENTENCE_STOP, closes


def pair_key(body: str, match: re.Match[str]) -> str:
    """The word before and the digits: "data 1" printed twice is a label ("source data 1",
    "Protocol 1"; labels count from 1, so only one digit), since a callout seldom follows the
    same word twice ("Kavoosi and Rowshan 10" may)."""
    word = re.search(r"\S*$", body[max(0, match.start() - 24) : match.start()])
    return (word.group() if word else "") + " " + match.group("list")


def cited_twice(body: str, matches: list[re.Match[str]], pairs: Counter[str]) -> set[int]:
    """The first prints of the pairs a callout may make (a lower-case word and one digit
    from 2 on, printed so twice or more, each print closing its clause in a sentence of its
    own, none counting on from another number: "in deficient subjects 8 and ... as in
    deficient subjects 8."): read as a new number, and the later prints then with it
    (`twins`). "source data 1" and "Protocol 1" count from 1."""
    prints: dict[str, list[re.Match[str]]] = {}
    for match in matches:
        if pairs.get(key := pair_key(body, match), 0) > 1:
            prints.setdefault(key, []).append(match)
    return {found[0].start("list") for found in prints.values() if found[0].group("list") != "1"
            and word_before(body, found[0].start())[:1].islower()
            and all(closes(body, m.end("list")) for m in found) and _apart(body, found)
            } - counting_on(body, matches)  # "Gleason score 8" twice beside "score 7": labels


def _apart(body: str, prints: list[re.Match[str]]) -> bool:
    """Each print in a sentence of its own: "after cycle 6, and treatment was stopped after
    cycle 6." names the cycle twice, where a sentence seldom cites one work twice."""
    return all(SENTENCE_STOP.search(body, first.end("list"), later.start())
               for first, later in pairwise(prints))


def counting_on(body: str, matches: list[re.Match[str]]) -> set[int]:
    """Single numbers after the same two words as the number one below or above them
    anywhere in the article ("lost from donor 9. ... excluded from donor 10", "Gleason score
    7 ... Gleason score 8"; `spaced.labels` reads only one sentence): the article's own
    labels counting on, where the next group carrying on is no citation order, so
    `citations.spaced` reads them only as the next new number ("shown in mice 5. ...
    confirmed in mice 6" cite). After a plural ("in patients 5 ... in patients 6") or other
    words ("in yeast 10 and in plants 11", "Parkinson disease 12 and Huntington disease
    13") each may cite as far as its reach allows."""
    keyed: dict[tuple[str, str], dict[int, list[int]]] = {}
    for match in matches:
        words = _TWO_WORDS.search(body, max(0, match.start() - 40), match.start())
        if match.group("list").isdigit() and words and not words[2].endswith("s"):
            numbers = keyed.setdefault((words[1].lower(), words[2].lower()), {})
            numbers.setdefault(int(match.group("list")), []).append(match.start("list"))
    return {start for numbers in keyed.values() for n, starts in numbers.items()
            if n - 1 in numbers or n + 1 in numbers for start in starts}


_TWO_WORDS = re.compile(r"\b([^\W\d_]+)[ \u00a0\n]+([^\W\d_]+)$")


def later_prints(body: str, matches: list[re.Match[str]], found: list[tuple[int, int]],
                 ) -> list[tuple[int, int]]:
    """The later prints of the pairs whose first print `found` holds (`cited_twice`: "as
    in deficient subjects 8." after "in deficient subjects 8 and" was read); `matches`:
    the article's spaced digits."""
    matches = [m for m in matches if len(m.group("list")) == 1]
    pairs = Counter(pair_key(body, m) for m in matches)
    starts = {start for start, _ in found} & cited_twice(body, matches, pairs)
    firsts: dict[str, bool] = {}
    again = []
    for match in matches:
        key = pair_key(body, match)
        if key not in firsts:
            firsts[key] = match.start("list") in starts  # read, and a pair that may cite
        elif firsts[key] and match.start("list") not in starts and closes(body, match.end("list")):
            again.append(match.span("list"))
    return again


def word_before(body: str, space: int) -> str:
    """The word of letters right before the space at `space` ("" after a mark)."""
    word = re.search(r"[^\W\d_]*$", body[max(0, space - 24) : space])
    return word.group() if word else ""
