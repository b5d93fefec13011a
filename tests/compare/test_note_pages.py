"""A footnote's pinpoint (the page it cites) is no page range of the work: the compare stage
never reports it as a pages mismatch."""

from __future__ import annotations

import pytest

from claimcheck.compare.checks import check_fields
from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, parse_string
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
    # a short range after the journal's year is the pinpoint only in a list of notes
    notes = ['7 Joan W. Scott, "Gender: A Useful Category of Historical Analysis," '
             "American Historical Review 91, no. 5 (1986): 1055–56.",
             "8 Ibid., 1057.", "9 See Mary Douglas, Purity and Danger (London: Routledge, "
             "1966), 35."]
    ref = parse_entries([RawEntry(text=t, index=i + 1, line=i + 1)
                         for i, t in enumerate(notes)])[0]
    assert (ref.pages, ref.pinpoint) == ("", "1055–56")
    assert "pages-mismatch" not in [f.rule for f in check_fields(ref, SCOTT)]


def test_a_short_article_printed_given_name_first_keeps_its_pages() -> None:
    # the review's case: alone, or in an ordinary list, the range is the article's own
    text = ("John Smith, 'Effects of Sleep on Memory', Journal of Sleep Research 28 (2001): "
            "45-52.")
    assert (parse_string(text).pages, parse_string(text).pinpoint) == ("45-52", "")
    listed = parse_entries([RawEntry(text=t, index=i + 1, line=i + 1) for i, t in enumerate(
        [text, "Brown, P. (2001). Sleep. Journal of Sleep, 3, 1-9."])])
    assert (listed[0].pages, listed[0].pinpoint) == ("45-52", "")
