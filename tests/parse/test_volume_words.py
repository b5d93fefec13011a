"""A volume printed with its word: French "tome 17", German "18. Jg." / "Jahrgang 32",
"Band 4": the volume is the number."""

from __future__ import annotations

import pytest

from claimcheck.parse.assemble import tidy_numbers


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
