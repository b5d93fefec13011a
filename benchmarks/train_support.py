"""Train the shipped support model from the shared tuning data only; writes weights.json.

Usage: .venv/bin/python benchmarks/train_support.py [--data DIR] [--out PATH] [--dry-run]
       [--semantic]   (the model for claimcheck[semantic]: writes weights-semantic.json)
       [--synthetic DIR]   (also the flipped claims of benchmarks/support_synth.py)

Needs numpy and scikit-learn (training only; the package evaluates the coefficients in pure
Python). Steps: an IDF table from the tuning sources; a logistic "related" model (each claim's
own source vs. another cited work's, seed different from the benchmark's); a softmax
SUPPORT/REFUTE/NEI model on the related pairs; thresholds picked on out-of-fold predictions
(5-fold cross-validation grouped by cited work) on a coarse grid. Prints the cross-validated
figures it chose by, per class and set.

An NEI pair whose claim and source are exactly those of a SUPPORT or REFUTE pair is left out
of the verdict's training (it is still scored): Check-COVID labels such a twin NEI against a
distractor sentence its source does not single out, so the input cannot tell the two apart.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from claimcheck.support.bag import bag_keys
from claimcheck.support.features import FEATURE_NAMES, Idf, verdict_text
from claimcheck.support.judge import FLIP_COLUMNS, candidates, pair_features
from claimcheck.support.lexicon import content_stems
from claimcheck.support.scorer import VERDICTS
from claimcheck.support.source import SourceText
from support_accuracy import DEFAULT_DATA, SEED, Item, dataset_folders, load_dataset, negatives
from support_catch import catch_table, print_table

OUT = Path(__file__).resolve().parents[1] / "src" / "claimcheck" / "support" / "weights.json"
C = 0.5  # inverse regularisation strength, fixed a priori rather than searched
C_VERDICT = 0.1  # stronger for the verdict model, which also weighs thousands of words
SAVE_OOF: list[Path] = []  # --save-oof: where to keep out-of-fold probabilities
# --max-false-alarm: the share of a benchmark set's SUPPORT claims that may be called
# contradicted (a warning). The objective alone peaks where 16-29% are: a checker that cries
# wolf on one supported claim in five is not trusted, so the refute cut is raised until every
# set is within the bound (catches lost: docs/benchmarks/support.md, "the refute cut").
MAX_FALSE_ALARM = [0.05]
SEMANTIC: list[bool] = []  # --semantic: append the sentence-embedding features
MIN_GROUPS = 8  # a word weighs only when seen in this many cited works
GRID = [round(0.05 * k, 2) for k in range(2, 19)]
WEAK_GRID = [0.0, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]  # 0: no weak band
# Extra training sets (no held-out part, no NEI class): they teach direction flips (evinf),
# misrepresentation (missciplus) and faithful conclusions (pubmedqa); each weighs EXTRA_WEIGHT
# of a benchmark set in total, and thresholds are chosen on the benchmark sets alone.
EXTRA = ("claims-evinf", "claims-missciplus", "claims-pubmedqa", "claims-synthflip")
EXTRA_WEIGHT = 0.5


def build_idf(items: list[Item]) -> Idf:
    """IDF over the cited works (a work's passages pooled, so a corpus that holds many passages
    of one article does not count its words many times); stems seen once use the default."""
    works: dict[str, set[str]] = {}
    for item in items:
        stems = works.setdefault(item.group, set())
        for sentence in candidates(item.source):
            stems |= content_stems(sentence)
    df = Counter(stem for stems in works.values() for stem in stems)
    docs = works
    n = len(docs)
    default = math.log((n + 1) / 2) + 1
    table = {s: round(math.log((n + 1) / (c + 1)) + 1, 3) for s, c in df.items() if c >= 2}
    return Idf(table=dict(sorted(table.items())), default=round(default, 3))


def matrix(items: list[Item], idf: Idf) -> np.ndarray:
    dense = np.array([pair_features(i.claim, i.source, idf)[1] for i in items])
    if not SEMANTIC:
        return dense
    from support_semantic import semantic_matrix
    recall_best = dense[:, FEATURE_NAMES.index("recall_best")]
    return np.hstack([dense, semantic_matrix(items, recall_best)])


def feature_names() -> tuple[str, ...]:
    """The dense features in column order: the default ones, then the semantic ones if asked."""
    from claimcheck.support.semantic import SEMANTIC_NAMES
    return FEATURE_NAMES + (SEMANTIC_NAMES if SEMANTIC else ())


def bags(items: list[Item], idf: Idf) -> list[frozenset[str]]:
    """The word keys of each pair, exactly as `judge` computes them."""
    out = []
    for item in items:
        pair, _ = pair_features(item.claim, item.source, idf)
        out.append(bag_keys(pair.claim, verdict_text(pair, idf, shared=True)))
    return out


def word_matrix(keys: list[frozenset[str]], groups: np.ndarray) -> tuple[sp.csr_matrix, list]:
    """Binary word features for keys seen in at least MIN_GROUPS cited works."""
    works: dict[str, set[str]] = {}
    for row, group in zip(keys, groups, strict=True):
        for key in row:
            works.setdefault(key, set()).add(group)
    vocab = sorted(k for k, seen in works.items() if len(seen) >= MIN_GROUPS)
    index = {k: i for i, k in enumerate(vocab)}
    rows = [(r, index[k]) for r, row in enumerate(keys) for k in row if k in index]
    data = np.ones(len(rows))
    shape = (len(keys), len(vocab))
    matrix_ = sp.csr_matrix((data, ([r for r, _ in rows], [c for _, c in rows])), shape=shape)
    return matrix_, vocab


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, c: float = C) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=weight)


def unscaled(model: LogisticRegression, mean: np.ndarray, std: np.ndarray, row: int) -> dict:
    """Coefficients for raw features: w.(x-m)/s + b == (w/s).x + (b - w.m/s)."""
    w = model.coef_[row] / std
    return {"coef": [round(float(v), 5) for v in w],
            "intercept": round(float(model.intercept_[row] - w @ mean), 5)}


def _without_group(x: np.ndarray) -> np.ndarray:
    """The features for the related model: whether the sentence cites a group of works says
    nothing about whether this is its source (a claim and its negative share it), so that
    column is zeroed and gets no weight."""
    out = x.copy()
    out[:, FEATURE_NAMES.index("group_citation")] = 0.0
    return out


def weights_for(data: dict, by_dataset: bool) -> np.ndarray:
    """Each dataset weighs the same in total, so the biggest does not set the priors alone."""
    names = data["dataset"]
    counts = Counter(names)
    scale = len(names) / len(counts)
    factor = {n: EXTRA_WEIGHT if n in EXTRA else 1.0 for n in counts}
    return np.array([scale * factor[n] / counts[n] if by_dataset else 1.0 for n in names])


def oof(data: dict, x, y: np.ndarray, w: np.ndarray, proba_cols: int, c: float = C) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped by cited work; only rows in data["train"]
    (all when absent) are trained on, every row is predicted."""
    out = np.zeros((len(y), proba_cols))
    keep = data.get("train", np.ones(len(y), dtype=bool))
    for train, test in GroupKFold(n_splits=5).split(x, y, data["group"]):
        train = train[keep[train]]
        model = fit(x[train], y[train], w[train], c)
        out[test] = model.predict_proba(x[test])
    return out


