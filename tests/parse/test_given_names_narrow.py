"""Where session 13's rules for unseen styles must not fire (a review's adversarial strings):
a one-name author before a work's title and subtitle, a journal or newspaper cited with its
date alone, a couple's shared family name, a list of hyphenated family names, a conference's
place."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.names import split_names


@pytest.mark.parametrize(
    ("text", "title", "family"),
    [
        ("Montefiore, Jerusalem: The Biography, London 2011.", "Jerusalem: The Biography",
         "Montefiore"),
        ("Chernow, Alexander Hamilton: A Life, New York 2004.", "Alexander Hamilton: A Life",
         "Chernow"),
        ("Plato, Republic: Books 1-5, trans. Chris Emlyn-Jones (Cambridge, MA: Harvard "
         "University Press, 2013).", "Republic: Books 1-5", "Plato"),
        ("Eliot, Middlemarch: A Study of Provincial Life (London, 1871).",
         "Middlemarch: A Study of Provincial Life", "Eliot"),
    ],
)
def test_a_one_name_author_keeps_the_title_before_the_colon(
        text: str, title: str, family: str) -> None:
    # "Family, Given: Title" is a German layout: without a German word in the entry the
    # words before the colon stay the title's
    ref = parse_string(text)
    assert ref.title == title
    assert [(a.family, a.given) for a in ref.authors] == [(family, "")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # words that look German and are not: a publisher's capitals, a name's particle,
        # English "Am" and "Die"
        ("Chomsky, Aspects: A Theory of Syntax, Cambridge, MA: MIT Press 1965.",
         "Aspects: A Theory of Syntax"),
        ("Goldstine, Computer: From Pascal to von Neumann, Princeton 1972.",
         "Computer: From Pascal to von Neumann"),
        ("Descartes, Meditations: I Think, Therefore I Am, Paris 1641.",
         "Meditations: I Think, Therefore I Am"),
        ("Fleming, Moonraker: Live and Let Die, London 1955.", "Moonraker: Live and Let Die"),
        ("Kübler-Ross, Death: The Final Stage of Growth, ed. J. van der Berg, New York 1975.",
         "Death: The Final Stage of Growth"),
    ],
)
def test_an_english_entry_with_a_german_looking_word(text: str, title: str) -> None:
    # (the tagger cuts "I Think, | Therefore I Am" at its comma, as before: the words before
    # the colon are what is tested)
    ref = parse_string(text)
    assert [a.given for a in ref.authors] == [""]
    assert title.startswith(ref.title)


@pytest.mark.parametrize(
    ("text", "given", "title"),
    [
        ("Schmidt, Karl: Die Stadt, Berlin 1990.", "Karl", "Die Stadt"),
        ("Wehler, Hans-Ulrich: Deutsche Gesellschaftsgeschichte. Bd. 3. München 1995.",
         "Hans-Ulrich", "Deutsche Gesellschaftsgeschichte"),
    ],
)
def test_a_german_entry_keeps_its_given_names(text: str, given: str, title: str) -> None:
    ref = parse_string(text)
    assert (ref.authors[0].given, ref.title) == (given, title)


@pytest.mark.parametrize(
    "text", ["Nature 2006.", "Lancet 2004.", "28. Le Monde, 25 septembre 1999.",
             "Nature Genetics 2007."])
def test_a_journal_with_its_date_alone_is_no_author(text: str) -> None:
    assert parse_string(text).authors == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Curie, P. and M. Sur une substance nouvelle radio-active. Paris 1898.",
         "Sur une substance nouvelle radio-active"),
        ("Webb, S. and B. Industrial Democracy. London 1897.", "Industrial Democracy"),
    ],
)
def test_initials_after_and_do_not_take_the_titles_first_word(text: str, title: str) -> None:
    assert parse_string(text).title == title


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Lloyd-Jones, Fernández-Armesto and Smith (2004)",
         ["Lloyd-Jones", "Fernández-Armesto", "Smith"]),
        ("Schmidt, Müller-Lüdenscheid und Meyer 2001", ["Schmidt", "Müller-Lüdenscheid", "Meyer"]),
    ],
)
def test_a_list_of_family_names_keeps_its_hyphenated_ones(
        text: str, families: list[str]) -> None:
    assert [a.family for a in parse_string(text).authors] == families


def test_a_conference_place_is_no_newspaper() -> None:
    ref = parse_string("Brown, L. Paper presented at the European Social Science History "
                       "Conference, The Hague, 28 February 2002.")
    assert ref.container != "The Hague"


def test_hyphenated_initials_stay_the_given_name_in_an_odd_list() -> None:
    """A family-name list is of words, not initials: "J.-P." is Dupont's given name."""
    authors = split_names("Dupont, J.-P., Durand, M., and UNESCO").authors
    assert [(a.family, a.given) for a in authors][:2] == [("Dupont", "J.-P."), ("Durand", "M.")]
