"""The accuracy benchmark's helpers: data loading in both formats, AUC, F1, negatives."""

import json
from pathlib import Path

import pytest
from tests.conftest import load_benchmark

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"


load_benchmark("support_catch")  # imported by support_accuracy, as a script finds it
bench = load_benchmark("support_accuracy")


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_auc_counts_ties_as_half() -> None:
    assert bench.auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert bench.auc([0.1], [0.9]) == 0.0
    assert bench.auc([0.5], [0.5]) == 0.5


def test_f1_micro_is_accuracy_and_macro_averages_labels() -> None:
    gold = ["SUPPORT", "SUPPORT", "REFUTE", "NEI"]
    pred = ["SUPPORT", "NEI", "REFUTE", "NEI"]
    figures = bench.f1_scores(gold, pred, ("SUPPORT", "REFUTE", "NEI"))
    assert figures == {"micro_f1": 0.75, "macro_f1": round((2 / 3 + 1 + 2 / 3) / 3, 4),
                       "per_class_f1": {"SUPPORT": 0.6667, "REFUTE": 1.0, "NEI": 0.6667}}


def test_both_formats_load_and_negatives_come_from_other_works(tmp_path: Path) -> None:
    inline, pairs = tmp_path / "claims-a", tmp_path / "claims-b"
    inline.mkdir(), pairs.mkdir()
    _write(inline / "claims.jsonl", [
        {"uid": "a1", "claim": "Mice ate.", "label": "CONTRADICT", "title": "T", "doc_id": 1,
         "abstract": "Mice ate. Rats slept."},
        {"uid": "a2", "claim": "Rats ate.", "label": "NEI", "title": "U", "doc_id": 2,
         "abstract": ""},
    ])
    _write(pairs / "pairs.jsonl", [
        {"uid": "b1", "claim": "X [<|cit|>].", "doc_id": 7, "group": "g7",
         "evidence_sentences": ["X is so."], "label": "NOTENOUGHINFO"},
    ])
    a, b = bench.load_dataset(inline), bench.load_dataset(pairs)
    assert [(i.label, i.source.basis, i.source.sentences) for i in a] == [
        ("REFUTE", "abstract", ("Mice ate.", "Rats slept.")), ("NEI", "title", ("U",)),
    ]
    assert (b[0].group, b[0].label, b[0].source.sentences) == ("g7", "NEI", ("X is so.",))
    assert bench.dataset_folders(tmp_path) == [inline, pairs]
    assert [n.source.title for n in bench.negatives(a)] == ["U", "T"]


def test_main_skips_cleanly_without_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--data", str(tmp_path / "absent")]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {"skipped": True}


@pytest.mark.skipif(not (SHARED / "claims-scifact").is_dir(), reason="shared data absent")
def test_own_sources_score_above_other_works_on_scifact_sample() -> None:
    items = bench.load_dataset(SHARED / "claims-scifact")[:40]
    figures = bench.evaluate(items)
    assert figures["auc_related"] > 0.9
    assert figures["n"] == 40
