"""A journal printed after the title that the tagger read as a place, a publisher or a note,
its numbers after it (parse/journalimprint.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "container"),
    [("Park, J. H.; Lee, S. The Curious Case of Plant Viruses, and Their Vectors. Viruses 2014, "
      "61–79.", "Viruses"),
     ("Ortiz RA, Baker KL, et al. Root herbivory reduces shoot regrowth in maize via auxin "
      "signaling. New Phytol. 2016;210:1110–1121.", "New Phytol"),
     ("Kwon, K. S.; Yoo, A. Sources of Resistance to Melon Necrotic Spot Virus in Cucumis "
      "Germplasm. HortScience 2011, 46, 1320–1323.", "HortScience"),
     ("Bauer, T.M. and Wolf, R. (2016) A public census of the genomes of soil bacteria. eLife, "
      "5, e13411. https://doi.org/10.7554/eLife.13411", "eLife"),
     ("Ito M (2009) Zinc deficiency and early growth. Food Nutr Bull (3 suppl) S410–S421.",
      "Food Nutr Bull"),
     ("Bauer TM, Wolf R (2016) A census of the genomes of soil bacteria in the Mojave Desert "
      "of eastern California. Psyche 413208.", "Psyche"),
     ],
)
def test_the_journal_is_read(text: str, container: str) -> None:
    assert parse_string(text).container == container


@pytest.mark.parametrize(
    "text",
    [  # a book's imprint: a place and a publisher, or a listed place before the year
     "Hill, A. The Shape of Rivers. Basel: Birkhäuser, 2001, 12–40.",
     "Marsh, P. Die Form der Flüsse. Berlin 2001, 12–40.",
     "Cole, R. Rivers and Their Towns. Blackwell Publishing 2003, 45–67.",
     "Ivanov, P. Istoriya reki, Moskva, 1996, S. 422.",
     "Petrov, I. I. Dust storms in the steppe, Barnaul, 1981, 3, 12–19.",
     "F. Otieno, Survey of lake fisheries, KEMRI, 2013, 4, 10–30.",
     "Roe, A. Scalar fields and the early universe, arXiv:1502.01589.",
     "Kay, T. (2008). Who moves? Evidence from panel data. Working Paper 485, Institute of "
     "Labor Economics.",
     "Ode, P. et al. (eds.), Design of a linear collider, CERN-2012-007 (CERN, Geneva, 2012).",
     # a report's code after the title, not a journal's numbers
     "Codex Commission 1985. Guidelines on Food Labelling. CAC/GL 2-1985 (FAO, Rome, Italy)",
     ],
)
def test_an_imprint_stays(text: str) -> None:
    assert parse_string(text).container == ""


@pytest.mark.parametrize(
    "text",
    ["Autor D, Dorn D, Hanson G. The China shock. NBER Working Paper 21906, 2016.",
     "Card D. The causal effect of education on earnings. IZA Discussion Paper 12345, 2019.",
     "Smith J, Brown K. Method for purifying proteins. US Patent 7123456, 2006.",
     "Chen J. Method of making solar cells. European Patent 1234567, 2004."],
)
def test_a_series_or_patent_number_is_no_article(text: str) -> None:
    """A working paper's or a patent's number is not an article's: no journal, no volume."""
    parsed = parse_string(text)
    assert (parsed.container, parsed.volume) == ("", "")


@pytest.mark.parametrize(
    "text",
    [  # a chapter's place or house before "year, pages": the imprint's comma, or a house's name
     "de Vries J. Soil and water in the polders. Wageningen, 2003, 23-45.",
     "Bell D. The Cultural Contradictions of Capitalism. Heinemann 1976, 33-84.",
     "Dupont A. Essai sur la mémoire. Gallimard 1985, 2, 120-140.",
     "Hart, H. Rules and rivers. Springer 2001, 12–40.",
     ],
)
def test_a_books_place_or_house_before_year_and_pages_stays(text: str) -> None:
    assert parse_string(text).container == ""


@pytest.mark.parametrize(
    "text",
    [  # a repository's record: the entry's only year and the record's number, no volume
     "Patel R, Singh A. Global soil moisture grids 1980-2020. Zenodo 2021, 4567890.",
     "Lind K, Berg A. Lake ice records 1900-2000. Figshare 2020, 1234567.",
     "Lind K, Berg A. Lake ice records of Finland. Zenodo 2020, 1234567.",
     ],
)
def test_the_entrys_only_year_is_no_volume(text: str) -> None:
    parsed = parse_string(text)
    assert (parsed.container, parsed.volume, parsed.year) == ("", "", text.split(", ")[-2][-4:])