def ambiguous(items: list[Item]) -> np.ndarray:
    """NEI rows whose exact (claim, source) also carries SUPPORT or REFUTE."""
    labels: dict[tuple[str, SourceText], set[str]] = {}
    for item in items:
        labels.setdefault((item.claim, item.source), set()).add(item.label)
    return np.array([i.label == "NEI" and len(labels[(i.claim, i.source)]) > 1 for i in items])


def macro_f1(gold: np.ndarray, pred: np.ndarray, labels: range) -> float:
    scores = []
    for k in labels:
        tp = np.sum((gold == k) & (pred == k))
        denom = np.sum(gold == k) + np.sum(pred == k)
        scores.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(scores))


Cut = tuple[float, float, float, float]  # related, weak_related, support, refute


def predict(p_rel: np.ndarray, p_ver: np.ndarray, cut: Cut) -> np.ndarray:
    """Three-way predictions (0 SUPPORT, 1 REFUTE, 2 NEI) exactly as judge.decide cuts."""
    related, weak, support, refute = cut
    pred = np.full(len(p_rel), 2)
    pred[p_ver[:, 0] >= support] = 0
    pred[p_ver[:, 1] >= refute] = 1
    pred[p_rel < max(related, weak)] = 2
    return pred


def objective(gold: np.ndarray, pred: np.ndarray, names: np.ndarray) -> float:
    """Mean over datasets of the mean of the three figures the benchmark reports: three-way
    micro and macro F1 and SUPPORT-vs-rest macro F1."""
    total = []
    for name in sorted(set(np.unique(names)) - set(EXTRA)):
        g, p = gold[names == name], pred[names == name]
        figures = (np.mean(g == p), macro_f1(g, p, range(3)), macro_f1(g == 0, p == 0, range(2)))
        total.append(np.mean(figures))
    return float(np.mean(total))


