"""Train the reference-string tagger (python-crfsuite) on the shared labelled strings.

Usage:
    .venv/bin/python benchmarks/parse_train.py \
        --begin title,journal,container,collection,publisher,location,editor
        # writes the shipped model (begin labels "B7" since session 8, docs/benchmarks/parse.md)
    .venv/bin/python benchmarks/parse_train.py --folds 5       # k-fold models, then
    .venv/bin/python benchmarks/parse_accuracy.py --folds /tmp/claimcheck-folds
    .venv/bin/python benchmarks/parse_train.py --extra /tmp/cc-synth/train.jsonl
        # also trains on synthetic strings (parse_synth.py); each fold leaves out those made
        # from a record it holds out
    .venv/bin/python benchmarks/parse_train.py --extra ... --extra-sample 3000 --real-weight 2
        # crfsuite has no per-sequence weight: each shared string is appended twice, so the
        # real strings outweigh the synthetic ones (training time grows with the copies)
    .venv/bin/python benchmarks/parse_train.py --begin title,journal,container
        # the first token of each of these fields is learnt as its own label ("B-title");
        # the tagger reads it as the field (see docs/benchmarks/parse.md, sessions 7 and 8)

The defaults (L-BFGS, c1=0.2, c2=0.05, 400 iterations) are those of the shipped model, about
10-12 CPU-minutes on the full set; `--only-fold K` trains one fold, to run folds in parallel.

Each string of ../shared/data/refstrings-{anystyle,grobid,jats-mixed}/refstrings.jsonl is
tokenised with `claimcheck.parse.tokens`; each token takes the label of the gold span that
covers it, mapped to one common label set (below); punctuation between two spans takes the
label of the span before it, so a field is one contiguous run. With `--folds K` the strings
are split by their `group` (the source article or file) into K folds and each fold is parsed
by a model trained on the others: these are the honest, held-out figures (the shipped model
has seen every shared string, so `parse_accuracy.py` on the shared sets is in-sample).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycrfsuite

from claimcheck.parse.tagger import MODEL_PATH
from claimcheck.parse.tokenfeatures import features
from claimcheck.parse.tokens import Token, tokenize

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATASETS = ("anystyle", "grobid", "jats-mixed")
WORK_LABELS = frozenset({"title", "title@a", "title@j", "title@m", "title@s", "journal",
                         "container-title", "article-title", "chapter-title", "source"})
URL_LIKE = re.compile(r"\s*(?:(?:https?|ftp)\s*:\s*//|www\.)", re.IGNORECASE)

# Upstream span label -> common label. Unlisted labels (wrappers such as
# person-group@author, italic) give no label of their own.
COMMON = {
    "author": "author", "name": "author", "collab": "author", "etal": "author",
    "editor": "editor", "editor-name": "editor", "person-group@editor": "editor",
    "title": "title", "title@a": "title", "article-title": "title", "chapter-title": "title",
    "journal": "journal", "container-title": "container", "title@j": "journal",
    "source": "journal", "conf-name": "container",
    "title@m": "container",  # with an article/chapter title: the book or proceedings
    # "journal" is learnt apart from "container" (a book or proceedings), since the two sit in
    # different company; the tagger reports both as the container.
    "title@s": "collection", "collection-title": "collection", "series": "collection",
    "date": "date", "year": "date", "month": "date",
    "volume": "volume", "biblScope@volume": "volume",
    "issue": "issue", "biblScope@issue": "issue",
    "pages": "pages", "biblScope@page": "pages", "fpage": "pages", "lpage": "pages",
    "elocation-id": "pages",
    "publisher": "publisher", "publisher-name": "publisher", "publishe": "publisher",
    "location": "location", "pubPlace": "location", "pubplace": "location",
    "publisher-loc": "location", "conf-loc": "location",
    "doi": "doi", "idno@DOI": "doi", "pub-id@doi": "doi",
    "url": "url", "ptr@web": "url", "ext-link": "url",
    "citation-number": "label",
}


def _common(label: str, title_kind: str, text: str, in_author_list: bool = False) -> str:
    """The common label of an upstream span label; `title_kind` is "article", "chapter" or ""
    (the record labels no title of its own)."""
    if label == "orgName":  # GROBID: a collaboration author, or a report's issuing body
        return "author" if in_author_list else "publisher"
    if label == "ext-link" and not URL_LIKE.match(text):
        return "note"  # JATS ext-links are often PubMed numbers or bare DOIs
    if label == "source" and title_kind == "chapter":
        return "container"  # JATS: the book of a chapter, not a journal
    if label in ("title@m", "source") and not title_kind:
        return "title"  # a book's own title when no article/chapter title is printed
    if label in COMMON:
        return COMMON[label]
    if label.startswith(("note", "idno", "biblScope", "comment", "object-id", "pub-id")):
        return "note"
    return "note" if label in {"genre", "edition", "isbn", "translator",
                               "medium", "director", "producer", "notes"} else ""


def token_labels(record: dict[str, Any]) -> tuple[tuple[Token, ...], list[str]]:
    """The record's tokens with their common labels ("O" before the first labelled span)."""
    text = record["string"]
    spans = record["spans"]
    labels = {s["label"] for s in spans}
    title_kind = ("chapter" if "chapter-title" in labels
                  else "article" if labels & {"title@a", "article-title"} else "")
    # Where the work's own title or container starts: an orgName before it is an author.
    work = min((s["start"] for s in spans if s["label"] in WORK_LABELS), default=len(text))
    tokens = tokenize(text)
    labels: list[str] = []
    previous = "O"
    for token in tokens:
        covering = [s for s in spans if s["start"] <= token.start < s["end"]]
        names = [_common(s["label"], title_kind, s["text"], s["start"] < work) for s in covering]
        names = [n for n in names if n]
        label = min(names, key=lambda n: n == "author") if names else ""
        if not label:  # uncovered: punctuation joins the run before it, words are "O"
            label = previous if not token.text.isalnum() else "O"
        labels.append(label)
        previous = label
    return tokens, _split_issue(tokens, labels)


