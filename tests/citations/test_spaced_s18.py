"""Session 18's spaced rules (cite15): an article's spaced habit shown by first citations
with a gap (a callout after an acronym or a label word the rules refuse), and a callout
printed twice after the same word ("in deficient subjects 8 ... as in deficient subjects
8"), next to the labels and counts that stay no callouts."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts


def sup(text: str, count: int = 30) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_habit_is_shown_though_a_refused_callout_leaves_a_gap() -> None:
    # 4 and 5 follow an acronym and a label word ("CD103 4", "stage 5"): refused, so the
    # next new number is 4 where the article prints 6; the habit is its rising order
    text = ("Resident cells persist after infection 1 and respond faster than circulating"
            " cells 2,3. They express CD69 and CD103 4, and depend on stage 5 of the"
            " response. They were described in the gut 6, in the lung 7,8 and in the"
            " liver 9, and form within days of infection 10.")
    assert sup(text) == ["1", "2,3", "6", "7,8", "9", "10"]


def test_no_habit_from_rising_counts_after_function_words() -> None:
    # quantities that close clauses ("in cohort A 2,") rise too, but only one closes after
    # a lower-case word: no habit, no callout
    text = ("We enrolled 40 adults. Of them 12 were men, 3 had diabetes and 2 smoked. Blood"
            " was drawn 2, 4 and 6 hours after the meal, and glucose peaked at 6.")
    assert sup(text) == []


# a spaced article citing 1 to 12 in order
_SPACED = (
    "Ponds switch between clear and turbid states 1, and grazing is one driver 2, 3."
    " Pulses favour cyanobacteria 4, which grazers avoid 5, and fish remove them 6–8."
    " Mesocosm work 9 and surveys of farm ponds 10 suggest that pulses matter 11, as seen"
    " in vivo 12."
)


def test_a_label_in_a_phrase_opening_its_sentence_is_no_repeat() -> None:
    # "In field 12, the trial was repeated": the field's number, though 12 was cited
    labels = (" In field 12, the trial was repeated. In cage 11 in week 2, two mice died."
              " Grazing was estimated by hand 12, and checked in detail 11.")
    assert sup(_SPACED + labels) == [*sup(_SPACED), "12", "11"]


def test_labels_in_an_opening_phrase_or_before_of_are_no_new_callouts() -> None:
    # 13 is the next new number at "In quadrats 13," (the article numbers its quadrats:
    # "quadrats 9 and 12") and 14 a few past it at "well 14 of"
    labels = (" Of the quadrats, quadrats 9 and 12 were flooded. In quadrats 13, where sheep"
              " grazed, richness fell. Cells were dried in well 14 of each plate. Both agree"
              " with theory 13.")
    assert sup(_SPACED + labels) == [*sup(_SPACED), "13"]


def test_a_new_number_further_ahead_is_read_where_the_next_carries_on() -> None:
    # 13-15 follow label words ("strains 13", "phase 14, 15"): refused, then 16, 17 in a row
    text = (" Tolerance differs between strains 13 and depends on growth phase 14, 15. The"
            " gene is needed in yeast 16 and in plants 17, and protects nematodes 18.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "16", "17", "18"]


def test_a_number_further_ahead_alone_stays_unread() -> None:
    # "plots 17" jumps 5 past the highest and nothing carries on from it
    text = " Yields fell in all plots 17, and rose again later 13."
    assert sup(_SPACED + text) == [*sup(_SPACED), "13"]


def test_a_repeated_range_after_a_word_the_article_numbers_is_labels() -> None:
    # "scenarios 1–9" beside "Scenarios 10–12": the article's scenarios, all cited numbers
    text = (" Scenarios 10–12 followed earlier reviews 9. Bias was low in scenarios 1–9, as"
            " expected 3. In scenario 11, the forest was best, as others found 13. Effects"
            " were reviewed in several studies 1–4, as in mice 14.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "9", "3", "13", "1–4", "14"]


# a spaced article citing 1 to 7 in order
_SHORT = ("Deficiency is common in winter 1 and is linked to infection 2, 3. Trials gave"
          " mixed results 4–6, and a review found a small benefit 7.")


def test_a_callout_printed_twice_after_the_same_word_is_read_both_times() -> None:
    # "deficient subjects 8" twice: on main both were refused as "source data 1" is
    text = (" Effects may be larger in deficient subjects 8 and with daily dosing 9. Rates"
            " fell by 12%, as in deficient subjects 8. The gain was seen with daily dosing"
            " 9, as in mice 10.")
    assert sup(_SHORT + text) == [*sup(_SHORT), "8", "9", "8", "9", "10"]


def test_a_label_printed_twice_stays_unread() -> None:
    # "source data 1" counts from 1; "model 8 was" and "model 8 fits" close no clause; the
    # first "cohort 9." is no new number past the next (8 is next; 9 two ahead is; 9 > 7 + 3?)
    text = (" Data are in source data 1, as in theory 8. Model 9 was fitted, and model 9"
            " fits best. Yields fell in cohort 3. As in cohort 3, they rose 9.")
    assert sup(_SHORT + text) == [*sup(_SHORT), "8", "9"]
