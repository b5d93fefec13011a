"""Strings of the read-only review of helper fields8's rules (session 15) that those rules read
worse than before them: a language note read as the journal after "In", a film's or
periodical's director "(dir.)" read as a chapter's editors, Italian editors run past a full
stop, places joined by "and" read as a firm (parse/injournal.py, parse/directed.py,
parse/notefields.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    "text",
    [
        # bracketed, with a number after it
        "Ivanov II. Istoriya Rossii. Moscow: Nauka, 1990. 350 p. [In Russian, 12 refs]",
        # a language alone, with numbers after it and no imprint before it
        "Tanaka K. Nihon keizai shi. 1995. In Japanese, 3 figures, 12 tables.",
    ],
)
def test_a_language_note_is_no_journal(text: str) -> None:
    ref = parse_string(text)
    assert ref.container == ""
    assert ref.kind != "article"


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("Smith J. Title of a paper. In Russian Journal of Ecology 12 (2001) 3-5.",
         "Russian Journal of Ecology"),
        ("Mueller K. Ein Titel. In: Zeitschrift für Soziologie 39 (2010), S. 22-40.",
         "Zeitschrift für Soziologie"),
    ],
)
def test_a_journal_named_after_a_language_still_reads(text: str, journal: str) -> None:
    assert parse_string(text).container == journal


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("« Le cinéma de Godard », Jean-Luc Godard (dir.), Cahiers du cinéma, n° 300, mai 1979, "
         "p. 12.", "Cahiers du cinéma"),
        ("« Le Monde diplomatique », Ignacio Ramonet (dir.), Paris, mai 2000.", ""),
    ],
)
def test_a_bracketed_dir_with_no_cue_is_no_chapters_editors(text: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.kind) != (container, "chapter")
    assert ref.container == container


def test_mcgills_dir_with_no_cue_still_reads() -> None:
    ref = parse_string("Marie Durand, « La loi », F Ofori et WR Stern, dir, Le droit public, "
                       "Montréal, Thémis, 2001, 45.")
    assert (ref.container, [a.family for a in ref.editors]) == ("Le droit public",
                                                                ["Ofori", "Stern"])


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        ("Rossi M. (2010), Il romanzo borghese, in Storia della letteratura, a cura di L. Bruni. "
         "Torino: Einaudi.", ["Bruni"]),
        ("Rossi M., Il mito, in Storia d'Italia, a cura di R. Romano e C. Vivanti. Torino, "
         "Einaudi, 1972.", ["Romano", "Vivanti"]),
    ],
)
def test_italian_editors_end_at_a_sentences_stop(text: str, editors: list[str]) -> None:
    assert [a.family for a in parse_string(text).editors] == editors


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("9 Marc Bloch, Feudal Society (Chicago and Toronto, 1961), I, 12.",
         "Chicago and Toronto"),
        ("R. Tawney, Religion (Lincoln and London, 1926), p. 3.", "Lincoln and London"),
    ],
)
def test_places_joined_by_and_are_no_firm(text: str, place: str) -> None:
    ref = parse_string(text)
    assert (ref.publisher, ref.location) == ("", place)


@pytest.mark.parametrize("firm", ["Harper and Row", "Sheed and Ward", "Thames and Hudson"])
def test_a_firm_joined_by_and_stays_the_publisher(firm: str) -> None:
    assert parse_string(f"J. Smith, Rebellion ({firm}, 1972), p. 44.").publisher == firm


@pytest.mark.parametrize("book", ["La France de 1945", "Les élites de 1981 à 1985"])
def test_a_bracketed_dir_with_no_cue_keeps_a_book_with_a_number_in_its_title(book: str) -> None:
    ref = parse_string(f"GAÏTI Brigitte, « Politique d’abord », Pierre BIRNBAUM (dir.), {book}, "
                       "Paris, Presses universitaires de France, 1985, p. 53-85.")
    assert (ref.container, ref.kind) == (book, "chapter")


@pytest.mark.parametrize(
    "text",
    [
        "Petrov AA. Ekologiya. Moscow: Nauka; 1990. In Russian, vol. 2.",
        "Swedish Vattenvårdsförbund (2013) Description of the joint water authorities activity "
        "around Mälaren in Swedish. http://www.malaren.org/. Accessed: January 2013.",
    ],
)
def test_a_language_the_tagger_read_as_the_container_is_no_journal(text: str) -> None:
    assert parse_string(text).container == ""


def test_a_journal_named_as_a_language_before_its_volume_stays() -> None:
    assert parse_string("Smith J. The poet's voice. In: English 45 (1996), S. 3-9.").container \
        == "English"


@pytest.mark.parametrize(
    "text",
    [
        # a volume word straight after the cue: no journal's name is printed (maintenance read)
        "Müller, K. (2009): Titel. In: Vol. 325 / 2009, S. 12-15.",
        "Dupont, J., « Titre », dans Vol. 8, nᵒ 1, 2007.",
        "Dupont, J., « Titre », dans Tome 8, nᵒ 1, 2007.",
    ],
)
def test_the_cue_alone_is_no_journal(text: str) -> None:
    ref = parse_string(text)
    assert ref.container not in ("In", "dans")
    assert ref.kind != "article"
