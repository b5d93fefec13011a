"""The sequence tagger: a linear-chain CRF that labels each token, and how sure it is.

The model is trained with python-crfsuite (`benchmarks/parse_train.py` rebuilds it from the
shared labelled reference strings) and ships in the package in crfsuite's file format. A long
list is tagged by crfsuite's arithmetic done in numpy from that file's weights (`crf`,
`encode`), many strings at once; a short one by crfsuite itself, because importing numpy and
reading the weights (~400 M instructions, once per process) cost more than numpy saves on a
few hundred strings. Both give the same labels and marginals (tests/parse/test_crf.py).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.parse.tokenfeatures import features
from claimcheck.parse.tokens import Token

if TYPE_CHECKING:  # numpy and crfsuite are imported with the model, not with the package
    import pycrfsuite

    from claimcheck.parse.crf import Weights
    from claimcheck.parse.encode import Encoder

MODEL_PATH = Path(__file__).with_name("model.crfsuite")

LABELS = (
    "author", "editor", "title", "container", "collection", "date", "volume", "issue",
    "pages", "publisher", "location", "doi", "url", "note", "label", "O",
)

# Lists of at least this many strings are tagged in numpy: it saves ~0.5-1 M instructions a
# string, after a fixed ~400 M. Once the weights are loaded, lists from BATCH_FROM strings on
# go there too; fewer (one string at a time) are cheaper in crfsuite, whose cost per call is
# far below numpy's per step of a short batch.
NUMPY_FROM = 500
BATCH_FROM = 16

# Strings decoded together: enough that numpy's cost per call is shared, few enough that a
# batch's arrays (strings x longest x labels) stay small; sorted by length, they waste little.
# 128 rather than 256: 2.3 % fewer instructions, ~20 % less CPU to tag 2,000 strings (the
# arrays stay in the processor's cache; docs/benchmarks/scale.md, session 9).
BATCH = 128


# The model tells a journal from a book or proceedings (they sit in different company, which
# helps it); the rules downstream and the fields take both as the container. A model may also
# learn the first token of a field as its own label ("B-title": where a field starts sits in
# other company than its inside); the rules read it as the field.
_MERGED = {"journal": "container", "B-journal": "container",
           **{f"B-{label}": label for label in LABELS if label != "O"}}


# How sure the tagger is of a field is the sum of the marginals of its labels (`same_field`),
# taken only where the chosen label's own is below this: above it the field is sure enough
# for the doubt (parse/doubt.py, whose cut is no higher), and summing everywhere would cost
# a marginal per kin label and token (+4 % of the example's parse in crfsuite).
SUMMED_BELOW = 0.5

_LOADED: dict[Path, tuple[Weights, Encoder]] = {}

# crfsuite's tagger holds the string last set (its marginals read it) and numpy's encoder
# grows tables as it meets texts: both are shared by a process's threads, so one thread at a
# time sets, tags and reads them (a string's whole sequence, or a batch's scores).
_LOCK = threading.Lock()


def loaded(path: Path) -> tuple[Weights, Encoder]:
    """The model's weights for numpy, read at first use (not at import)."""
    with _LOCK:
        if path not in _LOADED:
            from claimcheck.parse.crf import load
            from claimcheck.parse.encode import Encoder

            weights = load(path)
            _LOADED[path] = weights, Encoder(weights.attributes, weights.state)
        return _LOADED[path]


@lru_cache(maxsize=4)
def _crfsuite(path: Path) -> pycrfsuite.Tagger:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@lru_cache(maxsize=4)
def _crfsuite_names(path: Path) -> dict[str, str]:
    """The model's label names, each to its interned copy (`_interned`)."""
    return _interned(tuple(_crfsuite(path).labels()))


@lru_cache(maxsize=4)
def _interned(names: tuple[str, ...]) -> dict[str, str]:
    """Each label name to the one interned string of its text. crfsuite makes a new string
    per token and numpy's labels come from the model file, while the rules compare labels
    with literals ("title"), which Python interns: the same object compares by identity, a
    copy character by character (~3 % of a long list's parse went to those comparisons)."""
    return {name: sys.intern(name) for name in names}


@lru_cache(maxsize=4)
def _crfsuite_same(path: Path) -> dict[str, tuple[str, ...]]:
    """`same_field` of the model's labels (asked of crfsuite once, not once a list: a string
    parsed alone paid ~4 µs for it)."""
    return same_field(tuple(_crfsuite(path).labels()))


