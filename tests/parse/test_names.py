"""Author-list splitting across styles: particles, suffixes, organisations, et al."""

from __future__ import annotations

import pytest

from claimcheck.model import Author
from claimcheck.parse.names import split_names

AROT = "aan het Rot, M., Collins, K. A., Murrrough, J. W."
DU_JARDIN = "du Jardin, K. G., Liebenberg, N., and Wegener, G."
SCHAAF = "Schaaf, M. J., De Kloet, E. R., and Vreugdenhil, E."
LOPEZ = "López-Gil, X., Jiménez-Sánchez, L., and Adell, A."


def families(text: str) -> list[str]:
    return [a.family for a in split_names(text).authors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AROT, ["aan het Rot", "Collins", "Murrrough"]),
        (DU_JARDIN, ["du Jardin", "Liebenberg", "Wegener"]),
        ("Zarate, C. A. Jr., Singh, J. B., De Jesus, G.", ["Zarate", "Singh", "De Jesus"]),
        (SCHAAF, ["Schaaf", "De Kloet", "Vreugdenhil"]),
        (LOPEZ, ["López-Gil", "Jiménez-Sánchez", "Adell"]),
        ("Ibrahim, L., Diaz Granados, N., Jolk, L.", ["Ibrahim", "Diaz Granados", "Jolk"]),
        ("Smith J, Jones AB, Li Y", ["Smith", "Jones", "Li"]),
        ("J. P. Collman, J. I. Brauman and T. J. Collins", ["Collman", "Brauman", "Collins"]),
        ("Smith, John, and Jane Doe", ["Smith", "Doe"]),
        ("Romero, C., Paunesku, D., & Dweck, C.", ["Romero", "Paunesku", "Dweck"]),
        ("Kim, S.-H.; Wu, X.", ["Kim", "Wu"]),
        # family names in capitals, however short, before the given names
        ("KHAZAEI, H., BARI, A. and LI, X.", ["KHAZAEI", "BARI", "LI"]),
        ("LAPP, Aymeric", ["LAPP"]),
        ("WHO, UNICEF", ["WHO", "UNICEF"]),
        # names apart by a spaced dash or a slash, "and" in other languages
        ("Bulfield, G. – Siller, W. G. – Wight, P. A.", ["Bulfield", "Siller", "Wight"]),
        ("N.V. Shetty - T.C. Wehner", ["Shetty", "Wehner"]),
        ("Schnell/ Sander/ Federolf", ["Schnell", "Sander", "Federolf"]),
        ("Tedeschi, A., ve Bradke, F.", ["Tedeschi", "Bradke"]),
        ("H. Fensterheim e H.G. Birch", ["Fensterheim", "Birch"]),
        ("Newton I, Leibniz G", ["Newton", "Leibniz"]),  # "I" an initial, not Polish "i"
    ],
)
def test_family_names_in_order(text: str, expected: list[str]) -> None:
    assert families(text) == expected


def test_given_and_suffix_are_split_off() -> None:
    names = split_names("Ballard, E. D., and Zarate, C. A. Jr.").authors
    assert names == (Author("Ballard", "E. D."), Author("Zarate", "C. A.", "Jr."))


def test_vancouver_given_initials() -> None:
    assert split_names("Greslin AF, Prescott DM").authors[1] == Author("Prescott", "DM")


def test_et_al_is_a_flag_not_an_author() -> None:
    names = split_names("Berman, R. M., Cappiello, A., et al.")
    assert names.et_al
    assert [a.family for a in names.authors] == ["Berman", "Cappiello"]


def test_organisation_is_one_literal_author() -> None:
    names = split_names("World Health Organization [WHO]").authors
    assert names == (Author("World Health Organization [WHO]", literal=True),)


def test_empty_text_has_no_authors() -> None:
    assert split_names("").authors == ()


def test_a_year_run_into_the_list_names_nobody() -> None:
    names = split_names("Böhringer, H., Chon, G., Retzlaff, J., et al. 2017")
    assert [(a.family, a.given) for a in names.authors] == [
        ("Böhringer", "H."), ("Chon", "G."), ("Retzlaff", "J.")]
    assert names.et_al
    assert [a.given for a in split_names("Smith, J. (2001a)").authors] == ["J."]


