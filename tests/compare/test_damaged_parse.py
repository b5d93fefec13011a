"""A search candidate accepted on the fields that agree when the parse damaged others: an
organisation read into the title, a PubMed ID glued to the pages, names run together.
Records in Crossref's documented `work` shape, read by the client's own JSON reader,
against printed strings read by the parser; the findings on damaged fields carry the
doubt, the injected error keeps its warning."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from claimcheck.compare import verify_references
from claimcheck.model import Finding, Severity
from claimcheck.parse import parse_string
from claimcheck.resolve.crossref import record_from_message
from tests.compare.fakes import FakeResolver

GUIDE = "Exercise guidelines for older adults with diabetes"
FERRITIN = "Structure, function, and evolution of plant ferritins: a new factor for iron storage"
WALKING = "Effects of walking on blood pressure in older adults: a randomized trial"


def work(doi: str, title: str, author: list[dict[str, str]], **fields: Any) -> dict[str, Any]:
    return {"DOI": doi, "type": "journal-article", "title": [title], "author": author,
            "issued": {"date-parts": [[fields.pop("year")]]}, **fields}


RECORDS = [
    record_from_message(work(
        "10.1000/hc.32.s40", GUIDE, [{"name": "American Heart Society", "sequence": "first"}],
        year=2009, volume="32", issue="Suppl. 1", page="S40-S45",
        **{"container-title": ["Heart Care"]})),
    record_from_message(work(
        "10.1000/crps.54.1342", FERRITIN,
        [{"given": "C", "family": "Okafor"}, {"given": "S", "family": "Wen"},
         {"given": "G", "family": "Liu"}],
        year=2013, volume="54", page="1342-1352",
        **{"container-title": ["Critical Reviews in Plant Sciences"],
           "short-container-title": ["Crit Rev Plant Sci"]})),
    record_from_message(work(
        "10.1000/aim.151.357", WALKING,
        [{"given": "RJ", "family": "Barker"}, {"given": "GP", "family": "Moss"},
         {"given": "NG", "family": "Taylor"}],
        year=2011, volume="151", page="357-369",
        **{"container-title": ["Annals of Internal Medicine"],
           "short-container-title": ["Ann Intern Med"]})),
]


def check(text: str) -> tuple[Finding, ...]:
    ref = replace(parse_string(text), id="r1", index=1, line=1)
    return verify_references([ref], FakeResolver(RECORDS)).findings


def serious(found: tuple[Finding, ...]) -> list[str]:
    return [f.rule for f in found if f.severity.rank >= Severity.WARNING.rank]


def test_an_organisation_in_the_title_and_a_glued_pubmed_id_still_find_the_work() -> None:
    printed = f"American Heart Society {GUIDE}. Heart Care2009;32(Suppl. 1):S40–S4519118287"
    assert serious(check(printed)) == []
    found = check(printed.replace("guidelines", "guidlines"))
    assert serious(found) == ["title-mismatch"]
    slip = found[-1]
    assert "'guidlines' for 'guidelines'" in slip.message and slip.expected == GUIDE


def test_names_run_together_into_the_title_leave_the_year_error_found() -> None:
    printed = f"Okafor CWen SLiu G {FERRITIN}. Crit Rev Plant Sci. 2013;54:1342–1352.24564591"
    assert serious(check(printed)) == []
    found = check(printed.replace("2013", "2010"))
    assert serious(found) == ["year-mismatch"]
    assert [f.rule for f in found if f.rule == "reference-not-found"] == []


def test_a_given_name_holding_glued_names_is_doubt_not_a_disagreement() -> None:
    # "Barker RJMoss" is read as the given name of "GPTaylor": the authors are in doubt,
    # so the candidate is accepted on title, journal, volume and year; the pages error
    # (357 printed as 397) is the print's.
    printed = f"Barker RJMoss GPTaylor' NG: {WALKING}. Ann Intern Med2011;151:357–6917876019"
    assert serious(check(printed)) == []
    found = check(printed.replace("357", "397"))
    assert serious(found) == ["pages-mismatch"]
    assert all(f.severity is Severity.INFO for f in found if f.field == "authors")
