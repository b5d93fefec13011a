"""Records as they come: a record without pages, volume, issue, authors or journal gives no
mismatch on what it lacks, and its subtitle counts as part of its title."""

from __future__ import annotations

from claimcheck.compare import verify_references
from tests.compare.fakes import FakeResolver, record, reference


def test_what_the_record_lacks_is_never_a_mismatch() -> None:
    sparse = record(
        pages="", volume="", issue="", authors=(), containers=(), short_containers=()
    )
    ref = reference(issue="4")
    result = verify_references([ref], FakeResolver([sparse]))
    assert result.findings == ()
    assert result.results[0].status == "verified"


def test_title_and_subtitle_printed_together_agree() -> None:
    split = record(title="Ketamine and the brain", subtitle="a review")
    assert verify_references([reference()], FakeResolver([split])).findings == ()
