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
      "90", "1843"),
     ("K. Ito and S. Mori, Phys. Rev. B 64, 1983 (2001).", "2001", "64", "1983")],
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
     "biofertilizer in intensive wheat cropping, Plant Soil, 66, 1982.",
     # a classic cited with its collected edition's volume and year
     "Freud, S. (1915). Das Unbewusste. Gesammelte Werke, 10, 1946.",
     "Kant, I. (1781). Kritik der reinen Vernunft. Akademie-Ausgabe, 3, 1904.",
     "Marx, K. (1867). Das Kapital. MEW, 23, 1962."],
)
def test_a_later_year_or_a_link_stays(text: str) -> None:
    ref = parse_string(text)
    assert ref.pages in ("1-10", "", "33-35")


@pytest.mark.parametrize(
    ("text", "container", "year", "volume", "pages"),
    [("Chen, L.; Wu, M. J. Org. Chem. 2010, 75, 2011.", "J. Org. Chem.", "2010", "75", "2011"),
     ("D. H. Cusworth, L. J. Mickley, E. M. Leibensperger, M. J. Iacono, Atmos Chem Phys 2017, "
      "17, 13559.", "Atmos Chem Phys", "2017", "17", "13559"),
     ("T. L. Turner, A. D. Stewart, A. T. Fields, W. R. Rice and A. M. Tarone, PLoS Genet, 2011, "
      "7, e1001336", "PLoS Genet", "2011", "7", "e1001336"),
     ("Lee, M.; Park, S. J. Am. Chem. Soc. 1998, 120, 1998.", "J. Am. Chem. Soc.", "1998", "120",
      "1998")],
)
def test_chemistry_prints_year_volume_and_page_after_the_journal(
        text: str, container: str, year: str, volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.year, ref.volume, ref.pages) == (container, year, volume, pages)


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Smith, J. (2010). Title. Journal of Things, 2010, 12(3), 45-67.", "12", "45-67"),
     ("Smith J. Title. Lancet 2010; 375: 1100-1105.", "375", "1100-1105"),
     # year, volume, issue, pages: the third number is the issue
     ("Kim, H.; Lee, J. Polymer 2003, 44, 19, 5789–5795.", "44", "5789-5795"),
     ("Tanaka, K. Bull. Chem. Soc. Jpn. 1998, 71, 2, 345–352.", "71", "345-352")],
)
def test_other_year_volume_prints_stay(text: str, volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert (ref.volume, ref.pages) == (volume, pages)


@pytest.mark.parametrize(
    ("text", "volume"),
    [("Ramanathan, T. et al. (2008) Nat. Nanotechnol., 3.", "3"),
     ("Zhang CL, Yu SH. 2014. Nanoparticles meet electrospinning: recent advances and future "
      "prospects. Chem Soc Rev, 43. https://doi.org/10.1039/c3cs60426h", "43")],
)
def test_a_lone_number_closing_a_journal_before_a_link_or_read_as_a_note(
        text: str, volume: str) -> None:
    assert parse_string(text).volume == volume


@pytest.mark.parametrize(
    "text",
    ["Smith J. The history of Rome. Rome: FAO; 1990. 513. https://www.fao.org/x",
     "Müller, K. Kommentar. MedR 2003, 77. https://beck-online.de/x"],
)
def test_a_page_count_or_a_law_page_stays(text: str) -> None:
    assert parse_string(text).volume == ""


@pytest.mark.parametrize(
    "text",
    ["(83) Yuan, L., Sui, T., Chen, M., Deng, J., Huang, Y., Zeng, J., Lv, Q. et al. 2016. "
     "CRISPR/Cas9-mediated GJA8 knockout in rabbits recapitulates human congenital cataracts. "
     "Sci. Rep., 6: 22024. https://doi.org/10.1038/srep22024",
     "27 CUI, J., CHEN, B., WANG, H. J., HAN, Y., CHEN, X. and ZHANG, W. 2016. Glucosidase II "
     "beta-subunit, a novel substrate for caspase-3-like activity in rice, plays as a molecular "
     "switch between autophagy and programmed cell death. Sci. Rep., 6, 31764."],
)
def test_an_abbreviated_journal_cut_in_two_by_a_note(text: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.volume) == ("Sci. Rep.", "6")


def test_superscript_digits_are_no_year_to_compare() -> None:
    # "²⁰⁰¹" passes str.isdigit but not int(): the whole list once stopped on it
    ref = parse_string("1. Smith J. Gene, 12, 1983 (²⁰⁰¹).")
    assert ref.volume == "12"


@pytest.mark.parametrize(
    ("text", "container", "volume", "pages"),
    [("Okafor, N.; Bello, I. ja Musa, A., Antifungal activity of neem oil against Candida, "
      "Mycoses, 2016, 59, 101–108.", "Mycoses", "59", "101-108"),
     ("Ito, H., Abe, T. and Sato, K. Sulfated galactans from red algae. Carbohydrate Res., "
      "1998, 305, 45-52.", "Carbohydrate Res.", "305", "45-52"),
     ("Taniselass, S., Arshad, M.K.M., Gopinath, S.C.B., 2019. Graphene-based electrochemical "
      "biosensors for monitoring noncommunicable disease biomarkers. Biosens. Bioelectron., "
      "2019, 130, 276–292.", "Biosens. Bioelectron.", "130", "276-292"),
     # (a young journal's one-digit volume, a journal's acronym)
     ("Kumar, S., Singh, R., et al., Electrochemical sensors based on graphene. ChemistrySelect, "
      "2019, 4, 5322–5337.", "ChemistrySelect", "4", "5322-5337"),
     ("A. Smith, Total synthesis of taxol, JACS, 2010, 132, 1000–1005.", "JACS", "132",
      "1000-1005")],
)
def test_a_journal_read_as_the_publisher_before_year_volume_pages(
        text: str, container: str, volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert (ref.container.rstrip("."), ref.volume, ref.pages, ref.publisher, ref.location) \
        == (container.rstrip("."), volume, pages, "", "")


@pytest.mark.parametrize(
    "text",
    ["Lee, P. Theory of plates. Cambridge University Press, 2005, 2, 100-150.",
     "Cho, H. Rivers of Asia. London, 2011, 3, 20-31.",
     "Ivanov, et al., Proc. Natl. Acad. Sci. USA 1992, 89, 100-105",
     # (a town the tagger reads as the place is one: "Novosibirsk, 1978, 4, 12–19")
     "Petrov, I. I. Soil erosion in the steppe, Tomsk, 1978, 4, 12–19.",
     # a publishing house, by its name or its hyphenated double name; a body's acronym
     # before a one-digit volume or a report's pages from 1 ("NOAA, 2009, 12, 1–60")
     "E. L. Eliel, Stereochemistry of Carbon Compounds, McGraw-Hill, 1962, 1, 50.",
     "A. Author, Handbook of Zeolite Science, Kluwer, 2003, 12, 45–60.",
     "N. Greenwood, Chemistry of the Elements, Butterworth-Heinemann, 1997, 12, 1341.",
     "K. Otieno, Survey of Kenyan fisheries, KMFRI, 2012, 4, 10–30.",
     "C. Wang, Report on water quality, CSIRO, 2006, 3, 1–40.",
     "E. Smith, Fisheries survey, NOAA, 2009, 12, 1–60."],
)
def test_a_place_or_publisher_before_year_volume_pages_stays(text: str) -> None:
    ref = parse_string(text)
    assert ref.container not in ("Cambridge University Press", "Seoul", "London", "USA", "Tomsk",
                                 "McGraw-Hill", "Kluwer", "Butterworth-Heinemann", "KMFRI",
                                 "CSIRO", "NOAA")