def best_cut(gold, p_rel, p_ver, names, cuts) -> tuple[float, Cut]:
    return max(((objective(gold, predict(p_rel, p_ver, cut), names), cut) for cut in cuts),
               key=lambda t: t[0])


def pick_thresholds(gold, p_rel, p_ver, names) -> tuple[Cut, float]:
    """The grid point with the best objective: first the related cut without a weak band
    (above the weak cut the related cut changes no three-way label, only unrelated vs weak),
    then the weak band and the verdict cuts with it fixed (a tie keeps the earlier point);
    last, the refute cut raised until no benchmark set's false alarms exceed the bound."""
    _, (related, *_) = best_cut(gold, p_rel, p_ver, names,
                             [(r, 0.0, s, f) for r in GRID[:8] for s in GRID for f in GRID])
    _, cut = best_cut(gold, p_rel, p_ver, names,
                   [(related, k, s, f) for k in WEAK_GRID if k == 0.0 or k > related
                    for s in GRID for f in GRID])
    refute = next((f for f in GRID if f >= cut[3]
                   and false_alarm(gold, predict(p_rel, p_ver, (*cut[:3], f)), names)
                   <= MAX_FALSE_ALARM[0]), GRID[-1])
    cut = (*cut[:3], refute)
    return cut, objective(gold, predict(p_rel, p_ver, cut), names)


def predict_named(p_rel: np.ndarray, p_ver: np.ndarray, cut: Cut, flips: np.ndarray,
                  named: float) -> np.ndarray:
    """`predict`, with the refute cut `named` for pairs showing a named direction flip."""
    pred = predict(p_rel, p_ver, cut)
    pred[flips & (p_ver[:, 1] >= named) & (p_rel >= max(cut[0], cut[1]))] = 1
    return pred


def pick_named(gold, p_rel, p_ver, names, cut: Cut, flips: np.ndarray) -> float:
    """The lowest refute cut for pairs with a named direction flip (`Thresholds.refute_named`)
    that keeps every benchmark set within the false-alarm bound; the plain cut if none."""
    return next((named for named in GRID if named < cut[3] and false_alarm(
        gold, predict_named(p_rel, p_ver, cut, flips, named), names) <= MAX_FALSE_ALARM[0]),
        cut[3])


def false_alarm(gold: np.ndarray, pred: np.ndarray, names: np.ndarray) -> float:
    """The largest share, over the benchmark sets, of SUPPORT claims predicted REFUTE."""
    shares = [np.mean(pred[(names == name) & (gold == 0)] == 1)
              for name in sorted(set(np.unique(names)) - set(EXTRA))]
    return float(max(shares))


