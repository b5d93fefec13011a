"""Numbers that cite4's readings took for callouts, from the review of session 11 (helper
fixcite4): a count after a list with spaces after its commas ("fens,7, 8 h after"), a
sentence's first word or a name before a spaced number that closes nothing ("Eventually 14
were", "SPSS 12 for"), a list after a version's full stop that wraps ("Kv1.3, 4⏎and 5"),
a dose's duration ("cells/ml3 months"), and an acronym read as a formula ("the PNS2")."""

from __future__ import annotations

import pytest

from claimcheck.citations.superscripts import superscripts

_GLUED = "Known in mice1. Seen in rats2 and dogs3. "
# an article that sets its superscripts after a space, first citations 1 to 13 in order
_SPACED = (
    "Exercise lowers glucose in adults 1 and in older people 2,3. The Finnish trials "
    "4–6 found the same 7. Walking helps the heart 8, but the dose matters 9 and timing "
    "too 10. Insulin uptake persists for several hours 11 after training 12. Reviews "
    "agree 13. "
)


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


@pytest.mark.parametrize("sentence", [
    "Warming appeared in earlier fens,4, 5 h after each rain in cats5.",
    "The effect was confirmed in a fen,4, 5 km from the river in cats5.",
    "Carbon was found in drained peat4, 8 cm below the moss in cats5.",
    "Pulses were applied as in earlier chambers,4, 6 s apart in cats5.",
])
def test_a_count_after_a_list_with_spaces_after_its_commas_is_no_part_of_it(
        sentence: str) -> None:
    # any word but a function word or a verb is what the last number counts
    assert sup(_GLUED + sentence) == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("word", ["albeit less", "we sought", "whereby birds",
                                  "suggesting that", "barley,"])
def test_a_list_that_runs_on_into_a_clause_is_kept(word: str) -> None:
    body = _GLUED + f"Oxidation buffers layers,4, 5, 6 {word} in warm years in cats7."
    assert sup(body) == ["1", "2", "3", "4, 5, 6", "7"]


@pytest.mark.parametrize("sentence", [
    "Eventually 14 were lost to follow-up.",
    "Animal 14 was excluded after surgery.",
    "Participants 14 and older were included.",
    "All analyses were run in SPSS 14 for Windows.",
    "Images were processed with ImageJ 14 and exported.",
])
def test_a_spaced_number_after_a_first_word_or_a_name_that_closes_nothing_is_no_gap(
        sentence: str) -> None:
    assert "14" not in sup(_SPACED + sentence + " Trials agree 15.")


@pytest.mark.parametrize("sentence", [
    "PubMed 14 is a service.",
    "The protocol was registered with PROSPERO 14.",
    "Radicals damage mitochondria (Kyselova 14).",
])
def test_a_name_number_that_closes_its_clause_still_fills_a_gap(sentence: str) -> None:
    assert sup(_SPACED + sentence + " Trials agree 15.")[-2:] == ["14", "15"]


def test_a_list_after_a_name_fills_a_gap_whatever_follows() -> None:
    # no version or count is a list: "DOIs 14, 15 that" cites
    body = _SPACED + "Records identified by DOIs 14, 15 that users need. Trials agree 16."
    assert sup(body)[-2:] == ["14, 15", "16"]


def test_a_list_after_a_versions_full_stop_does_not_wrap_into_the_next_line() -> None:
    body = ("Cells divide.1 Mice grow fast,2 and rats too.3 Worms age.4 Channels of the "
            "Kv1.5, 6\nand 7 families were not studied. Cats age.5")
    assert sup(body) == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("sentence", [
    "Counts reached 10^6 cells/ml4 months after the first addition.",
    "Uptake reached 12 µmol/mol4 weeks later.",
    "Sulphate was 2 mg/kg4 of soil.",
])
def test_digits_after_a_unit_with_a_slash_before_a_duration_are_a_quantity(
        sentence: str) -> None:
    assert sup(_GLUED + sentence + " Ketamine at 10 mg/kg4 suppresses it.") == [
        "1", "2", "3", "4"]


def test_an_acronym_the_article_shows_as_no_formula_may_cite() -> None:
    # "PNS2" printed once, beside no formula in its paragraph; "NO2" beside "SO2" is one
    assert sup("Hypoxia damages neurons in the CNS1 and the PNS2 within minutes,3 and "
               "rats4 too.\n\nSoil NO3 and NH4 pools differ.5") == ["1", "2", "3", "4", "5"]
    assert "2" not in sup("Hypoxia harms mice1 and NO2 harms the lung,3 with SO2 in rats4.")
