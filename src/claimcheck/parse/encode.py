"""A batch of strings' state scores (per token and label) from the model's weights, computed
as `tokens.features` describes the tokens, without building the feature strings.

`tokens.features` describes each token by ~16 attribute strings ("w:smith", "b:,|smith",
"pos:3", "w-1:j", ...), the form python-crfsuite trains on, and a token's score for a label
is the sum of its attributes' weights. Most of those attributes depend on one token text
alone (its own, and its word as seen from a neighbour), so each distinct text is looked up
once per process and its weights kept summed; the rest (position, counters, neighbours'
kinds, the word pair, glue) are a few table lookups per token that numpy gathers for the
whole batch. The sums are the same as crfsuite's up to the order of addition (last-bit
differences; `tests/parse/test_crf.py` checks labels and marginals against crfsuite's).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from claimcheck.parse.tokens import _BEYOND, _POS, Token, _Facts, _facts, _running

# Distinct token texts remembered per model before the table starts over (a 10,000-reference
# list has some 60,000).
_LIMIT = 200_000


class Encoder:
    """One model's weights arranged per token text, growing as texts are met."""

    def __init__(self, attributes: dict[str, int], state: Any) -> None:
        self.row = attributes
        self.state = state  # (attributes + 1, labels); the last row, zeros, is "unknown"
        self.unknown = len(attributes)
        self._fixed = np.array([attributes.get(name, self.unknown)
                                for name in ("first", "glue_b", "last", "glue_a", *_POS)])
        self._counters: dict[tuple[str, ...], int] = {}
        self._kinds: dict[str, int] = {}
        self.clear()

    def clear(self) -> None:
        """Forgets the token texts met (the benchmarks time a cold start)."""
        labels = self.state.shape[1]
        self._index: dict[str, int] = {}
        self._facts: list[_Facts] = [_BEYOND]  # text 0 stands beyond either end of a string
        self._words: list[str] = [_BEYOND.word]
        self._ready = 0  # texts whose rows below are filled in
        self._own = np.zeros((1024, labels))  # summed weights of a text's own attributes
        self._seen = np.zeros((1024, 4), dtype=np.int64)  # rows of "w-2:word" ... "w+2:word"
        self._kind = np.zeros(1024, dtype=np.int64)
        self._counter_sums = np.zeros((0, labels))
        self._counters.clear()

    def scores(self, strings: list[tuple[Token, ...]]) -> Any:
        """State scores, (tokens of all strings in turn, labels)."""
        if len(self._facts) > _LIMIT:
            self.clear()
        texts = [[self._text(token.text) for token in tokens] for tokens in strings]
        self._grow()
        lengths = np.array([len(ids) for ids in texts])
        first = np.repeat(np.cumsum(lengths) - lengths, lengths)  # each token's string's start
        place = np.arange(len(first)) - first  # each token's place in its string
        padded = np.array([u for ids in texts for u in (0, 0, *ids, 0, 0)], dtype=np.int64)
        at = np.arange(len(first)) + 4 * np.repeat(np.arange(len(texts)), lengths) + 2
        seen, kind = self._seen[padded], self._kind[padded]
        state = self.state
        total = self._own[padded[at]] + self._counters_of(strings, texts)
        for chosen in (seen[at - 2, 0], seen[at - 1, 1], seen[at + 1, 2], seen[at + 2, 3],
                       self._kind_pairs[kind[at - 1], kind[at + 1]], self._pairs(texts),
                       self._fixed[4 + 10 * place // np.repeat(lengths, lengths)]):
            total += state[chosen]
        ends = np.array([t[2] for tokens in strings for t in tokens])
        begins = np.array([t[1] for tokens in strings for t in tokens])
        glued = np.r_[ends[:-1] == begins[1:], False]  # token k to token k + 1
        last = place + 1 == np.repeat(lengths, lengths)
        flags = (place == 0, (place > 0) & np.r_[False, glued[:-1]], last, ~last & glued)
        for row, on in zip(self._fixed[:4], flags, strict=True):
            total[on] += state[row]
        return total

    def _text(self, text: str) -> int:
        known = self._index.get(text)
        if known is None:
            known = self._index[text] = len(self._facts)
            fact = _facts(text)
            self._facts.append(fact)
            self._words.append(fact.word)
        return known

    def _grow(self) -> None:
        """Fills in the rows of the texts met since the last call."""
        new = self._facts[self._ready:]
        size = len(self._facts)
        if not new:
            return
        if size > len(self._kind):
            grown = max(size, 2 * len(self._kind))
            self._own = np.resize(self._own, (grown, self._own.shape[1]))
            self._seen = np.resize(self._seen, (grown, 4))
            self._kind = np.resize(self._kind, grown)
        row, unknown = self.row.get, self.unknown
        rows = [[row(a, unknown) for a in fact.attributes] or [unknown] for fact in new]
        starts = np.cumsum([0] + [len(r) for r in rows])[:-1]
        flat = [r for own in rows for r in own]
        self._own[self._ready:size] = np.add.reduceat(self.state[flat], starts, axis=0)
        self._seen[self._ready:size] = [[row(a, unknown) for a in fact.seen_from]
                                        for fact in new]
        self._kind[self._ready:size] = [self._kind_id(fact.kind) for fact in new]
        self._ready = size

    def _kind_id(self, kind: str) -> int:
        known = self._kinds.get(kind)
        if known is None:
            known = self._kinds[kind] = len(self._kinds)
            row, unknown = self.row.get, self.unknown
            self._kind_pairs = np.array([[row(f"k:{a}|{b}", unknown) for b in self._kinds]
                                         for a in self._kinds])
        return known

    def _pairs(self, texts: list[list[int]]) -> Any:
        """Rows of each token's "b:before|word" pair."""
        row, unknown, words = self.row.get, self.unknown, self._words
        out: list[int] = []
        for ids in texts:
            now = [words[u] for u in ids]
            out += [row(f"b:{a}|{b}", unknown) for a, b in zip(["", *now], now, strict=False)]
        return np.array(out, dtype=np.int64)

    def _counters_of(self, strings: list[tuple[Token, ...]], texts: list[list[int]]) -> Any:
        """Summed weights of each token's running counters ("periods:1", "paren", ...)."""
        index, facts = self._counters, self._facts
        out: list[int] = []
        for tokens, ids in zip(strings, texts, strict=True):
            for counters in _running(tokens, [facts[u] for u in ids]):
                key = tuple(counters)
                known = index.get(key)
                if known is None:
                    known = index[key] = len(index)
                    rows = [self.row.get(a, self.unknown) for a in key]
                    self._counter_sums = np.vstack([self._counter_sums,
                                                    self.state[rows].sum(axis=0)])
                out.append(known)
        return self._counter_sums[out]
