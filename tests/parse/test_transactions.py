"""A journal whose abbreviated name opens with "Trans." ("Trans. Amer. Math. Soc.", "Trans. R.
Soc. Trop. Med. Hyg.") is no translator's credit: the whole name is the container; "Trans.
Nicholas Rand." before a journal still credits a translator."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("Knopfmacher, A., and Warlimont, R. Distinct degree factorizations for polynomials "
         "over a finite field. Trans. Amer. Math. Soc. 347, (1995), 2235-2243.",
         "Trans. Amer. Math. Soc."),
        ("E. Hebey and G. Veronelli, The Lichnerowicz equation in the closed case of the "
         "Einstein-Maxwell theory, Trans. Amer. Math. Soc. 366 (2014), 1179-1193.",
         "Trans. Amer. Math. Soc."),
        ("Smith, J. A survey of malaria in Kenya. Trans. R. Soc. Trop. Med. Hyg. 88 (1994) "
         "12-15.", "Trans. R. Soc. Trop. Med. Hyg."),
    ],
)
def test_a_transactions_journal_is_whole(text: str, container: str) -> None:
    assert parse_string(text).container == container


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("Abraham N. Notes on the phantom. Trans. Nicholas Rand. Critical Inquiry 13 (1987): "
         "287-292.", "Critical Inquiry"),
        ("Abraham N. Notes on the phantom. Trans. R. Howard. Critical Inquiry 13 (1987): "
         "287-292.", "Critical Inquiry"),
    ],
)
def test_a_translator_is_still_no_container(text: str, container: str) -> None:
    assert parse_string(text).container == container


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ('Benjamin, W. "The Task of the Translator." Trans. H. Zohn. Illuminations. New York: '
         "Schocken, 1968.", "Illuminations"),
        ('Borges, J. L. "Pierre Menard." Trans. J. E. Irby. Labyrinths. New York: New '
         "Directions, 1964.", "Labyrinths"),
        ('Benjamin, W. "Theses." Trans. H. Zohn. Illuminations. Ed. H. Arendt. New York: '
         "Schocken, 1968.", "Illuminations"),
        ("Smith, K. Heat flow. Trans. Am. Geophys. Union 12 (1931): 1-10.",
         "Trans. Am. Geophys. Union"),
        ("Bott, R. The stable homotopy of the classical groups. Trans. Amer. Math. Soc., vol. "
         "70, pp. 313-337, 1959.", "Trans. Amer. Math. Soc."),
        ("Smith, A. Ice ages. Trans. R. Soc. Lond. B Biol. Sci. 360 (2005) 1-10.",
         "Trans. R. Soc. Lond. B Biol. Sci."),
        ('Derrida, J. "Signature Event Context." Trans. S. Weber. Glyph 1 (1977): 172-197.',
         "Glyph"),
    ],
)
def test_a_journal_runs_up_to_its_volume_a_credit_does_not(text: str, container: str) -> None:
    # a translator's initials and name before a one-word book read like abbreviations; the
    # journal's run of them reaches its volume, the book's does not
    assert parse_string(text).container == container


def test_a_translator_before_a_one_word_journal_and_a_journal_without_volume() -> None:
    # session 14's final read: every word up to the volume ends in a stop, yet no journal
    # word is among them (a translator); and a journal's name with no volume after it yet
    found = parse_string("Derrida, J. 1977. Limited Inc. Trans. S. Weber. Glyph. 2: 162-254.")
    assert found.container == "Glyph"
    found = parse_string("Smith, J. 2020. A theorem on groups. Trans. Amer. Math. Soc. "
                         "(in press).")
    assert found.container == "Trans. Amer. Math. Soc."

