"""Mends of session 14's maintenance read: a crash on a wide space after a name's stop; page
furniture told by a link and a bar without a pattern whose cost grew with the cube of a line
(its cost: `benchmarks/hostile_inputs.py`, family `furniture-links`)."""

from claimcheck.ingest.furniture import is_page_furniture
from tests.ingest.listings import entries

DATED = [
    f"Author{k}, A. ({1990 + k}). A study of harbour number {k}. Journal of Ports, {k}, 1-9."
    for k in range(12)
]


def test_a_wide_space_after_one_name_and_its_stop_is_no_crash() -> None:
    found = {}
    for space in (" ", "\u00a0", "\u2009", "\t"):
        lines = [*DATED[:6], "Lindqvist, M. (2004). Harbour",
                 f"India.{space}Delhi: Oxford University Press.", *DATED[6:]]
        found[space] = len(entries(lines))
    assert set(found.values()) == {13}, found  # the imprint alone goes on with its entry


def test_furniture_with_a_link_and_a_bar_is_still_furniture() -> None:
    assert is_page_furniture("Downloaded from www.example.org | 12 May 2020")
    assert is_page_furniture("WWW.JOURNAL.ORG | Volume 3")
    assert not is_page_furniture("See www.example.org for the data.")
    assert not is_page_furniture("www.| nothing after the dot but the bar")
