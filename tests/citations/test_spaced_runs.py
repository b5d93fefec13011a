"""Session 21 (cite22): in an article that sets its callouts after a space, first citations
refused for the word before them ("than they need to be 15, ... several per day 16,") are
read where the spaced prints between two numbers read name every number of the gap, each
once and counting up; a gap of one number, a number of the gap printed twice, a name's
digits, a count running on and a gap the prints do not fill stay unread."""

from __future__ import annotations

from tests.citations.test_spaced_s19 import _SPACED, sup  # a spaced article citing 1 to 14

_AFTER = " Losses were modelled 18, 19."  # 18 read: the gap 15-17 closed above


def test_a_run_of_first_citations_after_quantity_words_is_read() -> None:
    text = (" Most models are more complicated than they need to be 15, with runs at a rate"
            " of several per day 16, and tags are shared on sites such as delicious.com 17."
            + _AFTER)
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "16", "17", "18, 19"]


def test_a_run_after_the_last_number_read_ends_at_the_lists_end() -> None:
    # 15 to 17 after 14, the list 17 long: nothing is read after them
    text = (" Most models are more complicated than they need to be 15, with runs at a rate"
            " of several per day 16, and cores are dated once per year 17.")
    assert sup(_SPACED + text, count=17) == [*sup(_SPACED), "15", "16", "17"]
    assert sup(_SPACED + text, count=18) == sup(_SPACED)  # 18 cited nowhere: no run


def test_a_gap_of_one_or_two_numbers_stays_unread() -> None:
    text = " Cores were dated once per year 15." + " Losses were modelled 16, 17."
    assert sup(_SPACED + text) == [*sup(_SPACED), "16, 17"]
    # two values counting up by one are common in prose: an age and the next
    text = " Children entered school at age 15, and left it at 16." + " Losses were modelled 17."
    assert sup(_SPACED + text) == [*sup(_SPACED), "17"]


def test_a_number_of_the_gap_printed_twice_leaves_the_gap_unread() -> None:
    text = (" Effort was rated on the Borg scale 15 and events graded as in a trial 16. The"
            " last session was in week 12 and follow-up in week 16." + " Losses were"
            " modelled 17, 18.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "17, 18"]


def test_names_counts_and_an_unfilled_gap_stay_unread() -> None:
    # a name's digits ("RDF 16 by"); a count running on ("day 15 and 16"); a gap 15-17
    # whose prints name only 15 and 16
    for text in (" Loads are highest in the boreal zone 15). Records were kept as RDF 16 by"
                 " every station, and losses were modelled 17, 18.",
                 " Cores were taken on day 15 and 16, and again per year 16."
                 " Losses were modelled 17, 18.",
                 " Models are more complicated than they need to be 15, with runs several"
                 " per day 16. Losses were modelled 18, 19."):
        read = sup(_SPACED + text)
        assert read[: len(sup(_SPACED))] == sup(_SPACED)
        assert "15" not in read and "16" not in read and read[-1] in ("17, 18", "18, 19")



def test_labels_counting_up_after_one_noun_stay_unread() -> None:
    # a protocol's days count up through the gap 15-17 as a run would: one noun numbers them
    for text in (" Mice were injected on day 15, weighed on day 16, and killed on day 17.",
                 " Follow-up ended at week 15. The drug was stopped in week 16."):
        read = sup(_SPACED + text + " Losses were modelled 18, 19.")
        assert read == [*sup(_SPACED), "18, 19"]



_RUN = (" Most models are more complicated than they need to be 15, with runs at a rate of"
        " several per day 16, and tags are shared on sites such as delicious.com 17.")


def test_a_run_after_a_table_first_named_in_the_window_stays_unread() -> None:
    # 15-17 may be cited only in Table 3, numbered where it is first named: labels that
    # count up after it ("type 15, ... grade 16, ... stage 17,") are no evidence (review)
    text = (" Earlier trials are listed in Table 3. Comorbidity was common: diabetes type 15,"
            " hypertension grade 16, and kidney disease stage 17, were each recorded."
            + _AFTER)
    assert sup(_SPACED + text) == [*sup(_SPACED), "18, 19"]
    assert sup(_SPACED + " Trials are listed in Table 3." + _RUN + _AFTER) == [
        *sup(_SPACED), "18, 19"]


def test_a_table_named_after_the_run_or_before_the_window_does_not_stop_it() -> None:
    read = [*sup(_SPACED), "15", "16", "17", "18, 19"]
    assert sup(_SPACED + _RUN + " Table 3 lists them." + _AFTER) == read
    early = _SPACED.replace(" Mesocosm", " Sites are shown in Table 3. Mesocosm")
    assert sup(early + " Table 3 also gives depths." + _RUN + _AFTER) == [
        *sup(early), "15", "16", "17", "18, 19"]
