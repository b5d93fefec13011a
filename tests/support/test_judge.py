"""Judgements on clear cases: the source agrees, is about something else, or says the opposite."""

import pytest

from claimcheck.model import Support
from claimcheck.support import SourceText, judge, source_from_record
from claimcheck.support.features import make_pair, verdict_text
from claimcheck.support.judge import default_model, doubt

ABSTRACT = (
    "Inhibition of mTOR by rapamycin extends lifespan in mice. Here we show that long-term "
    "rapamycin treatment decreased amyloid-beta levels and rescued cognitive deficits in "
    "PDAPP transgenic mice. These data indicate that mTOR inhibition can reduce amyloid-beta "
    "levels in vivo and delay Alzheimer disease in mice."
)
TITLE = "Rapamycin lowers amyloid-beta and rescues cognition in a mouse model of Alzheimer disease"
SOURCE = source_from_record(TITLE, ABSTRACT)


def test_paraphrase_of_the_finding_is_supported() -> None:
    support = judge("Rapamycin reduces amyloid-beta levels in transgenic mice [12].", SOURCE)
    assert support.label == "supported"
    assert support.basis == "abstract"
    assert support.score > 0.8
    assert "decreased amyloid-beta levels" in support.evidence[0][0]


def test_claim_about_another_topic_is_unrelated() -> None:
    claim = "Vitamin D supplementation prevents hip fractures in old women (Smith et al., 2019)."
    support = judge(claim, SOURCE)
    assert support.label == "unrelated"
    assert support.score < 0.3


@pytest.mark.parametrize(
    "claim",
    [
        "Rapamycin increases amyloid-beta levels in transgenic mice [12].",  # direction flipped
        "Rapamycin did not reduce amyloid-beta levels in transgenic mice [12].",  # negated
    ],
)
def test_flipped_or_negated_finding_is_contradicted(claim: str) -> None:
    support = judge(claim, SOURCE)
    assert support.label == "contradicted"
    assert support.score > 0.5  # still the right paper: the label, not the score, disagrees


def test_markers_do_not_change_the_judgement() -> None:
    plain = judge("Rapamycin reduces amyloid-beta levels in transgenic mice.", SOURCE)
    marked = judge("Rapamycin reduces amyloid-beta levels in transgenic mice [<|cit|>].", SOURCE)
    assert plain == marked


def test_no_source_text_is_unknown() -> None:
    assert judge("Rapamycin reduces amyloid-beta.", SourceText("", (), "none")) == Support(
        label="unknown", score=0.0, basis="none"
    )


def test_claim_of_only_markers_is_unknown() -> None:
    assert judge("[12]", SOURCE).label == "unknown"


def test_title_only_judgement_says_so_and_never_contradicts() -> None:
    title_only = source_from_record(TITLE, "")
    support = judge("Rapamycin does not lower amyloid-beta in mice [4].", title_only)
    assert support.basis == "title"
    assert support.label in {"supported", "weak"}
    assert support.evidence[0][0] == TITLE


def test_title_only_never_supports_a_claim_sharing_no_word_with_it() -> None:
    # A title is too short to call a claim unrelated with confidence (about one true pair in
    # ten shares no word with its title), so this stays "weak": low score, no evidence.
    claim = "Masks reduce influenza transmission in households."
    support = judge(claim, source_from_record(TITLE, ""))
    assert support.label in {"weak", "unrelated"}
    assert (support.basis, support.evidence) == ("title", ())
    assert support.score < 0.1


def test_evidence_is_ranked_and_similarities_are_fractions() -> None:
    support = judge("mTOR inhibition by rapamycin extends lifespan in mice.", SOURCE)
    similarities = [similarity for _, similarity in support.evidence]
    assert support.evidence[0][0] == "Inhibition of mTOR by rapamycin extends lifespan in mice."
    assert similarities == sorted(similarities, reverse=True)
    assert all(0 < s <= 1 for s in similarities)
    assert len(support.evidence) <= 3


def test_every_doubtful_judgement_gives_a_reason_in_words() -> None:
    source = SourceText("Soil", ("Soil bacteria vary with elevation in alpine meadows.",),
                        "abstract")
    support = judge("Soil bacteria vary with elevation.", source)
    unrelated = judge("Ketamine lifts mood within hours in depressed patients.", source)
    assert support.label == "supported" and support.reasons == ()
    assert unrelated.label == "unrelated"
    assert unrelated.reasons and all(isinstance(r, str) and r for r in unrelated.reasons)


ASPIRIN_TITLE = "Aspirin and stroke in older adults"
ASPIRIN_ABSTRACT = (
    "Stroke is a leading cause of disability in older adults. We randomly assigned 19,114 "
    "older adults to aspirin or placebo. Aspirin did not reduce the risk of stroke. Major "
    "hemorrhage was more frequent with aspirin."
)


def test_a_title_closer_than_the_finding_does_not_hide_a_contradiction() -> None:
    # The title names the topic and ranks first; the sentence that says the opposite of the
    # claim ranks third. The verdict reads the closest sentences but the title.
    # (Its P(REFUTE) is under the cut bounded by false alarms, so the label is `weak`, an
    # info finding that names the disagreement; issue 16, session 7.)
    source = source_from_record(ASPIRIN_TITLE, ASPIRIN_ABSTRACT)
    claim = "Aspirin reduced the risk of stroke in older adults [4]."
    support = judge(claim, source)
    assert support.evidence[0][0] == ASPIRIN_TITLE  # the title still shows and counts
    assert support.label in ("weak", "contradicted")
    assert any(r.startswith("direction disagrees") and '"not reduce"' in r
               for r in support.reasons)
    faithful = "Aspirin did not reduce the risk of stroke in older adults [4]."
    assert doubt(claim, source) > doubt(faithful, source) + 0.2


def test_a_title_is_still_read_when_it_is_all_there_is() -> None:
    pair = make_pair("Aspirin reduced stroke.", (ASPIRIN_TITLE,), ASPIRIN_TITLE)
    assert verdict_text(pair, default_model().idf) == ASPIRIN_TITLE


def test_a_group_citation_is_a_feature_and_a_reason() -> None:
    from claimcheck.support.features import FEATURE_NAMES
    from claimcheck.support.judge import GROUP_REASON, pair_features

    claim = "Rapamycin increases amyloid-beta levels in transgenic mice"
    idf, column = default_model().idf, FEATURE_NAMES.index("group_citation")
    assert pair_features(f"{claim} [3, 5].", SOURCE, idf)[1][column] == 1.0
    assert pair_features(f"{claim} [3].", SOURCE, idf)[1][column] == 0.0
    grouped, single = judge(f"{claim} [3, 5].", SOURCE), judge(f"{claim} [3].", SOURCE)
    assert grouped.label != "supported" and GROUP_REASON in grouped.reasons
    assert GROUP_REASON not in single.reasons
