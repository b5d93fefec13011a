"""German bibliographies print "Family, Given: Title": the given names between the family
name's comma and the colon are the author's, not the title's start (parse/listend.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "families"),
    [
        ("Müller, Hans: Die Stadt im Mittelalter, Berlin 1990.",
         "Die Stadt im Mittelalter", ["Müller"]),
        ("Müller, Hans-Peter: Die Stadt im Mittelalter, Berlin 1990.",
         "Die Stadt im Mittelalter", ["Müller"]),
        ("Müller, Hans Peter: Die Stadt im Mittelalter. Berlin 1990.",
         "Die Stadt im Mittelalter", ["Müller"]),
        ("Müller, Hans/Schmidt, Karl: Die Stadt im Mittelalter. Berlin 1990.",
         "Die Stadt im Mittelalter", ["Müller", "Schmidt"]),
        ("Müller, Hans: Die Stadt im Mittelalter, in: Zeitschrift für Geschichte 12 "
         "(1990), S. 1-20.", "Die Stadt im Mittelalter", ["Müller"]),
        ("Meier, Anna: In der Fremde, in: Exil 3 (1990), S. 4-9.", "In der Fremde",
         ["Meier"]),
    ],
)
def test_given_names_before_the_colon_are_the_authors(
        text: str, title: str, families: list[str]) -> None:
    ref = parse_string(text)
    assert ref.title == title
    assert [a.family for a in ref.authors] == families
    assert ref.authors[-1].given


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title that opens with an article before its colon
        ("Weber, Die Stadt: Eine Einführung, Berlin 1990.", "Die Stadt: Eine Einführung"),
        # initials end the name; the title's own colon comes later
        ("Smith, J., Rome: A History of the City, London 1990.", "Rome: A History of the City"),
        # a family name alone before a title whose first word is an abstract noun
        ("Hansen, Robustness: Theory and Practice (2003) 45.", "Robustness: Theory and Practice"),
        # no colon: the words after the comma are the title's
        ("Lord, A History of Dartmouth College (1913) 45.", "A History of Dartmouth College"),
    ],
)
def test_titles_are_left_alone(text: str, title: str) -> None:
    assert parse_string(text).title == title


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Müller, Hans-Peter", [("Müller", "Hans-Peter")]),
        ("Dubois, Jean-Luc, and Marie Curie", [("Dubois", "Jean-Luc"), ("Curie", "Marie")]),
    ],
)
def test_a_hyphenated_given_name_pairs_with_its_family(
        text: str, names: list[tuple[str, str]]) -> None:
    from claimcheck.parse.names import split_names

    assert [(a.family, a.given) for a in split_names(text).authors] == names


def test_a_hyphenated_name_after_an_initial_is_a_name_of_its_own() -> None:
    from claimcheck.parse.names import split_names

    names = split_names("Brune, M. Abdel-Hamid, M. Lehmkamper").authors
    assert [a.family for a in names] == ["Brune", "Abdel-Hamid", "Lehmkamper"]


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # Turkish "vd." (ve diğerleri, "and others") with its stop lost to the field's end
        ("KURUP N. vd", ["KURUP"]),
        ("Sun F., Ito K. vd", ["Sun", "Ito"]),
        # Vancouver initials "VD" stay a name's
        ("Smith VD, Jones AB", ["Smith", "Jones"]),
    ],
)
def test_turkish_et_al_without_its_stop(text: str, families: list[str]) -> None:
    from claimcheck.parse.names import split_names

    assert [a.family for a in split_names(text).authors] == families


def test_names_run_together_before_the_last_and() -> None:
    from claimcheck.parse.names import split_names

    names = split_names("Venken K. J. Schulze K. L. Haelterman N. A. et Bellen H. J.").authors
    assert [a.family for a in names] == ["Venken", "Schulze", "Haelterman", "Bellen"]


def test_a_name_with_a_suffix_is_not_split() -> None:
    from claimcheck.parse.names import split_names

    names = split_names("Sean Washburn, Russell M. Taylor II, and Richard Superfine").authors
    assert [a.family for a in names] == ["Washburn", "Taylor", "Superfine"]


def test_dutch_vd_inside_a_name_is_no_et_al() -> None:
    from claimcheck.parse.names import split_names

    names = split_names("Smit, J., vd Berg, K., Jansen, P.").authors
    assert [a.family for a in names] == ["Smit", "vd Berg", "Jansen"]


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Molden / Dweck 2006.", ["Molden", "Dweck"]),
        ("4 Tsamparlis (2011).", ["Tsamparlis"]),
        ("Hannan/Humayun/Hussain (2010).", ["Hannan", "Humayun", "Hussain"]),
    ],
)
def test_names_and_a_year_alone_are_authors(text: str, families: list[str]) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == families
    assert (ref.container, ref.title) == ("", "")


def test_a_journal_with_its_numbers_is_no_author() -> None:
    ref = parse_string("Nature 2006, 441, 12-15.")
    assert not ref.authors


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        ("Gupta, R., K. K. Sharma und R. C. Kuhad: „Separate hydrolysis of Prosopis "
         "juliflora“, Bioresour Technol 100 (2009), S. 1214–1220.",
         ["Gupta", "Sharma", "Kuhad"], "Separate hydrolysis of Prosopis juliflora"),
    ],
)
def test_initials_after_and_wait_for_their_family(
        text: str, families: list[str], title: str) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == families
    assert ref.title == title


def test_an_inverted_name_ends_on_its_initials() -> None:
    ref = parse_string("Smith, A. Networks: A Review of Methods. Oxford: Clarendon, 1990.")
    assert [a.family for a in ref.authors] == ["Smith"]
    assert ref.title == "Networks: A Review of Methods"


def test_a_person_and_an_organisation() -> None:
    from claimcheck.parse.names import split_names

    names = split_names("D. L. Riddle and National Center for Biotechnology Information").authors
    assert [(a.family, a.literal) for a in names] == [
        ("Riddle", False), ("National Center for Biotechnology Information", True)]


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # German author-date notes join family names with "/"; the tagger reads a run of them
        # glued to their slashes as a link
        ("1 Berger/Lindqvist/Okafor/Tanaka/Moreau (2010).",
         ["Berger", "Lindqvist", "Okafor", "Tanaka", "Moreau"]),
        ("20 Aldana/Brooks/Carvalho/Dietz/Eriksen/Fontaine/Gallo/Hartmann (1997), S. 414.",
         ["Aldana", "Brooks", "Carvalho", "Dietz", "Eriksen", "Fontaine", "Gallo",
          "Hartmann"]),
    ],
)
def test_slashed_names_read_as_a_link_are_the_authors(text: str, families: list[str]) -> None:
    assert [a.family for a in parse_string(text).authors] == families


def test_a_real_link_stays_a_link() -> None:
    ref = parse_string("Smith J. Data sets. 2010. https://example.org/Data/Sets/Index")
    assert ref.url == "https://example.org/Data/Sets/Index"


def test_slashed_names_whose_first_the_tagger_left_unlabelled() -> None:
    from claimcheck.parse.givennames import slashed_names
    from claimcheck.parse.tokens import tokenize

    tokens = tokenize("Cui/Chen/Wang (2016).")
    out = ["O"] + ["url"] * 5 + ["date"] * 3
    slashed_names(tokens, out)
    assert out[:5] == ["author"] * 5


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # family names alone joined by slashes: a part of two words is one family name
        ("Valin/Fiore/Chance/González Abad (2016), S. vii.",
         ["Valin", "Fiore", "Chance", "González Abad"]),
        ("Giuliani / Maleci Bini 2008, 237.", ["Giuliani", "Maleci Bini"]),
        ("Lacroix/Galve-de Rochemonteix/Dayer (1992), S. 373.",
         ["Lacroix", "Galve-de Rochemonteix", "Dayer"]),
    ],
)
def test_a_compound_family_name_among_slashed_family_names(
        text: str, families: list[str]) -> None:
    assert [a.family for a in parse_string(text).authors] == families


@pytest.mark.parametrize(
    ("names", "families"),
    [
        ("Jürgen Habermas/Niklas Luhmann", ["Habermas", "Luhmann"]),  # given names first
        ("Müller, Hans/Schmidt, Karl", ["Müller", "Schmidt"]),
        ("Müller, H./Schmidt", ["Müller", "Schmidt"]),
    ],
)
def test_slashed_lists_with_given_names_are_read_as_before(
        names: str, families: list[str]) -> None:
    from claimcheck.parse.names import split_names

    assert [a.family for a in split_names(names).authors] == families
