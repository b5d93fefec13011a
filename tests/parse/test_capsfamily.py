"""A family name in capitals before the given name written in lower case (French, Italian,
Japanese habit: "DUPONT Jean", "ROSSI Maria Grazia"): the capitals are the family name
(parse/capsfamily.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.names import split_names


@pytest.mark.parametrize(
    ("text", "families", "givens"),
    [
        ("DUPONT Jean, MARTIN Anne-Marie", ["DUPONT", "MARTIN"], ["Jean", "Anne-Marie"]),
        ("ROSSI Maria Grazia e BIANCHI Luca", ["ROSSI", "BIANCHI"], ["Maria Grazia", "Luca"]),
        ("LE GOFF Jacques", ["LE GOFF"], ["Jacques"]),
        ("de LA FONTAINE Jean", ["de LA FONTAINE"], ["Jean"]),
    ],
)
def test_the_capitals_are_the_family_name(text: str, families: list[str], givens: list[str]
                                          ) -> None:
    authors = split_names(text).authors
    assert [a.family for a in authors] == families
    assert [a.given for a in authors] == givens


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Jean DUPONT", "DUPONT"),  # given name first, family in capitals
        ("DUPONT J.", "DUPONT"),
        ("WANG X", "WANG"),
        ("Jean Dupont", "Dupont"),
    ],
)
def test_other_orders_are_read_as_before(text: str, family: str) -> None:
    assert split_names(text).authors[0].family == family


def test_in_a_note() -> None:
    ref = parse_string("LEBRUN Claire, MOREAU Paul, « Les foires de Champagne », Annales de "
                       "Bourgogne, vol. 31, no 2, 1959, p. 5-22.")
    assert ref.first_family == "LEBRUN"
