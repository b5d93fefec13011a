"""French chapters whose editors precede the book with "dir." or a bracketed "(éd.)" ("«
Titre », dans J. Dupont et M. Martin (dir.), Livre, Paris, Seuil, 1998"), read from the string
(parse/directed.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "book", "editors"),
    [
        ("3 Claire Morel, « Les foires de Champagne », dans Louis Girard et Anne Petit "
         "(dir.), Commerce et société, Lyon, Presses universitaires de Lyon, 2004, p. 45-67.",
         "Les foires de Champagne", "Commerce et société", ["Girard", "Petit"]),
        ("12 Voir P. Lenoir, « Les archives notariales », dans Marc Aubry, dir., Sources "
         "pour l'histoire rurale, s. l., CNRS Éditions, 2011, p. 9.",
         "Les archives notariales", "Sources pour l'histoire rurale", ["Aubry"]),
        ("7 J. Roux, « Water markets in semi-arid regions », in Henri B. Vasseur, Odile C. "
         "Marchand et Luc D. Perrin (dir.), Irrigation Policy, Westview Press, 1997, "
         "pp. 101-130.", "Water markets in semi-arid regions", "Irrigation Policy",
         ["Vasseur", "Marchand", "Perrin"]),
        ("4 A. Blanc, « Le droit des contrats », dans Paul Fabre et Nadia Husson (éd.), "
         "Mélanges offerts à Jean Carbon, Paris, Dalloz, 2009, p. 201-219.",
         "Le droit des contrats", "Mélanges offerts à Jean Carbon", ["Fabre", "Husson"]),
        # a comma before a lower-case word is the book's own (French titles capitalise the
        # first word only); before a capital, the place begins
        ("9 S. Gauthier, « Les confréries », dans Yves Renard (dir.), Religion, pouvoir et "
         "société, Rennes, PUR, 2015, p. 77.", "Les confréries",
         "Religion, pouvoir et société", ["Renard"]),
        # McGill, no "dans": the names right after the closing quotation mark; its bare
        # "éd" after the book is no part of it
        ("5 R Hobb, « Les contes » Emma Baumgartner et Lucia Neri, dir, Fiabe e racconti "
         "popolari, éd, Voyager, 2009 356, à la p 42.", "Les contes",
         "Fiabe e racconti popolari", ["Baumgartner", "Neri"]),
    ],
)
def test_french_editors_then_book(text: str, title: str, book: str, editors: list[str]) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.kind) == (title, book, "chapter")
    assert [a.family for a in ref.editors] == editors
    assert book not in (ref.location, ref.publisher)


@pytest.mark.parametrize(
    "text",
    [
        # an edited book cited whole: its editors open the entry, no chapter
        "Jean Dupont et Marie Martin (dir.), La sociologie aujourd'hui, Paris, Seuil, 1998.",
        # a film's director in brackets after its title is no chapter's editor
        "« La Grande Illusion », film de Jean Renoir, 1937.",
    ],
)
def test_no_french_chapter_without_the_layout(text: str) -> None:
    assert parse_string(text).kind != "chapter"


def test_a_place_after_the_editors_is_no_book() -> None:
    ref = parse_string("« Les élites », in Jean Dupont (dir.), Paris, Seuil, 2001, p. 3-9.")
    assert (ref.container, ref.location) == ("", "Paris")


def test_a_capital_after_a_comma_the_tagger_read_into_the_book() -> None:
    ref = parse_string("P. Roux, « L'État », dans Jean Dupont (coord.), Guerre, État et "
                       "société, Paris, Seuil, 2001.")
    assert ref.container == "Guerre, État et société"


@pytest.mark.parametrize(
    ("text", "book"),
    [
        ("Véase R. Ortega: «La ciudad y el río», en M. A. Ruiz y F. T. Soto (eds.): Historia "
         "urbana de España, Madrid, Cátedra, 2004, pp. 33-58.", "Historia urbana de España"),
        ("4 L. Gil, «Las cofradías», en J. Pérez (coord.): Religión, poder y sociedad en la "
         "Edad Media, Sevilla, Universidad de Sevilla, 2010, p. 12.",
         "Religión, poder y sociedad en la Edad Media"),
    ],
)
def test_spanish_editors_then_book(text: str, book: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.kind) == (book, "chapter")


def test_an_english_chapter_keeps_its_title_case_book() -> None:
    ref = parse_string("K. Lee, “Sensor networks,” in A. Smith and B. Jones (eds.), Wireless "
                       "Systems, Networks, and Protocols, Springer, 2010, pp. 1-20.")
    assert ref.container.startswith("Wireless Systems, Networks")


@pytest.mark.parametrize(
    ("text", "title", "book", "editors"),
    [
        # Italian: the book, then its editors with "a cura di"
        ("Giulia Ferri, «Le corporazioni artigiane», in Storia economica d'Italia, a cura di "
         "Marco Bruni, Roma-Bari, Laterza, 1999, pp. 77-102.", "Le corporazioni artigiane",
         "Storia economica d'Italia", ["Bruni"]),
        ("R. F. Egerton, Electron spectroscopy in the microscope, in Spatial analysis of "
         "poverty, a cura di B. M. Vista, Y. Murayama, New York, Springer, 2011, pp. 237–243.",
         "Electron spectroscopy in the microscope", "Spatial analysis of poverty",
         ["Vista", "Murayama"]),
    ],
)
def test_italian_book_then_a_cura_di(text: str, title: str, book: str, editors: list[str]) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.kind) == (title, book, "chapter")
    assert [a.family for a in ref.editors] == editors


def test_a_cura_di_after_a_books_own_title_is_no_chapter() -> None:
    ref = parse_string("Dante Alighieri, La Divina Commedia, a cura di Natalino Sapegno, "
                       "Firenze, La Nuova Italia, 1985.")
    assert ref.kind != "chapter" and ref.title.startswith("La Divina Commedia")


def test_a_place_and_a_year_after_the_editors_is_no_book() -> None:
    ref = parse_string("P. Leroy, « Le port », dans Marie Curie et Pierre Curie (dir.), "
                       "Paris, 1910.")
    assert (ref.container, ref.location) == ("", "Paris")


def test_an_italian_books_volume_is_no_part_of_its_title() -> None:
    ref = parse_string("C. Rossi, «Il Comune», in Storia di Firenze, vol. 2, a cura di Luca "
                       "Neri, Firenze, Olschki, 2003, pp. 5-30.")
    assert (ref.container, ref.volume) == ("Storia di Firenze", "2")


@pytest.mark.parametrize(
    ("text", "editors", "location", "publisher"),
    [
        # the tagger runs the "a cura di" editors into the place: cut to what follows them
        ("A. Rossi, «Titolo», in Storia, vol. II, a cura di B. M. Vista, Y. Murayama, New "
         "York, 1999", ["Vista", "Murayama"], "New York", ""),
        ("R. F. Egerton, Electron spectroscopy in the microscope, in Spatial analysis of "
         "poverty, a cura di B. M. Vista, Y. Murayama, New York, Springer, 2011, pp. 237–243.",
         ["Vista", "Murayama"], "New York", "Springer"),
        # a place or publisher the tagger read within the editors is none
        ("A. Rossi, «Titolo», in Storia economica, a cura di B. M. Vista, Y. Murayama, New "
         "York, Springer, 1999", ["Vista", "Murayama"], "", ""),
        # a place printed after the editors stays, though an editor bears its name
        ("A. Rossi, «Titolo», in Storia di Napoli, a cura di Giovanni Napoli, Napoli, Liguori, "
         "2001, pp. 3-9.", ["Napoli"], "Napoli, Liguori", ""),
    ],
)
def test_the_a_cura_di_editors_are_no_place(
        text: str, editors: list[str], location: str, publisher: str) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.editors] == editors
    assert (ref.location, ref.publisher) == (location, publisher)
