"""The shipped support model: plain coefficients in `weights.json`, evaluated in pure Python.

Owns loading the model (IDF table, a logistic "is this the cited source at all" model, a
softmax "supports / refutes / not enough" model over related pairs with learnt word weights
(`bag`), and the decision thresholds) and turning a feature vector into a label.
`benchmarks/train_support.py` writes the JSON from the shared tuning data only; nothing here
needs numpy.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from claimcheck.support.features import FEATURE_NAMES, Idf
from claimcheck.support.semantic import SEMANTIC_NAMES

VERDICTS = ("SUPPORT", "REFUTE", "NEI")


@dataclass(frozen=True, slots=True)
class Linear:
    """One linear function of the features (coefficients already undo any scaling)."""

    coef: tuple[float, ...]
    intercept: float

    def __call__(self, x: Sequence[float]) -> float:
        return self.intercept + sum(c * v for c, v in zip(self.coef, x, strict=True))


@dataclass(frozen=True, slots=True)
class Thresholds:
    related: float  # below: the source looks unrelated to the claim
    related_title: float  # the same from a title alone, which shares fewer words by nature
    support: float  # P(SUPPORT | related) at or above: supported, else weak
    refute: float  # P(REFUTE | related) at or above: contradicted
    # Below this (and at or above `related`): weak whatever the verdict says. A source about
    # the claim's topic that no sentence of it covers closely rarely settles the claim either
    # way (issue 16, fifth pass). 0 (weights written before the cut) means no such band.
    weak_related: float = 0.0
    # P(REFUTE | related) at or above which a claim is contradicted when the pair also shows a
    # direction flip it can name ("reduced" against "did not reduce"): a warning then rests on
    # words a reader can check, so it may rest on a less certain model. Chosen in training
    # under the same false-alarm bound as `refute`; above 1 (older weights): never.
    refute_named: float = 1.01


@dataclass(frozen=True, slots=True)
class SupportModel:
    idf: Idf
    related: Linear
    verdict: tuple[Linear, ...]  # one per VERDICTS entry, softmax over them
    thresholds: Thresholds
    words: Mapping[str, tuple[float, ...]] = field(default_factory=dict)  # bag key -> per verdict
    semantic: bool = False  # the features end with SEMANTIC_NAMES (`claimcheck[semantic]`)
    # Which of the judge's features (FEATURE_NAMES, then SEMANTIC_NAMES) the coefficients
    # read, in order: weights trained before a feature was added keep working without it.
    columns: tuple[int, ...] | None = None

    def _used(self, x: Sequence[float]) -> Sequence[float]:
        return x if self.columns is None else [x[i] for i in self.columns]

    def p_related(self, x: Sequence[float]) -> float:
        return _sigmoid(self.related(self._used(x)))

    def p_verdict(self, x: Sequence[float], keys: Iterable[str] = ()) -> dict[str, float]:
        used = self._used(x)
        logits = [f(used) for f in self.verdict]
        for key in keys:
            for k, weight in enumerate(self.words.get(key, ())):
                logits[k] += weight
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        return {name: e / sum(exps) for name, e in zip(VERDICTS, exps, strict=True)}


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def model_from_json(data: dict[str, Any]) -> SupportModel:
    """Build the model from its JSON form; refuses weights that name a feature the judge does
    not compute (weights may use fewer features than the judge computes)."""
    names = tuple(data["features"])
    known = FEATURE_NAMES + SEMANTIC_NAMES
    if not set(names) <= set(known):
        raise ValueError("support weights were trained on a different feature list")
    semantic = bool(set(names) & set(SEMANTIC_NAMES))

    def linear(part: dict[str, Any]) -> Linear:
        return Linear(tuple(float(c) for c in part["coef"]), float(part["intercept"]))

    idf = Idf(table=dict(data["idf"]["table"]), default=float(data["idf"]["default"]))
    return SupportModel(
        idf=idf,
        related=linear(data["related"]),
        verdict=tuple(linear(data["verdict"][name]) for name in VERDICTS),
        thresholds=Thresholds(**{k: float(v) for k, v in data["thresholds"].items()}),
        words={k: tuple(float(w) for w in v) for k, v in data.get("words", {}).items()},
        semantic=semantic,
        # A prefix of the list (weights trained before a feature was appended) still needs
        # its columns picked: the judge's vector is longer.
        columns=None if names in (FEATURE_NAMES, known) else tuple(known.index(n) for n in names),
    )


@cache
def load_model(name: str = "weights.json") -> SupportModel:
    """A model shipped with the package (each read once per process): `weights.json` is the
    default judge, `weights-semantic.json` the one for `claimcheck[semantic]`."""
    text = resources.files("claimcheck.support").joinpath(name).read_text("utf-8")
    return model_from_json(json.loads(text))
