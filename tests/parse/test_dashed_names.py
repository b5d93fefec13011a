"""Names given first and joined by a bare hyphen, as an Italian publisher's notes print them
("W. Tong-Y. Zhang-L. Yu", "E. C. Browne-R. C. Cohen") (parse/dashednames.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.dashednames import dashed_names


@pytest.mark.parametrize(
    ("text", "families"),
    [("[26] E. C. Browne-R. C. Cohen, Effects of biogenic nitrate chemistry on the NOx lifetime "
      "in remote continental regions, in Atmos Chem Phys, fasc. 12, 2012, p. 11917–11932",
      ["Browne", "Cohen"]),
     ("94. S. Yu-R. Mathur-K. Schere-D. Kang-J. Pleim-T. L. Otte, A detailed evaluation of the "
      "Eta-CMAQ forecast model performance for O3, in J Geophys Res-Atmos, fasc. 112, 2007, "
      "p. 12.", ["Yu", "Mathur", "Schere", "Kang", "Pleim", "Otte"]),
     ("[102] A.-C. Eliasson-M. Gudmundsson-G. Svensson, Thermal behaviour of wheat starch in "
      "flour, in Lebensmittel-wissenschaft & Technologie, fasc. 28, 1995, p. 227–235",
      ["Eliasson", "Gudmundsson", "Svensson"])],
)
def test_names_joined_by_a_hyphen(text: str, families: list[str]) -> None:
    assert [a.family for a in parse_string(text).authors] == families


@pytest.mark.parametrize(
    "author",
    [  # double-barrelled family names
     "M. A. Jacobs-van der Bruggen, G. Bos",
     "H. Hauggaard-Nielsen, M. Gooding",
     "J.-P. Sartre",
     # family names first: no initial opens the field
     "Smith-Jones, A., Brown, B."],
)
def test_hyphens_inside_names_stay(author: str) -> None:
    assert dashed_names({"author": author}) == {"author": author}
