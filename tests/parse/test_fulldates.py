"""A full date printed where the year stands (parse/fulldates.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "volume", "year"),
    [
        ("Brandt, K., «Die Zünfte der Stadt Ulm.», Z Württ Landesgesch, vol. 55, 4.12.1996, "
         "pp. 112–140.", "55", "1996"),
        ("Lindqvist, P., “Guild records of the Baltic towns in the later middle ages and after”, "
         "Scand J Hist 41 (28.4.2016), 211-230.", "41", "2016"),
        ("Okafor, N.: Colonial courts and customary law in southern Nigeria, in: J. Afr. Law "
         "30, June 1986, S. 77–95.", "30", "1986"),
    ],
)
def test_the_volume_stays_apart_from_a_full_date(text: str, volume: str, year: str) -> None:
    ref = parse_string(text)
    assert (ref.volume, ref.year) == (volume, year)


def test_numbers_that_are_no_date_stay() -> None:
    ref = parse_string("Okafor, N. Colonial courts. J Afr Law 30.4.77 (1986).")
    assert ref.year == "1986"


def test_an_access_date_gives_no_year() -> None:
    ref = parse_string("Ministère de la Culture, Les musées de France, "
                       "http://www.culture.gouv.fr/musees, consulté le 12.3.2013.")
    assert ref.year == ""
