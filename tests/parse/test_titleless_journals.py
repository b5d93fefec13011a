"""Title-less entries: the journal after "et al.," or read as the title, before the volume."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "container", "volume"),
    [
        ("D. K. Joe et al., Atmos Environ 2014, 82, 351–363.", "Atmos Environ", "82"),
        ("Rahmstorf, S. et al. (2011). Proc Natl Acad Sci USA, 108, 17905–17909",
         "Proc Natl Acad Sci USA", "108"),
        ("Smith J (2012) J. Phys. Chem. A, 116, 33-40.", "J. Phys. Chem. A", "116"),
    ],
)
def test_the_journal_of_a_titleless_entry(text: str, container: str, volume: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.volume) == ("", container, volume)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Smith J (2012) Water scarcity in dry lands, 12, 33-40.", "Water scarcity in dry lands"),
        ("Shrivastava R et al. Crocus sativus L.: a review. J Foo 2010; 12: 3-4.",
         "Crocus sativus L.: a review"),
        ("Smith J. The Great Gatsby. New York: Scribner; 1925.", "The Great Gatsby"),
    ],
)
def test_titles_stay(text: str, title: str) -> None:
    assert parse_string(text).title == title


def test_a_title_and_journal_after_et_al_are_not_one_journal() -> None:
    ref = parse_string("Smith J, Jones K, Brown L, Davis M, Evans N, Ford O, et al. Vancouver "
                       "et al. BMJ. 2018;360:k123.")
    assert "Vancouver" not in ref.container


def test_a_journal_read_as_title_with_its_country_read_as_place() -> None:
    ref = parse_string("Hansen J, et al. Proc Natl Acad Sci USA 2006;103:14288.")
    assert (ref.title, ref.container, ref.location) == ("", "Proc Natl Acad Sci USA", "")
