"""Learn the parser's word classes: unsupervised clusters of words by the company they keep.

Usage (needs the `train` extra: scikit-learn):
    python benchmarks/parse_wordclasses.py        # writes src/claimcheck/parse/wordclasses.txt
    python benchmarks/parse_wordclasses.py --exclude-ids /tmp/f/fold0.ids --out /tmp/f/fold0.classes
        # cross-validation: a fold's held-out strings are left out of the text (no leakage)

The text, unlabelled: the strings of the non-GPL shared sets (AnyStyle, GROBID, JATS
mixed-citation; never excite, parscit or claims-insciout), the bodies and reference lists of
the JATS articles (but those whose records render the unseen-style held-out set of
`parse_synth.py`), and the titles, container titles, publishers and author names of the
Crossref records in ../shared/data/crossref-samples and seed-crossref.

Each word (lowercased, as `tokens._facts` reads it) is described by the tokens seen two and
one before and after it (positive PMI, reduced by SVD); k-means groups the most frequent
words into FINE classes, and k-means over those classes' centres into MID and COARSE ones, so
a fine class fixes the coarser two. The table holds one line per fine class: its three ids
and its words ("3 17 201<TAB>word word ..."), read once per process by `tokens`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

from claimcheck.parse.tokens import WORD_CLASSES, tokenize

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SETS = ("anystyle", "grobid", "jats-mixed")  # GPL sets are never read here
OFFSETS = (-2, -1, 1, 2)
_WORD = re.compile(r"[^\W\d_]+")


def shared_strings(excluded: set[str]) -> Iterator[str]:
    for name in SETS:
        path = SHARED / f"refstrings-{name}" / "refstrings.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] not in excluded:
                yield record["string"]


def unseen_group(article: Path) -> bool:
    """parse_synth.held_out_group: articles whose records render the unseen-style set."""
    return zlib.crc32(f"jats-articles:{article.name}".encode()) % 5 == 0


def article_lines() -> Iterator[str]:
    for path in sorted(SHARED.glob("jats-articles*/articles/*/article.txt")):
        if not unseen_group(path.parent):
            yield from (line for line in path.read_text(encoding="utf-8").splitlines() if line)


def crossref_fields() -> Iterator[str]:
    paths = [*sorted((SHARED / "crossref-samples").glob("*.json")),
             SHARED / "seed-crossref" / "records.jsonl"]
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines() if path.suffix == ".jsonl" \
                else [path.read_text(encoding="utf-8")]:
            yield from _work_fields(json.loads(line))


def _work_fields(value: Any) -> Iterator[str]:
    """Titles, container titles, publishers, names and unstructured references, anywhere."""
    if isinstance(value, list):
        for item in value:
            yield from _work_fields(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("title", "container-title", "short-container-title", "publisher",
                       "unstructured", "journal-title", "article-title", "volume-title"):
                yield from item if isinstance(item, list) else [item]
            elif key == "family" and isinstance(item, str):
                yield f"{item}, {value.get('given', '')}"
            else:
                yield from _work_fields(item)


def sequences(excluded: set[str]) -> Iterator[list[str]]:
    texts = [*shared_strings(excluded), *article_lines(), *crossref_fields()]
    for text in texts:
        if isinstance(text, str):
            yield [_unit(t.text.lower()) for t in tokenize(text)]


def _unit(low: str) -> str:
    """A context unit: the word, or a number's length ("<4>"), so years and pages group."""
    return f"<{min(len(low), 5)}>" if low.isdigit() else low if len(low) < 25 else "<long>"


def learn(seqs: list[list[str]], words: int, contexts: int, sizes: tuple[int, int, int]
          ) -> dict[str, tuple[int, int, int]]:
    counts = Counter(t for seq in seqs for t in seq)
    vocab = [w for w, c in counts.most_common() if c >= 3 and _WORD.fullmatch(w)][:words]
    row = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, (w, _) in enumerate(counts.most_common(contexts))}
    edge = len(context)  # the string's edge, and every rarer token, share a column
    cells: Counter[tuple[int, int]] = Counter()
    for seq in seqs:
        for i, word in enumerate(seq):
            if word in row:
                for k, offset in enumerate(OFFSETS):
                    j = i + offset
                    other = context.get(seq[j], edge) if 0 <= j < len(seq) else edge
                    cells[row[word], k * (edge + 1) + other] += 1
    keys = np.array(list(cells), dtype=np.int64).reshape(-1, 2)
    matrix = sparse.csr_matrix((np.array(list(cells.values()), dtype=float),
                                (keys[:, 0], keys[:, 1])),
                               shape=(len(vocab), len(OFFSETS) * (edge + 1)))
    vectors = normalize(TruncatedSVD(100, random_state=0).fit_transform(_ppmi(matrix)))
    fine = KMeans(sizes[2], n_init=1, random_state=0).fit(vectors)
    centres = normalize(fine.cluster_centers_)
    mid = KMeans(sizes[1], n_init=3, random_state=0).fit_predict(centres)
    coarse = KMeans(sizes[0], n_init=3, random_state=0).fit_predict(centres)
    return {w: (int(coarse[c]), int(mid[c]), int(c)) for w, c in zip(vocab, fine.labels_,
                                                                       strict=True)}


def _ppmi(matrix: Any) -> Any:
    rows = np.asarray(matrix.sum(axis=1)).ravel()
    cols = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75  # context smoothing
    coo = matrix.tocoo()
    # log p(w, c) / (p(w) p(c)), with p(c) from the smoothed context counts
    pmi = np.log(coo.data * cols.sum() / (rows[coo.row] * cols[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)


def write(classes: dict[str, tuple[int, int, int]], out: Path) -> None:
    by_fine: dict[tuple[int, int, int], list[str]] = {}
    for word, ids in classes.items():
        by_fine.setdefault(ids, []).append(word)
    ordered = sorted(by_fine.items(), key=lambda item: item[0][2])
    lines = [f"{a} {b} {c}\t{' '.join(sorted(ws))}" for (a, b, c), ws in ordered]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude-ids", type=Path, help="held-out string ids (a fold's .ids)")
    parser.add_argument("--out", type=Path, default=WORD_CLASSES)
    parser.add_argument("--words", type=int, default=20000, help="words kept, most frequent")
    parser.add_argument("--contexts", type=int, default=3000)
    parser.add_argument("--sizes", default="32,128,512", help="coarse,mid,fine class counts")
    args = parser.parse_args()
    excluded = set(args.exclude_ids.read_text().split()) if args.exclude_ids else set()
    seqs = list(sequences(excluded))
    sizes = tuple(int(s) for s in args.sizes.split(","))
    classes = learn(seqs, args.words, args.contexts, (sizes[0], sizes[1], sizes[2]))
    write(classes, args.out)
    print(f"{len(seqs)} sequences, {sum(map(len, seqs))} tokens, {len(classes)} words "
          f"-> {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
