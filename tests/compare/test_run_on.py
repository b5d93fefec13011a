"""Text run into a DOI or the pages (a PubMed ID, a period): repaired and reported as info,
never an unregistered DOI or a pages mismatch."""

from __future__ import annotations

import pytest

from claimcheck.compare import verify_references
from claimcheck.compare.numbers import compare_pages
from claimcheck.compare.repair import repair_candidates, trailing_tail
from claimcheck.model import Candidates, Doi, Severity
from tests.compare.fakes import FakeResolver, authors, record, reference

NUTRITION = record(doi=Doi("10.1111/nure.12037"))


class NoSearch(FakeResolver):
    """An index gap: only the DOI lookups answer."""

    def search(self, query: str, rows: int = 5):  # type: ignore[no-untyped-def]
        self.searches.append(query)
        return Candidates(())


@pytest.mark.parametrize(
    ("printed", "registered", "tail"),
    [
        ("10.1111/nure.1203723731448", "10.1111/nure.12037", "23731448"),  # 8-digit PMID
        ("10.2307/11310472307047", "10.2307/1131047", "2307047"),  # 7-digit PMID
        ("10.1371/journal.ppat.1005418.26849049", "10.1371/journal.ppat.1005418", ".26849049"),
        ("10.1099/vir.0.057000-0.24068704", "10.1099/vir.0.057000-0", ".24068704"),
        ("10.1093/jxb/ery069)29474677", "10.1093/jxb/ery069", ")29474677"),
        ("10.1017/s136898001200105x22717390", "10.1017/S136898001200105X", "22717390"),
        ("10.1038/nature12534.", "10.1038/nature12534", "."),
        ("10.1000/abc.pmid:12345", "10.1000/abc", ".pmid:12345"),
    ],
)
def test_doi_without_its_tail_is_a_candidate(printed: str, registered: str, tail: str) -> None:
    assert registered.lower() in repair_candidates(Doi(printed))
    assert trailing_tail(printed, registered) == tail


def test_a_typo_is_no_tail() -> None:
    assert trailing_tail("10.1038/nature100130", "10.1038/nature10130") == ""
    assert trailing_tail("10.1111/nure.12037", "10.1111/nure.12037") == ""
    assert trailing_tail("10.1111/nure.120371", "10.1111/nure.12037") == ""  # 1 digit: typo


@pytest.mark.parametrize("resolver_class", [FakeResolver, NoSearch])
def test_pubmed_id_run_into_the_doi_is_info_naming_the_doi(resolver_class: type) -> None:
    """Found by a search or, without one, by trying the DOI without its tail."""
    glued = reference(doi="10.1111/nure.1203723731448")
    result = verify_references([glued], resolver_class(records=[NUTRITION]))
    (found,) = result.findings
    assert (found.rule, found.severity) == ("doi-trailing-text", Severity.INFO)
    assert found.expected == "10.1111/nure.12037" and "'23731448'" in found.message
    assert result.results[0].status == "verified"


def test_a_tail_on_the_doi_of_another_work_is_not_repaired() -> None:
    other = reference(
        doi="10.1111/nure.1203723731448", title="Something else entirely",
        authors=authors("Doe"), year="2021", volume="9", pages="1-9",
    )
    result = verify_references([other], NoSearch(records=[NUTRITION]))
    assert [f.rule for f in result.findings] == ["doi-not-found"]


@pytest.mark.parametrize(
    ("printed", "recorded", "agrees"),
    [
        ("258–6515717872", "258-65", True),  # last page, then PMID 15717872
        ("50525324853", "505", True),  # an article number, then a PMID
        ("e018142028727806", "e0181420", True),
        ("ACL 4-1–ACL 4-14", "ACL 4-1-ACL 4-14", True),  # letters and spaces in both
        ("12345678", "1234", False),  # four digits more are no PubMed ID
        ("1643-10", "1603-1610", False),
    ],
)
def test_pages_with_an_identifier_run_into_them(printed: str, recorded: str, agrees: bool) -> None:
    assert compare_pages(printed, record(pages=recorded)) is agrees


def test_the_doi_printed_whole_before_a_tail_is_held_to_a_printed_dois_test() -> None:
    """A misparsed title (a co-author and the year taken into it) does not stop the repair:
    the DOI is printed whole, so the record need only be the printed work."""
    lassa = record(doi=Doi("10.1007/978-3-642-56029-3_4"), title="Lassa fever")
    misparsed = reference(
        title="Fisher-Hoch SP 2010 Lassa fever", doi="10.1007/978-3-642-56029-3_4.11987809"
    )
    result = verify_references([misparsed], NoSearch(records=[lassa]))
    assert [f.rule for f in result.findings] == ["doi-trailing-text"]
