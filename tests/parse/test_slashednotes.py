"""Family names joined by slashes opening a note (parse/slashednotes.py), a note number
before a family name and "u. a." (parse/patterns.py) and a given-first name before a short
title and a book's volume or imprint (parse/notefields.given_first_title)."""

from __future__ import annotations

import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, parse_string


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        ("Kumar/Bukkitgar/Singh/Reddy/Naveen, Electrochemical sensors based on "
         "graphene for healthcare applications, ChemistrySelect 2019, 5322",
         ["Kumar", "Bukkitgar", "Singh", "Reddy", "Naveen"],
         "Electrochemical sensors based on graphene for healthcare applications"),
        ("Li/Shi/Zeng/Huang, Improved desalination properties of composites for membrane "
         "distillation, Sep. Purif. Technol. 2020, 115889",
         ["Li", "Shi", "Zeng", "Huang"], None),
    ],
)
def test_slashed_family_names_open_the_note(text: str, authors: list[str],
                                            title: str | None) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == authors
    if title:
        assert ref.title == title


def test_an_acronym_with_a_slash_is_no_name() -> None:
    ref = parse_string("CODES/ISSS’10, October 24–29, 2010, Scottsdale, Arizona, USA.")
    assert not ref.authors


@pytest.mark.parametrize(
    "text",
    [
        "Hans Meier/Peter Schmidt, Die Stadt im Mittelalter, Berlin 1990, S. 5.",  # given names
        "Bertelsmann Stiftung/Bundesamt, Bericht zur Lage, Gütersloh 2001.",  # bodies
    ],
)
def test_given_first_names_and_bodies_are_left_to_the_tagger(text: str) -> None:
    from claimcheck.parse.slashednotes import slashed_authors

    assert slashed_authors({"author": "x"}, text) == {"author": "x"}


@pytest.mark.parametrize("cue", ["u. a.", "u.a.", "et al."])
def test_a_note_number_before_a_family_name_and_others(cue: str) -> None:
    text = f"5 Kocka {cue}, Arbeiterkultur im Kaiserreich, Göttingen 1990, S. 5."
    ref = parse_entries([RawEntry(text, 5, 0)])[0]
    assert (ref.label, [a.family for a in ref.authors]) == ("5", ["Kocka"])
    assert ref.title == "Arbeiterkultur im Kaiserreich"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Hans-Ulrich Wehler, Deutsche Gesellschaftsgeschichte, Bd. 3, München: Beck 1995, "
         "S. 412.", "Deutsche Gesellschaftsgeschichte"),
        ("Karl Lamprecht, Deutsche Geschichte, Bd. 1, Berlin 1891, S. 5.", "Deutsche Geschichte"),
    ],
)
def test_a_given_first_name_before_a_short_title_and_a_volume(text: str, title: str) -> None:
    ref = parse_string(text)
    assert len(ref.authors) == 1
    assert ref.title == title


def test_two_given_first_authors_before_a_title_stay_names() -> None:
    ref = parse_string("Jürgen Kocka, Hans-Ulrich Wehler, Sozialgeschichte heute, Göttingen 1974.")
    assert [a.family for a in ref.authors] == ["Kocka", "Wehler"]


def test_two_given_first_authors_and_a_short_title_before_a_volume_stay() -> None:
    ref = parse_string("Karl Marx, Friedrich Engels, Werke, Bd. 23, Berlin 1962, S. 12.")
    assert ref.title != "Friedrich Engels, Werke"
