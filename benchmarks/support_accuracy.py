"""Accuracy of claim-support judgements on claims with cited text and SUPPORT/REFUTE/NEI labels.

Usage: .venv/bin/python benchmarks/support_accuracy.py [--data DIR]

DIR is one dataset folder (claims.jsonl with an inline `abstract`, as claims-scifact; or
pairs.jsonl with `evidence_sentences`, as claims-citint and claims-checkcovid) or a folder of
such folders; the default is ../shared/data/claims-{scifact,citint,checkcovid}. Per dataset:

(a) related-vs-unrelated ROC AUC of Support.score: each claim with its own source (positive)
    and with the source of a claim about another cited work (negative; fixed seed);
(b) three-way micro/macro F1 and SUPPORT-vs-rest micro/macro F1 of the shipped labels, mapped
    supported -> SUPPORT, contradicted -> REFUTE, weak/unrelated/unknown -> NEI;
(c) the three-way confusion matrix;
(d) of the doubtful judgements, how many quote an evidence sentence and give reasons, by kind;
(e) the catch of REFUTE claims (misrepresented / contradicted) without crying wolf: the share
    of SUPPORT claims judged `contradicted` (false alarms) and of REFUTE claims so judged
    (catches), and, ranking by P(REFUTE | related), the share caught when at most 5% of SUPPORT
    claims are flagged (`support_catch.py`).
The last line of output is one line of JSON with every figure.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claimcheck.model import Support
from claimcheck.support import SourceText, judge, source_from_record
from claimcheck.support.judge import judge_with_doubt, prefetch
from support_catch import catch_table

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DATASETS = ("claims-scifact", "claims-citint", "claims-checkcovid")
LABELS = ("SUPPORT", "REFUTE", "NEI")
TO_GOLD = {"SUPPORT": "SUPPORT", "REFUTE": "REFUTE", "CONTRADICT": "REFUTE",
           "NEI": "NEI", "NOTENOUGHINFO": "NEI"}
TO_THREE_WAY = {"supported": "SUPPORT", "contradicted": "REFUTE", "weak": "NEI",
                "unrelated": "NEI", "unknown": "NEI"}
SEED = 20251126


@dataclass(frozen=True, slots=True)
class Item:
    uid: str
    group: str
    claim: str
    source: SourceText
    label: str  # SUPPORT | REFUTE | NEI


def _jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_dataset(folder: Path) -> list[Item]:
    """The claims of one folder, each with the text of its cited source."""
    if (folder / "pairs.jsonl").exists():
        rows, key = _jsonl(folder / "pairs.jsonl"), "evidence_sentences"
    else:
        rows, key = _jsonl(folder / "claims.jsonl"), "abstract"
    items = []
    for row in rows:
        title, text = str(row.get("title") or ""), row[key]
        if isinstance(text, list):
            source = SourceText(title, tuple(str(s) for s in text), "abstract" if text else "none")
        else:
            source = source_from_record(title, str(text))
        group = str(row.get("group") or row.get("doc_id"))
        items.append(Item(str(row["uid"]), group, str(row["claim"]), source,
                          TO_GOLD[str(row["label"])]))
    return items


def negatives(items: list[Item], seed: int = SEED) -> list[Item]:
    """Each claim paired with the source of a random claim about another cited work."""
    rng = random.Random(seed)
    out = []
    for item in items:
        other = rng.choice(items)
        while other.group == item.group and len({i.group for i in items}) > 1:
            other = rng.choice(items)
        out.append(Item(item.uid, item.group, item.claim, other.source, "UNRELATED"))
    return out


def auc(positive: list[float], negative: list[float]) -> float:
    """ROC AUC by ranks (ties count half)."""
    scored = sorted([(s, 1) for s in positive] + [(s, 0) for s in negative])
    rank_sum, i = 0.0, 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j][0] == scored[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2 * sum(flag for _, flag in scored[i:j])
        i = j
    n_pos, n_neg = len(positive), len(negative)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg) if n_pos and n_neg else 0.0


def f1_scores(gold: list[str], pred: list[str], labels: tuple[str, ...]) -> dict[str, float]:
    """Micro F1 (accuracy, every item gets one label) and macro F1 over `labels`."""
    per_label = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = pred.count(label), gold.count(label)
        per_label.append(2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0)
    micro = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    return {"micro_f1": round(micro, 4), "macro_f1": round(sum(per_label) / len(labels), 4),
            "per_class_f1": {label: round(f, 4) for label, f in zip(labels, per_label,
                                                                      strict=True)}}


def evaluate(items: list[Item]) -> dict[str, object]:
    """Every figure for one dataset."""
    prefetch((item.claim, item.source) for item in items)  # claimcheck[semantic]: one batch
    both = [judge_with_doubt(item.claim, item.source) for item in items]
    judged = [support for support, _ in both]
    unrelated = [judge(item.claim, item.source).score for item in negatives(items)]
    gold = [item.label for item in items]
    pred = [TO_THREE_WAY[s.label] for s in judged]
    binary = [("SUPPORT" if g == "SUPPORT" else "REST") for g in gold]
    binary_pred = [("SUPPORT" if p == "SUPPORT" else "REST") for p in pred]
    confusion = Counter(zip(gold, pred, strict=True))
    return {
        "n": len(items),
        "auc_related": round(auc([s.score for s in judged], unrelated), 4),
        "three_way": f1_scores(gold, pred, LABELS),
        "support_vs_rest": f1_scores(binary, binary_pred, ("SUPPORT", "REST")),
        "confusion": {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS},
        "labels": dict(Counter(s.label for s in judged)),
        "explained": explained(judged),
        "catch": catch_figures(items, pred, [doubt for _, doubt in both]),
    }


def catch_figures(items: list[Item], pred: list[str], doubts: list[float]) -> dict[str, float]:
    """Part (e): catches and false alarms of the shipped labels and of the ranking."""
    gold = np.array([LABELS.index(item.label) for item in items])
    scores = np.array(doubts)
    flagged = np.array([p == "REFUTE" for p in pred])
    table = catch_table(gold, scores, flagged, np.array(["set"] * len(items)))
    return {k: round(v, 4) for k, v in table.get("set", {}).items()}


def reason_kind(text: str) -> str:
    """A reason's kind: its words before the first colon, quote or semicolon."""
    return re.sub(r"\d+%", "N%", re.split(r'[:";,]', text, maxsplit=1)[0].strip())


