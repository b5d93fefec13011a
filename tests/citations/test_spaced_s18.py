"""Session 18's callout rules (cite15): an article's spaced habit shown by first citations
with a gap (a callout after an acronym or a label word the rules refuse), a new number
further ahead that the next group carries on, a callout printed twice after the same word
("in deficient subjects 8 ... as in deficient subjects 8."), a number after a citing phrase
("as in 9."), labels of the article's own ("In field 12, the", "in well 12 of", "scenarios
1–9" beside "Scenarios 10–12"), and, glued, a value's bare point ("P = .12") and an acronym
named twice ("STK11"); next to the labels and counts that stay no callouts."""

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


def test_a_value_after_a_bare_point_is_no_callout() -> None:
    # AMA prints P values without the leading 0: "(P = .12)" where 12 is the next number
    text = ("Heart failure is common.1 Inhibitors reduce admissions,2,3 and deaths.4 Volume"
            " loss occurred in 4.1% vs 2.6% (P = .12), and rarely worse (P < .5).5")
    assert sup(text) == ["1", "2,3", "4", "5"]


def test_an_acronym_printed_again_with_its_digits_is_a_name() -> None:
    # "STK11" named before a word ("STK11 co-mutations") and printed before: a gene named
    # twice, though 11 is the next new number where it stands the second time
    text = ("Mutations occur in lung cancer.1 Inhibitors were developed,2-4 and approved.5-7"
            " Co-mutations in STK11 and KEAP1 predict poor response.8,9 Survival matched"
            " trials.5,10 Patients with STK11 co-mutations did worse,11 as before.8")
    assert sup(text) == ["1", "2-4", "5-7", "8,9", "5,10", "11", "8"]


def test_a_number_after_a_citing_phrase_closing_its_clause_is_cited_again() -> None:
    # "as in 9.", "as reported before 11.", "in line with 4,": a source, not a quantity
    text = (" Ponds were treated as in 9. Grazing fell, as reported before 11. Blooms rose,"
            " in line with 4, and lasted long 13.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "9", "11", "4", "13"]


def test_quantities_after_in_and_with_stay_unread() -> None:
    # no citing phrase, or no mark after the digits: counts and years
    text = (" Deaths were 12 in the treated group compared with 9. Eggs hatched in 3 ponds"
            " as in 4 others, and fish were found before 2 weeks. Fish fed as in 11 of them"
            " died, as described in 13.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "13"]


def test_a_citing_phrase_broken_over_two_lines_still_cites() -> None:
    # a PDF's line may break inside the phrase: "as reported⏎before 11."
    text = " Ponds were treated as\nin 9. Grazing fell, as reported\nbefore 11, and rose 13."
    assert sup(_SPACED + text) == [*sup(_SPACED), "9", "11", "13"]


def test_a_partitive_count_after_a_comma_at_a_lines_end_is_no_callout() -> None:
    # the review's "Of the 46 genes reported for disability15, 23 (Supplementary Table 4)
    # overlapped", wrapped at the comma as a PDF breaks it; a cited list keeps its comma
    glued = "Insulin lowers glucose1 in rats2 and mice3, as in dogs4."
    text = (" Of the 46 genes reported for intellectual disability5,\n23 (Supplementary Table"
            " 4) overlapped. Effects were seen in rats6,\n7 (Table 1) and in dogs.8")
    assert sup(glued + text) == ["1", "2", "3", "4", "5", "6,\n7", "8"]


def test_a_label_opening_its_sentence_across_a_line_break_is_no_callout() -> None:
    # "In⏎scenario 11, the": the preposition at a wrapped line's end
    labels = " As expected 13. In\nscenario 11, the forest was best 14."
    assert sup(_SPACED + labels) == [*sup(_SPACED), "13", "14"]
