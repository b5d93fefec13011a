"""Callouts in other publishers' house forms (issue 14, session 11): surnames that are also
common words, and equation numbers named bare beside numeric parenthesis callouts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimcheck.citations import extract_claims
from claimcheck.model import Reference

from .conftest import links, ref

WORD_NAMES = (ref("a", 1, "Winter|Brown", "2010"), ref("b", 2, "May", "2018"),
              ref("c", 3, "Box|Cox", "1964"), ref("d", 4, "Smith", "2001"),
              ref("e", 5, "A", "2018"))


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
    "As listed (A, 2018).",  # an article or an initial, not a surname
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


@pytest.mark.parametrize("text", [
    "Age, years 64 (12) 63 (11) 0.45 BMI, kg/m2 27 (4) 28 (5) 0.12",
    "Mortality was 12 (14) versus 9 (11) in the control arm.",
    "Of 200 patients, 45 (23) were women and 12 (6) died.",
    "Death 12 (6) 20 (10) Stroke 4 (2) 9 (5)",
])
def test_counts_with_their_share_or_spread_are_no_citations(text: str) -> None:
    body = f"Sepsis kills (1). Early care helps (2, 3). Trials agree (4).\n\n{text}\n\n"
    found = extract_claims(body, _numbered(30))
    assert [c.number for c in found.callouts] == [1, 2, 3, 4]


def test_a_citation_after_a_value_stays_one() -> None:
    body = ("Sepsis kills (1). Early care helps (2, 3).\n\nThe medium was adjusted to pH 5.5 (4) "
            "and diabetes was type 1 or type 2 (5). In 2019 (6) and 2020 (7) it changed.\n\n")
    found = extract_claims(body, _numbered(30))
    assert [c.number for c in found.callouts] == [1, 2, 3, 4, 5, 6, 7]


def test_versions_of_named_things_keep_their_citations() -> None:
    body = ("Sepsis kills (1). Early care helps (2, 3).\n\nTools of Web 2.0, Library 2.0 (4), "
            "or even Science 2.0 (5) help.\n\n")
    found = extract_claims(body, _numbered(30))
    assert [c.number for c in found.callouts] == [1, 2, 3, 4, 5]


def test_line_breaks_as_a_pdf_leaves_them() -> None:
    text = "the transform of Box\nand Cox (1964) and May\n(2018) were used. More text here.\n\n"
    assert links(text, WORD_NAMES) == {"Box\nand Cox (1964)": ("c",), "May\n(2018)": ("b",)}
    body = ("Sepsis kills (1). Early care helps (2, 3).\n\nOf 212 patients, 98 (46) were "
            "women and 31\n(15) died.\n\n")
    assert [c.number for c in extract_claims(body, _numbered(60)).callouts] == [1, 2, 3]


def test_the_inside_a_long_body_name_broken_by_a_line_keeps_it() -> None:
    refs = (Reference(id="c", index=1, line=101, year="2009",
                      raw="Committee on Research in the Next Two Decades, National Research "
                          "Council. (2009). Emerging cognitive neuroscience. Washington, DC."),)
    body = ("It is inaccurate” Committee on Research in the\nNext Two Decades, National "
            "Research Council (2009). More text follows here.\n\n")
    assert list(links(body, refs).values()) == [("c",)]
