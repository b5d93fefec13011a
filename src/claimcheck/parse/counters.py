"""The tagger's running counters ("periods:2", "segments:1", "seen_year", "paren", "quote",
"seen_in"; `tokenfeatures._running` says what each counts) for a whole batch of strings at
once, in numpy, as one id per token into a table of their summed weights.

`tokenfeatures._running` walks each string token by token, which the crfsuite path keeps;
here the same counts come from cumulative sums over the batch, restarted at each string's
start, so that no Python runs per token. Every combination of the counters (6 x 5 x 2^4) has its
weights summed once per model, in the order `_running` lists the attributes, so the sums are
the very same numbers.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from claimcheck.parse.tokenfeatures import PERIODS, QUOTES, SEGMENTS

# What `_running` reads from a token text: one of these classes, and four flags.
NONE, PERIOD, OPEN, CLOSE, QUOTE = range(5)
_FLAGS = (b"seen_year", b"paren", b"quote", b"seen_in")  # in `_running`'s order
_PLAIN = frozenset({"", ".", ",", ":", ";"})  # what may come before an "In" that opens a part


def text_class(text: str) -> int:
    """The class `_running` tests a token text for, in its order (a full stop first)."""
    if text == ".":
        return PERIOD
    if text in "([":
        return OPEN
    if text in ")]":
        return CLOSE
    return QUOTE if text in QUOTES else NONE


def text_traits(text: str, kind: str) -> int:
    """Its class, and bits for: a year (8), longer than one character (16), "in" (32), may
    come before an opening "In" (64)."""
    if len(text) > 2:  # most texts: of no class (each is at most two characters), not "in"
        return (kind == "year") << 3 | 16
    return (text_class(text) | (kind == "year") << 3 | (len(text) > 1) << 4
            | (text.lower() == "in") << 5 | (text in _PLAIN) << 6)


def texts_traits(texts: list[str], kinds: list[str]) -> list[int]:
    """`text_traits` of each text, the long texts' (most) without a call each: their traits
    are `text_traits`' first branch, written again here on purpose (a call per token was the
    cost this saves); the two must stay in step (tests/parse/test_counters.py compares them)."""
    return [(kind == "year") << 3 | 16 if len(text) > 2 else text_traits(text, kind)
            for text, kind in zip(texts, kinds, strict=True)]


def table(row: Any, unknown: int, state: Any) -> Any:
    """Summed weights of every combination, (6 * 5 * 16, labels), indexed as `combination`.
    Each sum adds its rows in `_running`'s order, one after another (numpy reduces an outer
    axis so), and the unknown row's zeros after them, which change no sum."""
    rows = []
    for periods in PERIODS:
        for segments in SEGMENTS:
            for bits in range(16):
                names = [periods, segments] + [f for k, f in enumerate(_FLAGS) if bits >> 3 - k & 1]
                rows.append([row(a, unknown) for a in names] + [unknown] * (6 - len(names)))
    return state[np.array(rows)].sum(axis=1)


def _before(flags: Any, first: Any) -> Any:
    """Per token, how many tokens before it in its string have the flag."""
    total = np.cumsum(flags, dtype=np.int64) - flags
    return total - total[first]


def _open_brackets(step: Any, first: Any, strings: Any) -> Any:
    """Per token, whether a bracket opened before it in its string is still open; a closing
    bracket with none open counts nothing (a walk held at zero: the sum so far less the
    lowest it reached below zero)."""
    total = np.cumsum(step, dtype=np.int64)
    inside = total - (total - step)[first]  # the sum up to and with each token
    # The lowest sum so far within each string: earlier strings are lifted out of reach.
    lift = (strings[-1] + 1 - strings) * (2 * len(step) + 2)
    lowest = np.minimum.accumulate(inside + lift) - lift
    held = inside - np.minimum(lowest, 0)
    before = np.r_[0, held[:-1]]
    return (before > 0) & (first != np.arange(len(step)))


def combination(traits: Any, ids: Any, first: Any, strings: Any) -> Any:
    """Per token (`ids` into `traits`, each text's `text_traits`; `first`, the index of each
    token's string's first token; `strings`, its string's number), the row of `table`
    holding its counters."""
    coded = traits[ids]
    kind, year, long, word_in, plain = (coded & 7, coded >> 3 & 1, coded >> 4 & 1,
                                        coded >> 5 & 1, coded >> 6 & 1)
    opens = first == np.arange(len(ids))
    period = kind == PERIOD
    after_long = np.r_[False, long[:-1].astype(bool)] & ~opens
    after_plain = np.r_[True, plain[:-1].astype(bool)] | opens
    periods = np.minimum(_before(period, first), 5)
    segments = np.minimum(_before(period & after_long, first), 4)
    bits = ((_before(year, first) > 0) * 8
            + _open_brackets((kind == OPEN).astype(np.int64) - (kind == CLOSE), first,
                             strings) * 4
            + (_before(kind == QUOTE, first) % 2) * 2
            + (_before(after_plain & (word_in == 1), first) > 0))
    return periods * 80 + segments * 16 + bits
