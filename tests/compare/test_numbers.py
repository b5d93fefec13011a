from __future__ import annotations

import pytest

from claimcheck.compare.numbers import (
    YearVerdict,
    compare_issue,
    compare_pages,
    compare_volume,
    compare_year,
    printed_ahead_of_print,
    year_agrees,
)
from tests.compare.fakes import record, reference


@pytest.mark.parametrize(
    ("printed", "pages", "article", "agrees"),
    [
        ("1299–1313", "1299-1313", "", True),
        ("1201-7", "1201-1207", "", True),
        ("1201", "1201-1207", "", True),
        ("e13211", "", "e13211", True),
        ("13211", "e13211", "", True),
        ("172837", "172837", "", True),
        ("6431", "1-12", "6431", True),
        ("1201-1208", "1201-1207", "", False),
        ("310-335", "317-335", "", False),
        ("", "1-2", "", None),
        ("5", "", "", None),
    ],
)
def test_pages(printed: str, pages: str, article: str, agrees: bool | None) -> None:
    assert compare_pages(printed, record(pages=pages, article_number=article)) is agrees


def test_volume_and_issue() -> None:
    assert compare_volume("041", "41") is True
    assert compare_volume("22 Suppl 1", "22") is True
    assert compare_volume("14", "18") is False
    assert compare_volume("", "18") is None
    assert compare_issue("3-4", "3") is True
    assert compare_issue("Suppl 2", "2") is True
    assert compare_issue("5", "6") is False
    assert compare_issue("5", "") is None


def test_year_verdicts() -> None:
    online_first = record(issued_year=2015, print_year=2016, online_year=2015)
    assert compare_year(reference(year="2016"), online_first) is YearVerdict.SAME
    assert compare_year(reference(year="2015"), online_first) is YearVerdict.ONLINE
    assert compare_year(reference(year="2014"), online_first) is YearVerdict.DIFFERENT
    assert compare_year(reference(year=""), online_first) is YearVerdict.UNKNOWN
    # Back-file: printed 1997, digitised online 2005; issued is 1997.
    backfile = record(issued_year=1997, print_year=1997, online_year=2005)
    assert compare_year(reference(year="1997"), backfile) is YearVerdict.SAME
    # No print date: the issued year stands in.
    assert compare_year(reference(year="2012"), record(issued_year=2012, print_year=0)) is (
        YearVerdict.SAME
    )


def test_year_agrees_tolerates_one_year() -> None:
    assert year_agrees(reference(year="2016"), record(issued_year=2015, print_year=2015))
    assert not year_agrees(reference(year="2018"), record(issued_year=2015, print_year=2015))


def test_ahead_of_print_notes() -> None:
    assert printed_ahead_of_print(reference(volume="", pages="", notes=("[Epub ahead of print]",)))
    assert printed_ahead_of_print(
        reference(
            volume="",
            pages="",
            raw="Pothula S (2020). Title. Mol. Psychiatry [Epub Online ahead "
            "of print]. doi: 10.1038/x",
        )
    )
    assert not printed_ahead_of_print(reference())


def test_neighbours_glued_on_by_a_parse_do_not_make_a_difference() -> None:
    assert compare_volume("2021;35", "35") is True
    assert compare_volume("16, 5–7", "16") is True
    assert compare_volume("2021;36", "35") is False
    assert compare_pages("489, 420-425", record(pages="420-425")) is True
    assert compare_pages("225, e13211", record(pages="", article_number="e13211")) is True
    assert compare_pages("489, 421-425", record(pages="420-425")) is False
    assert compare_pages("198-209. doi", record(pages="198-209")) is True
    assert compare_pages("19r12889", record(pages="19r12889")) is True
