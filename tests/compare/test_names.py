from __future__ import annotations

from claimcheck.compare.names import (
    NameDiff,
    first_author_agrees,
    misspelt_names,
    name_forms,
    run_together,
    same_name,
)
from claimcheck.model import Author
from tests.compare.fakes import authors


def test_particles_diacritics_and_suffixes_fold_away() -> None:
    assert same_name("aan het Rot", Author("Rot", "M."))
    assert same_name("Rot", Author("aan het Rot", "M."))
    assert same_name("Muller", Author("Müller", "H. K."))
    assert same_name("Mueller", Author("Müller", "H. K."))
    assert same_name("Oye", Author("Øye", "I."))
    assert same_name("Zarate Jr.", Author("Zarate", "C. A.", suffix="Jr."))
    assert same_name("Diazgranados", Author("Diaz Granados", "N."))
    assert same_name("Correia-Melo", Author("Correia Melo", "F. S."))
    assert same_name("De Kloet", Author("de Kloet", "E. R."))
    assert same_name("García", Author("García-López", "M."))
    assert same_name("Garcia-Lopez", Author("López", "M."))
    assert not same_name("Garcia", Author("Garcie", "M."))


def test_swapped_given_and_family_is_the_same_person() -> None:
    assert same_name("Zhang", Author(family="Xiaolin", given="Zhang"))


def test_name_forms_are_never_empty_strings() -> None:
    assert "" not in name_forms("van der")


def test_misspelt_names_reports_near_misses_in_order() -> None:
    printed = authors("aan het Rot", "Collins", "Murrrough", "Perez")
    recorded = authors("aan het Rot", "Collins", "Murrough", "Perez", "Reich", "Charney")
    assert misspelt_names(printed, recorded) == (NameDiff(2, "Murrrough", "Murrough"),)


def test_truncated_and_reordered_names_are_not_misspellings() -> None:
    recorded = authors("Smith", "Jones", "Brown")
    # An author omitted shifts the list: no near miss, nothing to report.
    assert misspelt_names(authors("Smith", "Brown"), recorded) == ()
    # A swapped pair: both names are in the record.
    assert misspelt_names(authors("Jones", "Smith"), recorded) == ()
    # An entirely different name is not called a misspelling.
    assert misspelt_names(authors("Smith", "Kowalczyk"), recorded) == ()


def test_first_author() -> None:
    assert first_author_agrees(authors("Deyam"), authors("Deyama")) is True
    assert first_author_agrees(authors("Szostek"), authors("Tkaczyk")) is False
    assert first_author_agrees((), authors("Smith")) is None
    assert first_author_agrees((Author("WHO", literal=True),), authors("Smith")) is None


def test_a_record_that_cut_a_compound_family_name_names_the_same_person() -> None:
    assert same_name("Al Jehani", Author(family="Al", given="Jehani YA"))
    assert not same_name("Al Jahani", Author(family="Al", given="Jehani YA"))
    # an initial glued to a misspelt name is no part of a family name
    assert not same_name("Nestlere", Author(family="Nestler", given="E."))


def test_a_given_name_holding_glued_names_is_run_together() -> None:
    assert run_together(Author(family="GPTaylor", given="Barker RJMoss"))
    assert run_together(Author(family="Structure", given="Okafor CWen SLiu G"))
    for given in ("J. A.", "Mary J", "JoAnn", "LaToya", "DJ"):
        assert not run_together(Author(family="Smith", given=given))
    assert first_author_agrees((Author(family="GPTaylor", given="Barker RJMoss"),),
                               authors("Barker")) is None


def test_a_given_name_with_a_small_letter_of_another_script_is_not_run_together() -> None:
    for given in ("Jürgen", "Jörg", "Sören", "Jérôme", "Ségolène"):
        assert not run_together(Author(family="Müller", given=given)), given
    assert run_together(Author(family="Müller", given="Anna RJKöhler"))
