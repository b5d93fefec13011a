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
