"""A page's cue word and the number after it (German "S.", Polish "s.", "p.") are the pages
where the tagger read them as another field and no pages are read (parse/pagecue.py); a
volume's word left at the journal's end ("Revue historique, t" before ". 214") is no part of
the journal (notenumbers.volume_word_out)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "container", "pages"),
    [
        ("K. Lindqvist, „Die Wärmebilanz der Ostsee“, Tellus A, Bd. 61, 2009, S. 81–100.",
         "Tellus A", "81-100"),
        ("Müller, K., Die Netzwerke des Gehirns, in: Neurobiologie 12 (2011), Zugriff am , "
         "S. 53 – 61.", "Neurobiologie", "53-61"),
        ("Weber, J., Moorkolonien im Emsland. In: Erdkunde, 17 Jg., S. 106–117, online: "
         "https://doi.org/10.1000/xyz123.", "Erdkunde", "106-117"),
    ],
)
def test_a_cued_range_read_as_the_volume_is_the_pages(text: str, container: str,
                                                      pages: str) -> None:
    ref = parse_string(text)
    assert ref.container == container
    assert ref.pages == pages


@pytest.mark.parametrize(
    ("text", "container", "volume"),
    [
        ("Pierre Lenoir, « Les foires de Champagne », Annales de Bourgogne, t. 31, 1959, "
         "p. 5-22.", "Annales de Bourgogne", "31"),
        ("Jan Wiśniewski, Handel zbożem w Gdańsku, Zapiski Historyczne, t. 44, 1979, "
         "s. 33–57.", "Zapiski Historyczne", "44"),
    ],
)
def test_a_volume_word_after_the_journal_is_no_part_of_it(text: str, container: str,
                                                          volume: str) -> None:
    ref = parse_string(text)
    assert ref.container == container
    assert ref.volume == volume


@pytest.mark.parametrize(
    "text",
    [
        # a book's cited page (the note's pinpoint) is no field of the work
        "Habermas, J., Theorie des kommunikativen Handelns, Bd. 2, Frankfurt 1981, S. 171.",
        "Schmidt, K. (1999), Gesellschaftsrecht, 3. Aufl., Köln, Sp. 1234.",
    ],
)
def test_a_books_cited_page_is_not_its_pages(text: str) -> None:
    assert parse_string(text).pages == ""


def test_a_journal_articles_single_cued_page_is_its_pages() -> None:
    ref = parse_string("Jan Wiśniewski, Handel zbożem w Gdańsku, Zapiski Historyczne, t. 44, "
                       "1979, s. 33.")
    assert (ref.container, ref.pages) == ("Zapiski Historyczne", "33")


def test_one_cued_page_after_an_issue_is_the_articles_pages() -> None:
    # the tagger misses the quoted journal here, but an issue is read: no book has one
    assert parse_string("Nowak A., Szkice, „Znak” 1985, nr 4, s. 12.").pages == "12"
