"""The sequence tagger: a linear-chain CRF (python-crfsuite) that labels each token.

The model file ships in the package; `benchmarks/parse_train.py` rebuilds it from the shared
labelled reference strings. Loading is done once per process because opening the model is the
only slow step of parsing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pycrfsuite

from claimcheck.parse.tokens import Token, features

MODEL_PATH = Path(__file__).with_name("model.crfsuite")

LABELS = (
    "author", "editor", "title", "container", "collection", "date", "volume", "issue",
    "pages", "publisher", "location", "doi", "url", "note", "label", "O",
)


# The model tells a journal from a book or proceedings (they sit in different company, which
# helps it); the rules downstream and the fields take both as the container.
_MERGED = {"journal": "container"}


@lru_cache(maxsize=4)
def _tagger(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tag(text: str, tokens: tuple[Token, ...], model: Path = MODEL_PATH) -> tuple[str, ...]:
    """One label from LABELS per token of `text`."""
    if not tokens:
        return ()
    return tuple(_MERGED.get(label, label) for label in _tagger(model).tag(features(text, tokens)))