def title_only(items: list[Item]) -> list[Item]:
    return [Item(i.uid, i.group, i.claim, SourceText(i.source.title, (i.source.title,), "title"),
                 i.label) for i in items if i.source.title]


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    from support_accuracy import auc as rank_auc
    return rank_auc(list(pos), list(neg))


def load(folders: list[Path]) -> tuple[list[Item], list[Item], np.ndarray, np.ndarray]:
    """Positive items, their negatives, and each row's dataset and group (positives first)."""
    pos: list[Item] = []
    neg: list[Item] = []
    names: list[str] = []
    for folder in folders:
        items = load_dataset(folder)
        pos += items
        neg += negatives(items, SEED + 1)  # not the benchmark's pairing
        names += [folder.name] * len(items)
    # a synthetic row names its origin's dataset and work, so its fold is its origin's
    groups = [i.group if i.group.startswith("claims-") else f"{n}:{i.group}"
              for n, i in zip(names, pos, strict=True)]
    return pos, neg, np.array(names * 2), np.array(groups * 2)


def report_cv(gold: np.ndarray, p_rel: np.ndarray, p_ver: np.ndarray, names: np.ndarray,
              cut: Cut) -> None:
    for name in np.unique(names):
        mask = names == name
        g, p = gold[mask], predict(p_rel[mask], p_ver[mask], cut)
        per_class = " ".join(f"{v} {macro_f1(g, p, range(k, k + 1)):.3f}"
                             for k, v in enumerate(VERDICTS))
        print(f"  {name}: 3-way micro {np.mean(g == p):.3f} macro {macro_f1(g, p, range(3)):.3f}"
              f" | SUPPORT-vs-rest macro {macro_f1(g == 0, p == 0, range(2)):.3f}"
              f" | per class F1 {per_class}")


def train(pos: list[Item], neg: list[Item], names: np.ndarray, groups: np.ndarray) -> dict:
    """Cross-validate, pick thresholds, fit on everything; the model in its JSON form."""
    idf = build_idf(pos)
    x_raw = np.vstack([matrix(pos, idf), matrix(neg, idf)])
    mean, std = x_raw.mean(axis=0), x_raw.std(axis=0) + 1e-9
    x, n = (x_raw - mean) / std, len(pos)
    related_y = np.array([1] * n + [0] * n)
    data, sub = {"dataset": names, "group": groups}, {"dataset": names[:n], "group": groups[:n]}
    w_all, w_sub = weights_for(data, by_dataset=True), weights_for(sub, by_dataset=True)
    p_rel = oof(data, _without_group(x), related_y, w_all, 2)[:, 1]
    for name in np.unique(names[:n]):
        mask = names[:n] == name
        print(f"{name}: out-of-fold related AUC {auc(p_rel[:n][mask], p_rel[n:][mask]):.4f}")
    gold = np.array([VERDICTS.index(i.label) for i in pos])
    words, vocab = word_matrix(bags(pos, idf), groups[:n])
    x_ver = sp.hstack([sp.csr_matrix(x[:n]), words]).tocsr()
    sub["train"] = ~ambiguous(pos)
    print(f"verdict trained on {sub['train'].sum()} of {n} pairs "
          "(NEI twins of a labelled pair left out)")
    p_ver = oof(sub, x_ver, gold, w_sub, 3, C_VERDICT)
    cut, score = pick_thresholds(gold, p_rel[:n], p_ver, names[:n])
    flips = (x_raw[:n, list(FLIP_COLUMNS)] > 0).any(axis=1)
    named = pick_named(gold, p_rel[:n], p_ver, names[:n], cut, flips)
    print(f"thresholds (related, weak_related, support, refute) {cut}, with a named flip "
          f"{named}; out-of-fold objective {score:.4f} (without the named-flip cut)")
    report_cv(gold, p_rel[:n], p_ver, names[:n], cut)
    pred = predict_named(p_rel[:n], p_ver, cut, flips, named)
    print_table(catch_table(gold, p_ver[:, 1], pred == 1, names[:n]))
    if SAVE_OOF:
        np.savez(SAVE_OOF[0], p_rel=p_rel, p_ver=p_ver, gold=gold, names=names[:n], pred=pred,
                 cut=np.array(cut), features=x_raw[:n], feature_names=np.array(feature_names()))
    keep = sub["train"]
    related = fit(_without_group(x), related_y, w_all)
    verdict = fit(x_ver[keep], gold[keep], w_sub[keep], C_VERDICT)
    names_ = feature_names()
    word_coef = verdict.coef_[:, len(names_):]
    verdict.coef_ = verdict.coef_[:, :len(names_)]
    return {
        "features": list(names_),
        "related": unscaled(related, mean, std, 0),
        "verdict": {v: unscaled(verdict, mean, std, k) for k, v in enumerate(VERDICTS)},
        "words": {key: [round(float(w), 4) for w in word_coef[:, j]]
                  for j, key in enumerate(vocab) if np.abs(word_coef[:, j]).max() >= 1e-3},
        "thresholds": {"related": cut[0], "weak_related": cut[1], "support": cut[2],
                       "refute": cut[3], "refute_named": named,
                       "related_title": title_threshold(pos, neg, idf, related, (mean, std))},
        "idf": {"default": idf.default, "table": dict(idf.table)},
    }


