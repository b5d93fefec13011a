"""The volume printed before the journal's name with a space, as the Bluebook and EJIL print
an article ("Title, 61 Tellus A 81 (2009)"; parse/volumefirst.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container", "volume", "pages"),
    [
        ("Karen Lindqvist & Tomas Berger, The Heat Budget of the Baltic, 61 Tellus A 81 "
         "(2009).", "The Heat Budget of the Baltic", "Tellus A", "61", "81"),
        ("Moreau, A., and C. Dubois, ‘Rural Water Markets in Senegal: Prices and Access’, "
         "27 World Dev., (2013), pp. 77–90.",
         "Rural Water Markets in Senegal: Prices and Access", "World Dev.", "27", "77-90"),
        ("OLSEN, M. – R. LINDQVIST, “seasonal drift of the upper ocean heat content”, 14 "
         "JMR (2015) 12-40.", "seasonal drift of the upper ocean heat content", "JMR", "14",
         "12-40"),
    ],
)
def test_the_number_before_the_journal_is_its_volume(
        text: str, title: str, container: str, volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert ref.title == title
    assert ref.container.rstrip(".") == container.rstrip(".")
    assert ref.volume == volume
    assert ref.pages == pages


@pytest.mark.parametrize(
    "text",
    [
        "K. Weber, Die Gründung der Universität, in: 100 Jahre Universität Hamburg, "
        "Hamburg: Hanse, 2019, S. 12–30.",
        "K. Weber, Die Gründung der Universität, in: 100 Jahre Universität Hamburg 12 "
        "(2019), S. 12–30.",
    ],
)
def test_a_book_or_journal_whose_name_opens_with_a_number_keeps_it(text: str) -> None:
    assert parse_string(text).volume != "100"


@pytest.mark.parametrize(
    "text",
    [
        # a journal whose name opens with a number (Springer's "3 Biotech"), its own volume,
        # issue and pages after it
        "Zhang, L., Wang, Y. (2018). Bacterial degradation of PAHs. 3 Biotech, 8(2), 112.",
        "L. Zhang, Y. Wang, Bacterial degradation of PAHs, 3 Biotech 8 (2018) 112.",
    ],
)
def test_a_journal_named_with_a_number_keeps_its_volume_and_pages(text: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.volume, ref.pages) == ("3 Biotech", "8", "112")