def _split_issue(tokens: tuple[Token, ...], labels: list[str]) -> list[str]:
    """AnyStyle labels "4(2)" as one volume: the part in parentheses is the issue."""
    out = list(labels)
    inside = False
    for i, token in enumerate(tokens):
        if out[i] != "volume":
            inside = False
        elif token.text == "(":
            inside = True
        elif token.text == ")":
            inside = False
        elif inside:
            out[i] = "issue"
    return out


def load(dataset: str) -> list[dict[str, Any]]:
    return read(SHARED / f"refstrings-{dataset}" / "refstrings.jsonl")


def read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [r for r in map(json.loads, handle) if r["spans"]]


def held_out_extra(extra: list[dict[str, Any]], held: list[dict[str, Any]]
                   ) -> list[dict[str, Any]]:
    """The extra strings a fold may train on: none made from a record the fold holds out
    (synthetic strings keep their source record's id and group)."""
    ids = {r["id"] for r in held}
    groups = {r["group"] for r in held}
    return [r for r in extra if r.get("source_id") not in ids and r.get("group") not in groups]


def begun(labels: list[str], marked: frozenset[str]) -> list[str]:
    """The first token of each run of a `marked` label named "B-" + label (the tagger learns
    where a field starts apart from its inside; `tagger._MERGED` reads both as the field)."""
    return [f"B-{label}" if label in marked and (i == 0 or labels[i - 1] != label) else label
            for i, label in enumerate(labels)]


def sequences(records: list[dict[str, Any]], marked: frozenset[str] = frozenset()
              ) -> Iterator[tuple[list[Any], list[str]]]:
    for record in records:
        tokens, labels = token_labels(record)
        if tokens:
            yield features(record["string"], tokens), begun(labels, marked)


def train(records: list[dict[str, Any]], model_path: Path, iterations: int,
          c1: float, c2: float, marked: frozenset[str] = frozenset()) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences(records, marked):
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(model_path))


def folds(records: list[dict[str, Any]], k: int) -> list[list[dict[str, Any]]]:
    groups = sorted({r["group"] for r in records})
    random.Random(7).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[r for r in records if fold_of[r["group"]] == i] for i in range(k)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--only-fold", type=int, default=-1, help="train just this fold")
    parser.add_argument("--iterations", type=int, default=400)
    parser.add_argument("--c1", type=float, default=0.2, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=0.05, help="L2 penalty")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--fold-dir", type=Path, default=Path("/tmp/claimcheck-folds"))
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="more labelled strings (jsonl, e.g. from parse_synth.py)")
    parser.add_argument("--extra-sample", type=int, default=0,
                        help="train on this many of the extra strings (seeded shuffle)")
    parser.add_argument("--real-weight", type=int, default=1,
                        help="append each shared (real) training string this many times, to "
                             "weight real strings above the extra ones")
    parser.add_argument("--extra-weight", type=int, default=1,
                        help="append each extra string this many times (the note model: "
                             "note strings above the shared ones)")
    parser.add_argument("--begin", default="",
                        help="comma-separated labels whose first token is learnt as its own "
                             "label B-<label> (e.g. title,journal,container)")
    args = parser.parse_args()
    marked = frozenset(filter(None, args.begin.split(",")))
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    records = [r for d in DATASETS for r in load(d)]
    extra = [r for path in args.extra for r in read(path)]
    if args.extra_sample:
        random.Random(1).shuffle(extra)
        extra = extra[: args.extra_sample]
    extra *= args.extra_weight
    if not args.folds:
        train(records * args.real_weight + extra, args.out, args.iterations, args.c1, args.c2,
              marked)
        print(f"trained on {len(records) * args.real_weight + len(extra)} strings "
              f"-> {args.out}")
        return 0
    fold_dir = args.fold_dir
    fold_dir.mkdir(exist_ok=True)
    parts = folds(records, args.folds)
    for i, held in enumerate(parts):
        if args.only_fold >= 0 and i != args.only_fold:
            continue
        rest = [r for j, part in enumerate(parts) if j != i for r in part] * args.real_weight
        rest += held_out_extra(extra, held)
        train(rest, fold_dir / f"fold{i}.crfsuite", args.iterations, args.c1, args.c2,
              marked)
        (fold_dir / f"fold{i}.ids").write_text("\n".join(r["id"] for r in held))
        print(f"fold {i}: trained on {len(rest)}, holds out {len(held)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
