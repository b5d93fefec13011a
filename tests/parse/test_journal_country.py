"""A country closing a journal's name ("Proc Natl Acad Sci USA 2006; 103") is the journal's,
not a place; and MLA's bracketed year after the volume ("PNAS 113 [2016]: 763-768")."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "container", "volume"),
    [
        ("Hansen J, Sato M. Global temperature change. Proc Natl Acad Sci USA 2006; 103: "
         "14288–14293.", "Proc Natl Acad Sci USA", "103"),
        ("G. Bala, K. Caldeira, D. B. Lobell, Proc Natl Acad Sci USA 2007, 104, 6550.",
         "Proc Natl Acad Sci USA", "104"),
    ],
)
def test_country_closing_the_journal(text: str, container: str, volume: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.volume) == (container, volume)


def test_a_meeting_place_after_its_comma_stays_a_place() -> None:
    ref = parse_string("Smith A. A title. In: Proc. Conf. Machine Learning, Boston, USA, 2006, "
                       "pp. 1-5.")
    assert ref.container == "Proc. Conf. Machine Learning"


@pytest.mark.parametrize(
    ("text", "year", "volume", "pages"),
    [
        ("Holland, S. M., K. M. Collura, A. Ketschek, et al. “Palmitoylation Controls DLK "
         "Localization”. PNAS 113 [2016]: 763–768.", "2016", "113", "763-768"),
        ("Wang, R., T. Benner, and V. J. Wedeen. “Diffusion Toolkit: A Software Package”. Proc "
         "Intl Soc Mag Reson Med 15 [2007]: 3720.", "2007", "15", "3720"),
    ],
)
def test_bracketed_year_after_the_volume(text: str, year: str, volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert (ref.year, ref.volume, ref.pages) == (year, volume, pages)


def test_volume_and_issue_stay() -> None:
    ref = parse_string("Smith J. A title of work. J Foo 12(3): 33-40, 2012.")
    assert (ref.volume, ref.issue, ref.pages) == ("12", "3", "33-40")


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("Wu, C., and DiAntonio, A. 2005. “High- wire function at the junction”, Journal of "
         "Neuroscience, (25), pp. 9557–9566.", "25", ""),
        # Vancouver's issue without a volume, and an issue with its word, stay issues
        ("Smith J. A title. J Foo. 2001;(3):4-5.", "", "3"),
        ("Godard, J.-L. 1959. Entretien. Cahiers du cinéma, no. 25, pp. 3-4.", "", "25"),
    ],
)
def test_a_bracketed_number_alone(text: str, volume: str, issue: str) -> None:
    ref = parse_string(text)
    assert (ref.volume, ref.issue) == (volume, issue)
