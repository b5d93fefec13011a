"""The shipped weights load, match the feature list and give probabilities in [0, 1]."""

import json
from dataclasses import replace
from importlib import resources

import pytest

from claimcheck.support import source_from_record
from claimcheck.support.features import FEATURE_NAMES
from claimcheck.support.judge import decide, pair_features
from claimcheck.support.scorer import VERDICTS, Thresholds, load_model, model_from_json


def _shipped() -> dict[str, object]:
    text = resources.files("claimcheck.support").joinpath("weights.json").read_text("utf-8")
    return dict(json.loads(text))


def test_shipped_model_loads_with_sane_thresholds() -> None:
    model = load_model()
    assert len(model.related.coef) == len(FEATURE_NAMES)
    assert all(len(v.coef) == len(FEATURE_NAMES) for v in model.verdict)
    assert all(0 <= t <= 1 for t in (model.thresholds.related, model.thresholds.support))
    assert model.idf.default >= max(model.idf.table.values())


def test_probabilities_are_in_range_for_extreme_features() -> None:
    model = load_model()
    for x in ((0.0,) * len(FEATURE_NAMES), (1.0,) * len(FEATURE_NAMES)):
        assert 0 <= model.p_related(x) <= 1
        verdict = model.p_verdict(x)
        assert set(verdict) == set(VERDICTS)
        assert sum(verdict.values()) == pytest.approx(1.0)


def test_features_are_bounded() -> None:
    source = source_from_record("A title on mice", "Mice ate 5 mg. Rats did not eat at all.")
    _, x = pair_features("Mice ate 7 mg and humans always ate [2].", source, load_model().idf)
    assert len(x) == len(FEATURE_NAMES)
    assert all(0 <= v <= 1 for v in x), dict(zip(FEATURE_NAMES, x, strict=True))


def test_weights_for_fewer_features_read_their_own_columns() -> None:
    data = _shipped()
    keep = [FEATURE_NAMES[0], FEATURE_NAMES[2]]
    data["features"] = keep
    data["related"] = {"coef": [1.0, -2.0], "intercept": 0.0}
    model = model_from_json(data | {"verdict": dict.fromkeys(VERDICTS, data["related"])})
    x = [0.0] * len(FEATURE_NAMES)
    x[0], x[2] = 1.0, 0.5  # 1.0 * 1.0 - 2.0 * 0.5 == 0: probability one half
    assert model.p_related(x) == pytest.approx(0.5)
    x[1] = 9.0  # a column the weights do not name changes nothing
    assert model.p_related(x) == pytest.approx(0.5)


def test_weights_for_another_feature_list_are_refused() -> None:
    data = _shipped()
    data["features"] = ["something-else"]
    with pytest.raises(ValueError, match="feature list"):
        model_from_json(data)


def test_decision_table() -> None:
    cut = Thresholds(related=0.5, related_title=0.2, support=0.4, refute=0.4)
    support = {"SUPPORT": 0.5, "REFUTE": 0.1, "NEI": 0.4}
    refute = {"SUPPORT": 0.1, "REFUTE": 0.6, "NEI": 0.3}
    assert decide(0.3, support, "abstract", cut) == "unrelated"
    assert decide(0.3, support, "title", cut) == "supported"
    assert decide(0.9, refute, "abstract", cut) == "contradicted"
    assert decide(0.9, refute, "title", cut) == "weak"
    assert decide(0.9, {"SUPPORT": 0.3, "REFUTE": 0.2, "NEI": 0.5}, "abstract", cut) == "weak"


def test_weak_band_between_related_and_weak_cut() -> None:
    cut = Thresholds(related=0.45, related_title=0.2, support=0.4, refute=0.4, weak_related=0.75)
    refute = {"SUPPORT": 0.1, "REFUTE": 0.6, "NEI": 0.3}
    support = {"SUPPORT": 0.5, "REFUTE": 0.1, "NEI": 0.4}
    assert decide(0.4, refute, "abstract", cut) == "unrelated"
    assert decide(0.6, refute, "abstract", cut) == "weak"  # on the topic, not close enough
    assert decide(0.6, support, "fulltext", cut) == "weak"
    assert decide(0.8, refute, "abstract", cut) == "contradicted"
    assert decide(0.6, support, "title", cut) == "supported"  # a title has its own cut


def test_weights_without_a_weak_cut_have_no_weak_band() -> None:
    data = _shipped()
    data["thresholds"] = {k: v for k, v in dict(data["thresholds"]).items()
                          if k != "weak_related"}
    model = model_from_json(data)
    assert model.thresholds.weak_related == 0.0
    assert 0.45 < load_model().thresholds.weak_related < 1  # the shipped model has one


def test_weights_trained_before_a_feature_was_appended_still_judge() -> None:
    data = _shipped()
    data["features"] = list(FEATURE_NAMES[:-1])  # as before `group_citation` was added
    for part in (data["related"], *dict(data["verdict"]).values()):
        part["coef"] = part["coef"][:-1]
    model = model_from_json(data)
    _, x = pair_features("Mice ate 7 mg [2, 3].", source_from_record("Mice", "Mice ate 5 mg."),
                         model.idf)
    assert len(x) == len(FEATURE_NAMES)
    assert 0 <= model.p_related(x) <= 1


def test_a_named_flip_lowers_the_refute_cut_and_older_weights_have_none() -> None:
    cut = Thresholds(related=0.45, related_title=0.2, support=0.4, refute=0.75, refute_named=0.6)
    doubtful = {"SUPPORT": 0.2, "REFUTE": 0.65, "NEI": 0.15}
    assert decide(0.9, doubtful, "abstract", cut) == "weak"
    assert decide(0.9, doubtful, "abstract", cut, flip=True) == "contradicted"
    assert decide(0.9, doubtful, "title", cut, flip=True) == "weak"  # never from a title
    data = _shipped()
    data["thresholds"] = {k: v for k, v in dict(data["thresholds"]).items()
                          if k != "refute_named"}
    old = replace(model_from_json(data).thresholds, refute=0.75)
    assert decide(0.9, doubtful, "abstract", old, flip=True) == "weak"
