"""Pages the tagger read as a second year ("Stroke 2002, 33, 1776.") or as a DOI or link
("J Atmos Ocean Tech 28, S. 1036–1049.")."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "year", "volume", "pages"),
    [("71. V. Kothari, R. J. Stevens, A. I. Adler, Stroke 2002, 33, 1776.", "2002", "33",
      "1776"),
     ("Weaver, C. P., Cooter, E., Gilliam, R., et al. 2009, B Am Meteorol Soc, 90, 1843", "2009",
      "90", "1843")],
)
def test_a_year_after_the_volume_is_the_page(text: str, year: str, volume: str,
                                             pages: str) -> None:
    ref = parse_string(text)
    assert (ref.year, ref.volume, ref.pages) == (year, volume, pages)


@pytest.mark.parametrize(
    ("text", "pages"),
    [("Barker, P. M./Dunn, J. R./Domingues, C. M./Wijffels, S. E. (2011): Pressure Sensor "
      "Drifts in Argo and Their Impacts, in: J Atmos Ocean Tech 28, S. 1036–1049.", "1036-1049"),
     ("Gan, C.-M./ Pleim, J./ Mathur, R./ Hogrefe, C./ Long, C.N./ Xing, J./ Roselle, S./ Wei, "
      "C. (2014). Assessment of the effect of air pollution controls on trends in shortwave "
      "radiation over the United States from 1995 through 2010 from multiple observation "
      "networks. In: Atmos Chem Phys. 14. Jg. S. 1701–1715. "
      "https://doi.org/10.5194/acp-14-1701-2014.", "1701-1715")],
)
def test_pages_read_as_a_link_are_the_pages(text: str, pages: str) -> None:
    ref = parse_string(text)
    assert ref.pages == pages


@pytest.mark.parametrize(
    "text",
    ["Smith, J. (2001). Title of the work. Journal of Things, 12, 1-10. Reprinted 2005.",
     "Smith J. The history. London: Methuen; 1990. Reprinted 1995.",
     "Jones, K. (1998). A study. Nature, 391, 33-35. doi:10.1038/35000",
     "Reynders, Vlassak 1982 : REYNDERS (L.), VLASSAK (K.) – Use of Azospirillum brasilense as "
     "biofertilizer in intensive wheat cropping, Plant Soil, 66, 1982."],
)
def test_a_later_year_or_a_link_stays(text: str) -> None:
    ref = parse_string(text)
    assert ref.pages in ("1-10", "", "33-35")