def test_two_organisations_joined_by_and_are_two_authors() -> None:
    names = split_names("LIGO Scientific Collaboration and Virgo Collaboration").authors
    assert [(a.family, a.literal) for a in names] == [
        ("LIGO Scientific Collaboration", True), ("Virgo Collaboration", True)]
    assert len(split_names("World Health Organization").authors) == 1


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # "and others" in Polish ("i wsp.", "i in."), Czech / Slovak ("a kol."), Spanish and
        # Portuguese medical styles ("y cols.", "e col."), Italian ("e coll."), Hungarian
        # ("és mtsai"), Turkish ("ve ark."), and English "and co-authors"
        ("Klimek N, Bartos A, Gruda A, i wsp.", ["Klimek", "Bartos", "Gruda"]),
        ("Wrona R. i in.", ["Wrona"]),
        ("Novák J., Dvořák P. a kol.", ["Novák", "Dvořák"]),
        ("Pérez García J, Ruiz M y cols.", ["Pérez García", "Ruiz"]),
        ("Souza A, Lima R e col.", ["Souza", "Lima"]),
        ("Rossi M, Bianchi L e coll.", ["Rossi", "Bianchi"]),
        ("Kovács J, Tóth P és mtsai", ["Kovács", "Tóth"]),
        ("Yılmaz A, Demir B ve ark.", ["Yılmaz", "Demir"]),
        ("KAISER J, SKOG KM, and co-authors", ["KAISER", "SKOG"]),
    ],
)
def test_and_others_in_more_languages(text: str, families: list[str]) -> None:
    names = split_names(text)
    assert [a.family for a in names.authors] == families and names.et_al


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # the "et al." and "and others" terms of CSL's locales, as styles print them after
        # the last name kept: Indonesian, Finnish, Norwegian, Dutch, Slovenian, Croatian,
        # Lithuanian, Latvian, Bulgarian, Ukrainian, Vietnamese; Spanish, Portuguese, Italian,
        # French, German, Estonian, Catalan, Czech, Slovak, Danish, Swedish, Icelandic, Dutch,
        # Polish, Romanian, Turkish, Malay, Hungarian, Latvian, Basque, Welsh
        ("Li, X. dkk.", ["Li"]),
        ("Virtanen, A., Korhonen, P. ym.", ["Virtanen", "Korhonen"]),
        ("Hansen, K. mfl.", ["Hansen"]),
        ("de Vries, J., Bakker, P. e.a.", ["de Vries", "Bakker"]),
        ("Novak, M., Horvat, J. idr.", ["Novak", "Horvat"]),
        ("Horvat, I. i sur.", ["Horvat"]),
        ("Kazlauskas, J. ir kt.", ["Kazlauskas"]),
        ("Bērziņš, A. u.c.", ["Bērziņš"]),
        ("Петров, И. и съавт.", ["Петров"]),
        ("Шевченко, Т. та ін.", ["Шевченко"]),
        ("Nguyen, V. và c.s.", ["Nguyen"]),
        ("Valladares, F. y otros", ["Valladares"]),
        ("Silva, R., Costa, M. e outros", ["Silva", "Costa"]),
        ("Rossi, M. e altri", ["Rossi"]),
        ("Dupont, J., Martin, P. et autres", ["Dupont", "Martin"]),
        ("Müller, K. und andere", ["Müller"]),
        ("Tamm, A. ja teised", ["Tamm"]),
        ("Puig, J. i altres", ["Puig"]),
        ("Novák, J. a další", ["Novák"]),
        ("Kováč, P. a ďalší", ["Kováč"]),
        ("Jensen, L. med flere", ["Jensen"]),
        ("Lindqvist, E. och andra", ["Lindqvist"]),
        ("Jónsson, G. og fleiri", ["Jónsson"]),
        ("Jansen, P. en anderen", ["Jansen"]),
        ("Nowak, A. i inni", ["Nowak"]),
        ("Popescu, I. și alții", ["Popescu"]),
        ("Yılmaz, A. ve diğerleri", ["Yılmaz"]),
        ("Santoso, B. dan lainnya", ["Santoso"]),
        ("Kovács, J. és mások", ["Kovács"]),
        ("Novak, M. in drugi", ["Novak"]),
        ("Horvat, I. i dr.", ["Horvat"]),
        ("Bērziņš, A. un citi", ["Bērziņš"]),
        ("Etxeberria, J. eta beste", ["Etxeberria"]),
        ("Jones, D. ac eraill", ["Jones"]),
    ],
)
def test_and_others_as_csl_locales_print_it(text: str, families: list[str]) -> None:
    names = split_names(text)
    assert [a.family for a in names.authors] == families and names.et_al


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Andere, K., Otros, M.", ["Andere", "Otros"]),  # names, capitalised
        ("Kym, A., Citi, B.", ["Kym", "Citi"]),
        ("Dr, A. and Beste, K.", ["Dr", "Beste"]),
    ],
)
def test_names_like_the_locale_terms_stay(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Kowalski J, Wsp A", ["Kowalski", "Wsp"]),  # a name, not the cue
        ("Coll A, Cols B", ["Coll", "Cols"]),
    ],
)
def test_names_like_the_cues_stay(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Preventive Services Task Force",
        "Caribbean Community Secretariat",
        "Food Fortification Initiative",
        "Deutsche Gesellschaft für Ernährung",
        "Robert Koch Institut",
        "Financial Conduct Authority",
        "Global Alliance Partnership",
        "European Federation of Neurological Societies",
    ],
)
def test_organisations_named_with_more_words(text: str) -> None:
    authors = split_names(text).authors
    assert [(a.family, a.literal) for a in authors] == [(text, True)]


