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
