"""The review of session 11's rules for other publishers' callouts (helper fixcite5): each
rule narrowed to its structure, so that real citations printed the same way stay citations
(values beside citation numbers, nouns of the operation verbs, months and common words as
surnames, a misspelt name after "the")."""

from __future__ import annotations

import pytest

from claimcheck.citations import extract_claims
from claimcheck.model import Reference

from .conftest import links, ref


def _numbered(count: int) -> tuple[Reference, ...]:
    return tuple(
        Reference(id=f"R{i}", index=i, line=100 + i, label=str(i),
                  raw=f"{i}. Author{i} A. Title {i}. J. 2001;1:1-2.", year="2001")
        for i in range(1, count + 1)
    )


def _numbers(body: str, count: int = 30) -> list[int]:
    return [c.number for c in extract_claims(body, _numbered(count)).callouts]


_OPENING = "Sepsis kills (1). Early care helps (2, 3). Trials agree (4).\n\n"


@pytest.mark.parametrize(("text", "cited"), [
    # a decimal before a whole number: an estimate and its citation
    ("Earlier trials reported hazard ratios of 0.78 (9) and 0.82 (12) for each arm.", [9, 12]),
    ("Incidence rates of 3.1 (17) and 4.5 (8) per 100,000 were reported.", [17, 8]),
    # a number that names a thing: after a capitalised word, an acronym, or the same word
    ("Model 1 (12) and Model 2 (13) adjust for age and sex.", [12, 13]),
    ("HPV 16 (14) and HPV 18 (15) account for most cancers.", [14, 15]),
    ("Mutations in exon 19 (17) and exon 21 (18) predict response.", [17, 18]),
    ("Patients were followed at week 4 (10) and week 12 (11), as recommended.", [10, 11]),
    ("We used the 3GPP Release 15 (24) and Release 16 (25) specifications.", [24, 25]),
])
def test_estimates_and_named_things_before_a_citation_stay_citations(
    text: str, cited: list[int]
) -> None:
    assert _numbers(f"{_OPENING}{text}\n\n") == [1, 2, 3, 4, *cited]


@pytest.mark.parametrize("row", [
    "Stroke 4 (1) 7 (2) 0.57 (0.17-1.95)\nVisits 5 (2) 3 (1) 0.001",
    "Death 12 (3) 21 (6) 0.57\nHospitalisation 41 (12) 58 (16) 0.70",
    "Age, years 81 (6) 79 (7) 0.02",
])
def test_a_table_row_is_values_whatever_names_it(row: str) -> None:
    assert _numbers(f"{_OPENING}{row}\n\n") == [1, 2, 3, 4]


def test_the_next_work_in_citation_order_stays_a_citation() -> None:
    body = (f"{_OPENING}Guidance differs (5). Mean age was 84 (6) years in the intervention "
            "arm and 83 (7) in the control arm. Two meta-analyses pooled 12 (8) and 31 (9) "
            "trials.\n\nOf 210 patients, 98 (46) were women and 31 (15) died.\n\n")
    assert _numbers(body, 60) == [1, 2, 3, 4, 5, 6, 7, 8, 9]


_EQUATIONS = (
    "Stiff systems are common (1). Solvers differ (2, 3). Schemes vary (4, 5).\n\n"
    "The model is\n\nx = a y + b (1)\n\ny = c x (2)\n\nz = x + y (3)\n\n"
)


@pytest.mark.parametrize(("text", "cited"), [
    ("Automatic differentiation (1) provides the Jacobian.", [1]),
    ("Krylov solvers (2) and symplectic integrators (3) are standard.", [2, 3]),
    ("Additional (5) results are available, and the solvers addressed (2) the stiffness.",
     [5, 2]),
    ("Integration (3) of the equation and linearisation (1) were numerical.", [3, 1]),
    ("It was later incorporated into (2) by several groups, and research into (1) goes on.",
     [2, 1]),
])
def test_nouns_and_other_verbs_before_a_number_keep_the_citation(
    text: str, cited: list[int]
) -> None:
    assert _numbers(f"{_EQUATIONS}{text}\n\n", 8) == [1, 2, 3, 4, 5, *cited]


def test_the_operation_verbs_still_name_equations() -> None:
    text = ("Inserting the correlation of (4) into (3) closes the system. Rearranging (3) and "
            "dividing (1) by a give the result, as in (5).")
    assert _numbers(f"{_EQUATIONS}{text}\n\n", 8) == [1, 2, 3, 4, 5, 4, 5]


_WORDS = (ref("m", 1, "May", "1976"), ref("n", 2, "May|Anderson", "1979"),
          ref("w", 3, "March", "1991"), ref("e", 4, "Early", "2005"),
          ref("a", 5, "August", "1999"))


@pytest.mark.parametrize("text", [
    "Weather data for May (2018) were missing.",
    "Interviews ran in two rounds (March, 2019 and October, 2019).",
    "It was sampled again during the first lockdown (March and April 2020).",
    "Early and Late (2010) mortality are distinguished in the tables.",
    "Peaks in August (2017) were unusual.",
])
def test_a_listed_word_without_its_year_or_co_author_is_no_callout(text: str) -> None:
    assert links(f"{text} More text follows here.\n\n", _WORDS) == {}


def test_a_listed_word_with_its_year_and_co_author_is_a_callout() -> None:
    text = ("May (1976) showed chaos, and May and Anderson (1979) extended it (March, 1991). "
            "More text follows here.\n\n")
    assert links(text, _WORDS) == {"May (1976)": ("m",), "May and Anderson (1979)": ("n",),
                                   "March, 1991": ("w",)}


_PEOPLE = (ref("d", 1, "Deaton", "2013"), ref("j", 2, "Johnson|Lee", "2016"),
           ref("c", 3, "Collier", "2007"))


@pytest.mark.parametrize(("text", "expected"), [
    ("the Deaten (2013) account", {"Deaten (2013)": ("d",)}),
    ("the Johnsen and Lee (2016) trial", {"Johnsen and Lee (2016)": ("j",)}),
    ("the Colier (2007) bottom billion", {"Colier (2007)": ("c",)}),
    ("the Garcia et al. (2015) estimates", {"Garcia et al. (2015)": ()}),
    ("the Harris and Cole (2012) review", {"Harris and Cole (2012)": ()}),
])
def test_authors_after_the_stay_callouts(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert links(f"We follow {text} here. More text follows here.\n\n", _PEOPLE) == expected
