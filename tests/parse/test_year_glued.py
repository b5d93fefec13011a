"""A year glued to the last name, opening no title (parse/dates.py:
`year_glued_to_the_names`)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Moreau, L. & K. Tanaka2011 Coral bleaching and the recovery of reef fish "
         "assemblages. Mar Ecol Prog Ser 430: 1–12.", "Coral bleaching and the recovery of reef "
         "fish assemblages", "2011"),
        ("Ortiz, A. B., C. D. Lee, et al.2016\t“Urban heat islands in tropical cities.” "
         "Urban Clim 17: 21-30.", "Urban heat islands in tropical cities", "2016"),
    ],
)
def test_the_glued_year_is_the_date(text: str, title: str, year: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.year) == (title, year)


def test_a_year_inside_a_title_stays_there() -> None:
    ref = parse_string("Jansen P. The Year 2000 Problem. Amsterdam: KNAW; 1999.")
    assert (ref.title, ref.year) == ("The Year 2000 Problem", "1999")
