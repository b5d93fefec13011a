"""Sentence embeddings for the support benchmarks (`claimcheck[semantic]` only), cached on disk.

Embedding ~35,000 sentences takes minutes on this CPU, so each text's unit vector is kept in
an .npz keyed by the text's SHA-1; a rerun embeds only texts it has not seen. The features
are computed by `claimcheck.support.semantic`, exactly as the judge computes them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from claimcheck.support.claimtext import strip_citation_markers
from claimcheck.support.judge import candidates
from claimcheck.support.semantic import SEMANTIC_NAMES, encoder, semantic_features
from support_accuracy import Item

CACHE = Path(__file__).resolve().parent / ".cache" / "support-embeddings.npz"


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def embeddings(texts: set[str], cache: Path = CACHE) -> dict[str, np.ndarray]:
    """Unit vectors for every text, from the cache or the encoder (which must be installed)."""
    stored = dict(np.load(cache)) if cache.exists() else {}
    missing = sorted({t for t in texts if _key(t) not in stored}, key=len)
    if missing:
        encode = encoder()
        if encode is None:
            raise SystemExit("--semantic needs the extra: pip install 'claimcheck[semantic]'")
        print(f"embedding {len(missing)} texts (cache: {len(stored)})", flush=True)
        for start in range(0, len(missing), 2048):
            chunk = missing[start:start + 2048]
            stored.update(zip(map(_key, chunk), encode(chunk), strict=True))
            cache.parent.mkdir(parents=True, exist_ok=True)
            np.savez(cache, **stored)
            print(f"  {start + len(chunk)} / {len(missing)}", flush=True)
    return {t: stored[_key(t)] for t in texts}


def semantic_matrix(items: list[Item], recall_best: np.ndarray) -> np.ndarray:
    """SEMANTIC_NAMES for every item, rows in item order."""
    texts = {strip_citation_markers(i.claim) for i in items}
    for item in items:
        texts |= set(candidates(item.source)) | ({item.source.title} - {""})
    vectors = embeddings(texts)
    rows = []
    for item, recall in zip(items, recall_best, strict=True):
        sentences = candidates(item.source)
        if not sentences:
            rows.append([0.0] * len(SEMANTIC_NAMES))
            continue
        title = vectors[item.source.title] if item.source.title else None
        claim = vectors[strip_citation_markers(item.claim)]
        matrix_ = np.array([vectors[s] for s in sentences])
        rows.append(list(semantic_features(claim, matrix_, title, float(recall))))
    return np.array(rows)
