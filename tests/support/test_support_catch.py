"""The catch-rate benchmark: REFUTE claims caught at a fixed share of SUPPORT claims flagged."""

import pytest
from tests.conftest import load_benchmark

np = pytest.importorskip("numpy")
catch = load_benchmark("support_catch")


def test_catch_at_five_percent_allows_that_many_false_alarms_only() -> None:
    supported = np.arange(100) / 100  # 0.00 .. 0.99
    refuted = np.array([0.999, 0.97, 0.95, 0.5])
    # at most 5 of 100 supported may be flagged: the cut lies above 0.94
    assert catch.catch_at(supported, refuted) == 0.75
    assert catch.catch_at(supported, refuted, budget=0.0) == 0.25


def test_ties_with_a_supported_score_are_not_caught_for_free() -> None:
    supported = np.array([0.9] * 20)
    assert catch.catch_at(supported, np.array([0.9, 0.95])) == 0.5


def test_auc_and_the_table_per_dataset() -> None:
    assert catch.roc_auc(np.array([0.9, 0.8]), np.array([0.1, 0.2])) == 1.0
    assert catch.roc_auc(np.array([0.5]), np.array([0.5])) == 0.5
    gold = np.array([0, 0, 1, 1, 2])
    doubt = np.array([0.1, 0.2, 0.9, 0.3, 0.99])
    flagged = np.array([False, True, True, False, True])
    row = catch.catch_table(gold, doubt, flagged, np.array(["s"] * 5))["s"]
    assert row["auc"] == 1.0 and row["false_alarm"] == 0.5 and row["catch"] == 0.5
    assert row["support"] == 2 and row["refute"] == 2  # the NEI claim is neither


def test_a_higher_refute_cut_trades_catches_for_fewer_false_alarms(
        capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sklearn")
    load_benchmark("support_accuracy")  # train_support imports it
    load_benchmark("train_support")
    p_ver = np.array([[0.3, 0.6, 0.1], [0.1, 0.9, 0.0], [0.2, 0.8, 0.0], [0.9, 0.1, 0.0]])
    catch.print_tradeoff({"gold": np.array([0, 1, 1, 0]), "names": np.array(["s"] * 4),
                          "p_ver": p_ver, "p_rel": np.ones(4),
                          "cut": np.array([0.45, 0.0, 0.4, 0.45])})
    lines = capsys.readouterr().out.splitlines()
    assert "refute cut 0.45: s false alarm 0.500 catch 1.000" in lines[0]
    assert "refute cut 0.65: s false alarm 0.000 catch 1.000" in lines[2]
    assert "refute cut 0.85: s false alarm 0.000 catch 0.500" in lines[4]
