from __future__ import annotations

from dataclasses import replace

from claimcheck.compare import Verification, search_query, verify_references
from claimcheck.model import Doi, Severity
from tests.compare.fakes import FakeResolver, authors, record, reference

BRAIN = record()
LIVER = record(
    doi=Doi("10.1097/00000542-199212000-00022"),
    title="Metabolism of ketamine stereoisomers by human liver microsomes",
    authors=authors("Kharasch", "Labroo"),
    containers=("Anesthesiology",),
    short_containers=("Anesthesiology",),
    issued_year=1992,
    print_year=1992,
    volume="77",
    pages="1201-1207",
)
LIVER_REF = reference(
    id="liver",
    title=LIVER.title,
    authors=authors("Kharasch", "Labroo"),
    year="1992",
    container="Anesthesiology",
    volume="77",
    pages="1201-7",
    doi="10.1097/0000542-199212000-00022",
)


def run(*refs, **resolver_options) -> tuple[Verification, FakeResolver]:  # type: ignore[no-untyped-def]
    resolver = FakeResolver(**resolver_options)
    return verify_references(refs, resolver), resolver


def by_rule(verification: Verification) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in verification.findings:
        found.setdefault(f.rule, []).append(f.reference_id)
    return found


def test_verified_reference_costs_one_batched_fetch_and_no_search() -> None:
    result, resolver = run(reference(), records=[BRAIN])
    assert [r.status for r in result.results] == ["verified"]
    assert result.findings == () and result.complete
    assert resolver.fetches == [(Doi("10.1000/abc"),)]
    assert resolver.searches == []
    assert result.results[0].record == BRAIN and result.results[0].match_score == 1.0


def test_findings_make_a_mismatch_and_keep_the_reference_order() -> None:
    refs = (reference(id="a", year="2003"), reference(id="b"))
    result, _ = run(*refs, records=[BRAIN])
    assert [r.reference.id for r in result.results] == ["a", "b"]
    assert [r.status for r in result.results] == ["mismatch", "verified"]
    assert by_rule(result) == {"year-mismatch": ["a"], "duplicate-reference": ["b"]}


def test_unregistered_doi_found_by_search_reports_the_right_doi() -> None:
    result, resolver = run(LIVER_REF, records=[LIVER, BRAIN])
    (found,) = result.findings
    assert (found.rule, found.severity) == ("doi-not-found", Severity.ERROR)
    assert found.expected == LIVER.doi and "typo" in found.message
    assert found.evidence[0].startswith("found by a bibliographic search: 10.1097/00000542")
    assert result.results[0].status == "mismatch" and result.results[0].doi == LIVER.doi
    assert "10.1097" not in resolver.searches[0]  # the broken DOI is not searched for


def test_unregistered_doi_repaired_when_search_finds_nothing() -> None:
    """The search is down to nothing (an index gap); the typo repair still finds it."""

    class NoSearch(FakeResolver):
        def search(self, query: str, rows: int = 5):  # type: ignore[no-untyped-def]
            self.searches.append(query)
            from claimcheck.model import Candidates

            return Candidates(())

    resolver = NoSearch(records=[LIVER])
    result = verify_references([LIVER_REF], resolver)
    assert [f.rule for f in result.findings] == ["doi-not-found"]
    assert result.findings[0].expected == LIVER.doi
    assert len(resolver.fetches) == 2 and LIVER.doi in resolver.fetches[1]


def test_unregistered_doi_with_nothing_found() -> None:
    result, _ = run(reference(doi="10.1000/nothing-here"), records=[LIVER])
    (found,) = result.findings
    assert found.rule == "doi-not-found" and found.expected == ""
    assert result.results[0].status == "not-found" and result.results[0].record is None


def test_real_doi_with_invented_title_is_another_work() -> None:
    invented = reference(
        title="Ketamine rescues memory in aged zebrafish",
        authors=authors("Doe"),
        year="2021",
        volume="9",
        pages="1-9",
    )
    result, _ = run(invented, records=[BRAIN])
    (found,) = result.findings
    assert (found.rule, found.severity) == ("doi-other-work", Severity.ERROR)
    assert BRAIN.title in found.message
    assert found.evidence == (
        f"the DOI's record: 10.1000/abc: '{BRAIN.title}' (Smith, 2010), J Neurosci",
    )
    assert result.results[0].status == "not-found"


def test_wrong_doi_of_another_cited_work_points_to_the_right_one() -> None:
    swapped = replace(LIVER_REF, pages="1201-1207", doi="10.1000/abc")
    result, _ = run(swapped, records=[BRAIN, LIVER])
    (found,) = result.findings
    assert found.rule == "doi-other-work" and found.expected == LIVER.doi
    assert result.results[0].record == LIVER


