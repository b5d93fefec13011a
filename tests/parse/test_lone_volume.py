"""A journal's volume printed without its pages after the year (parse/lonevolume.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "year", "volume"),
    [("L. A. Lind, M. J. Oster, ‘Practical methods of pooled analyses’, Scand J Stat 1997, 24.",
      "1997", "24"),
     ("K. Rao, T. Iyer, Indian J Dent Res 2016, 27.", "2016", "27"),
     ("M. Ode, S. Kim. Timing of the spring ozone peak. Atmos Meas Tech, 2018, 11, DOI "
      "10.5194/amt-11-1-2018.", "2018", "11"),
     ],
)
def test_the_number_after_the_year_is_the_volume(text: str, year: str, volume: str) -> None:
    parsed = parse_string(text)
    assert (parsed.year, parsed.volume, parsed.pages) == (year, volume, "")


def test_a_volume_that_looks_like_a_year_stays() -> None:
    parsed = parse_string("Roe, T. (1998). Tidal flats. Estuaries 2001, 12.")
    assert parsed.year == "1998"


def test_a_law_journal_counted_by_its_years_has_pages() -> None:
    parsed = parse_string("Hartwig, 'Haftungsfragen der Telemedizin'. MedR 2005, 312.")
    assert (parsed.volume, parsed.pages) == ("", "312")


@pytest.mark.parametrize("text", [
    "J. Roux, La ville, Presses de l'université de Caen, Caen 2004, 212.",
    "K. Berg, Data Graphics, Harlow 2001, 96.",
])
def test_a_book_imprint_read_as_the_container_keeps_its_page(text: str) -> None:
    assert parse_string(text).volume == ""


@pytest.mark.parametrize(
    ("text", "pages"),
    [  # journals cited by year and page (RSC before its volumes, Synlett, Chem. Lett.)
     ("Smith, K.; Brown, R. Chem. Commun. 1999, 1234.", "1234"),
     ("Hill, A. F.; Wilton-Ely, J. Dalton Trans. 2003, 1234.", "1234"),
     ("Green, M. L. H.; Wong, L.-L. J. Chem. Soc., Chem. Commun. 1985, 123.", "123"),
     ("Mukaiyama, T.; Suzuki, H. Chem. Lett. 1990, 1234.", "1234"),
     # German and Austrian law journals, and conferences, named by an acronym
     ("Roth, G. H. Die Haftung des Vorstands. JZ 2001, 475.", "475"),
     ("Schmidt, K. Gesellschaftsrecht im Wandel. NJW 2003, 1234.", "1234"),
     ("Koziol, H. Schadenersatz für reine Vermögensschäden. JBl 1999, 123.", "123"),
     ("Lee J. Deep nets for vision. CVPR 2016, 770.", "770"),
     ],
)
def test_a_journal_paged_by_its_years_keeps_its_page(text: str, pages: str) -> None:
    parsed = parse_string(text)
    assert parsed.pages == pages and parsed.volume != pages
