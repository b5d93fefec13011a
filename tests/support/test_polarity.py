"""Inference-like checks: directions read with their negation, opposite terms, causal strength,
population groups, and the reasons they give."""

from claimcheck.support.explain import reasons
from claimcheck.support.lexicon import words
from claimcheck.support.polarity import (
    POLARITY_NAMES,
    causal_strength,
    opposite_terms,
    polarity_checks,
    polarity_reasons,
    population_groups,
    signed_directions,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(words(text))


def test_a_negation_turns_the_direction_it_governs_only() -> None:
    assert signed_directions("Metformin reduced mortality.") == {-1: "reduced"}
    assert set(signed_directions("Metformin did not reduce mortality.")) == {1}
    # the scope ends at a contrast: "increased" is not negated
    assert set(signed_directions("It did not reduce mortality but increased lactate.")) == {1}
    assert set(signed_directions("It failed to significantly improve survival.")) == {-1}


def test_a_flip_the_bag_of_words_cannot_see_is_found() -> None:
    values = dict(zip(POLARITY_NAMES, polarity_checks(
        "Aspirin reduced the risk of stroke.", "Aspirin did not reduce the risk of stroke.",
        "Aspirin did not reduce the risk of stroke.", 0.9), strict=True))
    assert values["signed_flip"] == 1.0 and values["signed_agree"] == 0.0
    assert values["flip_where_close"] == 0.9
    same = dict(zip(POLARITY_NAMES, polarity_checks(
        "Aspirin reduced stroke.", "Aspirin lowered the risk of stroke.", "", 0.9), strict=True))
    assert same["signed_agree"] == 1.0 and same["signed_flip"] == 0.0


def test_opposite_terms_and_their_reason() -> None:
    assert opposite_terms(_words("increase resistance to infection"),
                          _words("increase susceptibility to infection")) == (
        "resistance", "susceptibility")
    assert opposite_terms(_words("a risk factor"), _words("a risk factor, not protective")) == (
        "", "")
    (why,) = polarity_reasons("Antibiotics increase resistance to C. difficile.",
                              "Antibiotics increase susceptibility to C. difficile.", "")
    assert why == 'opposite terms: the claim says "resistance", the source "susceptibility"'


def test_causal_strength_levels() -> None:
    assert causal_strength(_words("Coffee causes cancer.")) == 3
    assert causal_strength(_words("Coffee may cause cancer.")) == 2
    assert causal_strength(_words("Coffee is associated with cancer.")) == 1
    assert causal_strength(_words("Coffee and cancer were studied.")) == 0
    values = dict(zip(POLARITY_NAMES, polarity_checks(
        "Coffee causes cancer.", "Coffee was associated with cancer.",
        "Coffee was associated with cancer.", 0.5), strict=True))
    assert values["cause_from_association"] == 1.0 and values["causal_gap"] == 2 / 3


def test_population_groups_by_age_and_sex() -> None:
    assert population_groups(_words("in elderly women")) == {
        "age": frozenset({"older people"}), "sex": frozenset({"women"})}
    found = reasons("Vitamin D prevents falls in children.", "Vitamin D prevents falls.",
                    (), "Vitamin D prevented falls in older adults.")
    assert any(r.startswith("different population: the claim is about children") for r in found)


def test_a_negated_direction_is_said_once() -> None:
    found = reasons("Aspirin reduced the risk of stroke.",
                    "Aspirin did not reduce the risk of stroke.")
    assert 'direction disagrees: the claim says "reduced", the source "not reduce"' in found
    assert not any(r.startswith("negation") for r in found)
    assert sum(r.startswith("direction") for r in found) == 1
