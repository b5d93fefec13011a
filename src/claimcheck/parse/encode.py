"""A batch of strings' state scores (per token and label) from the model's weights, computed
as `tokenfeatures.features` describes the tokens, without building the feature strings.

`tokenfeatures.features` describes each token by ~16 attribute strings ("w:smith", "b:,|smith",
"pos:3", "w-1:j", ...), the form python-crfsuite trains on, and a token's score for a label
is the sum of its attributes' weights. Most of those attributes depend on one token text
alone (its own, and its word as seen from a neighbour), so each distinct text is looked up
once per process and its weights kept summed; the rest (position, counters, neighbours'
kinds, the word pair, glue) are a few table lookups per token that numpy gathers for the
whole batch. The sums are the same as crfsuite's up to the order of addition (last-bit
differences; `tests/parse/test_crf.py` checks labels and marginals against crfsuite's).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, repeat
from operator import add, itemgetter
from typing import Any

import numpy as np

from claimcheck.parse import counters
from claimcheck.parse.tokenfeatures import _BEYOND, _POS, _Facts, _facts
from claimcheck.parse.tokens import Token

# Distinct token texts remembered per model before the table starts over (a 10,000-reference
# list has some 60,000).
_LIMIT = 200_000


class Encoder:
    """One model's weights arranged per token text, growing as texts are met."""

    def __init__(self, attributes: dict[bytes, int], state: Any) -> None:
        self.row = attributes
        self.state = state  # (attributes + 1, labels); the last row, zeros, is "unknown"
        self.unknown = len(attributes)
        self._fixed = np.array([attributes.get(name, self.unknown)
                                for name in (b"first", b"glue_b", b"last", b"glue_a", *_POS)])
        self._kinds: dict[str, int] = {}
        self._counter_sums = counters.table(attributes.get, self.unknown, state)
        self.clear()

    def clear(self) -> None:
        """Forgets the token texts met (the benchmarks time a cold start)."""
        labels = self.state.shape[1]
        self._index: dict[str, int] = {}
        self._facts: list[_Facts] = [_BEYOND]  # text 0 stands beyond either end of a string
        self._texts: list[str] = [""]
        self._words: list[bytes] = [_BEYOND.word]
        self._lefts: list[bytes] = [_BEYOND.pair_left]  # a word pair's name up to its right word
        self._ready = 0  # texts whose rows below are filled in
        self._own = np.zeros((1024, labels))  # summed weights of a text's own attributes
        self._seen = np.zeros((1024, 4), dtype=np.int64)  # rows of "w-2:word" ... "w+2:word"
        self._kind = np.zeros(1024, dtype=np.int64)
        self._traits = np.zeros(1024, dtype=np.int64)  # counters.text_traits

    def scores(self, strings: list[tuple[Token, ...]]) -> Any:
        """State scores, (tokens of all strings in turn, labels)."""
        if len(self._facts) > _LIMIT:
            self.clear()
        # Every token's text, start and end (a Token is a tuple of the three).
        flat = list(chain.from_iterable(strings))
        texts = list(map(itemgetter(0), flat))
        # (numpy arrays made by `fromiter`: `np.array` of a list asks each item its type)
        begins, ends = (np.fromiter(map(itemgetter(k), flat), np.int64, len(flat)) for k in (1, 2))
        ids = self._ids(texts)
        self._grow()
        lengths = np.array([len(tokens) for tokens in strings])
        strings_of = np.repeat(np.arange(len(strings)), lengths)  # each token's string
        first = np.repeat(np.cumsum(lengths) - lengths, lengths)  # each token's string's start
        place = np.arange(len(first)) - first  # each token's place in its string
        at = np.arange(len(first)) + 4 * strings_of + 2
        padded = np.zeros(len(first) + 4 * len(strings), dtype=np.int64)
        padded[at] = ids
        seen, kind = self._seen[padded], self._kind[padded]
        state = self.state
        combination = counters.combination(self._traits, ids, first, strings_of)
        # (rows gathered by `take`, a third cheaper than indexing by an array: the same copy)
        total = np.take(self._own, ids, axis=0)
        total += np.take(self._counter_sums, combination, axis=0)
        for chosen in (seen[at - 2, 0], seen[at - 1, 1], seen[at + 1, 2], seen[at + 2, 3],
                       self._kind_pairs[kind[at - 1], kind[at + 1]], self._pairs(ids, first),
                       self._fixed[4 + 10 * place // np.repeat(lengths, lengths)]):
            total += np.take(state, chosen, axis=0)
        glued = np.r_[ends[:-1] == begins[1:], False]  # token k to k + 1
        last = place + 1 == np.repeat(lengths, lengths)
        flags = (place == 0, (place > 0) & np.r_[False, glued[:-1]], last, ~last & glued)
        for row, on in zip(self._fixed[:4], flags, strict=True):
            total[np.flatnonzero(on)] += state[row]  # (by index: cheaper than by a mask)
        return total

    def _ids(self, texts: Sequence[str]) -> Any:
        """The id of each token text, new texts numbered in the order first met."""
        ids = list(map(self._index.get, texts))
        if None in ids:
            self._meet(list(dict.fromkeys([text for text, known in zip(texts, ids, strict=True)
                                           if known is None])))
            ids = list(map(self._index.__getitem__, texts))
        return np.fromiter(ids, np.int64, len(ids))

    def _meet(self, new: list[str]) -> None:
        """Numbers texts not met before, in turn, and keeps their facts (all at once: one
        call a text cost more than the facts' own work)."""
        facts = list(map(_facts, new))
        self._index.update(zip(new, range(len(self._facts), len(self._facts) + len(new)),
                               strict=True))
        self._facts += facts
        self._texts += new
        words = [fact.word for fact in facts]
        self._words += words
        self._lefts += [fact.pair_left for fact in facts]

    def _grow(self) -> None:
        """Fills in the rows of the texts met since the last call."""
        new = self._facts[self._ready:]
        size = len(self._facts)
        if not new:
            return
        if size > len(self._kind):
            grown = max(size, 2 * len(self._kind))
            tables = (self._own, self._seen, self._kind, self._traits)
            self._own, self._seen, self._kind, self._traits = (_longer(t, grown) for t in tables)
        row, unknown = self.row.get, self.unknown
        # One lookup per attribute, all in one `map` (b"\0", for a text without attributes,
        # is an unknown row: no attribute holds a NUL, the model file ends each with one;
        # reduceat needs one row per text).
        owned = [fact.attributes or (b"\0",) for fact in new]
        starts = np.cumsum([0] + [len(a) for a in owned])[:-1]
        flat = np.fromiter(map(row, chain.from_iterable(owned), repeat(unknown)), np.int64)
        self._own[self._ready:size] = np.add.reduceat(np.take(self.state, flat, axis=0), starts,
                                                      axis=0)
        seen = list(map(row, chain.from_iterable(fact.seen_from for fact in new), repeat(unknown)))
        self._seen[self._ready:size] = np.fromiter(seen, np.int64, len(seen)).reshape(-1, 4)
        kinds = [fact.kind for fact in new]
        known = list(map(self._kinds.get, kinds, repeat(-1)))
        if -1 in known:  # a kind not met before (rarely)
            known = [self._kind_id(kind) for kind in kinds]
        self._kind[self._ready:size] = known
        self._traits[self._ready:size] = counters.texts_traits(self._texts[self._ready:size], kinds)
        self._ready = size

    def _kind_id(self, kind: str) -> int:
        known = self._kinds.get(kind)
        if known is None:
            known = self._kinds[kind] = len(self._kinds)
            row, unknown = self.row.get, self.unknown
            self._kind_pairs = np.array([[row(f"k:{a}|{b}".encode(), unknown)
                                          for b in self._kinds] for a in self._kinds])
        return known

    def _pairs(self, ids: Any, first: Any) -> Any:
        """Rows of each token's "b:before|word" pair (the word before a string's first is
        "", text 0's): each distinct pair of texts of the batch formatted and looked up once,
        by `map`, without Python per token (a table of the model's 9,000 pairs cost more to
        build, once per process, than a 10,000-entry list spends here)."""
        before = np.r_[0, ids[:-1]]
        before[first == np.arange(len(ids))] = 0
        size = len(self._words)
        pairs, where = np.unique(before * size + ids, return_inverse=True)
        # ("b:left|" kept per text: a concatenation costs half a format)
        names = map(add, map(self._lefts.__getitem__, (pairs // size).tolist()),
                    map(self._words.__getitem__, (pairs % size).tolist()))
        rows = np.fromiter(map(self.row.get, names, repeat(self.unknown)), np.int64, len(pairs))
        return rows[where.reshape(-1)]


def _longer(table: Any, rows: int) -> Any:
    """`table` with room for `rows` rows, the old ones copied, the new ones zeros (`np.resize`
    filled them by repeating the old ones; each is written before it is read)."""
    out = np.zeros((rows, *table.shape[1:]), dtype=table.dtype)
    out[:len(table)] = table
    return out
