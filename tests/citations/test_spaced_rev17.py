"""Review of session 17's spaced rules (rev-cite14a): a count after a partitive phrase
is no callout of a glued list before an aside, and a word named again with other words
between is no series of labels."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts

# an article that sets its callouts after a space, first citations in order up to 14
_SPACED = (
    "Exercise lowers glucose in adults 1 and in older people 2,3. The Finnish trials "
    "4–6 found the same 7. Walking helps the heart 8, but the dose matters 9 and timing "
    "too 10. Insulin uptake persists for several hours 11 after training 12. Muscle "
    "takes up most of it 13, and the liver the rest 14."
)
# an article that glues its callouts to the word before them
_GLUED = "Insulin lowers glucose1 in rats2 and mice3, as in dogs4."


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_count_after_a_partitive_phrase_is_no_callout_before_an_aside() -> None:
    # "Of the 14 trials identified by reviews5, 6 (Table 1) met": 6 counts the trials, the
    # subject of "met"; also in a sentence opened after a callout glued to a stop
    counts = (" Of the 14 trials identified by earlier reviews5, 6 (Table 1) met our criteria."
              " Benefits were similar in the old.6 Of 402 deaths in trials7, 8 (Fig. 2) were"
              " adjudicated. In total, of the 18 regulators reported before9, 10 (Fig. 3)"
              " peaked early.")
    assert sup(_GLUED + counts) == ["1", "2", "3", "4", "5", "6", "7", "9"]


def test_a_list_before_an_aside_in_a_partitive_phrase_closed_by_a_mark_is_read() -> None:
    # the partitive phrase ends at the comma after the aside: its list is callouts
    # or goes on with no verb: a clause opened by a pronoun, a conjunction, a capital
    lists = (" Of the genes reported before5, 6 (Table 1), most were active. Of note, genes"
             " reported later7, 8 (Table 2) were silent. From reviews9, 10 (Table 3) we took"
             " terms. Of the trials reviewed11, 12 (Fig. 1) and in our registry, few were"
             " blinded.")
    assert sup(_GLUED + lists) == ["1", "2", "3", "4", "5, 6", "7, 8", "9, 10", "11, 12"]


def test_a_word_named_again_with_other_words_between_is_no_series_of_labels() -> None:
    # "Mouse models 15 and rat models 16": what each names is cited, not numbered
    again = (" Mouse models 15 and rat models 16 differ. Effects occur in Parkinson disease"
             " 17 and Huntington disease 18, where genes modify onset 19.")
    assert sup(_SPACED + again) == [*sup(_SPACED), "15", "16", "17", "18", "19"]


def test_a_sentence_closed_by_the_digits_is_not_searched_for_the_word_again() -> None:
    # "grasslands 15. The decline ... grasslands 16,": two sentences, each citing
    again = (" Richness fell as in Atlantic grasslands 15. The decline was steepest in acidic"
             " grasslands 16, where pH fell.")
    assert sup(_SPACED + again) == [*sup(_SPACED), "15", "16"]


def test_a_word_named_again_right_after_a_comma_or_a_conjunction_names_labels() -> None:
    labels = (" Blood was drawn on day 15, day 16 and day 17 after infection, and in field"
              " 18 or field 19 at night.")
    assert sup(_SPACED + labels) == sup(_SPACED)


def test_a_bare_word_named_again_in_its_sentence_names_labels() -> None:
    # no word qualifies either: after a mark or a preposition ("line, scan 15", "in field
    # 17"); "Walking helps the heart 15 ... the heart 16" is qualified, and cites
    labels = (" The fit (solid line, scan 15; dotted line, scan 16) was good. Stars in field"
              " 17 were brighter than those in field 18.")
    assert sup(_SPACED + labels) == sup(_SPACED)
    cited = " Running helps the heart 15, and swimming helps the heart 16."
    assert sup(_SPACED + cited) == [*sup(_SPACED), "15", "16"]
