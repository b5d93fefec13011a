"""The linear-chain CRF's arithmetic in numpy, from the weights of python-crfsuite's model file.

python-crfsuite trains the model (`benchmarks/parse_train.py`) and its file format stays the
one shipped; tagging reads the weights from that file once per process and does the same sums
crfsuite does: a token's state score per label is the sum of its attributes' weights (unknown
attributes count nothing), Viterbi keeps the first best predecessor as crfsuite does, and the
marginals come from a scaled forward-backward pass. Many sequences are tagged together, sorted
by length, so numpy works on whole batches instead of one token at a time; feeding ~16
attribute strings per token through crfsuite's C++ wrapper and one call per marginal were two
thirds of its cost. The state scores come from `encode`. Tags equal crfsuite's, marginals
agree to ~1e-14 (tests/parse/test_crf.py).

The file (crfsuite's `crf1d_model.c` layout): a 48-byte header of little-endian uint32s, a
FEAT chunk of (type, source, destination, float64 weight) records (type 0: attribute ->
label, type 1: label -> label), and two CQDB string tables, labels and attributes, whose
"backward" array gives each id's record (id, size, NUL-terminated string).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np


@dataclass(frozen=True, slots=True)
class Weights:
    """What tagging needs from the model file."""

    labels: tuple[str, ...]
    attributes: dict[bytes, int]  # attribute name (UTF-8, as `tokenfeatures` gives it) -> row
    # of `state`; unknown -> the zero row
    state: Any  # float64 (attributes + 1, labels): the last row is zeros
    transition: Any  # float64 (labels, labels): from -> to


def _strings(data: bytes, offset: int) -> list[bytes]:
    """The strings of a CQDB table, in id order, as stored (UTF-8). Its records (id, size,
    string, NUL) lie one after another: without their 8-byte heads they are the strings, each
    ended by its NUL, which one split reads (a loop over 32,000 records was most of the
    model's load)."""
    count, backward = struct.unpack_from("<II", data, offset + 16)
    if not count:
        return []
    heads = np.frombuffer(data, "<u4", count, offset + backward).astype(np.int64) + offset
    order = np.argsort(heads, kind="stable")
    first, end = int(heads[order[0]]), int(heads[order[-1]]) + 8
    end += int.from_bytes(data[end - 4:end], "little")
    keep = np.ones(end - first, dtype=bool)
    keep[((heads - first)[:, None] + np.arange(8)).ravel()] = False
    region = np.frombuffer(data, np.uint8, end - first, first)[keep]
    pieces = region.tobytes().split(b"\0")[:count]
    if (order == np.arange(count)).all():  # written in id order, as crfsuite does
        return pieces
    strings = [b""] * count
    for rank, piece in zip(order.tolist(), pieces, strict=True):
        strings[rank] = piece
    return strings


@lru_cache(maxsize=4)
def load(path: Path) -> Weights:
    """The model's weights (read at first use, not at import: the CLI's help stays fast)."""
    data = path.read_bytes()
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ValueError(f"{path}: not a crfsuite CRF1d model")
    offsets = struct.unpack_from("<5I", data, 28)  # features, labels, attributes, refs
    labels = [name.decode() for name in _strings(data, offsets[1])]
    attributes = _strings(data, offsets[2])
    count = int.from_bytes(data[offsets[0] + 8:offsets[0] + 12], "little")
    record = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
    features = np.frombuffer(data, record, count, offsets[0] + 12)
    state = np.zeros((len(attributes) + 1, len(labels)))
    transition = np.zeros((len(labels), len(labels)))
    for kind, table in ((0, state), (1, transition)):
        chosen = features[features["type"] == kind]
        table[chosen["src"], chosen["dst"]] = chosen["weight"]
    return Weights(tuple(labels), dict(zip(attributes, range(len(attributes)), strict=True)), state,
                   transition)


def decode(
    weights: Weights, scores: Any, lengths: list[int], same: Any = None, below: float = 1.0,
    floor: float | None = None,
) -> list[tuple[list[int], list[float]]]:
    """Per sequence, the best labelling (label ids) and each chosen label's marginal
    probability. `scores` holds every token's state scores (tokens, labels), sequence after
    sequence; `lengths` (each > 0, best sorted) gives the tokens per sequence. The sequences
    are decoded together, so similar lengths waste least. `same` (labels, labels), 1 where
    two labels are read as one field, sums the marginals of the chosen label's kin where its
    own is below `below`.

    `floor` (as `tagger.tag_many` takes it, its margin added): a sequence whose best
    labelling has at least this probability gives every token that probability, a lower
    bound of each marginal, and skips the backward pass; the others keep their marginals."""
    laid = _laid_out(scores, lengths)
    sizes = np.array(lengths)
    best, top = _viterbi(laid, weights.transition, sizes)
    edge, forward, scale = _forward(laid, weights.transition)
    if floor is None:
        chosen = _chosen(edge, forward, scale, sizes, best, weights.transition, same, below)
    else:
        # The best labelling's probability: its score less log Z, and log Z is the sum of
        # the forward pass's log scales up to the sequence's end (crfsuite's way).
        inside = np.arange(len(scale))[:, None] < sizes
        whole = np.exp(top + np.where(inside, np.log(scale), 0.0).sum(axis=0))
        # A scale of exactly 1 may stand for a step whose figures all vanished (then log Z
        # is wrong): such a sequence keeps its marginals, as does one whose sum was just 1.
        vanished = ((scale == 1.0) & inside).any(axis=0)
        unsure = np.flatnonzero((whole < floor) | vanished)
        chosen = np.repeat(whole[None, :], len(scale), axis=0)
        if len(unsure):
            chosen[:, unsure] = _chosen(edge[:, :, unsure], forward[:, :, unsure],
                                        scale[:, unsure], sizes[unsure], best[:, unsure],
                                        weights.transition, same, below)
    return [(labels[:n], sure[:n])
            for labels, sure, n in zip(best.T.tolist(), chosen.T.tolist(), lengths, strict=True)]


def _chosen(
    edge: Any, forward: Any, scale: Any, lengths: Any, best: Any, transition: Any, same: Any,
    below: float,
) -> Any:
    """Per position and sequence the chosen label's marginal, or where it is below `below`
    its field's (the kin labels' marginals summed)."""
    marginal = forward * _backward(edge, scale, lengths, transition) / scale[:, None, :]
    chosen = np.take_along_axis(marginal, best[:, None, :], axis=1)[:, 0, :]
    low = chosen < below if same is not None else None
    if low is not None and low.any():
        # Only where the own marginal is low (few tokens): the kin's rows times the marginals,
        # summed; the same products summed along the same contiguous rows as over all tokens.
        chosen[low] = (same[best[low]] * marginal.transpose(0, 2, 1)[low]).sum(axis=1)
    return chosen


def _laid_out(scores: Any, lengths: list[int]) -> Any:
    """The scores as (longest, labels, sequences), zero beyond each sequence's end. Laid out
    so, numpy's loops run along the batch of sequences, the longest contiguous axis, and a
    maximum over labels is an elementwise maximum of contiguous slabs."""
    sizes = np.array(lengths)
    out = np.zeros((max(lengths), scores.shape[1], len(lengths)))
    # Each token's place in its sequence and its sequence: its rows put straight where they
    # go (filling a (sequences, longest, labels) array and copying it transposed cost more).
    sequence = np.repeat(np.arange(len(lengths)), sizes)
    out[np.arange(len(sequence)) - np.repeat(np.cumsum(sizes) - sizes, sizes), :, sequence] = scores
    return out


def _viterbi(scores: Any, transition: Any, lengths: Any) -> tuple[Any, Any]:
    """The best label ids, (longest, sequences), and each sequence's best score, as
    crfsuite's Viterbi finds them: per label
    the best path score over its predecessors plus its state score, and on the way back the
    first predecessor with that score. The forward pass keeps only the scores (a maximum is
    cheap in numpy, an arg-maximum over a whole batch is not); the way back asks for the
    arg-maximum of the one label chosen, from the very same sums."""
    longest, labels, size = scores.shape
    best_to = np.empty_like(scores)
    best_to[0] = scores[0]
    # [from, to, sequence], laid out in full once: a transition broadcast along the batch's
    # axis (stride 0) made numpy copy it into a buffer at every step (-20 % of the Viterbi);
    # the sums go into one array kept for every step. The same sums, so the same maxima.
    into = np.ascontiguousarray(np.broadcast_to(transition[:, :, None], (labels, labels, size)))
    summed = np.empty_like(into)
    for t in range(1, longest):
        np.add(best_to[t - 1][:, None, :], into, out=summed)
        np.maximum.reduce(summed, axis=0, out=best_to[t])  # (np.max: the same, ~4 µs slower)
        best_to[t] += scores[t]
    ends = best_to[lengths - 1, :, np.arange(size)]  # (sequences, labels)
    # Each sequence's last label also stands at every place beyond its end, so that on the
    # way back row t holds each sequence's label at t (its last one until its end is
    # reached): four numpy calls a step, not nine. Beyond the ends `best` is padding.
    place = np.arange(longest)[:, None]
    inside = place < lengths
    best = np.where(place < lengths - 1, 0, ends.argmax(axis=1))
    for t in range(longest - 1, 0, -1):
        previous = (best_to[t - 1] + transition[:, best[t]]).argmax(axis=0)
        np.copyto(best[t - 1], previous, where=inside[t])  # position t inside: its back link
    return best, ends.max(axis=1)


def _forward(scores: Any, transition: Any) -> tuple[Any, Any, Any]:
    """The forward pass in exp space, each step scaled to sum 1 (crfsuite's way): the exp'd
    state scores, the scaled forward figures and the scales (longest, sequences; 1 where a
    step's figures all vanished, as crfsuite takes it). Each step writes into the arrays kept
    (`out=`): the same operations in the same order as with new arrays, so the same bits, at
    a few numpy calls a step fewer (a step of a batch is ~30 µs, mostly calls)."""
    longest, labels, size = scores.shape
    edge, into = np.exp(scores), np.exp(transition).T
    forward = np.empty_like(edge)
    scale = np.ones((longest, size))
    total = np.empty(size)
    step = np.empty((labels, size))
    np.copyto(forward[0], edge[0])
    for t in range(longest):
        current = forward[t]
        if t:  # (`dot`: the same BLAS product as `@`, at half its cost per call here)
            np.dot(into, forward[t - 1], out=step)
            np.multiply(step, edge[t], out=current)
        np.add.reduce(current, axis=0, out=total)
        np.divide(1.0, total, out=scale[t], where=total != 0.0)  # (else 1: crfsuite's)
        np.multiply(current, scale[t], out=current)
    return edge, forward, scale


def _backward(edge: Any, scale: Any, lengths: Any, transition: Any) -> Any:
    """The backward pass, scaled by the forward pass's scales; each sequence starts it at
    its own end."""
    longest, labels, size = edge.shape
    out_of = np.exp(transition)
    backward = np.empty_like(edge)
    current = np.zeros((labels, size))
    for t in range(longest - 1, -1, -1):
        if t + 1 < longest:
            current = np.dot(out_of, current * edge[t + 1]) * scale[t]
        ends = lengths - 1 == t
        current[:, ends] = scale[t, ends]
        backward[t] = current
    return backward
