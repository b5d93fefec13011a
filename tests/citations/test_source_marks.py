"""Marks of the source's front matter that a PDF's text keeps beside names and that are no
callouts: affiliation marks on an author line ("Anna Berg1,2, Carl Dahl2 and Eva Lund1,3*")."""

from __future__ import annotations

import pytest

from claimcheck.citations.bylines import author_lines_hidden, bylines
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
    assert author_lines_hidden(line, bylines(line)) == line


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


# review of issue 14: numbered lists, headings, tables and page-foot addresses keep citations
_FAR = "Earlier work relied on small samples from single hospitals of one region. " * 30


def test_a_column_of_names_not_marked_from_1_is_no_byline() -> None:
    # a table's title-case column, one callout a line, and a numbered heading after it
    table = ("\nTable 1. Instruments\nAnxiety Inventory9\nDepression Scale10\n\n"
             "9 Results\nScores fell in both arms.11\n")
    assert [p for _, p in sup(_BODY + table)][-3:] == ["9", "10", "11"]


def test_names_followed_by_numbered_steps_keep_their_callouts() -> None:
    # "1 Dry each sample ..." is a step, no address ("1 Department of Paediatrics, Uppsala")
    text = ("Iron status was measured as described by\nBerg1 and Dahl2\nin two cohorts.3\n"
            "1 Dry each sample overnight in the oven.\n"
            "2 Weigh each sample on a fine balance.\n")
    assert [p for _, p in sup(text)] == ["1", "2", "3"]


def test_addresses_at_the_page_foot_are_no_notes() -> None:
    # the byline's addresses close the page; dates print "1" and "3" before the callouts
    head = ("Received: 1 March 2024; accepted: 3 July 2024; published: 2 August 2024\n\n"
            + _FAR[:1200] + "\n\nIron and infection in infants\n\n"
            "Anna Berg1, Carl Dahl2 and Eva Lund3\n\n")
    foot = ("1 Department of Paediatrics, Faculty of Medicine, University of Uppsala, "
            "Box 256, Uppsala, Sweden\n"
            "2 Institute of Nutrition Research, Faculty of Medicine, University of Oslo, "
            "Oslo, Norway\n"
            "3 Centre for Child Health, School of Public Health, University of Lund, Lund, "
            "Sweden\n\n")
    intro = ("Iron deficiency is common in infancy.1 Supplements reduce anaemia2 but may "
             "raise the risk of infection.3 Stores fall after six months.4\n")
    found = sup(head + intro + _FAR[:900] + "\n" + foot)
    assert [p for _, p in found] == ["1", "2", "3", "4"]
    assert all(start > len(head) for start, _ in found)


def test_a_heading_that_reads_as_a_sentence_is_no_note() -> None:
    text = ("\n2 Methods\nWe surveyed the sites as Rubin did.3\n"
            "3 Results of the survey were mixed across all sites.\nIron helps.9\n")
    assert [p for _, p in sup(_BODY + text)][-2:] == ["3", "9"]


@pytest.mark.parametrize("lead", [
    # a lead-in that introduces the list
    "Cells were isolated as in Berg et al.1 and washed as in Dahl et al.2 In brief:\n",
    # one lead-in sentence holds every number the items repeat
    "Two findings stand out. They support the rationale1 and the role of mix reported by "
    "Joynt,2\n",
])
def test_a_numbered_list_after_its_lead_in_keeps_the_callouts(lead: str) -> None:
    items = ("1 Readmission rates fell in all regions after the reform.\n"
             "2 The fall was largest in the hospitals serving the poorest.\n"
             "These results matter.9\n")
    assert [p for _, p in sup(_BODY + _FAR + lead + items)][-3:] == ["1", "2", "9"]


