"""A journal's page range the tagger ran into the volume ("Condor, 96, 545–551." read as
volume "96, 545–551"): the volume is the first number, the range after it the pages."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.fieldnumbers import tidy_numbers


@pytest.mark.parametrize(
    ("volume", "bare", "pages"),
    [("96, 545–551", "96", "545-551"), ("18 366–378", "18", "366-378"),
     ("33, 1270–1274", "33", "1270-1274"), ("112, 37–42", "112", "37-42"),
     ("17, hal. 37–50", "17", "37-50"), ("46: 545–553", "46", "545-553")],
)
def test_a_range_after_the_volume_is_the_pages(volume: str, bare: str, pages: str) -> None:
    fields = tidy_numbers({"volume": volume})
    assert (fields["volume"], fields["pages"]) == (bare, pages)


@pytest.mark.parametrize(("volume", "bare"), [("86. Jg. S", "86"), ("14. Jg. S.", "14")])
def test_the_german_page_cue_run_into_the_volume_goes(volume: str, bare: str) -> None:
    assert tidy_numbers({"volume": volume, "pages": "201-219"})["volume"] == bare


def test_a_range_after_the_volume_and_its_issue_is_the_pages() -> None:
    fields = tidy_numbers({"volume": "159(7): 663–70"})
    assert (fields["volume"], fields["issue"], fields["pages"]) == ("159", "7", "663-670")


@pytest.mark.parametrize(
    "fields",
    [{"volume": "12, 3–4"},  # a double issue, not pages
     {"volume": "45, 1998–1999"},  # years
     {"volume": "33, 1870–1874"},  # years too: a volume may span them
     {"volume": "96, 545–551", "pages": "12"},  # pages read apart
     {"volume": "96, 551–545"}],  # no rising range
)
def test_no_range_is_taken_where_it_may_be_no_pages(fields: dict[str, str]) -> None:
    assert "pages" not in tidy_numbers(fields) or tidy_numbers(fields)["pages"] == "12"
    assert tidy_numbers(fields)["volume"] != "96" or fields.get("pages")


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Heinrich, B., Kaye, D., Knight, T., & Schaumburg, K. (1994). Dispersal and association "
      "among common ravens. Condor, 96, 545–551.", "96", "545-551"),
     ("Brown, J. L. (1970). Cooperative breeding and altruistic behaviour in the Mexican jay, "
      "Aphelocoma ultramarina. Anim Behav 18 366–378.", "18", "366-378")],
)
def test_whole_entries(text: str, volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert (ref.volume, ref.pages) == (volume, pages)
