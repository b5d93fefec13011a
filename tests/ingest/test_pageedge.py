"""A page's edge read once (`ingest/pageedge.py`, stamps in `ingest/furniture.py`): headers
printed once beside a page number, MLA's name-and-page header, sub-headings and publishers'
stamps are furniture; lines shaped alike that belong to entries are kept."""

import pytest

from claimcheck.ingest.furniture import is_page_furniture
from claimcheck.ingest.layout import read_lines
from claimcheck.ingest.plaintext import split_document

# entries of an APS-like list, wrapped; a page break falls inside the second
APS = [
    "L. Fu and C. L. Kane, Superconducting proximity effect and",
    "Majorana fermions, Phys. Rev. Lett. 100, 096407 (2008).",
    "V. Mourik, K. Zuo, S. M. Frolov, S. R. Plissard, E. P.",
    "PAGE_EDGE",
    "A. M. Bakkers, and L. P. Kouwenhoven, Signatures of",
    "Majorana fermions, Science 336, 1003 (2012).",
    "J. Alicea, New directions in the pursuit of Majorana",
    "fermions, Rep. Prog. Phys. 75, 076501 (2012).",
    "A. Yu. Kitaev, Unpaired Majorana fermions in quantum",
    "wires, Phys. Usp. 44, 131 (2001).",
]


def _dropped(lines: list[str]) -> list[str]:
    read = read_lines([(k + 1, line) for k, line in enumerate(lines)])
    return [line.text for line in read if line is not None and line.furniture]


def _with_edge(edge: list[str]) -> list[str]:
    at = APS.index("PAGE_EDGE")
    return APS[:at] + edge + APS[at + 1:]


@pytest.mark.parametrize("edge", [
    ["4", "PHYSICAL REVIEW B 108, 115402 (2023)"],
    ["JOURNAL OF MODERN PHYSICS", "12"],
    ["7", "Angew. Chem. Int. Ed. 2021, 60, 2–12"],
    ["The Astrophysical Journal, 951:12 (18pp), 2023 July 1", "4"],
])
def test_a_header_printed_once_beside_a_page_number_is_furniture(edge: list[str]) -> None:
    assert _dropped(_with_edge(edge)) == edge


@pytest.mark.parametrize("edge", [
    ["4", "Majorana fermions, Science 336, 1003 (2012)"],  # an entry's tail, no stop
    ["4", "C. N. SATTERFIELD"],  # a name in capitals
    ["4", "Luxemburg"],  # a place after a stop
    ["4", "Institute for Genealogical"],  # an entry's first line
])
def test_a_real_line_beside_a_page_number_is_kept(edge: list[str]) -> None:
    assert _dropped(_with_edge(edge)) == ["4"]


def _entries(lines: list[str]) -> list[str]:
    document = split_document("References\n\n" + "\n".join(lines) + "\n")
    return [entry.text for entry in document.entries]


OSCOLA = ["Bingham T, The Rule of Law (Allen Lane 2010)",
          "Craig P, 'Proportionality, Rationality and Review' [2010]",
          "New Zealand Law Review 265",
          "Loughlin M, 'The Political Constitution Revisited'",
          "(2019) 30 King's Law Journal 5", "PAGE_EDGE",
          "R (Miller) v Secretary of State for Exiting the European",
          "Union [2017] UKSC 5, [2018] AC 61",
          "Jowell J and O'Cinneide C (eds), The Changing Constitution",
          "(9th edn, OUP 2019)"]


def test_a_law_journal_running_head_above_its_page_number_is_furniture() -> None:
    at = OSCOLA.index("PAGE_EDGE")
    lines = [*OSCOLA[:at], "King's Law Journal", "4", *OSCOLA[at + 1:]]
    assert _dropped(lines) == ["King's Law Journal", "4"]


@pytest.mark.parametrize("entry", [
    "Human Rights Act 1998", "Entick v Carrington (1765) 19 St Tr 1030",
    "House of Lords Select Committee", "Adams v Cape Industries plc [1990] Ch 433 (CA)"])
