"""A string's tagger features as rows of the model's weight table, without the strings.

`tokens.features` describes each token by ~16 attribute strings ("w:smith", "b:,|smith",
"pos:3", ...), the form python-crfsuite trains on. Tagging from the weights only needs each
string's row in the table, so `rows` computes the same attributes, in the same order, as row
numbers: what depends on a token's text alone is looked up once per distinct text, and the
counters and flags are a handful of constants.
`tests/parse/test_crf.py` checks that the rows are those of `features`' strings.
"""

from __future__ import annotations

from itertools import pairwise

from claimcheck.parse.tokens import (
    _BEYOND,
    _POS,
    Token,
    _Facts,
    _facts,
    _running,
)

# Distinct token texts remembered per model before a cache starts over:
# a 10,000-reference list has some 60,000.
_LIMIT = 200_000


class Encoder:
    """Rows of one model's attributes, with the caches that make them cheap."""

    def __init__(self, attributes: dict[str, int]) -> None:
        self.row = attributes
        self.unknown = len(attributes)  # the zero row: an attribute the model never saw
        self._own: dict[str, tuple[_Facts, tuple[int, ...], tuple[int, ...]]] = {}
        self._fixed = {name: attributes.get(name, self.unknown)
                       for name in ("first", "last", "glue_a", "glue_b", *_POS)}

    def clear(self) -> None:
        """Forgets the token texts seen (the benchmarks time a cold start)."""
        self._own.clear()

    def rows(self, tokens: tuple[Token, ...], out: list[int], starts: list[int]) -> None:
        """Appends each token's attribute rows to `out` and where they start to `starts`,
        in the order of `tokens.features`, so the weights add up in crfsuite's order."""
        known = [self._known(token.text) for token in tokens]
        running = _running(tokens, [fact for fact, _, _ in known])
        row, unknown, fixed = self.row.get, self.unknown, self._fixed
        edge = (_BEYOND, (), self._seen(_BEYOND))
        # Per position (fact, own rows, rows as a neighbour), padded by two at either end.
        window = [edge, edge, *known, edge, edge]
        glued = [a.end == b.start for a, b in pairwise(tokens)]
        n = len(tokens)
        for i, counters in enumerate(running):
            starts.append(len(out))
            out.extend([row(a, unknown) for a in counters])
            far_before, before, (fact, own, _), after, far_after = window[i:i + 5]
            out.extend(own)
            out += (fixed[_POS[10 * i // n]], row(f"k:{before[0].kind}|{after[0].kind}", unknown),
                    row(f"b:{before[0].word}|{fact.word}", unknown), far_before[2][0],
                    before[2][1], after[2][2], far_after[2][3])
            if i == 0:
                out.append(fixed["first"])
            elif glued[i - 1]:
                out.append(fixed["glue_b"])
            if i + 1 == n:
                out.append(fixed["last"])
            elif glued[i]:
                out.append(fixed["glue_a"])

    def _known(self, text: str) -> tuple[_Facts, tuple[int, ...], tuple[int, ...]]:
        """A token text's facts, its own attribute rows and its word's rows as a neighbour."""
        known = self._own.get(text)
        if known is None:
            if len(self._own) > _LIMIT:
                self._own.clear()
            fact = _facts(text)
            own = tuple([self.row.get(a, self.unknown) for a in fact.attributes])
            known = self._own[text] = (fact, own, self._seen(fact))
        return known

    def _seen(self, fact: _Facts) -> tuple[int, ...]:
        return tuple([self.row.get(a, self.unknown) for a in fact.seen_from])
