"""The training script's decision and data hygiene (needs numpy and scikit-learn, training
only: skipped without them)."""

import pytest
from tests.conftest import load_benchmark

from claimcheck.support import SourceText

pytest.importorskip("sklearn")
np = pytest.importorskip("numpy")
load_benchmark("support_catch")  # imported by support_accuracy, as a script finds it
bench = load_benchmark("support_accuracy")
train = load_benchmark("train_support")

SOURCE = SourceText("T", ("Aspirin lowered the risk of stroke.",), "abstract")
OTHER = SourceText("U", ("Statins lowered cholesterol.",), "abstract")


def test_an_nei_twin_of_a_labelled_pair_is_left_out_of_training() -> None:
    items = [
        bench.Item("a", "g1", "Aspirin lowers stroke risk.", SOURCE, "SUPPORT"),
        bench.Item("b", "g1", "Aspirin lowers stroke risk.", SOURCE, "NEI"),  # same input
        bench.Item("c", "g2", "Aspirin lowers stroke risk.", OTHER, "NEI"),  # another source
        bench.Item("d", "g1", "Aspirin raises stroke risk.", SOURCE, "NEI"),
    ]
    assert train.ambiguous(items).tolist() == [False, True, False, False]


def test_the_weak_band_makes_a_moderately_related_pair_nei() -> None:
    p_rel = np.array([0.3, 0.6, 0.6, 0.9, 0.9])
    p_ver = np.array([[0.8, 0.1, 0.1], [0.8, 0.1, 0.1], [0.1, 0.8, 0.1],
                      [0.8, 0.1, 0.1], [0.1, 0.8, 0.1]])
    assert train.predict(p_rel, p_ver, (0.45, 0.0, 0.5, 0.5)).tolist() == [2, 0, 1, 0, 1]
    assert train.predict(p_rel, p_ver, (0.45, 0.75, 0.5, 0.5)).tolist() == [2, 2, 2, 0, 1]


def test_a_measure_only_set_is_never_a_training_set(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name in ("claims-insciout", "claims-other"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "claims.jsonl").write_text("")
    assert [f.name for f in train.training_folders(tmp_path)] == ["claims-other"]
    assert train.training_folders(tmp_path / "claims-insciout") == []  # named alone
