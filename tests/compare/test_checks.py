from __future__ import annotations

from dataclasses import replace

from claimcheck.compare.checks import check_fields
from claimcheck.compare.notices import check_notices, find_duplicates
from claimcheck.model import Finding, ReferenceResult, Severity, Update
from tests.compare.fakes import authors, record, reference


def rules(findings: tuple[Finding, ...]) -> list[str]:
    return [f.rule for f in findings]


def test_identical_reference_has_no_findings() -> None:
    assert check_fields(reference(), record()) == ()


def test_form_differences_are_not_findings() -> None:
    ref = reference(
        title="KETAMINE AND THE BRAIN - A REVIEW.",
        authors=authors("Smith Jr.", "Jonés"),
        container="The Journal of Neuroscience",
        pages="100–10",
        issue="4",
    )
    assert check_fields(ref, record(issue="")) == ()


def test_misspelt_author_is_reported_with_both_spellings() -> None:
    ref = reference(authors=authors("Smith", "Jonnes"), et_al=True)
    (found,) = check_fields(ref, record(authors=authors("Smith", "Jones", "Brown")))
    assert (found.rule, found.severity, found.field) == (
        "author-mismatch",
        Severity.WARNING,
        "authors",
    )
    assert (found.printed, found.expected) == ("Jonnes", "Jones")
    assert "Jonnes" in found.message and "Jones" in found.message
    assert (found.reference_id, found.line) == ("ref1", 10)


def test_title_typo_is_a_warning_and_missing_subtitle_is_info() -> None:
    (typo,) = check_fields(reference(title="Ketamine and the brian: a review"), record())
    assert (typo.rule, typo.severity) == ("title-mismatch", Severity.WARNING)
    assert "brian" in typo.message and "brain" in typo.message
    (short,) = check_fields(
        reference(title="Ketamine and the brain"),
        record(title="Ketamine and the brain: a review of twenty years of research"),
    )
    assert (short.rule, short.severity) == ("title-mismatch", Severity.INFO)


def test_year_online_print_and_year_mismatch() -> None:
    online_first = record(issued_year=2009, online_year=2009, print_year=2010)
    (online,) = check_fields(reference(year="2009"), online_first)
    assert (online.rule, online.severity, online.expected) == (
        "year-online-print",
        Severity.INFO,
        "2010",
    )
    (wrong,) = check_fields(reference(year="2000"), record(issued_year=2001, print_year=2001))
    assert (wrong.rule, wrong.severity, wrong.printed, wrong.expected) == (
        "year-mismatch",
        Severity.WARNING,
        "2000",
        "2001",
    )


def test_journal_mismatch_only_for_another_journal() -> None:
    rec = record(containers=("British Journal of Anaesthesia",), short_containers=("Br J Anaesth",))
    assert check_fields(reference(container="Br. J. Anaesth."), rec) == ()
    (found,) = check_fields(reference(container="Br. J. Anaesthesiol."), rec)
    assert (found.rule, found.printed, found.expected) == (
        "journal-mismatch",
        "Br. J. Anaesthesiol.",
        "British Journal of Anaesthesia",
    )
    # A book chapter's container is not held to journal rules.
    assert check_fields(reference(kind="chapter", container="Handbook"), rec) == ()


def test_volume_issue_pages_mismatch() -> None:
    found = check_fields(reference(volume="31", issue="2", pages="101-110"), record(issue="3"))
    assert rules(found) == ["volume-mismatch", "issue-mismatch", "pages-mismatch"]
    assert [f.expected for f in found] == ["30", "3", "100-110"]


def test_epub_ahead_of_print_now_published_is_incomplete_info() -> None:
    ref = reference(volume="", pages="", year="2020", notes=("[Epub ahead of print]",))
    rec = record(
        issued_year=2020, online_year=2020, print_year=2021, volume="26", pages="5097-5111"
    )
    (found,) = check_fields(ref, rec)  # the online year is explained by the epub
    assert (found.rule, found.severity) == ("reference-incomplete", Severity.INFO)
    assert found.expected == "26, 5097-5111 (2021)"
    # Still ahead of print in the record too: nothing to say.
    assert (
        check_fields(
            ref, record(volume="", pages="", issued_year=2020, print_year=0, online_year=2020)
        )
        == ()
    )


def test_notices() -> None:
    rec = record(
        updates=(
            Update("retraction", "10.1000/notice", "publisher", "2019-07-26"),
            Update("retraction", "10.1000/notice", "retraction-watch", "2019-07-26"),
            Update("correction", "10.1000/fix"),
            Update("expression-of-concern", "10.1000/eoc"),
            Update("new-version", "10.1000/abc"),
        )
    )
    found = check_notices(reference(), rec)
    assert [(f.rule, f.severity) for f in found] == [
        ("retracted", Severity.ERROR),
        ("correction", Severity.INFO),
        ("expression-of-concern", Severity.WARNING),
    ]
    assert found[0].expected == "10.1000/notice"
    assert "retracted" in found[0].message


def test_duplicates_by_record_and_by_text() -> None:
    first = ReferenceResult(reference(id="a", line=1), "verified", "10.1000/abc", record())
    again = ReferenceResult(reference(id="b", line=2, doi=""), "verified", "10.1000/abc", record())
    other = ReferenceResult(reference(id="c", line=3, title="Another work on the topic"), "no-doi")
    text_twice = ReferenceResult(
        reference(id="d", line=4, title="Another work on the topic"), "no-doi"
    )
    found = find_duplicates([first, again, other, text_twice])
    assert [(f.rule, f.reference_id) for f in found] == [
        ("duplicate-reference", "b"),
        ("duplicate-reference", "d"),
    ]
    assert "line 1" in found[0].message


def test_retracted_label_in_the_title_is_a_retraction() -> None:
    (found,) = check_notices(reference(), record(title="RETRACTED ARTICLE: Ketamine"))
    assert (found.rule, found.severity) == ("retracted", Severity.ERROR)


def test_footnotes_citing_a_work_again_are_no_duplicates() -> None:
    first = ReferenceResult(reference(id="a", line=1, signal="See"), "verified", "10.1000/abc",
                            record())
    again = ReferenceResult(reference(id="b", line=2, signal="Cf.", doi=""), "verified",
                            "10.1000/abc", record())
    assert find_duplicates([first, again]) == ()
    one_note = replace(first, reference=replace(first.reference, signal=""))
    assert [f.reference_id for f in find_duplicates([one_note, again])] == ["b"]


def test_pinpoints_or_a_few_signals_do_not_make_a_list_notes() -> None:
    # the review's case: two entries with a pinpoint (or two authors named "See") in a list
    # of twenty-three switched off every duplicate finding
    others = [ReferenceResult(reference(id=f"o{i}", line=i, title=f"Another study number {i}",
                                        doi=""), "not-found") for i in range(20)]
    cue = ReferenceResult(reference(id="p", line=30, pinpoint="35", signal="See", doi=""),
                          "not-found")
    first = ReferenceResult(reference(id="a", line=40), "verified", "10.1000/abc", record())
    again = ReferenceResult(reference(id="b", line=41, pinpoint="52", doi=""), "verified",
                            "10.1000/abc", record())
    results = [*others, cue, first, again]
    assert [f.reference_id for f in find_duplicates(results)] == ["b"]
