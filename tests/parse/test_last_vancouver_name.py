"""A Vancouver list's last name read as the title's first words ("Sui X, Hooker SP, | Lee IM:
A prospective study")."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        ("Sui X, Hooker SP, Lee IM: A prospective study of cardiorespiratory fitness. Diabetes "
         "Care. 2008, 31:550–5.", "Lee", "A prospective study of cardiorespiratory fitness"),
        ("(22) da Silva SPM, da Costa Lopes AM, Roseiro LB, Bogel-Łukasik R: Novel "
         "pre-treatment. RSC Adv 3:16040–50, 2013.", "Bogel-Łukasik", "Novel pre-treatment"),
    ],
)
def test_the_last_name_out_of_the_title(text: str, last: str, title: str) -> None:
    ref = parse_string(text)
    assert (ref.authors[-1].family, ref.title) == (last, title)


def test_a_title_and_its_lower_case_subtitle_stay() -> None:
    ref = parse_string("Smith J, Jones K, Vitamin D: a review of it. J Foo 2001; 3: 4-5.")
    assert [a.family for a in ref.authors] == ["Smith", "Jones"]


def test_a_two_name_vancouver_list_ends_at_its_stop() -> None:
    ref = parse_string("Stone B and Morell M. Carbohydrates. pp. 299–362. In: Wheat: Chemistry "
                       "and technology. AACC, St Paul, MN (2009).")
    assert ([a.family for a in ref.authors], ref.title, ref.pages) == (
        ["Stone", "Morell"], "Carbohydrates", "299-362")
