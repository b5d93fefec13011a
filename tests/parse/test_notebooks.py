"""A book in an English note, initials-first names and no title read (parse/notebooks.py)."""

from __future__ import annotations

import re

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.notebooks import initials_first_book


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher", "location"),
    [
        ("M. Meyer, Cinder (Feiwel & Friends, 2012), p. 453.", ["Meyer"], "Cinder",
         "Feiwel & Friends", ""),
        ("Siehe H. Lamb, Hydrodynamics, ed. H. Tominaga (n.p., 1993), 85.", ["Lamb"],
         "Hydrodynamics", "", ""),
        ("M. S. Bessa, Os Perigosos: Autobiografia & AIDS, trans. F. Cowdell (Rio de Janeiro, "
         "2002), 173–178.", ["Bessa"], "Os Perigosos: Autobiografia & AIDS", "", "Rio de Janeiro"),
    ],
)
def test_a_short_title_between_names_and_imprint(text: str, authors: list[str], title: str,
                                                 publisher: str, location: str) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == authors
    assert (ref.title, ref.publisher, ref.location, ref.kind) == (title, publisher, location,
                                                                  "book")


@pytest.mark.parametrize(
    "text",
    [
        "S.J. Sanders, D.G. Kovar, B.B. Back, Phys. Rev.C 40 ( 1989)2091 .",  # physics
        "T. Smith, Essay, in Book, ed. by J. Jones (Oxford, 1990).",  # a chapter
    ],
)
def test_no_book_read(text: str) -> None:
    assert initials_first_book({"author": "x"}, text) == {"author": "x"}


def test_a_title_read_already_stays() -> None:
    fields = {"author": "L. Hamp-Lyons", "title": "Research Matters"}
    text = "L. Hamp-Lyons, Research Matters (Rowley, Mass: Newbury House, 1984), vii."
    assert initials_first_book(fields, text) == fields


def test_a_book_after_in_is_no_title() -> None:
    text = "F. Rossi, in Annali, ed. M. Verdi (Spring, 1999), 3."
    assert initials_first_book({"author": "x"}, text) == {"author": "x"}


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("K. Thomas, Past & Present 29 (Dec. 1964), 12.", "Past & Present"),
        ("R. Southern, Speculum 45 (Spring 1970), 201.", "Speculum"),
        ("A. Smith, B. Jones, Nature Physics 8, 12 (Nature Publishing Group, 2012).",
         "Nature Physics"),
    ],
)
def test_a_journal_and_its_volume_before_a_bracket_is_no_book(text: str, container: str) -> None:
    """The bracket holds the issue's month or season, or a page follows the volume: the title
    read is the journal and its volume (a place in the bracket, "Nature 412 (London, 2001)",
    is left: as often a book's volume)."""
    volume = re.search(r"\d+", text)[0]  # type: ignore[index]
    assert initials_first_book({"container": container, "volume": volume}, text) == {
        "container": container, "volume": volume}


@pytest.mark.parametrize(
    "text",
    [
        "J. Smith, Ph.D. thesis, Massachusetts Institute of Technology (Cambridge, MA, 2005).",
        "R. Jones, Technical Report No. 45 (CERN, Geneva, 2010).",
        "J. Smith, PhD dissertation (University of Chicago, 1998).",
        "A. Smith, unpublished manuscript (Harvard University, 2004).",
        "B. Jones, private communication (Oxford, 2011).",
    ],
)
def test_a_genre_where_the_title_would_be_is_no_title(text: str) -> None:
    assert initials_first_book({"author": "x"}, text) == {"author": "x"}
