"""OSCOLA's, AGLC's and the Canadian styles' article, "‘Title’ (2012) 72 Journal 284", in the
forms the first rule (`lawjournals.year_first_article`) missed: a comma after the quoted title
("», (2004) 32 ..."), a journal abbreviated with stops ("Compos. Sci. Technol."), an article
number or a lettered page ("e245", "D115‑D119"), a comma before the pages ("World Dev.,
1247–1260")."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container", "volume", "pages"),
    [("Zheng D and others, ‘In Situ Thermal Reduction of Graphene Oxide in Polyamide 6 "
      "Nanocomposites’ (2012) 72 Compos. Sci. Technol. 284",
      "In Situ Thermal Reduction of Graphene Oxide in Polyamide 6 Nanocomposites",
      "Compos. Sci. Technol.", "72", "284"),
     ("Apweiler, R., A. Bairoch et B. Boeckmann, « UniProt: The Universal Protein "
      "knowledgebase. », (2004) 32 Nucleic Acids Res D115‑D119.",
      "UniProt: The Universal Protein knowledgebase", "Nucleic Acids Res", "32", "D115-D119"),
     ("Gur, A and D Zamir, ‘Unused Genetic Variation Can Lift Yield Barriers in Plant "
      "Breeding’ (2004) 2 PLoS Biol e245", "Unused Genetic Variation Can Lift Yield Barriers "
      "in Plant Breeding", "PLoS Biol", "2", "e245"),
     ("A.D. Alene et al, 'Economic Efficiency and Supply Response of Women as Farm Managers', "
      "(2008) 36 World Dev., 1247–1260.", "Economic Efficiency and Supply Response of Women "
      "as Farm Managers", "World Dev.", "36", "1247-1260")],
)
def test_year_first_articles(text: str, title: str, container: str, volume: str,
                             pages: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.volume, ref.pages) == (title, container, volume, pages)


@pytest.mark.parametrize(
    ("text", "title"),
    [  # a sentence's stop after a whole lower-case word: the title runs on, no journal
     ("Brown, L. (2020). Remembering the ‘Spanish flu’ (1918) 100 Years later. Journal of the "
      "History of Medicine 75, 1-20.", "Remembering the ‘Spanish flu’ (1918) 100 Years later"),
     # a report's number after "No"
     ("Law Commission, ‘Partial Defences to Murder’, (2004) Law Com No 290, para 3.4.",
      "Partial Defences to Murder")],
)
def test_other_years_in_brackets_stay(text: str, title: str) -> None:
    assert parse_string(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "container", "volume", "year", "pages"),
    [  # the volume first, the year after the journal (EJIL, Bluebook's order with a quote)
     ("Surveswaran et al., ‘Systematic Evaluation of Natural Phenolic Antioxidants from 133 "
      "Indian Medicinal Plants’, 102 Food Chem. (2007) 938.", "Systematic Evaluation of "
      "Natural Phenolic Antioxidants from 133 Indian Medicinal Plants", "Food Chem.", "102",
      "2007", "938"),
     ("American Diabetes Association, ‘Diagnosis and Classification of Diabetes Mellitus’, 33 "
      "Diabetes Care (2010) S62.", "Diagnosis and Classification of Diabetes Mellitus",
      "Diabetes Care", "33", "2010", "S62"),
     ("(7) Hall and Hedgecock, 'Kinesin-related Gene Unc-104 Is Required for Axonal Transport',"
      " 65 Cell (1991) 837.", "Kinesin-related Gene Unc-104 Is Required for Axonal Transport",
      "Cell", "65", "1991", "837")],
)
def test_volume_first_articles(text: str, title: str, container: str, volume: str, year: str,
                               pages: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.volume, ref.year, ref.pages) == (
        title, container, volume, year, pages)


def test_a_straight_quoted_title_keeps_its_apostrophe() -> None:
    ref = parse_string("D. Knowler & B. Bradshaw, 'Farmers’ Adoption of Conservation "
                       "Agriculture: A Review', (2007) 32 Food Policy, 25–48.")
    assert (ref.title, ref.container, ref.volume, ref.pages) == (
        "Farmers’ Adoption of Conservation Agriculture: A Review", "Food Policy", "32", "25-48")


@pytest.mark.parametrize(
    ("text", "container", "volume", "pages"),
    [  # Harvard in a law note: the year first, the volume after the journal's comma, then the
     # pages with their "pp." / "p.": the number after the journal is the volume, no page
     ("J. Smith, ‘Legal Pluralism Revisited’ (1990) Journal of Law and Society, 17, pp. "
      "123–45.", "Journal of Law and Society", "17", "123-145"),
     ("P. Fitzpatrick, ‘Law and Societies’ (1984) Osgoode Hall Law Journal, 22, p. 115.",
      "Osgoode Hall Law Journal", "22", "115"),
     ("A. Smith, ‘Law and Order’ (1990) Journal of Law and Society, 17, no. 2, pp. 123–45.",
      "Journal of Law and Society", "17", "123-145"),
     ("A. Smith, ‘Law and Order’ (1990) Modern Law Review, 53, No. 4, pp. 12–30.",
      "Modern Law Review", "53", "12-30")],
)
def test_a_volume_after_the_journal_is_no_page(text: str, container: str, volume: str,
                                               pages: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.volume, ref.pages) == (container, volume, pages)
