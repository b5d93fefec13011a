from __future__ import annotations

from claimcheck.compare.titles import TitleVerdict, compare_title, fold_title
from tests.compare.fakes import record


def test_fold_title_removes_form_differences() -> None:
    assert fold_title("The <i>β</i>-Hydroxybutyrate &amp; Behaviour") == fold_title(
        "the beta-hydroxybutyrate and behavior"
    )
    assert fold_title("$\\beta$-hydroxybutyrate") == fold_title("β-hydroxybutyrate")
    assert fold_title("H<sub>3</sub>-norepinephrine") == fold_title("H3-norepinephrine")
    assert fold_title("alpha7 nicotinic") == fold_title("α7 nicotinic")
    assert fold_title("Randomised trial of anaesthesia") == fold_title(
        "Randomized trial of anesthesia"
    )
    assert fold_title("Plant defences") == fold_title("plant defenses")


def test_same_title_in_other_case_and_punctuation() -> None:
    result = compare_title(
        "Rodent ketamine research: finding patterns",
        record(title="Rodent ketamine research: Finding patterns"),
    )
    assert result.verdict is TitleVerdict.SAME


def test_hyphenation_and_spacing_are_the_same_title() -> None:
    result = compare_title(
        "Brain derived neurotrophic factor", record(title="Brain-derived neurotrophic factor")
    )
    assert result.verdict is TitleVerdict.SAME


def test_misspelt_word_is_reported_with_both_spellings() -> None:
    result = compare_title(
        "Pathological changes induced in cerebrotical neurons by phencyclidine",
        record(title="Pathological changes induced in cerebrocortical neurons by phencyclidine"),
    )
    assert result.verdict is TitleVerdict.MISSPELT
    assert result.printed_only == ("cerebrotical",)
    assert result.record_only == ("cerebrocortical",)


def test_missing_subtitle_is_its_own_verdict() -> None:
    result = compare_title(
        "A new drug causing symptoms of sensory deprivation",
        record(
            title="A new drug causing symptoms of sensory deprivation: neurological, "
            "electroencephalographic and pharmacological effects of Sernyl"
        ),
    )
    assert result.verdict is TitleVerdict.SUBTITLE


def test_subtitle_in_its_own_field_counts() -> None:
    result = compare_title(
        "Ketamine and the brain: a review",
        record(title="Ketamine and the brain", subtitle="a review"),
    )
    assert result.verdict is TitleVerdict.SAME


def test_unrelated_title_is_different() -> None:
    result = compare_title(
        "Exercise promotes BDNF expression in mice",
        record(title="Metabolism of ketamine stereoisomers by human liver microsomes"),
    )
    assert result.verdict is TitleVerdict.DIFFERENT
    assert result.score < 0.6


def test_nothing_to_compare() -> None:
    assert compare_title("", record()).verdict is TitleVerdict.UNKNOWN
    assert compare_title("Some title", record(title="")).verdict is TitleVerdict.UNKNOWN


def test_words_lost_at_either_end_are_info_not_a_misspelling() -> None:
    result = compare_title(
        "inhibition-independent antidepressant actions of ketamine metabolites",
        record(title="NMDAR inhibition-independent antidepressant actions of ketamine metabolites"),
    )
    assert result.verdict is TitleVerdict.SUBTITLE
    assert result.record_only == ("NMDAR",)


def test_a_transposed_pair_of_letters_is_a_typo_anywhere_in_the_title() -> None:
    rec = record(title="Ketamine and the brain", subtitle="a review")
    for printed in ("Ketamine and the brain: a reveiw", "Ketamine and the brian: a review"):
        result = compare_title(printed, rec)
        assert result.verdict is TitleVerdict.MISSPELT, printed


def test_title_and_subtitle_are_one_title() -> None:
    rec = record(title="Ketamine and the brain", subtitle="a review")
    assert compare_title("Ketamine and the brain: a review", rec).verdict is TitleVerdict.SAME
    assert compare_title("Ketamine and the brain", rec).verdict is TitleVerdict.SAME
