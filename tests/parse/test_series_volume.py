"""A book's volume in a series printed after it ("In Editors, Book, volume 193 of Lecture Notes
in Computer Science, pages ..."): the book is the container, the series not part of it."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.assemble import clean_container


@pytest.mark.parametrize(
    ("value", "book"),
    [
        ("Logics of Programs, volume 193, of Lecture Notes in Computer Science",
         "Logics of Programs"),
        ("Automotive Model Predictive Control, volume 402 of Lecture Notes in Control and "
         "Information Sciences", "Automotive Model Predictive Control"),
        ("Proc. ICALP, vol. 12 of LNCS", "Proc. ICALP"),
        # no series: left as it is
        ("Journal of the History of Ideas", "Journal of the History of Ideas"),
        ("The Cambridge History of Science, Volume 3",
         "The Cambridge History of Science, Volume 3"),
    ],
)
def test_the_series_is_no_part_of_the_book(value: str, book: str) -> None:
    assert clean_container(value) == book


def test_a_chapter_in_a_series_volume() -> None:
    ref = parse_string(
        "Albert R. Meyer and Mitchell Wand. Continuation semantics in typed lambda calculi "
        "(summary). In Rohit Parikh, editor, Logics of Programs, volume 193, of Lecture Notes "
        "in Computer Science, pages 219-224. Springer-Verlag, 1985.")
    assert ref.container == "Logics of Programs"
    assert ref.volume == "193"
