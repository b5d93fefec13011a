"""A book's imprint run into the book's title (parse/imprints.py: `imprint_out_of_book`)."""

from __future__ import annotations

import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries
from claimcheck.parse.imprints import imprint_out_of_book


@pytest.mark.parametrize(
    ("container", "place", "book"),
    [
        ("Geschichte der Städte, Berlin 1990, S", "Berlin", "Geschichte der Städte"),
        ("Changing fortunes, Chapel Hill, NC 1962, S", "Chapel Hill, NC", "Changing fortunes"),
        ("Geschichte der Städte, Band 2, Berlin 1990, S", "Berlin", "Geschichte der Städte"),
        ("Storia di Roma, vol. 3, Torino, 1990", "Torino", "Storia di Roma"),
    ],
)
def test_imprint_out_of_book(container: str, place: str, book: str) -> None:
    got = imprint_out_of_book({"container": container, "location": place})
    assert got["container"] == book


@pytest.mark.parametrize(
    ("container", "place"),
    [
        ("Berlin Journal of Sociology", "Berlin"),  # a journal named by a place
        ("Studies in London, 1990-2000", "London"),  # no year right after the place
        ("Paris 1900", "Paris"),  # nothing before the place
    ],
)
def test_book_left(container: str, place: str) -> None:
    fields = {"container": container, "location": place}
    assert imprint_out_of_book(fields) == fields


def test_german_chapter_note() -> None:
    texts = ["1 Meier, A.: Die Stadt, in: Schmidt, P. (Hg.): Geschichte der Städte, Berlin 1990, "
             "S. 10–30, hier S. 12.",
             "2 Ebd., S. 14."]
    refs = parse_entries([RawEntry(text=t, index=i + 1, line=i + 1) for i, t in enumerate(texts)])
    assert (refs[0].container, refs[0].location) == ("Geschichte der Städte", "Berlin")
