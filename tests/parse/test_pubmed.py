"""A PubMed ID glued to the page range before it is cut off when the range left reads as
complete; anything else is left as printed."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.pubmed import without_pubmed_id


@pytest.mark.parametrize(
    ("pages", "date", "expected"),
    [
        ("S58–S6214693927", "2004", "S58–S62"),  # eight-digit ID after a shortened range
        ("1307–131721822942", "2011", "1307–1317"),  # written-out last page
        ("2114–616936162", "2006", "2114–6"),  # one digit left of the last page
        ("S62–920042775", "", "S62–9"),  # no date: eight digits first
        ("111–249197131", "1997", "111–24"),  # before 1999 the IDs had seven digits
        ("98–10212345678", "2005", "98–102"),  # a last page one digit longer
        ("S123–S12811527115", "1990", "S123–S128"),  # an old work indexed late: 8 digits
    ],
)
def test_the_id_is_cut_where_the_range_is_complete(pages: str, date: str, expected: str) -> None:
    assert without_pubmed_id(pages, date) == expected


@pytest.mark.parametrize(
    "pages", ["100-110", "e0145462", "1-1234567", "S58–A6214693927", "500–40012345", "12"]
)
def test_other_pages_are_left_as_printed(pages: str) -> None:
    assert without_pubmed_id(pages, "2010") == pages


def test_the_parser_reads_the_pages_without_the_id() -> None:
    ref = parse_string("Smith AB, Jones C. Exercise and diabetes. Diabetes Care. "
                       "2004;27:S58–S6214693927")
    assert ref.pages == "S58-S62"
