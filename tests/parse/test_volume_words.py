"""A volume printed with its word: French "tome 17", German "18. Jg." / "Jahrgang 32",
"Band 4": the volume is the number."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.fieldnumbers import tidy_numbers


@pytest.mark.parametrize(
    ("volume", "bare"),
    [("tome 17", "17"), ("Tome 175", "175"), ("18. Jg.", "18"), ("32 Jg.", "32"),
     ("Jg. 12", "12"), ("Jahrgang 32", "32"), ("Band 4", "4"), ("vol. 12", "12"),
     ("139. Jg", "139")],
)
def test_the_volume_word_goes(volume: str, bare: str) -> None:
    assert tidy_numbers({"volume": volume})["volume"] == bare


@pytest.mark.parametrize("volume", ["Tomeo", "Bandung 3", "12 B", "XII"])
def test_no_word_is_taken_that_is_no_volume_word(volume: str) -> None:
    assert tidy_numbers({"volume": volume})["volume"] == volume


@pytest.mark.parametrize(
    ("volume", "pages"),
    [("1214–1218", "1214-1218"), ("457–472", "457-472"), ("1376-82", "1376-1382")],
)
def test_a_range_alone_in_the_volume_is_the_pages(volume: str, pages: str) -> None:
    fields = tidy_numbers({"volume": volume})
    assert "volume" not in fields
    assert fields["pages"] == pages


@pytest.mark.parametrize(
    ("fields", "volume"),
    [({"volume": "Vols. 1-3"}, "1-3"), ({"volume": "5-9"}, "5-9"),
     ({"volume": "45-12"}, "45-12"), ({"volume": "12-14", "pages": "33-40"}, "12-14"),
     ({"volume": "1998–1999"}, "1998–1999")],
)
def test_no_range_is_read_as_pages_where_it_may_be_volumes(
        fields: dict[str, str], volume: str) -> None:
    assert tidy_numbers(fields)["volume"] == volume


def test_a_journal_with_pages_and_no_volume() -> None:
    from claimcheck.parse import parse_string

    ref = parse_string("Gelman, A. and D. B. Rubin. 1992. “Inference from Iterative Simulation "
                       "Using Multiple Sequences”. Stat. Sci., 457–472.")
    assert (ref.container, ref.volume, ref.pages) == ("Stat. Sci.", "", "457-472")


def test_two_volumes_bound_as_one_dated_by_two_years() -> None:
    ref = parse_string("Kellerman, J. Mediaeval Studies 33–34 (1971–72).")
    assert (ref.volume, ref.pages) == ("33–34", "")