# Sets whose licence (GPL) allows measuring but not training a model that ships
MEASURE_ONLY = frozenset({"claims-insciout"})


def training_folders(data: Path) -> list[Path]:
    """The claim sets under `data` a model may be trained on: never a measure-only set, even
    when `data` names one or the benchmark sets are missing and every set would be taken."""
    folders = dataset_folders(data) if data.is_dir() else []
    return [folder for folder in folders if folder.name not in MEASURE_ONLY]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dry-run", action="store_true", help="report, do not write weights")
    parser.add_argument("--no-extra", action="store_true", help="benchmark sets only")
    parser.add_argument("--save-oof", type=Path, help="keep out-of-fold probabilities (.npz)")
    parser.add_argument("--synthetic", type=Path,
                        help="also train on DIR/claims-synthflip (benchmarks/support_synth.py)")
    parser.add_argument("--max-false-alarm", type=float, default=MAX_FALSE_ALARM[0],
                        help="most SUPPORT claims of a set called contradicted (default 0.05)")
    parser.add_argument("--semantic", action="store_true",
                        help="add sentence-embedding features (needs claimcheck[semantic])")
    args = parser.parse_args(argv)
    SAVE_OOF[:] = [args.save_oof] if args.save_oof else []
    MAX_FALSE_ALARM[:] = [args.max_false_alarm]
    SEMANTIC[:] = [True] if args.semantic else []
    if args.semantic and args.out == OUT:
        args.out = OUT.with_name("weights-semantic.json")
    folders = training_folders(args.data)
    if folders and not args.no_extra:
        folders += [args.data / name for name in EXTRA if (args.data / name).is_dir()]
    if folders and args.synthetic:
        folders.append(args.synthetic / "claims-synthflip")
    if not folders:
        print(f"skipped: no claims datasets under {args.data}")
        return 0
    model = {"trained_on": [f.name for f in folders], **train(*load(folders))}
    if not args.dry_run:
        args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


def title_threshold(pos: list[Item], neg: list[Item], idf: Idf, related, scaling) -> float:
    """From a title alone: the cut that calls at most 10% of true pairs unrelated."""
    mean, std = scaling
    true_pairs = (matrix(title_only(pos), idf) - mean) / std
    false_pairs = (matrix(title_only(neg), idf) - mean) / std
    p_true = related.predict_proba(true_pairs)[:, 1]
    p_false = related.predict_proba(false_pairs)[:, 1]
    cut = round(float(np.quantile(p_true, 0.10)), 3)
    print(f"title only: AUC {auc(p_true, p_false):.4f}; cut {cut} flags "
          f"{np.mean(p_false < cut):.2%} of unrelated titles")
    return cut


if __name__ == "__main__":
    sys.exit(main())
