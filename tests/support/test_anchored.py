"""Effect directions tied to what they are about, and the reason a flip gives."""

from claimcheck.support.anchored import ANCHORED_NAMES, anchored, anchored_checks, anchored_reason
from claimcheck.support.explain import reasons

WARDS_CLAIM = ("Aerosols in isolation wards were very high, and they were lower in the toilet "
               "areas.")
WARDS_SOURCE = ("Aerosols detected in isolation wards were very low, but they were higher in "
                "the toilet areas.")


def _checks(claim: str, evidence: str) -> dict[str, float]:
    return dict(zip(ANCHORED_NAMES, anchored_checks(claim, evidence), strict=True))


def test_each_direction_is_tied_to_the_words_of_its_own_clause() -> None:
    signs = anchored(WARDS_SOURCE).signs
    assert signs["ward"] == {-1} and signs["toilet"] == {1}  # keys are stems


def test_a_swap_of_directions_between_two_things_is_a_flip() -> None:
    # both texts say "high" and "low" somewhere: only the tie to "wards"/"toilet" tells
    values = _checks(WARDS_CLAIM, WARDS_SOURCE)
    assert values == {"anchored_flip": 1.0, "anchored_agree": 0.0, "anchored_flip_share": 1.0}
    assert _checks(WARDS_CLAIM, WARDS_CLAIM)["anchored_flip"] == 0.0


def test_a_negated_direction_counts_as_the_opposite() -> None:
    values = _checks("Aspirin reduced the risk of stroke.", "Aspirin did not reduce stroke.")
    assert values["anchored_flip"] == 1.0
    same = _checks("Aspirin reduced the risk of stroke.", "Aspirin lowered the stroke risk.")
    assert same["anchored_agree"] == 1.0 and same["anchored_flip"] == 0.0


def test_more_before_a_direction_word_leans_on_it() -> None:
    # "more protective" is protection, not an increase
    values = _checks("Nurses who wore a mask were more likely to get flu.",
                     "Wearing a mask was more protective for the nurses.")
    assert values["anchored_flip"] == 1.0


def test_a_flip_is_told_in_words_once() -> None:
    told = anchored_reason(WARDS_CLAIM, WARDS_SOURCE)
    assert told.startswith('direction disagrees about "') and '"high"' in told
    assert anchored_reason(WARDS_CLAIM, WARDS_CLAIM) == ""
    found = reasons(WARDS_CLAIM, WARDS_SOURCE)
    assert sum(r.startswith("direction disagrees") for r in found) == 1


def test_a_contradicted_finding_with_a_flip_about_a_word_says_the_opposite() -> None:
    from claimcheck.model import Citation, Claim, Support
    from claimcheck.support import support_findings
    claim = Claim(id="c1", sentence=WARDS_CLAIM, section="", line=3, start=0,
                  end=len(WARDS_CLAIM), citations=(Citation("1", 0, 1, ("r1",)),))
    why = (anchored_reason(WARDS_CLAIM, WARDS_SOURCE),)
    support = Support("contradicted", 0.9, "abstract", ((WARDS_SOURCE, 0.8),), why)
    (finding,) = support_findings(claim, "r1", support, line=3)
    assert "appears to say the opposite" in finding.message
    assert finding.message.endswith(f"why: {why[0]}") and WARDS_SOURCE in finding.message