def test_a_person_named_like_an_organisation_word_keeps_the_name() -> None:
    assert [a.family for a in split_names("Initiative, J. and Force, M.").authors] == [
        "Initiative", "Force"]


def test_et_al_in_square_brackets() -> None:
    names = split_names("Paulsen, F.; Crane, J.D.; Kjeldsen, H.G. [et al.]")
    assert [(a.family, a.given) for a in names.authors] == [
        ("Paulsen", "F."), ("Crane", "J.D."), ("Kjeldsen", "H.G.")] and names.et_al


@pytest.mark.parametrize(
    ("text", "families"),
    [("Mao, J., Paulot, F., Jacob, D. J., … Horowitz, L. W.",
      ["Mao", "Paulot", "Jacob", "Horowitz"]),
     ("Toon, O. B., Maring, H., … Pszenny, A.", ["Toon", "Maring", "Pszenny"]),
     ("Wolfe, G. M., Kaiser, J., ... Warneke, C.", ["Wolfe", "Kaiser", "Warneke"]),
     ("SMITH, J.; JONES, K.; ... LEE, M.", ["SMITH", "JONES", "LEE"])],
)
def test_apa_ellipsis_before_the_last_author_keeps_the_names_apart(
        text: str, families: list[str]) -> None:
    names = split_names(text)
    assert [a.family for a in names.authors] == families
    assert names.et_al


@pytest.mark.parametrize(("text", "families"),
                         [("Smith, J., Jones, K., …", ["Smith", "Jones"]),
                          ("Smith, J., Jones, K. ...", ["Smith", "Jones"])])
def test_an_ellipsis_ending_the_list_is_et_al(text: str, families: list[str]) -> None:
    names = split_names(text)
    assert ([a.family for a in names.authors], names.et_al) == (families, True)


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # Portuguese "do", Italian "dal", "dalla", "degli", Spanish "de los" / "las": particles
        # of the family, also in capitals (ABNT, French styles) and after initials
        ("DO VALE, T. G., FURTADO, E. C., SANTOS, J. G.", ["DO VALE", "FURTADO", "SANTOS"]),
        ("LEMKADDEM, A., DAL PALU, A., THIRAN, J. P.", ["LEMKADDEM", "DAL PALU", "THIRAN"]),
        ("DE LOS SANTOS, M., LAS HERAS, J.", ["DE LOS SANTOS", "LAS HERAS"]),
        ("A. dal Pozzo, B. Rossi", ["dal Pozzo", "Rossi"]),
        ("F. Dalla Piazza, A. Marrani", ["Dalla Piazza", "Marrani"]),
        ("A. S. do Nascimento and R. J. de Moura", ["do Nascimento", "de Moura"]),
        ("Crossa, J.; G. de Los Campos; J. Burgueño", ["Crossa", "de Los Campos", "Burgueño"]),
        ("Maria Las Heras and John Smith", ["Las Heras", "Smith"]),
    ],
)
def test_particles_of_more_languages(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Do, T. and Le, V.", ["Do", "Le"]),  # a Vietnamese family name, not a particle
        ("T. H. Do, V. A. Nguyen", ["Do", "Nguyen"]),
        ("Smith J, Do T, Le V", ["Smith", "Do", "Le"]),
    ],
)
def test_a_family_like_a_particle_stays(text: str, families: list[str]) -> None:
    assert [a.family for a in split_names(text).authors] == families
