"""The second review of session 19's name, Vancouver and volume rules: whole given names after
one initial, acronyms opening a title after a Vancouver list, APA's issue with no volume, and
a title after "et al." with no comma."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.names import split_names


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # a known given name written out after the first initial is a middle name
        ("R. N. Mantegna and H. Eugene Stanley", ["Mantegna", "Stanley"]),
        ("J. Robert Oppenheimer and H. Snyder", ["Oppenheimer", "Snyder"]),
        ("R. Duncan Luce and H. Raiffa", ["Luce", "Raiffa"]),
        ("S. Smith, J. Craig Venter, and K. Jones", ["Smith", "Venter", "Jones"]),
        ("A. Brown and J. Michael Steele", ["Brown", "Steele"]),
        ("Smith, J., M. A. Fiatarone Singh, and H. Eugene Stanley",
         ["Smith", "Fiatarone Singh", "Stanley"]),
        # double family names stay whole
        ("Kaplan, A., Z. Yuan, and A. Govind Rajan", ["Kaplan", "Yuan", "Govind Rajan"]),
        ("A. Ruiz and J. M. García Pérez", ["Ruiz", "García Pérez"]),
        ("A. Ruiz and L. Fernández de la Vega", ["Ruiz", "Fernández de la Vega"]),
        ("A. Ruiz and M. Saint Laurent", ["Ruiz", "Saint Laurent"]),
    ],
)
def test_a_given_name_after_one_initial(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Brown AB, Green CD, White EF, Managing HIV: The next decade. AIDS 2010; 24: 1-5.",
         ["Brown", "Green", "White"]),
        ("Kim H, Park S, Protein C: Structure and function, Thromb Res 2003;110:1-8.",
         ["Kim", "Park"]),
        ("Tanaka K, Sato T, Mitochondria DNA: A new approach. J Biochem. 2004;136:1-9.",
         ["Tanaka", "Sato"]),
    ],
)
def test_an_acronym_opening_the_title_is_no_name(text: str, families: list[str]) -> None:
    assert [a.family for a in parse_string(text).authors] == families


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Martin, P. (2012). Pour une histoire du corps. Annales HSS, (3), 589-610.", "3"),
        ("Jones, K. (2001). Title of the paper. Proceedings of the IEEE, (4), 100-110.", "4"),
    ],
)
def test_apa_prints_an_issue_without_a_volume(text: str, issue: str) -> None:
    ref = parse_string(text)
    assert (ref.volume, ref.issue) == ("", issue)


def test_a_title_after_et_al_without_a_comma() -> None:
    ref = parse_string("P. Smith et al. Measurement of the W Boson Mass 2012, 100, 1.")
    assert ref.container != "Measurement of the W Boson Mass"