def test_notes_numbered_on_whose_markers_the_page_spreads_are_hidden() -> None:
    page = ("Our study3 was funded by a grant. It ran in Sweden4 for two years.\n"
            "3 The trial was registered with the national board before enrolment.\n"
            "4 Funding came from the Swedish Research Council for this work.\n\n"
            "Iron helps.9\n")  # the page ends after its notes
    assert [p for _, p in sup(_BODY + _FAR + page)][-3:] == ["2,6", "7,8", "9"]


@pytest.mark.parametrize("after", ["\n\nBoth held in the cohort.9\n", "\nBoth held.9\n"])
def test_items_numbered_from_1_keep_the_callouts_their_numbers_repeat(after: str) -> None:
    # a lead-in ending in a full stop, its citations spread over sentences: as a first
    # page's notes 1 and 2 would be; a citation lost costs more than a marker kept
    text = ("Our approach follows Berg.1 Dahl extended it to children.2 The main findings "
            "were these.\n1 Mortality fell in every region after the reform.\n"
            "2 The fall was largest in the poorest districts." + after)
    assert [p for _, p in sup(_BODY + _FAR + text)][-3:] == ["1", "2", "9"]


def test_a_note_followed_by_a_short_next_item_is_a_list() -> None:
    text = ("Cells were spun as Berg did.1\n1 Centrifuge the medium at low speed for ten "
            "minutes.\n2 Spin again.\nIron helps.9\n")
    assert [p for _, p in sup(_BODY + _FAR + text)][-2:] == ["1", "9"]


@pytest.mark.parametrize("heading", [
    "2 Materials and Methods", "3 Results",
    "1 Oslo, Bergen and Tromsø were sampled in winter.",  # a list item of places
])
def test_a_title_case_heading_is_no_address(heading: str) -> None:
    # names wrapped onto a line of their own, citing 1 to 3, then a numbered heading: an
    # affiliation lists an institution, a city, a country ("..., Bergen, Norway")
    text = ("The effect was first described by\nHolm1, Berg2 and Lund3\nin small trials.4\n\n"
            + heading + "\nTwelve adults took part.5\n")
    assert [p for _, p in sup(text)] == ["1", "2", "3", "4", "5"]


def test_a_wrapped_line_opening_with_a_count_keeps_the_next_citation() -> None:
    # "Table 2" printed 2 long before, yet "Norway.2" is the next work in citation order: the
    # line the wrap opens with "2 Swedish ..." is no footnote and hides nothing
    text = ("Table 2 lists the baseline data.\n" + "Diets differ between the cohorts. " * 70
            + "\nCohort studies of diet are common.1 Earlier trials followed children in "
            "Norway.2 In this\nstudy we followed\n2 Swedish cohorts of adults over ten "
            "years, with yearly visits.\nResults agreed with a later review.3\n")
    assert [printed for _, printed in sup(text, 3)] == ["1", "2", "3"]


def test_degrees_after_names_carry_a_bylines_marks() -> None:
    head = ("Sleep and memory in shift workers\n\n"
            "Lena Holt MD1,2, Omar Aziz PhD2 and Ida Brun MD, MPH1\n"
            "1 Department of Neurology, University of Bergen, Bergen, Norway\n"
            "2 Institute of Work Medicine, Uppsala University, Uppsala, Sweden\n\n")
    assert [printed for _, printed in sup(head + _BODY)] == ["1", "2", "3,4", "5", "2,6", "7,8"]


def test_a_step_wrapped_over_two_lines_before_a_short_step_keeps_the_citation() -> None:
    text = ("Vesicles carry RNA between cells.1 Ultracentrifugation is common.2\n"
            + "Earlier samples were small and their estimates varied widely. " * 40 + "\n\n"
            "We isolated vesicles as described by Berg.1\n"
            "1 Centrifuge the medium at low speed for ten minutes at\nroom temperature.\n"
            "2 Filter.\n3 Pellet the vesicles.\nProtein was measured.3\n")
    assert [printed for _, printed in sup(text, 3)] == ["1", "2", "1", "3"]
