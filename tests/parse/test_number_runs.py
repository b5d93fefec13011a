"""Volume and pages the tagger read into the date or the volume run (parse/numberruns.py):
"PLoS One, 2015, 10:e0123272" (the volume read with the date), "J Theor Biol 1971;31
295–311" (the pages read with the volume)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Rokem A, Yeatman JD, Pestilli F. Evaluating the accuracy of diffusion MRI models in "
      "white matter. PLoS One, 2015, 10:e0123272", "10", "e0123272"),
     ("Hamilton WD. The genetical evolution of social behaviour. J Theor Biol 1964;7 1–16.",
      "7", "1-16"),
     ],
)
def test_volume_and_pages(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [  # a day of the month before the pages is no volume
     ("Smith J. Flu season starts early. New York Times, 2015 Oct 10:A12.", "", "A12"),
     # an issue in brackets is read as before
     ("Lee K. Gene flow in maize. Genetics 2001;157(3) 1–16.", "157", "1-16"),
     ],
)
def test_left_as_they_were(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)
