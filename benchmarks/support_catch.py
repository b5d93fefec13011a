"""How often a misrepresented or contradicted claim is caught without crying wolf.

Usage: .venv/bin/python benchmarks/support_catch.py OOF.npz   (from train_support.py --save-oof)

The figure that matters to a reader of the report: of the claims whose cited work does NOT
back them (gold REFUTE: misrepresented, contradicted, not substantiated), how many are flagged,
when at most a fixed share of the claims the work DOES back (gold SUPPORT) are flagged too.
NEI claims are left out: neither a catch nor a false alarm. Per dataset:

* `auc`: ROC AUC of the doubt score, REFUTE against SUPPORT (0.5 = chance);
* `catch@5%`: the share of REFUTE claims at or above the lowest cut of the doubt score that
  flags at most 5% of SUPPORT claims (the cut is found per dataset, so this measures the
  ranking, as a ROC point does);
* `shipped`: the share of SUPPORT claims the shipped cuts call `contradicted` (false alarms)
  and of REFUTE claims they call so (catches).

The doubt score is P(REFUTE | related) of the verdict model, the number its refute cut reads.
With the cuts saved in the file, also prints what a higher refute cut would trade: false
alarms and catches per dataset for each cut in REFUTE_CUTS, the other cuts as trained.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

FALSE_ALARM = 0.05
REFUTE_CUTS = (0.45, 0.55, 0.65, 0.75, 0.85)
SUPPORT, REFUTE = 0, 1  # VERDICTS order


def roc_auc(positive: np.ndarray, negative: np.ndarray) -> float:
    """Probability that a random positive scores above a random negative (ties half)."""
    if not len(positive) or not len(negative):
        return float("nan")
    scores = np.concatenate([positive, negative])
    order = scores.argsort(kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    for value in np.unique(scores):  # ties share their mean rank
        tied = scores == value
        ranks[tied] = ranks[tied].mean()
    n = len(positive)
    return float((ranks[:n].sum() - n * (n + 1) / 2) / (n * len(negative)))


def catch_at(supported: np.ndarray, refuted: np.ndarray, budget: float = FALSE_ALARM) -> float:
    """Share of `refuted` scores at or above the lowest cut flagging <= budget of `supported`."""
    if not len(supported) or not len(refuted):
        return float("nan")
    allowed = int(np.floor(budget * len(supported)))
    ranked = np.sort(supported)[::-1]
    # The cut must lie above the (allowed+1)-th highest supported score.
    above = ranked[allowed] if allowed < len(ranked) else -np.inf
    return float(np.mean(refuted > above))


def catch_table(gold: np.ndarray, doubt: np.ndarray, flagged: np.ndarray,
                names: np.ndarray) -> dict[str, dict[str, float]]:
    """The figures of the module docstring for each dataset name."""
    out = {}
    for name in np.unique(names):
        mask = names == name
        s, r = mask & (gold == SUPPORT), mask & (gold == REFUTE)
        if not r.any() or not s.any():
            continue
        out[str(name)] = {
            "support": int(s.sum()), "refute": int(r.sum()),
            "auc": roc_auc(doubt[r], doubt[s]),
            "catch@5%": catch_at(doubt[s], doubt[r]),
            "false_alarm": float(flagged[s].mean()), "catch": float(flagged[r].mean()),
        }
    return out


def print_table(table: dict[str, dict[str, float]]) -> None:
    print(f"  catch of REFUTE claims (misrepresented / contradicted), NEI left out; "
          f"catch@{FALSE_ALARM:.0%} = share caught when at most {FALSE_ALARM:.0%} of SUPPORT "
          "claims are flagged")
    for name, row in table.items():
        print(f"  {name}: SUPPORT {row['support']} REFUTE {row['refute']} | "
              f"AUC REFUTE-vs-SUPPORT {row['auc']:.3f} | catch@{FALSE_ALARM:.0%} "
              f"{row['catch@5%']:.3f} | shipped cut: false alarm {row['false_alarm']:.3f}, "
              f"catch {row['catch']:.3f}")


def print_tradeoff(data: dict[str, np.ndarray]) -> None:
    """False alarms / catches of `contradicted` per dataset if the refute cut were higher."""
    from train_support import predict
    gold, names, p_ver = data["gold"], data["names"], data["p_ver"]
    related, weak, support, _ = (float(v) for v in data["cut"])
    for refute in REFUTE_CUTS:
        pred = predict(data["p_rel"][: len(gold)], p_ver, (related, weak, support, refute))
        table = catch_table(gold, p_ver[:, REFUTE], pred == REFUTE, names)
        print(f"  refute cut {refute:.2f}: " + " | ".join(
            f"{name} false alarm {row['false_alarm']:.3f} catch {row['catch']:.3f}"
            for name, row in table.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("oof", type=Path, help=".npz written by train_support.py --save-oof")
    args = parser.parse_args(argv)
    data = np.load(args.oof)
    flagged = data["pred"] == REFUTE if "pred" in data else data["p_ver"][:, REFUTE] >= 0.5
    print_table(catch_table(data["gold"], data["p_ver"][:, REFUTE], flagged, data["names"]))
    if "cut" in data:
        print_tradeoff(dict(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
