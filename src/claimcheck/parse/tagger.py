"""The sequence tagger: a linear-chain CRF that labels each token, and how sure it is.

The model is trained with python-crfsuite (`benchmarks/parse_train.py` rebuilds it from the
shared labelled reference strings) and ships in the package in crfsuite's file format. Tagging
does crfsuite's arithmetic in numpy from that file's weights (`crf`, `encode`), many strings
at once: the file is read once per process, at the first string tagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.parse.tokens import Token

if TYPE_CHECKING:  # numpy is imported with the model, not with the package
    from claimcheck.parse.crf import Weights
    from claimcheck.parse.encode import Encoder

MODEL_PATH = Path(__file__).with_name("model.crfsuite")

LABELS = (
    "author", "editor", "title", "container", "collection", "date", "volume", "issue",
    "pages", "publisher", "location", "doi", "url", "note", "label", "O",
)

# Strings decoded together: enough that numpy's cost per call is shared, few enough that a
# batch's arrays (strings x longest x labels) stay small; sorted by length, they waste little.
BATCH = 256


# The model tells a journal from a book or proceedings (they sit in different company, which
# helps it); the rules downstream and the fields take both as the container.
_MERGED = {"journal": "container"}


@lru_cache(maxsize=4)
def loaded(path: Path) -> tuple[Weights, Encoder]:
    from claimcheck.parse.crf import load
    from claimcheck.parse.encode import Encoder

    weights = load(path)
    return weights, Encoder(weights.attributes, weights.state)


def tag_many(
    strings: Sequence[tuple[Token, ...]], path: Path = MODEL_PATH
) -> list[tuple[tuple[str, ...], tuple[float, ...]]]:
    """Per string's tokens, the model's label for each (as crfsuite names it) and the marginal
    probability of that label; no tokens, no labels."""
    from claimcheck.parse.crf import decode

    weights, encoder = loaded(path)
    out: list[tuple[tuple[str, ...], tuple[float, ...]]] = [((), ())] * len(strings)
    order = sorted((i for i, s in enumerate(strings) if s), key=lambda i: len(strings[i]))
    names = weights.labels
    for begin in range(0, len(order), BATCH):
        batch = order[begin:begin + BATCH]
        scores = encoder.scores([strings[i] for i in batch])
        decoded = decode(weights, scores, [len(strings[i]) for i in batch])
        for i, (labels, marginals) in zip(batch, decoded, strict=True):
            out[i] = (tuple([names[j] for j in labels]), tuple(marginals))
    return out


def tag(text: str, tokens: tuple[Token, ...], model: Path = MODEL_PATH) -> tuple[str, ...]:
    """One label from LABELS per token of `text`."""
    labels, _ = tag_many([tokens], model)[0]
    return tuple(_MERGED.get(label, label) for label in labels)
