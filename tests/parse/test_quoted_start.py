"""A quoted title starts at its quote, not at the last name before it
(parse/quotedstart.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.quotedstart import title_from_its_quote
from claimcheck.parse.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "title", "families"),
    [
        ("K. Weber und A. Schmidt, »Die Stadt im Mittelalter«, in: Historische Zeitschrift 12 "
         "(1990), S. 1–20.", "Die Stadt im Mittelalter", ["Weber", "Schmidt"]),
        ("Brandt u. a. 2011P. Brandt u. a., »Stickstoffdynamik in Auenböden der Elbe«, in: "
         "J. Plant Nutr. Soil Sci., 2011, Bd. 174, S. 10–19.",
         "Stickstoffdynamik in Auenböden der Elbe", None),  # (the names: the tagger's)
    ],
)
def test_the_title_starts_at_its_quote(text: str, title: str,
                                       families: list[str] | None) -> None:
    ref = parse_string(text)
    assert ref.title == title
    assert families is None or [a.family for a in ref.authors] == families


def test_a_title_word_before_the_quote_after_a_complete_name_stays() -> None:
    # "Smith, J." is complete (family first): "Introduction" opens the title
    text = 'Smith, J. Introduction, "The Tempest and its sources". Shakespeare Q 12: 1–9.'
    tokens = tokenize(text)
    out = ["author"] * 4 + ["title"] * 10 + ["container"] * (len(tokens) - 14)
    before = list(out)
    title_from_its_quote(tokens, out, text)
    assert out == before


def test_a_title_word_after_a_family_first_name_without_its_comma_stays() -> None:
    # Vancouver's "Weber M.": the initial closes a name printed family first
    text = "Weber M. Einleitung, »Die protestantische Ethik und der Geist des Kapitalismus«."
    tokens = tokenize(text)
    out = ["author"] * 3 + ["title"] * (len(tokens) - 3)
    before = list(out)
    title_from_its_quote(tokens, out, text)
    assert out == before