def test_a_one_line_entry_above_a_page_number_is_kept(entry: str) -> None:
    at = OSCOLA.index("PAGE_EDGE")
    lines = [*OSCOLA[:at], entry, "4", *OSCOLA[at + 1:]]
    assert _dropped(lines) == ["4"]


def test_mla_name_and_page_header_and_a_sub_heading_are_no_entries() -> None:
    lines = ["Brooks, Peter. Reading for the Plot. Harvard UP, 1984.", "Okonkwo 9",
             "Conrad, Joseph. Heart of Darkness. W. W. Norton, 2017.", "Secondary Sources",
             "Said, Edward W. Culture and Imperialism. Knopf, 1993."]
    assert [e[:6] for e in _entries(lines)] == ["Brooks", "Conrad", "Said, "]


def test_sub_heading_words_inside_an_entry_are_kept() -> None:
    lines = ["Smith, J. (2019). A study. In", "Proceedings of the", "Annual Meeting, 1-9.",
             "Jones, K. (2020). Another. Books and Articles: A Guide. Oxford: OUP."]
    assert _dropped(lines) == []


@pytest.mark.parametrize("line", [
    "Downloaded from https://academic.oup.com/ojls/article/43/2/301/1 by guest on 05 May 2023",
    "Downloaded from journals.sagepub.com at UNIV OF SHEFFIELD on May 5, 2023",
    "Downloaded by [University of Leeds] at 04:12 12 March 2016",
    "Author manuscript; available in PMC 2021 May 1.",
    "This article is protected by copyright. All rights reserved.",
    "Authorized licensed use limited to: X. Downloaded on May 01,2023 from IEEE Xplore.",
    "0018-9545 © 2020 IEEE. Personal use is permitted.",
    "Digital Object Identifier 10.1109/TVT.2020.3001234",
    "arXiv:2105.01234v2  [cond-mat.mes-hall]  14 Jun 2021",
])
def test_publishers_stamps_are_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "Downloaded from https://example.org on 3 May 2020.",  # an access note
    "arXiv:1706.03762 [cs.CL] (2017).",
    "Authors' manuscript in preparation.",
    "©2005 Landes Bioscience",  # a publisher's line, nothing reserved or licensed
])
def test_lines_like_stamps_in_entries_are_kept(line: str) -> None:
    assert not is_page_furniture(line)


def test_a_locator_or_a_kind_word_on_a_line_of_its_own_inside_an_entry_is_kept() -> None:
    lines = ["Smith, J. Collected Works of the Author.", "Volume 12", "London: Macmillan, 1990.",
             "Brown, A. (2001). Selected.", "Papers", "(Oxford: OUP).",
             "Green, K. Another entry. London, 1999."]
    assert _dropped(lines) == []


@pytest.mark.parametrize("entry", ["WORLD HEALTH ORGANIZATION (2019) GLOBAL REPORT ON TB",
                                   "Lancet 2020; 395: 497-506"])
def test_a_header_shaped_entry_between_entries_beside_a_page_number_is_kept(entry: str) -> None:
    lines = ["Smith, J. (2019). A title of things. Journal of Things, 12, 1-9.", "4", entry,
             "Jones, K. (2020). Another title. Nature, 5, 1-2.",
             "Brown, C. (2011). A third title. Cell, 7, 3-4."]
    assert _dropped(lines) == ["4"]


def test_a_journal_line_before_its_doi_across_a_page_break_is_kept() -> None:
    lines = ["1. Smith, J. & Jones, K. Title of the work.", "12", "Nature 588, 7-8 (2020)",
             "doi:10.1038/abc123.", "2. Brown, A. Another study. Science 365, 1-2 (2019).",
             "3. Green, B. More things. Cell 12, 3-4 (2018).",
             "4. White, C. Less. Neuron 9, 5-6 (2017)."]
    assert _dropped(lines) == ["12"]
