"""Callouts in other publishers' house forms (issue 14, session 11): surnames that are also
common words, and equation numbers named bare beside numeric parenthesis callouts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimcheck.citations import extract_claims
from claimcheck.model import Reference

from .conftest import links, ref

WORD_NAMES = (ref("a", 1, "Winter|Brown", "2010"), ref("b", 2, "May", "2018"),
              ref("c", 3, "Box|Cox", "1964"), ref("d", 4, "Smith", "2001"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Winter and Brown (2010) found it.", {"Winter and Brown (2010)": ("a",)}),
    ("It was found (Winter, 2010).", {"Winter, 2010": ("a",)}),
    ("It was found (Winter & Brown, 2010).", {"Winter & Brown, 2010": ("a",)}),
    ("May (2018) found it.", {"May (2018)": ("b",)}),
    ("MAY (2018) found it.", {"MAY (2018)": ("b",)}),
    ("It was found (MAY, 2018).", {"MAY, 2018": ("b",)}),
    ("The transform of Box and Cox (1964) was used.", {"Box and Cox (1964)": ("c",)}),
    ("It was transformed (Box & Cox, 1964).", {"Box & Cox, 1964": ("c",)}),
])
def test_a_listed_surname_that_is_also_a_common_word_is_a_name(
    text: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert links(f"{text} More text follows here.\n\n", WORD_NAMES) == expected


@pytest.mark.parametrize("text", [
    "Rain fell in May 2018 and in Winter 2010.",
    "In 2010 it rained; Since 2001 the data (Table 2, 2018) were kept.",
    "It rained in March (2018).",  # no listed author March
    "Since May, 2018, it rained.",  # a date: a comma outside parentheses
    "However, 2018 was dry.",
])
def test_dates_and_openers_stay_no_callouts(text: str) -> None:
    assert links(f"{text} More text follows here.\n\n", WORD_NAMES) == {}


def _numbered(count: int) -> tuple[Reference, ...]:
    return tuple(
        Reference(id=f"R{i}", index=i, line=100 + i, label=str(i),
                  raw=f"{i}. Author{i} A. Title {i}. J. 2001;1:1-2.", year="2001")
        for i in range(1, count + 1)
    )


def test_equations_named_bare_as_objects_are_no_citations() -> None:
    body = (
        "Incidence fell (1). Cases rose (2), then fell (3, 4) and rose (5).\n\n"
        "Transmission was modelled as\n\ndI/dt = b S I - g I (1)\n\nR0 = b/g (2)\n\n"
        "following (6). Substituting (2) into (1) gives the threshold, as in (7).\n\n"
    )
    found = extract_claims(body, _numbered(8))
    assert [c.number for c in found.callouts] == [1, 2, 3, 4, 5, 6, 7]


def test_the_same_numbers_closing_a_phrase_or_after_a_name_stay_citations() -> None:
    body = (
        "Incidence fell (1). Cases rose (2), then fell (3).\n\n"
        "Transmission was modelled as\n\ndI/dt = b S I - g I (1)\n\nR0 = b/g (2)\n\n"
        "as shown before (2). Smith (1) showed it and Jones et al. (2) agree (3).\n\n"
    )
    found = extract_claims(body, _numbered(4))
    assert [c.number for c in found.callouts] == [1, 2, 3, 2, 1, 2, 3]


def test_equations_combined_or_solved_are_no_citations() -> None:
    body = (
        "Incidence fell (1). Cases rose (2), then fell (3).\n\n"
        "The model is\n\nx = a y + b (1)\n\ny = c x (2)\n\n"
        "Combining (1) with (2) and solving for x, as in (3), gives the fixed point; "
        "the calculation (2) yields an estimate, as described in (1).\n\n"
    )
    found = extract_claims(body, _numbered(4))
    assert [c.number for c in found.callouts] == [1, 2, 3, 3, 2, 1]


@pytest.mark.parametrize("text", [
    "The Kyoto Protocol (1997) and the Paris Agreement (2015) set targets.",
    "Data from the Census (2010) and the Labour Force Survey (2015) were used.",
])
def test_things_named_with_the_before_a_year_are_no_callouts(text: str) -> None:
    assert links(f"{text} More text follows here.\n\n", WORD_NAMES) == {}


def test_a_listed_name_after_the_is_still_a_callout() -> None:
    text = "We used the Smith (2001) model. More text follows here.\n\n"
    assert links(text, WORD_NAMES) == {"Smith (2001)": ("d",)}


def test_a_run_of_year_letters_cites_each_work() -> None:
    refs = tuple(replace(ref(k, i, "McDonald", "2001"), year_suffix=k)
                 for i, k in enumerate("abc", 1))
    found = links("It is known (McDonald 2001a–c). More text follows here.\n\n", refs)
    assert sorted(v for vs in found.values() for v in vs) == ["a", "b", "c"]


def test_the_inside_a_listed_body_name_keeps_it() -> None:
    refs = (Reference(id="o", index=1, line=101, year="1997",
                      raw="Organisation for the Prohibition of Chemical Weapons. (1997). "
                          "Convention. The Hague: OPCW."),)
    body = ("It is banned (Organisation for the Prohibition of Chemical Weapons, 1997). "
            "The Organisation for the Prohibition of Chemical Weapons (1997) says so.\n\n")
    found = links(body, refs)
    assert found and all(v == ("o",) for v in found.values())