def explained(judged: list[Support]) -> dict[str, object]:
    """Issue 16 item 1: of the doubtful judgements (a finding when the basis is an abstract),
    how many quote an evidence sentence and give a reason, and which kinds of reason."""
    doubtful = [s for s in judged if s.label in ("unrelated", "contradicted", "weak")]
    kinds = Counter(reason_kind(r) for s in doubtful for r in s.reasons)
    fallback = sum(all(r.startswith("the closest sentence covers") for r in s.reasons)
                   for s in doubtful)
    return {"doubtful": len(doubtful),
            "with_evidence_sentence": sum(bool(s.evidence) for s in doubtful),
            "with_reason": sum(bool(s.reasons) for s in doubtful),
            "only_the_coverage_reason": fallback,
            "reason_kinds": dict(kinds.most_common())}


def dataset_folders(data: Path) -> list[Path]:
    if (data / "claims.jsonl").exists() or (data / "pairs.jsonl").exists():
        return [data]
    named = [data / name for name in DATASETS if (data / name).is_dir()]
    return named or sorted(p for p in data.glob("claims-*") if p.is_dir())


def report(name: str, figures: dict[str, object]) -> None:
    print(f"== {name} (n={figures['n']})")
    print(f"  (a) related-vs-unrelated AUC: {figures['auc_related']}")
    print(f"  (b) three-way: {figures['three_way']}  SUPPORT-vs-rest: {figures['support_vs_rest']}")
    print(f"  (c) confusion (rows gold, columns predicted {', '.join(LABELS)}):")
    confusion = figures["confusion"]
    assert isinstance(confusion, dict)
    for gold in LABELS:
        print(f"      {gold:8}" + "".join(f"{confusion[gold][p]:7d}" for p in LABELS))
    print(f"  labels: {figures['labels']}")
    print(f"  doubtful judgements explained: {figures['explained']}")
    print(f"  (e) catch of REFUTE claims: {figures['catch']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    folders = dataset_folders(args.data) if args.data.is_dir() else []
    if not folders:
        print(f"skipped: no claims datasets under {args.data}")
        print(json.dumps({"skipped": True}))
        return 0
    results = {}
    for folder in folders:
        results[folder.name] = evaluate(load_dataset(folder))
        report(folder.name, results[folder.name])
    print(json.dumps({"benchmark": "support_accuracy", "datasets": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
