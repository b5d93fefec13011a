"""Spaced superscripts cited again, and numbers after a space that are quantities or labels
in a spaced article (issue 14, session 17)."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts

# an article that sets its callouts after a space, first citations in order up to 14
_SPACED = (
    "Exercise lowers glucose in adults 1 and in older people 2,3. The Finnish trials "
    "4–6 found the same 7. Walking helps the heart 8, but the dose matters 9 and timing "
    "too 10. Insulin uptake persists for several hours 11 after training 12. Muscle "
    "takes up most of it 13, and the liver the rest 14."
)


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_spaced_callout_cited_again_before_a_comma_or_a_clause_going_on_is_read() -> None:
    again = (" The effect was first seen in the muscle fibres 12, long before sensors. Later "
             "the liver 13 in turn mattered less.")
    assert sup(_SPACED + again) == [*sup(_SPACED), "12", "13"]


def test_a_small_label_closing_a_clause_is_no_callout_cited_again() -> None:
    # labels count from 1: "donor 3, whose", "batch 2 was lost" stay numbers
    labels = " Cells of donor 3, whose sample was thawed, failed, and batch 2 was lost."
    assert sup(_SPACED + labels) == sup(_SPACED)


def test_a_number_after_a_quantifier_is_a_count() -> None:
    # "the first 15 were": 15 is the next new number, but "first" counts what follows
    counts = " Of 1,204 patients, the first 15 were excluded and the remaining 12 of them kept."
    assert sup(_SPACED + counts) == sup(_SPACED)


def test_numbers_after_a_word_named_twice_in_one_sentence_are_labels() -> None:
    # "field 15 and field 16": the next new numbers, but a series of the article's own labels
    fields = " Stars in field 15 and field 16 were observed twice."
    assert sup(_SPACED + fields) == sup(_SPACED)


def test_a_spaced_list_after_a_label_word_is_read_when_it_is_the_next_new_numbers() -> None:
    # "factor 15, 16 of": refused for "factor" on main; they are exactly the next two numbers
    after = (" Journals publish the impact factor 15, 16 of each title, and see (Ensemble"
             " methods 17-19, later).")
    assert sup(_SPACED + after) == [*sup(_SPACED), "15, 16", "17-19"]


def test_a_spaced_list_after_a_label_word_that_is_no_run_stays_a_label() -> None:
    # not the next new numbers in a row, a small label, or a spread
    labels = (" We report sections 16, 17 here, Tables 3, 4 below, and cells of the"
              " first passage (amino acids 15–23).")
    assert sup(_SPACED + labels) == sup(_SPACED)


def test_digits_after_a_point_ending_a_name_of_a_numbered_series_are_the_names() -> None:
    # "BA.1 or BA.2.": variants named by a point and a number, in an article citing before the
    # stop; 2 was cited before, so only a callout after the stop could read it
    body = ("Smell loss was common early in the pandemic1. Most recover within weeks2, but "
            "some do not3. We followed workers with a second infection with BA.1 or BA.2. "
            "Loss was rarer after BA.1 infection4.")
    assert sup(body) == ["1", "2", "3", "4"]


def test_a_callout_after_the_stop_of_a_name_printed_with_a_point_once_is_read() -> None:
    # "USA.2 Some" and "USA.3 It": a name printed with a point and two numbers, each before
    # a new sentence, as after-the-stop callouts stand; no print before a lower-case word
    body = ("Smell loss was common early.1 Most recover within weeks,2 as in the USA.2 Some "
            "do not.3 Later work in the USA.3 It agreed.")
    assert sup(body) == ["1", "2", "2", "3", "3"]


def test_a_glued_list_with_spaces_ends_before_an_aside_naming_a_table_or_an_example() -> None:
    body = ("Insulin lowers glucose1 in rats2 and mice3. The effect is independent of "
            "upstream signaling4, 5 (Table 1, rows 5–7), and of intensification6, 8 (e.g. "
            "diet). In trial7, 20 (patients) were lost.")
    assert sup(body) == ["1", "2", "3", "4, 5", "6, 8", "7"]


def test_a_label_or_a_count_of_10_or_more_closing_a_clause_is_no_callout_cited_again() -> None:
    # 11 and 12 were cited; a label as its clause's subject, what a verb in the past did
    labels = " In the end animal 11 was lost. We recruited 12, of whom 5 were lost."
    assert sup(_SPACED + labels) == sup(_SPACED)


def test_a_singular_noun_after_a_preposition_names_a_label_not_a_callout_cited_again() -> None:
    # "in pond 12, the": 12 was cited, but a bare noun after a preposition that numbers a
    # series of the article's (24 ponds; cage 2 beside cage 13) takes a label
    labels = (" We stocked 24 ponds and 20 cages. Fish in pond 12, the largest, died, and the "
              "mouse in cage 13 in the study too, as did the one in cage 2.")
    assert sup(_SPACED + labels) == sup(_SPACED)


def test_a_noun_that_numbers_no_series_after_a_preposition_keeps_its_callout() -> None:
    # "by hand 11" and "in mice 14," name no series: cited again
    again = " Fibrosis was scored by hand 11 on sections, as reported in mice 14, and more."
    assert sup(_SPACED + again) == [*sup(_SPACED), "11", "14"]


def test_labels_in_a_row_are_no_run_of_callouts() -> None:
    # each the next new numbers in a row: a label word, a sentence's subject, a spread
    for labels in (" Results for Tables 15, 16 are shown.", " Stations 15, 16 were closed.",
                   " A peptide (amino acids 15–18) was used."):
        assert sup(_SPACED + labels) == sup(_SPACED), labels


def test_a_decimal_at_a_wrapped_lines_end_before_lower_case_is_no_callout() -> None:
    # an after-the-stop article; "SSP5-8.5⏎the" is a scenario's name going on, not "SSP5-8."
    # and a callout 5
    body = ("Heat raises mortality,1,2 and smoke adds to it.3 Cities warm fast.4 Stagnant air "
            "traps PM2.5.5 Under SSP5-8.5\nthe number of hot days doubles.6")
    assert sup(body) == ["1,2", "3", "4", "5", "6"]


def test_a_year_at_a_wrapped_lines_end_ends_its_sentence() -> None:
    # "in 2004.5⏎p53 activation": a sentence may open in lower case (p53, mRNA, de novo)
    body = ("Heat raises mortality,1,2 and smoke adds to it.3 Cities warm fast.4 Nutlin-3 was "
            "first described in 2004.5\np53 activation followed.6")
    assert sup(body) == ["1,2", "3", "4", "5", "6"]


def test_a_name_printed_before_what_it_names_across_a_wrapped_line_keeps_its_digit() -> None:
    # "RoseTTAFold2⏎models" names a version as "RoseTTAFold2 models" does: its "2" is no
    # callout cited again, though the article prints "RoseTTAFold" bare
    body = ("Structures were predicted by RoseTTAFold,1 and the map was fitted.2 Docking "
            "used RoseTTAFold2\nmodels of the complex.3 Loops moved.4")
    assert sup(body) == ["1", "2", "3", "4"]
