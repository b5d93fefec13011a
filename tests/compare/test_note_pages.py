"""A footnote's pinpoint (the page it cites) is no page range of the work: the compare stage
never reports it as a pages mismatch."""

from __future__ import annotations

import pytest

from claimcheck.compare.checks import check_fields
from claimcheck.parse import parse_string
from tests.compare.fakes import authors, record

SCOTT = record(title="Gender: A Useful Category of Historical Analysis", authors=authors("Scott"),
               containers=("American Historical Review",), short_containers=(),
               issued_year=1986, print_year=1986, volume="91", pages="1053-1075")


@pytest.mark.parametrize(
    "note",
    [
        '7 Joan W. Scott, "Gender: A Useful Category of Historical Analysis," American '
        "Historical Review 91, no. 5 (1986): 1060.",
        '7 Joan W. Scott, "Gender: A Useful Category of Historical Analysis," American '
        "Historical Review 91, no. 5 (1986): 1053–75, at 1060.",
        "7 J. W. Scott, ‘Gender: A Useful Category of Historical Analysis’, American "
        "Historical Review, 91 (1986), 1053–75 (p. 1060).",
    ],
)
def test_a_cited_page_is_no_pages_mismatch(note: str) -> None:
    ref = parse_string(note)
    assert ref.pinpoint == "1060"
    assert "pages-mismatch" not in [f.rule for f in check_fields(ref, SCOTT)]


def test_a_wrong_page_range_is_still_reported() -> None:
    # a bibliography entry (the first name family first): the range is the article's
    ref = parse_string('Scott, Joan W. "Gender: A Useful Category of Historical Analysis." '
                       "American Historical Review 91, no. 5 (1986): 1153–75.")
    assert ref.pinpoint == ""
    assert "pages-mismatch" in [f.rule for f in check_fields(ref, SCOTT)]


def test_a_range_cited_in_a_chicago_note_is_its_pinpoint() -> None:
    ref = parse_string('7 Joan W. Scott, "Gender: A Useful Category of Historical Analysis," '
                       "American Historical Review 91, no. 5 (1986): 1055–56.")
    assert (ref.pages, ref.pinpoint) == ("", "1055–56")
    assert "pages-mismatch" not in [f.rule for f in check_fields(ref, SCOTT)]
