"""Session 20 (cite21): in an article that sets its callouts after a space, digits set after
a year or a decimal ("appearing in 1990 15.", "fitted in MRtrix 0.2 11.") are a callout
where they close their clause and first-citation order believes them; a count after a
year ("in 2019 12 ponds"), values in a series ("in 2018 12, in 2019 15"), a range's end,
and the same print in an article that glues its callouts stay unread. And a number whose
first read print is a repeat is read where it first appears, after the number below it
("(LiFE 15)" before "tensors 15,")."""

from __future__ import annotations

from tests.citations.test_spaced_s19 import _SPACED, sup  # a spaced article citing 1 to 14


def test_a_callout_after_a_year_or_a_decimal_is_read() -> None:
    # 15 and 16 first, 11 cited again after a version, 17 after a threshold
    text = (" The survey has grown since it opened in 1990 15. Loads were fitted in MRtrix"
            " 0.2 16, as before. Older ponds were fitted in MRtrix 0.2 11."
            " The lower bound is 0.707 17.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "16", "11", "17"]


def test_counts_and_series_after_years_stay_unread() -> None:
    # what the number counts follows it; pairs of a year and a count in series; a range
    # ends in a decimal; a number of numbers
    text = (" In 2019 15 ponds were sampled. Blooms were seen in 2018 12, in 2019 15 and in"
            " 2020 16. The index fell from 0.2–0.5 15, as expected. Values were 0.4 0.7 15.")
    assert sup(_SPACED + text) == sup(_SPACED)


def test_counts_after_an_opening_year_or_before_of_stay_unread() -> None:
    # 15 is the next new number, but a year opening its sentence takes a count after it (its
    # comma dropped), and "of" after the digits takes a part of a whole
    for text in (" In 2021 15 of the ponds dried.", " In 2020 15, the survey moved.",
                 " Cores were dated to 2021 15 of them by lead."):
        assert sup(_SPACED + text) == sup(_SPACED)


def test_numbers_past_the_order_after_a_year_stay_unread() -> None:
    # 30 is far past the highest number cited (14): a value, not the next work
    text = " Counts rose after the flood of 2011 30. The gauge read 2.5 31, then fell."
    assert sup(_SPACED + text) == sup(_SPACED)


def test_a_year_and_a_number_in_a_glued_article_stay_unread() -> None:
    glued = ("Ponds switch states1, and grazing is one driver2,3. Pulses favour"
             " cyanobacteria4, which grazers avoid5. The survey opened in 1990 6.")
    assert sup(glued) == ["1", "2,3", "4", "5"]


def test_a_first_citation_read_again_soon_after_is_read_where_it_first_appears() -> None:
    # 15 is read at "tensors 15," but first appears in the parenthesis before it, after 14
    text = (" We pruned tracts with Linear Fascicle Evaluation (LiFE 15) in each subject."
            " Pruned tracts fitted the signal as well as tensors 15, and bundles were"
            " segmented 16, 17.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "15", "16, 17"]


def test_an_early_print_before_the_number_below_stays_unread() -> None:
    # "(LiFE 16)" before the first print of 15: outside the window of 16
    text = (" We pruned tracts with Linear Fascicle Evaluation (LiFE 16) in each subject."
            " Pruned tracts fitted the signal as well as tensors 15, and bundles were"
            " segmented 16, 17.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "16, 17"]


def test_a_statistics_value_and_the_number_after_it_stay_unread() -> None:
    # the value of a named statistic ("SD 0.8", "P = 0.04", "OR 1.4") and a number after it
    for text in (" Depth was 2.5 m (SD 0.8 15).", " Loads fell (P = 0.04 15).",
                 " Odds rose (OR 1.4 15, 16)."):
        assert sup(_SPACED + text) == sup(_SPACED)
