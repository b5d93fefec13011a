"""Session 18's second review of cite15 (rev-cite15b): a number after a citing phrase ("as
in 9.", "as reported before 17.") read as a callout cited again, in a spaced article, only
where the phrase names a source: not where it compares with a thing the article numbers
("at site 1, as in 2,", "Entry 5 was run as in 4,", "Experiment 3 ... Materials were as in
2."), nor after "before" without "as" ("first noted before 6,"), nor for a pair printed
twice ("as high as in 3, ... in 3 of the 4 conditions"); next to the callouts that stay."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts


def sup(text: str, count: int = 30) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


# a spaced article citing 1 to 12 in order
_SPACED = (
    "Ponds switch between clear and turbid states 1, and grazing is one driver 2, 3."
    " Pulses favour cyanobacteria 4, which grazers avoid 5, and fish remove them 6–8."
    " Mesocosm work 9 and surveys of farm ponds 10 suggest that pulses matter 11, as seen"
    " in vivo 12."
)


def test_before_names_a_source_only_after_as() -> None:
    # "first noted before 6," is an age or a time; "as noted before 11." cites, and so
    # does "as first reported before 9."
    text = (" Of the patients whose symptoms were first noted before 6, two relapsed. Blooms"
            " came back each summer, as noted before 11, and fish died, as first reported"
            " before 9.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "11", "9"]


def test_as_in_after_a_thing_numbered_in_its_sentence_is_no_callout() -> None:
    # the phrase elides the noun of "site 1", "block 4": the number is a site's, a block's
    text = (" Richness declined at site 1, as in 2, but not at site 3. The loss was twice as"
            " large in block 4 as in 3.")
    assert sup(_SPACED + text) == sup(_SPACED)


def test_as_in_after_a_callout_in_its_sentence_still_cites() -> None:
    # "richness 13," is a callout (its word follows a verb, not a preposition): "as in 12."
    # still names a source though 12 is near 13
    text = " Grazers reduced richness 13, as in 12."
    assert sup(_SPACED + text) == [*sup(_SPACED), "13", "12"]


def test_as_in_after_a_numbered_subject_opening_its_sentence_is_no_callout() -> None:
    text = " Entry 5 was run as in 4, but with less base."
    assert sup(_SPACED + text) == sup(_SPACED)


def test_as_in_a_number_the_article_opens_a_sentence_with_is_no_callout() -> None:
    # "Experiment 2" heads a part of the article: "as in 2." is that experiment
    text = ("\nExperiment 2\nWords were shown twice.\nExperiment 3\nMaterials were as in 2."
            " Fish were fed as in 9.")
    assert sup(_SPACED + text) == [*sup(_SPACED), "9"]


def test_as_in_a_figures_number_still_cites() -> None:
    # "Figure 2 shows" opens a sentence, but a figure is never elided to its number
    text = " Figure 2 shows the ponds. Fish were fed as in 2."
    assert sup(_SPACED + text) == [*sup(_SPACED), "2"]


def test_as_in_a_pair_printed_twice_is_no_callout() -> None:
    # "in 3" twice: the first print would seed the later one ("in 3 of the 4 lists")
    text = " The effect was as large as in 3, and it fell. Recall was best in 3 of the 4 lists."
    assert sup(_SPACED + text) == sup(_SPACED)
