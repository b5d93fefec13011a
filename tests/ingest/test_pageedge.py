"""A header printed once beside a page number (`ingest/pageedge.py`): kept in the entry it
interrupts, never an entry of its own; a line of that shape between two entries is left alone."""

import pytest

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


def _entries(lines: list[str]) -> list[str]:
    document = split_document("References\n\n" + "\n".join(lines) + "\n")
    return [entry.text for entry in document.entries]


def _with_edge(edge: list[str]) -> list[str]:
    at = APS.index("PAGE_EDGE")
    return APS[:at] + edge + APS[at + 1:]


@pytest.mark.parametrize("edge", [
    ["4", "PHYSICAL REVIEW B 108, 115402 (2023)"],
    ["JOURNAL OF MODERN PHYSICS", "12"],
    ["The Astrophysical Journal, 951:12 (18pp), 2023 July 1", "4"],
])
def test_a_header_inside_an_entry_is_kept_in_it_and_starts_none(edge: list[str]) -> None:
    entries = _entries(_with_edge(edge))
    assert len(entries) == 4
    header = next(line for line in edge if line != "4" and line != "12")
    second = entries[1]
    assert second.startswith("V. Mourik") and header in second  # kept, not dropped
    assert "Kouwenhoven, Signatures of Majorana fermions" in second  # the entry is whole


def test_a_kept_line_keeps_its_place_in_the_entry() -> None:
    # a real line so shaped (a title in capitals) must not be moved within its entry
    lines = ["Hart HM and Sacks AM,", "12", "THE LEGAL PROCESS: BASIC PROBLEMS IN THE MAKING",
             "and Application of Law (Foundation Press 1994).", *APS[2:3], *APS[4:]]
    assert _entries(lines)[0] == ("Hart HM and Sacks AM, THE LEGAL PROCESS: BASIC PROBLEMS IN"
                                  " THE MAKING and Application of Law (Foundation Press 1994).")


# OSCOLA: a convention cited by its name alone, above a page number, between two entries
OSCOLA = ["Fenwick H, Civil Liberties and Human Rights (4th edn, Routledge-Cavendish 2007)",
          "Hoffmann L, 'The Universality of Human Rights' (2009) 125 Law Quarterly Review 416",
          "Universal Declaration of Human Rights", "21",
          "Jowell J, 'Beyond the Rule of Law' [2000] Public Law 671",
          "Lester A and Pannick D, Human Rights Law and Practice (3rd edn, LexisNexis 2009)"]


def test_a_title_phrase_between_entries_stays_an_entry() -> None:
    assert "Universal Declaration of Human Rights" in _entries(OSCOLA)


@pytest.mark.parametrize("line", [
    "WORLD HEALTH ORGANIZATION (2019) GLOBAL REPORT ON TB",  # capitals after an entry's end
    "Lancet 2020; 395: 497-506",
])
def test_a_header_shaped_line_after_an_entry_s_end_is_not_attached(line: str) -> None:
    lines = [*APS[:2], "4", line, *APS[2:3], *APS[4:]]
    assert any(entry.startswith(line) for entry in _entries(lines))


def test_an_entry_in_capitals_after_an_entry_ending_on_a_link_is_not_attached() -> None:
    # a DOI ends an entry whatever its last character: the capitals line opens the next one
    lines = ["Smith, J. (2019). Urban heat islands and health. Environmental Research,",
             "170, 12-20. https://doi.org/10.1016/j.envres.2018.12.0ab", "12",
             "UNITED NATIONS (2015) TRANSFORMING OUR WORLD THE 2030 AGENDA",
             "FOR SUSTAINABLE DEVELOPMENT. New York: United Nations.",
             "Wang, L., & Li, P. (2020). Cooling cities. Nature Climate Change, 10, 1-3.",
             "Zhou, Y. (2018). Heat stress in megacities. Urban Climate, 24, 5-9."]
    assert any(entry.startswith("UNITED NATIONS (2015)") for entry in _entries(lines))


# the review of furn16: entries that open in capitals or with a list number beside a page number
ABNT = ["SILVA, J. A. da. Vigilância em saúde. Brasília: Ministério da Saúde, 2010.",
        "SOUZA, M. Epidemiologia. São Paulo: Atlas, 2015. Disponível em: http://exemplo.br/",
        "saude/guia_vigilancia_epidemiologica", "14",
        "INSTITUTO DE PESQUISA ECONÔMICA APLICADA. Atlas da violência. Rio de Janeiro,",
        "2019.", "PEREIRA, L. Saúde pública. Rio de Janeiro: Fiocruz, 2018."]
NUMBERED = ["[1] A. Smith, Networks, docs/stable/index", "9",
            "[2] IEEE STANDARD FOR INFORMATION TECHNOLOGY", "[3] B. Jones, Graphs, 2001."]


@pytest.mark.parametrize(("lines", "first"), [
    (ABNT, "INSTITUTO DE PESQUISA"), (NUMBERED, "[2] IEEE STANDARD")])
def test_an_entry_in_capitals_beside_a_page_number_stays_an_entry(
        lines: list[str], first: str) -> None:
    assert any(entry.startswith(first) for entry in _entries(lines))
