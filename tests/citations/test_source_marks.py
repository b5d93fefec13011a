"""Marks of the source's front matter that a PDF's text keeps beside names and that are no
callouts: affiliation marks on an author line ("Anna Berg1,2, Carl Dahl2 and Eva Lund1,3*")."""

from __future__ import annotations

import pytest

from claimcheck.citations.source_marks import author_lines_hidden
from claimcheck.citations.superscripts import superscripts

_BODY = (
    "Iron deficiency is the commonest deficiency in infancy.1 Supplements reduce anaemia2 "
    "but may raise the risk of infection.3,4 Stores fall after six months.5 Trials found "
    "less anaemia,2,6 and the gut may matter.7,8\n"
)


def sup(text: str, count: int = 16) -> list[tuple[int, str]]:
    return [(s, text[s:e]) for s, e in superscripts(text, count)]


@pytest.mark.parametrize("byline", [
    "Anna Berg1,2, Carl Dahl2, Eva Lund1,3 and Omar Haddad3*",
    "Anna M. Berg1, Carl Dahl2, Eva van der Lund1,3, Omar Haddad3",
    "J.-P. Moreau1,2 & Li Wei3",
    "Anna Berg1,2, Carl Dahl2,\nEva Lund1,3 and Omar Haddad3*",  # a byline wrapped
])
def test_affiliation_marks_on_an_author_line_are_no_callouts(byline: str) -> None:
    head = "Iron status and infection in infants: a cohort study\n\n" + byline + "\n\n"
    head += "1 Department of Paediatrics, University of Uppsala, Sweden\n\n"
    found = sup(head + _BODY)
    assert all(start > len(head) for start, _ in found)
    assert [printed for _, printed in found] == ["1", "2", "3,4", "5", "2,6", "7,8"]


@pytest.mark.parametrize("line", [
    "Earlier work by Berg2 and Dahl6 agrees.",
    "Berg2, Dahl6 and Lund7 showed it.",
    "as Berg2, Dahl6 and Lund7\nshowed in cohorts of Sweden3 and Norway4",
    "BRCA1 BRCA2 TP53 ATM",  # a table's genes: capitals, no names
    "Iron Status In Sweden2",  # a title's one mark, no byline beside it
])
def test_lines_that_are_no_byline_keep_their_digits(line: str) -> None:
    assert author_lines_hidden(line) == line


def test_affiliations_glued_to_their_number_count_too() -> None:
    head = ("Anna Berg1,2 and Carl Dahl2\n1Department of Paediatrics, Uppsala\n"
            "2Institute of Nutrition\n\n")
    assert all(start > len(head) for start, _ in sup(head + _BODY))


@pytest.mark.parametrize("names", ["Berg9, Dahl10 and Lund11", "Uppsala9, Oslo10 and Lund11"])
def test_names_a_sentence_wraps_onto_their_own_line_keep_their_callouts(names: str) -> None:
    # no line soon after opens with 9, 10 or 11: no affiliations, so no byline
    body = _BODY + "Earlier cohorts were described by\n" + names + "\nin three districts.\n"
    assert [p for _, p in sup(body)][-3:] == ["9", "10", "11"]


# footnote markers whose note a PDF's page prints at its foot
_NOTE = "\n1 The trial was registered with the national board before enrolment.\n"


@pytest.mark.parametrize("marked", ["Our study3 was funded.", "It was funded.3"])
def test_a_footnote_marker_whose_note_is_printed_is_no_callout(marked: str) -> None:
    note = "\n3 The trial was registered with the national board before enrolment.\n"
    found = [p for _, p in sup(_BODY + marked + note + "Iron helps.9\n")]
    assert found == ["1", "2", "3,4", "5", "2,6", "7,8", "9"]  # not the marker's "3"


@pytest.mark.parametrize(("text", "kept"), [
    # two glued 1s before the note: one of them cites, so neither is taken
    ("Our study1 was funded, as in infancy.1" + _NOTE, ["1", "1"]),
    # a number's first appearance is a citation's, not a note's: an address closing the page
    ("Iron was given daily.9\n9 Department of Paediatrics, University of Uppsala\n", ["9"]),
    # a heading, no note: fewer than four words
    ("Our study1 was funded.\n\n1 Materials and methods\n\n", ["1"]),
    # a heading of four words: no full stop, too short for a wrapped note
    ("Our study1 was funded.\n1 Study design and participants\n", ["1"]),
])
def test_a_number_a_note_cannot_single_out_is_kept(text: str, kept: list[str]) -> None:
    found = [p for _, p in sup(_BODY + text + "Iron helps.9\n")]
    assert found == ["1", "2", "3,4", "5", "2,6", "7,8", *kept, "9"]


def test_a_page_of_two_notes_hides_both_markers() -> None:
    page = ("Our study3 was funded by a grant.9 It ran in Sweden.4\n"
            "3 The trial was registered with the national ethics board of Sweden\n"
            "before enrolment.\n"
            "4 Funding came from the Swedish Research Council.\n")
    assert [p for _, p in sup(_BODY + page)] == ["1", "2", "3,4", "5", "2,6", "7,8", "9"]


def test_a_numbered_list_is_no_block_of_notes() -> None:
    # the list's second and third items find no marker: "study3" stays a citation
    steps = ("Cells were kept as in our study3 before.9\n3 Wash the cells twice in cold buffer.\n"
             "4 Add the iron solution to each of the wells.\n"
             "5 Count the colonies after two days.\n")
    assert [p for _, p in sup(_BODY + steps)] == ["1", "2", "3,4", "5", "2,6", "7,8", "3", "9"]


def test_a_spaced_marker_leaves_the_glued_citation_alone() -> None:
    # the text layer spaced the marker ("concepts 3 of"): the glued "3" cites
    text = "Our concepts 3 of care differ from those of others.3" + _NOTE.replace("1", "3")
    found = [p for _, p in sup(_BODY + text + "Iron helps.9\n")]
    assert found == ["1", "2", "3,4", "5", "2,6", "7,8", "3", "9"]
