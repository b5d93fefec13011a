"""A second look at a hard-wrapped list's uncertain boundaries: the entries on both sides.

The first pass (`boundary`) weighs each line boundary by the two lines around it and the entry
so far. An uncertain boundary (|score| below `UNSURE`) is weighed again here with what it would
make: the entry before it (from the previous start) and the entry after it (up to the next
start), measured against the entries of the same list that the first pass is sure of. A list
is written in one style, so when its sure entries nearly all hold a year, pages, a year right
after the authors or start with a name, a would-be entry without them is suspect; and an entry
twice as long as the list's usual one is rather two. The weights (`rescore_model.json`) are a
logistic regression fitted by `benchmarks/segment_rescore_train.py` on the first pass's own
output over the same training lists as the boundary table (tuning groups and synthetic lists;
never the GPL/LGPL sets). Linear: prefix counts give each entry's facts in constant time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from statistics import median_high
from types import MappingProxyType

from claimcheck.ingest.cues import end_shape, start_shape
from claimcheck.ingest.starts import COMPLETE, YEAR, author_led, strong_start
from claimcheck.ingest.weighing import read_table, weigh

MODEL = Path(__file__).with_name("rescore_model.json")  # benchmarks/segment_rescore_train.py
UNSURE = 4.0  # a first-pass score below this (either way) is weighed again
SURE = 2.0  # a start scored this or more is one the list's habits are read from
_EMPTY: Mapping[str, float] = MappingProxyType({})
_FEW = 6  # fewer sure entries than this say nothing about the list
_AUTHORS_SPAN = 60  # characters: a year this close to an entry's start follows its authors
FACTS = ("year", "pages", "early", "name", "stop")


@dataclass(frozen=True, slots=True)
class ListFacts:
    """Per line, prefix counts of lines with a year and with pages or a DOI; per line, whether
    an entry starting there has a year early and starts with a name; the list's sure entries'
    shares of each fact (None: too few) and their median number of lines (the upper of the
    two middle ones)."""

    years: tuple[int, ...]
    pages: tuple[int, ...]
    early: tuple[bool, ...]
    name: tuple[bool, ...]
    stop: tuple[bool, ...]
    shares: Mapping[str, float] | None
    median: float
    opens: Mapping[str, float]  # the share of sure entries that open with each start shape
    closes: Mapping[str, float]  # ... and whose last line ends with each end shape


def read(texts: list[str], starts: list[bool], scores: list[float]) -> ListFacts:
    """The facts of one list (`starts`, `scores`: the first pass's, one a line)."""
    if not texts:  # nothing to read: no entries, no shares
        return ListFacts((0,), (0,), (), (), (), None, 1.0, _EMPTY, _EMPTY)
    years, pages = _prefix(texts, YEAR), _prefix(texts, COMPLETE)
    early = tuple(bool(YEAR.search(_opening(texts, starts, k))) for k in range(len(texts)))
    name = tuple(author_led(text) or strong_start(text) for text in texts)
    stop = tuple(text.endswith(".") for text in texts)
    firsts = [k for k, start in enumerate(starts) if start or k == 0]
    spans = list(zip(firsts, [*firsts[1:], len(texts)], strict=True))
    sure = [(a, b) for a, b in spans if a == 0 or scores[a] >= SURE]
    shares = None
    if len(sure) >= _FEW:
        shares = MappingProxyType({
            "year": sum(years[b] > years[a] for a, b in sure) / len(sure),
            "pages": sum(pages[b] > pages[a] for a, b in sure) / len(sure),
            "early": sum(early[a] for a, _ in sure) / len(sure),
            "name": sum(name[a] for a, _ in sure) / len(sure),
            "stop": sum(stop[b - 1] for _, b in sure) / len(sure),
        })
    sizes = [b - a for a, b in sure] or [1]
    return ListFacts(years, pages, early, name, stop, shares, float(median_high(sizes)),
                     _shares([start_shape(texts[a]) for a, _ in sure]),
                     _shares([end_shape(texts[b - 1]) for _, b in sure]))


def _shares(shapes: list[str]) -> Mapping[str, float]:
    """The share of the list's sure entries that have each shape."""
    counts = Counter(shapes)
    return MappingProxyType({key: count / len(shapes) for key, count in counts.items()})


def _prefix(texts: list[str], pattern: re.Pattern[str]) -> tuple[int, ...]:
    """Prefix counts: out[k] is how many of the first k lines hold `pattern`, so that an
    entry's lines a..b-1 hold it when out[b] > out[a]."""
    out = [0]
    for text in texts:
        out.append(out[-1] + bool(pattern.search(text)))
    return tuple(out)


def _opening(texts: list[str], starts: list[bool], k: int) -> str:
    """The first `_AUTHORS_SPAN` characters of an entry that would start at line k."""
    text = texts[k]
    if len(text) < _AUTHORS_SPAN and k + 1 < len(texts) and not starts[k + 1]:
        text = f"{text} {texts[k + 1]}"
    return text[:_AUTHORS_SPAN]


def cues(facts: ListFacts, texts: list[str], scores: list[float], span: tuple[int, int, int]
         ) -> dict[str, float]:
    """The evidence for a start at line j, `span` = (p, j, n): the entry before would be
    lines p..j-1, the one after j..n-1 (p, n: the neighbouring starts)."""
    p, j, n = span
    score = scores[j]
    out = {"bias": 1.0, "score": max(-UNSURE, min(UNSURE, score)) / UNSURE,
           f"sb{round(score)}": 1.0, f"pv{_bucket(scores[j - 1]) if j > 1 else 'x'}": 1.0,
           f"nx{_bucket(scores[j + 1]) if j + 1 < len(scores) else 'x'}": 1.0}
    before = {"year": facts.years[j] > facts.years[p], "pages": facts.pages[j] > facts.pages[p],
              "early": facts.early[p], "name": facts.name[p], "stop": facts.stop[j - 1]}
    after = {"year": facts.years[n] > facts.years[j], "pages": facts.pages[n] > facts.pages[j],
             "early": facts.early[j], "name": facts.name[j], "stop": facts.stop[n - 1]}
    for fact in FACTS:
        habit = "n" if facts.shares is None else str(min(int(facts.shares[fact] * 10) // 3, 3))
        out[f"{fact}{habit}|a{before[fact]:d}b{after[fact]:d}"] = 1.0
    if facts.shares is not None:
        out[f"open{_share(facts.opens.get(start_shape(texts[j]), 0.0))}"] = 1.0
        out[f"close{_share(facts.closes.get(end_shape(texts[j - 1]), 0.0))}"] = 1.0
    out["B" + "".join(str(int(after[fact])) for fact in FACTS)] = 1.0
    out["A" + "".join(str(int(before[fact])) for fact in FACTS)] = 1.0
    sizes = (_size(j - p, facts.median), _size(n - j, facts.median), _size(n - p, facts.median))
    out[f"len|a{sizes[0]}b{sizes[1]}"] = 1.0
    out[f"len|ab{sizes[2]}"] = 1.0
    return out


def _share(share: float) -> int:
    """A share as a bucket: 0 (none), then 1 to 4 by quarters."""
    return 0 if share == 0 else 1 + min(int(share * 4), 3)


def _bucket(score: float) -> int:
    """A neighbouring boundary's score, coarsely: -2 (surely none) to 2 (surely a start)."""
    return max(-2, min(2, round(score / 2)))


def _size(lines: int, median: float) -> str:
    """An entry's length against the list's median: s(hort), m(edian), l(ong), x (twice+)."""
    ratio = lines / median
    return "s" if ratio < 0.6 else "m" if ratio < 1.6 else "l" if ratio < 2.6 else "x"


@cache
def weights() -> Mapping[str, float]:
    """The weight of every cue (positive: starts an entry), read once a process."""
    return read_table(MODEL)


def uncertain(starts: list[bool], scores: list[float]) -> list[tuple[int, int, int]]:
    """(p, j, n) for every uncertain boundary j: the nearest other starts before and after."""
    size = len(starts)
    previous, last = [0] * size, 0
    for k in range(size):
        previous[k] = last
        if starts[k]:
            last = k
    following, nxt = [size] * size, size
    for k in range(size - 1, -1, -1):
        following[k] = nxt
        if starts[k]:
            nxt = k
    return [(previous[j], j, following[j]) for j in range(1, size)
            if abs(scores[j]) < UNSURE]


def revise(texts: list[str], starts: list[bool], scores: list[float]) -> list[bool]:
    """The start flags with every uncertain boundary weighed again (`scores`: first pass)."""
    if len(texts) < 2:
        return starts
    facts = read(texts, starts, scores)
    if facts.shares is None:  # too few sure entries to weigh the others against
        return starts
    out, table = list(starts), weights()
    for span in uncertain(starts, scores):
        j = span[1]
        if not starts[j] and url_rest(texts[j - 1], texts[j]):
            continue  # the entries on both sides do not outweigh a URL cut in two
        out[j] = weigh(table, cues(facts, texts, scores, span)) > 0
    return out


def url_rest(prev: str, text: str) -> bool:
    """`prev` ends inside a URL and `text` goes on with its rest (".theguardian.com/...",
    "-americans-seeking-refuge..."; a dash bullet "- V. G..." has its space): no entry opens
    so, whatever the entries around would be."""
    if not _URL_REST.match(text) or _OPENS_ENTRY.match(text):
        return False
    # the cut URL is the line's last word: searched there, not from every "www." before it
    last_word = prev[prev.rfind(" ") + 1:] if not prev[-1:].isspace() else ""
    return bool(_URL_CUT.search(last_word))


_URL_CUT = re.compile(r"(?:https?://|www\.)\S*$")  # the line ends inside a URL
_URL_REST = re.compile(r"^[./_~?=&#%-][\w/.%-]")  # ... and the next goes on with its rest
# ... unless it opens as entries do: an emphasised title ("_Oxford English Dictionary_. 2020."),
# the same-author dash ("---. 2019.", "-. (2021).") or an ellipsis ("...And Justice for All")
_OPENS_ENTRY = re.compile(r"^(?:[_*][^\s_*][^_*\s]*+\s[^_*]*+[_*](?:\W|$)|-{1,3}[.,]|\.\.\.\s?\w)")
