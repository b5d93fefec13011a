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
