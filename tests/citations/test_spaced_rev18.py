"""Session 18's review of cite15's spaced rules (rev-cite15a): an article's own labels
after a noun that order alone read as callouts ("along transect 7. ... along transect 8",
"neurons of layer 5." printed twice), and callouts the label rules lost ("In yeast 5, the",
"earlier studies 2,3," beside "Studies 8,9 suggested")."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts


def sup(text: str, count: int = 30) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


# a spaced article citing 1 to 3 in order
_THREE = ("Grazing changes plant diversity in drylands 1, but its effect depends on aridity 2"
          " and on the history of grazing 3.")


def test_labels_counting_on_after_the_same_words_are_no_jump() -> None:
    # 7 and 8 in a row after "along transect", each in its own sentence: the transects'
    # numbers, not a jump past 4-6 that the next group carries on from
    text = (" Richness was highest along transect 7. It was lowest along transect 8, where a"
            " well had been drilled. Cover was estimated visually 4 and aridity was taken"
            " from an index 5.")
    assert sup(_THREE + text) == [*sup(_THREE), "4", "5"]


def test_a_new_number_ahead_after_other_words_is_still_a_jump() -> None:
    # "yeast 10 and in plants 11": each a callout, after different words
    text = (" The gene is needed in yeast 10 and in plants 11, and it protects nematodes"
            " 12.")
    assert sup(_THREE + text) == [*sup(_THREE), "10", "11", "12"]


def test_animals_numbered_in_a_row_are_labels() -> None:
    text = (" Cells were filled and reconstructed 4. One recording was lost from donor 9. A"
            " second was excluded from donor 10 because its access rose, as in cortex 5.")
    assert sup(_THREE + text) == [*sup(_THREE), "4", "5"]


def test_a_label_printed_twice_before_the_same_number_cited_is_no_callout() -> None:
    # "layer 4." twice, and 4 is then cited after another word: the layer's number
    text = (" Coupling is strongest in the neurons of layer 4. Whether it changes with state"
            " is not known 4. Recordings were made from neurons in layer 4. Cells were"
            " filled as described 5.")
    assert sup(_THREE + text) == [*sup(_THREE), "4", "5"]


def test_a_cycle_printed_twice_in_one_sentence_stays_a_label() -> None:
    # the 5 cited after "QLQ-C30" is no candidate, so the next group carries on past 5
    text = (" Toxicity was graded by the criteria 4. Doses were cut most often after cycle 5,"
            " and treatment was stopped after cycle 5. Quality of life was scored with the"
            " QLQ-C30 5. Fatigue rose early, as in younger cohorts 6.")
    assert sup(_THREE + text) == [*sup(_THREE), "4", "6"]


def test_callouts_in_phrases_opening_their_sentences_are_read_in_order() -> None:
    text = (" In yeast 4, the receptor is recruited to vacuoles. In plants 5, it binds ATG8."
            " In humans 6, the homologue goes to lysosomes, as shown in fibroblasts 7.")
    assert sup(_THREE + text) == [*sup(_THREE), "4", "5", "6", "7"]


def test_an_opening_label_the_article_numbers_elsewhere_stays_unread() -> None:
    # 4 is the next new number, but the article counts its scenarios ("6 scenarios")
    text = (" We simulated 6 scenarios. In scenario 4, the forest was best, as others found"
            " 4. Coverage fell, as theory predicts 5.")
    assert sup(_THREE + text) == [*sup(_THREE), "4", "5"]


def test_works_named_opening_a_sentence_leave_later_callouts_after_them() -> None:
    # "Studies 6,7 suggested" opens a sentence; "earlier studies 2,3," still cites
    text = (" Receptors link cargo to membranes 4, 5. Studies 6,7 suggested that they repair"
            " membranes. As noted in earlier studies 2,3, recruitment needs ubiquitin 8.")
    assert sup(_THREE + text) == [*sup(_THREE), "4, 5", "2,3", "8"]
