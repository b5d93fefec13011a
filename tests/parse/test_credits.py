"""A translator or editor credited after a book's title (parse/credits.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Max Weber, Économie et société, traduit par Julien Freund, Paris, Plon, 1971, p. 12.",
         "Économie et société"),
        ("Max Weber, Économie et société, trad. par Julien Freund, Paris, Plon, 1971, p. 12.",
         "Économie et société"),
        ("Sigmund Freud, Das Unbehagen in der Kultur, hg. von Anna Freud, Frankfurt am Main, "
         "Fischer, 1948, S. 12.", "Das Unbehagen in der Kultur"),
        ("Umberto Eco, Il nome della rosa, tradotto da William Weaver, Milano, Bompiani, 1980, "
         "p. 3.", "Il nome della rosa"),
        ("Gabriel García Márquez, Cien años de soledad, traducido por Gregory Rabassa, Madrid, "
         "Cátedra, 1967, p. 44.", "Cien años de soledad"),
        ("Max Weber, The Protestant Ethic, translated by Talcott Parsons, London, Allen & Unwin, "
         "1930, p. 12.", "The Protestant Ethic"),
        ("Sigmund Freud, Das Unbehagen in der Kultur, hg. v. Anna Freud, Frankfurt am Main, "
         "Fischer, 1948, S. 12.", "Das Unbehagen in der Kultur"),
        ("Michel Foucault, Dits et écrits, éd. par Daniel Defert, Paris, Gallimard, 1994, p. 290.",
         "Dits et écrits"),
        ("13 Wainwright, C., The Romantic Interior: The British Collector at Home, 1750–1850; "
         "übersetzt von Musser, F. R., New Haven, CT 1989.",
         "The Romantic Interior: The British Collector at Home, 1750–1850"),
        ("6 B. Rozdestvenskii et N. Janenko, Systems of Quasilinear Equations, traduit par "
         "C. S. Philipp, Providence, AMS, 1983.", "Systems of Quasilinear Equations"),
    ],
)
def test_a_credit_after_the_title_is_no_part_of_it(text: str, title: str) -> None:
    assert parse_string(text).title == title


def test_an_editors_credit_names_the_editors() -> None:
    ref = parse_string("Sigmund Freud, Das Unbehagen in der Kultur, hg. von Anna Freud, "
                       "Frankfurt am Main, Fischer, 1948, S. 12.")
    assert [e.family for e in ref.editors] == ["Freud"]


def test_the_credited_names_are_no_container() -> None:
    ref = parse_string("25 So auch Kosslyn, S.M.: Image and Brain: the resolution of the "
                       "imagery debate, hg. von Dostal, A., o. O. 1994, S. 71.")
    assert (ref.title, ref.container) == (
        "Image and Brain: the resolution of the imagery debate", "")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # no comma before the words: the title's own
        ("Smith, J. (2001). Poems translated by the author. Oxford: Clarendon Press.",
         "Poems translated by the author"),
        # a lower-case word after the cue: no name credited
        ("John Smith, Letters, edited by the author's son, London, Murray, 1901.",
         "Letters, edited by the author's son"),
    ],
)
def test_the_titles_own_words_stay(text: str, title: str) -> None:
    assert parse_string(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        ("5 AV Aho, JE Hopcroft and JD Ullman, The Design and Analysis of Computer Algorithms "
         "(DW Krause tr, Addison-Wesley 1974) 123–127.",
         "The Design and Analysis of Computer Algorithms", "Addison-Wesley"),
        ("Max Weber, The Protestant Ethic and the Spirit of Capitalism (Talcott Parsons tr, "
         "Routledge 2001) 12.", "The Protestant Ethic and the Spirit of Capitalism", "Routledge"),
    ],
)
def test_an_oscola_credit_in_the_imprint_is_no_title_nor_publisher(
        text: str, title: str, publisher: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.publisher) == (title, publisher)
