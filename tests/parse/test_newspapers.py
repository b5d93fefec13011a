"""A newspaper printed before a day's date ("Washington Post, 25 septembre 1999") is the
container, not a place (parse/newspaper.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("M. G. Gustafsson, « Extended resolution fluorescence microscopy », Washington Post, "
         "25 septembre 1999.", "Washington Post"),
        ("K. Lee, “The long winter”, Boston Globe, 3 March 2004, p. 5.", "Boston Globe"),
    ],
)
def test_a_name_before_a_days_date_is_the_newspaper(text: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.location) == (container, "")


@pytest.mark.parametrize(
    "text",
    [
        # a place and a publisher before a date: a book's imprint
        "A. Smith, The Long Winter (London: Penguin, 3 March 2004).",
        # a letter's place and date
        "K. Lee to J. Brown, London, 3 March 2004.",
    ],
)
def test_an_imprint_stays(text: str) -> None:
    ref = parse_string(text)
    assert ref.location == "London"
