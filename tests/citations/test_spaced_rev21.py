"""Session 20 review of cite21: in an article that sets its callouts after a space, digits
after a year or a decimal are no callout when the sentence opens with a preposition whose
comma was dropped, the digits being the next clause's subject ("By the end of 2020 15 had
started"), nor is a tool's release read as a number's early first citation ("done in Stata
15,", "mixed models (Stata 16)"). A callout after an opening phrase before its comma ("In a
trial published in 2016 15, absences fell") and a method named and cited at once ("(LiFE
15)") stay read."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts
from tests.citations.test_spaced_s19 import _SPACED, sup  # a spaced article citing 1 to 14


def test_a_count_after_an_opening_preposition_stays_unread() -> None:
    # 15 is the next new number, but it is the subject of the clause after the opening phrase
    for text in (" Of those enrolled in 2017 15 moved away before the first visit.",
                 " By the end of 2020 15 had started dialysis.",
                 " Since January 2015 15 have been observed by webcams.",
                 " With a cut-off of 11.5 15 were anaemic at the first visit only.",
                 " Among patients with a saturation under 0.2 15 received iron.",
                 " Of the deaths recorded in 2020 8, half were cardiac."):
        assert sup(_SPACED + text) == sup(_SPACED), text


def test_a_callout_after_an_opening_phrase_before_its_comma_is_read() -> None:
    text = " In a trial published in 2016 15, absences fell by a fifth."
    assert sup(_SPACED + text) == [*sup(_SPACED), "15"]


def test_a_list_after_an_opening_partitive_phrase_is_read() -> None:
    # a list is no count: "15, 16" after "Among ... since 2015" cites two works
    text = " Among the trials published since 2015 15, 16, most were small."
    assert sup(_SPACED + text) == [*sup(_SPACED), "15, 16"]


def test_a_tools_release_is_no_early_first_citation() -> None:
    # "Stata 16," and "(Stata 16)" are releases: 16 is read only where it is cited
    for text in (" Frailty was scored with the clinical frailty scale 15. Analyses were done"
                 " in Stata 16, and mixed models were fitted as described 16.",
                 " Analyses used mixed models (Stata 16) and the methods of a trial 15. Power"
                 " was computed as described 16."):
        article = _SPACED + text
        read = [start for start, _ in superscripts(article, 40) if start > len(_SPACED)]
        assert read == [article.rindex("16")], text