@lru_cache(maxsize=4)
def same_field(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Per label of a model, every label of it read as the same field (itself first): how
    sure the tagger is of a field is the sum of their marginals ("B-title" and "title",
    "journal" and "container"), not that of the one it chose."""
    field = [_MERGED.get(name, name) for name in names]
    return {name: (name, *[other for other, of in zip(names, field, strict=True)
                           if of == mine and other != name])
            for name, mine in zip(names, field, strict=True)}


def tag_many(
    strings: Sequence[tuple[Token, ...]], path: Path = MODEL_PATH, numpy: bool | None = None,
    floor: float | None = None,
) -> list[tuple[tuple[str, ...], tuple[float, ...]]]:
    """Per string's tokens, the model's label for each (as crfsuite names it) and the marginal
    probability of that label, or of its field (`same_field`) where the label's own is below
    SUMMED_BELOW; no tokens, no labels. `numpy` forces one way of tagging (the tests compare
    them); by default a long list goes through numpy (see NUMPY_FROM).

    `floor`, for a caller that only asks whether a token's figure is below it: a string's
    every token may get the probability of its whole labelling instead, where that is at
    least `floor` (each token's marginal is at least the labelling's): crfsuite then makes one
    call instead of one a token, numpy skips the string's backward pass."""
    if numpy is None:
        numpy = uses_numpy(len(strings), path)
    return _in_numpy(strings, path, floor) if numpy else _in_crfsuite(strings, path, floor)


# Above the floor by more than crfsuite's rounding (~1e-15) of either figure: a token's
# marginal, computed apart, cannot then fall below the floor.
_MARGIN = 1e-9


def uses_numpy(count: int, path: Path = MODEL_PATH) -> bool:
    """Whether `tag_many` tags a list of `count` strings in numpy by default."""
    return count >= NUMPY_FROM or (path in _LOADED and count >= BATCH_FROM)


def _in_crfsuite(
    strings: Sequence[tuple[Token, ...]], path: Path, floor: float | None = None
) -> list[tuple[tuple[str, ...], tuple[float, ...]]]:
    tagger = _crfsuite(path)
    same = _crfsuite_same(path)
    interned = _crfsuite_names(path).__getitem__
    out: list[tuple[tuple[str, ...], tuple[float, ...]]] = []
    marginal = tagger.marginal
    least = 2.0 if floor is None else floor + _MARGIN  # (no probability reaches 2)
    for tokens in strings:
        items = features("", tokens) if tokens else None
        with _LOCK:
            labels = tuple(map(interned, tagger.tag(items))) if items is not None else ()
            whole = tagger.probability(labels) if labels and least <= 1.0 else 0.0
            if whole >= least:  # most strings of a list: every token surely above the floor
                out.append((labels, (whole,) * len(labels)))
                continue
            sure = list(map(marginal, labels, range(len(labels))))
            for i, label in enumerate(labels):
                if sure[i] < SUMMED_BELOW and len(same[label]) > 1:  # rare: most are sure
                    sure[i] = sum([marginal(other, i) for other in same[label]])
        out.append((labels, tuple(sure)))
    return out


def _in_numpy(
    strings: Sequence[tuple[Token, ...]], path: Path, floor: float | None = None
) -> list[tuple[tuple[str, ...], tuple[float, ...]]]:
    from claimcheck.parse.crf import decode

    weights, encoder = loaded(path)
    out: list[tuple[tuple[str, ...], tuple[float, ...]]] = [((), ())] * len(strings)
    order = sorted((i for i, s in enumerate(strings) if s), key=lambda i: len(strings[i]))
    names = tuple(_interned(weights.labels).values())
    same = _same_matrix(weights.labels)
    least = None if floor is None else floor + _MARGIN
    for begin in range(0, len(order), BATCH):
        batch = order[begin:begin + BATCH]
        with _LOCK:
            scores = encoder.scores([strings[i] for i in batch])
        decoded = decode(weights, scores, [len(strings[i]) for i in batch], same, SUMMED_BELOW,
                         least)
        for i, (labels, marginals) in zip(batch, decoded, strict=True):
            out[i] = (tuple([names[j] for j in labels]), tuple(marginals))
    return out


@lru_cache(maxsize=4)
def _same_matrix(names: tuple[str, ...]) -> Any:
    """`same_field` as a 0/1 matrix over label ids, for numpy."""
    import numpy as np

    same = same_field(names)
    return np.array([[float(other in same[name]) for other in names] for name in names])


def tag(text: str, tokens: tuple[Token, ...], model: Path = MODEL_PATH) -> tuple[str, ...]:
    """One label from LABELS per token of `text`."""
    labels, _ = tag_many([tokens], model)[0]
    return tuple(_MERGED.get(label, label) for label in labels)
