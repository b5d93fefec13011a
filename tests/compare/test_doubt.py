"""Doubt travels with a field: uncertain parses lower or drop a finding, and say why."""

from __future__ import annotations

from claimcheck.compare import verify_references
from claimcheck.compare.doubt import doubts, temper
from claimcheck.compare.match import evidence
from claimcheck.compare.names import first_author_agrees
from claimcheck.compare.rules import Detail, finding
from claimcheck.model import Author, Finding, Severity
from claimcheck.parse import parse_string
from claimcheck.parse.names import split_names
from tests.compare.fakes import FakeResolver, authors, record, reference

STRAIN = (
    "Smith A, Jones A (2010) Ketamine and the brain: a review of Xus sp. ABC152. "
    "J. Neurosci. 30: 100-110. doi: 10.1000/abc"
)


def found(ref: object, **fields: object) -> tuple[Finding, ...]:
    return verify_references([ref], FakeResolver([record(**fields)])).findings  # type: ignore[list-item]


def test_a_number_printed_only_inside_a_name_is_doubtful() -> None:
    ref = reference(raw=STRAIN, volume="152")
    assert "volume" in doubts(ref) and "ABC152" in doubts(ref)["volume"]
    # the record's volume is printed standalone: the print is right, the parse is not
    assert found(ref, title="Ketamine and the brain: a review of Xus sp. ABC152") == ()


def test_a_doubtful_number_without_the_record_value_in_print_is_info() -> None:
    raw = STRAIN.replace("30: 100-110", "100-110")
    ref = reference(raw=raw, volume="152")
    result = found(ref, title="Ketamine and the brain: a review of Xus sp. ABC152")
    assert [(f.rule, f.severity.value) for f in result] == [("volume-mismatch", "info")]
    assert "uncertain" in result[0].message and "ABC152" in result[0].message


def test_a_field_the_tagger_doubted_is_info_and_says_so() -> None:
    ref = reference(volume="33", doubtful=("volume",))
    result = found(ref)
    assert [(f.rule, f.severity.value) for f in result] == [("volume-mismatch", "info")]
    assert "unsure" in result[0].message


def test_a_sure_field_keeps_its_warning() -> None:
    result = found(reference(volume="33"))
    assert [(f.rule, f.severity.value) for f in result] == [("volume-mismatch", "warning")]


def test_the_parser_reports_doubtful_fields_as_field_names() -> None:
    ref = parse_string("Smith J. 2015. A study. Journal of Tests 12: 1-9.")
    assert set(ref.doubtful) <= {
        "authors",
        "editors",
        "title",
        "container",
        "year",
        "volume",
        "issue",
        "pages",
        "publisher",
    }


RUN_TOGETHER = (Author(family="Smith AJones BBrwn", given="C"),)


def test_names_run_together_and_left_unsplit_make_the_authors_doubtful() -> None:
    ref = reference(authors=RUN_TOGETHER)
    assert "run together" in doubts(ref)["authors"]
    # the first printed "name" holds three: it neither agrees nor disagrees with the record
    assert first_author_agrees(RUN_TOGETHER, authors("Smith", "Jones", "Brown")) is None
    assert "author" not in evidence(ref, record(authors=authors("Smith", "Jones", "Brown"))
                                    ).disagree


def test_a_name_finding_on_names_run_together_is_info_and_says_why() -> None:
    ref = reference(authors=RUN_TOGETHER)
    mismatch = finding("author-mismatch", ref, "Author 1 is printed 'X'.", Detail("authors"))
    (lowered,) = temper(ref, (mismatch,))
    assert lowered.severity is Severity.INFO and "run together" in lowered.message


def test_names_split_back_apart_keep_their_findings() -> None:
    # printed "Smith AJonse B": split into Smith, Jonse, whose misspelling is still a warning
    ref = reference(raw="Smith AJonse B (2010). Ketamine and the brain: a review. J. Neurosci. "
                        "30, 100-110. doi: 10.1000/abc",
                    authors=split_names("Smith AJonse B").authors)
    result = found(ref)
    assert [(f.rule, f.severity.value, f.printed) for f in result] == [
        ("author-mismatch", "warning", "Jonse")]


def test_the_only_year_printed_is_not_doubtful() -> None:
    ref = reference(year="2010", doubtful=("year",))
    assert "year" not in doubts(ref)
    two = reference(year="2010", doubtful=("year",), title="Ketamine: the 1999 act")
    assert "year" in doubts(two)


def _title_finding(printed: str) -> Finding:
    detail = Detail("title", printed, "Ketamine and the brain: a review")
    return finding("title-mismatch", reference(), "The title differs.", detail)


def test_a_slip_inside_a_doubtful_title_keeps_its_warning() -> None:
    ref = reference(doubtful=("title",))
    slip = temper(ref, (_title_finding("Ketamine and the brian: a review"),))
    assert [f.severity for f in slip] == [Severity.WARNING]
    # words gained at the title's edge are what a boundary doubt explains: info
    edge = temper(ref, (_title_finding("Jones B 2010 Ketamine and the brian: a review"),))
    assert [f.severity for f in edge] == [Severity.INFO]


def test_a_doubtful_field_that_differs_does_not_refuse_a_search_candidate() -> None:
    # no DOI printed: the work is found by search; the volume the parse doubted differs
    # and so does the year (the print's error): one disagreement is not held against it
    ref = reference(doi="", volume="33", year="2007", doubtful=("volume",))
    assert evidence(ref, record()).disagree == ("year",)
    result = verify_references([ref], FakeResolver([record()])).findings
    assert [(f.rule, f.severity.value) for f in result] == [
        ("doi-missing", "info"), ("year-mismatch", "warning"), ("volume-mismatch", "info")]
