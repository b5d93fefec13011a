"""Reasons in words: each check fires on its own kind of disagreement and names the words."""

from claimcheck.support.agreement import AGREEMENT_NAMES, checks, null_finding, quantities
from claimcheck.support.explain import reasons


def test_a_flipped_direction_is_named_with_both_words() -> None:
    (why, *_) = reasons("Rapamycin increased amyloid-beta levels.",
                        "Rapamycin reduced amyloid-beta levels in mice.")
    assert why.startswith("direction disagrees")
    assert '"increased"' in why and '"reduced"' in why


def test_agreeing_direction_gives_no_direction_reason() -> None:
    found = reasons("Rapamycin reduced amyloid-beta.", "Rapamycin reduced amyloid-beta levels.")
    assert not any(r.startswith("direction") for r in found)


def test_a_null_result_cited_as_an_effect() -> None:
    found = reasons("Vitamin D lowered the risk of fractures.",
                    "There was no significant difference in fracture risk between the groups.")
    assert found[0].startswith("the source reports no (significant) difference")
    assert not any(r.startswith("negation") for r in found)  # the same point, said once


def test_numbers_that_disagree_for_the_same_unit() -> None:
    found = reasons("Affluent patients were 27% more likely to receive the drug.",
                    "Least deprived patients were 25% more likely to be prescribed it.")
    assert "a number disagrees: the claim says 27%, the source 25%" in found


def test_hedge_turned_into_certainty_and_association_into_cause() -> None:
    found = reasons("Coffee causes liver cancer.",
                    "Coffee intake may be associated with liver cancer.")
    assert any(r.startswith("association stated as cause") for r in found)
    assert any(r.startswith("hedge turned into certainty") and '"may"' in r for r in found)


def test_a_finding_in_mice_claimed_without_saying_so() -> None:
    found = reasons("Turmeric reverses cancer.", "Curcumin slowed tumour growth in mice.")
    assert any('studied "mice"' in r for r in found)


def test_missing_words_and_the_limit() -> None:
    found = reasons("Drug X cures all cancers.", "Drug X slowed growth.", ("cancers", "cures"))
    assert len(found) <= 3
    assert any('does not mention "cancers", "cures"' in r for r in found) or len(found) == 3


def test_checks_are_numbers_in_name_order() -> None:
    values = checks("A did not differ from B.", "A increased C.", "A increased C.")
    assert len(values.values) == len(AGREEMENT_NAMES)
    assert values.get("nsd_claim") == 1.0 and values.get("nsd_evidence") == 0.0
    assert values.get("nsd_conflict") == 1.0


def test_null_findings_and_quantities() -> None:
    assert null_finding("Outcomes were similar in both arms.")
    assert null_finding("The drug was not significantly associated with mortality.")
    assert not null_finding("The drug reduced mortality.")
    assert null_finding("Outcomes were broadly similar between the arms.")
    assert not null_finding("A virus similar to SARS-CoV-2 was found in bats.")
    assert quantities("27 percent of 1,200 patients over 3.50 years, in 2020") == {
        "%": frozenset({"27"}), "patients": frozenset({"1200"}), "years": frozenset({"3.5"})}
