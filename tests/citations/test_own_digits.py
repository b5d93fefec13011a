"""Session 22 (cite24): digits glued to a name that the article's order of first citation
shows are the name's own (`citations/own_digits.py`): a list of old numbers after a name
("Nod1,2 sensing" long after 1 and 2 were cited), a name's digit opening a list whose rest
is the next new number ("on MgAl2O4,13" after 12), and a next new number glued to a name
and read again a few words on ("Tc17 cells,14"). Callouts glued to plain words, and lists
that carry the order on, are read as before."""

from __future__ import annotations

from claimcheck.citations.superscripts import superscripts

_OPENING = " ".join(
    f"Responses differ between {w}.{n}" for n, w in enumerate(
        ("mice", "rats", "worms", "fish", "frogs", "cells", "birds", "bees", "ants",
         "plants"), start=1))


def _read(text: str, count: int = 24) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_series_written_short_after_the_order_moved_on_is_no_callout() -> None:
    text = (f"{_OPENING} Microbial peptides are sensed in the cytosol.11 Nod1,2 sensing"
            " of peptidoglycan needs Rip2 kinase,12 and Mapk3,5 signals follow.13")
    assert _read(text)[10:] == ["11", "12", "13"]


def test_a_name_s_digit_before_the_next_new_number_is_the_name_s() -> None:
    text = (f"{_OPENING} Films grew on SrTiO3 substrates in vacuum,11 and on MgAl2O4,12"
            " the lattice relaxed.13 Films on LiNbO3,14 cracked.15")
    assert _read(text)[10:] == ["11", "12", "13", "14", "15"]


def test_a_next_new_number_on_a_name_read_again_in_the_clause_is_the_name_s() -> None:
    text = ("Type 2 immunity expels helminths.1 Th2 cells,2 mast cells3 and eosinophils4"
            " release IL-13. Histone marks differ.5 H3K79me6 covers transcribed genes,6 and"
            " Dot1l writes it.7")
    assert _read(text, 7) == ["1", "2", "3", "4", "5", "6", "7"]


def test_lists_after_plain_words_and_lists_carrying_the_order_on_are_read() -> None:
    text = (f"{_OPENING} As shown before in worms,2,3 and in the IEPOX-SOA11,12 studies, the"
            " effect holds.13 It was confirmed in flies3,14 and in CD44 mice.15 The SOA"
            " yield rose.16")
    assert _read(text)[10:] == ["2,3", "11,12", "13", "3,14", "15", "16"]


def test_a_plural_or_a_name_printed_bare_keeps_its_list() -> None:
    text = (f"{_OPENING} Virions of MERS-CoV bind DPP4.11 Cleavage sets tropism, as for"
            " MERS4,12 and in eQTLs5,13 of the lung.14")
    assert _read(text)[10:] == ["11", "4,12", "5,13", "14"]


def test_a_name_printed_with_its_digits_in_another_case_is_no_callout() -> None:
    text = ("Motor neurons arise in the ventral spinal cord.1 Olig8 marks their progenitors,"
            " which need retinoic acid2 and Shh.3 In zebrafish olig8 mutants lack them,4 and"
            " Olig8 binding to the Hb9 enhancer was mapped.5 Islet1 acts later.6 Mnx1 and"
            " Lhx3 follow.7 They project axons.8")
    assert _read(text, 8) == ["1", "2", "3", "4", "5", "6", "7", "8"]


def test_a_list_counting_down_after_a_name_opens_with_the_name_s_digit() -> None:
    text = ("Cytokines shape immunity.1 They signal through kinases.2 IL-12 acts through"
            " STAT6,3 while IL-4 acts in other cells.4 Both matter in mice.5")
    assert _read(text, 8) == ["1", "2", "3", "4", "5"]


def test_a_range_opening_a_list_is_never_taken_for_a_name_s_digit() -> None:
    text = (f"{_OPENING} Films grew on SrTiO3 in vacuum.11 Films on LaAlO3–5,12 relaxed.13")
    assert _read(text)[10:] == ["11", "3–5,12", "13"]  # a range is read whole, as before


def test_a_list_cited_again_after_a_word_printed_bare_is_read() -> None:
    # review of cite24: "Drosophila" is printed bare and never with a digit of its own, so
    # "Drosophila2,3" late in the article cites 2 and 3 again (as "ICU2,3", "Iceland2,3")
    text = (f"{_OPENING} Toll was found in Drosophila.11 The response is conserved from"
            " Drosophila2,3 to man.12")
    assert _read(text)[10:] == ["11", "2,3", "12"]


def test_a_word_capitalised_only_where_it_opens_a_sentence_is_no_name() -> None:
    # review of cite24: "Obesity8" opens a sentence; "in obesity8" cites 8 again
    text = ("Sepsis kills many.1 Antibiotics help.2 Lactate guides fluids.3 Obesity4 may"
            " protect.5 In obesity4 the effect was smaller.6")
    assert _read(text, 8) == ["1", "2", "3", "4", "5", "4", "6"]


def test_a_list_cited_again_after_a_place_printed_only_with_callouts_is_read() -> None:
    # review of cite24: "Egypt" is never printed bare here, but a capitalised word of five
    # letters or more numbers no series' members ("Smad2,3", "TLR7,8" do)
    text = (f"{_OPENING} Patients were treated in Egypt11 for 12 weeks. The cure rate was"
            " 96%, as in Egypt1,2 and India.12")
    assert _read(text)[10:] == ["11", "1,2", "12"]
