"""The cross-encoder experiment's data hygiene and comparison (benchmarks/train_crossenc.py,
crossenc_compare.py): held-out claims keep their cited work together, each dataset weighs the
same, the encoder reads what the verdict reads, and cuts keep the false-alarm bound. Needs
numpy and scikit-learn (training only), not PyTorch."""

import pytest
from tests.conftest import load_benchmark

from claimcheck.support import SourceText

pytest.importorskip("sklearn")
np = pytest.importorskip("numpy")
load_benchmark("support_catch")
bench = load_benchmark("support_accuracy")
load_benchmark("train_support")
cross = load_benchmark("train_crossenc")
compare = load_benchmark("crossenc_compare")


def test_fold_zero_never_splits_a_cited_work() -> None:
    groups = np.array([f"work{k % 13}" for k in range(200)])
    held = cross.fold_zero(groups)
    for group in set(groups):
        assert len(set(held[groups == group])) == 1
    assert 0.1 < held.mean() < 0.3


def test_each_dataset_weighs_the_same_and_extras_half() -> None:
    names = np.array(["claims-citint"] * 30 + ["claims-scifact"] * 10 + ["claims-evinf"] * 20)
    weights = cross.row_weights(names, np.arange(60))
    citint, scifact, evinf = (weights[names == n].sum()
                              for n in ("claims-citint", "claims-scifact", "claims-evinf"))
    assert citint == pytest.approx(scifact)
    assert evinf == pytest.approx(citint / 2)


def test_the_encoder_reads_the_claim_without_markers_beside_its_closest_sentences() -> None:
    source = SourceText("Aspirin and stroke", (
        "Participants were recruited in 12 centres.",
        "Aspirin did not reduce the incidence of stroke.",
        "Bleeding was more common with aspirin.",
    ), "abstract")
    item = bench.Item("a", "g", "Aspirin prevents stroke [4].", source, "REFUTE")
    ((claim, evidence),) = cross.texts([item])
    assert claim == "Aspirin prevents stroke."
    assert "did not reduce the incidence of stroke" in evidence
    assert "12 centres" not in evidence


def test_verdict_cuts_keep_the_false_alarm_bound() -> None:
    # 40 supported claims, 8 of them with a high P(REFUTE): the objective alone would call
    # them contradicted, the bound (5%) raises the refute cut above them
    gold = np.array([0] * 40 + [1] * 20)
    p_ver = np.array([[0.9, 0.05, 0.05]] * 32 + [[0.25, 0.7, 0.05]] * 8
                     + [[0.2, 0.75, 0.05]] * 10 + [[0.3, 0.6, 0.1]] * 10)
    p_rel = np.ones(60)
    names = np.array(["claims-citint"] * 60)
    cut = compare.verdict_cuts(gold, p_rel, p_ver, names, (0.45, 0.0, 0.4, 0.45))
    assert cut[:2] == (0.45, 0.0)
    flagged = p_ver[:, 1] >= cut[3]
    assert flagged[:40].mean() <= 0.05
    assert flagged[40:50].all()
