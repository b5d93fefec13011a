"""A book in an English note, initials-first names and no title read (parse/notebooks.py)."""

from __future__ import annotations

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
