"""Versions: a preprint's DOI printed for its journal article, and a preprint cited as one."""

from __future__ import annotations

from pathlib import Path

from claimcheck.compare import verify_references
from claimcheck.model import Doi, Finding, Record
from claimcheck.parse import parse_string
from claimcheck.resolve.crossref import works_from_body
from tests.compare.fakes import FakeResolver, record, reference

ARTICLE = Doi("10.1000/abc")
PREPRINT = Doi("10.1101/2009.12.01.123456")


def preprint(**fields: object) -> Record:
    """The bioRxiv preprint of the article `record()` describes, posted a year earlier."""
    base: dict[str, object] = {
        "doi": PREPRINT,
        "type": "posted-content",
        "subtype": "preprint",
        "institution": "bioRxiv",
        "containers": (),
        "short_containers": (),
        "issued_year": 2009,
        "print_year": 0,
        "volume": "",
        "pages": "",
        "preprint_of": (ARTICLE,),
    }
    base.update(fields)
    return record(**base)


def findings(refs: list, records: list) -> tuple[Finding, ...]:  # type: ignore[type-arg]
    return verify_references(refs, FakeResolver(records)).findings


def rules(found: tuple[Finding, ...]) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.value) for f in found]


def test_preprint_doi_printed_for_the_article_names_the_article() -> None:
    found = findings([reference(doi=PREPRINT)], [preprint(), record()])
    assert rules(found) == [("doi-preprint", "warning")]
    assert found[0].expected == ARTICLE and PREPRINT in found[0].message
    assert "bioRxiv" in found[0].message


def test_fields_are_then_compared_with_the_article() -> None:
    found = findings([reference(doi=PREPRINT, volume="33")], [preprint(), record()])
    assert rules(found) == [("doi-preprint", "warning"), ("volume-mismatch", "warning")]


def test_article_not_fetchable_still_named_and_no_version_mismatch() -> None:
    found = findings([reference(doi=PREPRINT)], [preprint()])
    assert rules(found) == [("doi-preprint", "warning")]
    assert found[0].expected == ARTICLE


def test_without_a_relation_the_article_is_found_by_search() -> None:
    found = findings([reference(doi=PREPRINT)], [preprint(preprint_of=()), record()])
    assert rules(found) == [("doi-preprint", "warning")]
    assert found[0].expected == ARTICLE


def test_no_published_version_is_info_without_version_mismatches() -> None:
    found = findings([reference(doi=PREPRINT)], [preprint(preprint_of=())])
    assert rules(found) == [("doi-preprint", "info")]


def test_preprint_cited_as_preprint_gets_the_published_doi_as_info() -> None:
    cited = reference(doi=PREPRINT, container="bioRxiv", volume="", pages="", year="2009")
    found = findings([cited], [preprint(), record()])
    assert rules(found) == [("preprint-published", "info")]
    assert found[0].expected == ARTICLE


def test_preprint_cited_without_doi_is_found_by_search() -> None:
    cited = reference(doi="", container="bioRxiv", volume="", pages="", year="2009")
    found = findings([cited], [preprint(), record()])
    assert ("preprint-published", "info") in rules(found)
    assert all(f.severity.value == "info" for f in found)


def test_article_doi_printed_for_a_cited_preprint_is_not_a_journal_mismatch() -> None:
    cited = reference(container="bioRxiv", volume="", pages="", year="2009")
    found = findings([cited], [record(has_preprint=(PREPRINT,))])
    assert rules(found) == [("preprint-published", "info")]


def test_a_posting_on_another_server_is_no_year_mismatch() -> None:
    """arXiv printed, the registry's bioRxiv posting found: two postings, not a wrong year."""
    cited = reference(doi="", container="arXiv", volume="", pages="", year="2010")
    found = findings([cited], [preprint(preprint_of=())])
    assert rules(found) == [("doi-missing", "info")]
    same = reference(doi="", container="bioRxiv", volume="", pages="", year="2010")
    assert ("year-mismatch", "warning") in rules(findings([same], [preprint(preprint_of=())]))


def test_real_journal_error_on_a_plain_article_is_still_reported() -> None:
    found = findings([reference(container="Lancet Oncol.")], [record()])
    assert rules(found) == [("journal-mismatch", "warning")]


SAMPLE = "works-list-field-query-author-scores-jats-abstracts-relations.json"


def test_real_records_preprint_doi_for_the_article(shared_dir: Path) -> None:
    """The recorded bioRxiv preprint carries no `is-preprint-of`; its article names it under
    `has-preprint`, and a search by the printed journal details finds the article."""
    body = (shared_dir / "data" / "crossref-samples" / SAMPLE).read_text(encoding="utf-8")
    records = works_from_body(body)
    printed = parse_string(
        "Perkins TA, Boettiger C, Phillips BL. 2016. After the games are over: life-history "
        "trade-offs drive dispersal attenuation following range expansion. Ecology and "
        "Evolution 6:6425-6434. doi: 10.1101/014852"
    )
    found = verify_references([printed], FakeResolver(records)).findings
    assert rules(found) == [("doi-preprint", "warning")]
    assert found[0].expected == "10.1002/ece3.2314"
