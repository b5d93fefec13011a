"""Name lists printed without separators ("Wei M Gibbons LW", "Wei MGibbons LW"): split back
into their names only when the whole part reads as "Family INITIALS" pairs."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.names import split_names
from claimcheck.parse.runon import looks_run_together, run_together


def pairs(text: str) -> list[tuple[str, str]]:
    return [(a.family, a.given) for a in split_names(text).authors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a JATS person-group printed with spaces only, and with its elements joined
        ("Wei M Gibbons LW Kampert JB", [("Wei", "M"), ("Gibbons", "LW"), ("Kampert", "JB")]),
        ("Morrato EHHill JOWyatt HR", [("Morrato", "EH"), ("Hill", "JO"), ("Wyatt", "HR")]),
        ("Wang YSimar DFiatarone Singh MA",
         [("Wang", "Y"), ("Simar", "D"), ("Fiatarone Singh", "MA")]),
        ("Atta CAMFiest KMFrolkis AD", [("Atta", "CAM"), ("Fiest", "KM"), ("Frolkis", "AD")]),
        # a particle after the initials, a hyphenated family
        ("Jacobs-van der Bruggen MAvan Baal PHHoogenveen RT",
         [("Jacobs-van der Bruggen", "MA"), ("van Baal", "PH"), ("Hoogenveen", "RT")]),
        ("Allen Lde Benoist BDary O, eds.", [("Allen", "L"), ("de Benoist", "B"), ("Dary", "O")]),
        # initials with full stops, the next family name glued to the stop
        ("Able J. A.Langridge P.Milligan A. S., 2006",
         [("Able", "J. A."), ("Langridge", "P."), ("Milligan", "A. S.")]),
        ("deVicente M. C.Tanksley S. D.", [("deVicente", "M. C."), ("Tanksley", "S. D.")]),
    ],
)
def test_a_list_run_together_is_split_into_its_names(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fiatarone Singh MA",  # one name of two words
        "van der Berg J",
        "John Smith",
        "J. A. Smith",
        "Van IJzendoorn, M. H.",  # a Dutch IJ is no initial glued to a name
        "Garcia Marquez Gabriel",
        "Home Fortification Of Foods",  # a title is no list of names
    ],
)
def test_what_is_not_a_run_together_list_stays_as_it_was(text: str) -> None:
    assert run_together(text) == ()


def test_two_capitals_after_an_initial_leave_the_list_unsplit_and_doubtful() -> None:
    # "DJSchenider" / "DAmico" after an initial: glued initials or a name, no one can say
    for text in ("Ruderman N DJSchenider SHKriska A", "Smith J DAmico R"):
        (whole,) = split_names(text).authors
        assert looks_run_together(whole.family)
    assert pairs("Smith JA, McDonald K") == [("Smith", "JA"), ("McDonald", "K")]


def test_a_suffix_run_into_the_next_name_stays_with_its_own() -> None:
    expected = [("Carhart", "R", "Jr."), ("Kanaley", "JA", "")]
    for text in ("Carhart R JrKanaley JA", "Carhart R Jr Kanaley JA"):
        assert [(a.family, a.given, a.suffix) for a in split_names(text).authors] == expected
    third = split_names("Blair SNKohl HW 3rdBarlow CE").authors
    assert [(a.family, a.suffix) for a in third] == [("Blair", ""), ("Kohl", "3rd"), ("Barlow", "")]


def test_et_al_run_into_the_last_initials_is_et_al() -> None:
    names = split_names("Minina EAet al.")
    assert pairs("Minina EAet al.") == [("Minina", "EA")] and names.et_al
    assert not split_names("Bennet Al").et_al  # lower-case before "et": a name


def test_jones_ed_is_a_name_but_a_comma_then_eds_is_the_editors_cue() -> None:
    assert pairs("Jones, Ed") == [("Jones", "Ed")]
    assert pairs("Smith J, Jones K, eds.") == [("Smith", "J"), ("Jones", "K")]


def test_a_whole_entry_run_together_gets_every_author() -> None:
    ref = parse_string(
        "Morrato EHHill JOWyatt HRGhushchyan VSullivan PW: Physical activity in U.S. adults "
        "with diabetes and at risk for developing diabetes, 2003. Diabetes Care2007;30:203–9")
    assert [a.family for a in ref.authors] == [
        "Morrato", "Hill", "Wyatt", "Ghushchyan", "Sullivan"]


def test_a_family_name_holding_other_initials_looks_run_together() -> None:
    assert looks_run_together("Wang YSimar DFiatarone Singh")
    assert looks_run_together("Wei M Gibbons")
    assert not looks_run_together("Fiatarone Singh")
    assert not looks_run_together("McDonald")
    assert not looks_run_together("van der Berg")
    assert not looks_run_together("DE LA CRUZ")


def test_names_of_a_comma_list_are_never_cut() -> None:
    assert pairs("Kohler P, van de Wal RSW, et al.") == [("Kohler", "P"), ("van de Wal", "RSW")]
    # "Wal" is no initial and a particle: a particle is cut off only before a family name
    assert [a.family for a in run_together("Kohler P van de Wal RSW")] == ["Kohler", "van de Wal"]


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        # names run together, no stop after them: the title opens after the last initials
        ("Haider BAOlofin IWang M Anaemia, prenatal iron use, and risk of adverse pregnancy "
         "outcomes. Br Med J. 2013;346:f3443", ["Haider", "Olofin", "Wang"], "Anaemia, prenatal"),
        ("De-Regil LMSuchdev PSVist GE Home fortification of foods with multiple micronutrient "
         "powders. Evid Based Child Health. 2013;8:112-201.", ["De-Regil", "Suchdev", "Vist"],
         "Home fortification"),
        # one hyphenated Vancouver name, no stop: "Peña-Rosas JP Intermittent oral ..."
        ("Peña-Rosas JP Intermittent oral iron supplementation during pregnancy. Cochrane "
         "Database Syst Rev. 2012;(7):CD009997.", ["Peña-Rosas"], "Intermittent oral"),
        ("Proom-u-thai CHuang LGlahn RP Iron (Fe) bioavailability in five rice genotypes. J Sci "
         "Food Agric. 2006;86:1209-1215.", ["Proom-u-thai", "Huang", "Glahn"], "Iron (Fe)"),
        ("Goodyear LJKahn BB: Exercise, glucose transport, and insulin sensitivity. Annu Rev "
         "Med1998;49:235-61", ["Goodyear", "Kahn"], "Exercise, glucose"),
    ],
)
def test_the_title_after_names_without_a_stop_is_the_title(
        text: str, families: list[str], title: str) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == families
    assert ref.title.startswith(title)
