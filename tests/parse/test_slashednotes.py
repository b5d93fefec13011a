"""Family names joined by slashes opening a note (parse/slashednotes.py), a note number
before a family name and "u. a." (parse/patterns.py) and a given-first name before a short
title and a book's volume or imprint (parse/notefields.given_first_title)."""

from __future__ import annotations

import re

import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, parse_string
from claimcheck.parse.notefields import given_first_title


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


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the tagger read the slashed run as the whole title, another field after it
        ("Input/Output Systems, Technical Report, Carnegie Mellon University, Pittsburgh, PA, "
         "1995.", "Input/Output Systems"),
        ("Black/White, Transition Magazine, 2001, 12-20.", "Black/White"),
        # an English note's bracketed imprint "(Place: Publisher, Year)"
        ("Either/Or, Part I, ed. and trans. Howard V. Hong and Edna H. Hong (Princeton: "
         "Princeton University Press, 1987), 45.", None),
        ("Encoding/Decoding, Culture, Media, Language (London: Hutchinson, 1980), 128.", None),
    ],
)
def test_a_title_opening_with_words_joined_by_a_slash_is_no_names(text: str,
                                                                  title: str | None) -> None:
    ref = parse_string(text)
    assert not {a.family for a in ref.authors} & set(re.split(r"[/ ]", text.split(",")[0]))
    if title:
        assert ref.title == title


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Marx/Engels, Werke, Bd. 23, Berlin 1962, S. 12.", ["Marx", "Engels"]),
        ("Jarass/Pieroth, GG, 16. Aufl. 2020, Art. 3 Rn. 5.", ["Jarass", "Pieroth"]),
        # the tagger read the run as the whole title, a title and a journal after it
        ("Drucker/Cortes/Jackel/Lecun/Vapnik, Boosting and Other Ensemble Methods, Neural "
         "Computation 1994", ["Drucker", "Cortes", "Jackel", "Lecun", "Vapnik"]),
    ],
)
def test_slashed_names_before_a_german_book_stay_names(text: str, authors: list[str]) -> None:
    assert [a.family for a in parse_string(text).authors] == authors


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


def test_a_second_given_first_name_is_no_title() -> None:
    ref = parse_string("John Smith, Mary Jones, Data Structures, 3rd ed., Boston: Pearson, 2005.")
    assert ([a.family for a in ref.authors], ref.title) == (["Smith", "Jones"], "Data Structures")


def test_a_given_name_after_an_initial_first_name_is_the_title() -> None:
    text = "J Smith, Public Law, The Rule of Law in the EU (Oxford: Hart, 2010) 12."
    fields = {"author": "J Smith, Public Law, The Rule of Law in the EU", "date": "2010"}
    out = given_first_title(fields, text)
    assert (out["author"], out["title"]) == ("J Smith", "Public Law, The Rule of Law in the EU")


def test_two_given_first_authors_and_a_short_title_before_a_volume_stay() -> None:
    ref = parse_string("Karl Marx, Friedrich Engels, Werke, Bd. 23, Berlin 1962, S. 12.")
    assert ref.title != "Friedrich Engels, Werke"