def test_missing_doi_found_by_search_is_info() -> None:
    result, _ = run(reference(doi=""), records=[BRAIN])
    (found,) = result.findings
    assert (found.rule, found.severity, found.expected) == (
        "doi-missing",
        Severity.INFO,
        "10.1000/abc",
    )
    assert result.results[0].status == "verified"


def test_search_candidate_must_pass_field_validation() -> None:
    near = record(
        authors=authors("Other"), volume="99", pages="1-2", issued_year=2001, print_year=2001
    )
    result, _ = run(reference(doi=""), records=[near])
    assert [f.rule for f in result.findings] == ["reference-not-found"]
    assert result.results[0].status == "no-doi" and result.results[0].record is None


def test_no_doi_not_found_is_a_warning_only_where_registration_is_expected() -> None:
    modern, _ = run(reference(doi="", year="2015"))
    assert modern.findings[0].severity is Severity.WARNING
    old, _ = run(reference(doi="", year="1957"))
    assert old.findings[0].severity is Severity.INFO
    web, resolver = run(reference(doi="", kind="web", title="Model list"))
    assert web.findings == () and resolver.searches == []
    assert web.results[0].status == "no-doi"


def test_invalid_doi_is_an_error_and_the_work_is_searched() -> None:
    result, _ = run(reference(doi="10.10/abc"), records=[BRAIN])
    (found,) = result.findings
    assert (found.rule, found.expected) == ("doi-invalid", "10.1000/abc")


def test_unchecked_lookup_gives_unchecked_and_no_finding() -> None:
    result, _ = run(
        reference(),
        reference(id="other", doi=""),
        records=[BRAIN],
        broken=frozenset({"10.1000/abc"}),
        search_down=True,
    )
    assert [r.status for r in result.results] == ["unchecked", "unchecked"]
    assert result.findings == () and not result.complete


def test_fetch_is_batched_once_for_all_printed_dois() -> None:
    refs = [reference(id=f"r{i}", doi=f"10.1000/x{i}") for i in range(30)]
    _, resolver = run(*refs, reference(id="again"), records=[BRAIN], search_down=True)
    assert len(resolver.fetches[0]) == 31  # 30 DOIs + 10.1000/abc, each asked once


def test_same_doi_twice_is_fetched_once_and_is_a_duplicate() -> None:
    result, resolver = run(reference(id="a"), reference(id="b"), records=[BRAIN])
    assert resolver.fetches == [(Doi("10.1000/abc"),)]
    assert by_rule(result) == {"duplicate-reference": ["b"]}


def test_search_query_drops_doi_and_url() -> None:
    ref = reference(
        raw="Smith, A. (2010). *A title*. J. X 3, 1-2. doi: 10.1000/abc "
        "Available online at: <https://example.org/x> (accessed May 1, 2020)"
    )
    query = search_query(ref)
    assert "10.1000" not in query and "https" not in query and "*" not in query
    assert query.startswith("Smith, A. (2010). A title. J. X 3, 1-2.")


def test_doi_of_another_agency_is_unchecked_not_broken() -> None:
    doi = "10.3334/cdiac/otg.ndp001"  # a prefix no list names: the agency lookup tells
    result, _ = run(reference(doi=doi), records=[BRAIN], agencies={doi: "DataCite"})
    assert result.findings == () and result.results[0].status == "unchecked"
    assert "registered with DataCite, not Crossref" in result.results[0].reason
    assert result.complete
    result, _ = run(reference(doi=doi), records=[BRAIN])
    assert [f.rule for f in result.findings] == ["doi-not-found"]


def test_datacite_doi_unknown_to_crossref_is_not_called_broken() -> None:
    result, resolver = run(reference(doi="10.5281/zenodo.1234567"), records=[BRAIN])
    assert result.findings == () and result.results[0].status == "unchecked"
    assert result.complete  # asking again would not help: not a lookup failure
    assert resolver.searches == []


def test_the_search_a_not_found_doi_leads_to_is_known_ahead() -> None:
    from claimcheck.compare.verify import wants_search
    from claimcheck.model import Found, NotFound, Unchecked

    printed = reference(doi="10.1000/abc")
    assert wants_search(printed, NotFound("404"))
    assert not wants_search(printed, NotFound("404", "DataCite"))  # registered elsewhere
    assert not wants_search(printed, Unchecked("down"))  # nothing is concluded from a failure
    assert not wants_search(printed, Found(record=record()))  # told by the compare stage
    assert not wants_search(replace(printed, title="", container=""), NotFound("404"))
