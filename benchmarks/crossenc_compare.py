"""The cross-encoder against the feature judge on held-out fold 0 (the same claims, same folds).

Usage: python benchmarks/crossenc_compare.py OOF.npz FOLD0.npz [--data DIR]

OOF.npz: `train_support.py --save-oof` (the feature judge's out-of-fold probabilities: on fold 0
they come from the model trained on folds 1-4); FOLD0.npz: `train_crossenc.py --preds` (the
cross-encoder trained on folds 1-4, scored on fold 0). Per set, on the fold-0 claims both scored:

* `judge`: the feature judge's P(REFUTE) and labels at its shipped cuts;
* `crossenc`: the cross-encoder's P(REFUTE) alone (ranking figures only);
* `blend`: the geometric mean of the two verdict distributions (no parameter fitted);
* `stack`: a softmax over both log-distributions, fitted by grouped 5-fold CV inside fold 0
  (every row predicted by a stacker that did not see its cited work).

For `judge`, `blend` and `stack`, 3-way macro-F1 and the false alarms / catches of
`contradicted` at cuts picked on these rows as train_support.py picks them (the same grid,
the same 5% false-alarm bound), so the three are compared on equal terms; `judge` also at its
shipped cuts. Related AUC is the judge's own: the cross-encoder does not change relatedness.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from support_accuracy import DEFAULT_DATA
from support_catch import REFUTE, catch_table, roc_auc
from train_support import (
    EXTRA,
    GRID,
    MAX_FALSE_ALARM,
    best_cut,
    false_alarm,
    load,
    macro_f1,
    pick_named,
    predict,
    predict_named,
    training_folders,
)

FLIPS = ("signed_flip", "anchored_flip")


def stack(logs: np.ndarray, gold: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Out-of-fold probabilities of a small softmax over the two models' log-probabilities."""
    out = np.zeros((len(gold), 3))
    for train, test in GroupKFold(n_splits=5).split(logs, gold, groups):
        model = LogisticRegression(C=1.0, max_iter=2000).fit(logs[train], gold[train])
        out[test] = model.predict_proba(logs[test])
    return out


def verdict_cuts(gold, p_rel, p_ver, names, shipped):  # type: ignore[no-untyped-def]
    """The support and refute cuts as train_support.py picks them (best objective, then the
    refute cut raised to the false-alarm bound, then the named-flip cut), the related and weak
    cuts kept as shipped."""
    related, weak = shipped[:2]
    _, cut = best_cut(gold, p_rel, p_ver, names,
                   [(related, weak, s, f) for s in GRID for f in GRID])
    refute = next((f for f in GRID if f >= cut[3] and false_alarm(
        gold, predict(p_rel, p_ver, (*cut[:3], f)), names) <= MAX_FALSE_ALARM[0]), GRID[-1])
    return (*cut[:3], refute)


def figures(gold, p_rel, p_ver, names, flips, cut):  # type: ignore[no-untyped-def]
    """Per set: AUC, catch@5%, macro-F1, false alarm and catch of `contradicted`; `cut` is
    (cuts, named) or the shipped cuts to keep the related and weak cuts of."""
    if len(cut) == 2:
        cut, named = cut
    else:
        cut = verdict_cuts(gold, p_rel, p_ver, names, cut)
        named = pick_named(gold, p_rel, p_ver, names, cut, flips)
    pred = predict_named(p_rel, p_ver, cut, flips, named)
    table = catch_table(gold, p_ver[:, REFUTE], pred == REFUTE, names)
    for name, row in table.items():
        mask = names == name
        row["macro"] = macro_f1(gold[mask], pred[mask], range(3))
        row["micro"] = float(np.mean(gold[mask] == pred[mask]))
    return table, (cut, named)


def show(label: str, table: dict, cut) -> None:  # type: ignore[no-untyped-def]
    print(f"{label}  cuts (related, weak, support, refute), named: {cut}")
    for name, row in table.items():
        print(f"  {name:18} S {row['support']:4d} R {row['refute']:4d} | AUC {row['auc']:.3f} "
              f"catch@5% {row['catch@5%']:.3f} | macro {row['macro']:.3f} micro "
              f"{row['micro']:.3f} | false alarm {row['false_alarm']:.3f} catch {row['catch']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("oof", type=Path)
    parser.add_argument("fold0", type=Path)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--named", type=float, default=0.7,
                        help="the judge's shipped refute_named (weights.json: 0.7)")
    parser.add_argument("--features", type=Path,
                        help="an out-of-fold file with the feature columns, if OOF has none")
    args = parser.parse_args(argv)
    oof, ce = np.load(args.oof), np.load(args.fold0)
    folders = training_folders(args.data) + [args.data / n for n in EXTRA
                                            if (args.data / n).is_dir()]
    pos, _, _, all_groups = load(folders)
    n, rows = len(pos), ce["rows"]
    gold, names = oof["gold"][rows], oof["names"][rows]
    assert (gold == ce["gold"]).all(), "fold file and out-of-fold file disagree on the rows"
    p_rel, p_cur, p_ce = oof["p_rel"][rows], oof["p_ver"][rows], ce["probs"]
    columns = np.load(args.features) if args.features else oof
    flips = (columns["features"][rows][:, [list(columns["feature_names"]).index(f)
                                           for f in FLIPS]] > 0).any(axis=1)
    for name in np.unique(names):
        mask = names == name
        print(f"{name}: related AUC (judge) "
              f"{roc_auc(p_rel[mask], oof['p_rel'][n + rows[mask]]):.4f}")
    shipped = (tuple(float(v) for v in oof["cut"]), args.named)
    show("judge at its shipped cuts", *figures(gold, p_rel, p_cur, names, flips, shipped))
    show("judge, verdict cuts picked on fold 0",
         *figures(gold, p_rel, p_cur, names, flips, shipped[0]))
    only_ce = catch_table(gold, p_ce[:, REFUTE], p_ce.argmax(1) == REFUTE, names)
    print("crossenc alone (ranking by its P(REFUTE); 'catch' = its argmax says REFUTE)")
    for name, row in only_ce.items():
        print(f"  {name:18} AUC {row['auc']:.3f} catch@5% {row['catch@5%']:.3f} | argmax "
              f"false alarm {row['false_alarm']:.3f} catch {row['catch']:.3f}")
    blend = np.sqrt(p_cur * p_ce)
    blend /= blend.sum(1, keepdims=True)
    show("blend (geometric mean), verdict cuts picked on fold 0",
         *figures(gold, p_rel, blend, names, flips, shipped[0]))
    logs = np.log(np.clip(np.hstack([p_cur, p_ce]), 1e-6, 1))
    stacked = stack(logs, gold, all_groups[:n][rows])
    show("stack (grouped CV inside fold 0), verdict cuts picked on fold 0",
         *figures(gold, p_rel, stacked, names, flips, shipped[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
