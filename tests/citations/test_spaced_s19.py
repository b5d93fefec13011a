"""Session 19 (cite19): spaced callouts refused for the word before them that the
article's own citations still read: a first citation inside its window of first-citation
order ("per year 8)", "RDF 80 by"), and a number cited again after several different words
("of 15.", "the original study 15.", "for 15,"); next to look-alikes that stay unread."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


# a spaced article citing 1 to 14 in order
_SPACED = (
    "Ponds switch between clear and turbid states 1, and grazing is one driver 2, 3."
    " Pulses favour cyanobacteria 4, which grazers avoid 5, and fish remove them 6–8."
    " Mesocosm work 9 and surveys of farm ponds 10 suggest that pulses matter 11, as seen"
    " in vivo 12. Nutrients accumulate in sediments 13, and release follows anoxia 14."
)


def test_a_first_citation_after_a_preposition_is_read_in_its_window() -> None:
    # 15 and 16 must first appear between 14 and 17: "of 15)" and "for 16," are refused for
    # their words, but nothing else claims those numbers there
    text = (" Loads follow the model of 15), and records were kept as in the protocol for 16,"
            " and losses were modelled 17, 18.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "16", "17, 18"]


def test_a_label_noun_or_a_name_in_its_window_stays_unread() -> None:
    # 15 and 16 must first appear there, but after a noun ("the boreal zone 15)") or a name
    # ("RDF 16 by") the window alone is no evidence: labels and versions fit it as well
    text = (" Loads are highest in the boreal zone 15). Records were kept as RDF 16 by every"
            " station, and losses were modelled 17, 18.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "17, 18"]


def test_a_refused_word_outside_its_window_stays_unread() -> None:
    # 16 already first appears before, so "model of 16)" is no first citation; "day 15" is
    # followed by a count ("15 samples"), and "Table 15" is a label
    text = (" Losses were modelled 15, 16. Loads follow the model of 16). On day 15 samples"
            " were taken, as Table 15 shows.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15, 16"]


# a spaced article whose 15 is the work it replicates, cited again and again
_REPLICATION = (
    _SPACED + " Blooms were amplified in the mesocosms of 15, and stocks decline with"
    " warming 16.\n\nWe repeated the original study 15 in full, and the experiment of Figure"
    " 2 of 15. Effect sizes are given for 15, and for this replication. Primers were those"
    " used in 15 and in our pilot."
)


def test_a_number_cited_again_after_several_words_is_read() -> None:
    found = sup(_REPLICATION)
    assert found[-6:] == ["15", "16", "15", "15", "15", "15"]


def test_a_value_after_comparisons_stays_unread() -> None:
    # 15 is cited, but "above 15", "than 15" and "of 15" are thresholds: the words that
    # introduce a quantity (and "of") do not count toward the number's citing words
    text = (" Losses were modelled 15, 16. Scores above 15, rare in the ponds, meant a"
            " bloom. Few ponds scored more than 15. The threshold of 15 was kept.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15, 16"]


def test_a_label_named_by_its_own_word_stays_unread() -> None:
    # "pond 15" printed three times names one pond, whatever 15 cites
    text = (" Losses were modelled 15, 16. Water in pond 15 was clearer. Fish left pond 15,"
            " and pond 15 dried.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15, 16"]


def test_a_value_in_its_window_stays_unread() -> None:
    # 15 must first appear between 14 and 16, but "up to age 15," is an age and "a total
    # of 15 were" a count: words and verbs of quantity are no first citation's
    for text in (" Children up to age 15, and adults were analysed apart 16, 17.",
                 " A total of 15 were excluded, and adults were analysed apart 16, 17."):
        assert sup(_SPACED + text) == [*sup(_SPACED), "16, 17"]


def test_versions_after_names_count_no_citing_word() -> None:
    # "Python 12", "Matlab 12", "Stata 12": versions, though 12 is cited; only lower-case
    # words count toward a number cited again
    text = " Analyses were run 15. We used Python 12, Matlab 12, and Stata 12."
    assert sup(_SPACED + text) == [*sup(_SPACED), "15"]


def test_a_list_that_labels_plots_is_not_read_again() -> None:
    # "15, 16" was read as a callout, but "plots 15, 16" are also printed unread: labels
    text = " Plots 15, 16 were flooded 15, 16. Later plots 15, 16 dried."
    assert sup(_SPACED + text) == [*sup(_SPACED), "15, 16"]


def test_a_name_ending_in_digits_before_a_spaced_callout_is_the_name() -> None:
    # in a spaced article "lme4 15;" is the package and its callout: 15 fills its window,
    # and the 4 glued to "lme" is no callout (4 is cited, so order alone read it before)
    text = " Models were fitted with the package lme4 15; losses were modelled 16, 17."
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "16, 17"]


def test_a_name_ending_in_digits_before_a_cited_number_reads_neither() -> None:
    # 15 is cited before, so the window says nothing of "lme4 15;": neither is read
    text = " Losses were modelled 15, 16. Models were fitted with lme4 15; plots were drawn 17."
    assert sup(_SPACED + text) == [*sup(_SPACED), "15, 16", "17"]


def test_values_after_names_ending_in_digits_stay_unread() -> None:
    # "Il6 15, Il8 16;" (mouse genes) measures each name, "CD4 15." is a marker's count: no
    # callout, however the windows stand
    text = " Levels were Il6 15, Il8 16; losses were modelled 17, 18."
    assert sup(_SPACED + text) == [*sup(_SPACED), "17, 18"]
    text = " Levels were low in CD4 15. Losses were modelled 16, 17."
    assert sup(_SPACED + text) == [*sup(_SPACED), "16, 17"]


def test_a_name_and_its_value_in_brackets_stay_unread() -> None:
    # review of cite19: "(Hprt1 15)" is a gene and its measured value, an aside; 15 may be
    # cited only in a table, so its window alone is no evidence
    text = (" Cq values were stable across conditions (Hprt1 15). Losses were modelled 16,"
            " 17.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "16, 17"]


def test_a_name_and_value_do_not_outbid_the_number_printed_later() -> None:
    # review of cite19: "Gata4 15," is a marker's value; "fell 15." later is the callout
    text = (" The marker Gata4 15, a sign of partial reprogramming, fell at day 12."
            " Methylation at the promoter fell 15. Losses were modelled 16, 17.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "15", "16, 17"]
