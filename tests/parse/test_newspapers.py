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


@pytest.mark.parametrize(
    "text",
    [
        # Spanish notes close the title with a full stop before the newspaper
        "F. Ortiz. Heat stress and autophagy in tomato plants. Washington Post, 17 de enero. "
        "2016, véase pp. 365–369.",
        "F. Ortiz. Heat stress in tomato plants. Washington Post, 17 de enero de 2016, p. 3.",
    ],
)
def test_a_newspaper_after_the_titles_full_stop(text: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.location) == ("Washington Post", "")


def test_a_place_after_a_full_stop_before_a_date_stays_a_place() -> None:
    ref = parse_string("K. Lee to J. Brown. London, 3 March 2004.")
    assert ref.container == ""
